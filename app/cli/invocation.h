// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QMap>
#include <QMultiMap>
#include <QStringList>

namespace adhera::cli {

// A parsed command line: global options, the command words ("members", "list") and the
// command's own options.
struct Invocation {
    QString database;
    bool version = false;
    bool help = false;
    QStringList words;
    QMultiMap<QString, QString> options; // "--search TEXT" → {"search", "TEXT"}; a flag has an empty value

    QString option(const QString &name) const { return options.value(name); } // the last one given
    bool has(const QString &name) const { return options.contains(name); }
    // Every value of a repeatable option in the order given, commas also separating them:
    // « --call A --call B,C » → A, B, C.
    QStringList values(const QString &name) const;
};

// Fails (InvalidInput) on an unknown option or a missing value; the message names it. Flags
// (« --record ») take no value.
Result<Invocation> parseInvocation(const QStringList &arguments);

} // namespace adhera::cli
