// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PersonDirectory: the people list (representatives, contacts, individual members), searched,
// filtered, sorted and paged in the database like MemberDirectory, through person_directory.

#include "common/result.h"
#include "members/records.h"

namespace adhera {

class Database;

enum class PersonScope { Everyone, Representatives, Board, IndividualMembers };

struct PersonFilter {
    QString search;
    PersonScope scope = PersonScope::Everyone;
    bool operator==(const PersonFilter &) const = default;
};

enum class PersonColumn { Name, Employer, JobTitle, City, Email, Phone };

struct PersonSort {
    PersonColumn column = PersonColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const PersonSort &) const = default;
};

struct PersonRow {
    qint64 personId = 0;
    QString name; // "NOM Prénom"
    QString jobTitle;
    qint64 employerId = 0;
    QString employer;
    QString email;
    QString phone; // E.164: the landline, else the mobile
    QString city;
    bool representative = false; // titulaire or suppléant of a member organisation
    bool individualMember = false;
    QList<BoardPosition> boardPositions; // current ones
};

class PersonDirectory final
{
public:
    explicit PersonDirectory(Database &db);

    Result<int> count(const PersonFilter &filter) const;
    Result<QList<PersonRow>> page(const PersonFilter &filter, const PersonSort &sort, int offset, int limit) const;

private:
    Database &m_db;
};

} // namespace adhera
