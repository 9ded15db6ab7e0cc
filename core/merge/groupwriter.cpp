// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupwriter.h"

#include "db/database.h"
#include "db/sql.h"
#include "members/identifiers.h"
#include "members/memberfile.h"
#include "members/personnames.h"
#include "members/phonenumbers.h"
#include "members/validation.h"
#include "merge/normalise.h"
#include "text/textfold.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::merge {

using importing::ImportField;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::merge)
};

const QString &chosen(const MergeGroup &group, ImportField field)
{
    return group.chosen[std::size_t(field)];
}

QString civilityOf(const QString &text)
{
    const QString folded = text::fold(text).remove(u' ');
    if (folded == u"m"_s || folded == u"mr"_s || folded == u"monsieur"_s)
        return u"M."_s;
    if (folded == u"mme"_s || folded == u"madame"_s || folded == u"mlle"_s || folded == u"mademoiselle"_s)
        return u"Mme"_s;
    return {};
}

QString validSiren(const MergeGroup &group)
{
    const QString siren = identifiers::digitsOnly(chosen(group, ImportField::Siren));
    if (identifiers::isValidSiren(siren))
        return siren;
    const QString siret = identifiers::digitsOnly(chosen(group, ImportField::Siret));
    return identifiers::isValidSiret(siret) ? siret.left(9) : QString();
}

QString streetLine(const MergeGroup &group)
{
    QStringList parts;
    const QString number = chosen(group, ImportField::StreetNumber);
    const QString street = chosen(group, ImportField::Address);
    parts << (number.isEmpty() ? street : QString(number + u' ' + street).trimmed());
    parts << chosen(group, ImportField::AddressExtra);
    parts.removeAll(QString());
    return parts.join(u", "_s);
}

// Notes gathered while writing: values kept besides the chosen ones, values that do not pass
// validation. Nothing is dropped silently.
class Notes final
{
public:
    void add(const QString &line)
    {
        if (!line.isEmpty() && !m_lines.contains(line))
            m_lines << line;
    }
    QString appendedTo(const QString &notes) const
    {
        QStringList lines {notes};
        for (const QString &line : m_lines)
            if (!notes.contains(line))
                lines << line;
        lines.removeAll(QString());
        return lines.join(u'\n');
    }

private:
    QStringList m_lines;
};

// Sets field to value when value is usable; otherwise notes why it was kept aside.
void assignPhone(QString &field, const QString &value, ImportField source, Notes &notes)
{
    if (value.isEmpty())
        return;
    const auto parsed = phone::normalise(value);
    if (parsed.valid)
        field = parsed.e164;
    else
        notes.add(Tr::tr("Valeur non reprise (%1) : « %2 »").arg(importing::label(source), value));
}

QString displayedPhone(const QString &typed)
{
    const auto parsed = phone::normalise(typed);
    return parsed.valid ? phone::display(parsed.e164) : typed;
}

} // namespace

GroupWriter::GroupWriter(Database &db, MemberFile &members) : m_db(db), m_members(members)
{ }

Result<void> GroupWriter::prepare()
{
    auto categories = m_members.categories();
    if (!categories)
        return tl::unexpected(categories.error());
    m_categories = *categories;
    Sql select(m_db, u"SELECT id, name, city, siren FROM organisation ORDER BY id"_s);
    if (auto ran = select.exec(Tr::tr("Impossible de lire les organismes")); !ran)
        return ran;
    while (select.next())
        remember(select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString(), select.value(3).toString());
    return {};
}

void GroupWriter::expectOrganisation(const MergeGroup &group)
{
    // Ids below zero are never stored: each one stands for an organisation to be created.
    remember(
        -1 - qint64(m_organisations.size()), chosen(group, ImportField::Organisation), chosen(group, ImportField::City), validSiren(group));
}

bool GroupWriter::hasPerson(const MergeGroup &group)
{
    return group.existingPersonId() != 0 || !chosen(group, ImportField::LastName).isEmpty()
        || !chosen(group, ImportField::FirstName).isEmpty();
}

void GroupWriter::remember(qint64 id, const QString &name, const QString &city, const QString &siren)
{
    m_organisations << KnownOrganisation {id, normaliseOrganisation(name), text::fold(city), siren};
}

