// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeapplier.h"

#include "db/database.h"
#include "db/rowsnapshot.h"
#include "db/sql.h"
#include "importing/importstore.h"
#include "members/memberfile.h"
#include "members/searchindex.h"
#include "merge/groupwriter.h"
#include "merge/reviewdraft.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace adhera::merge {

using importing::ImportField;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::merge)
};

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString memberName(const MergeGroup &group)
{
    const QString first = group.chosen[std::size_t(ImportField::FirstName)];
    const QString last = group.chosen[std::size_t(ImportField::LastName)];
    const QString name = QString(first + u' ' + last.toUpper()).trimmed();
    return name.isEmpty() ? group.chosen[std::size_t(ImportField::Organisation)] : name;
}

QString sourceLabel(const QList<importing::ImportFile> &files, const RecordRef &record)
{
    if (record.isExisting())
        return Tr::tr("fichier des adhérents");
    const importing::ImportFile &file = files[record.file];
    return Tr::tr("%1 l. %2").arg(file.clubName.isEmpty() ? file.fileName : file.clubName).arg(file.rows[record.row].line);
}

QJsonObject decisionOf(const QList<importing::ImportFile> &files, const MergeGroup &group)
{
    QJsonArray sources;
    for (const RecordRef &record : group.records) {
        if (record.isExisting()) {
            sources.append(QJsonObject {{u"person_id"_s, record.personId}});
            continue;
        }
        const importing::ImportFile &file = files[record.file];
        sources.append(QJsonObject {{u"club"_s, file.clubName}, {u"file"_s, file.fileName}, {u"line"_s, file.rows[record.row].line},
            {u"import_row_id"_s, file.rows[record.row].id}});
    }
    QJsonObject chosen;
    for (ImportField field : importing::allImportFields())
        if (const QString &value = group.chosen[std::size_t(field)]; !value.isEmpty())
            chosen.insert(toCode(field), value);
    return {{u"probability"_s, group.probability}, {u"sources"_s, sources}, {u"chosen"_s, chosen},
        {u"extra_emails"_s, QJsonArray::fromStringList(group.extraEmails)},
        {u"extra_phones"_s, QJsonArray::fromStringList(group.extraPhones)}};
}

Result<void> refreshSearch(Database &db, const RowSnapshot &a, const RowSnapshot &b)
{
    SearchIndex index(db);
    QList<qint64> people = a.ids(u"person"_s) + b.ids(u"person"_s);
    QList<qint64> organisations = a.ids(u"organisation"_s) + b.ids(u"organisation"_s);
    for (qint64 id : people)
        if (auto refreshed = index.refreshForPerson(id); !refreshed)
            return refreshed;
    for (qint64 id : organisations)
        if (auto refreshed = index.refreshForOrganisation(id); !refreshed)
            return refreshed;
    return {};
}

// A batch is applied once none of its rows waits for review; undoing makes it pending again.
Result<void> updateBatchStatuses(Database &db)
{
    return Sql(db,
        u"UPDATE import_batch SET status = CASE WHEN EXISTS (SELECT 1 FROM import_row r WHERE r.batch_id = import_batch.id "
        "AND r.status = 'pending') THEN 'pending' ELSE 'applied' END"_s)
        .exec(Tr::tr("Impossible de mettre à jour l'état des imports"));
}

} // namespace

namespace {

// Counted the same way by plan() and apply(), so that the summary says what the file will hold.
void count(MergeCounts &counts, const MergeGroup &group, const GroupTarget &target)
{
    if (!GroupWriter::hasPerson(group))
        return;
    if (target.personId != 0) {
        ++counts.peopleCompleted;
        return;
    }
    ++counts.peopleCreated;
    if (group.isMerge())
        ++counts.peopleFromSeveralRows;
}

} // namespace

MergeApplier::MergeApplier(Database &db) : m_db(db)
{ }

Result<MergeCounts> MergeApplier::plan(const QList<MergeGroup> &groups) const
{
    MemberFile members(m_db);
    GroupWriter writer(m_db, members);
    if (auto prepared = writer.prepare(); !prepared)
        return tl::unexpected(prepared.error());
    MergeCounts counts;
    for (const MergeGroup &group : groups) {
        const GroupTarget target = writer.resolve(group);
        if (!target.organisationName.isEmpty() && target.organisationId == 0) {
            writer.expectOrganisation(group);
            ++counts.organisationsCreated;
        }
        count(counts, group, target);
    }
    return counts;
}

