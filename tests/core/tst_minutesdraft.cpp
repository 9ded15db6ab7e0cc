// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/minutesdraft.h"
#include "catch.h"
#include "i18n/translations.h"
#include "minutesfixture.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

// Compares with the golden file; ADHERA_UPDATE_GOLDEN=1 rewrites it from the actual text.
void compareWithGolden(const QString &actual, const QString &name)
{
    if (qEnvironmentVariableIsSet("ADHERA_UPDATE_GOLDEN")) {
        QFile file(test::dataPath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(actual.toUtf8());
    }
    QFile golden(test::dataPath(name));
    REQUIRE(golden.open(QIODevice::ReadOnly));
    INFO(actual.toStdString());
    CHECK(actual == QString::fromUtf8(golden.readAll()));
}

// The text with its no-break spaces made plain, for readable expectations.
QString plain(QString text)
{
    return text.replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ');
}

MinutesInput lackingQuorum()
{
    MinutesInput input = test::ordinaryAssembly();
    for (AttendanceRow &row : input.attendance) {
        if (row.membershipId > 2 && row.membershipId <= 10) {
            row.presence = Presence::Absent;
            row.proxyHolderId = 0;
        }
    }
    input.quorum = test::openingQuorum(input.attendance, StatutesProfile::defaults(LegalRegime::Loi1901), input.meeting);
    input.votes.clear();
    input.meeting.endsAt = test::assemblyTime(18, 40);
    return input;
}

} // namespace

TEST_CASE("minutes draft: a small ordinary assembly reads as its golden file")
{
    const MinutesInput input = test::ordinaryAssembly();
    REQUIRE(input.quorum.met);
    REQUIRE(input.quorum.presentCount == 6);
    REQUIRE(input.quorum.representedCount == 2);
    REQUIRE(input.quorum.eligibleCount == 10);
    REQUIRE(input.votes.value(102).adopted);
    REQUIRE_FALSE(input.votes.value(103).adopted);
    compareWithGolden(draftMinutes(input), u"minutes-draft.txt"_s);
}

TEST_CASE("minutes draft: in English, with the date in digits, as its golden file")
{
    // The interface in English writes the minutes in English; French words for numbers stay out.
    struct English {
        English() { i18n::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedKingdom)); }
        ~English() { i18n::removeTranslations(*QCoreApplication::instance()); }
    } english;
    const QString text = draftMinutes(test::ordinaryAssembly());
    CHECK(plain(text).contains(u"On 12 June 2026, at 18:30,"_s));
    CHECK_FALSE(text.contains(u"vingt"_s));
    compareWithGolden(text, u"minutes-draft-en.txt"_s);
}

TEST_CASE("minutes draft: the mentions a PV needs are all there")
{
    const QString text = plain(draftMinutes(test::ordinaryAssembly()));
    CHECK(text.startsWith(u"Procès-verbal de l'assemblée générale ordinaire du 12 juin 2026\n\n"_s));
    CHECK(text.contains(u"L'an deux mille vingt-six, le douze juin, à 18 h 30, les membres de l'association Lorraine Contact Client"_s));
    CHECK(text.contains(u"dont le siège est situé 3 rue Gambetta, 54000 Nancy"_s));
    CHECK(text.contains(u"association régie par la loi du 1er juillet 1901"_s));
    CHECK(text.contains(u"sur convocation du président adressée le 27 mai 2026."_s));
    CHECK(text.contains(u"Lieu de la réunion : Centre de congrès Robert Schuman"_s));
    CHECK(text.contains(u"Hélène MÜLLER préside la séance et Jean DUPONT en assure le secrétariat."_s));
    CHECK(text.contains(u"Sur les 10 membres ayant le droit de vote, 6 sont présents et 2 sont représentés."_s));
    CHECK(text.contains(u"Assiste également à la séance, sans droit de vote : Claire ANTOINE."_s));
    CHECK(text.contains(
        u"Le quorum, fixé par les statuts au quart des voix des membres ayant le droit de vote, soit 3 voix, est atteint avec "
        u"8 voix présentes ou représentées. L'assemblée peut donc valablement délibérer."_s));
    CHECK(text.contains(u"1. Rapport moral du président\n2. Approbation des comptes de l'exercice 2025\n"_s));
    CHECK(text.contains(u"L'assemblée a pris connaissance de ce point d'information"_s));
    CHECK(text.contains(u"Première résolution"_s));
    CHECK(text.contains(u"Vote : pour 6, contre 1, abstentions 1."_s));
    CHECK(text.contains(u"La résolution est adoptée : 6 voix pour sur 7 suffrages exprimés"_s));
    CHECK(text.contains(u"Deuxième résolution"_s));
    CHECK(text.contains(u"Règle de majorité : majorité des deux tiers des voix des membres présents ou représentés."_s));
    CHECK(text.contains(u"La résolution est rejetée : 5 voix pour sur 8"_s));
    CHECK(text.contains(u"4. Questions diverses"_s));
    CHECK(text.contains(u"ne donnent lieu à aucun vote"_s));
    CHECK(text.contains(u"L'ordre du jour étant épuisé, la séance est levée à 20 h 15."_s));
    CHECK(text.endsWith(u"Le président de séance\nHélène MÜLLER\n\nLe secrétaire de séance\nJean DUPONT\n"_s));
    // Nothing was changed that must be declared: the statuts change was rejected.
    CHECK_FALSE(text.contains(u"trois mois"_s));
}

