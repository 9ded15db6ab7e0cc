// SPDX-License-Identifier: GPL-3.0-or-later
#include "clubfilegenerator.h"

#include "demo/dice.h"
#include "demo/lorrainetowns.h"
#include "io/cp1252.h"
#include "text/textfold.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace adhera::demo {

namespace {

// ---------------------------------------------------------------------------------------------
// Vocabulary, in the style of demodata.cpp (DOMAIN §5).

const QStringView femaleNames[] = {u"Catherine", u"Sylvie", u"Nathalie", u"Isabelle", u"Christine", u"Valérie", u"Sandrine", u"Stéphanie",
    u"Véronique", u"Céline", u"Aurélie", u"Émilie", u"Élodie", u"Julie", u"Mélanie", u"Laëtitia", u"Gaëlle", u"Sophie", u"Hélène", u"Chloé",
    u"Léa", u"Manon", u"Inès", u"Anaïs", u"Françoise", u"Martine", u"Sabrina", u"Delphine", u"Virginie", u"Karine", u"Corinne", u"Patricia",
    u"Audrey", u"Caroline", u"Laurence", u"Agnès", u"Muriel", u"Estelle", u"Marion", u"Pauline", u"Sarah", u"Camille", u"Justine",
    u"Amandine", u"Jessica", u"Elsa", u"Noémie", u"Coralie", u"Fabienne", u"Brigitte"};
const QStringView maleNames[] = {u"Philippe", u"Thierry", u"Christophe", u"Stéphane", u"Sébastien", u"Nicolas", u"Frédéric", u"Laurent",
    u"Olivier", u"Éric", u"Jérôme", u"Cédric", u"Julien", u"Grégory", u"Anthony", u"Kévin", u"Mickaël", u"Loïc", u"Benoît", u"Raphaël",
    u"Joël", u"Hervé", u"Maxime", u"Thomas", u"Pascal", u"Patrick", u"Didier", u"Bruno", u"Franck", u"Vincent", u"David", u"Arnaud",
    u"Fabrice", u"Guillaume", u"Romain", u"Mathieu", u"Alexandre", u"Yannick", u"Damien", u"Ludovic", u"Jérémy", u"Florian", u"Sylvain",
    u"Gilles", u"Denis", u"Bertrand", u"Xavier", u"Aurélien", u"Quentin", u"François"};
// Never guessed from the name: the civilité is drawn at random.
const QStringView ambiguousNames[] = {u"Dominique", u"Claude", u"Camille"};
const QStringView femaleCompounds[]
    = {u"Marie-Hélène", u"Anne-Sophie", u"Marie-Christine", u"Anne-Laure", u"Marie-Laure", u"Marie-Pierre", u"Anne-Marie", u"Marie-France"};
const QStringView maleCompounds[] = {u"Jean-Pierre", u"Jean-Marc", u"Jean-François", u"Pierre-Yves", u"Jean-Luc", u"Jean-Michel",
    u"Jean-Philippe", u"Paul-Henri", u"Jean-Claude", u"Jean-Louis"};

const QStringView surnames[] = {
    // Germanic (Moselle)
    u"Muller", u"Schmitt", u"Klein", u"Weber", u"Meyer", u"Schneider", u"Fischer", u"Wagner", u"Hoffmann", u"Becker", u"Bauer", u"Kieffer",
    u"Jung", u"Wolff", u"Roth", u"Schaeffer", u"Weiss", u"Zimmermann", u"Kremer", u"Lang", u"Koch", u"Hermann", u"Schwartz", u"Frantz",
    u"Lorentz", u"Stoffel", u"Brunner", u"Keller", u"Gross", u"Schuller", u"Hesse", u"Braun", u"Krier", u"Huber", u"Hamm", u"Wendling",
    u"Schwab", u"Mayer", u"Bour", u"Hilt", u"Kirsch", u"Ritter", u"Scherer", u"Vogel", u"Lauer", u"Müller", u"Jacob", u"Thill", u"Fuchs",
    u"Engel",
    // Lorraine / French
    u"Thomas", u"Simon", u"Mathieu", u"Jacquemin", u"Colin", u"Didier", u"Henry", u"François", u"Marchal", u"Humbert", u"Thiébaut",
    u"Petitjean", u"Grandjean", u"Masson", u"Poirot", u"Vautrin", u"Collignon", u"Perrin", u"Martin", u"Bernard", u"Durand", u"Dupont",
    u"Lambert", u"Girard", u"Laurent", u"Michel", u"Richard", u"Petit", u"Robert", u"Gérard", u"Léonard", u"Claude", u"Antoine", u"Aubry",
    u"Barbier", u"Chrétien", u"Lefèvre", u"Mangin", u"Noël", u"Pierson", u"Remy", u"Gérardin", u"Thouvenin", u"Adam", u"Toussaint",
    u"Guillaume", u"Hennequin", u"Courtois", u"Lecomte", u"Febvre", u"de La Fontaine", u"Le Gall",
    // Italian, Polish, Maghrebi, Portuguese, Turkish, African
    u"Rossi", u"Bianchi", u"Ferrari", u"Lombardi", u"Di Stefano", u"Romano", u"Colombo", u"Marino", u"D'Angelo", u"Russo", u"Kowalski",
    u"Nowak", u"Wisniewski", u"Lewandowski", u"Kaczmarek", u"Wójcik", u"Mazur", u"Benali", u"Haddad", u"Mansouri", u"El Amrani", u"Bouzid",
    u"Cherif", u"Da Silva", u"Dos Santos", u"Ferreira", u"Pereira", u"Rodrigues", u"Yilmaz", u"Demir", u"N'Diaye", u"Diallo", u"Œuvrard"};

struct StreetType {
    QStringView full;
    QStringView shortForm;
};
const StreetType streetTypes[] = {
    {u"rue", u"r."},
    {u"avenue", u"av."},
    {u"boulevard", u"bd"},
    {u"place", u"pl."},
    {u"allée", u"all."},
    {u"impasse", u"imp."},
    {u"route", u"rte"},
};
struct Street {
    int type; // index in streetTypes
    QStringView name;
};
const Street streets[] = {
    {0, u"de la Gare"},
    {0, u"Victor-Hugo"},
    {0, u"Jean-Jaurès"},
    {0, u"Pasteur"},
    {0, u"des Jardins"},
    {0, u"du Moulin"},
    {0, u"de l'Église"},
    {0, u"des Tilleuls"},
    {0, u"Saint-Nicolas"},
    {0, u"de la Paix"},
    {0, u"des Artisans"},
    {0, u"du Général-Leclerc"},
    {0, u"de la Forge"},
    {0, u"des Tanneurs"},
    {0, u"Serpenoise"},
    {0, u"Charles-III"},
    {1, u"Foch"},
    {1, u"de Strasbourg"},
    {1, u"de la Libération"},
    {1, u"du Général-de-Gaulle"},
    {1, u"Robert-Schuman"},
    {2, u"de la République"},
    {2, u"Clemenceau"},
    {2, u"de l'Europe"},
    {2, u"Solidarité"},
    {3, u"du Marché"},
    {3, u"Stanislas"},
    {4, u"des Érables"},
    {4, u"de l'Innovation"},
    {5, u"des Acacias"},
    {6, u"de Metz"},
    {6, u"de Nancy"},
};
const QStringView businessParks[] = {
    u"ZAC du Pôle Est",
    u"ZAC des Deux Rivières",
    u"Parc d'activités du Breuil",
    u"Espace Corbin",
};

const QStringView namePrefixes[] = {u"Lorraine", u"Moselle", u"Meurthe", u"Grand Est", u"Stanislas", u"Fensch", u"Seille", u"Sarre",
    u"Horizon", u"Alliance", u"Synergie", u"Amplitude", u"Tempo", u"Linéa", u"Arc", u"Austrasie", u"Mirabelle", u"Chardon", u"Saulnois",
    u"Trois Frontières", u"Rive Gauche", u"Pays-Haut", u"Val d'Orne", u"Est"};
const QStringView nameCores[]
    = {u"Relation Client", u"Contact Services", u"Téléservices", u"Appels", u"Multicanal", u"Call Center", u"Recouvrement", u"Téléconseil",
        u"Accueil", u"Conseil Clients", u"Services clients", u"Télémarketing", u"Contact", u"Assistance", u"Relation Abonnés"};
const QStringView nameQualifiers[] = {u"", u"Plus", u"Direct", u"Solutions", u"Partenaires", u"Nord", u"Sud", u"Ouest", u"Centre", u"Pro",
    u"Conseil", u"Distribution", u"Développement", u"Expertise", u"Qualité", u"Première", u"Avenir", u"Réseau", u"Dialogue", u"Proximité",
    u"Énergie", u"Santé", u"Assurances", u"Banque", u"Mutuelle", u"Voyages", u"Habitat", u"Automobile", u"Énergies", u"Numérique"};
struct LegalForm {
    QStringView plain;
    QStringView dotted;
};
const LegalForm legalForms[] = {{u"SAS", u"S.A.S."}, {u"SAS", u"S.A.S."}, {u"SARL", u"S.A.R.L."}, {u"SARL", u"S.A.R.L."}, {u"SA", u"S.A."},
    {u"SASU", u"S.A.S.U."}, {u"EURL", u"E.U.R.L."}};

struct Title {
    QStringView male;
    QStringView female;
};
const Title titles[] = {
    {u"Directeur de centre", u"Directrice de centre"},
    {u"Directeur des opérations", u"Directrice des opérations"},
    {u"Responsable de plateau", u"Responsable de plateau"},
    {u"Superviseur", u"Superviseuse"},
    {u"Chargé de recrutement", u"Chargée de recrutement"},
    {u"Responsable formation", u"Responsable formation"},
    {u"Chargé de qualité", u"Chargée de qualité"},
    {u"Responsable workforce management", u"Responsable workforce management"},
    {u"Conseiller clientèle", u"Conseillère clientèle"},
    {u"Chef de projet", u"Cheffe de projet"},
    {u"Formateur", u"Formatrice"},
    {u"DRH", u"DRH"},
    {u"Assistant de direction", u"Assistante de direction"},
    {u"Team leader", u"Team leader"},
    {u"Gérant", u"Gérante"},
};

// Connect was exported before the merger; both clubs' members joined between these dates.
const QDate firstJoining(2005, 1, 10);
const QDate mergerDate(2016, 3, 30);

// ---------------------------------------------------------------------------------------------
// The population.

struct Company {
    QString name; // "Horizon Appels Nord"
    LegalForm form;
    QString slug; // "horizon-appels-nord"
    QString number; // "12 bis"
    int street = 0;
    int town = 0;
    QString park; // empty or a business park
    QString switchboard; // ten digits
    bool contactMailbox = false; // some staff give contact@ as their address
};

struct Person {
    bool female = false;
    bool compound = false;
    QString firstName;
    QString birthName;
    QString marriedName; // empty when none
    int company = 0;
    int previousCompany = -1;
    bool previousInConnect = false; // which file still shows the previous employer
    const Title *title = nullptr;
    QString mailbox; // local part: "jean-pierre.martin"
    QString personalMail; // "jean-pierre.martin57@example.com"
    QString directLine; // ten digits, or empty
    QString mobile; // ten digits, or empty
    bool inConnect = false;
    bool inViatis = false;
};

// Numbers of an ARCEP fiction block ("0353010000"…"0353019999"), each once in a scrambled
// order, then again: the blocks hold 10,000 numbers only.
class NumberPool final
{
public:
    explicit NumberPool(QStringView prefix, int offset) : m_prefix(prefix.toString()), m_next(offset) { }
    QString take()
    {
        const int n = int((qint64(m_next++) * 7919) % 10000);
        return m_prefix + u"%1"_s.arg(n, 4, 10, QChar(u'0'));
    }

private:
    QString m_prefix;
    int m_next;
};

QString slugOf(const QString &name)
{
    return text::fold(name).replace(u' ', u'-');
}

// "Jean-Pierre Martin" → "jean-pierre.martin" (or "j.martin", "jpmartin", "martin.jean-pierre").
QString mailboxFor(Dice &dice, const QString &first, const QString &last)
{
    const QString f = slugOf(first);
    const QString l = QString(slugOf(last)).remove(u'-');
    const int style = dice.between(1, 100);
    if (style <= 60)
        return f + u'.' + l;
    QString initials;
    for (const QString &part : f.split(u'-', Qt::SkipEmptyParts))
        initials += part.front();
    if (style <= 80)
        return initials + u'.' + l;
    if (style <= 90)
        return initials + l;
    return l + u'.' + f;
}

// The long tail of surnames, built from syllables in the region's styles ("Kraunberg", "Marlot",
// "Belotti"): a real file of 100,000 persons holds tens of thousands of surnames, and a short list
// alone would make every name a crowd.
const QStringView germanicOnsets[]
    = {u"Sch", u"Kr", u"Br", u"H", u"W", u"M", u"L", u"R", u"St", u"Fr", u"Gr", u"K", u"B", u"D", u"Z", u"Tr"};
const QStringView germanicVowels[] = {u"a", u"e", u"i", u"o", u"u", u"ei", u"au", u"ü"};
const QStringView germanicCodas[] = {u"ll", u"rt", u"nd", u"ck", u"tz", u"ss", u"rn", u"lm", u"hn", u"ng"};
const QStringView germanicEndings[] = {u"", u"er", u"mann", u"inger", u"el", u"ler", u"berg"};
const QStringView frenchOnsets[] = {u"B", u"C", u"D", u"F", u"G", u"J", u"L", u"M", u"P", u"R", u"T", u"V", u"Ch", u"Gu", u"Th"};
const QStringView frenchVowels[] = {u"a", u"e", u"i", u"o", u"ou", u"au", u"ai"};
const QStringView frenchMiddles[] = {u"r", u"l", u"n", u"s", u"v", u"m", u"d", u"ss", u"ll", u"rr"};
const QStringView frenchEndings[] = {u"et", u"ot", u"in", u"on", u"and", u"ard", u"ier", u"eau", u"ais", u"el", u"ille", u"y"};
const QStringView italianOnsets[] = {u"B", u"C", u"F", u"G", u"L", u"M", u"P", u"R", u"S", u"T", u"V"};
const QStringView italianVowels[] = {u"a", u"e", u"i", u"o", u"u"};
const QStringView italianMiddles[] = {u"r", u"l", u"n", u"s", u"t", u"cc", u"ll", u"nn", u"tt"};
const QStringView italianEndings[] = {u"i", u"o", u"a", u"etti", u"ini", u"elli", u"one"};

QString inventedSurname(Dice &dice)
{
    const int style = dice.between(1, 100);
    if (style <= 40)
        return dice.pick(germanicOnsets).toString() + dice.pick(germanicVowels) + dice.pick(germanicCodas) + dice.pick(germanicEndings);
    if (style <= 85)
        return dice.pick(frenchOnsets).toString() + dice.pick(frenchVowels) + dice.pick(frenchMiddles) + dice.pick(frenchEndings);
    return dice.pick(italianOnsets).toString() + dice.pick(italianVowels) + dice.pick(italianMiddles) + dice.pick(italianEndings);
}

// The region's frequent surnames for a third of the persons, the long tail for the others.
QString surnameFrom(Dice &dice)
{
    return dice.chance(0.35) ? dice.pick(surnames).toString() : inventedSurname(dice);
}

QString firstNameFor(Dice &dice, bool female, bool &compound)
{
    compound = dice.chance(0.12);
    if (compound)
        return (female ? dice.pick(femaleCompounds) : dice.pick(maleCompounds)).toString();
    if (dice.chance(0.03))
        return dice.pick(ambiguousNames).toString();
    return (female ? dice.pick(femaleNames) : dice.pick(maleNames)).toString();
}

// A few large members listing a dozen or more contacts, most listing one to four. Integer
// draws only: no floating-point function whose last bit could differ between platforms.
int companyFor(Dice &dice, int count)
{
    const int large = std::max(1, count / 50);
    return dice.chance(0.1) ? dice.between(0, large - 1) : dice.between(0, count - 1);
}

std::vector<Company> makeCompanies(Dice &dice, int count, NumberPool &landlines)
{
    constexpr int prefixCount = int(std::size(namePrefixes));
    constexpr int coreCount = int(std::size(nameCores));
    constexpr int qualifierCount = int(std::size(nameQualifiers));
    constexpr int capacity = prefixCount * coreCount * qualifierCount;
    std::vector<Company> companies(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        // A stride prime to the capacity visits every name once before any repeats.
        const int j = int((qint64(i) * 7919) % capacity);
        Company &c = companies[std::size_t(i)];
        c.name = namePrefixes[j % prefixCount].toString() + u' ' + nameCores[(j / prefixCount) % coreCount].toString();
        const QStringView qualifier = nameQualifiers[j / (prefixCount * coreCount)];
        if (!qualifier.isEmpty())
            c.name += u' ' + qualifier.toString();
        if (i >= capacity)
            c.name += u' ' + QString::number(i / capacity + 1);
        c.form = dice.pick(legalForms);
        c.slug = slugOf(c.name);
        c.number = QString::number(dice.between(1, 140));
        if (dice.chance(0.08))
            c.number += dice.chance(0.7) ? u" bis"_s : u" ter"_s;
        c.street = dice.between(0, int(std::size(streets)) - 1);
        c.town = dice.between(0, int(std::size(towns)) - 1);
        // Metz 57070 is the Technopôle.
        if (towns[c.town].postcode == u"57070")
            c.park = u"Technopôle"_s;
        else if (dice.chance(0.3))
            c.park = dice.pick(businessParks).toString();
        c.switchboard = landlines.take();
        c.contactMailbox = dice.chance(0.2);
    }
    return companies;
}

// ---------------------------------------------------------------------------------------------
// How an export spells things.

QString withoutAccents(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'à':
        case u'â':
        case u'ä': out += u'a'; break;
        case u'é':
        case u'è':
        case u'ê':
        case u'ë': out += u'e'; break;
        case u'î':
        case u'ï': out += u'i'; break;
        case u'ô':
        case u'ö':
        case u'ó': out += u'o'; break;
        case u'ù':
        case u'û':
        case u'ü': out += u'u'; break;
        case u'ç': out += u'c'; break;
        case u'ÿ': out += u'y'; break;
        case u'œ': out += u"oe"_s; break;
        case u'æ': out += u"ae"_s; break;
        case u'À':
        case u'Â':
        case u'Ä': out += u'A'; break;
        case u'É':
        case u'È':
        case u'Ê':
        case u'Ë': out += u'E'; break;
        case u'Î':
        case u'Ï': out += u'I'; break;
        case u'Ô':
        case u'Ö':
        case u'Ó': out += u'O'; break;
        case u'Ù':
        case u'Û':
        case u'Ü': out += u'U'; break;
        case u'Ç': out += u'C'; break;
        case u'Œ': out += u"OE"_s; break;
        case u'Æ': out += u"AE"_s; break;
        default: out += ch;
        }
    }
    return out;
}

