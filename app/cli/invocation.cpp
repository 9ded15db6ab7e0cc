// SPDX-License-Identifier: GPL-3.0-or-later
#include "invocation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::cli {

namespace {
// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::cli)
};
// Options that take a value, whatever the command; each command then checks which it accepts.
const QSet<QString> valueOptions {u"db"_s, u"search"_s, u"format"_s, u"status"_s, u"out"_s, u"left-map"_s, u"right-map"_s, u"left-id"_s,
    u"right-id"_s, u"map"_s, u"id"_s, u"club"_s, u"year"_s, u"folder"_s, u"call"_s, u"payment"_s, u"level"_s, u"mailing"_s, u"as-of"_s,
    u"version"_s, u"channel"_s, u"sent-on"_s};
const QSet<QString> flagOptions {u"record"_s, u"all"_s};
} // namespace

QStringList Invocation::values(const QString &name) const
{
    QStringList given = options.values(name); // the last given first
    std::reverse(given.begin(), given.end());
    QStringList all;
    for (const QString &value : std::as_const(given))
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                all.append(part.trimmed());
    return all;
}

Result<Invocation> parseInvocation(const QStringList &arguments)
{
    Invocation invocation;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-h"_s || argument == u"--help"_s) {
            invocation.help = true;
            continue;
        }
        // « --version 2 » and « --version=2 » choose a version of a document (assembly minutes);
        // « --version » alone is the program's.
        if (argument == u"--version"_s && i + 1 < arguments.size() && !arguments.at(i + 1).isEmpty()
            && std::all_of(arguments.at(i + 1).cbegin(), arguments.at(i + 1).cend(), [](QChar c) { return c.isDigit(); })) {
            invocation.options.insert(u"version"_s, arguments.at(++i));
            continue;
        }
        if (argument == u"--version"_s || argument == u"-v"_s) {
            invocation.version = true;
            continue;
        }
        if (!argument.startsWith(u"--"_s)) {
            invocation.words << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasValue = true;
        }
        if (flagOptions.contains(name)) {
            if (hasValue)
                return fail(ErrorCode::InvalidInput, Tr::tr("l'option « --%1 » ne prend pas de valeur").arg(name));
            invocation.options.insert(name, QString());
            continue;
        }
        if (!valueOptions.contains(name))
            return fail(ErrorCode::InvalidInput, Tr::tr("option inconnue « %1 »").arg(argument));
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return fail(ErrorCode::InvalidInput, Tr::tr("l'option « --%1 » attend une valeur").arg(name));
            value = arguments.at(++i);
        }
        if (name == u"db"_s)
            invocation.database = value;
        else
            invocation.options.insert(name, value);
    }
    return invocation;
}

} // namespace adhera::cli
