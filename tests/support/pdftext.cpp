// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"

#include "catch.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace adhera::test {

std::optional<QString> poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

std::optional<QString> pdfText(const QString &path, PdfLines lines)
{
    QStringList arguments {u"-enc"_s, u"UTF-8"_s, path, u"-"_s};
    if (lines == PdfLines::Layout)
        arguments.prepend(u"-layout"_s);
    auto text = poppler(u"pdftotext"_s, arguments);
    if (!text)
        return std::nullopt;
    text->replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ');
    text->replace(QChar(0xfb00), u"ff"_s).replace(QChar(0xfb01), u"fi"_s).replace(QChar(0xfb02), u"fl"_s);
    if (lines == PdfLines::Flowing)
        return text->replace(u'\n', u' ');
    QStringList rows = text->split(u'\n');
    for (QString &row : rows) {
        while (row.endsWith(u' '))
            row.chop(1);
    }
    return rows.join(u'\n');
}

} // namespace adhera::test
