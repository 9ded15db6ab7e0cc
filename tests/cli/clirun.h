// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace adhera::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
    QByteArray rawOut; // stdout as written, for byte-exact comparisons (BOM, CRLF)
};

// Runs adhera-cli's dispatcher in this process with both streams captured.
CliRun runCli(const QStringList &arguments);

} // namespace adhera::test
