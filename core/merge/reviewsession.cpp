// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsession.h"

#include "db/database.h"
#include "db/sql.h"
#include "importing/importstore.h"
#include "merge/normalise.h"
#include "merge/valuechoice.h"
#include "text/textfold.h"

#include <QCoreApplication>

#include <numeric>

using namespace Qt::StringLiterals;

namespace adhera::merge {

using importing::FieldValues;
using importing::ImportField;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::merge)
};

// Pairs below this probability are not worth a person's attention, even in the rejected band.
constexpr double reviewFloor = 0.05;

// Union–find over the records of a session.
class Groups final
{
public:
    explicit Groups(int size) : m_parent(size), m_existing(size, 0) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int root(int node)
    {
        while (m_parent[node] != node)
            node = m_parent[node] = m_parent[m_parent[node]];
        return node;
    }
    void markExisting(int node) { m_existing[node] = 1; }
    // Joins two groups unless both already hold a member of the file.
    bool join(int a, int b)
    {
        a = root(a);
        b = root(b);
        if (a == b)
            return true;
        if (m_existing[a] + m_existing[b] > 1)
            return false;
        m_parent[b] = a;
        m_existing[a] += m_existing[b];
        return true;
    }

private:
    std::vector<int> m_parent;
    std::vector<int> m_existing;
};

} // namespace

qint64 MergeGroup::existingPersonId() const
{
    return !records.isEmpty() && records.front().isExisting() ? records.front().personId : 0;
}

ReviewSession::ReviewSession(QList<importing::ImportFile> files, QList<ExistingPerson> existing, QSet<QString> distinctPairs)
    : m_files(std::move(files)), m_existing(std::move(existing)), m_distinct(std::move(distinctPairs))
{
    for (qsizetype index = 0; index < m_existing.size(); ++index)
        m_existingIndex.insert(m_existing[index].personId, int(index));
}

Result<QList<ExistingPerson>> ReviewSession::loadExisting(Database &db)
{
    Sql select(db,
        u"SELECT p.id, p.civility, p.first_name, p.last_name, p.email, p.phone, p.mobile, p.job_title, p.address, p.postcode, "
        "p.city, o.name, o.siren FROM person p LEFT JOIN employment e ON e.person_id = p.id AND e.end_date IS NULL "
        "LEFT JOIN organisation o ON o.id = e.organisation_id ORDER BY p.id"_s);
    if (auto ran = select.exec(Tr::tr("Impossible de lire les personnes du fichier")); !ran)
        return tl::unexpected(ran.error());
    QList<ExistingPerson> people;
    const ImportField fields[] = {ImportField::Civility, ImportField::FirstName, ImportField::LastName, ImportField::Email,
        ImportField::Phone, ImportField::Mobile, ImportField::JobTitle, ImportField::Address, ImportField::Postcode, ImportField::City,
        ImportField::Organisation, ImportField::Siren};
    while (select.next()) {
        ExistingPerson person;
        person.personId = select.value(0).toLongLong();
        for (int column = 0; column < int(std::size(fields)); ++column)
            person.values[std::size_t(fields[column])] = select.value(column + 1).toString();
        people << person;
    }
    return people;
}

bool ReviewSession::run(const std::function<void(const QString &, int)> &progress, const std::atomic<bool> *cancel)
{
    m_pairs.clear();
    // The rows worth matching, per file, and every row together for the match against the file.
    QList<std::vector<FieldValues>> fileValues(m_files.size());
    QList<QList<RecordRef>> fileRefs(m_files.size());
    std::vector<FieldValues> allValues;
    QList<RecordRef> allRefs;
    for (int file = 0; file < m_files.size(); ++file) {
        for (int row = 0; row < m_files[file].rows.size(); ++row) {
            const importing::SourceRow &source = m_files[file].rows[row];
            if (source.skipped())
                continue;
            fileValues[file].push_back(source.values);
            fileRefs[file] << RecordRef {file, row, 0};
            allValues.push_back(source.values);
            allRefs << RecordRef {file, row, 0};
        }
    }
    std::vector<FieldValues> existingValues;
    QList<RecordRef> existingRefs;
    for (const ExistingPerson &person : std::as_const(m_existing)) {
        existingValues.push_back(person.values);
        existingRefs << RecordRef {-1, -1, person.personId};
    }

    const int fileCount = int(m_files.size());
    const int runs = fileCount * (fileCount - 1) / 2 + fileCount + (existingValues.empty() ? 0 : 1);
    int done = 0;
    auto settingsFor = [&](const QString &what) {
        MatchSettings settings;
        settings.keepThreshold = reviewFloor;
        settings.cancel = cancel;
        const int base = done;
        settings.progress = [&, base, what](const QString &step, int percent) {
            if (progress)
                progress(what + u" — "_s + step, (100 * base + percent) / std::max(1, runs));
        };
        return settings;
    };

    for (int a = 0; a < fileCount; ++a) {
        for (int b = a + 1; b < fileCount; ++b) {
            const auto run = MatchRun::link(
                fileValues[a], fileValues[b], settingsFor(Tr::tr("%1 et %2").arg(m_files[a].clubName, m_files[b].clubName)));
            if (run.cancelled())
                return false;
            addPairs(run, PairKind::CrossFile, fileRefs[a], fileRefs[b], true);
            ++done;
        }
    }
    for (int file = 0; file < fileCount; ++file) {
        const auto run = MatchRun::dedupe(fileValues[file], settingsFor(Tr::tr("Doublons dans %1").arg(m_files[file].fileName)));
        if (run.cancelled())
            return false;
        addPairs(run, PairKind::InFile, fileRefs[file], fileRefs[file], false);
        ++done;
    }
    if (!existingValues.empty()) {
        const auto run = MatchRun::link(existingValues, allValues, settingsFor(Tr::tr("Fichier des adhérents")));
        if (run.cancelled())
            return false;
        addPairs(run, PairKind::Existing, existingRefs, allRefs, true);
    }
    std::stable_sort(
        m_pairs.begin(), m_pairs.end(), [](const ReviewPair &x, const ReviewPair &y) { return x.probability > y.probability; });
    if (progress)
        progress(Tr::tr("Terminé"), 100);
    return true;
}

