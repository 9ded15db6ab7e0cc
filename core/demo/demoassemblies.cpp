// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoassemblies.h"

#include "assembly/inviteeselection.h"
#include "assembly/meetingstore.h"
#include "assembly/minutesdraft.h"
#include "assembly/votingrights.h"
#include "db/database.h"
#include "db/sql.h"
#include "demo/dice.h"
#include "settings/clubidentity.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::demo {

namespace {

using namespace adhera::assembly;

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::demo)
};

const QDate pastDate(2025, 6, 12);
const QDate convenedOn(2025, 5, 22); // three weeks before: more than the statuts' 15 days
const QDate declaredOn(2025, 7, 8);
const QDate nextDate(2027, 6, 10);
const QDate boardDate(2026, 9, 15);
const QDate breakfastDate(2026, 12, 10);

QDateTime pastAt(int hour, int minute)
{
    return QDateTime(pastDate, QTime(hour, minute));
}

// An active member of the file on a date, with who signs for it.
struct Member {
    Voter voter;
    qint64 signerPersonId = 0; // the person, or the organisation's representative
};

Result<QList<Member>> activeMembers(Database &db, const QDate &joinedBy)
{
    Sql query(db,
        u"SELECT m.id, m.organisation_id, o.name, p.first_name, p.last_name, c.code, m.representative_id, m.person_id, c.name "
        "FROM membership m JOIN membership_category c ON c.id = m.category_id "
        "LEFT JOIN organisation o ON o.id = m.organisation_id LEFT JOIN person p ON p.id = m.person_id "
        "WHERE m.status = 'active' AND (m.joined_on IS NULL OR m.joined_on <= :date) ORDER BY m.id"_s);
    query.bind(u":date"_s, joinedBy.toString(Qt::ISODate));
    if (auto ran = query.exec(Tr::tr("Impossible de lire les adhérents")); !ran)
        return fail(ran.error());
    QList<Member> members;
    while (query.next()) {
        Member member;
        member.voter.membershipId = query.value(0).toLongLong();
        const bool organisation = !query.value(1).isNull();
        member.voter.kind = organisation ? MemberKind::Organisation : MemberKind::Individual;
        member.voter.name
            = organisation ? query.value(2).toString() : query.value(3).toString() + u' ' + query.value(4).toString().toUpper();
        member.voter.categoryCode = query.value(5).toString();
        member.voter.categoryName = query.value(8).toString();
        member.voter.representativePersonId = query.value(6).toLongLong();
        member.signerPersonId = organisation ? member.voter.representativePersonId : query.value(7).toLongLong();
        members.append(member);
    }
    return members;
}

struct Officer {
    qint64 personId = 0;
    QString name;
};

// Who held the role on the date, « Prénom NOM ».
Result<Officer> officer(Database &db, const QString &role, const QDate &on)
{
    Sql query(db,
        u"SELECT p.id, p.first_name, p.last_name FROM board_role r JOIN person p ON p.id = r.person_id "
        "WHERE r.role = :role AND r.start_date <= :on AND (r.end_date IS NULL OR r.end_date > :on) "
        "ORDER BY r.start_date DESC, r.id LIMIT 1"_s);
    query.bind(u":role"_s, role).bind(u":on"_s, on.toString(Qt::ISODate));
    if (auto ran = query.exec(Tr::tr("Impossible de lire le bureau")); !ran)
        return fail(ran.error());
    if (!query.next())
        return Officer {};
    return Officer {query.value(0).toLongLong(), query.value(1).toString() + u' ' + query.value(2).toString().toUpper()};
}

AgendaItem item(AgendaItemKind kind, const QString &title, const QString &body, bool secretBallot = false)
{
    AgendaItem agendaItem;
    agendaItem.kind = kind;
    agendaItem.title = title;
    agendaItem.body = body;
    agendaItem.secretBallot = secretBallot;
    return agendaItem;
}