// One edit a person makes typing: a letter replaced, dropped, doubled, or two swapped.
QString withTypo(Dice &dice, const QString &text)
{
    if (text.size() < 4)
        return text;
    QString out = text;
    const int at = dice.between(1, int(text.size()) - 2); // the first letter is rarely wrong
    if (!out[at].isLetter())
        return out;
    switch (dice.between(0, 3)) {
    case 0: {
        const QChar letter(char16_t(u'a' + dice.between(0, 25)));
        out[at] = out[at].isUpper() ? letter.toUpper() : letter;
        break;
    }
    case 1: out.remove(at, 1); break;
    case 2: out.insert(at, out[at]); break;
    default:
        if (out[at + 1].isLetter())
            std::swap(out[at], out[at + 1]);
        break;
    }
    return out;
}

// "Jean-Pierre" as forms show it: "Jean Pierre", "J-P", "JP", "J.-P.".
QString compoundVariant(Dice &dice, const QString &name)
{
    const QStringList parts = name.split(u'-');
    const int draw = dice.between(1, 100);
    if (draw <= 55 || parts.size() != 2)
        return name;
    if (draw <= 75)
        return parts.join(u' ');
    const QChar a = parts[0].front();
    const QChar b = parts[1].front();
    if (draw <= 85)
        return QString(a) + u'-' + b;
    if (draw <= 93)
        return QString(a) + b;
    return QString(a) + u".-"_s + b + u'.';
}

