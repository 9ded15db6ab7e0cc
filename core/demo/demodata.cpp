// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "db/database.h"
#include "db/sql.h"
#include "demo/demoassemblies.h"
#include "demo/democlub.h"
#include "demo/demodues.h"
#include "demo/demoimport.h"
#include "demo/dice.h"
#include "demo/lorrainetowns.h"
#include "members/identifiers.h"
#include "members/memberfile.h"
#include "members/searchindex.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::demo {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::demo)
};

// The generated file describes the club as it stands at this date, whatever today is, so that
// the same seed always gives the same file.
const QDate horizon(2026, 10, 31);
// Connect and Viatis merged into L2C on this date: later members joined L2C itself.
const QDate mergerDate(2016, 3, 30);
const QDate firstJoining(2005, 1, 10);
// The RGPD applies from this date; consents are captured after it.
const QDate rgpdDate(2018, 5, 25);

// ---------------------------------------------------------------------------------------------
// Places: the towns of lorrainetowns.h.

QString cityOf(QStringView postcode)
{
    for (const Town &town : towns)
        if (town.postcode == postcode)
            return town.city.toString();
    return {};
}

bool inMoselle(const QString &postcode)
{
    return postcode.startsWith(u"57"_s);
}

const QStringView streets[] = {
    u"rue de la Gare",
    u"rue Victor-Hugo",
    u"rue Jean-Jaurès",
    u"rue Pasteur",
    u"rue des Jardins",
    u"rue du Moulin",
    u"rue de l'Église",
    u"rue des Tilleuls",
    u"rue Saint-Nicolas",
    u"rue de la Paix",
    u"rue des Artisans",
    u"rue du Général-Leclerc",
    u"avenue Foch",
    u"avenue de Strasbourg",
    u"avenue de la Libération",
    u"avenue du Général-de-Gaulle",
    u"boulevard de la République",
    u"boulevard Clemenceau",
    u"boulevard de l'Europe",
    u"allée des Érables",
    u"allée des Peupliers",
    u"allée de l'Innovation",
    u"impasse des Acacias",
    u"place du Marché",
    u"quai des Bateliers",
    u"route de Metz",
    u"route de Nancy",
    u"rue de la Forge",
};

const QStringView businessParks[] = {
    u"ZAC du Pôle Est",
    u"ZAC des Deux Rivières",
    u"Parc d'activités du Breuil",
    u"Parc d'activités de la Houblonnière",
    u"ZAC de la Tuilerie",
    u"Espace Corbin",
};

// "12 bis rue de la Gare", sometimes in a business park, always in the Technopôle at Metz 57070.
QString streetAddress(Dice &dice, const QString &postcode, bool business)
{
    QString number = QString::number(dice.between(1, 140));
    if (dice.percent(8))
        number += dice.percent(70) ? u" bis"_s : u" ter"_s;
    const QString street = number + u' ' + dice.pick(streets).toString();
    if (postcode == u"57070"_s)
        return u"Technopôle, "_s + street;
    if (business && dice.percent(30))
        return dice.pick(businessParks).toString() + u", "_s + street;
    return street;
}

// ---------------------------------------------------------------------------------------------
// Organisations, invented on the model of the region's contact centres (DOMAIN §5.2).

enum class Kind { InHouse, Outsourcer, Vendor, Training, Institution, Consulting };

QString kindNote(Kind kind)
{
    switch (kind) {
    case Kind::InHouse: return u"Centre de relation client intégré."_s;
    case Kind::Outsourcer: return u"Prestataire : centre de contacts externalisé."_s;
    case Kind::Vendor: return u"Éditeur de solutions pour centres de contacts."_s;
    case Kind::Training: return u"Organisme de formation aux métiers de la relation client."_s;
    case Kind::Institution: return u"Institution partenaire."_s;
    case Kind::Consulting: return u"Cabinet de conseil."_s;
    }
    return {};
}

struct OrganisationSeed {
    QStringView name;
    QStringView legalForm;
    QStringView category; // empty: not a member (a closed site, an individual member's own firm)
    QStringView band;
    QStringView postcode;
    Kind kind;
    QStringView slug = {}; // the e-mail and web domain, when the name makes a poor one
    int sameCompanyAs = -1; // another site of the same company: same SIREN, another SIRET
    QStringView note = {};
};