QList<AgendaItem> pastAgenda()
{
    return {
        item(AgendaItemKind::Information, Tr::tr("Rapport moral du président"),
            Tr::tr("Le président présente le rapport moral de l'exercice 2024 : onze rencontres entre adhérents, deux visites de "
                   "centres de relation client, le premier trophée lorrain de la relation client et l'accueil de quatorze nouveaux "
                   "adhérents.")),
        item(AgendaItemKind::Resolution, Tr::tr("Approbation des comptes de l'exercice 2024"),
            Tr::tr("L'assemblée générale, après avoir entendu le rapport financier du trésorier, approuve les comptes de l'exercice "
                   "clos le 31 décembre 2024 tels qu'ils lui ont été présentés, faisant apparaître un excédent de 3 412 euros affecté "
                   "au report à nouveau.")),
        item(AgendaItemKind::Resolution, Tr::tr("Quitus au trésorier"),
            Tr::tr("L'assemblée générale donne quitus entier et sans réserve au trésorier pour sa gestion de l'exercice 2024.")),
        item(AgendaItemKind::Resolution, Tr::tr("Montant des cotisations 2026"),
            Tr::tr("L'assemblée générale maintient pour 2026 le barème des cotisations de 2025 : de 250 à 1 200 euros pour les "
                   "entreprises selon leur effectif, 400 euros pour les partenaires, 200 euros pour les institutions et 50 euros pour "
                   "les membres individuels.")),
        item(AgendaItemKind::Election, Tr::tr("Renouvellement du conseil d'administration"),
            Tr::tr("L'assemblée générale élit, pour trois ans, les administrateurs candidats au renouvellement du tiers sortant du "
                   "conseil d'administration, présentés en une liste unique."),
            true),
        item(AgendaItemKind::OtherBusiness, Tr::tr("Questions diverses"),
            Tr::tr("Un adhérent propose d'organiser une rencontre commune avec les clubs de relation client d'Alsace ; le conseil "
                   "d'administration étudiera la proposition à la rentrée.")),
    };
}

QList<AgendaItem> nextAgenda()
{
    return {
        item(AgendaItemKind::Information, Tr::tr("Rapport moral du président"),
            Tr::tr("Le président présente le rapport moral de l'exercice 2026.")),
        item(AgendaItemKind::Information, Tr::tr("Rapport financier du trésorier"),
            Tr::tr("Le trésorier présente les comptes de l'exercice 2026 et le budget prévisionnel 2027.")),
        item(AgendaItemKind::Resolution, Tr::tr("Approbation des comptes de l'exercice 2026"),
            Tr::tr("L'assemblée générale, après avoir entendu le rapport financier du trésorier, approuve les comptes de l'exercice "
                   "clos le 31 décembre 2026 tels qu'ils lui ont été présentés.")),
        item(AgendaItemKind::Resolution, Tr::tr("Quitus au trésorier"),
            Tr::tr("L'assemblée générale donne quitus entier et sans réserve au trésorier pour sa gestion de l'exercice 2026.")),
        item(AgendaItemKind::Resolution, Tr::tr("Montant des cotisations 2028"),
            Tr::tr("L'assemblée générale fixe le barème des cotisations de 2028 proposé par le conseil d'administration.")),
        item(AgendaItemKind::Election, Tr::tr("Renouvellement du tiers sortant du conseil d'administration"),
            Tr::tr("L'assemblée générale élit, pour trois ans, les administrateurs candidats au renouvellement du tiers sortant."), true),
        item(AgendaItemKind::OtherBusiness, Tr::tr("Questions diverses"), QString()),
    };
}

