// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

using namespace Qt::StringLiterals;

namespace adhera::cli {

void writeLine(QIODevice &device, const QString &line)
{
    device.write((line + u'\n').toUtf8());
}

QString alignedTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths << header.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    auto format = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded << (i + 1 == cells.size() ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)));
        return padded.join(u"  "_s);
    };
    QStringList lines {format(headers)};
    for (const QStringList &row : rows)
        lines << format(row);
    return lines.join(u'\n');
}

} // namespace adhera::cli