// "0353011234" written "03 53 01 12 34", "03.53.01.12.34", "0353011234" or "+33353011234".
QString phoneVariant(Dice &dice, const QString &digits, bool connect)
{
    const int draw = dice.between(1, 100);
    auto grouped = [&](QChar separator) {
        QString out;
        for (int i = 0; i < 10; i += 2) {
            if (i)
                out += separator;
            out += digits.mid(i, 2);
        }
        return out;
    };
    const QString international = u"+33"_s + digits.mid(1);
    if (connect) {
        if (draw <= 60)
            return grouped(u' ');
        if (draw <= 75)
            return grouped(u'.');
        if (draw <= 92)
            return digits;
        return international;
    }
    if (draw <= 55)
        return international;
    if (draw <= 70)
        return u"+33 "_s + digits.mid(1, 1) + u' ' + grouped(u' ').mid(3);
    if (draw <= 90)
        return digits;
    return grouped(u' ');
}

QString companyVariant(Dice &dice, const Company &company, bool connect)
{
    const int draw = dice.between(1, 100);
    QString name;
    if (draw <= 45)
        name = company.name;
    else if (draw <= 60)
        name = company.name.toUpper() + u' ' + company.form.plain.toString();
    else if (draw <= 70)
        name = company.name + u' ' + company.form.dotted.toString();
    else if (draw <= 76)
        name = u"Sté "_s + company.name;
    else if (draw <= 83)
        name = company.name.toUpper() + u" FRANCE "_s + company.form.dotted.toString();
    else if (draw <= 93)
        name = company.name + u" – site de "_s + towns[company.town].city.toString();
    else
        name = company.name.toLower();
    // Excel's autocorrect turns the apostrophe typographic.
    if (connect && dice.chance(0.5))
        name.replace(u'\'', u'’');
    return name;
}

