// SPDX-License-Identifier: GPL-3.0-or-later
#include "inviteelistpdf.h"

#include "assembly/meetingstore.h"
#include "assembly/sheetpdf.h"
#include "db/database.h"
#include "db/sql.h"
#include "dues/pdfcanvas.h"
#include "members/personnames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

using dues::pdf::ink;
using dues::pdf::mm;

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

// Under the name: who represents an organisation, or where a person works.
Result<QString> detailOf(Database &db, const InviteeId &who)
{
    Sql query(db,
        who.membershipId != 0 ? u"SELECT CASE WHEN m.organisation_id IS NOT NULL THEN p.first_name END, p.last_name "
                                "FROM membership m LEFT JOIN person p ON p.id = m.representative_id WHERE m.id = :id"_s
                              : u"SELECT o.name FROM employment e JOIN organisation o ON o.id = e.organisation_id "
                                "WHERE e.person_id = :id AND e.end_date IS NULL"_s);
    query.bind(u":id"_s, who.membershipId != 0 ? who.membershipId : who.personId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire les invités")); !ran)
        return fail(ran.error());
    if (!query.next() || query.value(0).isNull())
        return QString();
    if (who.membershipId == 0)
        return query.value(0).toString();
    // SQLite's upper() leaves accented letters as they are: « MÜLLER » is made here.
    return Tr::tr("représentant\u00a0: %1").arg(letterName(query.value(0).toString(), query.value(1).toString()));
}

QString attendedText(const Invitee &invitee)
{
    if (!invitee.attended)
        return {};
    return *invitee.attended ? Tr::tr("Présent") : Tr::tr("Absent");
}

sheetpdf::Sheet invitationsSheet(const Meeting &meeting, const QList<Invitee> &invitees, const QStringList &details)
{
    sheetpdf::Sheet sheet;
    sheet.title = Tr::tr("Liste des invités");
    sheet.intro = meeting.isAssembly()
        ? Tr::tr("Membres convoqués, avec la date et le moyen d'envoi de leur convocation, qui en font la preuve.")
        : Tr::tr("Personnes et membres invités, avec leur réponse et, une fois la réunion tenue, leur présence.");
    sheet.columns = {{Tr::tr("N°"), 7, Qt::AlignRight, false}, {Tr::tr("Invité"), 62, Qt::AlignLeft, false},
        {Tr::tr("Réponse"), 20, Qt::AlignLeft, false},
        {meeting.isAssembly() ? Tr::tr("Convoqué le") : Tr::tr("Invité le"), 32, Qt::AlignLeft, false},
        {Tr::tr("Présence"), 18, Qt::AlignLeft, false}};
    sheet.rowHeightMm = 10;
    for (qsizetype i = 0; i < invitees.size(); ++i) {
        const Invitee &invitee = invitees.at(i);
        sheet.rows.append({{QString::number(i + 1), {}}, {invitee.name, details.at(i)},
            {invitee.reply == Reply::None ? QString() : label(invitee.reply), {}}, {sendingText(invitee), {}},
            {attendedText(invitee), {}}});
    }
    const InviteeCounts counts = countInvitees(invitees);
    const QString totals = Tr::tr("Invités\u00a0: %1 — oui\u00a0: %2, non\u00a0: %3, peut-être\u00a0: %4, sans réponse\u00a0: %5")
                               .arg(counts.total)
                               .arg(counts.yes)
                               .arg(counts.no)
                               .arg(counts.maybe)
                               .arg(counts.noReply);
    sheet.closingHeightMm = 8;
    sheet.closing = [totals](const dues::pdf::Canvas &canvas, double top, double width) {
        canvas.text(QRectF(0, top, width, mm(6)), totals, 10, true, ink);
    };
    return sheet;
}

sheetpdf::Sheet attendanceSheet(const QList<Invitee> &invitees, const QStringList &details)
{
    sheetpdf::Sheet sheet;
    sheet.title = Tr::tr("Feuille de présence");
    sheet.intro = Tr::tr("Chaque participant signe à son arrivée. Les personnes présentes qui ne figurent pas sur la liste "
                         "s'inscrivent sur les lignes libres.");
    sheet.columns = {{Tr::tr("N°"), 7, Qt::AlignRight, false}, {Tr::tr("Nom"), 70, Qt::AlignLeft, false},
        {Tr::tr("Signature"), 50, Qt::AlignLeft, false}};
    sheet.rowHeightMm = 12;
    int number = 0;
    for (qsizetype i = 0; i < invitees.size(); ++i)
        sheet.rows.append({{QString::number(++number), {}}, {invitees.at(i).name, details.at(i)}, {}});
    // Room for those who come without being on the list.
    for (int blank = 0; blank < 5; ++blank)
        sheet.rows.append({{QString::number(++number), {}}, {}, {}});
    sheet.closingHeightMm = 8;
    sheet.closing = [](const dues::pdf::Canvas &canvas, double top, double width) {
        canvas.text(QRectF(0, top, width, mm(6)), Tr::tr("Nombre de présents\u00a0: …………"), 10, false, ink);
    };
    return sheet;
}

} // namespace

Result<void> writeInviteeListPdf(Database &db, qint64 meetingId, InviteeListKind kind, const QString &path)
{
    MeetingStore store(db);
    const auto meeting = store.meeting(meetingId);
    if (!meeting)
        return fail(meeting.error());
    const auto invitees = store.invitees(meetingId);
    if (!invitees)
        return fail(invitees.error());
    if (invitees->isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("« %1 » n'a aucun invité.").arg(meeting->title));
    QStringList details;
    for (const Invitee &invitee : *invitees) {
        auto detail = detailOf(db, invitee.who);
        if (!detail)
            return fail(detail.error());
        details.append(*detail);
    }
    const sheetpdf::Sheet sheet
        = kind == InviteeListKind::Invitations ? invitationsSheet(*meeting, *invitees, details) : attendanceSheet(*invitees, details);
    return sheetpdf::writeSheetPdf(*meeting, dues::clubHeader(db), sheet, path);
}

} // namespace adhera::assembly