// The ordinary assembly of 12/06/2025, held and filed.
Result<void> holdPastAssembly(Database &db, MeetingStore &store, Dice &dice)
{
    const StatutesProfile profile = StatutesProfile::load(db);
    auto president = officer(db, u"president"_s, pastDate);
    if (!president)
        return fail(president.error());
    auto secretary = officer(db, u"secretary"_s, pastDate);
    if (!secretary)
        return fail(secretary.error());

    Meeting meeting;
    meeting.kind = MeetingKind::GeneralOrdinary;
    meeting.title = Tr::tr("Assemblée générale ordinaire 2025");
    meeting.startsAt = pastAt(18, 30);
    meeting.endsAt = pastAt(20, 15);
    meeting.place = Tr::tr("Technopôle de Nancy-Brabois, Villers-lès-Nancy");
    meeting.chairPersonId = president->personId;
    meeting.secretaryPersonId = secretary->personId;
    auto meetingId = store.saveMeeting(meeting);
    if (!meetingId)
        return fail(meetingId.error());
    meeting.id = *meetingId;
    auto agenda = store.setAgenda(meeting.id, pastAgenda());
    if (!agenda)
        return fail(agenda.error());

    auto members = activeMembers(db, pastDate);
    if (!members)
        return fail(members.error());
    auto standings = duesStandingOn(db, pastDate);
    if (!standings)
        return fail(standings.error());
    QList<InviteeId> convened;
    QList<AttendanceRow> rows;
    for (const Member &member : std::as_const(*members)) {
        convened.append(InviteeId {member.voter.membershipId, 0});
        const VotingRight right = votingRight(member.voter, standings->value(member.voter.membershipId), pastDate, profile);
        AttendanceRow row;
        row.membershipId = member.voter.membershipId;
        row.voterPersonId = member.signerPersonId;
        row.weight = right.weight;
        row.entitled = right.canVote;
        row.reason = right.reason;
        rows.append(row);
    }
    if (auto sent = store.recordConvocation(meeting.id, convened, convenedOn, ConvocationChannel::Email); !sent)
        return fail(sent.error());
    if (auto prepared = store.prepareAttendance(meeting.id, rows); !prepared)
        return fail(prepared.error());

    // About 40 % of those entitled to vote come, one in eight gives a proxy; a few members
    // without a vote (dues late, honorary) come too.
    QList<qint64> present;
    QList<qint64> represented;
    QList<qint64> withoutVote;
    for (const AttendanceRow &row : std::as_const(rows)) {
        if (row.entitled && dice.percent(40))
            present.append(row.membershipId);
        else if (row.entitled && dice.percent(20))
            represented.append(row.membershipId);
        else if (!row.entitled && dice.percent(15))
            withoutVote.append(row.membershipId);
    }
    // A small file still reaches the quorum: a third of those entitled at least.
    const qsizetype entitled = std::count_if(rows.cbegin(), rows.cend(), [](const AttendanceRow &row) { return row.entitled; });
    for (const AttendanceRow &row : std::as_const(rows)) {
        if (present.size() >= (entitled + 2) / 3)
            break;
        if (row.entitled && !present.contains(row.membershipId) && !represented.contains(row.membershipId))
            present.append(row.membershipId);
    }
    const qsizetype lateFrom = std::max<qsizetype>(0, present.size() - 3);
    for (qsizetype i = 0; i < present.size(); ++i) {
        const QDateTime arrival = i < lateFrom ? pastAt(18, dice.between(10, 30)) : pastAt(18, dice.between(40, 59));
        if (auto done = store.checkIn(meeting.id, present.at(i), Presence::Present, 0, arrival); !done)
            return fail(done.error());
    }
    for (const qint64 id : std::as_const(withoutVote)) {
        if (auto done = store.checkIn(meeting.id, id, Presence::Present, 0, pastAt(18, dice.between(10, 30))); !done)
            return fail(done.error());
    }
    // Each holder carries one proxy at most, well within the statuts' cap; the last four present
    // carry none (three arrive late, one leaves early).
    const qsizetype holders = std::max<qsizetype>(0, present.size() - 4);
    for (qsizetype i = 0; i < represented.size() && i < holders; ++i) {
        if (auto done = store.checkIn(meeting.id, represented.at(i), Presence::Represented, present.at(i), meeting.startsAt); !done)
            return fail(done.error());
    }
    if (holders < lateFrom) {
        if (auto left = store.recordDeparture(meeting.id, present.at(holders), pastAt(19, 40)); !left)
            return fail(left.error());
    }

    // Every resolution is voted by a show of hands, the board by secret ballot; a file too small
    // to reach the quorum gets a procès-verbal de carence.
    const int voteMinutes[] = {0, 5, 12, 25, 50, 0};
    // The chair opens the session a few minutes late, once the sheet is counted.
    const QDateTime openedAt = pastAt(18, 35);
    if (auto opened = store.recordOpening(meeting.id, openedAt); !opened)
        return fail(opened.error());
    auto opening = store.quorum(meeting.id, openedAt);
    if (!opening)
        return fail(opening.error());
    QHash<qint64, VoteRecord> votes;
    for (qsizetype i = 0; opening->met && i < agenda->size(); ++i) {
        const AgendaItem &agendaItem = agenda->at(i);
        if (!isVotable(agendaItem.kind))
            continue;
        const QDateTime at = pastAt(19, voteMinutes[i]);
        auto quorum = store.quorum(meeting.id, at);
        if (!quorum)
            return fail(quorum.error());
        const int held = quorum->countedWeight();
        VoteCount count;
        count.against = dice.between(0, std::min(3, held / 8));
        count.abstentions = dice.between(0, std::min(4, held / 8));
        if (agendaItem.secretBallot) {
            count.blank = dice.between(0, std::min(3, held / 8));
            count.spoiled = dice.between(0, std::min(1, held / 8));
        }
        count.inFavour = held - count.against - count.abstentions - count.blank - count.spoiled;
        auto vote = store.recordVote(agendaItem.id, count, std::nullopt, at);
        if (!vote)
            return fail(vote.error());
        votes.insert(agendaItem.id, *vote);
    }

    auto stored = store.meeting(meeting.id);
    auto attendance = store.attendance(meeting.id);
    if (!stored || !attendance)
        return fail(!stored ? stored.error() : attendance.error());
    const settings::ClubIdentity club = settings::loadClubIdentity(db);
    MinutesInput input;
    input.meeting = *stored;
    input.agenda = *agenda;
    input.attendance = *attendance;
    input.votes = votes;
    input.quorum = *opening;
    input.chairName = president->name;
    input.secretaryName = secretary->name;
    input.clubName = club.name;
    input.clubAddress = club.address;
    input.regime = profile.regime;
    input.convener = Tr::tr("du président");
    input.convenedOn = convenedOn;
    auto draft = store.saveDraft(meeting.id, draftMinutes(input));
    if (!draft)
        return fail(draft.error());
    if (auto locked = store.lock(draft->id, president->personId, secretary->personId, QString()); !locked)
        return fail(locked.error());
    // The new board was declared to the greffe within the three months.
    return store.recordDeclaration(meeting.id, declaredOn);
}

