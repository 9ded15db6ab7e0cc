// SPDX-License-Identifier: GPL-3.0-or-later
// MeetingStore: the procès-verbal of a meeting, its drafts, its approval and lock, its
// corrections as linked versions, and the register of locked minutes.
#include "meetingstore.h"

#include "assembly/minutesdraft.h"
#include "db/database.h"
#include "db/sql.h"
#include "meetingstoresupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

using namespace storesupport;

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

const QString minutesSelect = u"SELECT id, meeting_id, version, previous_minutes_id, body, status, locked_at, body_sha256, "
                              "president_person_id, secretary_person_id, signatories, created_at, updated_at FROM minutes "_s;

Minutes minutesFrom(const Sql &row, int first = 0)
{
    Minutes minutes;
    minutes.id = row.value(first).toLongLong();
    minutes.meetingId = row.value(first + 1).toLongLong();
    minutes.version = row.value(first + 2).toInt();
    minutes.previousId = row.value(first + 3).toLongLong();
    minutes.body = row.value(first + 4).toString();
    minutes.status = minutesStatusFromCode(row.value(first + 5).toString()).value_or(MinutesStatus::Draft);
    minutes.lockedAt = dateTimeFrom(row.value(first + 6));
    minutes.bodySha256 = row.value(first + 7).toString();
    minutes.presidentPersonId = row.value(first + 8).toLongLong();
    minutes.secretaryPersonId = row.value(first + 9).toLongLong();
    minutes.signatories = row.value(first + 10).toString();
    minutes.createdAt = dateTimeFrom(row.value(first + 11));
    minutes.updatedAt = dateTimeFrom(row.value(first + 12));
    return minutes;
}

// « le procès-verbal de « AG ordinaire 2026 » du 12/06/2026 (version 2) », inside a sentence.
QString minutesText(const Meeting &meeting, int version)
{
    return Tr::tr("le procès-verbal de %1 (version %2)").arg(meetingText(meeting)).arg(version);
}

