// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdraft.h"

#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::merge {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::merge::ReviewDraft)
};

QString decisionCode(Decision decision)
{
    switch (decision) {
    case Decision::Accepted: return u"accepted"_s;
    case Decision::Rejected: return u"rejected"_s;
    case Decision::Undecided: break;
    }
    return u"undecided"_s;
}

Decision decisionFromCode(const QString &code)
{
    if (code == "accepted"_L1)
        return Decision::Accepted;
    if (code == "rejected"_L1)
        return Decision::Rejected;
    return Decision::Undecided;
}

// "first_name=b,email=a", in the order of the fields, so that one pair always reads the same.
QString keptValuesText(const ReviewPair &pair)
{
    QStringList parts;
    for (const importing::ImportField field : importing::allImportFields())
        if (const auto kept = pair.takeB.constFind(field); kept != pair.takeB.cend())
            parts << importing::toCode(field) + u'=' + (*kept ? u'b' : u'a');
    return parts.join(u',');
}

QHash<importing::ImportField, bool> keptValuesFrom(const QString &text, bool swapped)
{
    QHash<importing::ImportField, bool> kept;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString code = part.section(u'=', 0, 0);
        const auto field = importing::importFieldFromCode(code);
        if (field)
            kept.insert(*field, (part.section(u'=', 1) == "b"_L1) != swapped);
    }
    return kept;
}

struct Saved {
    Decision decision = Decision::Undecided;
    QString keptValues;
    bool keepBothEmails = false;
    bool keepBothPhones = false;
};

} // namespace

ReviewDraft::ReviewDraft(Database &db) : m_db(db)
{ }

Result<void> ReviewDraft::save(const ReviewSession &session, const ReviewPair &pair)
{
    const QString context = Tr::tr("Impossible d'enregistrer la décision sur la paire");
    const QString a = session.recordKey(pair.a);
    const QString b = session.recordKey(pair.b);
    if (a.isEmpty() || b.isEmpty())
        return {}; // records not stored (a review started before the files were): nothing to key
    const QString kept = keptValuesText(pair);
    if (pair.decision == Decision::Undecided && kept.isEmpty() && !pair.keepBothEmails && !pair.keepBothPhones) {
        Sql forget(m_db, u"DELETE FROM review_decision WHERE record_a = :a AND record_b = :b"_s);
        return forget.bind(u":a"_s, a).bind(u":b"_s, b).exec(context);
    }
    Sql upsert(m_db,
        u"INSERT INTO review_decision (record_a, record_b, decision, kept_values, keep_both_emails, keep_both_phones, decided_at) "
        "VALUES (:a, :b, :decision, :kept, :emails, :phones, :at) "
        "ON CONFLICT (record_a, record_b) DO UPDATE SET decision = excluded.decision, kept_values = excluded.kept_values, "
        "keep_both_emails = excluded.keep_both_emails, keep_both_phones = excluded.keep_both_phones, decided_at = excluded.decided_at"_s);
    upsert.bind(u":a"_s, a)
        .bind(u":b"_s, b)
        .bind(u":decision"_s, decisionCode(pair.decision))
        .bind(u":kept"_s, kept)
        .bind(u":emails"_s, pair.keepBothEmails ? 1 : 0)
        .bind(u":phones"_s, pair.keepBothPhones ? 1 : 0)
        .bind(u":at"_s, m_db.nowText());
    return upsert.exec(context);
}

Result<void> ReviewDraft::saveAll(const ReviewSession &session)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    // Only pairs with something to keep: a pair left undecided here was never saved, and a
    // DELETE for each of them would cost more than the decisions themselves.
    for (const ReviewPair &pair : session.pairs()) {
        if (pair.decision == Decision::Undecided && pair.takeB.isEmpty() && !pair.keepBothEmails && !pair.keepBothPhones)
            continue;
        if (auto saved = save(session, pair); !saved)
            return saved;
    }
    return transaction.commit();
}

Result<int> ReviewDraft::restore(ReviewSession &session) const
{
    Sql select(m_db, u"SELECT record_a, record_b, decision, kept_values, keep_both_emails, keep_both_phones FROM review_decision"_s);
    if (auto ran = select.exec(Tr::tr("Impossible de lire les décisions de la revue interrompue")); !ran)
        return tl::unexpected(ran.error());
    QHash<QString, Saved> saved;
    while (select.next())
        saved.insert(select.value(0).toString() + u'\n' + select.value(1).toString(),
            {decisionFromCode(select.value(2).toString()), select.value(3).toString(), select.value(4).toBool(), select.value(5).toBool()});
    int restored = 0;
    for (ReviewPair &pair : session.pairs()) {
        const QString a = session.recordKey(pair.a);
        const QString b = session.recordKey(pair.b);
        if (a.isEmpty() || b.isEmpty())
            continue;
        // The matcher may list the two records the other way round this time.
        bool swapped = false;
        auto found = saved.constFind(a + u'\n' + b);
        if (found == saved.cend()) {
            found = saved.constFind(b + u'\n' + a);
            swapped = true;
        }
        if (found == saved.cend())
            continue;
        pair.decision = found->decision;
        pair.takeB = keptValuesFrom(found->keptValues, swapped);
        pair.keepBothEmails = found->keepBothEmails;
        pair.keepBothPhones = found->keepBothPhones;
        ++restored;
    }
    return restored;
}

Result<ReviewDraft::Summary> ReviewDraft::summary() const
{
    Sql select(m_db, u"SELECT COUNT(*), MAX(decided_at) FROM review_decision"_s);
    if (auto ran = select.exec(Tr::tr("Impossible de lire les décisions de la revue interrompue")); !ran)
        return tl::unexpected(ran.error());
    Summary summary;
    if (select.next()) {
        summary.decisions = select.value(0).toInt();
        summary.lastDecidedAt = QDateTime::fromString(select.value(1).toString(), Qt::ISODate);
    }
    return summary;
}

Result<void> ReviewDraft::clear()
{
    Sql forget(m_db, u"DELETE FROM review_decision"_s);
    return forget.exec(Tr::tr("Impossible d'oublier les décisions de la revue interrompue"));
}

} // namespace adhera::merge
