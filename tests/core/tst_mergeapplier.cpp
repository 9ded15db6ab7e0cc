// SPDX-License-Identifier: GPL-3.0-or-later
// The merge wizard's engine end to end: two club files read, reviewed and merged into the member
// file, then every merge undone, individually, back to the exact previous content.
#include "builders.h"
#include "catch.h"
#include "db/sql.h"
#include "importing/importstore.h"
#include "members/memberfile.h"
#include "members/personnames.h"
#include "merge/mergeapplier.h"
#include "merge/reviewdraft.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace adhera;
using importing::ImportField;

namespace {

// The member file's content, the journal aside (undoing adds to it on purpose).
QString memberContent(Database &db)
{
    QStringList lines = test::dumpContent(db).split(u'\n');
    // The history of merges stays, undone steps included.
    lines.removeIf([](const QString &line) { return line.startsWith(u"merge_journal: "_s) || line.startsWith(u"merge_operation: "_s); });
    return lines.join(u'\n');
}

importing::ImportFile readFile(Database &db, const QString &name, const QString &clubCode)
{
    auto file = importing::ImportFile::read(test::dataPath(name));
    REQUIRE(file);
    MemberFile members(db);
    file->originClubId = test::originClubId(members, clubCode);
    file->clubName = clubCode == u"CONNECT"_s ? u"Connect"_s : u"Viatis"_s;
    return *file;
}

struct Fixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    qint64 weberId = 0;

    Fixture()
    {
        MemberFile members(*db);
        weberId = test::saveMarcWeber(members);
    }

    // Both sample files staged as pending imports, as the command line or the demo leaves them.
    QList<importing::ImportFile> stagedFiles()
    {
        QList<importing::ImportFile> files {
            readFile(*db, u"merge-connect.csv"_s, u"CONNECT"_s), readFile(*db, u"merge-viatis.csv"_s, u"VIATIS"_s)};
        importing::ImportStore store(*db);
        for (auto &file : files)
            REQUIRE(store.stage(file));
        return files;
    }

    merge::ReviewSession reviewed(const QList<importing::ImportFile> &files)
    {
        auto existing = merge::ReviewSession::loadExisting(*db);
        REQUIRE(existing);
        auto distinct = importing::ImportStore(*db).distinctPairs();
        REQUIRE(distinct);
        merge::ReviewSession session(files, *existing, *distinct);
        REQUIRE(session.run());
        return session;
    }
};

const merge::ReviewPair *findPair(const merge::ReviewSession &session, const QString &nameA, const QString &nameB)
{
    for (const merge::ReviewPair &pair : session.pairs()) {
        const QString a = session.values(pair.a)[std::size_t(ImportField::FirstName)];
        const QString b = session.values(pair.b)[std::size_t(ImportField::FirstName)];
        if ((a == nameA && b == nameB) || (a == nameB && b == nameA))
            return &pair;
    }
    return nullptr;
}

int count(Database &db, const QString &sql)
{
    auto value = Sql(db, sql).scalar(u"count"_s);
    REQUIRE(value);
    return value->toInt();
}

} // namespace

