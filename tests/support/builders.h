// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small record builders for tests: valid by default, changed with plain assignments.

#include "importing/importfield.h"
#include "members/memberfile.h"
#include "members/records.h"

namespace adhera::test {

// The id of the category or origin club with this code in a fresh database.
qint64 categoryId(MemberFile &file, const QString &code);
qint64 originClubId(MemberFile &file, const QString &code);

PersonRecord person(const QString &firstName, const QString &lastName);
OrganisationRecord organisation(const QString &name, const QString &city = QStringLiteral("Metz"));

// Saves and returns the stored record; fails the test on error.
PersonRecord save(MemberFile &file, const PersonRecord &record);
// Marc WEBER, already a member: tests/data/merge-viatis.csv exports him again (line 7).
qint64 saveMarcWeber(MemberFile &file);
OrganisationRecord save(MemberFile &file, const OrganisationRecord &record);

// An import row built from the fields it has: fieldValues({{ImportField::LastName, u"Dupont"_s}, …}).
importing::FieldValues fieldValues(std::initializer_list<std::pair<importing::ImportField, QString>> fields);

Membership membership(
    MemberFile &file, const QString &categoryCode, const QString &clubCode, MembershipStatus status = MembershipStatus::Active);

} // namespace adhera::test