// The next ordinary assembly: its agenda, every active member invited.
Result<void> prepareNextAssembly(Database &db, MeetingStore &store)
{
    Meeting meeting;
    meeting.kind = MeetingKind::GeneralOrdinary;
    meeting.title = Tr::tr("Assemblée générale ordinaire 2027");
    meeting.startsAt = QDateTime(nextDate, QTime(18, 30));
    meeting.endsAt = QDateTime(nextDate, QTime(20, 30));
    meeting.place = Tr::tr("Centre de congrès Robert Schuman, Metz");
    // Chaired by the serving président, minuted by the secrétaire, as the statuts usually say.
    auto president = officer(db, u"president"_s, nextDate);
    auto secretary = officer(db, u"secretary"_s, nextDate);
    if (!president || !secretary)
        return fail(!president ? president.error() : secretary.error());
    meeting.chairPersonId = president->personId;
    meeting.secretaryPersonId = secretary->personId;
    auto meetingId = store.saveMeeting(meeting);
    if (!meetingId)
        return fail(meetingId.error());
    if (auto agenda = store.setAgenda(*meetingId, nextAgenda()); !agenda)
        return fail(agenda.error());
    auto members = activeMembers(db, nextDate);
    if (!members)
        return fail(members.error());
    QList<InviteeId> invited;
    for (const Member &member : std::as_const(*members))
        invited.append(InviteeId {member.voter.membershipId, 0});
    if (auto added = store.invite(*meetingId, invited); !added)
        return fail(added.error());
    return {};
}

