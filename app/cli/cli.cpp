// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commands.h"
#include "db/database.h"
#include "invocation.h"
#include "output.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace adhera::cli {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::cli)
};

struct Command {
    QStringList words;
    QStringList options; // the command options it accepts
    enum class Needs { Nothing, ReadOnly, ReadWrite } needs;
    int (*run)(CommandContext &);
    const char *summary;
};

const QList<Command> &commands()
{
    static const QList<Command> all {
        {{u"demo"_s}, {}, Command::Needs::ReadWrite, runDemo,
            QT_TRANSLATE_NOOP("adhera::cli", "remplit un fichier vide avec les données de démonstration")},
        {{u"info"_s}, {u"format"_s}, Command::Needs::ReadOnly, runInfo,
            QT_TRANSLATE_NOOP("adhera::cli", "version du schéma et nombre de fiches [--format text|json]")},
        {{u"members"_s, u"list"_s}, {u"search"_s, u"status"_s, u"format"_s}, Command::Needs::ReadOnly, runMembersList,
            QT_TRANSLATE_NOOP("adhera::cli", "liste des adhérents [--search TEXTE] [--status actif|...] [--format table|csv|json]")},
    };
    return all;
}

QString usage()
{
    QStringList lines {Tr::tr("Usage : adhera-cli [--db FICHIER] COMMANDE [OPTIONS]"), QString(), Tr::tr("Commandes :")};
    for (const Command &command : commands())
        lines << u"  "_s + command.words.join(u' ').leftJustified(14) + Tr::tr(command.summary);
    lines << QString() << Tr::tr("Options générales :") << Tr::tr("  --db FICHIER   le fichier Adhera (.adhera) à utiliser")
          << Tr::tr("  --version      affiche la version") << Tr::tr("  --help         affiche cette aide") << QString()
          << Tr::tr("Codes de sortie : 0 succès, 1 erreur, 2 mauvaise utilisation.");
    return lines.join(u'\n');
}

int badUsage(QIODevice &err, const QString &message)
{
    writeLine(err, u"adhera-cli : "_s + message);
    writeLine(err, Tr::tr("Voir « adhera-cli --help »."));
    return BadUsage;
}

} // namespace

int runCli(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    auto parsed = parseInvocation(arguments);
    if (!parsed)
        return badUsage(err, parsed.error().message);
    const Invocation &invocation = *parsed;
    if (invocation.version) {
        writeLine(out, u"adhera-cli "_s + QStringLiteral(ADHERA_VERSION));
        return Success;
    }
    if (invocation.help || invocation.words.isEmpty()) {
        writeLine(invocation.help ? out : err, usage());
        return invocation.help ? Success : BadUsage;
    }

    const Command *command = nullptr;
    for (const Command &candidate : commands())
        if (candidate.words == invocation.words)
            command = &candidate;
    if (!command)
        return badUsage(err, Tr::tr("commande inconnue « %1 »").arg(invocation.words.join(u' ')));
    for (auto it = invocation.options.cbegin(); it != invocation.options.cend(); ++it)
        if (!command->options.contains(it.key()))
            return badUsage(err, Tr::tr("la commande « %1 » n'accepte pas l'option « --%2 »").arg(invocation.words.join(u' '), it.key()));

    std::unique_ptr<Database> database;
    if (command->needs != Command::Needs::Nothing) {
        if (invocation.database.isEmpty())
            return badUsage(err, Tr::tr("la commande « %1 » a besoin de --db FICHIER").arg(invocation.words.join(u' ')));
        const auto access = command->needs == Command::Needs::ReadWrite ? Database::Access::ReadWrite : Database::Access::ReadOnly;
        auto opened = Database::open(QDir::current().absoluteFilePath(invocation.database), access);
        if (!opened) {
            writeLine(err, u"adhera-cli : "_s + opened.error().message);
            return Failure;
        }
        database = std::move(*opened);
    }
    CommandContext context {invocation, database.get(), out, err};
    return command->run(context);
}

} // namespace adhera::cli