QString streetVariant(Dice &dice, const Company &company, bool connect)
{
    const Street &street = streets[company.street];
    const StreetType &type = streetTypes[street.type];
    const bool abbreviated = dice.chance(connect ? 0.4 : 0.15);
    QString line = company.number + u' ' + (abbreviated ? type.shortForm : type.full).toString() + u' ' + street.name.toString();
    if (dice.chance(0.04))
        line = withTypo(dice, line);
    if (!company.park.isEmpty() && dice.chance(0.7))
        line = company.park + u", "_s + line;
    return line;
}

struct RenderContext {
    const std::vector<Company> &companies;
    bool connect;
};

// One row of a file for a person: the 13 columns in the file's own order.
QStringList renderRow(Dice &dice, const RenderContext &context, const Person &person)
{
    const bool connect = context.connect;
    const bool dropAccents = dice.chance(connect ? 0.3 : 0.08);
    const bool oldEmployer = person.previousCompany >= 0 && person.previousInConnect == connect;
    const Company &company = context.companies[std::size_t(oldEmployer ? person.previousCompany : person.company)];

    QString civility;
    if (!dice.chance(0.08)) {
        const bool female = dice.chance(0.03) ? !person.female : person.female; // a wrong one now and then
        if (connect || dice.chance(0.5))
            civility = female ? u"Mme"_s : u"M."_s;
        else
            civility = female ? u"Madame"_s : u"Monsieur"_s;
    }

    QString last = person.birthName;
    if (!person.marriedName.isEmpty()) {
        const int draw = dice.between(1, 100);
        if (draw <= 55)
            last = person.marriedName;
        else if (draw <= 67)
            last = person.marriedName + u" née "_s + person.birthName;
        else if (draw <= 75)
            last = person.birthName.toUpper() + u" épouse "_s + person.marriedName.toUpper();
        else if (draw <= 88)
            last = person.birthName + u'-' + person.marriedName;
        // else: the birth name only, as the person signed up before marrying
    }
    if (dice.chance(0.03))
        last = withTypo(dice, last);
    if (dice.chance(connect ? 0.6 : 0.08))
        last = last.toUpper();

    QString first = person.compound ? compoundVariant(dice, person.firstName) : person.firstName;
    if (dice.chance(0.03))
        first = withTypo(dice, first);
    if (dice.chance(0.02))
        first = first.toUpper();
    // Names in the wrong columns.
    if (connect && dice.chance(0.01))
        std::swap(first, last);

    const QString organisation = dice.chance(0.05) ? QString() : companyVariant(dice, company, connect);
    const QString job
        = dice.chance(0.15) || !person.title ? QString() : (person.female ? person.title->female : person.title->male).toString();
    const QString street = dice.chance(0.07) ? QString() : streetVariant(dice, company, connect);
    const Town &town = towns[company.town];
    const QString postcode = dice.chance(0.03) ? QString() : town.postcode.toString();
    QString city = town.city.toString();
    if (dice.chance(0.02))
        city = withTypo(dice, city);
    if (connect && dice.chance(0.4))
        city = withoutAccents(city).toUpper().replace(u'-', u' ');
    if (dice.chance(0.02))
        city.clear();

    QString phone;
    const int phoneDraw = dice.between(1, 100);
    if (phoneDraw <= 30 || (phoneDraw <= 80 && person.directLine.isEmpty()))
        phone = phoneVariant(dice, company.switchboard, connect);
    else if (phoneDraw <= 80)
        phone = phoneVariant(dice, person.directLine, connect);
    const QString mobile = !person.mobile.isEmpty() && dice.chance(0.85) ? phoneVariant(dice, person.mobile, connect) : QString();

    QString email;
    const int mailDraw = dice.between(1, 100);
    if (company.contactMailbox && mailDraw <= 30)
        email = u"contact@"_s + company.slug + u".example.org"_s;
    else if (mailDraw <= 40)
        email = person.personalMail;
    else if (mailDraw <= 94)
        email = person.mailbox + u'@' + company.slug + u".example.org"_s;
    if (connect && dice.chance(0.05))
        email = email.toUpper();

    QString joined;
    if (!dice.chance(0.05)) {
        const QDate date = dice.dateBetween(firstJoining, mergerDate);
        joined = date.toString(connect ? u"dd/MM/yyyy"_s : u"yyyy-MM-dd"_s);
    }

    if (dropAccents) {
        first = withoutAccents(first);
        last = withoutAccents(last);
        city = withoutAccents(city);
    }
    // A name that went through a wrong encoding once: "HÃ©lÃ¨ne".
    if (!connect && dice.chance(0.01))
        first = QString::fromLatin1(first.toUtf8());

    if (connect)
        return {QString(), civility, last, first, organisation, job, street, postcode, city, phone, mobile, email, joined};
    return {QString(), civility, first, last, organisation, job, street, postcode, city, phone, mobile, email, joined};
}