const QList<importing::RowProblem> &ReviewSession::problemsOf(const RecordRef &record)
{
    if (!record.isExisting())
        return m_files[record.file].rows[record.row].problems;
    auto found = m_existingProblems.find(record.personId);
    if (found == m_existingProblems.end())
        found = m_existingProblems.emplace(record.personId, importing::checkRow(values(record))).first;
    return found->second;
}

void ReviewSession::addPairs(const MatchRun &run, PairKind kind, const QList<RecordRef> &left, const QList<RecordRef> &right, bool linking)
{
    const std::vector<ScoredPair> chosen = linking ? oneToOne(run.pairs(), reviewFloor) : run.pairs();
    for (const ScoredPair &scored : chosen) {
        ReviewPair pair;
        pair.a = left[scored.left];
        pair.b = right[scored.right];
        pair.kind = kind;
        pair.probability = scored.probability;
        pair.band = run.band(scored);
        pair.explanation = run.explain(scored);
        pair.rememberedDistinct = m_distinct.contains(importing::ImportStore::pairKey(fingerprintOf(pair.a), fingerprintOf(pair.b)));
        if (pair.rememberedDistinct)
            pair.decision = Decision::Rejected;
        // A row of an export is more recent than the member already in the file.
        pair.proposals = proposeValues({values(pair.a), values(pair.b), problemsOf(pair.a), problemsOf(pair.b),
            pair.b.isExisting() && !pair.a.isExisting(), pair.a.isExisting() && !pair.b.isExisting()});
        m_pairs << pair;
    }
}

const FieldValues &ReviewSession::values(const RecordRef &record) const
{
    if (record.isExisting())
        return m_existing[m_existingIndex.value(record.personId)].values;
    return m_files[record.file].rows[record.row].values;
}

QString ReviewSession::sourceName(const RecordRef &record) const
{
    if (record.isExisting())
        return Tr::tr("Fichier des adhérents");
    const importing::ImportFile &file = m_files[record.file];
    return Tr::tr("%1, ligne %2").arg(file.clubName.isEmpty() ? file.fileName : file.clubName).arg(file.rows[record.row].line);
}

QString ReviewSession::fingerprintOf(const RecordRef &record) const
{
    return importing::fingerprint(values(record));
}

bool ReviewSession::takesB(const ReviewPair &pair, ImportField field) const
{
    if (const auto chosen = pair.takeB.constFind(field); chosen != pair.takeB.cend())
        return *chosen;
    if (const auto proposed = pair.proposals.constFind(field); proposed != pair.proposals.cend())
        return proposed->takeB;
    return values(pair.a)[std::size_t(field)].isEmpty();
}

QString ReviewSession::recordKey(const RecordRef &record) const
{
    if (record.isExisting())
        return u"person:"_s + QString::number(record.personId);
    const qint64 rowId = m_files[record.file].rows[record.row].id;
    return rowId > 0 ? u"row:"_s + QString::number(rowId) : QString();
}

QList<ImportField> ReviewSession::conflicts(const ReviewPair &pair) const
{
    QList<ImportField> fields;
    const FieldValues &a = values(pair.a);
    const FieldValues &b = values(pair.b);
    for (ImportField field : importing::allImportFields()) {
        if (field == ImportField::SourceId || field == ImportField::Notes)
            continue;
        const QString &left = a[std::size_t(field)];
        const QString &right = b[std::size_t(field)];
        if (!left.isEmpty() && !right.isEmpty() && comparableValue(field, left) != comparableValue(field, right))
            fields << field;
    }
    return fields;
}

int ReviewSession::acceptSureWithoutConflicts()
{
    int accepted = 0;
    for (ReviewPair &pair : m_pairs) {
        if (pair.band == Band::Sure && pair.decision == Decision::Undecided && conflicts(pair).isEmpty()) {
            pair.decision = Decision::Accepted;
            ++accepted;
        }
    }
    return accepted;
}