// Index 0 is the président's organisation: a large member.
const OrganisationSeed organisationSeeds[] = {
    {u"Lorraine Relation Client", u"SAS", u"ENT_L", u"200-499", u"57070", Kind::Outsourcer},
    {u"Moselle Contact Services", u"SARL", u"ENT_M", u"50-199", u"57050", Kind::Outsourcer},
    {u"Centre d'appels du Technopôle", u"SAS", u"ENT_M", u"50-199", u"57070", Kind::Outsourcer, u"cat-metz"},
    {u"Agence de développement du Grand Nancy", u"", u"INST", u"", u"54000", Kind::Institution, u"adgn"},
    {u"Crédit Lorrain Mutuel – Centre de relation clients", u"SA", u"ENT_L", u"200-499", u"57000", Kind::InHouse, u"credit-lorrain-mutuel"},
    {u"Plateau Est Téléservices", u"SAS", u"ENT_L", u"200-499", u"54520", Kind::Outsourcer},
    {u"Stanislas Contact", u"SARL", u"ENT_S", u"1-49", u"54000", Kind::Outsourcer},
    {u"Énergies de Lorraine – Service clients", u"SA", u"ENT_XL", u"500+", u"54700", Kind::InHouse, u"energies-de-lorraine"},
    {u"Mosaïque Multicanal", u"SAS", u"ENT_XL", u"500+", u"54500", Kind::Outsourcer},
    {u"Trois Frontières Appels", u"SARL", u"ENT_M", u"50-199", u"57100", Kind::Outsourcer},
    {u"Logitel Solutions", u"SAS", u"PART", u"50-199", u"57070", Kind::Vendor},
    {u"Sarre-Moselle Télémarketing", u"SARL", u"ENT_S", u"1-49", u"57600", Kind::Outsourcer},
    {u"Maison de l'emploi du Pays messin", u"", u"INST", u"1-49", u"57000", Kind::Institution, u"mde-pays-messin"},
    {u"Fensch Téléconseil", u"SASU", u"ENT_S", u"1-49", u"57700", Kind::Outsourcer},
    {u"Banque de la Seille – Direct Banque", u"SA", u"ENT_M", u"50-199", u"57050", Kind::InHouse, u"banque-de-la-seille"},
    {u"Euro-Contact Sarreguemines", u"SAS", u"ENT_M", u"50-199", u"57200", Kind::Outsourcer},
    {u"Callis Lorraine", u"SAS", u"ENT_L", u"200-499", u"54320", Kind::Outsourcer},
    {u"Institut lorrain des métiers de la relation client", u"SARL", u"PART", u"1-49", u"57000", Kind::Training, u"ilmrc"},
    {u"Voix de l'Est", u"SCOP", u"ENT_S", u"1-49", u"54300", Kind::Outsourcer},
    {u"Les Plateaux mussipontains", u"SARL", u"ENT_S", u"1-49", u"54700", Kind::Outsourcer},
    {u"Relais Client Grand Est", u"SAS", u"ENT_XL", u"500+", u"57000", Kind::Outsourcer},
    {u"Télécom Lorraine Services – Service clients", u"SA", u"ENT_XL", u"500+", u"54000", Kind::InHouse, u"telecom-lorraine"},
    {u"Multicontact Toulois", u"EURL", u"ENT_S", u"1-49", u"54200", Kind::Outsourcer},
    {u"Vocalis Technologies", u"SAS", u"PART", u"50-199", u"57070", Kind::Vendor},
    {u"Saint-Avold Téléservices", u"SARL", u"ENT_M", u"50-199", u"57500", Kind::Outsourcer},
    {u"Linéa Conseil Clients", u"SAS", u"ENT_M", u"50-199", u"57140", Kind::Outsourcer},
    {u"Maison Vautrin Cosmétiques – Centre client européen", u"SAS", u"ENT_L", u"200-499", u"57800", Kind::InHouse, u"maison-vautrin"},
    {u"Amplitude Relation Clients – site de Yutz", u"SAS", u"ENT_L", u"200-499", u"57970", Kind::Outsourcer, u"amplitude-rc"},
    {u"Quai des Appels", u"SAS", u"ENT_S", u"1-49", u"57000", Kind::Outsourcer},
    {u"Cabinet Humbert & Associés", u"SARL", u"PART", u"1-49", u"54000", Kind::Consulting, u"humbert-associes"},
    {u"Ariane Télé-Accueil", u"SARL", u"ENT_S", u"1-49", u"54600", Kind::Outsourcer},
    {u"Mission attractivité Moselle", u"", u"INST", u"", u"57000", Kind::Institution},
    {u"Nancy Contact Center", u"SAS", u"ENT_M", u"50-199", u"54100", Kind::Outsourcer},
    {u"Amplitude Relation Clients – site de Nancy", u"SAS", u"ENT_M", u"50-199", u"54000", Kind::Outsourcer, u"amplitude-rc", 27},
    {u"Assurances du Pays messin – Centre de gestion", u"SA", u"ENT_M", u"50-199", u"57000", Kind::InHouse, u"assurances-pays-messin"},
    {u"GIE Mutualité Lorraine Services", u"GIE", u"ENT_M", u"50-199", u"54000", Kind::InHouse, u"mutualite-lorraine"},
    {u"Moselle Énergie Distribution – Centre clients", u"SAS", u"ENT_L", u"200-499", u"57950", Kind::InHouse, u"moselle-energie"},
    {u"Synergie Appels Entrants", u"SAS", u"ENT_M", u"50-199", u"54270", Kind::Outsourcer},
    {u"Numéris CTI", u"SARL", u"PART", u"1-49", u"54000", Kind::Vendor},
    {u"Acti-Plateau Lorraine – site de Toul", u"SAS", u"", u"200-499", u"54200", Kind::Outsourcer, u"acti-plateau", -1,
        u"Site fermé en janvier 2018."},
    {u"Tempo Téléservices", u"SARL", u"ENT_S", u"1-49", u"54710", Kind::Outsourcer},
    {u"Centre de contacts de la Seille", u"SAS", u"ENT_M", u"50-199", u"57155", Kind::Outsourcer, u"cc-seille"},
    {u"Lignes de Lorraine – Centre info voyageurs", u"SAS", u"ENT_S", u"1-49", u"54000", Kind::InHouse, u"lignes-de-lorraine"},
    {u"Eaux de la Moselle – Relation abonnés", u"SA", u"ENT_M", u"50-199", u"57100", Kind::InHouse, u"eaux-de-la-moselle"},
    {u"Campus Relation Client Nancy", u"SAS", u"PART", u"1-49", u"54000", Kind::Training},
    {u"VPC Lorraine Distribution – Service consommateurs", u"SAS", u"ENT_L", u"200-499", u"57500", Kind::InHouse, u"vpc-lorraine"},
    {u"Crédit Lorrain Mutuel – Centre de Vandœuvre", u"SA", u"ENT_M", u"50-199", u"54500", Kind::InHouse, u"credit-lorrain-mutuel", 4},
    {u"Logis mosellan – Service locataires", u"SA", u"ENT_S", u"1-49", u"57050", Kind::InHouse, u"logis-mosellan"},
    {u"Qualiscope Conseil", u"EURL", u"PART", u"1-49", u"57000", Kind::Consulting},
    {u"Omnicanal Software", u"SAS", u"PART", u"1-49", u"54520", Kind::Vendor},
    {u"Caisse mutuelle agricole de Lorraine – Centre d'appels", u"GIE", u"ENT_M", u"50-199", u"54520", Kind::InHouse, u"cmal"},
    {u"Pôle numérique lorrain", u"", u"INST", u"", u"54500", Kind::Institution},
    {u"Pharma Est Répartition – Centre de commandes", u"SAS", u"ENT_M", u"50-199", u"54710", Kind::InHouse, u"pharma-est"},
    {u"Alliance Téléservices Nancy", u"SAS", u"ENT_M", u"50-199", u"54100", Kind::Outsourcer},
    {u"Direct Services Moselle", u"SARL", u"", u"50-199", u"57000", Kind::Outsourcer, u"", -1, u"Société radiée en 2019 (liquidation)."},
    {u"Meurthe Contact", u"SARL", u"ENT_S", u"1-49", u"54270", Kind::Outsourcer},
    {u"Recrutement Est Talents", u"SAS", u"PART", u"1-49", u"57050", Kind::Consulting},
    {u"Rive Droite Call", u"SAS", u"ENT_S", u"1-49", u"57050", Kind::Outsourcer},
    {u"Assistance routière de l'Est", u"SAS", u"ENT_M", u"50-199", u"57600", Kind::InHouse},
    {u"Agence économique du Val de Fensch", u"", u"INST", u"", u"57700", Kind::Institution, u"aevf"},
    {u"Arc mosellan Services", u"SAS", u"ENT_M", u"50-199", u"57970", Kind::Outsourcer},
    {u"Jacquemin Conseil", u"EURL", u"", u"1-49", u"54600", Kind::Consulting},
    {u"Point Voix Lorraine", u"SARL", u"ENT_S", u"1-49", u"54200", Kind::Outsourcer},
    {u"Horizon Relation Clients", u"SAS", u"ENT_L", u"200-499", u"57155", Kind::Outsourcer},
    {u"Banque thionvilloise de crédit – Centre de relation clients", u"SA", u"ENT_M", u"50-199", u"57100", Kind::InHouse, u"btc-banque"},
    {u"Formapro Moselle", u"SARL", u"PART", u"1-49", u"57970", Kind::Training},
    {u"Santé Services Lorraine – Plateforme de rendez-vous", u"SAS", u"ENT_S", u"1-49", u"54100", Kind::InHouse,
        u"sante-services-lorraine"},
    {u"Téléassistance Seniors Moselle", u"SAS", u"ENT_S", u"1-49", u"57400", Kind::Outsourcer},
    {u"Acteo Recouvrement amiable", u"SAS", u"ENT_S", u"1-49", u"57950", Kind::Outsourcer, u"acteo"},
    {u"Perrin Ressources humaines", u"SARL", u"PART", u"1-49", u"54600", Kind::Consulting},
    {u"Agence Sarre-Moselle Développement", u"", u"INST", u"", u"57200", Kind::Institution},
    {u"Lorraine Automobiles Services – Relation client", u"SAS", u"ENT_S", u"1-49", u"57140", Kind::InHouse, u"lorraine-automobiles"},
    {u"Moselle Est Recouvrement", u"SARL", u"ENT_S", u"1-49", u"57400", Kind::Outsourcer},
    {u"Cloud Contact Lorraine", u"SASU", u"PART", u"1-49", u"54320", Kind::Vendor},
    {u"Optique Grandjean – Service clients", u"SARL", u"ENT_S", u"1-49", u"57200", Kind::InHouse, u"optique-grandjean"},
    {u"Kieffer Formation Conseil", u"EURL", u"", u"1-49", u"57050", Kind::Consulting},
    {u"Plateforme emploi relation client de Thionville", u"", u"INST", u"", u"57100", Kind::Institution, u"perc-thionville"},
    {u"Centre d'appels de Maxéville", u"SNC", u"ENT_M", u"50-199", u"54320", Kind::Outsourcer, u"ca-maxeville"},
    {u"Dos Santos Consulting", u"SASU", u"", u"1-49", u"54000", Kind::Consulting},
    {u"École de commerce et de relation client de Metz", u"SAS", u"PART", u"50-199", u"57070", Kind::Training, u"ecrc-metz"},
};
constexpr int presidentOrganisation = 0;
constexpr int seedCount = int(std::size(organisationSeeds));