TEST_CASE("minutes draft: without the quorum it is a PV de carence that calls a second assembly")
{
    const MinutesInput input = lackingQuorum();
    REQUIRE_FALSE(input.quorum.met);
    const QString text = plain(draftMinutes(input));
    CHECK(text.startsWith(u"Procès-verbal de carence de l'assemblée générale ordinaire du 12 juin 2026"_s));
    CHECK(text.contains(u"Sur les 10 membres ayant le droit de vote, 2 sont présents et aucun n'est représenté."_s));
    CHECK(text.contains(u"soit 3 voix, n'est pas atteint : seules 2 voix sont présentes ou représentées. L'assemblée ne peut donc pas "
                        u"valablement délibérer."_s));
    CHECK(text.contains(u"une seconde assemblée sera convoquée avec le même ordre du jour"_s));
    CHECK(text.contains(u"L'ordre du jour était le suivant :\n\n1. Rapport moral"_s));
    CHECK(text.contains(u"Faute de quorum, aucune des questions inscrites à l'ordre du jour n'a pu être examinée."_s));
    CHECK(text.contains(u"La séance est levée à 18 h 40."_s));
    CHECK_FALSE(text.contains(u"Vote"_s));
    CHECK_FALSE(text.contains(u"résolution"_s));
    CHECK_FALSE(text.contains(u"ordre du jour étant épuisé"_s));
}

TEST_CASE("minutes draft: on second convocation no quorum is needed")
{
    MinutesInput input = lackingQuorum();
    input.meeting.convocation = Convocation::Second;
    input.quorum = test::openingQuorum(input.attendance, StatutesProfile::defaults(LegalRegime::Loi1901), input.meeting);
    REQUIRE_FALSE(input.quorum.fraction);
    const QString text = plain(draftMinutes(input));
    CHECK(text.startsWith(u"Procès-verbal de l'assemblée générale ordinaire"_s));
    CHECK(text.contains(u"sur seconde convocation du président adressée le 27 mai 2026"_s));
    CHECK(text.contains(u"Réunie sur seconde convocation, l'assemblée peut valablement délibérer sans condition de quorum."_s));
    CHECK_FALSE(text.contains(u"seconde assemblée sera convoquée"_s));
    // No vote was recorded: the secretary fills the count in.
    CHECK(text.contains(u"Vote : pour …, contre …, abstentions …. La résolution est …."_s));
}

TEST_CASE("minutes draft: a secret ballot gives the totals of the count only")
{
    MinutesInput input = test::ordinaryAssembly();
    input.agenda[1].secretBallot = true;
    input.votes[102].count = {5, 1, 1, 1, 0};
    const QString text = plain(draftMinutes(input));
    CHECK(text.contains(
        u"Le vote a lieu à bulletin secret. Résultat du dépouillement : pour 5, contre 1, abstentions 1, blancs 1, nuls 0."_s));
    // The public vote keeps the short form.
    CHECK(text.contains(u"Vote : pour 5, contre 2, abstentions 1."_s));
}