TEST_CASE("the review finds the duplicates across files, inside a file and against the member file", "[merge]")
{
    Fixture fixture;
    const auto session = fixture.reviewed(fixture.stagedFiles());

    const auto *dupont = findPair(session, u"Jean-Pierre"_s, u"J-P"_s);
    REQUIRE(dupont);
    CHECK(dupont->kind == merge::PairKind::CrossFile);
    CHECK(dupont->probability >= 0.5);
    const auto *lefevre = findPair(session, u"Hélène"_s, u"Helene"_s);
    REQUIRE(lefevre);
    CHECK(lefevre->band == merge::Band::Sure);
    const auto *roux = findPair(session, u"Julie"_s, u"Julie"_s);
    REQUIRE(roux);
    CHECK(roux->kind == merge::PairKind::InFile);
    CHECK(roux->band == merge::Band::Sure);

    bool weberFound = false;
    for (const auto &pair : session.pairs())
        if (pair.kind == merge::PairKind::Existing && pair.a.personId == fixture.weberId)
            weberFound = pair.probability >= 0.5;
    CHECK(weberFound);

    // The homonym at another company and the colleague sharing a surname are not sure matches.
    for (const auto &pair : session.pairs()) {
        const auto &a = session.values(pair.a);
        const auto &b = session.values(pair.b);
        if (a[std::size_t(ImportField::LastName)].compare(u"martin"_s, Qt::CaseInsensitive) == 0) {
            INFO(QString(a[std::size_t(ImportField::FirstName)] + u' ' + b[std::size_t(ImportField::FirstName)] + u' '
                + b[std::size_t(ImportField::Organisation)] + u' ' + QString::number(pair.probability))
                     .toStdString());
            CHECK(pair.band != merge::Band::Sure);
        }
        CAPTURE(session.sourceName(pair.a), session.sourceName(pair.b), pair.probability);
        CHECK(pair.explanation.contributions.size() == merge::comparisonsFor(merge::Subject::Person).size());
    }
}

TEST_CASE("merging writes one member per group with its provenance and a journal entry", "[merge]")
{
    Fixture fixture;
    auto files = fixture.stagedFiles();
    auto session = fixture.reviewed(files);
    CHECK(session.acceptSureWithoutConflicts() > 0);
    for (auto &pair : session.pairs())
        if (pair.decision == merge::Decision::Undecided && pair.band != merge::Band::Rejected)
            pair.decision = merge::Decision::Accepted;
    const QList<merge::MergeGroup> groups = session.groups();
    const int peopleBefore = count(*fixture.db, u"SELECT count(*) FROM person"_s);

    merge::MergeApplier applier(*fixture.db);
    auto outcome = applier.apply(files, groups);
    REQUIRE(outcome);
    CHECK(outcome->created + outcome->merged == groups.size());
    // One entry per member, plus one per organisation created (undone on its own, after its staff).
    CHECK(outcome->journalIds.size() == groups.size() + count(*fixture.db, u"SELECT count(*) FROM organisation"_s));
    CHECK(outcome->merged >= 4);

    const int newPeople = count(*fixture.db, u"SELECT count(*) FROM person"_s) - peopleBefore;
    const int groupsWithoutExisting
        = int(std::count_if(groups.begin(), groups.end(), [](const auto &g) { return g.existingPersonId() == 0; }));
    CHECK(newPeople == groupsWithoutExisting);
    // Every row is accounted for: none pending, each linked to its member and its journal entry.
    CHECK(count(*fixture.db, u"SELECT count(*) FROM import_row WHERE status = 'pending'"_s) == 0);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM import_row WHERE journal_id IS NULL"_s) == 0);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM import_batch WHERE status = 'applied'"_s) == 2);
    // Jean-Pierre Dupont is one person, linked to his Connect row and his Viatis row.
    CHECK(count(*fixture.db, u"SELECT count(*) FROM person WHERE last_name LIKE 'dupont'"_s) == 1);
    CHECK(count(*fixture.db,
              u"SELECT count(DISTINCT b.origin_club_id) FROM import_row r JOIN import_batch b ON b.id = r.batch_id "
              "JOIN person p ON p.id = r.person_id WHERE p.last_name LIKE 'dupont'"_s)
        == 2);
    // Connect's export shouts its names (« MARTIN »): they are written as in running text.
    CHECK(count(*fixture.db, u"SELECT count(*) FROM person WHERE email = 'sophie.martin@example.org' AND last_name = 'Martin'"_s) == 1);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM person WHERE last_name = 'MARTIN'"_s) == 0);
    // Marc Weber joined the member already in the file.
    CHECK(count(*fixture.db, u"SELECT count(*) FROM person WHERE first_name = 'Marc'"_s) == 1);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM import_row WHERE person_id = %1"_s.arg(fixture.weberId)) == 1);
    // Teleperformance is one organisation for its two employees, whatever the legal form written.
    CHECK(count(*fixture.db, u"SELECT count(*) FROM organisation WHERE name LIKE '%erformance%'"_s) == 1);
    // An invalid value is not lost: the person's notes keep it.
    CHECK(count(*fixture.db, u"SELECT count(*) FROM person WHERE last_name = 'Bernard' AND notes LIKE '%pas-un-numero%'"_s) == 1);
    // The member list finds the merged people.
    CHECK(count(*fixture.db,
              u"SELECT count(*) FROM person_directory WHERE person_id IN (SELECT id FROM person WHERE last_name LIKE 'dupont')"_s)
        == 1);
}

