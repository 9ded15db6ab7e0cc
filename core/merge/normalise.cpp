// SPDX-License-Identifier: GPL-3.0-or-later
#include "normalise.h"

#include "io/cp1252.h"
#include "members/identifiers.h"
#include "members/phonenumbers.h"
#include "text/textfold.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace adhera::merge {

namespace {

// "HÃ©lÃ¨ne" → "Hélène": UTF-8 bytes that went through Windows-1252 or Latin-1. Left unchanged
// unless the bytes decode as valid UTF-8.
QString repairMojibake(const QString &text)
{
    if (!text.contains(QChar(0x00C3)) && !text.contains(QChar(0x00C2)) && !text.contains(QChar(0x00C5)))
        return text;
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        const int byte = io::cp1252::byteOf(c.unicode());
        if (byte < 0)
            return text;
        bytes.append(char(byte));
    }
    const QString decoded = QString::fromUtf8(bytes);
    return decoded.contains(QChar::ReplacementCharacter) ? text : decoded;
}

QString glueApostrophes(QString text)
{
    static const QRegularExpression apostrophes(u"\\s*['\u2019\u2018\u02BC`]\\s*"_s);
    return text.remove(apostrophes);
}

QStringList foldedTokens(const QString &raw)
{
    return text::fold(glueApostrophes(raw)).split(u' ', Qt::SkipEmptyParts);
}

QString civilityFor(const QString &folded)
{
    static const QHash<QString, QString> civilities {{u"m"_s, u"M."_s}, {u"mr"_s, u"M."_s}, {u"monsieur"_s, u"M."_s}, {u"mme"_s, u"Mme"_s},
        {u"madame"_s, u"Mme"_s}, {u"mlle"_s, u"Mlle"_s}, {u"melle"_s, u"Mlle"_s}, {u"mademoiselle"_s, u"Mlle"_s}, {u"dr"_s, u"Dr"_s},
        {u"docteur"_s, u"Dr"_s}, {u"pr"_s, u"Pr"_s}, {u"professeur"_s, u"Pr"_s}};
    return civilities.value(folded);
}

// Removes civilities at the start of a name field. A lone "M" is kept: it is more likely the
// initial of a given name than a civility.
QString stripCivility(const QString &raw, QString *civility)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    QStringList words = raw.split(spaces, Qt::SkipEmptyParts);
    while (!words.isEmpty()) {
        const QString folded = text::fold(words.first());
        const QString found = civilityFor(folded);
        if (found.isEmpty() || (words.size() == 1 && folded.size() < 2))
            break;
        if (civility->isEmpty())
            *civility = found;
        words.removeFirst();
    }
    return words.join(u' ');
}

bool isParticle(const QString &token)
{
    static const QSet<QString> particles {u"de"_s, u"du"_s, u"des"_s, u"la"_s, u"le"_s, u"les"_s, u"van"_s, u"von"_s, u"der"_s, u"den"_s,
        u"da"_s, u"dos"_s, u"das"_s, u"di"_s, u"del"_s, u"della"_s, u"ten"_s, u"ter"_s, u"d"_s, u"l"_s};
    return particles.contains(token);
}

QStringList withoutLeadingParticles(QStringList tokens)
{
    while (tokens.size() > 1 && isParticle(tokens.first()))
        tokens.removeFirst();
    return tokens;
}

// The German transcription of ü, ö, ä, which fold would turn into u, o, a.
QString germanForm(const QString &raw)
{
    static const QRegularExpression umlaut(u"[\u00FC\u00F6\u00E4\u00DC\u00D6\u00C4]"_s);
    if (!raw.contains(umlaut))
        return {};
    QString transcribed = raw;
    transcribed.replace(u"\u00FC"_s, u"ue"_s).replace(u"\u00F6"_s, u"oe"_s).replace(u"\u00E4"_s, u"ae"_s);
    transcribed.replace(u"\u00DC"_s, u"Ue"_s).replace(u"\u00D6"_s, u"Oe"_s).replace(u"\u00C4"_s, u"Ae"_s);
    return foldedTokens(transcribed).join(u' ');
}

