// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CSV the way French Excel opens it without asking: UTF-8 with a byte-order mark, ";" between
// fields, CRLF line ends, RFC 4180 quoting (fields holding ; " CR or LF are quoted, quotes
// doubled).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace adhera::io {

class CsvWriter final
{
public:
    explicit CsvWriter(QChar separator = u';');

    void addRow(const QStringList &fields);
    // The document so far, BOM first.
    QByteArray toUtf8WithBom() const;
    QString text() const { return m_text; }

    static QString quoted(const QString &field, QChar separator = u';');

private:
    QChar m_separator;
    QString m_text;
};

} // namespace adhera::io
