// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SearchIndex keeps the member and people lists' search tables up to date: member_directory
// (one row per membership) and person_directory (one row per person) hold folded words and a
// sort key, mirrored in FTS5 by triggers. Text is folded here, in C++, because SQLite's own
// lower()/upper() only know ASCII. MemberFile calls it inside its transactions.

#include "common/result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace adhera {

class Database;

class SearchIndex final
{
public:
    explicit SearchIndex(Database &db);

    // After a person changed: their own row, their membership, the memberships they represent.
    Result<void> refreshForPerson(qint64 personId);
    // After an organisation changed: its membership, and its staff (found by employer name).
    Result<void> refreshForOrganisation(qint64 organisationId);
    // Rewrites both tables from scratch (after bulk writes).
    Result<void> rebuild();

private:
    Database &m_db;
};

// "hel mul" → "\"hel\"* \"mul\"*" (every typed word must start one of the row's words), or an
// empty string when nothing searchable was typed. Terms are folded letters and digits, so
// quoting them is enough to keep FTS syntax out.
QString ftsMatchExpression(const QString &typed);

} // namespace adhera
