// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QMap>
#include <QStringList>

namespace adhera::cli {

// A parsed command line: global options, the command words ("members", "list") and the
// command's own options.
struct Invocation {
    QString database;
    bool version = false;
    bool help = false;
    QStringList words;
    QMap<QString, QString> options; // "--search TEXT" → {"search", "TEXT"}

    QString option(const QString &name) const { return options.value(name); }
    bool has(const QString &name) const { return options.contains(name); }
};

// Fails (InvalidInput) on an unknown option or a missing value; the message names it.
Result<Invocation> parseInvocation(const QStringList &arguments);

} // namespace adhera::cli
