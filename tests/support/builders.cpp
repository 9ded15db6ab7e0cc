// SPDX-License-Identifier: GPL-3.0-or-later
#include "builders.h"

#include "catch.h"

namespace adhera::test {

qint64 categoryId(MemberFile &file, const QString &code)
{
    auto categories = file.categories();
    REQUIRE(categories);
    for (const Category &category : *categories)
        if (category.code == code)
            return category.id;
    FAIL("no category " << code.toStdString());
    return 0;
}

qint64 originClubId(MemberFile &file, const QString &code)
{
    auto clubs = file.originClubs();
    REQUIRE(clubs);
    for (const OriginClub &club : *clubs)
        if (club.code == code)
            return club.id;
    FAIL("no origin club " << code.toStdString());
    return 0;
}

PersonRecord person(const QString &firstName, const QString &lastName)
{
    PersonRecord record;
    record.person.firstName = firstName;
    record.person.lastName = lastName;
    return record;
}

OrganisationRecord organisation(const QString &name, const QString &city)
{
    OrganisationRecord record;
    record.organisation.name = name;
    record.organisation.city = city;
    return record;
}

PersonRecord save(MemberFile &file, const PersonRecord &record)
{
    auto saved = file.savePerson(record);
    if (!saved)
        FAIL(saved.error().message.toStdString());
    return *saved;
}

OrganisationRecord save(MemberFile &file, const OrganisationRecord &record)
{
    auto saved = file.saveOrganisation(record);
    if (!saved)
        FAIL(saved.error().message.toStdString());
    return *saved;
}

Membership membership(MemberFile &file, const QString &categoryCode, const QString &clubCode, MembershipStatus status)
{
    Membership m;
    m.categoryId = categoryId(file, categoryCode);
    m.originClubId = clubCode.isEmpty() ? 0 : originClubId(file, clubCode);
    m.status = status;
    m.joinedOn = QDate(2016, 3, 30);
    return m;
}

qint64 saveMarcWeber(MemberFile &file)
{
    PersonRecord weber = person(QStringLiteral("Marc"), QStringLiteral("WEBER"));
    weber.person.email = QStringLiteral("marc.weber@example.org");
    weber.person.city = QStringLiteral("Thionville");
    return save(file, weber).person.id;
}

importing::FieldValues fieldValues(std::initializer_list<std::pair<importing::ImportField, QString>> fields)
{
    importing::FieldValues row;
    for (const auto &[field, value] : fields)
        row[std::size_t(field)] = value;
    return row;
}

} // namespace adhera::test