// For organisations beyond the hand-written list (and for fillLarge): names built from parts.
const QStringView namePrefixes[] = {
    u"Lorraine",
    u"Moselle",
    u"Meurthe",
    u"Grand Est",
    u"Stanislas",
    u"Fensch",
    u"Seille",
    u"Sarre",
    u"Horizon",
    u"Alliance",
    u"Synergie",
    u"Amplitude",
    u"Tempo",
    u"Linéa",
    u"Arc",
    u"Austrasie",
    u"Mirabelle",
    u"Chardon",
    u"Saulnois",
    u"Trois Frontières",
    u"Rive Gauche",
    u"Pays-Haut",
    u"Vôge",
    u"Est",
};
const QStringView nameCores[] = {
    u"Relation Client",
    u"Contact Services",
    u"Téléservices",
    u"Appels",
    u"Multicanal",
    u"Call Center",
    u"Recouvrement",
    u"Téléconseil",
    u"Accueil",
    u"Conseil Clients",
    u"Services clients",
    u"Télémarketing",
    u"Contact",
    u"Assistance",
    u"Relation Abonnés",
};
const QStringView legalForms[] = {u"SAS", u"SAS", u"SAS", u"SARL", u"SARL", u"SA", u"SASU", u"EURL", u"SNC", u"SCOP", u"GIE"};

struct Band {
    QStringView category;
    QStringView band;
};
const Band companyBands[] = {{u"ENT_S", u"1-49"}, {u"ENT_M", u"50-199"}, {u"ENT_L", u"200-499"}, {u"ENT_XL", u"500+"}};

// "Crédit Lorrain Mutuel – Centre de Nancy" → "credit-lorrain-mutuel": the brand before the dash.
QString slugOf(const QString &name)
{
    const QString brand = name.section(u" – "_s, 0, 0);
    return text::fold(brand).replace(u' ', u'-');
}

// ---------------------------------------------------------------------------------------------
// People (DOMAIN §5.1): born 1960–2000, the Lorraine mix of names.

const QStringView femaleNames[] = {
    u"Marie-Hélène",
    u"Catherine",
    u"Sylvie",
    u"Nathalie",
    u"Isabelle",
    u"Christine",
    u"Valérie",
    u"Sandrine",
    u"Stéphanie",
    u"Véronique",
    u"Céline",
    u"Aurélie",
    u"Émilie",
    u"Élodie",
    u"Julie",
    u"Mélanie",
    u"Laëtitia",
    u"Lætitia",
    u"Anne-Sophie",
    u"Gaëlle",
    u"Sophie",
    u"Hélène",
    u"Chloé",
    u"Léa",
    u"Manon",
    u"Inès",
    u"Anaïs",
    u"Françoise",
};
const QStringView maleNames[] = {
    u"Jean-Marc",
    u"Jean-François",
    u"Philippe",
    u"Thierry",
    u"Christophe",
    u"Stéphane",
    u"Sébastien",
    u"Nicolas",
    u"Frédéric",
    u"Laurent",
    u"Olivier",
    u"Éric",
    u"Jérôme",
    u"Cédric",
    u"Julien",
    u"Grégory",
    u"Anthony",
    u"Kévin",
    u"Mickaël",
    u"Loïc",
    u"Benoît",
    u"Raphaël",
    u"Joël",
    u"Hervé",
    u"Maxime",
    u"Thomas",
    u"Pierre-Yves",
};
// Civilité is drawn at random for these: never guessed from the name.
const QStringView ambiguousNames[] = {u"Dominique", u"Claude", u"Camille"};

const QStringView germanicSurnames[] = {
    u"Muller",
    u"Schmitt",
    u"Klein",
    u"Weber",
    u"Meyer",
    u"Schneider",
    u"Fischer",
    u"Wagner",
    u"Hoffmann",
    u"Becker",
    u"Bauer",
    u"Kieffer",
    u"Jung",
    u"Wolff",
    u"Roth",
    u"Schaeffer",
    u"Weiss",
};
const QStringView lorraineSurnames[] = {
    u"Thomas",
    u"Simon",
    u"Mathieu",
    u"Jacquemin",
    u"Colin",
    u"Didier",
    u"Henry",
    u"François",
    u"Marchal",
    u"Humbert",
    u"Thiébaut",
    u"Petitjean",
    u"Grandjean",
    u"Masson",
    u"Poirot",
    u"Vautrin",
    u"Collignon",
    u"Perrin",
    u"Martin",
    u"Bernard",
};
// Steel and coal brought Italian and Polish families; later Maghrebi, Portuguese and Turkish ones.
const QStringView immigrationSurnames[] = {
    u"Rossi",
    u"Bianchi",
    u"Ferrari",
    u"Lombardi",
    u"Di Stefano",
    u"Kowalski",
    u"Nowak",
    u"Wisniewski",
    u"Lewandowski",
    u"Kaczmarek",
};
const QStringView recentSurnames[] = {
    u"Benali",
    u"Haddad",
    u"Mansouri",
    u"El Amrani",
    u"Da Silva",
    u"Dos Santos",
    u"Ferreira",
    u"Yilmaz",
};

QString randomSurname(Dice &dice)
{
    const int draw = dice.between(1, 100);
    if (draw <= 38)
        return dice.pick(germanicSurnames).toString();
    if (draw <= 76)
        return dice.pick(lorraineSurnames).toString();
    if (draw <= 90)
        return dice.pick(immigrationSurnames).toString();
    return dice.pick(recentSurnames).toString();
}

enum class Gender { Female, Male };

struct Title {
    QStringView male;
    QStringView female;
    QString in(Gender gender) const { return (gender == Gender::Female ? female : male).toString(); }
};

const Title outsourcerHeads[] = {
    {u"Directeur général", u"Directrice générale"},
    {u"Directeur de centre", u"Directrice de centre"},
    {u"Directeur des opérations", u"Directrice des opérations"},
    {u"Président", u"Présidente"},
};
const Title inHouseHeads[] = {
    {u"Directeur relation client", u"Directrice relation client"},
    {u"Directeur de centre", u"Directrice de centre"},
    {u"Responsable du centre de contacts", u"Responsable du centre de contacts"},
};
const Title vendorHeads[] = {{u"Directeur commercial", u"Directrice commerciale"}, {u"Président", u"Présidente"}};
const Title trainingHeads[] = {{u"Directeur", u"Directrice"}, {u"Responsable pédagogique", u"Responsable pédagogique"}};
const Title institutionHeads[]
    = {{u"Directeur", u"Directrice"}, {u"Chargé de mission relation client", u"Chargée de mission relation client"}};
const Title consultingHeads[] = {{u"Gérant", u"Gérante"}, {u"Consultant associé", u"Consultante associée"}};
const Title smallCompanyHeads[] = {{u"Gérant", u"Gérante"}, {u"Directeur de centre", u"Directrice de centre"}};