TEST_CASE("minutes draft: missing facts are left for the secretary to fill in")
{
    MinutesInput input = test::ordinaryAssembly();
    input.meeting.endsAt = QDateTime();
    input.meeting.place.clear();
    input.convener.clear();
    input.convenedOn = QDate();
    input.secretaryName.clear();
    input.clubAddress.clear();
    const QString text = plain(draftMinutes(input));
    CHECK(text.contains(u"la séance est levée à … h …."_s));
    CHECK(text.contains(u"Lieu de la réunion : …."_s));
    CHECK(text.contains(u"sur convocation du … adressée le …."_s));
    CHECK(text.contains(u"Hélène MÜLLER préside la séance et … en assure le secrétariat."_s));
    CHECK(text.contains(u"association régie par la loi du 1er juillet 1901, se sont réunis"_s));
    CHECK(text.endsWith(u"Le secrétaire de séance\n\n"_s));
}

TEST_CASE("minutes draft: under local law the association and the filing read as the code civil local requires")
{
    MinutesInput input = test::ordinaryAssembly();
    input.regime = LegalRegime::AlsaceMoselle;
    input.votes[103].adopted = true;
    input.votes[103].explanation = u"Adoptée\u00a0: 7 voix pour sur 8 (majorité des trois quarts requise\u00a0: 6)."_s;
    const QString text = plain(draftMinutes(input));
    CHECK(text.contains(u"association inscrite de droit local régie par les articles 21 à 79-III du code civil local"_s));
    CHECK(text.contains(u"La résolution est adoptée : 7 voix pour sur 8"_s));
    CHECK(text.contains(u"déclarées au registre des associations du tribunal judiciaire dans un délai de trois mois, accompagnées de deux "
                        u"exemplaires du présent procès-verbal signés par le président et le secrétaire."_s));

    input.regime = LegalRegime::Loi1901;
    CHECK(plain(draftMinutes(input)).contains(u"déclarées au greffe des associations dans un délai de trois mois."_s));
}

TEST_CASE("minutes draft: numbers, dates and times in French")
{
    CHECK(numberInWords(0) == u"zéro"_s);
    CHECK(numberInWords(1) == u"un"_s);
    CHECK(numberInWords(17) == u"dix-sept"_s);
    CHECK(numberInWords(21) == u"vingt et un"_s);
    CHECK(numberInWords(26) == u"vingt-six"_s);
    CHECK(numberInWords(31) == u"trente et un"_s);
    CHECK(numberInWords(70) == u"soixante-dix"_s);
    CHECK(numberInWords(71) == u"soixante et onze"_s);
    CHECK(numberInWords(77) == u"soixante-dix-sept"_s);
    CHECK(numberInWords(80) == u"quatre-vingts"_s);
    CHECK(numberInWords(81) == u"quatre-vingt-un"_s);
    CHECK(numberInWords(91) == u"quatre-vingt-onze"_s);
    CHECK(numberInWords(100) == u"cent"_s);
    CHECK(numberInWords(200) == u"deux cents"_s);
    CHECK(numberInWords(201) == u"deux cent un"_s);
    CHECK(numberInWords(1000) == u"mille"_s);
    CHECK(numberInWords(2000) == u"deux mille"_s);
    CHECK(numberInWords(2026) == u"deux mille vingt-six"_s);
    CHECK(numberInWords(80000) == u"quatre-vingt mille"_s);
    CHECK(numberInWords(200300) == u"deux cent mille trois cents"_s);
    CHECK(plain(longDate(QDate(2026, 6, 1))) == u"1er juin 2026"_s);
    CHECK(longDate(QDate(2026, 12, 31)) == u"31\u00a0décembre\u00a02026"_s);
    CHECK(plain(clockTime(QTime(9, 0))) == u"9 h"_s);
    CHECK(plain(clockTime(QTime(18, 5))) == u"18 h 05"_s);
    CHECK(plain(clockTime(QTime())) == u"… h …"_s);

    MinutesInput input = test::ordinaryAssembly();
    input.meeting.startsAt = QDateTime(QDate(2027, 3, 1), QTime(9, 0), QTimeZone::utc());
    CHECK(plain(draftMinutes(input)).contains(u"L'an deux mille vingt-sept, le premier mars, à 9 h, "_s));
}

