// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge/compare.h"

#include <QVarLengthArray>

#include <algorithm>
#include <string_view>

namespace adhera::merge {

namespace {

// QVarLengthArray keeps names and identifiers (almost always < 64 units) on the stack.
constexpr qsizetype StackSize = 64;

double jaro(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 && lb == 0)
        return 1.0;
    if (la == 0 || lb == 0)
        return 0.0;

    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    QVarLengthArray<bool, StackSize> matchedA(la, false);
    QVarLengthArray<bool, StackSize> matchedB(lb, false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!matchedB[j] && a[i] == b[j]) {
                matchedA[i] = true;
                matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;

    qsizetype halfTranspositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < la; ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[k])
            ++k;
        if (a[i] != b[k])
            ++halfTranspositions;
        ++k;
    }
    const double m = double(matches);
    const double t = double(halfTranspositions / 2);
    return (m / double(la) + m / double(lb) + (m - t) / m) / 3.0;
}

// One dynamic-programming routine for both distances; OSA adds the adjacent transposition.
template <bool Transpositions>
int editDistance(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0)
        return int(lb);
    if (lb == 0)
        return int(la);

    QVarLengthArray<int, StackSize + 1> row0(lb + 1);
    QVarLengthArray<int, StackSize + 1> row1(lb + 1);
    QVarLengthArray<int, StackSize + 1> row2(lb + 1);
    int *twoAgo = row0.data();
    int *previous = row1.data();
    int *current = row2.data();
    for (qsizetype j = 0; j <= lb; ++j)
        previous[j] = int(j);

    for (qsizetype i = 1; i <= la; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= lb; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if constexpr (Transpositions) {
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = std::min(value, twoAgo[j - 2] + 1);
            }
            current[j] = value;
        }
        int *recycled = twoAgo;
        twoAgo = previous;
        previous = current;
        current = recycled;
    }
    return previous[lb];
}

bool equalIgnoringSpaces(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        while (i < a.size() && a[i] == u' ')
            ++i;
        while (j < b.size() && b[j] == u' ')
            ++j;
        if (i == a.size() || j == b.size())
            return i == a.size() && j == b.size();
        if (a[i] != b[j])
            return false;
        ++i;
        ++j;
    }
}

struct Nickname {
    std::u16string_view shortForm;
    std::u16string_view fullName;
};

// Folded forms. A short form may stand for several names (Chris: Christophe or Christine); the
// full names are not thereby similar to each other.
constexpr Nickname nicknames[] = {
    {u"fred", u"frederic"},
    {u"fred", u"frederique"},
    {u"seb", u"sebastien"},
    {u"steph", u"stephanie"},
    {u"steph", u"stephane"},
    {u"dom", u"dominique"},
    {u"chris", u"christophe"},
    {u"chris", u"christine"},
    {u"chris", u"christian"},
    {u"nico", u"nicolas"},
    {u"alex", u"alexandre"},
    {u"alex", u"alexandra"},
    {u"manu", u"emmanuel"},
    {u"manu", u"emmanuelle"},
    {u"cath", u"catherine"},
    {u"cathy", u"catherine"},
    {u"val", u"valerie"},
    {u"isa", u"isabelle"},
    {u"phil", u"philippe"},
};

bool isNickname(QStringView a, QStringView b)
{
    for (const Nickname &entry : nicknames) {
        if ((a == entry.shortForm && b == entry.fullName) || (b == entry.shortForm && a == entry.fullName))
            return true;
    }
    return false;
}

bool sameTokenSet(const QStringList &a, const QStringList &b)
{
    return std::all_of(a.cbegin(), a.cend(), [&b](const QString &token) { return b.contains(token); })
        && std::all_of(b.cbegin(), b.cend(), [&a](const QString &token) { return a.contains(token); });
}

// Every token of inner equals, or is a nickname of, a token of outer.
bool tokensInside(const QStringList &inner, const QStringList &outer)
{
    return std::all_of(inner.cbegin(), inner.cend(), [&outer](const QString &token) {
        return std::any_of(
            outer.cbegin(), outer.cend(), [&token](const QString &other) { return token == other || isNickname(token, other); });
    });
}

// "j" fits "jm" (Jean / Jean-Marc); "jm" fits "jm".
bool initialsCompatible(QStringView a, QStringView b)
{
    return a.size() <= b.size() ? b.startsWith(a) : a.startsWith(b);
}

double tokenSetJaroWinkler(const QStringList &a, const QStringList &b)
{
    double total = 0.0;
    const auto bestMatches = [&total](const QStringList &from, const QStringList &to) {
        for (const QString &token : from) {
            double best = 0.0;
            for (const QString &other : to)
                best = std::max(best, jaroWinkler(token, other));
            total += best;
        }
    };
    bestMatches(a, b);
    bestMatches(b, a);
    return total / double(a.size() + b.size());
}

} // namespace

