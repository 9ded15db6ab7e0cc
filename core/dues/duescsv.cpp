// SPDX-License-Identifier: GPL-3.0-or-later
#include "duescsv.h"

#include "i18n/displayformat.h"

#include "io/csvwriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

QStringList totalsCells(const QString &group, const DuesTotals &totals)
{
    return {group, QString::number(totals.calls), formatDecimal(totals.expected), formatDecimal(totals.collected),
        formatDecimal(totals.outstanding), formatDecimal(totals.exempt)};
}

void addGroups(io::CsvWriter &csv, const QString &title, const QList<DuesTotals> &groups, const DuesTotals &total)
{
    csv.addRow(totalsHeaders(title));
    for (const DuesTotals &group : groups)
        csv.addRow(totalsCells(group.group, group));
    csv.addRow(totalsCells(Tr::tr("Total"), total));
}

} // namespace

QStringList totalsHeaders(const QString &groupTitle)
{
    return {groupTitle, Tr::tr("Appels"), Tr::tr("Attendu"), Tr::tr("Encaissé"), Tr::tr("Reste dû"), Tr::tr("Exonéré")};
}

QStringList unpaidHeaders()
{
    return {Tr::tr("N° d'appel"), Tr::tr("Adhérent"), Tr::tr("Catégorie"), Tr::tr("Club d'origine"), Tr::tr("Échéance"), Tr::tr("Relance"),
        Tr::tr("Montant"), Tr::tr("Payé"), Tr::tr("Reste dû")};
}

QStringList formerClubHeaders()
{
    return {Tr::tr("Adhérent"), Tr::tr("Catégorie"), Tr::tr("Réglée à"), Tr::tr("Le"), Tr::tr("Référence"), Tr::tr("Montant")};
}

QString formerClubTitle(const DuesReport &report)
{
    return Tr::tr("Cotisations %1 réglées aux anciens clubs (hors recettes de L2C)").arg(report.yearLabel);
}

QStringList journalHeaders()
{
    return {Tr::tr("Date"), Tr::tr("Pièce"), Tr::tr("Adhérent"), Tr::tr("Mode"), Tr::tr("N° de chèque"), Tr::tr("Banque"), Tr::tr("Compte"),
        Tr::tr("Libellé"), Tr::tr("Débit"), Tr::tr("Crédit")};
}

QString reminderText(const DuesCall &call)
{
    if (call.reminderLevel <= 0)
        return {};
    const QString level = u"R"_s + QString::number(call.reminderLevel);
    return call.lastReminderOn.isValid() ? Tr::tr("%1 (%2)").arg(level, i18n::documentDate(call.lastReminderOn)) : level;
}

QByteArray duesReportCsv(const DuesReport &report)
{
    io::CsvWriter csv;
    csv.addRow(totalsHeaders(Tr::tr("Exercice")));
    csv.addRow(totalsCells(report.yearLabel, report.total));
    csv.addRow({});
    addGroups(csv, Tr::tr("Catégorie"), report.byCategory, report.total);
    csv.addRow({});
    addGroups(csv, Tr::tr("Club d'origine"), report.byOriginClub, report.total);
    csv.addRow({});
    csv.addRow(unpaidHeaders());
    for (const DuesCall &call : report.unpaid)
        csv.addRow({call.number, call.memberName, call.category, call.originClub, i18n::documentDate(call.dueOn), reminderText(call),
            formatDecimal(call.amount), formatDecimal(call.paid), formatDecimal(call.balance())});
    if (!report.formerClubDues.isEmpty()) {
        csv.addRow({});
        csv.addRow({formerClubTitle(report)});
        csv.addRow(formerClubHeaders());
        for (const FormerClubDues &dues : report.formerClubDues)
            csv.addRow({dues.memberName, dues.category, dues.clubName, i18n::documentDate(dues.paidOn), dues.reference,
                formatDecimal(dues.amount)});
        csv.addRow({Tr::tr("Total"), QString(), QString(), QString(), QString(), formatDecimal(report.formerClubTotal())});
    }
    return csv.toUtf8WithBom();
}

QByteArray receiptsJournalCsv(const QList<JournalLine> &lines)
{
    io::CsvWriter csv;
    csv.addRow(journalHeaders());
    for (const JournalLine &line : lines)
        csv.addRow({i18n::documentDate(line.date), line.piece, line.member, line.method, line.chequeNumber, line.bank, line.account,
            line.label, line.debit ? formatDecimal(line.debit) : QString(), line.credit ? formatDecimal(line.credit) : QString()});
    return csv.toUtf8WithBom();
}

} // namespace adhera::dues
