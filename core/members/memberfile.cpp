// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberfile.h"

#include "db/database.h"
#include "db/rowwriter.h"
#include "db/sql.h"
#include "members/searchindex.h"
#include "members/validation.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::MemberFile)
};

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

Error invalid(const FieldProblems &problems)
{
    QStringList messages;
    for (const FieldProblem &problem : problems)
        messages << problem.message;
    return Error {ErrorCode::InvalidInput, messages.join(u' ')};
}

Membership membershipFrom(Sql &q)
{
    Membership m;
    m.id = q.value(0).toLongLong();
    m.organisationId = q.value(1).toLongLong();
    m.personId = q.value(2).toLongLong();
    m.categoryId = q.value(3).toLongLong();
    m.status = membershipStatusFromCode(q.value(4).toString()).value_or(MembershipStatus::Active);
    m.joinedOn = dateFrom(q.value(5));
    m.leftOn = dateFrom(q.value(6));
    m.originClubId = q.value(7).toLongLong();
    m.representativeId = q.value(8).toLongLong();
    m.alternateId = q.value(9).toLongLong();
    m.notes = q.value(10).toString();
    return m;
}

const QString membershipColumns = u"id, organisation_id, person_id, category_id, status, joined_on, left_on, origin_club_id, "
                                  "representative_id, alternate_id, notes"_s;

Result<std::optional<Membership>> loadMembership(const Database &db, const QString &ownerColumn, qint64 ownerId)
{
    Sql q(db, u"SELECT %1 FROM membership WHERE %2 = :owner"_s.arg(membershipColumns, ownerColumn));
    q.bind(u":owner"_s, ownerId);
    if (auto ran = q.exec(Tr::tr("Impossible de lire l'adhésion")); !ran)
        return fail(ran.error());
    if (!q.next())
        return std::optional<Membership>();
    return std::optional<Membership>(membershipFrom(q));
}

// Calls for dues and attendance sheets keep their membership (the accounts and the minutes
// refer to it): such a member is never deleted, only marked resigned. column is a membership
// column ("id", "person_id"...).
Result<void> refuseIfOnRecord(Database &db, const QString &column, qint64 value)
{
    auto calls = Sql(db, u"SELECT count(*) FROM dues_call c JOIN membership m ON m.id = c.membership_id WHERE m.%1 = :value"_s.arg(column))
                     .bind(u":value"_s, value)
                     .scalar(Tr::tr("Impossible de lire les appels de cotisation"));
    if (!calls)
        return fail(calls.error());
    if (const int count = calls->toInt(); count > 0) {
        return fail(ErrorCode::Conflict,
            Tr::tr("Cette adhésion a %n appel(s) de cotisation : la comptabilité en garde la trace, elle ne peut pas être supprimée. "
                   "Passez plutôt l'adhésion au statut « Démissionnaire ».",
                nullptr, count));
    }
    auto sheets
        = Sql(db, u"SELECT count(*) FROM attendance a JOIN membership m ON m.id = a.membership_id WHERE m.%1 = :value"_s.arg(column))
              .bind(u":value"_s, value)
              .scalar(Tr::tr("Impossible de lire les feuilles de présence"));
    if (!sheets)
        return fail(sheets.error());
    if (const int count = sheets->toInt(); count > 0) {
        return fail(ErrorCode::Conflict,
            Tr::tr("Cette adhésion figure sur %n feuille(s) de présence d'assemblée : les procès-verbaux en gardent la trace, elle ne "
                   "peut pas être supprimée. Passez plutôt l'adhésion au statut « Démissionnaire ».",
                nullptr, count));
    }
    return {};
}

// A person who signed minutes stays in the file: the register names them.
Result<void> refuseIfSignedMinutes(Database &db, qint64 personId)
{
    auto signedCount = Sql(db, u"SELECT count(*) FROM minutes WHERE president_person_id = :person OR secretary_person_id = :person"_s)
                           .bind(u":person"_s, personId)
                           .scalar(Tr::tr("Impossible de lire les procès-verbaux"));
    if (!signedCount)
        return fail(signedCount.error());
    if (const int count = signedCount->toInt(); count > 0) {
        return fail(ErrorCode::Conflict,
            Tr::tr(
                "Cette personne a signé %n procès-verbal(aux) : le registre la nomme, elle ne peut pas être supprimée.", nullptr, count));
    }
    return {};
}