// The other folded forms of one written surname: without particle, without elided d'/l', German ue.
QStringList variantsOf(const QString &raw)
{
    QStringList variants;
    const QStringList tokens = foldedTokens(raw);
    variants << tokens.join(u' ') << withoutLeadingParticles(tokens).join(u' ');
    static const QRegularExpression elided(
        u"^\\s*(?:(?:de|du|de\\s+la|le|la)\\s+)?[dl]\\s*['\u2019\u2018\u02BC`]\\s*(.+)$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = elided.match(raw);
    if (match.hasMatch())
        variants << foldedTokens(match.captured(1)).join(u' ');
    variants << germanForm(raw);
    return variants;
}

QStringList splitHyphens(const QString &raw)
{
    static const QRegularExpression hyphen(u"\\s*[-\u2010\u2011\u2013\u2014]\\s*"_s);
    return raw.split(hyphen, Qt::SkipEmptyParts);
}

} // namespace

PersonName normalisePersonName(const QString &firstName, const QString &lastName)
{
    PersonName name;

    const QString given = stripCivility(repairMojibake(firstName), &name.civility);
    static const QRegularExpression givenSeparators(u"[\\s\\-\u2010\u2011\u2013\u2014._/,]+"_s);
    static const QRegularExpression vowel(u"[aeiouy]"_s);
    for (const QString &piece : given.split(givenSeparators, Qt::SkipEmptyParts)) {
        const QString folded = text::fold(glueApostrophes(piece)).remove(u' ');
        if (folded.isEmpty())
            continue;
        // "JP", "JM", "MH": two or three letters without a vowel are initials, not a name.
        if (folded.size() == 1 || (folded.size() <= 3 && !folded.contains(vowel) && !folded.front().isDigit())) {
            name.givenInitials += folded;
            continue;
        }
        name.givenTokens << folded;
        name.givenInitials += folded.front();
    }

    QString surname = stripCivility(repairMojibake(lastName), &name.civility);
    static const QRegularExpression parenthesis(u"\\(([^)]*)\\)"_s);
    QStringList parts;
    QStringList bracketed;
    for (auto it = parenthesis.globalMatch(surname); it.hasNext();)
        bracketed << it.next().captured(1);
    surname.remove(parenthesis);
    static const QRegularExpression connector(
        u"(?:^|\\s+)(?:n[\u00E9e]e?|[\u00E9e]pouse|[\u00E9e]p\\.?|veuve|vve\\.?|divorc[\u00E9e]e)(?:\\s+|$)|\\s*/\\s*"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    parts << surname.split(connector, Qt::SkipEmptyParts) << bracketed;

    QStringList candidates;
    for (const QString &part : std::as_const(parts)) {
        const QStringList tokens = foldedTokens(part);
        if (tokens.isEmpty())
            continue;
        name.surnameTokens << tokens;
        candidates << variantsOf(part);
        const QStringList halves = splitHyphens(part);
        if (halves.size() > 1) {
            for (const QString &half : halves) {
                const QStringList halfTokens = foldedTokens(half);
                // "Saint-Exupéry" is not filed under "Saint", nor "Le-Bris" under "Le".
                if (halfTokens.size() == 1
                    && (isParticle(halfTokens.first()) || halfTokens.first() == u"saint"_s || halfTokens.first() == u"sainte"_s
                        || halfTokens.first() == u"st"_s))
                    continue;
                candidates << variantsOf(half);
            }
        }
    }
    // The whole surname with every ü written ue, for files that transcribe all of it.
    QStringList germanFull;
    for (const QString &part : std::as_const(parts)) {
        const QString german = germanForm(part);
        germanFull << (german.isEmpty() ? foldedTokens(part).join(u' ') : german);
    }
    germanFull.removeAll(QString());
    candidates << germanFull.join(u' ');

    const QString full = name.surnameTokens.join(u' ');
    for (const QString &candidate : std::as_const(candidates)) {
        if (!candidate.isEmpty() && candidate != full && !name.altSurnames.contains(candidate))
            name.altSurnames << candidate;
    }
    return name;
}

OrganisationName normaliseOrganisation(const QString &name)
{
    QString raw = repairMojibake(name);
    // "S.A.R.L." → "SARL", before fold turns the dots into spaces.
    static const QRegularExpression dotted(u"(?<![\\p{L}\\p{N}])((?:\\p{L}\\.)+\\p{L})\\.?(?![\\p{L}\\p{N}])"_s);
    for (QRegularExpressionMatch match = dotted.match(raw); match.hasMatch(); match = dotted.match(raw)) {
        QString letters = match.captured(1);
        raw.replace(match.capturedStart(), match.capturedLength(), letters.remove(u'.'));
    }

    QString rawSite;
    static const QRegularExpression dash(u"\\s+[-\u2013\u2014]\\s+|\\s*[\u2013\u2014]\\s*"_s);
    const QRegularExpressionMatch dashMatch = dash.match(raw);
    if (dashMatch.hasMatch()) {
        rawSite = raw.mid(dashMatch.capturedEnd());
        raw.truncate(dashMatch.capturedStart());
    }

    static const QSet<QString> legalForms {u"sa"_s, u"sas"_s, u"sasu"_s, u"sarl"_s, u"eurl"_s, u"snc"_s, u"scop"_s, u"gie"_s, u"sca"_s,
        u"scs"_s, u"sci"_s, u"sem"_s, u"selarl"_s, u"selas"_s, u"ste"_s, u"societe"_s, u"ets"_s, u"etablissement"_s, u"etablissements"_s,
        u"groupe"_s, u"group"_s, u"siege"_s};
    const auto clean = [&](const QString &text, QStringList *site) {
        const QStringList tokens = foldedTokens(text);
        QStringList kept;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString &token = tokens.at(i);
            if (token == u"site"_s && site) {
                qsizetype from = i + 1;
                if (from < tokens.size() && (tokens.at(from) == u"de"_s || tokens.at(from) == u"d"_s))
                    ++from;
                *site = tokens.mid(from);
                break;
            }
            if (token == u"siege"_s && i + 1 < tokens.size() && tokens.at(i + 1) == u"social"_s)
                ++i;
            if (legalForms.contains(token))
                continue;
            kept << token;
        }
        return kept;
    };

    QStringList siteTokens;
    OrganisationName result;
    result.tokens = clean(raw, &siteTokens);
    if (!rawSite.isEmpty()) {
        QStringList ignored;
        QStringList fromDash = clean(rawSite, &ignored);
        if (!ignored.isEmpty())
            fromDash << ignored;
        if (siteTokens.isEmpty())
            siteTokens = fromDash;
    }
    QStringList site;
    for (const QString &token : std::as_const(siteTokens)) {
        if (!legalForms.contains(token))
            site << token;
    }
    // A name made only of legal words ("Groupe SA") keeps them rather than becoming empty.
    if (result.tokens.isEmpty())
        result.tokens = foldedTokens(raw);
    result.core = result.tokens.join(u' ');
    result.site = site.join(u' ');
    return result;
}