int ReviewSession::count(Band band) const
{
    return int(std::count_if(m_pairs.begin(), m_pairs.end(), [band](const ReviewPair &pair) { return pair.band == band; }));
}

int ReviewSession::undecided() const
{
    // A pair scored below the review band is not merged unless accepted: nothing to decide there.
    return int(std::count_if(m_pairs.begin(), m_pairs.end(),
        [](const ReviewPair &pair) { return pair.decision == Decision::Undecided && pair.band != Band::Rejected; }));
}

namespace {

bool isUndecidedSure(const ReviewPair &pair, bool existing)
{
    return pair.band == Band::Sure && pair.decision == Decision::Undecided && (pair.kind == PairKind::Existing) == existing;
}

} // namespace

int ReviewSession::undecidedSure(bool existing) const
{
    return int(
        std::count_if(m_pairs.begin(), m_pairs.end(), [existing](const ReviewPair &pair) { return isUndecidedSure(pair, existing); }));
}

int ReviewSession::acceptUndecidedSure(bool existing)
{
    int accepted = 0;
    for (ReviewPair &pair : m_pairs) {
        if (isUndecidedSure(pair, existing)) {
            pair.decision = Decision::Accepted;
            ++accepted;
        }
    }
    return accepted;
}

QList<MergeGroup> ReviewSession::groups() const
{
    // Nodes: the rows of every file, then the members already in the file.
    QList<int> offsets;
    int size = 0;
    for (const importing::ImportFile &file : m_files) {
        offsets << size;
        size += int(file.rows.size());
    }
    const int existingOffset = size;
    size += int(m_existing.size());
    auto node = [&](const RecordRef &record) {
        return record.isExisting() ? existingOffset + m_existingIndex.value(record.personId) : offsets[record.file] + record.row;
    };
    auto recordOf = [&](int index) {
        if (index >= existingOffset)
            return RecordRef {-1, -1, m_existing[index - existingOffset].personId};
        int file = int(m_files.size()) - 1;
        while (offsets[file] > index)
            --file;
        return RecordRef {file, index - offsets[file], 0};
    };

    Groups unions(size);
    for (int index = existingOffset; index < size; ++index)
        unions.markExisting(index);
    QList<const ReviewPair *> accepted;
    for (const ReviewPair &pair : m_pairs)
        if (pair.decision == Decision::Accepted && unions.join(node(pair.a), node(pair.b)))
            accepted << &pair;

    QHash<int, MergeGroup> byRoot;
    QList<int> rootOrder;
    auto add = [&](int index) {
        const int root = unions.root(index);
        if (!byRoot.contains(root))
            rootOrder << root;
        MergeGroup &group = byRoot[root];
        const RecordRef record = recordOf(index);
        if (record.isExisting())
            group.records.prepend(record);
        else
            group.records << record;
    };
    for (int index = 0; index < existingOffset; ++index) {
        const RecordRef record = recordOf(index);
        if (!m_files[record.file].rows[record.row].skipped())
            add(index);
    }
    for (const ReviewPair *pair : std::as_const(accepted))
        if (pair->a.isExisting())
            add(node(pair->a));

    for (MergeGroup &group : byRoot) {
        // Default: for each field, the first value found, the member already in the file first.
        for (const RecordRef &record : std::as_const(group.records)) {
            const FieldValues &source = values(record);
            for (std::size_t field = 0; field < group.chosen.size(); ++field)
                if (group.chosen[field].isEmpty())
                    group.chosen[field] = source[field];
        }
    }
    for (const ReviewPair *pair : std::as_const(accepted)) {
        MergeGroup &group = byRoot[unions.root(node(pair->a))];
        group.probability = std::min(group.probability, pair->probability);
        const FieldValues &a = values(pair->a);
        const FieldValues &b = values(pair->b);
        // The value the user clicked, else the one proposed (valuechoice.h).
        for (const ImportField field : importing::allImportFields()) {
            const std::size_t index = std::size_t(field);
            if (!pair->takeB.contains(field) && (!pair->proposals.contains(field) || a[index].isEmpty() || b[index].isEmpty()))
                continue;
            group.chosen[index] = (takesB(*pair, field) ? b : a)[index];
        }
        auto keepOther = [&](ImportField field, QStringList &extras, bool keep) {
            if (!keep)
                return;
            for (const FieldValues *side : {&a, &b}) {
                const QString &value = (*side)[std::size_t(field)];
                if (!value.isEmpty() && comparableValue(field, value) != comparableValue(field, group.chosen[std::size_t(field)])
                    && !extras.contains(value))
                    extras << value;
            }
        };
        keepOther(ImportField::Email, group.extraEmails, pair->keepBothEmails);
        keepOther(ImportField::Phone, group.extraPhones, pair->keepBothPhones);
        keepOther(ImportField::Mobile, group.extraPhones, pair->keepBothPhones);
    }
    QList<MergeGroup> groups;
    for (int root : std::as_const(rootOrder))
        groups << byRoot.value(root);
    return groups;
}

} // namespace adhera::merge
