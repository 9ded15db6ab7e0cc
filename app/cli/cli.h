// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// adhera-cli: the console face of adhera_core. runCli() is the whole program minus the
// process (tests call it in-process): it parses, runs one command and returns the exit code —
// 0 success, 1 error (message on err), 2 bad usage.

#include <QIODevice>
#include <QStringList>

namespace adhera::cli {

enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

int runCli(const QStringList &arguments, QIODevice &out, QIODevice &err);

} // namespace adhera::cli
