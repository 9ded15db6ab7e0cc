// SPDX-License-Identifier: GPL-3.0-or-later
#include "personnames.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

// The small words of French place and family names, written in lower case inside them
// (« Saint-Dié-des-Vosges », « Pont-à-Mousson », « Villers-lès-Nancy », « Dupont épouse Martin »).
bool isParticle(const QString &word)
{
    static const QSet<QString> particles {u"à"_s, u"au"_s, u"aux"_s, u"de"_s, u"des"_s, u"du"_s, u"en"_s, u"et"_s, u"la"_s, u"le"_s,
        u"les"_s, u"lès"_s, u"lez"_s, u"sous"_s, u"sur"_s, u"épouse"_s, u"née"_s, u"veuve"_s, u"dit"_s, u"dite"_s};
    return particles.contains(word);
}

QString capitalised(const QString &lowerWord)
{
    return lowerWord.isEmpty() ? lowerWord : lowerWord.left(1).toUpper() + lowerWord.mid(1);
}

} // namespace

QString fromCapitals(const QString &value)
{
    bool hasLetters = false;
    for (const QChar c : value) {
        if (c.isLower())
            return value;
        hasLetters = hasLetters || c.isLetter();
    }
    if (!hasLetters || value.trimmed().size() < 2)
        return value;
    // Words and what separates them (spaces, hyphens, apostrophes) kept in order.
    static const QRegularExpression word(u"[\\p{L}\\p{M}]+"_s);
    QString result;
    qsizetype last = 0;
    bool first = true;
    for (auto match = word.globalMatch(value); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        result += value.mid(last, found.capturedStart() - last);
        const QString lower = found.captured().toLower();
        // An elided article (« L'Hôpital », « D'Huison ») keeps its capital at the start.
        const bool elided = value.mid(found.capturedEnd(), 1) == u"'"_s || value.mid(found.capturedEnd(), 1) == u"’"_s;
        result += !first && (isParticle(lower) || (elided && lower.size() == 1)) ? lower : capitalised(lower);
        last = found.capturedEnd();
        first = false;
    }
    result += value.mid(last);
    return result;
}

QString listName(const QString &lastName, const QString &firstName)
{
    return firstName.isEmpty() ? lastName.toUpper() : lastName.toUpper() + u' ' + firstName;
}

QString letterName(const QString &firstName, const QString &lastName)
{
    return firstName.isEmpty() ? lastName.toUpper() : firstName + u' ' + lastName.toUpper();
}

} // namespace adhera