double jaroWinkler(QStringView a, QStringView b, double prefixScale)
{
    const double similarity = jaro(a, b);
    if (similarity <= 0.7)
        return similarity;
    const qsizetype limit = std::min<qsizetype>({4, a.size(), b.size()});
    qsizetype prefix = 0;
    while (prefix < limit && a[prefix] == b[prefix])
        ++prefix;
    return similarity + double(prefix) * prefixScale * (1.0 - similarity);
}

int damerauLevenshtein(QStringView a, QStringView b)
{
    return editDistance<true>(a, b);
}

double levenshteinSimilarity(QStringView a, QStringView b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    if (longest == 0)
        return 1.0;
    return 1.0 - double(editDistance<false>(a, b)) / double(longest);
}

PreparedName prepareName(const PersonName &name)
{
    PreparedName prepared;
    prepared.name = name;
    prepared.givenJoined = name.givenTokens.join(QString());
    prepared.surnameJoined = name.surnameTokens.join(QString());
    prepared.givenPhonetic = frenchPhonetic(prepared.givenJoined);
    prepared.surnamePhonetic = frenchPhonetic(prepared.surnameJoined);
    return prepared;
}

Level compareGivenNames(const PreparedName &prepared, const PreparedName &other)
{
    const PersonName &a = prepared.name;
    const PersonName &b = other.name;
    if ((a.givenTokens.isEmpty() && a.givenInitials.isEmpty()) || (b.givenTokens.isEmpty() && b.givenInitials.isEmpty()))
        return Level::Missing;
    if (!a.givenTokens.isEmpty() && sameTokenSet(a.givenTokens, b.givenTokens))
        return Level::Exact;

    // Initials alone abbreviate the start of the other side: "J.-P." is "Jean-Pierre" and "J."
    // may be "Jean-Pierre", but "J.-L." is not "Jessica".
    if (a.givenTokens.isEmpty() && b.givenTokens.isEmpty())
        return initialsCompatible(a.givenInitials, b.givenInitials) ? Level::Similar : Level::Different;
    if (a.givenTokens.isEmpty() || b.givenTokens.isEmpty()) {
        const QString &abbreviated = a.givenTokens.isEmpty() ? a.givenInitials : b.givenInitials;
        const QString &full = a.givenTokens.isEmpty() ? b.givenInitials : a.givenInitials;
        return full.startsWith(abbreviated) ? Level::Similar : Level::Different;
    }
    // One side inside the other, initials agreeing: "Jean" / "Jean-Pierre".
    if (initialsCompatible(a.givenInitials, b.givenInitials)
        && (tokensInside(a.givenTokens, b.givenTokens) || tokensInside(b.givenTokens, a.givenTokens)))
        return Level::Similar;
    // The same inclusion when the initials disagree: "Marc" / "Jean-Marc", "Fred" / "Frédéric".
    if (!a.givenTokens.isEmpty() && !b.givenTokens.isEmpty()
        && (tokensInside(a.givenTokens, b.givenTokens) || tokensInside(b.givenTokens, a.givenTokens)))
        return Level::Similar;
    if (jaroWinkler(prepared.givenJoined, other.givenJoined) >= 0.92)
        return Level::Similar;
    // One typing slip in a name long enough to survive it ("Berarand" for "Bertrand").
    if (std::min(prepared.givenJoined.size(), other.givenJoined.size()) >= 5
        && damerauLevenshtein(prepared.givenJoined, other.givenJoined) <= 1)
        return Level::Similar;
    if (!prepared.givenPhonetic.isEmpty() && prepared.givenPhonetic == other.givenPhonetic)
        return Level::Phonetic;
    return Level::Different;
}

Level compareSurnames(const PreparedName &prepared, const PreparedName &other)
{
    const PersonName &a = prepared.name;
    const PersonName &b = other.name;
    const QString &joinedA = prepared.surnameJoined;
    const QString &joinedB = other.surnameJoined;
    if (joinedA.isEmpty() || joinedB.isEmpty())
        return Level::Missing;
    if (joinedA == joinedB)
        return Level::Exact;

    for (const QString &alternative : a.altSurnames) {
        if (equalIgnoringSpaces(alternative, joinedB))
            return Level::Similar;
        for (const QString &otherAlternative : b.altSurnames) {
            if (equalIgnoringSpaces(alternative, otherAlternative))
                return Level::Similar;
        }
    }
    for (const QString &alternative : b.altSurnames) {
        if (equalIgnoringSpaces(alternative, joinedA))
            return Level::Similar;
    }

    if (jaroWinkler(joinedA, joinedB) >= 0.94)
        return Level::Similar;
    // Short names are one letter away from many others (Petit / Petin): no edit tolerance.
    if (joinedA.size() >= 5 && joinedB.size() >= 5 && damerauLevenshtein(joinedA, joinedB) <= 1)
        return Level::Similar;
    if (!prepared.surnamePhonetic.isEmpty() && prepared.surnamePhonetic == other.surnamePhonetic)
        return Level::Phonetic;
    return Level::Different;
}

Level compareGivenNames(const PersonName &a, const PersonName &b)
{
    return compareGivenNames(prepareName(a), prepareName(b));
}

