// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancesheet.h"

#include "assembly/meetingstore.h"
#include "assembly/votingrights.h"
#include "db/sql.h"
#include "members/memberdirectory.h"
#include "members/memberfile.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

std::optional<Membership> membershipOf(const MemberFile &file, qint64 personId, qint64 organisationId)
{
    if (personId != 0) {
        if (const auto record = file.loadPerson(personId))
            return record->membership;
        return std::nullopt;
    }
    if (const auto record = file.loadOrganisation(organisationId))
        return record->membership;
    return std::nullopt;
}

Result<QHash<qint64, Category>> categoriesById(const MemberFile &file)
{
    const auto categories = file.categories();
    if (!categories)
        return fail(categories.error());
    QHash<qint64, Category> byId;
    for (const Category &category : *categories)
        byId.insert(category.id, category);
    return byId;
}

Voter voterOf(const Membership &membership, const QHash<qint64, Category> &categories, const QString &name)
{
    const Category category = categories.value(membership.categoryId);
    Voter voter = voterFrom(membership, category.code, name);
    voter.categoryName = category.name;
    return voter;
}

AttendanceRow rowFor(qint64 meetingId, const Membership &membership, qint64 personId, const VotingRight &right)
{
    AttendanceRow row;
    row.meetingId = meetingId;
    row.membershipId = membership.id;
    row.voterPersonId = personId != 0 ? personId : membership.representativeId;
    row.weight = right.weight;
    row.entitled = right.canVote;
    row.reason = right.reason;
    return row;
}

} // namespace

QDate convenedOn(const MeetingStore &store, qint64 meetingId)
{
    QDate first;
    if (const auto invitees = store.invitees(meetingId))
        for (const Invitee &invitee : *invitees)
            if (invitee.convenedOn.isValid() && (!first.isValid() || invitee.convenedOn < first))
                first = invitee.convenedOn;
    return first;
}

QDate votingReferenceDate(const MeetingStore &store, const Meeting &meeting, const StatutesProfile &profile)
{
    if (profile.votingReference == VotingReference::ConvocationDate)
        if (const QDate sent = convenedOn(store, meeting.id); sent.isValid())
            return sent;
    return meeting.startsAt.date();
}

Result<QList<AttendanceRow>> attendanceRowsFor(Database &db, qint64 meetingId, const StatutesProfile &profile, const QDate &reference)
{
    const auto standings = duesStandingOn(db, reference);
    if (!standings)
        return fail(standings.error());
    const MemberFile file(db);
    const auto categories = categoriesById(file);
    if (!categories)
        return fail(categories.error());

    const MemberDirectory directory(db);
    MemberFilter active;
    active.status = MembershipStatus::Active;
    const auto count = directory.count(active);
    if (!count)
        return fail(count.error());
    const auto members = directory.page(active, MemberSort {}, 0, *count);
    if (!members)
        return fail(members.error());

    QList<AttendanceRow> rows;
    rows.reserve(members->size());
    for (const MemberRow &member : *members) {
        const std::optional<Membership> membership = membershipOf(file, member.personId, member.organisationId);
        if (!membership || membership->id != member.membershipId)
            continue;
        const Voter voter = voterOf(*membership, *categories, member.name);
        rows.append(
            rowFor(meetingId, *membership, member.personId, votingRight(voter, standings->value(membership->id), reference, profile)));
    }
    return rows;
}

Result<AttendanceRow> refreshedRow(Database &db, const AttendanceRow &row, const StatutesProfile &profile, const QDate &reference)
{
    const auto standings = duesStandingOn(db, reference);
    if (!standings)
        return fail(standings.error());
    const MemberFile file(db);
    const auto categories = categoriesById(file);
    if (!categories)
        return fail(categories.error());
    Sql owner(db, u"SELECT person_id, organisation_id FROM membership WHERE id = :id"_s);
    owner.bind(u":id"_s, row.membershipId);
    if (auto ran = owner.exec(Tr::tr("Impossible de lire l'adhésion n°%1").arg(row.membershipId)); !ran)
        return fail(ran.error());
    const bool found = owner.next();
    const qint64 personId = found ? owner.value(0).toLongLong() : 0;
    const std::optional<Membership> membership
        = found ? membershipOf(file, personId, owner.value(1).toLongLong()) : std::optional<Membership>();
    if (!membership)
        return fail(ErrorCode::NotFound, Tr::tr("L'adhésion n°%1 n'est plus dans le fichier.").arg(row.membershipId));
    const Voter voter = voterOf(*membership, *categories, row.name);
    AttendanceRow refreshed = row;
    const AttendanceRow fresh
        = rowFor(row.meetingId, *membership, personId, votingRight(voter, standings->value(membership->id), reference, profile));
    refreshed.weight = fresh.weight;
    refreshed.entitled = fresh.entitled;
    refreshed.reason = fresh.reason;
    return refreshed;
}

QString whyNobodyMayVote(const QList<AttendanceRow> &rows)
{
    if (rows.isEmpty())
        return Tr::tr("Personne n'est inscrit sur la feuille de présence.");
    QHash<QString, int> byReason;
    for (const AttendanceRow &row : rows) {
        if (row.entitled && row.weight > 0)
            return QString();
        ++byReason[row.reason.isEmpty() ? Tr::tr("sans voix") : row.reason];
    }
    QList<std::pair<QString, int>> reasons(byReason.keyValueBegin(), byReason.keyValueEnd());
    std::sort(reasons.begin(), reasons.end(),
        [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    QStringList parts;
    for (const auto &[reason, count] : reasons)
        parts.append(u"%1 (%2)"_s.arg(reason).arg(count));
    return Tr::tr("Aucun des %n membres n'a le droit de vote\u00a0: %1.", nullptr, int(rows.size())).arg(parts.join(u", "_s));
}

} // namespace adhera::assembly