TEST_CASE("minutes draft: the structure survives in the text for the PDF")
{
    const QList<MinutesBlock> blocks = minutesBlocks(draftMinutes(test::ordinaryAssembly()));
    REQUIRE(blocks.size() > 10);
    CHECK(blocks.first().kind == MinutesBlockKind::Title);
    const auto count = [&](MinutesBlockKind kind) {
        return std::count_if(blocks.cbegin(), blocks.cend(), [&](const MinutesBlock &b) { return b.kind == kind; });
    };
    CHECK(count(MinutesBlockKind::List) == 1);
    CHECK(count(MinutesBlockKind::Heading) == 4);
    CHECK(count(MinutesBlockKind::Subheading) == 2);
    CHECK(blocks.at(blocks.size() - 2) == MinutesBlock {MinutesBlockKind::Signature, u"Le président de séance"_s, u"Hélène MÜLLER"_s});
    CHECK(blocks.last() == MinutesBlock {MinutesBlockKind::Signature, u"Le secrétaire de séance"_s, u"Jean DUPONT"_s});

    // The secretary's edits: Windows line ends, extra blank lines, a signatory removed.
    const QList<MinutesBlock> edited = minutesBlocks(
        u"Procès-verbal\r\n\r\n\r\nUn paragraphe\r\nsur deux lignes.\r\n\r\nSuite :\r\n\r\n1. Un\r\n2. Deux\r\n\r\nLe président de séance\r\n"_s);
    REQUIRE(edited.size() == 5);
    CHECK(edited.at(1) == MinutesBlock {MinutesBlockKind::Paragraph, u"Un paragraphe\nsur deux lignes."_s, {}});
    CHECK(edited.at(3).kind == MinutesBlockKind::List);
    CHECK(edited.at(4) == MinutesBlock {MinutesBlockKind::Signature, u"Le président de séance"_s, {}});
}

TEST_CASE("minutes draft: the attendance annex counts the votes held in the room")
{
    const QList<AnnexRow> rows = attendanceAnnex(test::ordinaryAssembly().attendance);
    REQUIRE(rows.size() == 11);
    CHECK(rows.at(0).member == u"Hélène MÜLLER"_s);
    CHECK(rows.at(0).votes == 2); // her own and Sophie LAURENT's proxy
    CHECK(rows.at(2).votes == 2); // Transports Lœuvre carries Est Centre Services
    CHECK(rows.at(1).votes == 1);
    CHECK(plain(rows.at(4).times) == u"arrivée 18 h 25"_s);
    CHECK(plain(rows.at(5).times) == u"départ 19 h 50"_s);
    CHECK(rows.at(6).presence == Presence::Represented);
    CHECK(rows.at(6).presenceText == u"Représenté"_s);
    CHECK(rows.at(6).representedBy == u"Transports Lœuvre"_s);
    CHECK(rows.at(6).votes == 0);
    CHECK(rows.at(8).presenceText == u"Absent"_s);
    CHECK(rows.at(8).votes == 0);
    CHECK_FALSE(rows.at(10).entitled);
    CHECK(rows.at(10).votes == 0);
    int total = 0;
    for (const AnnexRow &row : rows)
        total += row.votes;
    CHECK(total == 8);
}

TEST_CASE("minutes draft: the blanks left are found with the words around them")
{
    MinutesInput input = test::ordinaryAssembly();
    input.meeting.endsAt = QDateTime();
    input.convener.clear();
    const QStringList blanks = minutesBlanks(plain(draftMinutes(input)));
    CHECK(blanks.contains(u"sur convocation du …"_s));
    CHECK(blanks.contains(u"est levée à … h …"_s));
    CHECK(minutesBlanks(plain(draftMinutes(test::ordinaryAssembly()))).isEmpty());
    // An ellipsis that ends a word is punctuation.
    CHECK(minutesBlanks(u"Les comptes, les budgets, etc… sont approuvés."_s).isEmpty());
    CHECK(minutesBlanks(u"Présents : …\nLa séance est levée à … h …."_s) == QStringList {u"Présents : …"_s, u"est levée à … h …"_s});
}