const Title deputies[] = {
    {u"Responsable de plateau", u"Responsable de plateau"},
    {u"DRH", u"DRH"},
    {u"Directeur adjoint", u"Directrice adjointe"},
    {u"Responsable qualité", u"Responsable qualité"},
    {u"Chargé de recrutement", u"Chargée de recrutement"},
};
const Title institutionDeputies[] = {
    {u"Chargé de développement économique", u"Chargée de développement économique"},
    {u"Chargé de mission emploi", u"Chargée de mission emploi"},
};
const Title staffTitles[] = {
    {u"Superviseur", u"Superviseuse"},
    {u"Responsable de plateau", u"Responsable de plateau"},
    {u"Chargé de recrutement", u"Chargée de recrutement"},
    {u"Responsable formation", u"Responsable formation"},
    {u"Chargé de qualité", u"Chargée de qualité"},
    {u"Responsable workforce management", u"Responsable workforce management"},
    {u"Conseiller clientèle", u"Conseillère clientèle"},
    {u"Chef de projet", u"Cheffe de projet"},
    {u"Formateur", u"Formatrice"},
    {u"Responsable des ressources humaines", u"Responsable des ressources humaines"},
    {u"Assistant de direction", u"Assistante de direction"},
    {u"Team leader", u"Team leader"},
};
const Title consultantTitle {u"Consultant", u"Consultante"};
const Title retiredTitle {u"Ancien directeur de centre", u"Ancienne directrice de centre"};

const Title &headTitle(Dice &dice, const OrganisationSeed &seed)
{
    switch (seed.kind) {
    case Kind::InHouse: return dice.pick(inHouseHeads);
    case Kind::Vendor: return dice.pick(vendorHeads);
    case Kind::Training: return dice.pick(trainingHeads);
    case Kind::Institution: return dice.pick(institutionHeads);
    case Kind::Consulting: return dice.pick(consultingHeads);
    case Kind::Outsourcer: break;
    }
    if (seed.legalForm == u"SARL" || seed.legalForm == u"EURL")
        return dice.pick(smallCompanyHeads);
    return dice.pick(outsourcerHeads);
}

// The first name and civilité, drawn together so they agree (except for ambiguous names).
struct Given {
    QString firstName;
    Gender gender;
};

Given randomGiven(Dice &dice)
{
    const int draw = dice.between(1, 100);
    if (draw <= 4)
        return {dice.pick(ambiguousNames).toString(), dice.percent(50) ? Gender::Female : Gender::Male};
    if (draw <= 52)
        return {dice.pick(femaleNames).toString(), Gender::Female};
    return {dice.pick(maleNames).toString(), Gender::Male};
}

QString civilityOf(Gender gender)
{
    return gender == Gender::Female ? u"Mme"_s : u"M."_s;
}

// "Marie-Hélène", "Da Silva" → "marie-helene.da-silva".
QString mailbox(const QString &firstName, const QString &lastName)
{
    const QString first = text::fold(firstName).replace(u' ', u'-');
    const QString last = text::fold(lastName).replace(u' ', u'-');
    return first.isEmpty() ? last : first + u'.' + last;
}

// Numbers in the blocks ARCEP reserves for fiction: 03 53 01 xx xx and 06 39 98 xx xx.
QString fictionLandline(Dice &dice)
{
    return u"+3335301"_s + dice.digits(4);
}

QString fictionMobile(Dice &dice)
{
    return u"+3363998"_s + dice.digits(4);
}

// A random 8-digit body starting 3–9 plus its Luhn key; never La Poste's SIREN.
QString randomSiren(Dice &dice)
{
    for (;;) {
        const QString siren = identifiers::withLuhnCheckDigit(QString::number(dice.between(3, 9)) + dice.digits(7));
        if (siren != u"356000000"_s)
            return siren;
    }
}

QString siretFor(Dice &dice, const QString &siren)
{
    return identifiers::withLuhnCheckDigit(siren + u"%1"_s.arg(dice.between(1, 95), 4, 10, QChar(u'0')));
}

// Who the club's members are, by code.
struct Reference {
    QHash<QString, qint64> categories;
    QHash<QString, qint64> clubs;
};

Result<Reference> loadReference(MemberFile &file)
{
    Reference reference;
    auto categories = file.categories();
    if (!categories)
        return fail(categories.error());
    for (const Category &category : std::as_const(*categories))
        reference.categories.insert(category.code, category.id);
    auto clubs = file.originClubs();
    if (!clubs)
        return fail(clubs.error());
    for (const OriginClub &club : std::as_const(*clubs))
        reference.clubs.insert(club.code, club.id);
    for (const QString &code : {u"ENT_S"_s, u"ENT_M"_s, u"ENT_L"_s, u"ENT_XL"_s, u"PART"_s, u"INST"_s, u"IND"_s, u"HON"_s}) {
        if (!reference.categories.contains(code))
            return fail(ErrorCode::NotFound, Tr::tr("La catégorie d'adhésion « %1 » manque dans ce fichier.").arg(code));
    }
    for (const QString &code : {u"CONNECT"_s, u"VIATIS"_s, u"L2C"_s}) {
        if (!reference.clubs.contains(code))
            return fail(ErrorCode::NotFound, Tr::tr("Le club d'origine « %1 » manque dans ce fichier.").arg(code));
    }
    return reference;
}

// Joined before the merger: Connect for Meurthe-et-Moselle, Viatis for Moselle (mostly);
// after it, L2C itself.
qint64 originClub(Dice &dice, const Reference &reference, const QString &postcode, QDate joined)
{
    if (joined >= mergerDate)
        return reference.clubs.value(u"L2C"_s);
    const bool moselle = inMoselle(postcode) != dice.percent(10);
    return reference.clubs.value(moselle ? u"VIATIS"_s : u"CONNECT"_s);
}

// Status, dates and club of one membership.
Membership randomMembership(Dice &dice, const Reference &reference, const QString &postcode, bool keepActive)
{
    Membership m;
    const int draw = keepActive ? 100 : dice.between(1, 100);
    if (draw <= 7) {
        m.status = MembershipStatus::Pending;
        m.joinedOn = dice.dateBetween(QDate(2026, 1, 5), horizon);
        m.notes = u"Dossier d'adhésion en cours d'examen."_s;
    } else {
        m.joinedOn
            = dice.percent(50) ? dice.dateBetween(firstJoining, mergerDate.addDays(-1)) : dice.dateBetween(mergerDate, QDate(2026, 6, 30));
        if (draw <= 20) {
            m.status = MembershipStatus::Resigned;
            const QDate earliest = std::min(m.joinedOn.addYears(1), horizon);
            m.leftOn = dice.dateBetween(earliest, horizon);
        } else {
            m.status = MembershipStatus::Active;
        }
    }
    m.originClubId = originClub(dice, reference, postcode, m.joinedOn);
    return m;
}

// ---------------------------------------------------------------------------------------------
// fill(): the hand-made demo file, planned first, then written through MemberFile.

enum class Role { President, FormerPresident, Honorary, Individual, Staff };

struct PersonSeed {
    QStringView civility; // empty: drawn at random
    QStringView firstName;
    QStringView lastName;
    Role role;
    int employer = -1; // an index in organisationSeeds, for individuals with their own firm
};