TEST_CASE("every merge can be undone on its own, and undoing them all restores the content exactly", "[merge]")
{
    Fixture fixture;
    auto files = fixture.stagedFiles();
    const QString before = memberContent(*fixture.db);
    auto session = fixture.reviewed(files);
    session.acceptSureWithoutConflicts();
    for (auto &pair : session.pairs())
        if (pair.decision == merge::Decision::Undecided && pair.band == merge::Band::Review)
            pair.decision = merge::Decision::Accepted;
    const auto groups = session.groups();

    merge::MergeApplier applier(*fixture.db);
    auto outcome = applier.apply(files, groups);
    REQUIRE(outcome);
    REQUIRE(outcome->journalIds.size() >= 3);
    const QString merged = memberContent(*fixture.db);
    CHECK(merged != before);

    SECTION("one entry alone: its member goes, its rows wait again, the others stay")
    {
        const qint64 first = Sql(*fixture.db, u"SELECT min(journal_id) FROM import_row"_s).scalar(u"first"_s)->toLongLong();
        const auto undone = applier.undo(first);
        INFO((undone ? QString() : undone.error().message).toStdString());
        REQUIRE(undone);
        CHECK(count(*fixture.db, u"SELECT count(*) FROM import_row WHERE journal_id = %1"_s.arg(first)) == 0);
        CHECK(count(*fixture.db, u"SELECT count(*) FROM import_row WHERE status = 'pending'"_s) >= 1);
        CHECK(count(*fixture.db, u"SELECT count(*) FROM person WHERE last_name = 'DUPONT'"_s) == 0);
        CHECK(count(*fixture.db, u"SELECT count(*) FROM import_batch WHERE status = 'pending'"_s) >= 1);
        auto history = applier.history();
        REQUIRE(history);
        CHECK(history->size() == outcome->journalIds.size());
        CHECK(std::count_if(history->begin(), history->end(), [](const auto &entry) { return entry.undoneAt.isValid(); }) == 1);
        const auto again = applier.undo(first);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::Conflict);
    }

    SECTION("all entries, newest first: the file is back as it was")
    {
        for (auto id = outcome->journalIds.rbegin(); id != outcome->journalIds.rend(); ++id) {
            INFO("undo " << *id);
            REQUIRE(applier.undo(*id));
        }
        CHECK(memberContent(*fixture.db) == before);
    }

    SECTION("a member changed since its merge is not overwritten: the undo refuses and says why")
    {
        const qint64 last = outcome->journalIds.back();
        auto person = Sql(*fixture.db, u"SELECT person_id FROM import_row WHERE journal_id = %1 AND person_id IS NOT NULL"_s.arg(last))
                          .scalar(u"person"_s);
        REQUIRE(person);
        REQUIRE(
            Sql(*fixture.db, u"UPDATE person SET notes = 'modifiée à la main' WHERE id = %1"_s.arg(person->toLongLong())).exec(u"edit"_s));
        const QString edited = memberContent(*fixture.db);
        const auto refused = applier.undo(last);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(u"changé depuis"_s));
        CHECK(memberContent(*fixture.db) == edited);
    }
}

