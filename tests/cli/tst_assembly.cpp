// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/meetingstore.h"
#include "builders.h"
#include "catch.h"
#include "cli.h"
#include "clirun.h"
#include "db/database.h"
#include "members/memberfile.h"
#include "pdftext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

using Run = test::CliRun;
using test::runCli;

template <typename T>
T required(Result<T> result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
    return std::move(*result);
}

void required(Result<void> result)
{
    if (!result)
        FAIL(result.error().message.toStdString());
}

struct Ids {
    qint64 held = 0; // an ordinary assembly with locked minutes
    qint64 drafted = 0; // an extraordinary one with a draft only
    qint64 planned = 0; // nothing recorded yet
    qint64 board = 0; // a board meeting: not listed
};

// Four members, an ordinary assembly on 12/06/2026 at 18:30 in Nancy with three present, one
// represented, the accounts approved and the minutes locked; an extraordinary assembly with a
// draft; an upcoming one; a board meeting.
Ids fillAssemblies(const QString &path)
{
    auto opened = Database::open(path);
    REQUIRE(opened);
    Database &db = **opened;
    MemberFile file(db);
    MeetingStore store(db);
    QList<qint64> members;
    QList<qint64> persons;
    for (const QString &lastName : {u"ARNAUD"_s, u"BERNARD"_s, u"CHEVALIER"_s, u"DUBOIS"_s}) {
        PersonRecord record = test::person(u"Anne"_s, lastName);
        record.membership = test::membership(file, u"IND"_s, u"CONNECT"_s);
        const PersonRecord saved = test::save(file, record);
        members.append(saved.membership->id);
        persons.append(saved.person.id);
    }

    Ids ids;
    Meeting held;
    held.kind = MeetingKind::GeneralOrdinary;
    held.title = u"Assemblée générale 2026"_s;
    held.startsAt = QDateTime(QDate(2026, 6, 12), QTime(18, 30));
    held.place = u"Maison de l'Entreprise, Nancy"_s;
    held.chairPersonId = persons.at(0);
    held.secretaryPersonId = persons.at(1);
    ids.held = required(store.saveMeeting(held));
    AgendaItem accounts;
    accounts.kind = AgendaItemKind::Resolution;
    accounts.title = u"Approbation des comptes 2025"_s;
    accounts.body = u"L'assemblée générale approuve les comptes de l'exercice 2025."_s;
    const QList<AgendaItem> agenda = required(store.setAgenda(ids.held, {accounts}));
    QList<AttendanceRow> rows;
    for (const qint64 id : std::as_const(members)) {
        AttendanceRow row;
        row.membershipId = id;
        rows.append(row);
    }
    required(store.prepareAttendance(ids.held, rows));
    const QDateTime opening = held.startsAt;
    for (int i = 0; i < 3; ++i)
        required(store.checkIn(ids.held, members.at(i), Presence::Present, 0, opening));
    required(store.checkIn(ids.held, members.at(3), Presence::Represented, members.at(0), opening));
    required(store.recordVote(agenda.at(0).id, {4, 0, 0, 0, 0}, std::nullopt, opening.addSecs(1800)));
    const Minutes draft = required(store.saveDraft(ids.held,
        u"Procès-verbal de l'assemblée générale ordinaire du 12 juin 2026\n\n"
        u"L'assemblée approuve les comptes de l'exercice 2025."_s));
    required(store.lock(draft.id, persons.at(0), persons.at(1), QString()));

    Meeting drafted;
    drafted.kind = MeetingKind::GeneralExtraordinary;
    drafted.title = u"Assemblée extraordinaire statuts"_s;
    drafted.startsAt = QDateTime(QDate(2026, 9, 18), QTime(18, 0));
    drafted.place = u"Metz"_s;
    ids.drafted = required(store.saveMeeting(drafted));
    required(store.saveDraft(ids.drafted, u"Procès-verbal de l'assemblée générale extraordinaire du 18 septembre 2026"_s));

    Meeting planned;
    planned.kind = MeetingKind::GeneralOrdinary;
    planned.title = u"Assemblée générale 2027"_s;
    planned.startsAt = QDateTime(QDate(2027, 6, 10), QTime(18, 30));
    planned.place = u"Nancy"_s;
    ids.planned = required(store.saveMeeting(planned));

    Meeting board;
    board.kind = MeetingKind::Board;
    board.title = u"Conseil de rentrée"_s;
    board.startsAt = QDateTime(QDate(2026, 9, 3), QTime(12, 0));
    ids.board = required(store.saveMeeting(board));
    return ids;
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

TEST_CASE("cli assembly list: the general assemblies and where their minutes stand")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    const Ids ids = fillAssemblies(path);

    const Run table = runCli({u"--db"_s, path, u"assembly"_s, u"list"_s});
    INFO(table.err.toStdString());
    REQUIRE(table.code == cli::Success);
    CHECK(table.err.isEmpty());
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).startsWith(u"N°"_s));
    CHECK(lines.at(0).contains(u"Procès-verbal"_s));
    // Most recent first; the board meeting is not an assembly.
    CHECK(lines.at(1).startsWith(QString::number(ids.planned)));
    CHECK(lines.at(1).contains(u"10/06/2027 18:30"_s));
    CHECK(lines.at(1).trimmed().endsWith(u"—"_s));
    CHECK(lines.at(2).contains(u"AG extraordinaire"_s));
    CHECK(lines.at(2).trimmed().endsWith(u"brouillon"_s));
    CHECK(lines.at(3).contains(u"12/06/2026 18:30"_s));
    CHECK(lines.at(3).contains(u"Maison de l'Entreprise, Nancy"_s));
    CHECK(lines.at(3).contains(u"Tenue"_s));
    CHECK(lines.at(3).trimmed().endsWith(u"verrouillé v1"_s));
    CHECK(lines.at(4) == u"3 assemblée(s) générale(s)"_s);
    CHECK_FALSE(table.out.contains(u"Conseil de rentrée"_s));

    const Run csv = runCli({u"--db"_s, path, u"assembly"_s, u"list"_s, u"--format"_s, u"csv"_s});
    CHECK(csv.code == cli::Success);
    CHECK(csv.rawOut.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.out.contains(u"Assemblée générale 2026"_s));

    const Run json = runCli({u"--db"_s, path, u"assembly"_s, u"list"_s, u"--format"_s, u"json"_s});
    REQUIRE(json.code == cli::Success);
    const QJsonArray array = QJsonDocument::fromJson(json.rawOut).array();
    REQUIRE(array.size() == 3);
    const QJsonObject last = array.at(2).toObject();
    CHECK(last.value(u"id"_s).toInteger() == ids.held);
    CHECK(last.value(u"starts_at"_s).toString() == u"2026-06-12T18:30"_s);
    CHECK(last.value(u"kind"_s).toString() == u"general_ordinary"_s);
    CHECK(last.value(u"status"_s).toString() == u"held"_s);
    CHECK(last.value(u"minutes"_s).toObject().value(u"locked_version"_s).toInt() == 1);
    CHECK(array.at(0).toObject().value(u"minutes"_s).isNull());

    const Run badFormat = runCli({u"--db"_s, path, u"assembly"_s, u"list"_s, u"--format"_s, u"xlsx"_s});
    CHECK(badFormat.code == cli::BadUsage);
    CHECK(badFormat.err.contains(u"format inconnu"_s));
}