// The edge cases of DOMAIN §5.1, on purpose. Any name here is invented.
const PersonSeed specialPeople[] = {
    {u"", u"Dominique", u"Schaeffer", Role::President},
    {u"", u"Claude", u"Jacquemin", Role::FormerPresident},
    {u"M.", u"Jean-Marc", u"Collignon", Role::Honorary},
    {u"Mme", u"Véronique", u"Poirot", Role::Honorary},
    {u"Mme", u"Marie-Hélène", u"Da Silva", Role::Staff},
    {u"M.", u"Jean-Marc", u"Muller", Role::Staff},
    {u"M.", u"Thierry", u"Müller", Role::Staff},
    {u"M.", u"Thierry", u"Muller", Role::Staff},
    {u"Mme", u"Anne-Sophie", u"Martin-Schmitt", Role::Staff},
    {u"Mme", u"Sophie", u"Klein-Weber", Role::Staff},
    {u"M.", u"Raphaël", u"de La Fontaine", Role::Staff},
    {u"Mme", u"Gaëlle", u"Le Gall", Role::Staff},
    {u"M.", u"Pierre-Yves", u"Van den Berg", Role::Staff},
    {u"Mme", u"Inès", u"N'Diaye", Role::Staff},
    {u"M.", u"Loïc", u"D'Angelo", Role::Staff},
    {u"Mme", u"Lætitia", u"Œuvrard", Role::Staff},
    {u"M.", u"Grégory", u"Wiśniewski", Role::Staff},
    {u"M.", u"Christophe", u"Schmitt", Role::Staff},
    {u"M.", u"Christophe", u"Schmitt", Role::Staff}, // a genuine homonym, elsewhere
    {u"Mme", u"Marie-Hélène-Françoise", u"Kaczmarek-Dos Santos de La Fontaine-Petitjean", Role::Staff},
    {u"", u"Claude", u"Weber", Role::Staff},
    {u"M.", u"Stéphane", u"Jacquemin", Role::Individual, 61},
    {u"", u"Camille", u"Kieffer", Role::Individual, 75},
    {u"M.", u"Kévin", u"Dos Santos", Role::Individual, 78},
};

struct PlannedPerson {
    PersonRecord record;
    QList<int> employers; // organisation index of each employment, in order
    Role role = Role::Staff;
    Gender gender = Gender::Female;
};

struct PlannedOrganisation {
    OrganisationRecord record;
    const OrganisationSeed *seed = nullptr;
    QString slug;
    bool member = false;
    int representative = -1; // person index
    int alternate = -1;
    QList<int> staff;
};

class DemoPlanner final
{
public:
    DemoPlanner(const Reference &reference, const DemoOptions &options) : m_reference(reference), m_options(options), m_dice(options.seed)
    { }

    QList<PlannedOrganisation> organisations;
    QList<PlannedPerson> people;

    void plan()
    {
        planOrganisations();
        planPeople();
        planBoard();
    }

private:
    void planOrganisations()
    {
        QHash<int, QString> sirens;
        const int count = std::max(1, m_options.organisations);
        for (int i = 0; i < count; ++i) {
            PlannedOrganisation planned;
            Organisation &o = planned.record.organisation;
            OrganisationSeed seed;
            if (i < seedCount) {
                seed = organisationSeeds[i];
            } else {
                // More organisations than the hand-written list: built from parts.
                const Band &band = m_dice.pick(companyBands);
                seed = OrganisationSeed {
                    QStringView(), m_dice.pick(legalForms), band.category, band.band, m_dice.pick(towns).postcode, Kind::Outsourcer};
            }
            planned.seed = i < seedCount ? &organisationSeeds[i] : nullptr;
            o.name = seed.name.isEmpty()
                ? m_dice.pick(namePrefixes).toString() + u' ' + m_dice.pick(nameCores).toString() + u" – site de "_s + cityOf(seed.postcode)
                : seed.name.toString();
            o.legalForm = seed.legalForm.toString();
            o.postcode = seed.postcode.toString();
            o.city = cityOf(seed.postcode);
            o.address = streetAddress(m_dice, o.postcode, true);
            o.headcountBand = seed.band.toString();
            planned.slug = seed.slug.isEmpty() ? slugOf(o.name) : seed.slug.toString();
            // Institutions have no SIREN in this file (they are registered elsewhere or not at all).
            if (seed.kind != Kind::Institution) {
                const bool sameCompany = seed.sameCompanyAs >= 0 && sirens.contains(seed.sameCompanyAs);
                const QString siren = sameCompany ? sirens.value(seed.sameCompanyAs) : uniqueSiren();
                sirens.insert(i, siren);
                o.siren = siren;
                o.siret = siretFor(m_dice, siren);
            }
            o.phone = uniqueLandline();
            o.email = u"contact@%1.example.org"_s.arg(planned.slug);
            o.website = u"https://www.%1.example.org"_s.arg(planned.slug);
            o.notes = seed.note.isEmpty() ? kindNote(seed.kind) : kindNote(seed.kind) + u' ' + seed.note.toString();
            planned.member = !seed.category.isEmpty();
            if (planned.member) {
                Membership m = randomMembership(m_dice, m_reference, o.postcode, i == presidentOrganisation);
                m.categoryId = m_reference.categories.value(seed.category.toString());
                planned.record.membership = m;
            }
            organisations.append(planned);
        }
        // One exclusion, on a small outsourcer that is not the président's.
        QList<int> candidates;
        for (int i = 0; i < organisations.size(); ++i)
            if (i != presidentOrganisation && organisations[i].member && organisations[i].record.organisation.headcountBand == u"1-49"_s)
                candidates << i;
        if (!candidates.isEmpty()) {
            const int excluded = m_dice.pick(candidates);
            Membership &m = *organisations[excluded].record.membership;
            m.status = MembershipStatus::Excluded;
            if (m.joinedOn > QDate(2025, 1, 1))
                m.joinedOn = QDate(2019, 9, 12);
            m.originClubId = originClub(m_dice, m_reference, organisations[excluded].record.organisation.postcode, m.joinedOn);
            m.leftOn = QDate(2025, 11, 20);
            m.notes = u"Exclusion prononcée par le conseil d'administration du 20/11/2025 pour cotisations impayées "
                      "depuis trois exercices, après mise en demeure restée sans réponse."_s;
        }
    }

    void planPeople()
    {
        const int total = std::max(1, m_options.people);
        const int individuals = std::clamp(total / 15, 1, total);

        QList<PlannedPerson> staff;
        QList<PlannedPerson> independents;
        for (const PersonSeed &seed : specialPeople) {
            PlannedPerson person;
            person.role = seed.role;
            person.gender = seed.civility.isEmpty() ? (m_dice.percent(50) ? Gender::Female : Gender::Male)
                                                    : (seed.civility == u"Mme" ? Gender::Female : Gender::Male);
            person.record.person.civility = civilityOf(person.gender);
            person.record.person.firstName = seed.firstName.toString();
            person.record.person.lastName = seed.lastName.toString();
            person.employers = {seed.employer < organisations.size() ? seed.employer : -1};
            m_usedNames.insert(person.record.person.firstName + u'|' + person.record.person.lastName);
            (seed.role == Role::Staff || seed.role == Role::President ? staff : independents).append(person);
        }
        while (staff.size() + independents.size() < total) {
            PlannedPerson person = randomPerson();
            if (independents.size() < individuals) {
                person.role = Role::Individual;
                independents.append(person);
            } else {
                staff.append(person);
            }
        }
        // The président heads organisation 0; everyone else is spread at random.
        PlannedPerson president = staff.takeFirst();
        m_dice.shuffle(staff);
        staff.prepend(president);

        const QList<int> openings = staffOpenings(int(staff.size()));
        int next = 0;
        for (int o = 0; o < organisations.size(); ++o) {
            for (int s = 0; s < openings[o] && next < staff.size(); ++s, ++next) {
                const int index = int(people.size());
                people.append(staff[next]);
                organisations[o].staff << index;
                employ(index, o, s);
            }
            if (organisations[o].member) {
                if (!organisations[o].staff.isEmpty())
                    organisations[o].representative = organisations[o].staff.value(0);
                if (organisations[o].staff.size() >= 2 && m_dice.percent(88))
                    organisations[o].alternate = organisations[o].staff.value(1);
            }
        }
        for (; next < staff.size(); ++next) {
            staff[next].role = Role::Individual;
            independents.append(staff[next]);
        }
        for (PlannedPerson &person : independents) {
            const int index = int(people.size());
            people.append(person);
            planIndependent(index);
        }
        for (int i = 0; i < people.size(); ++i)
            finishPerson(i);
    }

