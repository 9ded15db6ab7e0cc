// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuechoice.h"

#include "importing/importfile.h"
#include "merge/normalise.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace adhera::merge {

using importing::FieldValues;
using importing::ImportField;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::merge::ValueChoice)
};

const QString &valueOf(const FieldValues &values, ImportField field)
{
    return values[std::size_t(field)];
}

int accentCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text)
        count += c.isLetter() && c.unicode() > 0x7f ? 1 : 0;
    return count;
}

bool isShouting(const QString &text)
{
    return text == text.toUpper() && text != text.toLower();
}

QStringList words(const QString &text)
{
    static const QRegularExpression separators(u"[\\s.\\-']+"_s);
    return text::fold(text).split(separators, Qt::SkipEmptyParts);
}

// « J-P » for « Jean-Pierre », « JF » for « Jean-François ».
bool areInitialsOf(const QString &shortText, const QString &longText)
{
    QStringList initials = words(shortText);
    if (initials.size() == 1 && initials.front().size() > 1 && initials.front().size() <= 3)
        initials = initials.front().split(QString(), Qt::SkipEmptyParts);
    const QStringList full = words(longText);
    if (initials.isEmpty() || initials.size() != full.size())
        return false;
    for (qsizetype index = 0; index < initials.size(); ++index)
        if (initials[index].size() != 1 || !full[index].startsWith(initials[index]))
            return false;
    return std::any_of(full.cbegin(), full.cend(), [](const QString &word) { return word.size() > 1; });
}

// The longer one says everything the shorter one does, and more.
bool isMoreComplete(const QString &longer, const QString &shorter)
{
    const QString folded = text::fold(longer);
    const QString part = text::fold(shorter);
    return folded.size() > part.size() && (folded.startsWith(part) || areInitialsOf(shorter, longer));
}

bool isContactData(ImportField field)
{
    switch (field) {
    case ImportField::Email:
    case ImportField::Phone:
    case ImportField::Mobile:
    case ImportField::StreetNumber:
    case ImportField::Address:
    case ImportField::AddressExtra:
    case ImportField::Postcode:
    case ImportField::City:
    case ImportField::Region:
    case ImportField::Organisation:
    case ImportField::JobTitle: return true;
    default: return false;
    }
}

// Text written by people, where the longer of two equal spellings is the unabbreviated one
// (numbers and dates are written in many lengths that say the same).
bool isWords(ImportField field)
{
    switch (field) {
    case ImportField::Phone:
    case ImportField::Mobile:
    case ImportField::Email:
    case ImportField::Postcode:
    case ImportField::Siren:
    case ImportField::Siret:
    case ImportField::JoinedOn:
    case ImportField::BirthDate:
    case ImportField::NationalId: return false;
    default: return true;
    }
}

QString problemWith(const QList<importing::RowProblem> &problems, ImportField field)
{
    for (const importing::RowProblem &problem : problems)
        if (problem.field == field)
            return problem.message;
    return {};
}

std::optional<ProposedValue> proposeOne(
    ImportField field, const QString &a, const QString &b, const QString &problemA, const QString &problemB, const PairSides &sides)
{
    if (problemA.isEmpty() != problemB.isEmpty())
        return ProposedValue {problemB.isEmpty(), Tr::tr("l'autre n'est pas valide (%1)").arg(problemA.isEmpty() ? problemB : problemA)};
    if (field == ImportField::JoinedOn) {
        const QDate first = importing::parseDate(a);
        const QDate second = importing::parseDate(b);
        if (first.isValid() && second.isValid() && first != second)
            return ProposedValue {second < first, Tr::tr("la date d'adhésion la plus ancienne")};
    }
    if (comparableValue(field, a) == comparableValue(field, b)) {
        if (const int accentsA = accentCount(a), accentsB = accentCount(b); accentsA != accentsB)
            return ProposedValue {accentsB > accentsA, Tr::tr("l'orthographe accentuée")};
        if (isShouting(a) != isShouting(b))
            return ProposedValue {isShouting(a), Tr::tr("en minuscules plutôt qu'en capitales")};
        if (isWords(field) && a.size() != b.size())
            return ProposedValue {b.size() > a.size(), Tr::tr("écrite en entier")};
        return std::nullopt; // the same value: nothing to choose
    }
    if (isMoreComplete(a, b) || isMoreComplete(b, a))
        return ProposedValue {isMoreComplete(b, a), Tr::tr("la plus complète")};
    if (isContactData(field) && sides.aIsNewer != sides.bIsNewer)
        return ProposedValue {sides.bIsNewer, Tr::tr("la plus récente (l'export du club, plus récent que le fichier des adhérents)")};
    return std::nullopt;
}