// Writes the owner's membership as given: inserted, updated, or deleted when absent.
Result<std::optional<Membership>> storeMembership(
    Database &db, std::optional<Membership> membership, const QString &ownerColumn, qint64 ownerId)
{
    if (!membership) {
        if (auto kept = refuseIfOnRecord(db, ownerColumn, ownerId); !kept)
            return fail(kept.error());
        if (auto removed = Sql(db, u"DELETE FROM membership WHERE %1 = :owner"_s.arg(ownerColumn))
                               .bind(u":owner"_s, ownerId)
                               .exec(Tr::tr("Impossible de supprimer l'adhésion"));
            !removed)
            return fail(removed.error());
        return std::optional<Membership>();
    }
    Membership &m = *membership;
    (ownerColumn == u"organisation_id"_s ? m.organisationId : m.personId) = ownerId;
    auto existing = loadMembership(db, ownerColumn, ownerId);
    if (!existing)
        return fail(existing.error());
    if (*existing && (*existing)->id != m.id && m.id > 0) {
        // The owner's membership was replaced by another one (undo across re-creation): keep the given id.
        if (auto kept = refuseIfOnRecord(db, u"id"_s, (*existing)->id); !kept)
            return fail(kept.error());
        if (auto removed = Sql(db, u"DELETE FROM membership WHERE id = :id"_s)
                               .bind(u":id"_s, (*existing)->id)
                               .exec(Tr::tr("Impossible de remplacer l'adhésion"));
            !removed)
            return fail(removed.error());
        existing = std::optional<Membership>();
    }
    if (m.id == 0 && *existing)
        m.id = (*existing)->id;
    auto membershipId = saveRow(db, u"membership"_s, m.id,
        {{u"organisation_id"_s, idOrNull(m.organisationId)}, {u"person_id"_s, idOrNull(m.personId)}, {u"category_id"_s, m.categoryId},
            {u"status"_s, toCode(m.status)}, {u"joined_on"_s, dateOrNull(m.joinedOn)}, {u"left_on"_s, dateOrNull(m.leftOn)},
            {u"origin_club_id"_s, idOrNull(m.originClubId)}, {u"representative_id"_s, idOrNull(m.representativeId)},
            {u"alternate_id"_s, idOrNull(m.alternateId)}, {u"notes"_s, m.notes}},
        Tr::tr("Impossible d'enregistrer l'adhésion"));
    if (!membershipId)
        return fail(membershipId.error());
    m.id = *membershipId;
    return membership;
}

} // namespace

MemberFile::MemberFile(Database &db) : m_db(db)
{ }

Result<PersonRecord> MemberFile::loadPerson(qint64 personId) const
{
    PersonRecord record;
    Sql q(m_db,
        u"SELECT id, civility, first_name, last_name, email, phone, mobile, job_title, address, postcode, city, notes, letter_language "
        "FROM person WHERE id = :id"_s);
    q.bind(u":id"_s, personId);
    if (auto ran = q.exec(Tr::tr("Impossible de lire la personne")); !ran)
        return fail(ran.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, Tr::tr("La personne n°%1 n'existe pas.").arg(personId));
    Person &p = record.person;
    p.id = q.value(0).toLongLong();
    p.civility = q.value(1).toString();
    p.firstName = q.value(2).toString();
    p.lastName = q.value(3).toString();
    p.email = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.mobile = q.value(6).toString();
    p.jobTitle = q.value(7).toString();
    p.address = q.value(8).toString();
    p.postcode = q.value(9).toString();
    p.city = q.value(10).toString();
    p.notes = q.value(11).toString();
    p.letterLanguage = i18n::letterLanguageFromCode(q.value(12).toString());

    auto membership = loadMembership(m_db, u"person_id"_s, personId);
    if (!membership)
        return fail(membership.error());
    record.membership = *membership;

    Sql jobs(m_db,
        u"SELECT id, organisation_id, job_title, start_date, end_date FROM employment WHERE person_id = :id "
        "ORDER BY end_date IS NULL, start_date, id"_s);
    jobs.bind(u":id"_s, personId);
    if (auto ran = jobs.exec(Tr::tr("Impossible de lire les emplois")); !ran)
        return fail(ran.error());
    while (jobs.next())
        record.employments.append({jobs.value(0).toLongLong(), personId, jobs.value(1).toLongLong(), jobs.value(2).toString(),
            dateFrom(jobs.value(3)), dateFrom(jobs.value(4))});

    Sql roles(m_db, u"SELECT id, role, start_date, end_date FROM board_role WHERE person_id = :id ORDER BY start_date, id"_s);
    roles.bind(u":id"_s, personId);
    if (auto ran = roles.exec(Tr::tr("Impossible de lire les fonctions au bureau")); !ran)
        return fail(ran.error());
    while (roles.next())
        record.boardRoles.append(
            {roles.value(0).toLongLong(), personId, boardPositionFromCode(roles.value(1).toString()).value_or(BoardPosition::Director),
                dateFrom(roles.value(2)), dateFrom(roles.value(3))});

    Sql consents(m_db, u"SELECT purpose, granted, captured_on FROM consent WHERE person_id = :id"_s);
    consents.bind(u":id"_s, personId);
    if (auto ran = consents.exec(Tr::tr("Impossible de lire les consentements")); !ran)
        return fail(ran.error());
    while (consents.next())
        if (auto purpose = consentPurposeFromCode(consents.value(0).toString()))
            record.consents.append({*purpose, consents.value(1).toBool(), dateFrom(consents.value(2))});
    std::sort(record.consents.begin(), record.consents.end(), [](const Consent &a, const Consent &b) { return a.purpose < b.purpose; });
    return record;
}