    // How many current employees each organisation gets: 2 for members (1 for a few small
    // ones), then the rest by size. Firms of individual members and closed sites get none here.
    QList<int> staffOpenings(int available)
    {
        QList<int> openings(organisations.size(), 0);
        QList<int> weighted;
        for (int o = 0; o < organisations.size(); ++o) {
            if (!organisations[o].member)
                continue;
            const QString band = organisations[o].record.organisation.headcountBand;
            const int weight = band == u"500+"_s ? 5 : band == u"200-499"_s ? 4 : band == u"50-199"_s ? 2 : 1;
            for (int w = 0; w < weight; ++w)
                weighted << o;
            const int base = (band == u"1-49"_s && m_dice.percent(15)) ? 1 : 2;
            openings[o] = std::min(base, available);
            available -= openings[o];
        }
        if (!openings.isEmpty() && openings[presidentOrganisation] < 3 && available > 0 && organisations[presidentOrganisation].member) {
            ++openings[presidentOrganisation];
            --available;
        }
        while (available > 0 && !weighted.isEmpty()) {
            ++openings[m_dice.pick(weighted)];
            --available;
        }
        return openings;
    }

    PlannedPerson randomPerson()
    {
        for (;;) {
            const Given given = randomGiven(m_dice);
            const QString last = randomSurname(m_dice);
            if (m_usedNames.contains(given.firstName + u'|' + last))
                continue;
            m_usedNames.insert(given.firstName + u'|' + last);
            PlannedPerson person;
            person.gender = given.gender;
            person.record.person.civility = civilityOf(given.gender);
            person.record.person.firstName = given.firstName;
            person.record.person.lastName = last;
            return person;
        }
    }

    // slot 0 heads the organisation, slot 1 is its deputy, the others are staff.
    void employ(int personIndex, int organisation, int slot)
    {
        PlannedPerson &person = people[personIndex];
        const PlannedOrganisation &employer = organisations[organisation];
        OrganisationSeed seed = employer.seed ? *employer.seed : OrganisationSeed {};
        Title title;
        if (slot == 0)
            title = employer.seed ? headTitle(m_dice, seed) : m_dice.pick(outsourcerHeads);
        else if (slot == 1)
            title = seed.kind == Kind::Institution && employer.seed ? m_dice.pick(institutionDeputies) : m_dice.pick(deputies);
        else
            title = m_dice.pick(staffTitles);
        const QString job = title.in(person.gender);
        const QDate start = m_dice.dateBetween(QDate(2004, 9, 1), QDate(2026, 3, 2));
        person.record.person.jobTitle = job;
        person.employers.clear();
        // About one in eight came from another centre of the region.
        if (m_dice.percent(13) && organisations.size() > 1 && start > QDate(2009, 1, 1)) {
            int previous = m_dice.between(0, int(organisations.size()) - 1);
            if (previous == organisation)
                previous = (previous + 1) % int(organisations.size());
            const QDate previousStart = m_dice.dateBetween(QDate(2000, 1, 3), start.addYears(-4));
            person.record.employments.append(
                {0, 0, 0, m_dice.pick(staffTitles).in(person.gender), previousStart, start.addDays(-m_dice.between(1, 90))});
            person.employers << previous;
        }
        person.record.employments.append({0, 0, 0, job, start, QDate()});
        person.employers << organisation;
    }

    // Individual and honorary members: their own firm, another centre, or retired.
    void planIndependent(int personIndex)
    {
        PlannedPerson &person = people[personIndex];
        Person &p = person.record.person;
        const bool honorary = person.role == Role::Honorary || person.role == Role::FormerPresident;
        const int ownFirm = person.employers.value(0, -1);
        person.employers.clear();
        person.record.employments.clear();
        const Town &home = m_dice.pick(towns);
        p.postcode = home.postcode.toString();
        p.city = home.city.toString();
        p.address = streetAddress(m_dice, p.postcode, false);

        Membership m;
        if (honorary) {
            m.categoryId = m_reference.categories.value(u"HON"_s);
            m.status = MembershipStatus::Active;
            m.joinedOn = m_dice.dateBetween(firstJoining, QDate(2007, 12, 31));
            m.notes = u"Membre d'honneur sur proposition du conseil d'administration."_s;
            p.jobTitle = retiredTitle.in(person.gender);
            const int formerEmployer = m_dice.between(0, int(organisations.size()) - 1);
            person.record.employments.append({0, 0, 0, p.jobTitle, m_dice.dateBetween(QDate(1995, 1, 2), QDate(2004, 12, 31)),
                m_dice.dateBetween(QDate(2019, 1, 1), QDate(2023, 12, 31))});
            person.employers << formerEmployer;
        } else {
            const bool hasFirm = ownFirm >= 0 && ownFirm < organisations.size();
            m = randomMembership(m_dice, m_reference, p.postcode, false);
            m.categoryId = m_reference.categories.value(u"IND"_s);
            const int employer = hasFirm ? ownFirm : m_dice.between(0, int(organisations.size()) - 1);
            const OrganisationSeed *seed = organisations[employer].seed;
            const bool consulting = seed && seed->kind == Kind::Consulting;
            const Title title = hasFirm ? Title {u"Gérant", u"Gérante"} : consulting ? consultantTitle : m_dice.pick(staffTitles);
            p.jobTitle = title.in(person.gender);
            person.record.employments.append({0, 0, 0, p.jobTitle, m_dice.dateBetween(QDate(2006, 1, 2), QDate(2025, 9, 1)), QDate()});
            person.employers << employer;
            organisations[employer].staff << personIndex;
        }
        m.originClubId = originClub(m_dice, m_reference, p.postcode, m.joinedOn);
        person.record.membership = m;
    }

    // E-mail, phones and consents, once the employer is known.
    void finishPerson(int personIndex)
    {
        PlannedPerson &person = people[personIndex];
        Person &p = person.record.person;
        const bool employed = person.record.currentEmployment().has_value();
        const QString local = mailbox(p.firstName, p.lastName);
        const QString domain = employed ? organisations[person.employers.constLast()].slug + u".example.org"_s : u"example.org"_s;
        QString email = local + u'@' + domain;
        for (int n = 2; m_usedEmails.contains(email); ++n)
            email = local + QString::number(n) + u'@' + domain;
        m_usedEmails.insert(email);
        p.email = email;
        if (employed && m_dice.percent(55))
            p.phone = uniqueLandline();
        if (m_dice.percent(80) || !employed)
            p.mobile = uniqueMobile();

        // Most people answered the RGPD form; a few never did.
        if (m_dice.percent(85)) {
            const QDate captured = m_dice.dateBetween(rgpdDate, horizon);
            person.record.consents.append({ConsentPurpose::Directory, m_dice.percent(92), captured});
            person.record.consents.append({ConsentPurpose::Newsletter, m_dice.percent(70), captured});
            if (m_dice.percent(75))
                person.record.consents.append({ConsentPurpose::Photos, m_dice.percent(55), captured});
        }
    }