TEST_CASE("a failure in the middle of a merge leaves the member file exactly as it was", "[merge]")
{
    Fixture fixture;
    auto files = fixture.stagedFiles();
    auto session = fixture.reviewed(files);
    session.acceptSureWithoutConflicts();
    auto groups = session.groups();
    REQUIRE(groups.size() >= 4);
    // The fourth member cannot be written: SQLite refuses it, as a full disk or a bug would.
    const QString failing = fromCapitals(groups[3].chosen[std::size_t(ImportField::LastName)]); // as the merge writes it
    REQUIRE_FALSE(failing.isEmpty());
    REQUIRE(Sql(*fixture.db,
        u"CREATE TRIGGER refuse_person BEFORE INSERT ON person WHEN NEW.last_name = '%1' "
        "BEGIN SELECT RAISE(ABORT, 'disque plein'); END"_s.arg(failing))
                .exec(u"trigger"_s));
    const QString before = memberContent(*fixture.db);

    merge::MergeApplier applier(*fixture.db);
    const auto outcome = applier.apply(files, groups);
    REQUIRE_FALSE(outcome);
    CHECK(outcome.error().message.contains(u"disque plein"_s));
    CHECK(memberContent(*fixture.db) == before);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM merge_journal"_s) == 0);
}

TEST_CASE("files not stored yet are stored by the merge itself, in the same transaction", "[merge]")
{
    Fixture fixture;
    QList<importing::ImportFile> files {readFile(*fixture.db, u"merge-connect.csv"_s, u"CONNECT"_s)};
    auto session = fixture.reviewed(files);
    merge::MergeApplier applier(*fixture.db);
    auto outcome = applier.apply(files, session.groups());
    REQUIRE(outcome);
    CHECK(files.front().batchId > 0);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM import_row"_s) == 8);
    // Each row keeps its cells as read, the provenance of its member.
    auto cells = Sql(*fixture.db, u"SELECT cells FROM import_row WHERE line = 2"_s).scalar(u"cells"_s);
    REQUIRE(cells);
    CHECK(cells->toString().contains(u"Jean-Pierre"_s));
    CHECK(cells->toString().contains(u"C-001"_s));
}

TEST_CASE("a pair called not a duplicate stays rejected in the next review", "[merge]")
{
    Fixture fixture;
    const auto files = fixture.stagedFiles();
    auto first = fixture.reviewed(files);
    const auto *dupont = findPair(first, u"Jean-Pierre"_s, u"J-P"_s);
    REQUIRE(dupont);
    REQUIRE(dupont->decision == merge::Decision::Undecided);
    importing::ImportStore store(*fixture.db);
    REQUIRE(store.markDistinct(first.fingerprintOf(dupont->a), first.fingerprintOf(dupont->b)));

    const auto second = fixture.reviewed(files);
    const auto *again = findPair(second, u"Jean-Pierre"_s, u"J-P"_s);
    REQUIRE(again);
    CHECK(again->rememberedDistinct);
    CHECK(again->decision == merge::Decision::Rejected);
}

TEST_CASE("on a file, merging and undoing each make a backup beside it first", "[merge]")
{
    test::TempDatabase temp;
    auto files = QList<importing::ImportFile> {readFile(*temp.db, u"merge-connect.csv"_s, u"CONNECT"_s)};
    REQUIRE(importing::ImportStore(*temp.db).stage(files.front()));
    const QString before = memberContent(*temp.db);
    merge::ReviewSession session(files, {});
    REQUIRE(session.run());
    merge::MergeApplier applier(*temp.db);
    auto outcome = applier.apply(files, session.groups());
    REQUIRE(outcome);
    CHECK(QFileInfo::exists(outcome->backupPath));
    // Newest first: each entry is undone while its rows are as it left them.
    for (auto id = outcome->journalIds.rbegin(); id != outcome->journalIds.rend(); ++id) {
        const auto undone = applier.undo(*id);
        INFO((undone ? QString() : undone.error().message).toStdString());
        REQUIRE(undone);
    }
    const QStringList backups = QDir(temp.dir.path()).entryList({u"*.avant-fusion-*"_s}, QDir::Files);
    CHECK(backups.size() >= 2);
    CHECK(memberContent(*temp.db) == before);
    // An undo refused before anything is done leaves no backup behind.
    const auto again = applier.undo(outcome->journalIds.front());
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(u"déjà annulée"_s));
    CHECK(QDir(temp.dir.path()).entryList({u"*.avant-fusion-*"_s}, QDir::Files) == backups);
}