QString normaliseOrganisationName(const QString &name)
{
    return normaliseOrganisation(name).core;
}

QStringList organisationNameTokens(const QString &name)
{
    return normaliseOrganisation(name).tokens;
}

QString normaliseEmail(const QString &email)
{
    QString text = email.trimmed();
    static const QRegularExpression bracketed(u"<([^<>]*@[^<>]*)>"_s);
    const QRegularExpressionMatch match = bracketed.match(text);
    if (match.hasMatch())
        text = match.captured(1).trimmed();
    if (text.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    text = text.toLower();
    return text.contains(u'@') ? text : QString();
}

bool isGenericMailbox(const QString &email)
{
    const QString normalised = normaliseEmail(email);
    if (normalised.isEmpty())
        return false;
    QString local = normalised.left(normalised.indexOf(u'@'));
    local = local.left(local.indexOf(u'+') < 0 ? local.size() : local.indexOf(u'+'));
    static const QSet<QString> generic {u"contact"_s, u"contacts"_s, u"info"_s, u"infos"_s, u"information"_s, u"informations"_s,
        u"accueil"_s, u"secretariat"_s, u"direction"_s, u"rh"_s, u"drh"_s, u"recrutement"_s, u"emploi"_s, u"jobs"_s, u"compta"_s,
        u"comptabilite"_s, u"facturation"_s, u"factures"_s, u"admin"_s, u"administration"_s, u"noreply"_s, u"no-reply"_s, u"donotreply"_s,
        u"nepasrepondre"_s, u"bonjour"_s, u"hello"_s, u"commercial"_s, u"ventes"_s, u"sales"_s, u"support"_s, u"service"_s,
        u"serviceclient"_s, u"sav"_s, u"office"_s, u"mail"_s, u"webmaster"_s, u"postmaster"_s, u"communication"_s, u"marketing"_s,
        u"presse"_s, u"team"_s, u"equipe"_s, u"adherents"_s, u"club"_s, u"association"_s, u"asso"_s, u"president"_s, u"presidence"_s,
        u"tresorier"_s, u"tresorerie"_s, u"standard"_s, u"reception"_s};
    if (generic.contains(local))
        return true;
    static const QRegularExpression separator(u"[._-]"_s);
    return generic.contains(local.section(separator, 0, 0));
}

QString emailDomain(const QString &email)
{
    const QString normalised = normaliseEmail(email);
    const qsizetype at = normalised.lastIndexOf(u'@');
    return at < 0 ? QString() : normalised.mid(at + 1);
}

QString normalisePhone(const QString &phone)
{
    const phone::Parsed parsed = phone::normalise(phone);
    return parsed.valid ? parsed.e164 : QString();
}

QString normaliseStreet(const QString &street)
{
    static const QHash<QString, QString> abbreviations {{u"r"_s, u"rue"_s}, {u"av"_s, u"avenue"_s}, {u"ave"_s, u"avenue"_s},
        {u"bd"_s, u"boulevard"_s}, {u"bld"_s, u"boulevard"_s}, {u"blvd"_s, u"boulevard"_s}, {u"boul"_s, u"boulevard"_s},
        {u"bvd"_s, u"boulevard"_s}, {u"pl"_s, u"place"_s}, {u"all"_s, u"allee"_s}, {u"imp"_s, u"impasse"_s}, {u"rte"_s, u"route"_s},
        {u"chem"_s, u"chemin"_s}, {u"fg"_s, u"faubourg"_s}, {u"fbg"_s, u"faubourg"_s}, {u"st"_s, u"saint"_s}, {u"ste"_s, u"sainte"_s},
        {u"sq"_s, u"square"_s}, {u"crs"_s, u"cours"_s}};
    static const QHash<QString, QString> repeats {
        {u"b"_s, u"bis"_s}, {u"bis"_s, u"bis"_s}, {u"t"_s, u"ter"_s}, {u"ter"_s, u"ter"_s}, {u"quater"_s, u"quater"_s}};
    static const QRegularExpression number(u"^(\\d+)([a-z]*)$"_s);
    static const QRegularExpression postalBox(u"^(?:bp|cs|tsa)\\d+$"_s);
    static const QRegularExpression digits(u"^\\d+$"_s);

    const QStringList tokens = text::fold(repairMojibake(street)).split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        const bool numberFollows = i + 1 < tokens.size() && digits.match(tokens.at(i + 1)).hasMatch();
        if (token == u"cedex"_s || token == u"bp"_s || token == u"cs"_s || token == u"tsa"_s) {
            if (numberFollows)
                ++i;
            continue;
        }
        if (postalBox.match(token).hasMatch())
            continue;
        // "n° 12" folds to "n 12".
        if ((token == u"n"_s || token == u"no"_s) && numberFollows)
            continue;
        const QRegularExpressionMatch numbered = number.match(token);
        if (numbered.hasMatch()) {
            QString suffix = repeats.value(numbered.captured(2), numbered.captured(2));
            if (suffix.isEmpty() && i + 1 < tokens.size()
                && (tokens.at(i + 1) == u"bis"_s || tokens.at(i + 1) == u"ter"_s || tokens.at(i + 1) == u"quater"_s)) {
                suffix = tokens.at(i + 1);
                ++i;
            }
            out << numbered.captured(1) + suffix;
            continue;
        }
        out << abbreviations.value(token, token);
    }
    return out.join(u' ');
}

