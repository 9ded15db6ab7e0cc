// SPDX-License-Identifier: GPL-3.0-or-later
#include "declarations.h"

#include "assembly/meetingstore.h"
#include "db/database.h"
#include "db/sql.h"
#include "i18n/displayformat.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

} // namespace

Result<QList<DeclarationDue>> declarationsDue(Database &db)
{
    MeetingStore store(db);
    const auto meetings = store.meetings(MeetingStore::Filter::All);
    if (!meetings)
        return fail(meetings.error());
    QList<DeclarationDue> due;
    for (const Meeting &meeting : *meetings) {
        if (meeting.status == MeetingStatus::Cancelled || meeting.declaredOn.isValid())
            continue;
        const auto agenda = store.agenda(meeting.id);
        if (!agenda)
            return fail(agenda.error());
        QStringList changes;
        for (const AgendaItem &item : *agenda) {
            if (!isVotable(item.kind))
                continue;
            const auto vote = store.vote(item.id);
            if (!vote)
                return fail(vote.error());
            if (*vote && changesRegistration(item, &**vote))
                changes.append(item.title);
        }
        // DOMAIN §1.9: a conseil that elects its bureau changes the officers too; the seats it
        // installed (boardelection.h) start on its day or ended the day before.
        if (meeting.kind == MeetingKind::Board || meeting.kind == MeetingKind::Bureau) {
            Sql seats(
                db, u"SELECT EXISTS (SELECT 1 FROM board_role WHERE role <> 'director' AND (start_date = :day OR end_date = :eve))"_s);
            seats.bind(u":day"_s, meeting.startsAt.date().toString(Qt::ISODate))
                .bind(u":eve"_s, meeting.startsAt.date().addDays(-1).toString(Qt::ISODate));
            auto changed = seats.scalar(Tr::tr("Impossible de lire la composition du bureau"));
            if (!changed)
                return fail(changed.error());
            if (changed->toBool())
                changes.append(Tr::tr("Composition du bureau"));
        }
        if (!changes.isEmpty())
            due.append({meeting, meeting.startsAt.date().addMonths(3), changes});
    }
    std::sort(due.begin(), due.end(), [](const DeclarationDue &a, const DeclarationDue &b) { return a.dueOn < b.dueOn; });
    return due;
}

QString declarationOffice(LegalRegime regime)
{
    return regime == LegalRegime::AlsaceMoselle ? Tr::tr("au registre des associations du tribunal judiciaire")
                                                : Tr::tr("au greffe des associations");
}

QString declarationReminder(const DeclarationDue &due, LegalRegime regime, const QDate &today)
{
    const QString meeting
        = Tr::tr("%1 du %2 (%3)").arg(due.meeting.title, i18n::displayDate(due.meeting.startsAt.date()), due.changes.join(u", "_s));
    const QString date = i18n::displayDate(due.dueOn);
    if (today > due.dueOn)
        return Tr::tr("Déclaration %1 échue depuis le %2\u00a0: %3.").arg(declarationOffice(regime), date, meeting);
    return Tr::tr("Déclaration à faire %1 au plus tard le %2\u00a0: %3.").arg(declarationOffice(regime), date, meeting);
}

} // namespace adhera::assembly
