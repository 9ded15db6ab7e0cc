// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commands.h"
#include "db/database.h"
#include "invocation.h"
#include "output.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

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
    int argumentCount = 0; // positional arguments after the words (file names)
    const char *arguments = nullptr; // their names in the usage, "GAUCHE DROITE"
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
        {{u"match"_s}, {u"left-map"_s, u"right-map"_s, u"left-id"_s, u"right-id"_s, u"out"_s}, Command::Needs::Nothing, runMatch,
            QT_TRANSLATE_NOOP("adhera::cli",
                "GAUCHE DROITE : paires de fiches d'une même personne ou d'un même organisme dans deux fichiers CSV ou XLSX "
                "[--left-map SPEC] [--right-map SPEC] [--left-id COL] [--right-id COL] [--out FICHIER]"),
            2, QT_TRANSLATE_NOOP("adhera::cli", "GAUCHE DROITE")},
        {{u"dedupe"_s}, {u"map"_s, u"id"_s, u"out"_s}, Command::Needs::Nothing, runDedupe,
            QT_TRANSLATE_NOOP(
                "adhera::cli", "FICHIER : doublons à l'intérieur d'un fichier CSV ou XLSX [--map SPEC] [--id COL] [--out FICHIER]"),
            1, QT_TRANSLATE_NOOP("adhera::cli", "FICHIER")},
        {{u"import"_s}, {u"club"_s, u"map"_s}, Command::Needs::ReadWrite, runImport,
            QT_TRANSLATE_NOOP("adhera::cli",
                "FICHIER --club NOM : importe un fichier de club, applique les fusions sûres et laisse le reste à vérifier "
                "dans la fenêtre [--map SPEC]"),
            1, QT_TRANSLATE_NOOP("adhera::cli", "--club NOM FICHIER")},
        {{u"dues"_s, u"report"_s}, {u"year"_s, u"format"_s, u"out"_s}, Command::Needs::ReadOnly, runDuesReport,
            QT_TRANSLATE_NOOP("adhera::cli",
                "--year AAAA : état des cotisations de l'exercice (attendu, encaissé, reste dû ; par catégorie, par club ; "
                "impayés) [--format csv|xlsx|pdf] [--out FICHIER]")},
        {{u"dues"_s, u"journal"_s}, {u"year"_s, u"format"_s, u"out"_s}, Command::Needs::ReadOnly, runDuesJournal,
            QT_TRANSLATE_NOOP(
                "adhera::cli", "--year AAAA : journal des recettes de l'exercice pour le comptable [--format csv|xlsx] [--out FICHIER]")},
        {{u"dues"_s, u"notices"_s}, {u"year"_s, u"out"_s, u"folder"_s, u"call"_s}, Command::Needs::ReadOnly, runDuesNotices,
            QT_TRANSLATE_NOOP("adhera::cli",
                "--year AAAA (--out FICHIER.pdf | --folder DOSSIER) : appels de cotisation en PDF, tous les appels restant dus "
                "de l'exercice ou ceux choisis [--call AC-AAAA-NNNN ...]")},
        {{u"dues"_s, u"receipts"_s}, {u"year"_s, u"out"_s, u"folder"_s, u"payment"_s}, Command::Needs::ReadOnly, runDuesReceipts,
            QT_TRANSLATE_NOOP("adhera::cli",
                "--year AAAA (--out FICHIER.pdf | --folder DOSSIER) : attestations de paiement en PDF, tous les paiements "
                "non annulés de l'exercice ou ceux choisis [--payment RE-AAAA-NNNN ...]")},
        {{u"dues"_s, u"reminders"_s}, {u"year"_s, u"level"_s, u"out"_s, u"folder"_s, u"mailing"_s, u"record"_s, u"as-of"_s},
            Command::Needs::ReadWrite, runDuesReminders,
            QT_TRANSLATE_NOOP("adhera::cli",
                "--year AAAA --level 1|2 (--out FICHIER.pdf | --folder DOSSIER) : lettres de relance des appels échus "
                "à ce niveau [--mailing FICHIER.csv] [--record : enregistre l'envoi par courrier] [--as-of AAAA-MM-JJ]")},
        {{u"assembly"_s, u"list"_s}, {u"format"_s, u"all"_s}, Command::Needs::ReadOnly, runAssemblyList,
            QT_TRANSLATE_NOOP("adhera::cli",
                "assemblées générales : date, type, intitulé, lieu, statut et état du procès-verbal [--all : toutes les "
                "réunions] [--format table|csv|json]")},
        {{u"assembly"_s, u"minutes"_s}, {u"out"_s, u"version"_s}, Command::Needs::ReadOnly, runAssemblyMinutes,
            QT_TRANSLATE_NOOP("adhera::cli",
                "N° --out FICHIER.pdf : procès-verbal en PDF, la dernière version verrouillée, sinon le brouillon "
                "[--version N]"),
            1, QT_TRANSLATE_NOOP("adhera::cli", "N° --out FICHIER.pdf")},
        {{u"assembly"_s, u"sheet"_s}, {u"out"_s}, Command::Needs::ReadOnly, runAssemblySheet,
            QT_TRANSLATE_NOOP("adhera::cli",
                "N° --out FICHIER.pdf : feuille d'émargement en PDF, les membres ayant le droit de vote avec leurs voix et de "
                "la place pour signer ; pour une autre réunion, la feuille de présence de ses invités"),
            1, QT_TRANSLATE_NOOP("adhera::cli", "N° --out FICHIER.pdf")},
        {{u"assembly"_s, u"convocations"_s}, {u"out"_s, u"record"_s, u"channel"_s, u"sent-on"_s}, Command::Needs::ReadWrite,
            runAssemblyConvocations,
            QT_TRANSLATE_NOOP("adhera::cli",
                "N° --out FICHIER.pdf : convocations et pouvoirs en PDF des membres actifs invités [--record : enregistre "
                "l'envoi] [--channel letter|email|hand] [--sent-on AAAA-MM-JJ]"),
            1, QT_TRANSLATE_NOOP("adhera::cli", "N° --out FICHIER.pdf")},
        {{u"assembly"_s, u"invitees"_s}, {u"out"_s}, Command::Needs::ReadOnly, runAssemblyInvitees,
            QT_TRANSLATE_NOOP("adhera::cli",
                "N° --out FICHIER.pdf : liste des invités en PDF, avec leur réponse, l'envoi de leur invitation ou "
                "convocation et leur présence"),
            1, QT_TRANSLATE_NOOP("adhera::cli", "N° --out FICHIER.pdf")},
        {{u"assembly"_s, u"declarations"_s}, {}, Command::Needs::ReadOnly, runAssemblyDeclarations,
            QT_TRANSLATE_NOOP("adhera::cli",
                "déclarations à faire au greffe ou au registre des associations après une élection ou un changement des "
                "statuts, avec leur échéance de trois mois")},
    };
    return all;
}

