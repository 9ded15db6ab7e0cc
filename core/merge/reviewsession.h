// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ReviewSession: the pairs the merge wizard shows, and the user's decisions on them.
// run() matches the rows of the import files against each other (one-to-one across files),
// inside each file, and against the people already in the member file; each pair lands in a
// band (sure, to review, rejected) with its explanation. Pairs the user once called "not a
// duplicate" start rejected. groups() then turns the accepted pairs into the members to write:
// every row of the files belongs to exactly one group, a group holds at most one member already
// in the file, and the values of each field are chosen per pair (or left to the defaults).

#include "importing/importfile.h"
#include "merge/matcher.h"
#include "merge/valuechoice.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <unordered_map>

namespace adhera {
class Database;
}

namespace adhera::merge {

// A record under review: a row of an import file, or a person already in the member file.
struct RecordRef {
    int file = -1; // index of the file in the session; -1 for a member already in the file
    int row = -1; // index of the row in its file
    qint64 personId = 0; // when file is -1
    bool isExisting() const { return file < 0; }
    bool operator==(const RecordRef &) const = default;
};

struct ExistingPerson {
    qint64 personId = 0;
    importing::FieldValues values;
};

enum class PairKind { CrossFile, InFile, Existing };
enum class Decision { Undecided, Accepted, Rejected };

struct ReviewPair {
    RecordRef a;
    RecordRef b;
    PairKind kind = PairKind::CrossFile;
    double probability = 0;
    Band band = Band::Rejected;
    Explanation explanation;
    Decision decision = Decision::Undecided;
    bool rememberedDistinct = false; // a person said so in an earlier run
    // The side the user chose per field (false: a, true: b); a field not chosen keeps the value
    // proposed, else a's, or b's when a's is empty (ReviewSession::takesB).
    QHash<importing::ImportField, bool> takeB;
    QHash<importing::ImportField, ProposedValue> proposals; // the better value and why
    bool keepBothEmails = false;
    bool keepBothPhones = false;
};

struct MergeGroup {
    QList<RecordRef> records; // the member already in the file first, if any
    importing::FieldValues chosen; // the values the member gets
    QStringList extraEmails; // kept besides chosen e-mail ("keep both")
    QStringList extraPhones;
    double probability = 1; // the weakest accepted link of the group (1 for a single row)
    bool isMerge() const { return records.size() > 1; }
    qint64 existingPersonId() const;
};

class ReviewSession final
{
public:
    ReviewSession(QList<importing::ImportFile> files, QList<ExistingPerson> existing, QSet<QString> distinctPairs = {});

    // The people of the member file, as the matcher sees them (name, employer, contacts).
    static Result<QList<ExistingPerson>> loadExisting(Database &db);

    // Matches everything; false when cancelled. Progress goes from 0 to 100 over all runs.
    bool run(const std::function<void(const QString &step, int percent)> &progress = {}, const std::atomic<bool> *cancel = nullptr);

    const QList<importing::ImportFile> &files() const { return m_files; }
    QList<ReviewPair> &pairs() { return m_pairs; }
    const QList<ReviewPair> &pairs() const { return m_pairs; }

    const importing::FieldValues &values(const RecordRef &record) const;
    QString sourceName(const RecordRef &record) const; // "Connect, ligne 12" or "Fichier des adhérents"
    QString fingerprintOf(const RecordRef &record) const;
    // What names the record across sessions: "row:<import_row id>" once its file is stored,
    // "person:<id>" for a member of the file; empty for a row not stored yet.
    QString recordKey(const RecordRef &record) const;
    // Whether the merged member keeps b's value of the field.
    bool takesB(const ReviewPair &pair, importing::ImportField field) const;

    // Fields whose values differ between the two sides (both non-empty, not equal once folded).
    QList<importing::ImportField> conflicts(const ReviewPair &pair) const;
    // Accepts every undecided pair of the sure band without a conflicting field; returns how many.
    int acceptSureWithoutConflicts();
    int count(Band band) const;
    // Undecided pairs of the sure and review bands: those the review is for.
    int undecided() const;
    // Undecided pairs of the sure band: between rows of the files (existing false), or a row and
    // a member already in the file (« déjà adhérent », existing true). Left undecided, each
    // would be written as a second person.
    int undecidedSure(bool existing) const;
    // Accepts them all; returns how many.
    int acceptUndecidedSure(bool existing);

    QList<MergeGroup> groups() const;

private:
    // What validation found in the record: an import row's own problems, checked once for a
    // member already in the file.
    const QList<importing::RowProblem> &problemsOf(const RecordRef &record);
    void addPairs(const MatchRun &run, PairKind kind, const QList<RecordRef> &left, const QList<RecordRef> &right, bool oneToOne);

    QList<importing::ImportFile> m_files;
    QList<ExistingPerson> m_existing;
    QHash<qint64, int> m_existingIndex;
    // checkRow, once per member; node-based so that references to it stay valid as it grows.
    std::unordered_map<qint64, QList<importing::RowProblem>> m_existingProblems;

    QSet<QString> m_distinct;
    QList<ReviewPair> m_pairs;
};

} // namespace adhera::merge