TEST_CASE("the same export is not imported twice for a club", "[merge]")
{
    Fixture fixture;
    fixture.stagedFiles();
    const QString before = memberContent(*fixture.db);
    auto again = readFile(*fixture.db, u"merge-connect.csv"_s, u"CONNECT"_s);
    const auto refused = importing::ImportStore(*fixture.db).stage(again);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u"merge-connect.csv"_s));
    CHECK(memberContent(*fixture.db) == before);
    // The same rows from the other club are another export.
    auto other = readFile(*fixture.db, u"merge-connect.csv"_s, u"L2C"_s);
    CHECK(importing::ImportStore(*fixture.db).stage(other));
}

TEST_CASE("review decisions saved as made are put back on the same pending imports, whichever way round the pair comes", "[merge]")
{
    Fixture fixture;
    auto session = fixture.reviewed(fixture.stagedFiles());
    auto *dupont = const_cast<merge::ReviewPair *>(findPair(session, u"Jean-Pierre"_s, u"J-P"_s));
    auto *lefevre = const_cast<merge::ReviewPair *>(findPair(session, u"Hélène"_s, u"Helene"_s));
    REQUIRE(dupont);
    REQUIRE(lefevre);
    dupont->decision = merge::Decision::Accepted;
    dupont->takeB[ImportField::Email] = true;
    dupont->keepBothPhones = true;
    lefevre->decision = merge::Decision::Rejected;
    merge::ReviewDraft draft(*fixture.db);
    REQUIRE(draft.save(session, *dupont));
    REQUIRE(draft.save(session, *lefevre));
    REQUIRE(draft.summary()->decisions == 2);
    // Saved again undecided and without a choice: forgotten.
    lefevre->decision = merge::Decision::Undecided;
    REQUIRE(draft.save(session, *lefevre));
    CHECK(draft.summary()->decisions == 1);
    lefevre->decision = merge::Decision::Rejected;
    REQUIRE(draft.save(session, *lefevre));

    // The wizard closed; reopened on the pending imports as the file holds them.
    auto pending = importing::ImportStore(*fixture.db).pendingFiles();
    REQUIRE(pending);
    auto again = fixture.reviewed(*pending);
    auto *dupontAgain = const_cast<merge::ReviewPair *>(findPair(again, u"Jean-Pierre"_s, u"J-P"_s));
    REQUIRE(dupontAgain);
    // The matcher may list the two the other way round: the kept side follows the record.
    const bool wasJeanPierreFirst = again.values(dupontAgain->a)[std::size_t(ImportField::FirstName)] == u"Jean-Pierre"_s;
    std::swap(dupontAgain->a, dupontAgain->b);
    auto restored = draft.restore(again);
    REQUIRE(restored);
    CHECK(*restored == 2);
    CHECK(dupontAgain->decision == merge::Decision::Accepted);
    CHECK(dupontAgain->keepBothPhones);
    const bool keptSecond = dupontAgain->takeB.value(ImportField::Email);
    const QString kept = again.values(keptSecond ? dupontAgain->b : dupontAgain->a)[std::size_t(ImportField::Email)];
    CHECK(kept == session.values(dupont->b)[std::size_t(ImportField::Email)]);
    CHECK(wasJeanPierreFirst == (again.values(dupontAgain->b)[std::size_t(ImportField::FirstName)] == u"Jean-Pierre"_s));
    CHECK(findPair(again, u"Hélène"_s, u"Helene"_s)->decision == merge::Decision::Rejected);

    // Merged: the draft is done with, in the same transaction.
    QList<importing::ImportFile> files = again.files();
    REQUIRE(merge::MergeApplier(*fixture.db).apply(files, again.groups()));
    CHECK(draft.summary()->decisions == 0);
}