QString MergeApplier::backupPathFor(const QString &databasePath, const QString &timestamp)
{
    const QFileInfo info(databasePath);
    return info.dir().filePath(u"%1.avant-fusion-%2.%3"_s.arg(info.completeBaseName(), timestamp, info.suffix()));
}

Result<QString> MergeApplier::backUp()
{
    if (m_db.path().isEmpty() || m_db.path() == u":memory:"_s)
        return QString();
    QString path = backupPathFor(m_db.path(), m_db.now().toString(u"yyyyMMdd-HHmmss"_s));
    for (int attempt = 2; QFileInfo::exists(path); ++attempt)
        path = backupPathFor(m_db.path(), m_db.now().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + QString::number(attempt));
    return m_db.copyTo(path).transform([&] { return path; });
}

Result<ApplyOutcome> MergeApplier::apply(QList<importing::ImportFile> &files, const QList<MergeGroup> &groups)
{
    ApplyOutcome outcome;
    auto backup = backUp();
    if (!backup)
        return tl::unexpected(backup.error());
    outcome.backupPath = *backup;

    QList<importing::ImportFile> working = files; // ids filled in only once everything is committed
    Transaction transaction(m_db);
    if (!transaction.started())
        return tl::unexpected(transaction.started().error());
    QStringList fileNames;
    for (const importing::ImportFile &file : std::as_const(working))
        if (!fileNames.contains(file.fileName))
            fileNames << file.fileName;
    Sql operation(m_db, u"INSERT INTO merge_operation (applied_at, file_names) VALUES (:at, :files) RETURNING id"_s);
    auto operationId
        = operation.bind(u":at"_s, m_db.nowText())
              .bind(u":files"_s, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fileNames)).toJson(QJsonDocument::Compact)))
              .scalar(Tr::tr("Impossible d'enregistrer la fusion"));
    if (!operationId)
        return tl::unexpected(operationId.error());
    m_operationId = outcome.operationId = operationId->toLongLong();
    importing::ImportStore store(m_db);
    for (importing::ImportFile &file : working)
        if (file.batchId == 0)
            if (auto staged = store.stage(file); !staged)
                return tl::unexpected(staged.error());

    MemberFile members(m_db);
    GroupWriter writer(m_db, members);
    if (auto prepared = writer.prepare(); !prepared)
        return tl::unexpected(prepared.error());
    const QString context = Tr::tr("Impossible d'enregistrer la fusion");
    for (const MergeGroup &group : groups) {
        QList<qint64> rowIds;
        qint64 originClubId = 0;
        QStringList sources;
        for (const RecordRef &record : group.records) {
            sources << sourceLabel(working, record);
            if (record.isExisting())
                continue;
            rowIds << working[record.file].rows[record.row].id;
            if (originClubId == 0)
                originClubId = working[record.file].originClubId;
        }
        auto failed = [&](const Error &error) {
            return tl::unexpected(Error {error.code, Tr::tr("%1 (%2) : %3").arg(memberName(group), sources.join(u" + "_s), error.message)});
        };

        GroupTarget target = writer.resolve(group);
        if (!target.organisationName.isEmpty() && target.organisationId == 0) {
            auto created = writer.createOrganisation(group, originClubId);
            if (!created)
                return failed(created.error());
            target.organisationId = *created;
            ++outcome.counts.organisationsCreated;
            RowSnapshot nothing;
            for (const RowScope &scope : GroupWriter::organisationScopes(*created))
                nothing.addEmptyScope(scope);
            auto entry = addJournalEntry(u"create"_s, Tr::tr("Organisme %1 ← %2").arg(target.organisationName, sources.front()),
                QJsonObject {{u"organisation"_s, target.organisationName}}, nothing);
            if (!entry)
                return failed(entry.error());
            if (auto closed = closeJournalEntry(*entry, nothing); !closed)
                return failed(closed.error());
            outcome.journalIds << *entry;
        }

        QList<RowScope> scopes = GroupWriter::personScopes(target.personId, target.organisationId);
        for (qint64 rowId : std::as_const(rowIds))
            scopes << RowScope {u"import_row"_s, u"id"_s, rowId};
        auto before = RowSnapshot::capture(m_db, scopes);
        if (!before)
            return tl::unexpected(before.error());
        auto written = writer.write(group, target, originClubId);
        if (!written)
            return failed(written.error());
        // A person created by this step did not exist before it: its scopes were empty.
        for (const RowScope &scope : GroupWriter::personScopes(written->personId, 0))
            before->addEmptyScope(scope);

        auto entry = addJournalEntry(group.isMerge() ? u"merge"_s : u"create"_s,
            Tr::tr("%1 ← %2").arg(memberName(group), sources.join(u" + "_s)), decisionOf(working, group), *before);
        if (!entry)
            return failed(entry.error());
        Sql link(m_db,
            u"UPDATE import_row SET status = :status, person_id = :person, organisation_id = :organisation, "
            "journal_id = :journal WHERE id = :id"_s);
        for (qint64 rowId : std::as_const(rowIds)) {
            link.bind(u":status"_s, group.isMerge() ? u"merged"_s : u"created"_s)
                .bind(u":person"_s, written->personId ? QVariant(written->personId) : QVariant())
                .bind(u":organisation"_s, written->organisationId ? QVariant(written->organisationId) : QVariant())
                .bind(u":journal"_s, *entry)
                .bind(u":id"_s, rowId);
            if (auto ran = link.exec(context); !ran)
                return tl::unexpected(ran.error());
        }
        if (auto closed = closeJournalEntry(*entry, *before); !closed)
            return tl::unexpected(closed.error());
        outcome.journalIds << *entry;
        (group.isMerge() ? outcome.merged : outcome.created) += 1;
        count(outcome.counts, group, target);
    }
    if (auto updated = updateBatchStatuses(m_db); !updated)
        return tl::unexpected(updated.error());
    // The review is written: its saved decisions are done with.
    if (auto cleared = ReviewDraft(m_db).clear(); !cleared)
        return tl::unexpected(cleared.error());
    m_db.markChanged(Database::Change::Members);
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    files = working;
    return outcome;
}

