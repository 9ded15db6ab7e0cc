// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include "cli.h"

#include <QBuffer>

namespace adhera::test {

CliRun runCli(const QStringList &arguments)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun run;
    run.code = adhera::cli::runCli(arguments, out, err);
    run.rawOut = out.data();
    run.out = QString::fromUtf8(out.data());
    run.err = QString::fromUtf8(err.data());
    return run;
}

} // namespace adhera::test