TEST_CASE("a pending import is removed with its rows and decisions, unless part of it is in the member file", "[merge]")
{
    Fixture fixture;
    QList<importing::ImportFile> files = fixture.stagedFiles();
    auto session = fixture.reviewed(files);
    auto *lefevre = const_cast<merge::ReviewPair *>(findPair(session, u"Hélène"_s, u"Helene"_s));
    REQUIRE(lefevre);
    lefevre->decision = merge::Decision::Rejected;
    REQUIRE(merge::ReviewDraft(*fixture.db).save(session, *lefevre));

    importing::ImportStore store(*fixture.db);
    REQUIRE(store.discardPending(files[1].batchId));
    CHECK(count(*fixture.db, u"SELECT count(*) FROM import_batch"_s) == 1);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM import_row WHERE batch_id = %1"_s.arg(files[1].batchId)) == 0);
    CHECK(count(*fixture.db, u"SELECT count(*) FROM review_decision"_s) == 0);

    // The other file merged, then one of its members undone: its row is pending again, but the
    // rest of the file is in the member file, so the import stays.
    QList<importing::ImportFile> kept {files[0]};
    merge::ReviewSession alone(kept, {});
    REQUIRE(alone.run());
    auto outcome = merge::MergeApplier(*fixture.db).apply(kept, alone.groups());
    REQUIRE(outcome);
    REQUIRE(merge::MergeApplier(*fixture.db).undo(outcome->journalIds.last()));
    REQUIRE(count(*fixture.db, u"SELECT count(*) FROM import_batch WHERE status = 'pending'"_s) == 1);
    const QString before = test::dumpContent(*fixture.db);
    const auto refused = store.discardPending(files[0].batchId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(test::dumpContent(*fixture.db) == before);
}

TEST_CASE("the merge's plan counts what its apply then writes: people created, completed, organisations created", "[merge]")
{
    Fixture fixture;
    QList<importing::ImportFile> files = fixture.stagedFiles();
    auto session = fixture.reviewed(files);
    REQUIRE(session.acceptSureWithoutConflicts() > 0);
    for (merge::ReviewPair &pair : session.pairs())
        if (pair.kind == merge::PairKind::Existing)
            pair.decision = merge::Decision::Accepted;
    const QList<merge::MergeGroup> groups = session.groups();
    const int people = count(*fixture.db, u"SELECT count(*) FROM person"_s);
    const int organisations = count(*fixture.db, u"SELECT count(*) FROM organisation"_s);

    merge::MergeApplier applier(*fixture.db);
    const QString before = test::dumpContent(*fixture.db);
    auto planned = applier.plan(groups);
    REQUIRE(planned);
    CHECK(test::dumpContent(*fixture.db) == before); // counting writes nothing
    auto outcome = applier.apply(files, groups);
    REQUIRE(outcome);
    CHECK(outcome->counts == *planned);
    CHECK(planned->peopleCreated == count(*fixture.db, u"SELECT count(*) FROM person"_s) - people);
    CHECK(planned->organisationsCreated == count(*fixture.db, u"SELECT count(*) FROM organisation"_s) - organisations);
    CHECK(planned->organisationsCreated > 0);
    CHECK(planned->peopleCompleted == 1);
    CHECK(planned->peopleFromSeveralRows > 0);
}