Result<qint64> MergeApplier::addJournalEntry(
    const QString &action, const QString &summary, const QJsonObject &decision, const RowSnapshot &before)
{
    Sql journal(m_db,
        u"INSERT INTO merge_journal (action, summary, decision, rows_before, rows_after, applied_at, operation_id) "
        "VALUES (:action, :summary, :decision, :before, '[]', :at, :operation) RETURNING id"_s);
    journal.bind(u":action"_s, action)
        .bind(u":operation"_s, m_operationId)
        .bind(u":summary"_s, summary)
        .bind(u":decision"_s, jsonText(decision))
        .bind(u":before"_s, jsonText(before.toJson()))
        .bind(u":at"_s, m_db.nowText());
    auto id = journal.scalar(Tr::tr("Impossible d'enregistrer la fusion"));
    if (!id)
        return tl::unexpected(id.error());
    return id->toLongLong();
}

Result<void> MergeApplier::closeJournalEntry(qint64 journalId, const RowSnapshot &before)
{
    auto after = RowSnapshot::capture(m_db, before.scopes());
    if (!after)
        return tl::unexpected(after.error());
    return Sql(m_db, u"UPDATE merge_journal SET rows_after = :after WHERE id = :id"_s)
        .bind(u":after"_s, jsonText(after->toJson()))
        .bind(u":id"_s, journalId)
        .exec(Tr::tr("Impossible d'enregistrer la fusion"));
}

Result<void> MergeApplier::restoreStep(qint64 journalId, StepAction action)
{
    const QString context = Tr::tr("Impossible d'annuler la fusion n° %1").arg(journalId);
    Sql select(m_db, u"SELECT summary, rows_before, rows_after, undone_at FROM merge_journal WHERE id = :id"_s);
    select.bind(u":id"_s, journalId);
    if (auto ran = select.exec(context); !ran)
        return ran;
    if (!select.next())
        return fail(ErrorCode::NotFound, Tr::tr("La fusion n° %1 n'existe pas.").arg(journalId));
    const QString summary = select.value(0).toString();
    if (!select.value(3).isNull())
        return fail(ErrorCode::Conflict, Tr::tr("La fusion « %1 » est déjà annulée.").arg(summary));
    auto before = RowSnapshot::fromJson(QJsonDocument::fromJson(select.value(1).toString().toUtf8()).array());
    auto after = RowSnapshot::fromJson(QJsonDocument::fromJson(select.value(2).toString().toUtf8()).array());
    select.query().finish();
    if (!before)
        return tl::unexpected(before.error());
    if (!after)
        return tl::unexpected(after.error());
    auto now = RowSnapshot::capture(m_db, after->scopes());
    if (!now)
        return tl::unexpected(now.error());
    if (!(*now == *after)) {
        return fail(ErrorCode::Conflict,
            Tr::tr("La fusion « %1 » ne peut pas être annulée : les fiches concernées ont changé depuis (modification, ou fusion plus "
                   "récente). Annulez d'abord les fusions plus récentes qui les concernent.")
                .arg(summary));
    }
    if (action == StepAction::Check)
        return {};
    if (auto restored = before->restore(m_db); !restored)
        return restored;
    if (auto refreshed = refreshSearch(m_db, *before, *after); !refreshed)
        return refreshed;
    Sql mark(m_db, u"UPDATE merge_journal SET undone_at = :at WHERE id = :id"_s);
    return mark.bind(u":at"_s, m_db.nowText()).bind(u":id"_s, journalId).exec(context);
}

