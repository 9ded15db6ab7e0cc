// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace adhera::cli {

void writeLine(QIODevice &device, const QString &line = QString());

// Columns padded to their widest cell, for people reading a terminal.
QString alignedTable(const QStringList &headers, const QList<QStringList> &rows);

} // namespace adhera::cli