GroupTarget GroupWriter::resolve(const MergeGroup &group) const
{
    GroupTarget target;
    target.personId = group.existingPersonId();
    target.organisationName = chosen(group, ImportField::Organisation);
    if (target.organisationName.isEmpty())
        return target;
    // The same valid SIREN is the same company; two valid, different SIRENs never are. Otherwise
    // the same name once legal forms are set aside, or a close name in the same town
    // ("Téléperformance" at Metz is "TELEPERFORMANCE FRANCE S.A.S." at Metz).
    const QString siren = validSiren(group);
    const OrganisationName name = normaliseOrganisation(target.organisationName);
    const QString city = text::fold(chosen(group, ImportField::City));
    qint64 similar = 0;
    for (const KnownOrganisation &known : m_organisations) {
        if (!siren.isEmpty() && known.siren == siren) {
            target.organisationId = known.id;
            return target;
        }
        if (!siren.isEmpty() && !known.siren.isEmpty())
            continue;
        if (known.name.core == name.core && target.organisationId == 0)
            target.organisationId = known.id;
        else if (similar == 0 && !city.isEmpty() && known.city == city && compareOrganisations(known.name, name) >= Level::Similar)
            similar = known.id;
    }
    if (target.organisationId == 0)
        target.organisationId = similar;
    return target;
}

qint64 GroupWriter::categoryFor(const QString &text, bool forOrganisation) const
{
    const QString wanted = text::fold(text);
    const QString kind = forOrganisation ? u"organisation"_s : u"person"_s;
    auto fits = [&](const Category &category) { return category.memberKind == kind || category.memberKind == u"any"_s; };
    if (!wanted.isEmpty())
        for (const Category &category : m_categories)
            if (fits(category) && (text::fold(category.code) == wanted || text::fold(category.name) == wanted))
                return category.id;
    const QString fallback = forOrganisation ? u"ENT_M"_s : u"IND"_s;
    for (const Category &category : m_categories)
        if (category.code == fallback)
            return category.id;
    for (const Category &category : m_categories)
        if (fits(category))
            return category.id;
    return m_categories.isEmpty() ? 0 : m_categories.front().id;
}

Result<qint64> GroupWriter::createOrganisation(const MergeGroup &group, qint64 originClubId)
{
    OrganisationRecord record;
    record.organisation.name = chosen(group, ImportField::Organisation);
    record.organisation.siren = validSiren(group);
    // A company's contact writes from the company: the row's address is the site's.
    record.organisation.address = streetLine(group);
    if (const QString postcode = normalisePostcode(chosen(group, ImportField::Postcode)); validation::postcodeProblem(postcode).isEmpty())
        record.organisation.postcode = postcode;
    record.organisation.city = fromCapitals(chosen(group, ImportField::City));
    const QString siret = identifiers::digitsOnly(chosen(group, ImportField::Siret));
    if (identifiers::isValidSiret(siret))
        record.organisation.siret = siret;
    Membership membership;
    membership.categoryId = categoryFor(chosen(group, ImportField::Category), true);
    membership.joinedOn = importing::parseDate(chosen(group, ImportField::JoinedOn));
    membership.originClubId = originClubId;
    record.membership = membership;
    auto saved = m_members.saveOrganisation(record);
    if (!saved)
        return tl::unexpected(saved.error());
    const qint64 id = saved->organisation.id;
    remember(id, record.organisation.name, record.organisation.city, record.organisation.siren);
    return id;
}