TEST_CASE("cli assembly minutes: the locked version, or the draft, as a PDF")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    const Ids ids = fillAssemblies(path);

    const QString locked = dir.filePath(u"pv-2026.pdf"_s);
    const Run held = runCli({u"--db"_s, path, u"assembly"_s, u"minutes"_s, QString::number(ids.held), u"--out"_s, locked});
    INFO(held.err.toStdString());
    REQUIRE(held.code == cli::Success);
    CHECK(held.out.contains(u"version 1 verrouillée le"_s));
    CHECK(held.out.contains(locked));
    CHECK(isPdf(locked));
    if (const auto text = test::pdfText(locked)) {
        CHECK(text->contains(u"Procès-verbal de l'assemblée générale ordinaire du 12 juin 2026"_s));
        CHECK_FALSE(text->contains(u"Brouillon"_s));
    } else {
        WARN("pdftotext (poppler-utils) is not installed: the minutes' text is not checked");
    }

    const QString draft = dir.filePath(u"pv-ex.pdf"_s);
    const Run drafted = runCli({u"--db"_s, path, u"assembly"_s, u"minutes"_s, QString::number(ids.drafted), u"--out"_s, draft});
    REQUIRE(drafted.code == cli::Success);
    CHECK(drafted.out.contains(u"en brouillon (non approuvé)"_s));
    if (const auto text = test::pdfText(draft))
        CHECK(text->contains(u"Brouillon"_s));

    const Run version
        = runCli({u"--db"_s, path, u"assembly"_s, u"minutes"_s, QString::number(ids.held), u"--out"_s, locked, u"--version"_s, u"2"_s});
    CHECK(version.code == cli::Failure);
    CHECK(version.err.contains(u"version 2"_s));

    const Run none = runCli({u"--db"_s, path, u"assembly"_s, u"minutes"_s, QString::number(ids.planned), u"--out"_s, draft});
    CHECK(none.code == cli::Failure);
    CHECK(none.err.contains(u"n'a pas encore de procès-verbal"_s));
}

