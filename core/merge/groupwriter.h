// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GroupWriter: turns one merge group's chosen values into records of the member file: the
// organisation the person works for (found by valid SIREN, then by name without legal form, or
// created with its membership), the person (new, or the member already in the file completed),
// their current job, and the membership (the organisation's, with the person as representative
// when it has none; or the person's own when no organisation is named). It writes inside the
// caller's transaction and says which rows a journal entry must cover.

#include "common/result.h"
#include "db/rowsnapshot.h"
#include "importing/importfile.h"
#include "members/records.h"
#include "merge/normalise.h"
#include "merge/reviewsession.h"

#include <QHash>

namespace adhera {
class Database;
class MemberFile;
} // namespace adhera

namespace adhera::merge {

struct GroupTarget {
    qint64 personId = 0; // 0: a person will be created
    qint64 organisationId = 0; // 0: none named, or one will be created
    QString organisationName; // as chosen; empty when none
};

class GroupWriter final
{
public:
    GroupWriter(Database &db, MemberFile &members);

    // Reads categories, clubs and organisation names once per apply.
    Result<void> prepare();
    // Finds what the group writes into, without writing.
    GroupTarget resolve(const MergeGroup &group) const;
    // Creates the organisation a group names when resolve() found none (its own journal step,
    // so that undoing one of its employees leaves it to the others).
    Result<qint64> createOrganisation(const MergeGroup &group, qint64 originClubId);
    // As createOrganisation() without writing: the groups resolved after it find the organisation
    // it would create (for counting what a merge will do before doing it).
    void expectOrganisation(const MergeGroup &group);
    // Whether write() makes or completes a person for the group (not a row naming an
    // organisation only).
    static bool hasPerson(const MergeGroup &group);
    // Writes the group; returns the target with the person's id filled in. originClubId is the
    // club of the group's first import row.
    Result<GroupTarget> write(const MergeGroup &group, const GroupTarget &target, qint64 originClubId);

    // The rows a person's journal entry covers: the person with their jobs, roles, consents,
    // memberships and source rows, and the organisation they work for with its membership.
    static QList<RowScope> personScopes(qint64 personId, qint64 organisationId);
    // The rows an organisation's creation covers: it, its membership, its staff's jobs, its rows.
    static QList<RowScope> organisationScopes(qint64 organisationId);

private:
    struct KnownOrganisation {
        qint64 id = 0;
        OrganisationName name;
        QString city; // folded
        QString siren;
    };

    qint64 categoryFor(const QString &text, bool forOrganisation) const;
    void remember(qint64 id, const QString &name, const QString &city, const QString &siren);

    Database &m_db;
    MemberFile &m_members;
    QList<Category> m_categories;
    QList<KnownOrganisation> m_organisations;
};

} // namespace adhera::merge
