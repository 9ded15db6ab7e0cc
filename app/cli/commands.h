// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invocation.h"

#include <QIODevice>

namespace adhera {
class Database;
}

namespace adhera::cli {

// What a command gets: its parsed invocation, the open database (when it asked for one) and
// the two output streams. It returns an ExitCode.
struct CommandContext {
    const Invocation &invocation;
    Database *database;
    QIODevice &out;
    QIODevice &err;
};

int runDemo(CommandContext &context);
int runInfo(CommandContext &context);
int runMembersList(CommandContext &context);

} // namespace adhera::cli
