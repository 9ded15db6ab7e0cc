// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invocation.h"

#include <QIODevice>

namespace adhera {
class Database;
}

namespace adhera::cli {

// What a command gets: its parsed invocation, its positional arguments (the words after the
// command's own), the open database (when it asked for one) and the two output streams. It
// returns an ExitCode.
struct CommandContext {
    const Invocation &invocation;
    QStringList arguments;
    Database *database;
    QIODevice &out;
    QIODevice &err;
};

int runDemo(CommandContext &context);
int runInfo(CommandContext &context);
int runMembersList(CommandContext &context);
int runMatch(CommandContext &context);
int runDedupe(CommandContext &context);
int runImport(CommandContext &context);
int runDuesReport(CommandContext &context);
int runDuesJournal(CommandContext &context);
int runDuesNotices(CommandContext &context);
int runDuesReceipts(CommandContext &context);
int runDuesReminders(CommandContext &context);
int runAssemblyList(CommandContext &context);
int runAssemblyMinutes(CommandContext &context);
int runAssemblySheet(CommandContext &context);
int runAssemblyConvocations(CommandContext &context);
int runAssemblyInvitees(CommandContext &context);
int runAssemblyDeclarations(CommandContext &context);

} // namespace adhera::cli