Level compareSurnames(const PersonName &a, const PersonName &b)
{
    return compareSurnames(prepareName(a), prepareName(b));
}

Level compareOrganisations(const OrganisationName &a, const OrganisationName &b)
{
    if (a.core.isEmpty() || b.core.isEmpty() || a.tokens.isEmpty() || b.tokens.isEmpty())
        return Level::Missing;
    if (equalIgnoringSpaces(a.core, b.core))
        return Level::Exact;

    const QStringList &smaller = a.tokens.size() <= b.tokens.size() ? a.tokens : b.tokens;
    const QStringList &larger = a.tokens.size() <= b.tokens.size() ? b.tokens : a.tokens;
    const bool inside = std::all_of(smaller.cbegin(), smaller.cend(), [&larger](const QString &token) { return larger.contains(token); });
    // A single shared common word is not a company ("Conseil" / "Alpha Conseil"): the one word
    // must lead the longer name ("Teleperformance" / "Teleperformance France").
    if (inside && (smaller.size() >= 2 || smaller.first() == larger.first()))
        return Level::Similar;
    if (tokenSetJaroWinkler(a.tokens, b.tokens) >= 0.9)
        return Level::Similar;
    return Level::Different;
}

Level compareEmails(const QString &a, const QString &b)
{
    const QString emailA = normaliseEmail(a);
    const QString emailB = normaliseEmail(b);
    if (emailA.isEmpty() || emailB.isEmpty() || isGenericMailbox(emailA) || isGenericMailbox(emailB))
        return Level::Missing;
    return compareNormalisedEmails(emailA, emailB);
}

Level compareNormalisedEmails(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return Level::Missing;
    if (a == b)
        return Level::Exact;
    const qsizetype atA = a.lastIndexOf(u'@');
    const qsizetype atB = b.lastIndexOf(u'@');
    if (atA > 0 && atA == atB && a.left(atA) == b.left(atB))
        return Level::Similar;
    return Level::Different;
}

Level comparePhones(QStringView e164a, QStringView e164b)
{
    if (e164a.isEmpty() || e164b.isEmpty())
        return Level::Missing;
    if (e164a == e164b)
        return Level::Exact;
    if (e164a.size() >= 8 && e164b.size() >= 8 && e164a.right(8) == e164b.right(8))
        return Level::Similar;
    return Level::Different;
}

Level comparePostcodes(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return Level::Missing;
    if (a == b)
        return Level::Exact;
    const qsizetype length = a.startsWith(u"97") || a.startsWith(u"98") ? 3 : 2;
    if (a.size() >= length && b.size() >= length && a.left(length) == b.left(length))
        return Level::Similar;
    return Level::Different;
}

Level compareCities(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return Level::Missing;
    if (equalIgnoringSpaces(a, b))
        return Level::Exact;
    return jaroWinkler(a, b) >= 0.9 ? Level::Similar : Level::Different;
}

Level compareStreets(QStringView a, QStringView b)
{
    return compareCities(a, b);
}

Level compareDates(QStringView isoA, QStringView isoB)
{
    const auto digitsOf = [](QStringView text, char16_t(&digits)[8]) {
        int count = 0;
        for (const QChar c : text) {
            if (c.unicode() >= u'0' && c.unicode() <= u'9') {
                if (count == 8)
                    return false;
                digits[count++] = c.unicode();
            }
        }
        return count == 8;
    };
    char16_t a[8];
    char16_t b[8];
    if (!digitsOf(isoA, a) || !digitsOf(isoB, b))
        return Level::Missing;

    int differences = 0;
    for (int i = 0; i < 8; ++i)
        differences += a[i] != b[i] ? 1 : 0;
    if (differences == 0)
        return Level::Exact;
    if (differences == 1)
        return Level::Similar;
    // yyyy MM dd: positions 4–5 are the month, 6–7 the day.
    const bool sameYear = std::equal(a, a + 4, b);
    const bool swapped = a[4] == b[6] && a[5] == b[7] && a[6] == b[4] && a[7] == b[5];
    return sameYear && swapped ? Level::Similar : Level::Different;
}

Level compareIdentifiers(QStringView a, QStringView b, IdentifierTolerance tolerance)
{
    const auto compact = [](QStringView text, QVarLengthArray<char16_t, StackSize> &out) {
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                out.append(c.toUpper().unicode());
        }
    };
    QVarLengthArray<char16_t, StackSize> compactA;
    QVarLengthArray<char16_t, StackSize> compactB;
    compact(a, compactA);
    compact(b, compactB);
    if (compactA.isEmpty() || compactB.isEmpty())
        return Level::Missing;
    const QStringView viewA(compactA.constData(), compactA.size());
    const QStringView viewB(compactB.constData(), compactB.size());
    if (viewA == viewB)
        return Level::Exact;
    if (tolerance == IdentifierTolerance::OneEdit && damerauLevenshtein(viewA, viewB) <= 1)
        return Level::Similar;
    return Level::Different;
}

} // namespace adhera::merge