Result<void> MergeApplier::undo(qint64 journalId)
{
    return undoSteps({journalId});
}

Result<void> MergeApplier::undoOperation(qint64 operationId)
{
    Sql select(m_db, u"SELECT id FROM merge_journal WHERE operation_id = :operation AND undone_at IS NULL ORDER BY id DESC"_s);
    select.bind(u":operation"_s, operationId);
    if (auto ran = select.exec(Tr::tr("Impossible d'annuler la fusion")); !ran)
        return ran;
    QList<qint64> steps;
    while (select.next())
        steps << select.value(0).toLongLong();
    select.query().finish();
    if (steps.isEmpty())
        return fail(ErrorCode::Conflict, Tr::tr("Toutes les étapes de cette fusion sont déjà annulées."));
    // Newest first: a member is put back before the organisation created for it goes.
    return undoSteps(steps);
}

Result<void> MergeApplier::undoSteps(const QList<qint64> &steps)
{
    // A refusal known beforehand makes no backup: the first step is checked as the file is now
    // (the later ones can only be checked once the steps before them are put back).
    if (auto unchanged = restoreStep(steps.value(0), StepAction::Check); !unchanged)
        return unchanged;
    // The backup's VACUUM INTO needs no transaction open: made first, then the steps are checked
    // and restored in one transaction (a refusal rolls back to exactly the file backed up).
    auto backup = backUp();
    if (!backup)
        return tl::unexpected(backup.error());
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    for (qint64 step : steps)
        if (auto restored = restoreStep(step, StepAction::Restore); !restored)
            return restored;
    if (auto updated = updateBatchStatuses(m_db); !updated)
        return updated;
    m_db.markChanged(Database::Change::Members);
    return transaction.commit();
}

Result<QList<JournalEntry>> MergeApplier::history() const
{
    Sql select(m_db,
        u"SELECT j.id, j.action, j.summary, j.applied_at, j.undone_at, (SELECT max(r.person_id) FROM import_row r "
        "WHERE r.journal_id = j.id), j.operation_id FROM merge_journal j ORDER BY j.id DESC"_s);
    if (auto ran = select.exec(Tr::tr("Impossible de lire l'historique des fusions")); !ran)
        return tl::unexpected(ran.error());
    QList<JournalEntry> entries;
    while (select.next()) {
        JournalEntry entry;
        entry.id = select.value(0).toLongLong();
        entry.isMerge = select.value(1).toString() == u"merge"_s;
        entry.summary = select.value(2).toString();
        entry.appliedAt = QDateTime::fromString(select.value(3).toString(), Qt::ISODate);
        entry.undoneAt = QDateTime::fromString(select.value(4).toString(), Qt::ISODate);
        entry.personId = select.value(5).toLongLong();
        entry.operationId = select.value(6).toLongLong();
        entries << entry;
    }
    return entries;
}

Result<QList<MergeOperation>> MergeApplier::operations() const
{
    const QString context = Tr::tr("Impossible de lire l'historique des fusions");
    Sql select(m_db,
        u"SELECT o.id, o.applied_at, o.file_names, count(j.id), count(j.undone_at) FROM merge_operation o "
        "JOIN merge_journal j ON j.operation_id = o.id GROUP BY o.id, o.applied_at, o.file_names ORDER BY o.id DESC"_s);
    if (auto ran = select.exec(context); !ran)
        return tl::unexpected(ran.error());
    QList<MergeOperation> operations;
    while (select.next()) {
        MergeOperation operation;
        operation.id = select.value(0).toLongLong();
        operation.appliedAt = QDateTime::fromString(select.value(1).toString(), Qt::ISODate);
        for (const QJsonValue &name : QJsonDocument::fromJson(select.value(2).toString().toUtf8()).array())
            operation.fileNames << name.toString();
        operation.steps = select.value(3).toInt();
        operation.undoneSteps = select.value(4).toInt();
        operations << operation;
    }
    return operations;
}

} // namespace adhera::merge