TEST_CASE("minutes draft: a corrected vote says the first count and why it was corrected")
{
    MinutesInput input = test::ordinaryAssembly();
    REQUIRE_FALSE(input.votes.isEmpty());
    const qint64 itemId = input.votes.constBegin().key();
    VoteCorrection correction;
    correction.agendaItemId = itemId;
    correction.count = VoteCount {1, 20, 0, 0, 0};
    correction.adopted = false;
    correction.recordedAt = test::assemblyTime(19, 5).toUTC();
    correction.correctedAt = test::assemblyTime(19, 8).toUTC();
    correction.reason = u"voix pour et contre inversées à la saisie."_s;
    input.corrections[itemId].append(correction);
    const QString text = plain(draftMinutes(input));
    CHECK(text.contains(u"Un premier décompte, enregistré à 19 h 05 (pour 1, contre 20, abstentions 0 : résolution rejetée), a été "
                        "corrigé à 19 h 08 : voix pour et contre inversées à la saisie."_s));
}

TEST_CASE("minutes draft: arrivals and departures after the opening are said before the vote they change")
{
    MinutesInput input = test::ordinaryAssembly();
    // Groupe Est Relation comes in at 18 h 45, after the opening; Atelier des Vosges leaves at
    // 19 h 50, between the two votes.
    input.attendance[4].arrivedAt = test::assemblyTime(18, 45);
    const StatutesProfile profile = StatutesProfile::defaults(LegalRegime::Loi1901);
    input.quorum = test::openingQuorum(input.attendance, profile, input.meeting);
    const QuorumStatus &opening = input.quorum;
    VoteRecord &accounts = input.votes[102];
    accounts.recordedAt = test::assemblyTime(19, 0).toUTC();
    accounts.body = {opening.presentWeight + 1, opening.representedWeight, opening.eligibleWeight};
    VoteRecord &statutes = input.votes[103];
    statutes.recordedAt = test::assemblyTime(20, 0).toUTC();
    statutes.body = {opening.presentWeight, opening.representedWeight, opening.eligibleWeight};

    const QString text = plain(draftMinutes(input));
    const QString arrival
        = u"Arrivée après l'ouverture de la séance : Groupe Est Relation à 18 h 45. Au moment du vote, %1 voix "
          "peuvent s'exprimer (%2 présentes, %3 représentées)."_s.arg(accounts.body.presentWeight + accounts.body.representedWeight)
              .arg(accounts.body.presentWeight)
              .arg(accounts.body.representedWeight);
    CHECK(text.contains(arrival));
    CHECK(text.indexOf(arrival) < text.indexOf(u"Règle de majorité"_s, text.indexOf(u"Première résolution"_s)));
    CHECK(text.indexOf(arrival) > text.indexOf(u"Première résolution"_s));
    const QString departure = u"Départ depuis le vote précédent : Atelier des Vosges à 19 h 50. Au moment du vote, %1 voix"_s.arg(
        statutes.body.presentWeight + statutes.body.representedWeight);
    CHECK(text.contains(departure));
    CHECK(text.indexOf(departure) > text.indexOf(u"Deuxième résolution"_s));

    SECTION("nothing is said when the count has not changed since the opening")
    {
        MinutesInput steady = test::ordinaryAssembly();
        steady.votes[102].recordedAt = test::assemblyTime(19, 0).toUTC();
        steady.votes[103].recordedAt = test::assemblyTime(19, 30).toUTC();
        CHECK_FALSE(plain(draftMinutes(steady)).contains(u"Au moment du vote"_s));
    }
}

TEST_CASE("minutes draft: a quorum met with a single voice is said in the singular")
{
    MinutesInput input = test::ordinaryAssembly();
    input.quorum.presentWeight = 1;
    input.quorum.representedWeight = 0;
    input.quorum.requiredWeight = 1;
    input.quorum.met = true;
    const QString text = plain(draftMinutes(input));
    CHECK(text.contains(u"est atteint avec 1 voix présente ou représentée."_s));
    CHECK_FALSE(text.contains(u"1 voix présentes"_s));
}

TEST_CASE("minutes draft: the voices that may be cast are counted in the singular for one")
{
    CHECK(plain(votingWeightText(VotingBody {1, 0, 5})) == u"1 voix peut s'exprimer (1 présente, 0 représentée)"_s);
    CHECK(plain(votingWeightText(VotingBody {20, 4, 44})) == u"24 voix peuvent s'exprimer (20 présentes, 4 représentées)"_s);
    CHECK(plain(votingWeightText(VotingBody {0, 1, 5})) == u"1 voix peut s'exprimer (0 présente, 1 représentée)"_s);
}
