// SPDX-License-Identifier: GPL-3.0-or-later
// MeetingStore: the votes on the agenda's resolutions, each decided by the
// statuts' majority, and the corrections that keep the result they replace.
#include "meetingstore.h"

#include "db/database.h"
#include "db/sql.h"
#include "meetingstoresupport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

using namespace storesupport;

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

} // namespace

Result<VoteRecord> MeetingStore::recordVote(qint64 agendaItemId, const VoteCount &count, std::optional<bool> chairCastingVoteFor,
    const QDateTime &at, const QString &correctionReason)
{
    if (!at.isValid())
        return fail(ErrorCode::InvalidInput, Tr::tr("Indiquez l'heure du vote."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    Sql itemQuery(m_db, agendaSelect + u"WHERE id = :id"_s);
    itemQuery.bind(u":id"_s, agendaItemId);
    if (auto ran = itemQuery.exec(Tr::tr("Impossible de lire le point n°%1 de l'ordre du jour").arg(agendaItemId)); !ran)
        return fail(ran.error());
    if (!itemQuery.next())
        return fail(ErrorCode::NotFound, Tr::tr("Le point n°%1 de l'ordre du jour n'existe pas.").arg(agendaItemId));
    const AgendaItem item = agendaItemFrom(itemQuery);
    if (item.kind == AgendaItemKind::OtherBusiness)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("« %1 »\u00a0: les questions diverses sont une information, elles ne font l'objet d'aucun vote.").arg(item.title));
    if (!isVotable(item.kind))
        return fail(
            ErrorCode::InvalidInput, Tr::tr("« %1 » est un point d'information\u00a0: il ne fait pas l'objet d'un vote.").arg(item.title));
    auto stored = meeting(item.meetingId);
    if (!stored)
        return fail(stored.error());
    if (!stored->isAssembly())
        return fail(ErrorCode::InvalidInput,
            Tr::tr("%1 n'est pas une assemblée générale\u00a0: ses votes ne suivent pas les règles des statuts pour l'AG.")
                .arg(meetingText(*stored)));
    auto locked = hasLockedMinutes(m_db, item.meetingId);
    if (!locked)
        return fail(locked.error());
    if (*locked)
        return fail(ErrorCode::Conflict,
            Tr::tr("Le procès-verbal de %1 est verrouillé\u00a0: le vote sur « %2 » ne change plus.")
                .arg(meetingText(*stored), item.title));
    auto earlier = vote(agendaItemId);
    if (!earlier)
        return fail(earlier.error());
    const QString reason = correctionReason.trimmed();
    if (*earlier && reason.isEmpty())
        return fail(ErrorCode::Conflict,
            Tr::tr("Un vote est déjà enregistré sur « %1 » à %2 (résolution %3)\u00a0: corrigez-le en indiquant pourquoi, le premier "
                   "résultat restera au procès-verbal.")
                .arg(item.title, timeText((*earlier)->recordedAt.toLocalTime()),
                    (*earlier)->adopted ? Tr::tr("adoptée") : Tr::tr("rejetée")));
    auto rows = attendance(item.meetingId);
    if (!rows)
        return fail(rows.error());

    const StatutesProfile profile = StatutesProfile::load(m_db);
    // DOMAIN §1.4: the quorum must hold whenever the assembly decides.
    const QuorumStatus status = quorumStatus(toAttendees(*rows), profile, stored->assemblyKind(), stored->convocation, at);
    if (!status.met)
        return fail(ErrorCode::Conflict, Tr::tr("Vote sur « %1 » à %2 impossible. %3").arg(item.title, timeText(at), status.text()));

    VoteRecord record;
    record.agendaItemId = agendaItemId;
    record.count = count;
    record.rule = profile.majority(item.resolutionKind);
    record.body = VotingBody {status.presentWeight, status.representedWeight, status.eligibleWeight};
    const Ballot ballot {item.secretBallot, profile.chairHasCastingVote, chairCastingVoteFor};
    auto outcome = decide(count, record.rule, record.body, ballot);
    if (!outcome)
        return fail(ErrorCode::InvalidInput, Tr::tr("« %1 »\u00a0: %2").arg(item.title, outcome.error().message));
    record.adopted = outcome->adopted;
    record.explanation = outcome->explanation;
    if (outcome->castingVoteUsed)
        record.chairCastingVoteFor = chairCastingVoteFor;
    record.recordedAt = at.toUTC(); // when the vote took place, which may be noted afterwards

    if (*earlier) {
        const VoteRecord &replaced = **earlier;
        auto kept = Sql(m_db,
            u"INSERT INTO vote_correction (agenda_item_id, in_favour, against, abstentions, blank, spoiled, adopted, explanation, "
            "recorded_at, corrected_at, reason) VALUES (:item, :for, :against, :abstentions, :blank, :spoiled, :adopted, :explanation, "
            ":recorded, :corrected, :reason)"_s)
                        .bind(u":item"_s, agendaItemId)
                        .bind(u":for"_s, replaced.count.inFavour)
                        .bind(u":against"_s, replaced.count.against)
                        .bind(u":abstentions"_s, replaced.count.abstentions)
                        .bind(u":blank"_s, replaced.count.blank)
                        .bind(u":spoiled"_s, replaced.count.spoiled)
                        .bind(u":adopted"_s, replaced.adopted ? 1 : 0)
                        .bind(u":explanation"_s, replaced.explanation)
                        .bind(u":recorded"_s, replaced.recordedAt.toUTC().toString(Qt::ISODate))
                        .bind(u":corrected"_s, m_db.now().toUTC().toString(Qt::ISODate))
                        .bind(u":reason"_s, reason)
                        .exec(Tr::tr("Impossible de garder le premier résultat du vote sur « %1 »").arg(item.title));
        if (!kept)
            return fail(kept.error());
    }

    Sql upsert(m_db,
        u"INSERT INTO vote (agenda_item_id, in_favour, against, abstentions, blank, spoiled, chair_casting_vote, threshold, basis, "
        "present_weight, represented_weight, all_members_weight, adopted, explanation, recorded_at) VALUES (:item, :for, :against, "
        ":abstentions, :blank, :spoiled, :casting, :threshold, :basis, :present, :represented, :all, :adopted, :explanation, :at) "
        "ON CONFLICT (agenda_item_id) DO UPDATE SET in_favour = excluded.in_favour, against = excluded.against, "
        "abstentions = excluded.abstentions, blank = excluded.blank, spoiled = excluded.spoiled, "
        "chair_casting_vote = excluded.chair_casting_vote, threshold = excluded.threshold, basis = excluded.basis, "
        "present_weight = excluded.present_weight, represented_weight = excluded.represented_weight, "
        "all_members_weight = excluded.all_members_weight, adopted = excluded.adopted, explanation = excluded.explanation, "
        "recorded_at = excluded.recorded_at"_s);
    upsert.bind(u":item"_s, agendaItemId)
        .bind(u":for"_s, count.inFavour)
        .bind(u":against"_s, count.against)
        .bind(u":abstentions"_s, count.abstentions)
        .bind(u":blank"_s, count.blank)
        .bind(u":spoiled"_s, count.spoiled)
        .bindOrNull(u":casting"_s, record.chairCastingVoteFor ? (*record.chairCastingVoteFor ? u"for"_s : u"against"_s) : QString())
        .bind(u":threshold"_s, toCode(record.rule.threshold))
        .bind(u":basis"_s, toCode(record.rule.basis))
        .bind(u":present"_s, record.body.presentWeight)
        .bind(u":represented"_s, record.body.representedWeight)
        .bind(u":all"_s, record.body.allMembersWeight)
        .bind(u":adopted"_s, record.adopted ? 1 : 0)
        .bind(u":explanation"_s, record.explanation)
        .bind(u":at"_s, record.recordedAt.toString(Qt::ISODate));
    if (auto ran = upsert.exec(Tr::tr("Impossible d'enregistrer le vote sur « %1 »").arg(item.title)); !ran)
        return fail(ran.error());
    m_db.markChanged(Database::Change::Meetings);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return record;
}

Result<std::optional<VoteRecord>> MeetingStore::vote(qint64 agendaItemId) const
{
    Sql query(m_db,
        u"SELECT in_favour, against, abstentions, blank, spoiled, chair_casting_vote, threshold, basis, present_weight, "
        "represented_weight, all_members_weight, adopted, explanation, recorded_at FROM vote WHERE agenda_item_id = :id"_s);
    query.bind(u":id"_s, agendaItemId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire le vote du point n°%1").arg(agendaItemId)); !ran)
        return fail(ran.error());
    if (!query.next())
        return std::optional<VoteRecord>();
    VoteRecord record;
    record.agendaItemId = agendaItemId;
    record.count = VoteCount {
        query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt()};
    if (!query.value(5).isNull())
        record.chairCastingVoteFor = query.value(5).toString() == u"for"_s;
    record.rule.threshold = thresholdFromCode(query.value(6).toString()).value_or(Threshold::Simple);
    record.rule.basis = majorityBasisFromCode(query.value(7).toString()).value_or(MajorityBasis::VotesCast);
    record.body = VotingBody {query.value(8).toInt(), query.value(9).toInt(), query.value(10).toInt()};
    record.adopted = query.value(11).toBool();
    record.explanation = query.value(12).toString();
    record.recordedAt = dateTimeFrom(query.value(13));
    return std::optional<VoteRecord>(record);
}

Result<QList<VoteCorrection>> MeetingStore::voteCorrections(qint64 meetingId) const
{
    Sql query(m_db,
        u"SELECT c.agenda_item_id, c.in_favour, c.against, c.abstentions, c.blank, c.spoiled, c.adopted, c.explanation, "
        "c.recorded_at, c.corrected_at, c.reason FROM vote_correction c JOIN agenda_item a ON a.id = c.agenda_item_id "
        "WHERE a.meeting_id = :id ORDER BY a.position, c.corrected_at, c.id"_s);
    query.bind(u":id"_s, meetingId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire les votes corrigés de la réunion n°%1").arg(meetingId)); !ran)
        return fail(ran.error());
    QList<VoteCorrection> corrections;
    while (query.next()) {
        VoteCorrection correction;
        correction.agendaItemId = query.value(0).toLongLong();
        correction.count = VoteCount {
            query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt(), query.value(5).toInt()};
        correction.adopted = query.value(6).toBool();
        correction.explanation = query.value(7).toString();
        correction.recordedAt = dateTimeFrom(query.value(8));
        correction.correctedAt = dateTimeFrom(query.value(9));
        correction.reason = query.value(10).toString();
        corrections.append(correction);
    }
    return corrections;
}

} // namespace adhera::assembly