QString normalisePostcode(const QString &postcode)
{
    const QString digits = identifiers::digitsOnly(postcode);
    if (digits.size() == 5)
        return digits;
    if (digits.size() == 4)
        return u'0' + digits;
    // "BP 55025 – 57071 METZ CEDEX 3": the postcode is the last group of five.
    static const QRegularExpression five(u"(?<!\\d)\\d{5}(?!\\d)"_s);
    QString last;
    for (auto it = five.globalMatch(postcode); it.hasNext();)
        last = it.next().captured();
    return last.isEmpty() ? digits : last;
}

namespace {

QString collapseDoubles(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (out.isEmpty() || out.back() != c)
            out += c;
    }
    return out;
}

} // namespace

QString frenchPhonetic(const QString &word)
{
    QString key;
    for (const QChar c : text::fold(repairMojibake(word))) {
        if (c >= u'a' && c <= u'z')
            key += c;
    }
    if (key.isEmpty())
        return {};
    key = collapseDoubles(key);

    using Rule = std::pair<QRegularExpression, QString>;
    static const QList<Rule> rules {
        {QRegularExpression(u"chr"_s), u"kr"_s},
        {QRegularExpression(u"s?[cs]h"_s), u"5"_s},
        {QRegularExpression(u"ph"_s), u"f"_s},
        {QRegularExpression(u"th"_s), u"t"_s},
        {QRegularExpression(u"gu(?=[eiy])"_s), u"g"_s},
        {QRegularExpression(u"ge(?=[aou])"_s), u"j"_s},
        {QRegularExpression(u"c?qu|ck|q"_s), u"k"_s},
        {QRegularExpression(u"c(?=[eiy])"_s), u"s"_s},
        {QRegularExpression(u"c"_s), u"k"_s},
        {QRegularExpression(u"g(?=[eiy])"_s), u"j"_s},
        {QRegularExpression(u"w"_s), u"v"_s},
        {QRegularExpression(u"y"_s), u"i"_s},
        {QRegularExpression(u"z"_s), u"s"_s},
        {QRegularExpression(u"dt"_s), u"t"_s},
        {QRegularExpression(u"x(?!$)"_s), u"ks"_s},
        {QRegularExpression(u"h"_s), QString()},
        {QRegularExpression(u"(?<=[^aeiou])([uoa])e(?=[^aeiou])"_s), u"\\1"_s},
        {QRegularExpression(u"e?aul?[tdsx]*$"_s), u"o"_s},
        {QRegularExpression(u"e?au"_s), u"o"_s},
        {QRegularExpression(u"ien(?![aeiou0-9])"_s), u"i1"_s},
        {QRegularExpression(u"[ae]i[nm](?![aeiou0-9])"_s), u"1"_s},
        {QRegularExpression(u"[iu][nm](?![aeiou0-9])"_s), u"1"_s},
        {QRegularExpression(u"[ae][nm](?![aeiou0-9])"_s), u"2"_s},
        {QRegularExpression(u"o[nm](?![aeiou0-9])"_s), u"3"_s},
        {QRegularExpression(u"oeu"_s), u"9"_s},
        {QRegularExpression(u"ou"_s), u"8"_s},
        {QRegularExpression(u"eu"_s), u"9"_s},
        {QRegularExpression(u"[ae]i"_s), u"e"_s},
    };
    for (const Rule &rule : rules)
        key.replace(rule.first, rule.second);

    key = collapseDoubles(key);
    if (key.size() > 1 && key.endsWith(u'e'))
        key.chop(1);
    if (key.size() > 1 && (key.endsWith(u's') || key.endsWith(u't') || key.endsWith(u'x') || key.endsWith(u'd')))
        key.chop(1);
    return key;
}

} // namespace adhera::merge
