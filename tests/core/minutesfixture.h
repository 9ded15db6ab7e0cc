// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small ordinary assembly held on 12 June 2026 in Metz, built by hand for the minutes tests
// (tests/data/minutes-draft.txt): 10 members entitled to vote, 6 present (one arrived before the
// opening, one left at 19:50), 2 represented, 2 absent, and an honorary member present without a
// vote; the quorum of 1/4 is met. Agenda: the rapport moral (information), the accounts
// (ordinary resolution, adopted by a simple majority of the votes cast), article 9 of the statuts
// (two thirds of those present or represented, rejected), questions diverses.

#include "assembly/majority.h"
#include "assembly/minutesdraft.h"
#include "assembly/quorum.h"
#include "catch.h"

#include <QTimeZone>

namespace adhera::test {

inline QDateTime assemblyTime(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, 12), QTime(hour, minute), QTimeZone::utc());
}

inline assembly::AttendanceRow attendanceRow(qint64 id, const QString &name, assembly::Presence presence, qint64 holder = 0)
{
    assembly::AttendanceRow row;
    row.meetingId = 7;
    row.membershipId = id;
    row.name = name;
    row.presence = presence;
    row.proxyHolderId = holder;
    return row;
}

inline assembly::QuorumStatus openingQuorum(
    const QList<assembly::AttendanceRow> &rows, const assembly::StatutesProfile &profile, const assembly::Meeting &meeting)
{
    QList<assembly::Attendee> attendees;
    for (const assembly::AttendanceRow &row : rows)
        attendees.append(
            {row.membershipId, row.name, row.weight, row.entitled, row.presence, row.proxyHolderId, row.arrivedAt, row.leftAt});
    return assembly::quorumStatus(attendees, profile, meeting.assemblyKind(), meeting.convocation, meeting.startsAt);
}

inline assembly::VoteRecord voteRecord(const assembly::AgendaItem &item, const assembly::VoteCount &count,
    const assembly::StatutesProfile &profile, const assembly::QuorumStatus &quorum)
{
    assembly::VoteRecord vote;
    vote.agendaItemId = item.id;
    vote.count = count;
    vote.rule = profile.majority(item.resolutionKind);
    vote.body = {quorum.presentWeight, quorum.representedWeight, quorum.eligibleWeight};
    const auto outcome = assembly::decide(count, vote.rule, vote.body, {item.secretBallot, profile.chairHasCastingVote, std::nullopt});
    REQUIRE(outcome);
    vote.adopted = outcome->adopted;
    vote.explanation = outcome->explanation;
    return vote;
}

inline assembly::AgendaItem agendaItem(qint64 id, assembly::AgendaItemKind kind, const QString &title, const QString &body)
{
    assembly::AgendaItem item;
    item.id = id;
    item.meetingId = 7;
    item.position = int(id - 100);
    item.kind = kind;
    item.title = title;
    item.body = body;
    return item;
}

inline assembly::MinutesInput ordinaryAssembly()
{
    using namespace Qt::StringLiterals;
    using namespace adhera::assembly;
    MinutesInput input;
    input.meeting.id = 7;
    input.meeting.kind = MeetingKind::GeneralOrdinary;
    input.meeting.title = u"Assemblée générale 2026"_s;
    input.meeting.startsAt = assemblyTime(18, 30);
    input.meeting.endsAt = assemblyTime(20, 15);
    input.meeting.place = u"Centre de congrès Robert Schuman, 100 rue aux Arènes, 57000 Metz"_s;
    input.meeting.status = MeetingStatus::Held;
    input.chairName = u"Hélène MÜLLER"_s;
    input.secretaryName = u"Jean DUPONT"_s;
    input.clubName = u"Lorraine Contact Client"_s;
    input.clubAddress = u"3 rue Gambetta\n54000 Nancy"_s;
    input.regime = LegalRegime::Loi1901;
    input.convener = u"du président"_s;
    input.convenedOn = QDate(2026, 5, 27);

    input.attendance = {attendanceRow(1, u"Hélène MÜLLER"_s, Presence::Present), attendanceRow(2, u"Jean DUPONT"_s, Presence::Present),
        attendanceRow(3, u"Transports Lœuvre"_s, Presence::Present), attendanceRow(4, u"Moselle Contact Services"_s, Presence::Present),
        attendanceRow(5, u"Groupe Est Relation"_s, Presence::Present), attendanceRow(6, u"Atelier des Vosges"_s, Presence::Present),
        attendanceRow(7, u"Est Centre Services"_s, Presence::Represented, 3),
        attendanceRow(8, u"Sophie LAURENT"_s, Presence::Represented, 1), attendanceRow(9, u"Marc WEBER"_s, Presence::Absent),
        attendanceRow(10, u"Centre d'appels Nancy"_s, Presence::Absent), attendanceRow(11, u"Claire ANTOINE"_s, Presence::Present)};
    input.attendance[4].arrivedAt = assemblyTime(18, 25);
    input.attendance[5].leftAt = assemblyTime(19, 50);
    input.attendance[10].entitled = false;
    input.attendance[10].weight = 0;
    input.attendance[10].reason = u"(membre d'honneur)"_s;

    input.agenda = {agendaItem(101, AgendaItemKind::Information, u"Rapport moral du président"_s,
                        u"La présidente présente le rapport moral de l'exercice 2025 : douze rencontres, deux visites de centres et "
                        u"neuf nouveaux adhérents."_s),
        agendaItem(102, AgendaItemKind::Resolution, u"Approbation des comptes de l'exercice 2025"_s,
            u"L'assemblée générale, après avoir entendu le rapport financier du trésorier, approuve les comptes de l'exercice clos le "
            u"31 décembre 2025 tels qu'ils lui ont été présentés et donne quitus au conseil d'administration."_s),
        agendaItem(103, AgendaItemKind::Resolution, u"Modification de l'article 9 des statuts"_s,
            u"L'assemblée générale décide de porter de deux à trois ans la durée du mandat des administrateurs et modifie en "
            u"conséquence l'article 9 des statuts."_s),
        agendaItem(104, AgendaItemKind::OtherBusiness, u"Questions diverses"_s,
            u"Un membre demande que le calendrier des afterworks soit publié en début d'année ; le bureau en prend note."_s)};
    input.agenda[2].resolutionKind = ResolutionKind::StatutesChange;

    const StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);
    input.quorum = openingQuorum(input.attendance, profile, input.meeting);
    input.votes.insert(102, voteRecord(input.agenda[1], {6, 1, 1, 0, 0}, profile, input.quorum));
    input.votes.insert(103, voteRecord(input.agenda[2], {5, 2, 1, 0, 0}, profile, input.quorum));
    return input;
}

} // namespace adhera::test