Result<OrganisationRecord> MemberFile::loadOrganisation(qint64 organisationId) const
{
    OrganisationRecord record;
    Sql q(m_db,
        u"SELECT id, name, legal_form, siren, siret, address, postcode, city, phone, email, website, headcount_band, notes "
        "FROM organisation WHERE id = :id"_s);
    q.bind(u":id"_s, organisationId);
    if (auto ran = q.exec(Tr::tr("Impossible de lire l'organisation")); !ran)
        return fail(ran.error());
    if (!q.next())
        return fail(ErrorCode::NotFound, Tr::tr("L'organisation n°%1 n'existe pas.").arg(organisationId));
    Organisation &o = record.organisation;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.legalForm = q.value(2).toString();
    o.siren = q.value(3).toString();
    o.siret = q.value(4).toString();
    o.address = q.value(5).toString();
    o.postcode = q.value(6).toString();
    o.city = q.value(7).toString();
    o.phone = q.value(8).toString();
    o.email = q.value(9).toString();
    o.website = q.value(10).toString();
    o.headcountBand = q.value(11).toString();
    o.notes = q.value(12).toString();
    auto membership = loadMembership(m_db, u"organisation_id"_s, organisationId);
    if (!membership)
        return fail(membership.error());
    record.membership = *membership;
    return record;
}

Result<PersonRecord> MemberFile::savePerson(const PersonRecord &given)
{
    PersonRecord record = validation::normalised(given);
    if (const FieldProblems problems = validation::problems(record); !problems.isEmpty())
        return fail(invalid(problems));

    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    Person &p = record.person;
    auto personId = saveRow(m_db, u"person"_s, p.id,
        {{u"civility"_s, p.civility}, {u"first_name"_s, p.firstName}, {u"last_name"_s, p.lastName}, {u"email"_s, p.email},
            {u"phone"_s, p.phone}, {u"mobile"_s, p.mobile}, {u"job_title"_s, p.jobTitle}, {u"address"_s, p.address},
            {u"postcode"_s, p.postcode}, {u"city"_s, p.city}, {u"notes"_s, p.notes}, {u"letter_language"_s, i18n::code(p.letterLanguage)}},
        Tr::tr("Impossible d'enregistrer la personne"));
    if (!personId)
        return fail(personId.error());
    p.id = *personId;

    auto membership = storeMembership(m_db, record.membership, u"person_id"_s, p.id);
    if (!membership)
        return fail(membership.error());
    record.membership = *membership;

    const QString context = Tr::tr("Impossible d'enregistrer les emplois");
    if (auto cleared = Sql(m_db, u"DELETE FROM employment WHERE person_id = :id"_s).bind(u":id"_s, p.id).exec(context); !cleared)
        return fail(cleared.error());
    for (Employment &job : record.employments) {
        job.personId = p.id;
        auto jobId = saveRow(m_db, u"employment"_s, job.id,
            {{u"person_id"_s, p.id}, {u"organisation_id"_s, job.organisationId}, {u"job_title"_s, job.jobTitle},
                {u"start_date"_s, dateOrNull(job.startDate)}, {u"end_date"_s, dateOrNull(job.endDate)}},
            context, false);
        if (!jobId)
            return fail(jobId.error());
        job.id = *jobId;
    }

    const QString rolesContext = Tr::tr("Impossible d'enregistrer les fonctions au bureau");
    if (auto cleared = Sql(m_db, u"DELETE FROM board_role WHERE person_id = :id"_s).bind(u":id"_s, p.id).exec(rolesContext); !cleared)
        return fail(cleared.error());
    for (BoardRole &role : record.boardRoles) {
        role.personId = p.id;
        auto roleId = saveRow(m_db, u"board_role"_s, role.id,
            {{u"person_id"_s, p.id}, {u"role"_s, toCode(role.position)}, {u"start_date"_s, dateOrNull(role.startDate)},
                {u"end_date"_s, dateOrNull(role.endDate)}},
            rolesContext, false);
        if (!roleId)
            return fail(roleId.error());
        role.id = *roleId;
    }

    const QString consentContext = Tr::tr("Impossible d'enregistrer les consentements");
    if (auto cleared = Sql(m_db, u"DELETE FROM consent WHERE person_id = :id"_s).bind(u":id"_s, p.id).exec(consentContext); !cleared)
        return fail(cleared.error());
    for (const Consent &consent : record.consents) {
        Sql insert(
            m_db, u"INSERT INTO consent (person_id, purpose, granted, captured_on) VALUES (:person, :purpose, :granted, :captured)"_s);
        insert.bind(u":person"_s, p.id)
            .bind(u":purpose"_s, toCode(consent.purpose))
            .bind(u":granted"_s, consent.granted ? 1 : 0)
            .bind(u":captured"_s, (consent.capturedOn.isValid() ? consent.capturedOn : today()).toString(Qt::ISODate));
        if (auto ran = insert.exec(consentContext); !ran)
            return fail(ran.error());
    }

    if (auto indexed = SearchIndex(m_db).refreshForPerson(p.id); !indexed)
        return fail(indexed.error());
    m_db.markChanged(Database::Change::Members);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return loadPerson(p.id);
}