TEST_CASE("cli assembly minutes: unknown assembly and bad usage")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    fillAssemblies(path);
    const QString pdf = dir.filePath(u"pv.pdf"_s);

    const Run unknown = runCli({u"--db"_s, path, u"assembly"_s, u"minutes"_s, u"999"_s, u"--out"_s, pdf});
    CHECK(unknown.code == cli::Failure);
    CHECK(unknown.err.contains(u"La réunion n°999 n'existe pas."_s));
    CHECK_FALSE(QFile::exists(pdf));

    const Run noId = runCli({u"--db"_s, path, u"assembly"_s, u"minutes"_s, u"--out"_s, pdf});
    CHECK(noId.code == cli::BadUsage);
    CHECK(noId.err.contains(u"adhera-cli assembly minutes N° --out FICHIER.pdf"_s));
    const Run notANumber = runCli({u"--db"_s, path, u"assembly"_s, u"minutes"_s, u"douze"_s, u"--out"_s, pdf});
    CHECK(notANumber.code == cli::BadUsage);
    CHECK(notANumber.err.contains(u"« douze »"_s));
    const Run noOut = runCli({u"--db"_s, path, u"assembly"_s, u"minutes"_s, u"1"_s});
    CHECK(noOut.code == cli::BadUsage);
    CHECK(noOut.err.contains(u"--out"_s));
    const Run badVersion = runCli({u"--db"_s, path, u"assembly"_s, u"minutes"_s, u"1"_s, u"--out"_s, pdf, u"--version=zéro"_s});
    CHECK(badVersion.code == cli::BadUsage);
    CHECK(badVersion.err.contains(u"version invalide"_s));
    const Run programVersion = runCli({u"--version"_s});
    CHECK(programVersion.code == cli::Success);
    CHECK(programVersion.out.startsWith(u"adhera-cli "_s));
    const Run unknownOption = runCli({u"--db"_s, path, u"assembly"_s, u"list"_s, u"--year"_s, u"2026"_s});
    CHECK(unknownOption.code == cli::BadUsage);
}

