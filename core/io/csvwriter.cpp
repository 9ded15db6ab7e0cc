// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

using namespace Qt::StringLiterals;

namespace adhera::io {

CsvWriter::CsvWriter(QChar separator) : m_separator(separator)
{ }

QString CsvWriter::quoted(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells << quoted(field, m_separator);
    m_text += cells.join(m_separator) + u"\r\n"_s;
}

QByteArray CsvWriter::toUtf8WithBom() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace adhera::io