// « Daum Yannick » on one side, « Yannick Daum » on the other: both names come from the side
// the e-mail (« yannick.daum@… ») agrees with, else from the member already in the file.
std::optional<ProposedValue> proposeSwappedNames(const PairSides &sides)
{
    const QString firstA = text::fold(valueOf(sides.a, ImportField::FirstName));
    const QString lastA = text::fold(valueOf(sides.a, ImportField::LastName));
    const QString firstB = text::fold(valueOf(sides.b, ImportField::FirstName));
    const QString lastB = text::fold(valueOf(sides.b, ImportField::LastName));
    if (firstA.isEmpty() || lastA.isEmpty() || firstA == lastA || firstA != lastB || lastA != firstB)
        return std::nullopt;
    const QString reason = Tr::tr("prénom et nom inversés dans l'autre fiche");
    for (const FieldValues *side : {&sides.a, &sides.b}) {
        const QString local = text::fold(valueOf(*side, ImportField::Email).section(u'@', 0, 0)).remove(QRegularExpression(u"[^a-z]"_s));
        const QString first = QString(firstA).remove(u' ').remove(u'-');
        const QString last = QString(lastA).remove(u' ').remove(u'-');
        if (local.startsWith(first) && local.contains(last))
            return ProposedValue {false, reason + Tr::tr(" (l'e-mail l'indique)")};
        if (local.startsWith(last) && local.contains(first))
            return ProposedValue {true, reason + Tr::tr(" (l'e-mail l'indique)")};
    }
    if (sides.aIsNewer != sides.bIsNewer)
        return ProposedValue {sides.aIsNewer, reason + Tr::tr(" (le fichier des adhérents fait foi)")};
    return std::nullopt;
}

} // namespace

QHash<ImportField, ProposedValue> proposeValues(const PairSides &sides)
{
    QHash<ImportField, ProposedValue> proposals;
    const std::optional<ProposedValue> swapped = proposeSwappedNames(sides);
    for (const ImportField field : importing::allImportFields()) {
        const QString &a = valueOf(sides.a, field);
        const QString &b = valueOf(sides.b, field);
        if (a.isEmpty() || b.isEmpty() || a == b)
            continue;
        if (swapped && (field == ImportField::FirstName || field == ImportField::LastName)) {
            proposals.insert(field, *swapped);
            continue;
        }
        if (auto proposal = proposeOne(field, a, b, problemWith(sides.problemsA, field), problemWith(sides.problemsB, field), sides))
            proposals.insert(field, *proposal);
    }
    return proposals;
}

QString comparableValue(ImportField field, const QString &value)
{
    switch (field) {
    case ImportField::Email: return normaliseEmail(value);
    case ImportField::Phone:
    case ImportField::Mobile: {
        const QString e164 = normalisePhone(value);
        return e164.isEmpty() ? text::fold(value) : e164;
    }
    case ImportField::Postcode: return normalisePostcode(value);
    case ImportField::Address:
    case ImportField::AddressExtra: return normaliseStreet(value).remove(u' ');
    case ImportField::Organisation: return normaliseOrganisationName(value);
    case ImportField::JoinedOn:
    case ImportField::BirthDate: {
        const QDate date = importing::parseDate(value);
        return date.isValid() ? date.toString(Qt::ISODate) : text::fold(value);
    }
    case ImportField::Civility: {
        const QString folded = text::fold(value).remove(u' ');
        if (folded == u"m"_s || folded == u"mr"_s || folded == u"monsieur"_s)
            return u"m"_s;
        if (folded == u"mme"_s || folded == u"madame"_s)
            return u"mme"_s;
        return folded;
    }
    default: return text::fold(value).remove(u' ');
    }
}

} // namespace adhera::merge