// Rows of one file: each member once, then the in-file duplicates, shuffled; ids in file order.
GeneratedTable renderTable(Dice &dice, const RenderContext &context, const std::vector<Person> &people, double duplicates)
{
    GeneratedTable table;
    if (context.connect) {
        table.headers = QStringList {u"N° adhérent"_s, u"Civilité"_s, u"Nom"_s, u"Prénom"_s, u"Société"_s, u"Fonction"_s, u"Adresse"_s,
            u"CP"_s, u"Ville"_s, u"Téléphone"_s, u"Portable"_s, u"E-mail"_s, u"Date d'adhésion"_s};
    } else {
        table.headers = QStringList {u"id"_s, u"civility"_s, u"first_name"_s, u"last_name"_s, u"company"_s, u"job_title"_s, u"street"_s,
            u"zip"_s, u"city"_s, u"phone"_s, u"mobile"_s, u"email"_s, u"member_since"_s};
    }
    std::vector<int> members;
    for (int index = 0; index < int(people.size()); ++index)
        if (context.connect ? people[std::size_t(index)].inConnect : people[std::size_t(index)].inViatis)
            members.push_back(index);
    std::vector<int> entities = members;
    const int extra = members.empty() ? 0 : int(std::lround(double(members.size()) * duplicates));
    for (int i = 0; i < extra; ++i)
        entities.push_back(members[std::size_t(dice.between(0, int(members.size()) - 1))]);
    for (std::size_t i = entities.size(); i > 1; --i)
        std::swap(entities[i - 1], entities[std::size_t(dice.between(0, int(i) - 1))]);

    table.rows.reserve(qsizetype(entities.size()));
    int number = context.connect ? 1001 : 1;
    for (const int entity : entities) {
        QStringList row = renderRow(dice, context, people[std::size_t(entity)]);
        row[0] = context.connect ? QString::number(number++) : u"VT-%1"_s.arg(number++, 6, 10, QChar(u'0'));
        table.rows.append(std::move(row));
    }
    table.entities = std::move(entities);
    return table;
}