TEST_CASE("cli assembly sheet: the feuille d'émargement of an assembly as a PDF")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    const Ids ids = fillAssemblies(path);
    const QString pdf = dir.filePath(u"emargement.pdf"_s);

    const Run sheet = runCli({u"--db"_s, path, u"assembly"_s, u"sheet"_s, QString::number(ids.held), u"--out"_s, pdf});
    INFO(sheet.err.toStdString());
    REQUIRE(sheet.code == cli::Success);
    CHECK(sheet.out.contains(u"(4 membre(s) ayant le droit de vote) écrite dans"_s));
    CHECK(isPdf(pdf));
    if (const auto text = test::pdfText(pdf)) {
        CHECK(text->contains(u"Feuille d'émargement"_s));
        CHECK(text->contains(u"Anne ARNAUD"_s));
        CHECK(text->contains(u"Membres ayant le droit de vote : 4 — voix : 4"_s));
    }

    const Run unprepared = runCli({u"--db"_s, path, u"assembly"_s, u"sheet"_s, QString::number(ids.planned), u"--out"_s, pdf});
    CHECK(unprepared.code == cli::Failure);
    CHECK(unprepared.err.contains(u"n'a pas de feuille de présence préparée"_s));
    const Run unknown = runCli({u"--db"_s, path, u"assembly"_s, u"sheet"_s, u"999"_s, u"--out"_s, pdf});
    CHECK(unknown.code == cli::Failure);
    const Run noOut = runCli({u"--db"_s, path, u"assembly"_s, u"sheet"_s, QString::number(ids.held)});
    CHECK(noOut.code == cli::BadUsage);
}

TEST_CASE("cli assembly convocations: letters and proxy forms, the proof of sending and the delay warning")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    const Ids ids = fillAssemblies(path);
    const QString pdf = dir.filePath(u"convocations.pdf"_s);
    const QString planned = QString::number(ids.planned);

    const Run nobody = runCli({u"--db"_s, path, u"assembly"_s, u"convocations"_s, planned, u"--out"_s, pdf});
    CHECK(nobody.code == cli::Failure);
    CHECK(nobody.err.contains(u"n'a aucun membre actif invité"_s));
    CHECK_FALSE(QFile::exists(pdf));

    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        MeetingStore store(**opened);
        const QList<AttendanceRow> rows = required(store.attendance(ids.held));
        QList<InviteeId> who;
        for (const AttendanceRow &row : rows)
            who.append({row.membershipId, 0});
        CHECK(required(store.invite(ids.planned, who)) == 4);
    }

    // 10/06/2027: sent on 01/05/2027, 40 days ahead, no warning.
    const Run sent = runCli({u"--db"_s, path, u"assembly"_s, u"convocations"_s, planned, u"--out"_s, pdf, u"--record"_s, u"--channel"_s,
        u"email"_s, u"--sent-on"_s, u"2027-05-01"_s});
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == cli::Success);
    CHECK(sent.out.contains(u"(4 membre(s)) écrites dans"_s));
    CHECK(sent.out.contains(u"Envoi enregistré le 01/05/2027 (Courriel)"_s));
    CHECK(sent.err.isEmpty());
    CHECK(isPdf(pdf));
    if (const auto text = test::pdfText(pdf)) {
        CHECK(text->contains(u"Convocation à l'assemblée générale ordinaire"_s));
        CHECK(text->contains(u"Anne DUBOIS"_s));
        CHECK(text->count(QChar(u'\f')) == 8);
    }
    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        const QList<Invitee> invitees = required(MeetingStore(**opened).invitees(ids.planned));
        REQUIRE(invitees.size() == 4);
        for (const Invitee &invitee : invitees) {
            CHECK(invitee.convenedOn == QDate(2027, 5, 1));
            CHECK(invitee.channel == ConvocationChannel::Email);
        }
    }

    // Nine days ahead: written, with the statuts' warning, and nothing recorded without --record.
    const Run late = runCli({u"--db"_s, path, u"assembly"_s, u"convocations"_s, planned, u"--out"_s, pdf, u"--sent-on"_s, u"2027-06-01"_s});
    CHECK(late.code == cli::Success);
    CHECK(late.err.contains(u"Attention"_s));
    CHECK_FALSE(late.out.contains(u"Envoi enregistré"_s));

    const Run badChannel
        = runCli({u"--db"_s, path, u"assembly"_s, u"convocations"_s, planned, u"--out"_s, pdf, u"--channel"_s, u"pigeon"_s});
    CHECK(badChannel.code == cli::BadUsage);
    const Run board = runCli({u"--db"_s, path, u"assembly"_s, u"convocations"_s, QString::number(ids.board), u"--out"_s, pdf});
    CHECK(board.code == cli::Failure);
}

