// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "commands/removeorganisationcommand.h"
#include "commands/removepersoncommand.h"
#include "members/memberfile.h"
#include "testsupport.h"

#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

std::unique_ptr<Database> clockedDatabase()
{
    auto db = test::memoryDatabase();
    db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc()); });
    return db;
}

} // namespace

TEST_CASE("undoing the removal of an organisation restores past and present jobs exactly")
{
    auto db = clockedDatabase();
    MemberFile file(*db);
    auto company = test::save(file, test::organisation(u"Acticall Lorraine"_s));
    auto other = test::save(file, test::organisation(u"Arvato Laxou"_s));
    PersonRecord former = test::person(u"Hervé"_s, u"Masson"_s);
    former.employments.append({0, 0, company.organisation.id, u"Superviseur"_s, QDate(2012, 1, 2), QDate(2017, 12, 31)});
    former.employments.append({0, 0, other.organisation.id, u"Responsable de plateau"_s, QDate(2018, 1, 2), QDate()});
    test::save(file, former);
    PersonRecord current = test::person(u"Céline"_s, u"Wagner"_s);
    current.employments.append({0, 0, company.organisation.id, u"Directrice"_s, QDate(2019, 3, 1), QDate()});
    current = test::save(file, current);
    company.membership = test::membership(file, u"ENT_L"_s, u"CONNECT"_s);
    company.membership->representativeId = current.person.id;
    test::save(file, company);
    const QString before = test::dumpContent(*db);

    auto command = RemoveOrganisationCommand::prepare(*db, file, company.organisation.id);
    REQUIRE(command);
    QUndoStack stack;
    stack.push(command->release());
    CHECK(file.loadOrganisation(company.organisation.id).error().code == ErrorCode::NotFound);
    CHECK(test::dumpContent(*db) != before);
    stack.undo();
    CHECK(test::dumpContent(*db) == before);
    stack.redo();
    CHECK(file.counts()->organisations == 1);
}

TEST_CASE("undoing the removal of a representative who never worked there restores the link")
{
    auto db = clockedDatabase();
    MemberFile file(*db);
    PersonRecord consultant = test::save(file, test::person(u"Dominique"_s, u"Roth"_s));
    auto company = test::organisation(u"Institut Relation Client"_s);
    company.membership = test::membership(file, u"INST"_s, u"VIATIS"_s);
    company.membership->representativeId = consultant.person.id;
    test::save(file, company);
    const QString before = test::dumpContent(*db);

    auto command = RemovePersonCommand::prepare(*db, file, consultant.person.id);
    REQUIRE(command);
    QUndoStack stack;
    stack.push(command->release());
    CHECK(file.counts()->people == 0);
    stack.undo();
    CHECK(test::dumpContent(*db) == before);
}