void appendLine(QString &line, const QStringList &fields, QChar separator, QStringView lineEnd)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += separator;
        const QString &field = fields[i];
        if (field.contains(separator) || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
            line += u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
        else
            line += field;
    }
    line += lineEnd;
}

} // namespace

ClubFiles generateClubFiles(const ClubFileOptions &options)
{
    Dice dice(options.seed);
    const int count = std::max(0, options.people);
    NumberPool landlines(u"035301", 0);
    NumberPool mobiles(u"063998", 5000);
    const int companyCount = std::max(8, count / 4);
    const std::vector<Company> companies = makeCompanies(dice, companyCount, landlines);

    std::vector<Person> people(static_cast<std::size_t>(count));
    for (int index = 0; index < count; ++index) {
        Person &p = people[std::size_t(index)];
        p.female = dice.chance(0.5);
        p.firstName = firstNameFor(dice, p.female, p.compound);
        p.birthName = surnameFrom(dice);
        p.company = companyFor(dice, companyCount);
        if (index > 10 && dice.chance(0.015)) {
            // A homonym: another person of the same name, at another company.
            const Person &other = people[std::size_t(dice.between(0, index - 1))];
            p.female = other.female;
            p.compound = other.compound;
            p.firstName = other.firstName;
            p.birthName = other.birthName;
            if (p.company == other.company)
                p.company = (p.company + 1) % companyCount;
        } else if (index > 10 && dice.chance(0.02)) {
            // A colleague with the same surname: a spouse, a sibling, a namesake.
            const Person &other = people[std::size_t(dice.between(0, index - 1))];
            p.company = other.company;
            p.birthName = other.marriedName.isEmpty() ? other.birthName : other.marriedName;
            while (p.firstName == other.firstName)
                p.firstName = firstNameFor(dice, p.female, p.compound);
        } else if (dice.chance(p.female ? 0.3 : 0.02)) {
            do
                p.marriedName = surnameFrom(dice);
            while (p.marriedName == p.birthName);
        }
        if (companyCount > 1 && dice.chance(0.08)) {
            p.previousCompany = companyFor(dice, companyCount);
            if (p.previousCompany == p.company)
                p.previousCompany = (p.company + 1) % companyCount;
            p.previousInConnect = dice.chance(0.5);
        }
        p.title = &dice.pick(titles);
        const QString used = p.marriedName.isEmpty() ? p.birthName : p.marriedName;
        p.mailbox = mailboxFor(dice, p.firstName, used);
        p.personalMail = slugOf(p.firstName) + u'.' + QString(slugOf(used)).remove(u'-') + QString::number(dice.between(10, 99))
            + (dice.chance(0.5) ? u"@example.com"_s : u"@example.org"_s);
        if (dice.chance(0.6))
            p.directLine = landlines.take();
        if (dice.chance(0.65))
            p.mobile = mobiles.take();
        if (dice.chance(options.overlap)) {
            p.inConnect = p.inViatis = true;
        } else if (dice.chance(0.5)) {
            p.inConnect = true;
        } else {
            p.inViatis = true;
        }
    }

    ClubFiles files;
    files.connect = renderTable(dice, {companies, true}, people, options.inFileDuplicates);
    files.viatis = renderTable(dice, {companies, false}, people, options.inFileDuplicates);

    files.people.reserve(people.size());
    for (const Person &p : people)
        files.people.push_back({p.firstName, p.birthName, p.marriedName.isEmpty() ? p.birthName : p.marriedName, p.company,
            p.previousCompany, p.inConnect, p.inViatis});
    files.companies.reserve(qsizetype(companies.size()));
    for (const Company &c : companies)
        files.companies << c.name;

    // The generic mailboxes actually written for more than one person.
    QHash<QString, QSet<int>> mailboxUsers;
    for (const GeneratedTable *table : {&files.connect, &files.viatis})
        for (qsizetype row = 0; row < table->rows.size(); ++row) {
            const QString email = table->rows[row][11].toLower();
            if (email.startsWith(u"contact@"_s))
                mailboxUsers[email].insert(table->entities[std::size_t(row)]);
        }
    for (auto it = mailboxUsers.cbegin(); it != mailboxUsers.cend(); ++it)
        if (it.value().size() > 1)
            files.sharedMailboxes << it.key();
    files.sharedMailboxes.sort();
    return files;
}