    void planBoard()
    {
        // Board members speak for active members: representatives and individual members.
        QList<int> candidates;
        int president = -1;
        int formerPresident = -1;
        for (int i = 0; i < people.size(); ++i) {
            if (people[i].role == Role::President)
                president = i;
            else if (people[i].role == Role::FormerPresident)
                formerPresident = i;
        }
        for (const PlannedOrganisation &o : std::as_const(organisations)) {
            if (o.member && o.representative >= 0 && o.representative != president
                && o.record.membership->status == MembershipStatus::Active)
                candidates << o.representative;
        }
        for (int i = 0; i < people.size(); ++i) {
            const auto &m = people[i].record.membership;
            if (people[i].role == Role::Individual && m && m->status == MembershipStatus::Active)
                candidates << i;
        }
        m_dice.shuffle(candidates);
        const QDate assemblies[] = {QDate(2020, 6, 18), QDate(2022, 6, 16), QDate(2024, 6, 13), QDate(2025, 6, 12)};
        auto seat = [&](int person, BoardPosition position, QDate start, QDate end = {}) {
            if (person >= 0)
                people[person].record.boardRoles.append({0, 0, position, start, end});
        };
        seat(formerPresident, BoardPosition::President, mergerDate, assemblies[1]);
        seat(president, BoardPosition::VicePresident, mergerDate, assemblies[1]);
        seat(president, BoardPosition::President, assemblies[1]);
        int next = 0;
        const std::pair<BoardPosition, QDate> bureau[] = {{BoardPosition::VicePresident, assemblies[1]},
            {BoardPosition::Treasurer, assemblies[2]}, {BoardPosition::Secretary, m_dice.pick(assemblies)}};
        for (const auto &[position, start] : bureau)
            if (next < candidates.size())
                seat(candidates[next++], position, start);
        for (int d = 0; d < 6 && next < candidates.size(); ++d)
            seat(candidates[next++], BoardPosition::Director, m_dice.pick(assemblies));
        // The first treasurer of L2C handed over in 2024 and left the board.
        if (next < candidates.size())
            seat(candidates[next++], BoardPosition::Treasurer, mergerDate, assemblies[2]);
    }

    QString uniqueSiren()
    {
        for (;;) {
            const QString siren = randomSiren(m_dice);
            if (!m_usedSirens.contains(siren)) {
                m_usedSirens.insert(siren);
                return siren;
            }
        }
    }

    QString uniqueLandline()
    {
        return unique(m_usedPhones, [this] { return fictionLandline(m_dice); });
    }
    QString uniqueMobile()
    {
        return unique(m_usedPhones, [this] { return fictionMobile(m_dice); });
    }

    template <typename Make>
    static QString unique(QSet<QString> &used, Make make)
    {
        // 10,000 numbers per block: far more than the demo file needs; stop trying at some point.
        QString value = make();
        for (int attempt = 0; used.contains(value) && attempt < 50; ++attempt)
            value = make();
        used.insert(value);
        return value;
    }

    const Reference &m_reference;
    const DemoOptions &m_options;
    Dice m_dice;
    QSet<QString> m_usedNames;
    QSet<QString> m_usedEmails;
    QSet<QString> m_usedPhones;
    QSet<QString> m_usedSirens;
};

