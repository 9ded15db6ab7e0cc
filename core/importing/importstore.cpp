// SPDX-License-Identifier: GPL-3.0-or-later
#include "importstore.h"

#include "db/database.h"
#include "db/sql.h"
#include "i18n/displayformat.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace adhera::importing {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::importing)
};

QString headerSignature(const QStringList &headers)
{
    QStringList folded;
    for (const QString &header : headers)
        folded << text::fold(header);
    return folded.join(u'|');
}

QString toJsonText(const QStringList &cells)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cells)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QString &text)
{
    QStringList cells;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        cells << value.toString();
    return cells;
}

QString contentDigest(const ImportFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(file.headers.join(u'\x1f').toUtf8());
    for (const SourceRow &row : file.rows) {
        hash.addData(QByteArrayView("\x1e"));
        hash.addData(row.cells.join(u'\x1f').toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString problemsText(const QList<RowProblem> &problems)
{
    QStringList lines;
    for (const RowProblem &problem : problems)
        lines << toCode(problem.field) + u": "_s + problem.message;
    return lines.join(u'\n');
}

} // namespace

ImportStore::ImportStore(Database &db) : m_db(db)
{ }

Result<void> ImportStore::stage(ImportFile &file)
{
    if (file.batchId != 0)
        return fail(ErrorCode::Conflict, Tr::tr("Le fichier %1 est déjà importé.").arg(file.fileName));
    const QString context = Tr::tr("Impossible d'enregistrer l'import de %1").arg(file.fileName);
    const QString digest = contentDigest(file);
    Sql earlier(
        m_db, u"SELECT file_name, imported_at, status FROM import_batch WHERE origin_club_id = :club AND content_digest = :digest"_s);
    earlier.bind(u":club"_s, file.originClubId).bind(u":digest"_s, digest);
    if (auto ran = earlier.exec(context); !ran)
        return ran;
    if (earlier.next()) {
        const QDateTime at = QDateTime::fromString(earlier.value(1).toString(), Qt::ISODate).toLocalTime();
        if (earlier.value(2).toString() == "pending"_L1)
            return fail(ErrorCode::Conflict,
                Tr::tr("Ces lignes attendent déjà parmi les imports en attente (fichier %1, enregistré le %2)\u00a0: cochez cet import "
                       "plutôt que d'ajouter le fichier à nouveau.")
                    .arg(earlier.value(0).toString(), i18n::displayDateTime(at)));
        return fail(ErrorCode::Conflict,
            Tr::tr("Ces lignes ont déjà été importées le %1 (fichier %2) : un même export n'est pas importé deux fois.")
                .arg(i18n::displayDateTime(at), earlier.value(0).toString()));
    }
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Sql batch(m_db,
        u"INSERT INTO import_batch (origin_club_id, file_name, encoding, headers, column_map, content_digest, imported_at, status) "
        "VALUES (:club, :file, :encoding, :headers, :map, :digest, :at, 'pending')"_s);
    batch.bind(u":club"_s, file.originClubId)
        .bind(u":file"_s, file.fileName)
        .bind(u":encoding"_s, file.encoding)
        .bind(u":headers"_s, toJsonText(file.headers))
        .bind(u":map"_s, file.mapping.toSpec(file.headers))
        .bind(u":digest"_s, digest)
        .bind(u":at"_s, m_db.nowText());
    if (auto ran = batch.exec(context); !ran)
        return ran;
    const qint64 batchId = batch.lastInsertId();
    Sql row(m_db, u"INSERT INTO import_row (batch_id, line, cells, problems, status) VALUES (:batch, :line, :cells, :problems, :status)"_s);
    QList<qint64> ids;
    for (const SourceRow &source : std::as_const(file.rows)) {
        row.bind(u":batch"_s, batchId)
            .bind(u":line"_s, source.line)
            .bind(u":cells"_s, toJsonText(source.cells))
            .bind(u":problems"_s, problemsText(source.problems))
            .bind(u":status"_s, source.skipped() ? u"skipped"_s : u"pending"_s);
        if (auto ran = row.exec(context); !ran)
            return ran;
        ids << row.lastInsertId();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    file.batchId = batchId;
    for (qsizetype index = 0; index < file.rows.size(); ++index)
        file.rows[index].id = ids[index];
    return {};
}

Result<void> ImportStore::updateStaged(const ImportFile &file)
{
    const QString context = Tr::tr("Impossible d'enregistrer la correspondance des colonnes de %1").arg(file.fileName);
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Sql batch(m_db, u"UPDATE import_batch SET origin_club_id = :club, column_map = :map WHERE id = :id AND status = 'pending'"_s);
    batch.bind(u":club"_s, file.originClubId).bind(u":map"_s, file.mapping.toSpec(file.headers)).bind(u":id"_s, file.batchId);
    if (auto ran = batch.exec(context); !ran)
        return ran;
    Sql row(m_db, u"UPDATE import_row SET problems = :problems, status = :status WHERE id = :id AND status IN ('pending', 'skipped')"_s);
    for (const SourceRow &source : file.rows) {
        row.bind(u":problems"_s, problemsText(source.problems))
            .bind(u":status"_s, source.skipped() ? u"skipped"_s : u"pending"_s)
            .bind(u":id"_s, source.id);
        if (auto ran = row.exec(context); !ran)
            return ran;
    }
    return transaction.commit();
}

Result<void> ImportStore::discardPending(qint64 batchId)
{
    const QString context = Tr::tr("Impossible de retirer l'import en attente");
    Sql used(m_db, u"SELECT COUNT(*) FROM import_row WHERE batch_id = :id AND status IN ('created', 'merged')"_s);
    if (auto ran = used.bind(u":id"_s, batchId).exec(context); !ran)
        return ran;
    if (used.next() && used.value(0).toInt() > 0)
        return fail(ErrorCode::Conflict,
            Tr::tr("Une partie de cet import est déjà dans le fichier des adhérents\u00a0: il reste dans l'historique des fusions et ne "
                   "peut pas "
                   "être retiré."));
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    Sql decisions(m_db,
        u"DELETE FROM review_decision WHERE record_a IN (SELECT 'row:' || id FROM import_row WHERE batch_id = :a) "
        "OR record_b IN (SELECT 'row:' || id FROM import_row WHERE batch_id = :b)"_s);
    if (auto ran = decisions.bind(u":a"_s, batchId).bind(u":b"_s, batchId).exec(context); !ran)
        return ran;
    Sql rows(m_db, u"DELETE FROM import_row WHERE batch_id = :id"_s);
    if (auto ran = rows.bind(u":id"_s, batchId).exec(context); !ran)
        return ran;
    Sql batch(m_db, u"DELETE FROM import_batch WHERE id = :id AND status = 'pending'"_s);
    if (auto ran = batch.bind(u":id"_s, batchId).exec(context); !ran)
        return ran;
    return transaction.commit();
}

Result<QList<ImportFile>> ImportStore::pendingFiles() const
{
    const QString context = Tr::tr("Impossible de lire les imports en attente");
    Sql batches(m_db,
        u"SELECT b.id, b.origin_club_id, c.name, b.file_name, b.encoding, b.headers, b.column_map FROM import_batch b "
        "JOIN origin_club c ON c.id = b.origin_club_id WHERE b.status = 'pending' ORDER BY b.id"_s);
    if (auto ran = batches.exec(context); !ran)
        return tl::unexpected(ran.error());
    QList<ImportFile> files;
    while (batches.next()) {
        ImportFile file;
        file.batchId = batches.value(0).toLongLong();
        file.originClubId = batches.value(1).toLongLong();
        file.clubName = batches.value(2).toString();
        file.fileName = batches.value(3).toString();
        file.encoding = batches.value(4).toString();
        file.headers = fromJsonText(batches.value(5).toString());
        file.mapping
            = ColumnMapping::fromSpec(batches.value(6).toString(), file.headers).value_or(ColumnMapping::fromHeaders(file.headers));
        files << file;
    }
    for (ImportFile &file : files) {
        Sql rows(m_db, u"SELECT id, line, cells FROM import_row WHERE batch_id = :batch AND status = 'pending' ORDER BY line, id"_s);
        rows.bind(u":batch"_s, file.batchId);
        if (auto ran = rows.exec(context); !ran)
            return tl::unexpected(ran.error());
        while (rows.next()) {
            SourceRow row {rows.value(0).toLongLong(), rows.value(1).toInt(), fromJsonText(rows.value(2).toString()), {}, {}};
            row.values = file.mapping.values(row.cells);
            row.problems = checkRow(row.values);
            file.rows << row;
        }
    }
    return files;
}

Result<int> ImportStore::pendingRowCount() const
{
    return Sql(m_db,
        u"SELECT count(*) FROM import_row r JOIN import_batch b ON b.id = r.batch_id "
        "WHERE r.status = 'pending' AND b.status = 'pending'"_s)
        .scalar(Tr::tr("Impossible de lire les imports en attente"))
        .transform([](const QVariant &count) { return count.toInt(); });
}

Result<QList<RowOrigin>> ImportStore::originsOfPerson(qint64 personId) const
{
    Sql select(m_db,
        u"SELECT c.name, b.file_name, r.line, b.imported_at, b.headers, r.cells FROM import_row r "
        "JOIN import_batch b ON b.id = r.batch_id JOIN origin_club c ON c.id = b.origin_club_id "
        "WHERE r.person_id = :person ORDER BY b.imported_at, b.id, r.line"_s);
    select.bind(u":person"_s, personId);
    if (auto ran = select.exec(Tr::tr("Impossible de lire l'origine de la fiche")); !ran)
        return tl::unexpected(ran.error());
    QList<RowOrigin> origins;
    while (select.next()) {
        origins << RowOrigin {select.value(0).toString(), select.value(1).toString(), select.value(2).toInt(),
            QDateTime::fromString(select.value(3).toString(), Qt::ISODate), fromJsonText(select.value(4).toString()),
            fromJsonText(select.value(5).toString())};
    }
    return origins;
}

Result<void> ImportStore::rememberLayout(qint64 originClubId, const QStringList &headers, const ColumnMapping &mapping)
{
    return Sql(m_db,
        u"INSERT INTO import_layout (origin_club_id, header_signature, column_map, updated_at) VALUES (:club, :signature, :map, :at) "
        "ON CONFLICT (origin_club_id, header_signature) DO UPDATE SET column_map = excluded.column_map, updated_at = excluded.updated_at"_s)
        .bind(u":club"_s, originClubId)
        .bind(u":signature"_s, headerSignature(headers))
        .bind(u":map"_s, mapping.toSpec(headers))
        .bind(u":at"_s, m_db.nowText())
        .exec(Tr::tr("Impossible d'enregistrer la correspondance des colonnes"));
}

std::optional<ColumnMapping> ImportStore::rememberedLayout(qint64 originClubId, const QStringList &headers) const
{
    Sql select(m_db, u"SELECT column_map FROM import_layout WHERE origin_club_id = :club AND header_signature = :signature"_s);
    select.bind(u":club"_s, originClubId).bind(u":signature"_s, headerSignature(headers));
    if (!select.exec(Tr::tr("Impossible de lire la correspondance des colonnes")) || !select.next())
        return std::nullopt;
    auto mapping = ColumnMapping::fromSpec(select.value(0).toString(), headers);
    return mapping ? std::optional(*mapping) : std::nullopt;
}

QString ImportStore::pairKey(const QString &fingerprintA, const QString &fingerprintB)
{
    const auto [low, high] = std::minmax(fingerprintA, fingerprintB);
    return low + u'\n' + high;
}

Result<void> ImportStore::markDistinct(const QString &fingerprintA, const QString &fingerprintB)
{
    const auto [low, high] = std::minmax(fingerprintA, fingerprintB);
    return Sql(m_db,
        u"INSERT INTO match_decision (fingerprint_a, fingerprint_b, decision, decided_at) VALUES (:a, :b, 'distinct', :at) "
        "ON CONFLICT DO NOTHING"_s)
        .bind(u":a"_s, low)
        .bind(u":b"_s, high)
        .bind(u":at"_s, m_db.nowText())
        .exec(Tr::tr("Impossible d'enregistrer la décision « pas un doublon »"));
}

Result<void> ImportStore::forgetDistinct(const QString &fingerprintA, const QString &fingerprintB)
{
    const auto [low, high] = std::minmax(fingerprintA, fingerprintB);
    return Sql(m_db, u"DELETE FROM match_decision WHERE fingerprint_a = :a AND fingerprint_b = :b"_s)
        .bind(u":a"_s, low)
        .bind(u":b"_s, high)
        .exec(Tr::tr("Impossible d'enregistrer la décision « pas un doublon »"));
}

Result<QSet<QString>> ImportStore::distinctPairs() const
{
    Sql select(m_db, u"SELECT fingerprint_a, fingerprint_b FROM match_decision WHERE decision = 'distinct'"_s);
    if (auto ran = select.exec(Tr::tr("Impossible de lire les décisions « pas un doublon »")); !ran)
        return tl::unexpected(ran.error());
    QSet<QString> pairs;
    while (select.next())
        pairs.insert(select.value(0).toString() + u'\n' + select.value(1).toString());
    return pairs;
}

QString fingerprint(const FieldValues &values)
{
    QStringList parts;
    for (ImportField field : {ImportField::FirstName, ImportField::LastName, ImportField::Organisation, ImportField::Email})
        parts << text::fold(values[std::size_t(field)]);
    return parts.join(u'|');
}

} // namespace adhera::importing
