// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MemberFile: loads and saves the member file's records (people, organisations, their
// memberships, jobs, board roles and consents) as whole aggregates, one transaction per save.
// Saving a record writes exactly the record given: child lists replace what was stored, and a
// record whose id is set but absent is re-created with that id (how undo brings back a deleted
// record and redo a created one). Every save validates first and keeps the search index
// (MemberDirectory) in step; views hear of it through ChangeNotifier::membersChanged.

#include "common/result.h"
#include "members/records.h"

namespace adhera {

class Database;

struct OrganisationSummary {
    qint64 id = 0;
    QString name;
    QString city;
};

struct PersonSummary {
    qint64 id = 0;
    QString displayName; // "Prénom NOM"
    QString jobTitle;
};

struct MemberFileCounts {
    int organisations = 0;
    int people = 0;
    int memberships = 0;
    int activeMemberships = 0;
    int boardRoles = 0; // current ones
};

class MemberFile final
{
public:
    explicit MemberFile(Database &db);

    Result<PersonRecord> loadPerson(qint64 personId) const;
    Result<OrganisationRecord> loadOrganisation(qint64 organisationId) const;

    // Validates (InvalidInput naming the first problem), normalises, then writes; returns the
    // record as stored, ids filled in.
    Result<PersonRecord> savePerson(const PersonRecord &record);
    Result<OrganisationRecord> saveOrganisation(const OrganisationRecord &record);

    // Removes the record with its membership, jobs, roles and consents. A person who represents
    // an organisation is unlinked from it first.
    Result<void> removePerson(qint64 personId);
    Result<void> removeOrganisation(qint64 organisationId);

    Result<QList<Category>> categories() const;
    Result<QList<OriginClub>> originClubs() const;
    Result<qint64> saveCategory(const Category &category);
    Result<qint64> saveOriginClub(const OriginClub &club);

    Result<QList<OrganisationSummary>> organisations() const; // by name
    Result<QList<PersonSummary>> currentStaff(qint64 organisationId) const; // current employees, by name
    Result<QList<PersonSummary>> people() const; // everyone in the file, by last then first name
    // Everyone who works or worked there: what removing the organisation changes (their jobs).
    Result<QList<qint64>> everEmployedAt(qint64 organisationId) const;
    // The organisations whose representative or alternate this person is.
    Result<QList<qint64>> organisationsRepresentedBy(qint64 personId) const;
    Result<MemberFileCounts> counts() const;
    // Today, as the database's clock says (tests inject a fixed one).
    QDate today() const;
    // True when the file holds no organisation, person or membership (reference data aside).
    Result<bool> isEmpty() const;

    // The file itself, for readers of what lies beside members (where a record was imported from).
    Database &database() const { return m_db; }

private:
    Database &m_db;
};

} // namespace adhera