QByteArray toConnectCsv(const GeneratedTable &table)
{
    QString text;
    appendLine(text, table.headers, u';', u"\r\n");
    for (const QStringList &row : table.rows)
        appendLine(text, row, u';', u"\r\n");
    return io::cp1252::encode(text);
}

QByteArray toViatisCsv(const GeneratedTable &table)
{
    QString text;
    appendLine(text, table.headers, u',', u"\n");
    for (const QStringList &row : table.rows)
        appendLine(text, row, u',', u"\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

std::vector<std::pair<int, int>> homonymPairs(const ClubFiles &files)
{
    QHash<QString, QList<int>> byName;
    for (int index = 0; index < int(files.people.size()); ++index) {
        const GeneratedPerson &p = files.people[std::size_t(index)];
        byName[text::fold(p.firstName) + u'|' + text::fold(p.birthName)] << index;
    }
    std::vector<std::pair<int, int>> pairs;
    for (const QList<int> &group : std::as_const(byName))
        for (qsizetype i = 0; i < group.size(); ++i)
            for (qsizetype j = i + 1; j < group.size(); ++j)
                if (files.people[std::size_t(group[i])].company != files.people[std::size_t(group[j])].company)
                    pairs.emplace_back(std::min(group[i], group[j]), std::max(group[i], group[j]));
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

std::vector<std::pair<int, int>> colleaguePairs(const ClubFiles &files)
{
    QHash<QString, QList<int>> bySurname;
    for (int index = 0; index < int(files.people.size()); ++index) {
        const GeneratedPerson &p = files.people[std::size_t(index)];
        bySurname[QString::number(p.company) + u'|' + text::fold(p.usedName)] << index;
    }
    std::vector<std::pair<int, int>> pairs;
    for (const QList<int> &group : std::as_const(bySurname))
        for (qsizetype i = 0; i < group.size(); ++i)
            for (qsizetype j = i + 1; j < group.size(); ++j)
                if (text::fold(files.people[std::size_t(group[i])].firstName) != text::fold(files.people[std::size_t(group[j])].firstName))
                    pairs.emplace_back(std::min(group[i], group[j]), std::max(group[i], group[j]));
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace adhera::demo
