// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"
#include "catch.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "members/memberdirectory.h"
#include "members/memberfile.h"
#include "models/membertablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace adhera;

namespace {

struct ModelFixture {
    std::unique_ptr<Database> db = test::memoryDatabase();
    MemberFile file {*db};
    MemberDirectory directory {*db};
    MemberTableModel model {directory, db->notifier()};
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    qint64 addPerson(const QString &first, const QString &last, const QString &city, const QString &club,
        MembershipStatus status = MembershipStatus::Active)
    {
        PersonRecord record = test::person(first, last);
        record.person.city = city;
        record.membership = test::membership(file, u"IND"_s, club, status);
        return test::save(file, record).membership->id;
    }

    QStringList column(int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }
};

} // namespace

TEST_CASE("member model shows the directory's rows, formatted the French way")
{
    ModelFixture f;
    CHECK(f.model.rowCount() == 0);
    CHECK(f.model.columnCount() == MemberTableModel::ColumnCount);

    OrganisationRecord company = test::organisation(u"Centre Écureuil"_s, u"Metz"_s);
    company.organisation.phone = u"+33353011234"_s;
    company.organisation.email = u"contact@ecureuil.example.org"_s;
    company.membership = test::membership(f.file, u"ENT_M"_s, u"VIATIS"_s, MembershipStatus::Pending);
    const OrganisationRecord saved = test::save(f.file, company);

    // The model follows ChangeNotifier on its own.
    REQUIRE(f.model.rowCount() == 1);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return f.model.index(0, column).data(role); };
    CHECK(cell(MemberTableModel::Name).toString() == u"Centre Écureuil"_s);
    CHECK(cell(MemberTableModel::Kind).toString() == u"Organisation"_s);
    CHECK(cell(MemberTableModel::Category).toString() == u"Entreprise 50 à 199 salariés"_s);
    CHECK(cell(MemberTableModel::Status).toString() == u"En attente"_s);
    CHECK(cell(MemberTableModel::Status, MemberTableModel::RawValueRole).toString() == u"pending"_s);
    CHECK(cell(MemberTableModel::OriginClub).toString() == u"Viatis"_s);
    CHECK(cell(MemberTableModel::City).toString() == u"Metz"_s);
    CHECK(cell(MemberTableModel::Email).toString() == u"contact@ecureuil.example.org"_s);
    CHECK(cell(MemberTableModel::Phone).toString() == u"03 53 01 12 34"_s);
    CHECK(cell(MemberTableModel::Phone, MemberTableModel::RawValueRole).toString() == u"+33353011234"_s);
    CHECK(cell(MemberTableModel::JoinedOn).toString() == u"30/03/2016"_s);
    CHECK(cell(MemberTableModel::JoinedOn, MemberTableModel::RawValueRole).toDate() == QDate(2016, 3, 30));
    CHECK(cell(MemberTableModel::Name, MemberTableModel::MembershipIdRole).toLongLong() == saved.membership->id);
    CHECK(cell(MemberTableModel::Name, MemberTableModel::OrganisationIdRole).toLongLong() == saved.organisation.id);
    CHECK(cell(MemberTableModel::Name, MemberTableModel::PersonIdRole).toLongLong() == 0);
    CHECK(f.model.headerData(MemberTableModel::Representative, Qt::Horizontal).toString() == u"Représentant"_s);

    // A table has no children.
    CHECK(f.model.rowCount(f.model.index(0, 0)) == 0);
    CHECK(f.model.columnCount(f.model.index(0, 0)) == 0);
}

TEST_CASE("member model filters and sorts in the database")
{
    ModelFixture f;
    f.addPerson(u"Hélène"_s, u"Dupont"_s, u"Nancy"_s, u"CONNECT"_s);
    f.addPerson(u"Jean"_s, u"MULLER"_s, u"Metz"_s, u"VIATIS"_s, MembershipStatus::Resigned);
    f.addPerson(u"Zoé"_s, u"Adam"_s, u"Thionville"_s, u"VIATIS"_s);
    REQUIRE(f.model.rowCount() == 3);
    CHECK(f.column(MemberTableModel::Name) == QStringList {u"ADAM Zoé"_s, u"DUPONT Hélène"_s, u"MULLER Jean"_s});

    MemberFilter filter;
    filter.search = u"helene"_s;
    f.model.setFilter(filter);
    CHECK(f.column(MemberTableModel::Name) == QStringList {u"DUPONT Hélène"_s});
    CHECK(f.model.totalCount() == 3);

    filter = {};
    filter.originClubId = test::originClubId(f.file, u"VIATIS"_s);
    f.model.setFilter(filter);
    CHECK(f.column(MemberTableModel::Name) == QStringList {u"ADAM Zoé"_s, u"MULLER Jean"_s});

    filter.status = MembershipStatus::Resigned;
    f.model.setFilter(filter);
    CHECK(f.column(MemberTableModel::Name) == QStringList {u"MULLER Jean"_s});

    f.model.setFilter({});
    QSignalSpy layoutChanged(&f.model, &QAbstractItemModel::layoutChanged);
    f.model.sort(MemberTableModel::City, Qt::DescendingOrder);
    CHECK(layoutChanged.count() == 1);
    CHECK(f.model.memberSort() == MemberSort {MemberColumn::City, Qt::DescendingOrder});
    CHECK(f.column(MemberTableModel::City) == QStringList {u"Thionville"_s, u"Nancy"_s, u"Metz"_s});
}

TEST_CASE("member model follows changes to the file")
{
    ModelFixture f;
    const qint64 helene = f.addPerson(u"Hélène"_s, u"Dupont"_s, u"Nancy"_s, u"CONNECT"_s);
    REQUIRE(f.model.rowCount() == 1);

    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    PersonRecord record = *f.file.loadPerson(f.model.index(0, 0).data(MemberTableModel::PersonIdRole).toLongLong());
    record.person.city = u"Épinal"_s;
    REQUIRE(f.file.savePerson(record));
    CHECK(reset.count() >= 1);
    CHECK(f.model.index(0, MemberTableModel::City).data().toString() == u"Épinal"_s);

    REQUIRE(f.file.removePerson(record.person.id));
    CHECK(f.model.rowCount() == 0);
    CHECK(f.model.rowOfMembership(helene) == -1);
}

TEST_CASE("member model reads large lists page by page")
{
    ModelFixture f;
    REQUIRE(demo::fillLarge(*f.db, 1000));
    const int count = f.model.rowCount();
    REQUIRE(count >= 1000);
    CHECK(f.model.totalCount() == count);

    // Far rows are fetched on demand, and stay consistent with the database's order.
    const auto rows = f.directory.page({}, {}, count - 5, 5);
    REQUIRE(rows);
    REQUIRE(rows->size() == 5);
    for (int i = 0; i < 5; ++i) {
        const QModelIndex index = f.model.index(count - 5 + i, MemberTableModel::Name);
        CHECK(index.data().toString() == rows->at(i).name);
        CHECK(index.data(MemberTableModel::MembershipIdRole).toLongLong() == rows->at(i).membershipId);
    }
    CHECK(f.model.index(0, 0).data().toString() == f.directory.page({}, {}, 0, 1)->constFirst().name);

    // Finding a member's row from a nearby hint.
    const qint64 wanted = rows->at(2).membershipId;
    CHECK(f.model.rowOfMembership(wanted, count - 1) == count - 3);
    CHECK(f.model.rowOfMembership(wanted, 0, MemberTableModel::PageSize) == -1); // too far to look
}