Result<void> writePlan(MemberFile &file, DemoPlanner &plan)
{
    QList<qint64> organisationIds;
    for (PlannedOrganisation &o : plan.organisations) {
        OrganisationRecord withoutMembership = o.record;
        withoutMembership.membership.reset();
        auto saved = file.saveOrganisation(withoutMembership);
        if (!saved)
            return fail(saved.error());
        o.record.organisation.id = saved->organisation.id;
        organisationIds << saved->organisation.id;
    }
    QList<qint64> personIds;
    for (PlannedPerson &person : plan.people) {
        for (int j = 0; j < person.record.employments.size(); ++j)
            person.record.employments[j].organisationId = organisationIds.value(person.employers.value(j));
        auto saved = file.savePerson(person.record);
        if (!saved)
            return fail(saved.error());
        personIds << saved->person.id;
    }
    for (PlannedOrganisation &o : plan.organisations) {
        if (!o.member)
            continue;
        o.record.membership->representativeId = o.representative >= 0 ? personIds.value(o.representative) : 0;
        o.record.membership->alternateId = o.alternate >= 0 ? personIds.value(o.alternate) : 0;
        if (auto saved = file.saveOrganisation(o.record); !saved)
            return fail(saved.error());
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// fillLarge(): the same kind of data in bulk, straight into the tables, then one index rebuild.

class BulkWriter final
{
public:
    explicit BulkWriter(Database &db)
        : m_now(db.nowText())
        , m_organisation(db,
              u"INSERT INTO organisation (name, legal_form, siren, siret, address, postcode, city, phone, email, "
              "website, headcount_band, notes, created_at, updated_at) VALUES (:name, :form, :siren, :siret, "
              ":address, :postcode, :city, :phone, :email, :website, :band, :notes, :now, :now)"_s)
        , m_person(db,
              u"INSERT INTO person (civility, first_name, last_name, email, phone, mobile, job_title, address, postcode, "
              "city, notes, created_at, updated_at) VALUES (:civility, :first, :last, :email, :phone, :mobile, :job, "
              ":address, :postcode, :city, '', :now, :now)"_s)
        , m_employment(db,
              u"INSERT INTO employment (person_id, organisation_id, job_title, start_date) "
              "VALUES (:person, :organisation, :job, :start)"_s)
        , m_membership(db,
              u"INSERT INTO membership (organisation_id, person_id, category_id, status, joined_on, left_on, "
              "origin_club_id, representative_id, alternate_id, notes, created_at, updated_at) VALUES (:organisation, "
              ":person, :category, :status, :joined, :left, :club, :representative, :alternate, '', :now, :now)"_s)
    { }

    Result<qint64> organisation(const Organisation &o)
    {
        m_organisation.bind(u":name"_s, o.name)
            .bind(u":form"_s, o.legalForm)
            .bindOrNull(u":siren"_s, o.siren)
            .bindOrNull(u":siret"_s, o.siret)
            .bind(u":address"_s, o.address)
            .bind(u":postcode"_s, o.postcode)
            .bind(u":city"_s, o.city)
            .bind(u":phone"_s, o.phone)
            .bind(u":email"_s, o.email)
            .bind(u":website"_s, o.website)
            .bind(u":band"_s, o.headcountBand)
            .bind(u":notes"_s, o.notes)
            .bind(u":now"_s, m_now);
        if (auto ran = m_organisation.exec(Tr::tr("Impossible d'enregistrer l'organisation")); !ran)
            return fail(ran.error());
        return m_organisation.lastInsertId();
    }

    Result<qint64> person(const Person &p)
    {
        m_person.bind(u":civility"_s, p.civility)
            .bind(u":first"_s, p.firstName)
            .bind(u":last"_s, p.lastName)
            .bind(u":email"_s, p.email)
            .bind(u":phone"_s, p.phone)
            .bind(u":mobile"_s, p.mobile)
            .bind(u":job"_s, p.jobTitle)
            .bind(u":address"_s, p.address)
            .bind(u":postcode"_s, p.postcode)
            .bind(u":city"_s, p.city)
            .bind(u":now"_s, m_now);
        if (auto ran = m_person.exec(Tr::tr("Impossible d'enregistrer la personne")); !ran)
            return fail(ran.error());
        return m_person.lastInsertId();
    }

    Result<void> employment(qint64 personId, qint64 organisationId, const QString &job, QDate start)
    {
        return m_employment.bind(u":person"_s, personId)
            .bind(u":organisation"_s, organisationId)
            .bind(u":job"_s, job)
            .bind(u":start"_s, start.toString(Qt::ISODate))
            .exec(Tr::tr("Impossible d'enregistrer l'emploi"));
    }

    Result<void> membership(const Membership &m)
    {
        auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(); };
        return m_membership.bind(u":organisation"_s, idOrNull(m.organisationId))
            .bind(u":person"_s, idOrNull(m.personId))
            .bind(u":category"_s, m.categoryId)
            .bind(u":status"_s, toCode(m.status))
            .bind(u":joined"_s, m.joinedOn.toString(Qt::ISODate))
            .bindOrNull(u":left"_s, m.leftOn.isValid() ? m.leftOn.toString(Qt::ISODate) : QString())
            .bind(u":club"_s, idOrNull(m.originClubId))
            .bind(u":representative"_s, idOrNull(m.representativeId))
            .bind(u":alternate"_s, idOrNull(m.alternateId))
            .bind(u":now"_s, m_now)
            .exec(Tr::tr("Impossible d'enregistrer l'adhésion"));
    }

private:
    QString m_now;
    Sql m_organisation;
    Sql m_person;
    Sql m_employment;
    Sql m_membership;
};

class LargeGenerator final
{
public:
    LargeGenerator(Database &db, const Reference &reference, quint32 seed) : m_writer(db), m_reference(reference), m_dice(seed) { }

    Result<void> organisationMember()
    {
        const Town &town = m_dice.pick(towns);
        const Band &band = m_dice.percent(85) ? m_dice.pick(companyBands) : Band {m_dice.percent(60) ? u"PART" : u"INST", u""};
        const QString brand = m_dice.pick(namePrefixes).toString() + u' ' + m_dice.pick(nameCores).toString();
        Organisation o;
        o.name = m_dice.percent(30) ? brand + u" – site de "_s + town.city.toString() : brand;
        o.legalForm = band.category == u"INST" ? QString() : m_dice.pick(legalForms).toString();
        o.postcode = town.postcode.toString();
        o.city = town.city.toString();
        o.address = streetAddress(m_dice, o.postcode, true);
        o.headcountBand = band.band.toString();
        if (band.category != u"INST") {
            o.siren = randomSiren(m_dice);
            o.siret = siretFor(m_dice, o.siren);
        }
        const QString slug = slugFor(brand);
        o.phone = fictionLandline(m_dice);
        o.email = u"contact@"_s + slug + u".example.org"_s;
        o.website = u"https://www."_s + slug + u".example.org"_s;
        auto organisationId = m_writer.organisation(o);
        if (!organisationId)
            return fail(organisationId.error());

        const int staff = m_dice.between(1, 4);
        qint64 representative = 0;
        qint64 alternate = 0;
        for (int s = 0; s < staff; ++s) {
            const Title &title = s == 0 ? m_dice.pick(outsourcerHeads) : s == 1 ? m_dice.pick(deputies) : m_dice.pick(staffTitles);
            auto personId = person(title, slug, QString(), QString());
            if (!personId)
                return fail(personId.error());
            if (auto employed
                = m_writer.employment(*personId, *organisationId, m_lastJob, m_dice.dateBetween(QDate(2004, 9, 1), QDate(2026, 3, 2)));
                !employed)
                return employed;
            if (s == 0)
                representative = *personId;
            else if (s == 1)
                alternate = *personId;
        }
        Membership m = randomMembership(m_dice, m_reference, o.postcode, false);
        m.organisationId = *organisationId;
        m.categoryId = m_reference.categories.value(band.category.toString());
        m.representativeId = representative;
        m.alternateId = alternate;
        m_organisations << *organisationId;
        return m_writer.membership(m);
    }

    Result<void> individualMember()
    {
        const Town &home = m_dice.pick(towns);
        const bool employed = !m_organisations.isEmpty() && m_dice.percent(80);
        auto personId
            = person(employed ? m_dice.pick(staffTitles) : consultantTitle, QString(), home.postcode.toString(), home.city.toString());
        if (!personId)
            return fail(personId.error());
        if (employed) {
            if (auto ran = m_writer.employment(
                    *personId, m_dice.pick(m_organisations), m_lastJob, m_dice.dateBetween(QDate(2006, 1, 2), QDate(2025, 9, 1)));
                !ran)
                return ran;
        }
        Membership m = randomMembership(m_dice, m_reference, home.postcode.toString(), false);
        m.personId = *personId;
        m.categoryId = m_reference.categories.value(m_dice.percent(3) ? u"HON"_s : u"IND"_s);
        return m_writer.membership(m);
    }

private:
    // A person working under `domain` (an organisation's slug), or an individual living at postcode.
    Result<qint64> person(const Title &title, const QString &domain, const QString &postcode, const QString &city)
    {
        const Given given = randomGiven(m_dice);
        Person p;
        p.civility = civilityOf(given.gender);
        p.firstName = given.firstName;
        p.lastName = m_dice.percent(2) ? randomSurname(m_dice) + u'-' + randomSurname(m_dice) : randomSurname(m_dice);
        p.jobTitle = title.in(given.gender);
        m_lastJob = p.jobTitle;
        p.email
            = slugFor(p.firstName) + u'.' + slugFor(p.lastName) + u'@' + (domain.isEmpty() ? u"example.org"_s : domain + u".example.org"_s);
        if (!domain.isEmpty() && m_dice.percent(55))
            p.phone = fictionLandline(m_dice);
        if (m_dice.percent(80))
            p.mobile = fictionMobile(m_dice);
        p.postcode = postcode;
        p.city = city;
        if (!postcode.isEmpty())
            p.address = streetAddress(m_dice, postcode, false);
        return m_writer.person(p);
    }

    // Folding is the slow part of a row: the name parts repeat, so remember them.
    QString slugFor(const QString &text)
    {
        auto found = m_slugs.constFind(text);
        if (found != m_slugs.constEnd())
            return *found;
        const QString slug = slugOf(text);
        m_slugs.insert(text, slug);
        return slug;
    }

    BulkWriter m_writer;
    const Reference &m_reference;
    Dice m_dice;
    QList<qint64> m_organisations;
    QHash<QString, QString> m_slugs;
    QString m_lastJob;
};

} // namespace

Result<void> fill(Database &db, const DemoOptions &options)
{
    MemberFile file(db);
    auto empty = file.isEmpty();
    if (!empty)
        return fail(empty.error());
    if (!*empty)
        return fail(ErrorCode::NotEmpty,
            Tr::tr("Les données de démonstration ne s'ajoutent qu'à un fichier vide : celui-ci contient déjà des "
                   "adhérents."));
    auto reference = loadReference(file);
    if (!reference)
        return fail(reference.error());

    DemoPlanner plan(*reference, options);
    plan.plan();

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto written = writePlan(file, plan); !written)
        return written;
    if (auto staged = stagePendingImport(db, options.seed); !staged)
        return staged;
    if (auto dues = fillDues(db, options.seed); !dues)
        return dues;
    if (auto identity = fillClubIdentity(db); !identity)
        return identity;
    if (auto assemblies = fillAssemblies(db, options.seed); !assemblies)
        return assemblies;
    return transaction.commit();
}

Result<void> fillLarge(Database &db, int members, quint32 seed)
{
    if (members < 0)
        return fail(ErrorCode::InvalidInput, Tr::tr("Le nombre d'adhérents à créer ne peut pas être négatif."));
    MemberFile file(db);
    auto reference = loadReference(file);
    if (!reference)
        return fail(reference.error());

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    LargeGenerator generator(db, *reference, seed);
    Dice shape(seed ^ 0x5eedu);
    for (int i = 0; i < members; ++i) {
        auto written = shape.percent(80) ? generator.organisationMember() : generator.individualMember();
        if (!written)
            return written;
    }
    if (auto indexed = SearchIndex(db).rebuild(); !indexed)
        return indexed;
    db.markChanged(Database::Change::Members);
    return transaction.commit();
}

} // namespace adhera::demo
