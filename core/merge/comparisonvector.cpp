// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonvector.h"

#include <QCoreApplication>
#include <QHash>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace adhera::merge {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::merge)
};

Level equalOrDifferent(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return Level::Missing;
    return a == b ? Level::Exact : Level::Different;
}

Level comparePhoneLists(const QStringList &a, const QStringList &b)
{
    Level best = Level::Missing;
    for (const QString &left : a)
        for (const QString &right : b)
            best = std::max(best, comparePhones(left, right));
    return best;
}

// Whether the local part of the record's e-mail is only its name ("agnes.guirret",
// "aguirret", "guirret.agnes"): then another domain with the same local part is a homonym as
// often as the same person at a new employer.
bool isNameMailbox(const PreparedRecord &record)
{
    const qsizetype at = record.email.lastIndexOf(u'@');
    if (at <= 0 || record.name.surnameJoined.isEmpty())
        return false;
    QString local;
    for (const QChar c : QStringView(record.email).left(at))
        if (c.isLetter())
            local += c;
    const QString &given = record.name.givenJoined;
    const QString &surname = record.name.surnameJoined;
    const QString initial = given.isEmpty() ? QString() : given.left(1);
    return local == given + surname || local == surname + given || local == initial + surname || local == surname + initial
        || local == surname;
}

// Organisation names and towns repeat across millions of pairs while their vocabularies are
// small: each thread keeps the levels it computed, keyed by a 64-bit hash of the two values.
template <typename Compute>
Level remembered(const QString &a, const QString &b, Compute compute)
{
    thread_local std::unordered_map<quint64, Level> levels;
    const quint64 key = (quint64(qHash(a, 0x9e3779b9u)) << 32) ^ quint64(qHash(b, 0x85ebca6bu)) ^ (quint64(qHash(b, 7u)) << 17);
    if (auto found = levels.find(key); found != levels.end())
        return found->second;
    if (levels.size() > 4'000'000)
        levels.clear();
    const Level level = compute();
    levels.emplace(key, level);
    return level;
}

// The given name typed in the surname column and the other way round: compare crosswise, and
// keep the crosswise levels when they agree better on both names.
Pattern withSwappedNamesIfBetter(Pattern pattern, const PreparedRecord &a, const PreparedRecord &b)
{
    const Level given = levelOf(pattern, Comparison::GivenName);
    const Level surname = levelOf(pattern, Comparison::Surname);
    if (given >= Level::Similar && surname >= Level::Similar)
        return pattern;
    if (a.name.name.givenTokens.isEmpty() || b.name.name.givenTokens.isEmpty())
        return pattern;
    // Most pairs are strangers: a cheap look at the crossed surname first.
    if (a.name.givenPhonetic != b.name.surnamePhonetic && jaroWinkler(a.name.givenJoined, b.name.surnameJoined) < 0.9)
        return pattern;
    PreparedName swapped = b.name;
    std::swap(swapped.name.givenTokens, swapped.name.surnameTokens);
    std::swap(swapped.givenJoined, swapped.surnameJoined);
    std::swap(swapped.givenPhonetic, swapped.surnamePhonetic);
    swapped.name.altSurnames.clear();
    swapped.name.givenInitials.clear();
    for (const QString &token : std::as_const(swapped.name.givenTokens))
        swapped.name.givenInitials += token.front();
    const Level crossedGiven = compareGivenNames(a.name, swapped);
    const Level crossedSurname = compareSurnames(a.name, swapped);
    if (crossedGiven < Level::Similar || crossedSurname < Level::Similar)
        return pattern;
    if (int(crossedGiven) + int(crossedSurname) <= int(given) + int(surname))
        return pattern;
    return withLevel(withLevel(pattern, Comparison::GivenName, crossedGiven), Comparison::Surname, crossedSurname);
}

} // namespace

const QList<Comparison> &comparisonsFor(Subject subject)
{
    static const QList<Comparison> person {Comparison::GivenName, Comparison::Surname, Comparison::BirthDate, Comparison::NationalId,
        Comparison::Organisation, Comparison::Email, Comparison::Mobile, Comparison::Phone, Comparison::StreetNumber, Comparison::Street,
        Comparison::AddressExtra, Comparison::Postcode, Comparison::City, Comparison::Region};
    static const QList<Comparison> organisation {Comparison::Organisation, Comparison::Siren, Comparison::Email, Comparison::Phone,
        Comparison::StreetNumber, Comparison::Street, Comparison::Postcode, Comparison::City};
    return subject == Subject::Person ? person : organisation;
}