QString sentenceStart(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

Result<QList<Minutes>> MeetingStore::minutes(qint64 meetingId) const
{
    Sql query(m_db, minutesSelect + u"WHERE meeting_id = :id ORDER BY version"_s);
    query.bind(u":id"_s, meetingId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire le procès-verbal de la réunion n°%1").arg(meetingId)); !ran)
        return fail(ran.error());
    QList<Minutes> found;
    while (query.next())
        found.append(minutesFrom(query));
    return found;
}

Result<Minutes> MeetingStore::minutesVersion(qint64 minutesId) const
{
    Sql query(m_db, minutesSelect + u"WHERE id = :id"_s);
    query.bind(u":id"_s, minutesId);
    if (auto ran = query.exec(Tr::tr("Impossible de lire le procès-verbal n°%1").arg(minutesId)); !ran)
        return fail(ran.error());
    if (!query.next())
        return fail(ErrorCode::NotFound, Tr::tr("Le procès-verbal n°%1 n'existe pas.").arg(minutesId));
    return minutesFrom(query);
}

Result<Minutes> MeetingStore::saveDraft(qint64 meetingId, const QString &body)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto stored = meeting(meetingId);
    if (!stored)
        return fail(stored.error());
    auto versions = minutes(meetingId);
    if (!versions)
        return fail(versions.error());
    const QString now = m_db.nowText();
    const QString context = Tr::tr("Impossible d'enregistrer le procès-verbal de %1").arg(meetingText(*stored));
    qint64 id = 0;
    if (versions->isEmpty()) {
        Sql insert(m_db,
            u"INSERT INTO minutes (meeting_id, version, body, status, created_at, updated_at) VALUES (:meeting, 1, :body, 'draft', :now, "
            ":now)"_s);
        insert.bind(u":meeting"_s, meetingId).bind(u":body"_s, body).bind(u":now"_s, now);
        if (auto ran = insert.exec(context); !ran)
            return fail(ran.error());
        id = insert.lastInsertId();
    } else {
        const Minutes &last = versions->constLast();
        if (last.isLocked())
            return fail(ErrorCode::Conflict,
                Tr::tr("Le procès-verbal de %1 (version %2) est verrouillé\u00a0: rédigez une correction, qui en sera la version %3.")
                    .arg(meetingText(*stored))
                    .arg(last.version)
                    .arg(last.version + 1));
        id = last.id;
        auto updated = Sql(m_db, u"UPDATE minutes SET body = :body, updated_at = :now WHERE id = :id"_s)
                           .bind(u":body"_s, body)
                           .bind(u":now"_s, now)
                           .bind(u":id"_s, id)
                           .exec(context);
        if (!updated)
            return fail(updated.error());
    }
    auto saved = minutesVersion(id);
    if (!saved)
        return fail(saved.error());
    m_db.markChanged(Database::Change::Meetings);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return saved;
}

Result<Minutes> MeetingStore::lock(qint64 minutesId, qint64 presidentPersonId, qint64 secretaryPersonId, const QString &signatories)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto draft = minutesVersion(minutesId);
    if (!draft)
        return fail(draft.error());
    auto stored = meeting(draft->meetingId);
    if (!stored)
        return fail(stored.error());
    const QString name = minutesText(*stored, draft->version);
    if (draft->isLocked())
        return fail(ErrorCode::Conflict, Tr::tr("%1 est déjà verrouillé.").arg(sentenceStart(name)));
    if (draft->body.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("%1 est vide\u00a0: rédigez-le avant de le verrouiller.").arg(sentenceStart(name)));
    // Minutes are approved after the meeting, complete: a PV signed with « sur convocation
    // du … » or « levée à … h … » is no record of anything.
    if (m_db.now().toLocalTime().date() < stored->startsAt.date())
        return fail(ErrorCode::InvalidInput,
            Tr::tr("%1 ne peut pas être approuvé avant la réunion, qui a lieu le %2.")
                .arg(sentenceStart(name), dateText(stored->startsAt.date())));
    if (const QStringList blanks = minutesBlanks(draft->body); !blanks.isEmpty()) {
        QStringList quoted;
        for (const QString &blank : blanks)
            if (const QString text = u"« %1 »"_s.arg(blank); !quoted.contains(text))
                quoted.append(text);
        return fail(ErrorCode::InvalidInput,
            Tr::tr("%1 contient encore %n blanc(s) à compléter avant de le verrouiller\u00a0: %2.", nullptr, int(blanks.size()))
                .arg(sentenceStart(name), quoted.join(u", "_s)));
    }
    // DOMAIN §1.8: signed by the president and the secretary.
    if (presidentPersonId == 0 || secretaryPersonId == 0)
        return fail(ErrorCode::InvalidInput,
            Tr::tr("%1 est signé par le président et le secrétaire\u00a0: indiquez-les.").arg(sentenceStart(name)));
    auto president = personName(m_db, presidentPersonId);
    if (!president)
        return fail(president.error());
    auto secretary = personName(m_db, secretaryPersonId);
    if (!secretary)
        return fail(secretary.error());
    QString signedBy = signatories.trimmed();
    if (signedBy.isEmpty())
        signedBy = Tr::tr("%1, président de séance\u00a0; %2, secrétaire de séance").arg(*president, *secretary);

    const QString now = m_db.nowText();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(draft->body.toUtf8(), QCryptographicHash::Sha256).toHex());
    auto locked = Sql(m_db,
        u"UPDATE minutes SET status = 'locked', locked_at = :now, body_sha256 = :hash, president_person_id = :president, "
        "secretary_person_id = :secretary, signatories = :signatories, updated_at = :now WHERE id = :id"_s)
                      .bind(u":now"_s, now)
                      .bind(u":hash"_s, hash)
                      .bind(u":president"_s, presidentPersonId)
                      .bind(u":secretary"_s, secretaryPersonId)
                      .bind(u":signatories"_s, signedBy)
                      .bind(u":id"_s, minutesId)
                      .exec(Tr::tr("Impossible de verrouiller %1").arg(name));
    if (!locked)
        return fail(locked.error());
    // Minutes signed: the meeting took place.
    auto held = Sql(m_db, u"UPDATE meeting SET status = 'held', updated_at = :now WHERE id = :id AND status = 'planned'"_s)
                    .bind(u":now"_s, now)
                    .bind(u":id"_s, stored->id)
                    .exec(Tr::tr("Impossible de marquer la réunion %1 comme tenue").arg(meetingText(*stored)));
    if (!held)
        return fail(held.error());
    auto result = minutesVersion(minutesId);
    if (!result)
        return fail(result.error());
    m_db.markChanged(Database::Change::Meetings);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return result;
}