TEST_CASE("cli assembly list --all, invitees, sheet of a meeting and declarations")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"club.adhera"_s);
    const Ids ids = fillAssemblies(path);

    const Run all = runCli({u"--db"_s, path, u"assembly"_s, u"list"_s, u"--all"_s});
    REQUIRE(all.code == cli::Success);
    CHECK(all.out.contains(u"Conseil de rentrée"_s));
    CHECK(all.out.trimmed().endsWith(u"4 réunion(s)"_s));

    // The conseil has no invitee yet: said, and no file.
    const QString list = dir.filePath(u"invites.pdf"_s);
    const Run empty = runCli({u"--db"_s, path, u"assembly"_s, u"invitees"_s, QString::number(ids.board), u"--out"_s, list});
    CHECK(empty.code == cli::Failure);
    CHECK(empty.err.contains(u"« Conseil de rentrée » n'a aucun invité."_s));
    CHECK_FALSE(QFile::exists(list));
    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        MeetingStore store(**opened);
        const auto held = required(store.attendance(ids.held));
        QList<InviteeId> who;
        for (const AttendanceRow &row : held)
            who.append(InviteeId {row.membershipId, 0});
        REQUIRE(required(store.invite(ids.board, who)) == 4);
        required(store.setReply(ids.board, who.first(), Reply::Yes, QDate(2026, 8, 30)));
    }
    const Run invitees = runCli({u"--db"_s, path, u"assembly"_s, u"invitees"_s, QString::number(ids.board), u"--out"_s, list});
    INFO(invitees.err.toStdString());
    REQUIRE(invitees.code == cli::Success);
    CHECK(isPdf(list));
    const QString sheet = dir.filePath(u"presence.pdf"_s);
    const Run presence = runCli({u"--db"_s, path, u"assembly"_s, u"sheet"_s, QString::number(ids.board), u"--out"_s, sheet});
    REQUIRE(presence.code == cli::Success);
    CHECK(presence.out.contains(u"Feuille de présence « Conseil de rentrée »"_s));
    if (const auto text = test::pdfText(list)) {
        CHECK(text->contains(u"Liste des invités"_s));
        CHECK(text->contains(u"Invités : 4 — oui : 1, non : 0, peut-être : 0, sans réponse : 3"_s));
    } else {
        WARN("pdftotext (poppler-utils) is not installed: the list's text is not checked");
    }

    // The accounts are not a change to declare.
    const Run none = runCli({u"--db"_s, path, u"assembly"_s, u"declarations"_s});
    REQUIRE(none.code == cli::Success);
    CHECK(none.out.trimmed() == u"Aucune déclaration en attente."_s);

    // The 2027 assembly elects its board: three months to declare it.
    {
        auto opened = Database::open(path);
        REQUIRE(opened);
        MeetingStore store(**opened);
        AgendaItem election;
        election.kind = AgendaItemKind::Election;
        election.title = u"Élection du conseil"_s;
        const QList<AgendaItem> agenda = required(store.setAgenda(ids.planned, {election}));
        QList<AttendanceRow> rows;
        for (const AttendanceRow &row : required(store.attendance(ids.held))) {
            AttendanceRow copy;
            copy.membershipId = row.membershipId;
            rows.append(copy);
        }
        required(store.prepareAttendance(ids.planned, rows));
        const QDateTime opening(QDate(2027, 6, 10), QTime(18, 30));
        for (const AttendanceRow &row : std::as_const(rows))
            required(store.checkIn(ids.planned, row.membershipId, Presence::Present, 0, opening));
        required(store.recordVote(agenda.first().id, {4, 0, 0, 0, 0}, std::nullopt, opening.addSecs(600)));
    }
    const Run due = runCli({u"--db"_s, path, u"assembly"_s, u"declarations"_s});
    REQUIRE(due.code == cli::Success);
    // « à faire … au plus tard » until then, « échue » after: the run's date decides which.
    CHECK(due.out.startsWith(u"Déclaration"_s));
    CHECK(due.out.contains(u"au greffe des associations"_s));
    CHECK(due.out.contains(u"le 10/09/2027\u00a0: Assemblée générale 2027 du 10/06/2027 (Élection du conseil)."_s));
}