Result<GroupTarget> GroupWriter::write(const MergeGroup &group, const GroupTarget &resolved, qint64 originClubId)
{
    GroupTarget target = resolved;
    Q_ASSERT(target.organisationName.isEmpty() || target.organisationId != 0);
    if (!hasPerson(group))
        return target;

    PersonRecord record;
    if (target.personId != 0) {
        auto loaded = m_members.loadPerson(target.personId);
        if (!loaded)
            return tl::unexpected(loaded.error());
        record = *loaded;
    }
    Person &person = record.person;
    Notes notes;
    auto assign = [](QString &field, const QString &value) {
        if (!value.isEmpty())
            field = value;
    };
    if (const QString civility = civilityOf(chosen(group, ImportField::Civility)); !civility.isEmpty())
        person.civility = civility;
    // Names and towns as written in running text, not as a shouting export wrote them.
    assign(person.firstName, fromCapitals(chosen(group, ImportField::FirstName)));
    assign(person.lastName, fromCapitals(chosen(group, ImportField::LastName)));
    if (person.lastName.isEmpty()) // a first name alone: the surname is required
        person.lastName = person.firstName;
    if (const QString email = chosen(group, ImportField::Email); !email.isEmpty()) {
        if (validation::emailProblem(email).isEmpty())
            person.email = email;
        else
            notes.add(Tr::tr("Valeur non reprise (%1) : « %2 »").arg(importing::label(ImportField::Email), email));
    }
    assignPhone(person.phone, chosen(group, ImportField::Phone), ImportField::Phone, notes);
    assignPhone(person.mobile, chosen(group, ImportField::Mobile), ImportField::Mobile, notes);
    assign(person.jobTitle, chosen(group, ImportField::JobTitle));
    assign(person.address, streetLine(group));
    if (const QString postcode = chosen(group, ImportField::Postcode); !postcode.isEmpty()) {
        const QString normalised = normalisePostcode(postcode);
        if (validation::postcodeProblem(normalised).isEmpty())
            person.postcode = normalised;
        else
            notes.add(Tr::tr("Valeur non reprise (%1) : « %2 »").arg(importing::label(ImportField::Postcode), postcode));
    }
    assign(person.city, fromCapitals(chosen(group, ImportField::City)));
    for (const QString &email : group.extraEmails)
        notes.add(Tr::tr("Autre e-mail : %1").arg(email));
    for (const QString &phone : group.extraPhones)
        notes.add(Tr::tr("Autre téléphone : %1").arg(displayedPhone(phone)));
    person.notes = notes.appendedTo(person.notes.isEmpty() ? chosen(group, ImportField::Notes) : person.notes);

    const QDate joinedOn = importing::parseDate(chosen(group, ImportField::JoinedOn));
    if (target.organisationId != 0) {
        const auto current = record.currentEmployment();
        if (!current || current->organisationId != target.organisationId) {
            for (Employment &employment : record.employments)
                if (!employment.endDate.isValid())
                    employment.endDate = m_members.today();
            Employment job;
            job.organisationId = target.organisationId;
            job.jobTitle = chosen(group, ImportField::JobTitle);
            record.employments << job;
        } else if (!chosen(group, ImportField::JobTitle).isEmpty()) {
            for (Employment &employment : record.employments)
                if (!employment.endDate.isValid())
                    employment.jobTitle = chosen(group, ImportField::JobTitle);
        }
    } else if (!record.membership && !record.currentEmployment()) {
        Membership membership;
        membership.categoryId = categoryFor(chosen(group, ImportField::Category), false);
        membership.joinedOn = joinedOn;
        membership.originClubId = originClubId;
        record.membership = membership;
    }
    auto saved = m_members.savePerson(record);
    if (!saved)
        return tl::unexpected(saved.error());
    target.personId = saved->person.id;

    if (target.organisationId != 0) {
        auto organisation = m_members.loadOrganisation(target.organisationId);
        if (!organisation)
            return tl::unexpected(organisation.error());
        bool changed = false;
        if (!organisation->membership) {
            Membership membership;
            membership.categoryId = categoryFor(chosen(group, ImportField::Category), true);
            membership.joinedOn = joinedOn;
            membership.originClubId = originClubId;
            organisation->membership = membership;
            changed = true;
        }
        if (organisation->membership->representativeId == 0) {
            organisation->membership->representativeId = target.personId;
            changed = true;
        }
        if (changed)
            if (auto written = m_members.saveOrganisation(*organisation); !written)
                return tl::unexpected(written.error());
    }
    return target;
}

QList<RowScope> GroupWriter::personScopes(qint64 personId, qint64 organisationId)
{
    QList<RowScope> scopes;
    if (personId != 0) {
        scopes << RowScope {u"person"_s, u"id"_s, personId} << RowScope {u"employment"_s, u"person_id"_s, personId}
               << RowScope {u"board_role"_s, u"person_id"_s, personId} << RowScope {u"consent"_s, u"person_id"_s, personId}
               << RowScope {u"membership"_s, u"person_id"_s, personId} << RowScope {u"membership"_s, u"representative_id"_s, personId}
               << RowScope {u"membership"_s, u"alternate_id"_s, personId} << RowScope {u"import_row"_s, u"person_id"_s, personId};
    }
    if (organisationId != 0)
        scopes << RowScope {u"organisation"_s, u"id"_s, organisationId} << RowScope {u"membership"_s, u"organisation_id"_s, organisationId};
    return scopes;
}

QList<RowScope> GroupWriter::organisationScopes(qint64 organisationId)
{
    return {RowScope {u"organisation"_s, u"id"_s, organisationId}, RowScope {u"membership"_s, u"organisation_id"_s, organisationId},
        RowScope {u"employment"_s, u"organisation_id"_s, organisationId}, RowScope {u"import_row"_s, u"organisation_id"_s, organisationId}};
}

} // namespace adhera::merge