Result<OrganisationRecord> MemberFile::saveOrganisation(const OrganisationRecord &given)
{
    OrganisationRecord record = validation::normalised(given);
    if (const FieldProblems problems = validation::problems(record); !problems.isEmpty())
        return fail(invalid(problems));

    Transaction transaction(m_db);
    if (!transaction.started())
        return fail(transaction.started().error());
    Organisation &o = record.organisation;
    auto organisationId = saveRow(m_db, u"organisation"_s, o.id,
        {{u"name"_s, o.name}, {u"legal_form"_s, o.legalForm}, {u"siren"_s, o.siren.isEmpty() ? QVariant() : QVariant(o.siren)},
            {u"siret"_s, o.siret.isEmpty() ? QVariant() : QVariant(o.siret)}, {u"address"_s, o.address}, {u"postcode"_s, o.postcode},
            {u"city"_s, o.city}, {u"phone"_s, o.phone}, {u"email"_s, o.email}, {u"website"_s, o.website},
            {u"headcount_band"_s, o.headcountBand}, {u"notes"_s, o.notes}},
        Tr::tr("Impossible d'enregistrer l'organisation"));
    if (!organisationId)
        return fail(organisationId.error());
    o.id = *organisationId;

    auto membership = storeMembership(m_db, record.membership, u"organisation_id"_s, o.id);
    if (!membership)
        return fail(membership.error());
    if (auto indexed = SearchIndex(m_db).refreshForOrganisation(o.id); !indexed)
        return fail(indexed.error());
    m_db.markChanged(Database::Change::Members);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return loadOrganisation(o.id);
}

Result<void> MemberFile::removePerson(qint64 personId)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    const QString context = Tr::tr("Impossible de supprimer la personne");
    if (auto kept = refuseIfSignedMinutes(m_db, personId); !kept)
        return kept;
    if (auto kept = refuseIfOnRecord(m_db, u"person_id"_s, personId); !kept)
        return kept;
    // Organisations this person represented list them in the search index.
    QList<qint64> represented;
    Sql reps(m_db, u"SELECT organisation_id FROM membership WHERE representative_id = :id OR alternate_id = :id"_s);
    reps.bind(u":id"_s, personId);
    if (auto ran = reps.exec(context); !ran)
        return ran;
    while (reps.next())
        represented << reps.value(0).toLongLong();
    for (const QString &statement : {u"UPDATE membership SET representative_id = NULL WHERE representative_id = :id"_s,
             u"UPDATE membership SET alternate_id = NULL WHERE alternate_id = :id"_s, u"DELETE FROM membership WHERE person_id = :id"_s,
             u"DELETE FROM person WHERE id = :id"_s}) {
        if (auto ran = Sql(m_db, statement).bind(u":id"_s, personId).exec(context); !ran)
            return ran;
    }
    SearchIndex index(m_db);
    for (qint64 organisationId : represented)
        if (auto indexed = index.refreshForOrganisation(organisationId); !indexed)
            return indexed;
    m_db.markChanged(Database::Change::Members);
    return transaction.commit();
}