QString usage()
{
    QStringList lines {Tr::tr("Usage : adhera-cli [--db FICHIER] COMMANDE [OPTIONS]"), QString(), Tr::tr("Commandes :")};
    // The summaries line up after the longest command, two spaces on.
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, command.words.join(u' ').size() + 2);
    for (const Command &command : commands())
        lines << u"  "_s + command.words.join(u' ').leftJustified(width) + Tr::tr(command.summary);
    lines << QString() << Tr::tr("Options générales :") << Tr::tr("  --db FICHIER   le fichier Adhera (.adhera) à utiliser")
          << Tr::tr("  --version      affiche la version") << Tr::tr("  --help         affiche cette aide") << QString()
          << Tr::tr("SPEC associe des colonnes à des champs : « Nom=last_name,Prénom=first_name,Société=organisation ».")
          << Tr::tr("Sans SPEC, les colonnes sont reconnues d'après leur en-tête.") << QString()
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

    // The command whose words start the invocation (the longest such); what follows them are
    // its positional arguments.
    const Command *command = nullptr;
    for (const Command &candidate : commands())
        if (invocation.words.mid(0, candidate.words.size()) == candidate.words
            && (!command || candidate.words.size() > command->words.size()))
            command = &candidate;
    if (!command)
        return badUsage(err, Tr::tr("commande inconnue « %1 »").arg(invocation.words.join(u' ')));
    const QString name = command->words.join(u' ');
    const QStringList positional = invocation.words.mid(command->words.size());
    if (positional.size() != command->argumentCount) {
        const QString synopsis = command->arguments ? name + u' ' + Tr::tr(command->arguments) : name;
        return badUsage(err, Tr::tr("la commande « %1 » s'utilise ainsi : adhera-cli %2").arg(name, synopsis));
    }
    for (auto it = invocation.options.cbegin(); it != invocation.options.cend(); ++it)
        if (!command->options.contains(it.key()))
            return badUsage(err, Tr::tr("la commande « %1 » n'accepte pas l'option « --%2 »").arg(name, it.key()));

    std::unique_ptr<Database> database;
    if (command->needs != Command::Needs::Nothing) {
        if (invocation.database.isEmpty())
            return badUsage(err, Tr::tr("la commande « %1 » a besoin de --db FICHIER").arg(name));
        const auto access = command->needs == Command::Needs::ReadWrite ? Database::Access::ReadWrite : Database::Access::ReadOnly;
        auto opened = Database::open(QDir::current().absoluteFilePath(invocation.database), access);
        if (!opened) {
            writeLine(err, u"adhera-cli : "_s + opened.error().message);
            return Failure;
        }
        database = std::move(*opened);
    }
    CommandContext context {invocation, positional, database.get(), out, err};
    return command->run(context);
}

} // namespace adhera::cli
