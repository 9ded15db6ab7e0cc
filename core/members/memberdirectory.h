// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MemberDirectory: the member list as the window and the CLI show it, one row per membership,
// searched, filtered, sorted and paged *in the database* so it stays fast at 100,000 members.
// Search is accent- and case-insensitive ("helene" finds "Hélène", "muller" finds "MULLER"):
// every membership has a row of folded words in member_directory, indexed by FTS5 and kept up
// to date by SearchIndex; each typed word must be a prefix of one of the member's words.

#include "common/result.h"
#include "members/records.h"

#include <optional>

namespace adhera {

class Database;

enum class MemberKind { Organisation, Person };

struct MemberFilter {
    QString search;
    std::optional<MembershipStatus> status;
    qint64 categoryId = 0; // 0: all
    qint64 originClubId = 0; // 0: all
    std::optional<MemberKind> kind;
    bool operator==(const MemberFilter &) const = default;
};

enum class MemberColumn { Name, Kind, Category, Status, OriginClub, City, Representative, Email, Phone, JoinedOn };

struct MemberSort {
    MemberColumn column = MemberColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const MemberSort &) const = default;
};

struct MemberRow {
    qint64 membershipId = 0;
    qint64 organisationId = 0; // set for an organisation member
    qint64 personId = 0; // set for an individual member
    MemberKind kind = MemberKind::Organisation;
    QString name; // organisation name, or "NOM Prénom"
    QString category;
    MembershipStatus status = MembershipStatus::Active;
    QString originClub;
    QString city;
    QString postcode;
    QString representative; // "Prénom NOM", organisations only
    QString email;
    QString phone; // E.164
    QDate joinedOn;
    QDate leftOn;
};

class MemberDirectory final
{
public:
    explicit MemberDirectory(Database &db);

    Result<int> count(const MemberFilter &filter) const;
    Result<QList<MemberRow>> page(const MemberFilter &filter, const MemberSort &sort, int offset, int limit) const;

private:
    Database &m_db;
};

} // namespace adhera