Result<void> MemberFile::removeOrganisation(qint64 organisationId)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    const QString context = Tr::tr("Impossible de supprimer l'organisation");
    if (auto kept = refuseIfOnRecord(m_db, u"organisation_id"_s, organisationId); !kept)
        return kept;
    QList<qint64> staff;
    Sql people(m_db, u"SELECT person_id FROM employment WHERE organisation_id = :id"_s);
    people.bind(u":id"_s, organisationId);
    if (auto ran = people.exec(context); !ran)
        return ran;
    while (people.next())
        staff << people.value(0).toLongLong();
    for (const QString &statement :
        {u"DELETE FROM membership WHERE organisation_id = :id"_s, u"DELETE FROM organisation WHERE id = :id"_s}) {
        if (auto ran = Sql(m_db, statement).bind(u":id"_s, organisationId).exec(context); !ran)
            return ran;
    }
    SearchIndex index(m_db);
    for (qint64 personId : staff)
        if (auto indexed = index.refreshForPerson(personId); !indexed)
            return indexed;
    m_db.markChanged(Database::Change::Members);
    return transaction.commit();
}

Result<QList<Category>> MemberFile::categories() const
{
    Sql q(m_db, u"SELECT id, code, name, member_kind FROM membership_category ORDER BY sort_order, name"_s);
    if (auto ran = q.exec(Tr::tr("Impossible de lire les catégories")); !ran)
        return fail(ran.error());
    QList<Category> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

Result<QList<OriginClub>> MemberFile::originClubs() const
{
    Sql q(m_db, u"SELECT id, code, name FROM origin_club ORDER BY sort_order, name"_s);
    if (auto ran = q.exec(Tr::tr("Impossible de lire les clubs d'origine")); !ran)
        return fail(ran.error());
    QList<OriginClub> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

Result<qint64> MemberFile::saveCategory(const Category &category)
{
    if (category.code.trimmed().isEmpty() || category.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Une catégorie a besoin d'un code et d'un nom."));
    if (!QStringList {u"organisation"_s, u"person"_s, u"any"_s}.contains(category.memberKind))
        return fail(ErrorCode::InvalidInput, Tr::tr("Type d'adhérent inconnu pour la catégorie « %1 ».").arg(category.name));
    Transaction transaction(m_db);
    const QString statement = category.id > 0
        ? u"UPDATE membership_category SET code = :code, name = :name, member_kind = :kind WHERE id = :id"_s
        : u"INSERT INTO membership_category (code, name, member_kind, sort_order) "
          "VALUES (:code, :name, :kind, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM membership_category))"_s;
    Sql q(m_db, statement);
    q.bind(u":id"_s, category.id)
        .bind(u":code"_s, category.code.trimmed())
        .bind(u":name"_s, category.name.trimmed())
        .bind(u":kind"_s, category.memberKind);
    if (auto ran = q.exec(Tr::tr("Impossible d'enregistrer la catégorie « %1 »").arg(category.name)); !ran)
        return fail(ran.error());
    const qint64 id = category.id > 0 ? category.id : q.lastInsertId();
    m_db.markChanged(Database::Change::ReferenceData);
    m_db.markChanged(Database::Change::Members);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return id;
}

Result<qint64> MemberFile::saveOriginClub(const OriginClub &club)
{
    if (club.code.trimmed().isEmpty() || club.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Un club d'origine a besoin d'un code et d'un nom."));
    Transaction transaction(m_db);
    const QString statement = club.id > 0 ? u"UPDATE origin_club SET code = :code, name = :name WHERE id = :id"_s
                                          : u"INSERT INTO origin_club (code, name, sort_order) "
                                            "VALUES (:code, :name, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM origin_club))"_s;
    Sql q(m_db, statement);
    q.bind(u":id"_s, club.id).bind(u":code"_s, club.code.trimmed()).bind(u":name"_s, club.name.trimmed());
    if (auto ran = q.exec(Tr::tr("Impossible d'enregistrer le club « %1 »").arg(club.name)); !ran)
        return fail(ran.error());
    const qint64 id = club.id > 0 ? club.id : q.lastInsertId();
    m_db.markChanged(Database::Change::ReferenceData);
    m_db.markChanged(Database::Change::Members);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return id;
}

Result<QList<OrganisationSummary>> MemberFile::organisations() const
{
    Sql q(m_db, u"SELECT id, name, city FROM organisation ORDER BY name COLLATE NOCASE, id"_s);
    if (auto ran = q.exec(Tr::tr("Impossible de lire les organisations")); !ran)
        return fail(ran.error());
    QList<OrganisationSummary> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

namespace {

// Rows of (id, first name, last name, job title) as summaries, « Prénom NOM ».
Result<QList<PersonSummary>> summaries(Sql &q, const QString &context)
{
    if (auto ran = q.exec(context); !ran)
        return fail(ran.error());
    QList<PersonSummary> result;
    while (q.next()) {
        const QString first = q.value(1).toString();
        const QString last = q.value(2).toString().toUpper();
        result.append({q.value(0).toLongLong(), first.isEmpty() ? last : first + u' ' + last, q.value(3).toString()});
    }
    return result;
}

} // namespace

Result<QList<PersonSummary>> MemberFile::currentStaff(qint64 organisationId) const
{
    Sql q(m_db,
        u"SELECT p.id, p.first_name, p.last_name, e.job_title FROM employment e JOIN person p ON p.id = e.person_id "
        "WHERE e.organisation_id = :id AND e.end_date IS NULL ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE"_s);
    q.bind(u":id"_s, organisationId);
    return summaries(q, Tr::tr("Impossible de lire le personnel de l'organisation"));
}

Result<QList<PersonSummary>> MemberFile::people() const
{
    Sql q(m_db, u"SELECT id, first_name, last_name, job_title, last_name || ' ' || first_name FROM person"_s);
    if (auto ran = q.exec(Tr::tr("Impossible de lire les personnes")); !ran)
        return fail(ran.error());
    QList<std::pair<QString, PersonSummary>> keyed;
    while (q.next()) {
        const QString first = q.value(1).toString();
        const QString last = q.value(2).toString().toUpper();
        keyed.append(
            {q.value(4).toString(), {q.value(0).toLongLong(), first.isEmpty() ? last : first + u' ' + last, q.value(3).toString()}});
    }
    // By last then first name, the way people read them (« Émile » with the E, not after Z).
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    QList<PersonSummary> result;
    for (const auto &[key, person] : std::as_const(keyed))
        result.append(person);
    return result;
}

namespace {

Result<QList<qint64>> ids(const Database &db, const QString &statement, qint64 id, const QString &context)
{
    Sql q(db, statement);
    q.bind(u":id"_s, id);
    if (auto ran = q.exec(context); !ran)
        return fail(ran.error());
    QList<qint64> result;
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

} // namespace

Result<QList<qint64>> MemberFile::everEmployedAt(qint64 organisationId) const
{
    return ids(m_db, u"SELECT DISTINCT person_id FROM employment WHERE organisation_id = :id ORDER BY person_id"_s, organisationId,
        Tr::tr("Impossible de lire le personnel de l'organisation"));
}

Result<QList<qint64>> MemberFile::organisationsRepresentedBy(qint64 personId) const
{
    return ids(m_db,
        u"SELECT organisation_id FROM membership WHERE representative_id = :id OR alternate_id = :id ORDER BY organisation_id"_s, personId,
        Tr::tr("Impossible de lire les organisations représentées"));
}

Result<MemberFileCounts> MemberFile::counts() const
{
    Sql q(m_db,
        u"SELECT (SELECT count(*) FROM organisation), (SELECT count(*) FROM person), (SELECT count(*) FROM membership), "
        "(SELECT count(*) FROM membership WHERE status = 'active'), (SELECT count(*) FROM board_role WHERE end_date IS NULL)"_s);
    if (auto ran = q.exec(Tr::tr("Impossible de compter les fiches")); !ran)
        return fail(ran.error());
    q.next();
    return MemberFileCounts {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()};
}

QDate MemberFile::today() const
{
    return m_db.now().toLocalTime().date();
}

Result<bool> MemberFile::isEmpty() const
{
    return counts().map([](const MemberFileCounts &c) { return c.organisations == 0 && c.people == 0 && c.memberships == 0; });
}

} // namespace adhera