// A conseil d'administration held in September: the board invited, their replies and who came.
Result<void> holdBoardMeeting(Database &db, MeetingStore &store, Dice &dice)
{
    auto president = officer(db, u"president"_s, boardDate);
    auto secretary = officer(db, u"secretary"_s, boardDate);
    if (!president || !secretary)
        return fail(!president ? president.error() : secretary.error());
    Meeting meeting;
    meeting.kind = MeetingKind::Board;
    meeting.title = Tr::tr("Conseil d'administration de rentrée");
    meeting.startsAt = QDateTime(boardDate, QTime(12, 0));
    meeting.endsAt = QDateTime(boardDate, QTime(14, 0));
    meeting.place = Tr::tr("Nancy, Maison de l'entreprise, salle Stanislas");
    meeting.chairPersonId = president->personId;
    meeting.secretaryPersonId = secretary->personId;
    meeting.status = MeetingStatus::Held;
    meeting.notes = Tr::tr("Point sur les cotisations 2026 et les relances, préparation du petit-déjeuner de décembre, "
                           "partenariat avec l'IUT de Metz.");
    auto meetingId = store.saveMeeting(meeting);
    if (!meetingId)
        return fail(meetingId.error());
    InviteeChoice board;
    board.group = InviteeGroup::Board;
    auto invited = chooseInvitees(db, board, boardDate);
    if (!invited)
        return fail(invited.error());
    if (auto sent = store.recordConvocation(*meetingId, *invited, boardDate.addDays(-14), ConvocationChannel::Email); !sent)
        return fail(sent.error());
    for (const InviteeId &who : std::as_const(*invited)) {
        const bool coming = who.personId == president->personId || who.personId == secretary->personId || dice.percent(80);
        if (auto replied = store.setReply(*meetingId, who, coming ? Reply::Yes : Reply::No, boardDate.addDays(-dice.between(3, 12)));
            !replied)
            return fail(replied.error());
        if (auto came = store.setAttended(*meetingId, who, coming); !came)
            return fail(came.error());
    }
    return {};
}

// A petit-déjeuner in December: every active member invited by e-mail, the first replies in.
Result<void> prepareBreakfast(Database &db, MeetingStore &store, Dice &dice)
{
    Meeting meeting;
    meeting.kind = MeetingKind::Breakfast;
    meeting.title = Tr::tr("Petit-déjeuner : l'IA au service des conseillers");
    meeting.startsAt = QDateTime(breakfastDate, QTime(8, 30));
    meeting.endsAt = QDateTime(breakfastDate, QTime(10, 0));
    meeting.place = Tr::tr("Metz, Technopôle, centre de la relation client");
    auto meetingId = store.saveMeeting(meeting);
    if (!meetingId)
        return fail(meetingId.error());
    InviteeChoice everyone;
    auto invited = chooseInvitees(db, everyone, breakfastDate);
    if (!invited)
        return fail(invited.error());
    if (auto sent = store.recordConvocation(*meetingId, *invited, QDate(2026, 11, 16), ConvocationChannel::Email); !sent)
        return fail(sent.error());
    for (const InviteeId &who : std::as_const(*invited)) {
        const int roll = dice.between(1, 100);
        const Reply reply = roll <= 35 ? Reply::Yes : roll <= 45 ? Reply::No : roll <= 50 ? Reply::Maybe : Reply::None;
        if (reply == Reply::None)
            continue;
        if (auto replied = store.setReply(*meetingId, who, reply, QDate(2026, 11, dice.between(16, 27))); !replied)
            return fail(replied.error());
    }
    return {};
}

} // namespace

Result<void> fillAssemblies(Database &db, quint32 seed)
{
    MeetingStore store(db);
    Dice dice(seed ^ 0xa55e3b1eu);
    if (auto held = holdPastAssembly(db, store, dice); !held)
        return held;
    if (auto held = holdBoardMeeting(db, store, dice); !held)
        return held;
    if (auto prepared = prepareBreakfast(db, store, dice); !prepared)
        return prepared;
    return prepareNextAssembly(db, store);
}

} // namespace adhera::demo