Result<Minutes> MeetingStore::correct(qint64 minutesId, const QString &newBody)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    auto original = minutesVersion(minutesId);
    if (!original)
        return fail(original.error());
    auto stored = meeting(original->meetingId);
    if (!stored)
        return fail(stored.error());
    const QString name = minutesText(*stored, original->version);
    if (!original->isLocked())
        return fail(ErrorCode::Conflict, Tr::tr("%1 est un brouillon\u00a0: modifiez-le directement.").arg(sentenceStart(name)));
    if (newBody.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("La correction de %1 est vide.").arg(name));
    auto versions = minutes(original->meetingId);
    if (!versions)
        return fail(versions.error());
    const Minutes &last = versions->constLast();
    if (last.id != original->id)
        return fail(ErrorCode::Conflict,
            last.isLocked() ? Tr::tr("%1 est déjà corrigé par la version %2, verrouillée\u00a0: corrigez celle-ci.")
                                  .arg(sentenceStart(name))
                                  .arg(last.version)
                            : Tr::tr("%1 est déjà en cours de correction\u00a0: la version %2 est un brouillon ouvert.")
                                  .arg(sentenceStart(name))
                                  .arg(last.version));

    const QString now = m_db.nowText();
    Sql insert(m_db,
        u"INSERT INTO minutes (meeting_id, version, previous_minutes_id, body, status, created_at, updated_at) "
        "VALUES (:meeting, :version, :previous, :body, 'draft', :now, :now)"_s);
    insert.bind(u":meeting"_s, original->meetingId)
        .bind(u":version"_s, original->version + 1)
        .bind(u":previous"_s, original->id)
        .bind(u":body"_s, newBody)
        .bind(u":now"_s, now);
    if (auto ran = insert.exec(Tr::tr("Impossible d'enregistrer la correction de %1").arg(name)); !ran)
        return fail(ran.error());
    auto result = minutesVersion(insert.lastInsertId());
    if (!result)
        return fail(result.error());
    m_db.markChanged(Database::Change::Meetings);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return result;
}

Result<QList<RegisterEntry>> MeetingStore::minutesRegister() const
{
    Sql query(m_db,
        u"SELECT mi.id, mi.meeting_id, mi.version, mi.previous_minutes_id, mi.body, mi.status, mi.locked_at, mi.body_sha256, "
        "mi.president_person_id, mi.secretary_person_id, mi.signatories, mi.created_at, mi.updated_at, me.kind, me.title, "
        "me.starts_at, me.place FROM minutes mi JOIN meeting me ON me.id = mi.meeting_id WHERE mi.status = 'locked' "
        "ORDER BY me.starts_at, me.id, mi.version"_s);
    if (auto ran = query.exec(Tr::tr("Impossible de lire le registre des procès-verbaux")); !ran)
        return fail(ran.error());
    QList<RegisterEntry> entries;
    while (query.next()) {
        RegisterEntry entry;
        entry.minutes = minutesFrom(query);
        entry.kind = meetingKindFromCode(query.value(13).toString()).value_or(MeetingKind::GeneralOrdinary);
        entry.title = query.value(14).toString();
        entry.startsAt = dateTimeFrom(query.value(15));
        entry.place = query.value(16).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace adhera::assembly