QString label(Comparison comparison)
{
    switch (comparison) {
    case Comparison::GivenName: return Tr::tr("Prénom");
    case Comparison::Surname: return Tr::tr("Nom");
    case Comparison::BirthDate: return Tr::tr("Date de naissance");
    case Comparison::NationalId: return Tr::tr("Numéro d'identification");
    case Comparison::Organisation: return Tr::tr("Organisme");
    case Comparison::Siren: return Tr::tr("SIREN");
    case Comparison::Email: return Tr::tr("E-mail");
    case Comparison::Mobile: return Tr::tr("Portable");
    case Comparison::Phone: return Tr::tr("Téléphone fixe");
    case Comparison::StreetNumber: return Tr::tr("Numéro de voie");
    case Comparison::Street: return Tr::tr("Adresse");
    case Comparison::AddressExtra: return Tr::tr("Complément d'adresse");
    case Comparison::Postcode: return Tr::tr("Code postal");
    case Comparison::City: return Tr::tr("Ville");
    case Comparison::Region: return Tr::tr("Région");
    }
    return {};
}

QString label(Level level)
{
    switch (level) {
    case Level::Missing: return Tr::tr("absent");
    case Level::Different: return Tr::tr("différent");
    case Level::Phonetic: return Tr::tr("se prononce pareil");
    case Level::Similar: return Tr::tr("proche");
    case Level::Exact: return Tr::tr("identique");
    }
    return {};
}

Level compare(Comparison comparison, const PreparedRecord &a, const PreparedRecord &b)
{
    switch (comparison) {
    case Comparison::GivenName: return compareGivenNames(a.name, b.name);
    case Comparison::Surname: return compareSurnames(a.name, b.name);
    case Comparison::BirthDate: return compareDates(a.birthDate, b.birthDate);
    case Comparison::NationalId:
        if (a.nationalId.isEmpty() || b.nationalId.isEmpty())
            return Level::Missing;
        return compareIdentifiers(a.nationalId, b.nationalId, IdentifierTolerance::OneEdit);
    case Comparison::Organisation:
        if (a.organisation.core.isEmpty() || b.organisation.core.isEmpty())
            return Level::Missing;
        return remembered(a.organisation.core, b.organisation.core, [&] { return compareOrganisations(a.organisation, b.organisation); });
    case Comparison::Siren: return equalOrDifferent(a.siren, b.siren);
    case Comparison::Email: {
        const Level level = compareNormalisedEmails(a.email, b.email);
        // "agnes.guirret@" at two companies: the name again, not a sign of the same person.
        return level == Level::Similar && isNameMailbox(a) ? Level::Missing : level;
    }
    case Comparison::Mobile: return comparePhoneLists(a.mobiles, b.mobiles);
    case Comparison::Phone: return comparePhoneLists(a.landlines, b.landlines);
    case Comparison::StreetNumber: return equalOrDifferent(a.streetNumber, b.streetNumber);
    case Comparison::Street:
        if (a.street.isEmpty() || b.street.isEmpty())
            return Level::Missing;
        return compareStreets(a.street, b.street);
    case Comparison::AddressExtra:
        if (a.addressExtra.isEmpty() || b.addressExtra.isEmpty())
            return Level::Missing;
        return compareStreets(a.addressExtra, b.addressExtra);
    case Comparison::Postcode:
        if (a.postcode.isEmpty() || b.postcode.isEmpty())
            return Level::Missing;
        return comparePostcodes(a.postcode, b.postcode);
    case Comparison::City:
        if (a.city.isEmpty() || b.city.isEmpty())
            return Level::Missing;
        return remembered(a.city, b.city, [&] { return compareCities(a.city, b.city); });
    case Comparison::Region: return equalOrDifferent(a.region, b.region);
    }
    return Level::Missing;
}

Pattern comparePair(Subject subject, const PreparedRecord &a, const PreparedRecord &b)
{
    Pattern pattern = 0;
    for (Comparison comparison : comparisonsFor(subject))
        pattern = withLevel(pattern, comparison, compare(comparison, a, b));
    if (subject == Subject::Person)
        pattern = withSwappedNamesIfBetter(pattern, a, b);
    return pattern;
}

} // namespace adhera::merge
