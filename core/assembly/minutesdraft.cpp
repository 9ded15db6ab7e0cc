// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutesdraft.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

const QString blank = u"…"_s;

QString orBlank(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? blank : trimmed;
}

const std::array<const char *, 20> units {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"};

QString word(const char *text)
{
    return QString::fromUtf8(text);
}

QString belowHundred(int n)
{
    static const std::array<const char *, 7> tens {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};
    if (n < 20)
        return word(units.at(n));
    if (n < 70) {
        const QString ten = word(tens.at(n / 10));
        const int unit = n % 10;
        if (unit == 0)
            return ten;
        return unit == 1 ? QString(ten + u" et un"_s) : QString(ten + u'-' + word(units.at(unit)));
    }
    if (n < 80)
        return n == 71 ? u"soixante et onze"_s : u"soixante-"_s + word(units.at(n - 60));
    return n == 80 ? u"quatre-vingts"_s : u"quatre-vingt-"_s + word(units.at(n - 80));
}

QString belowThousand(int n)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 0)
        return belowHundred(rest);
    QString text = hundreds == 1 ? u"cent"_s : word(units.at(hundreds)) + u" cent"_s;
    if (rest == 0)
        return hundreds > 1 ? text + u's' : text;
    return text + u' ' + belowHundred(rest);
}

// The month's name, translated with the minutes (QLocale would follow the system).
QString monthName(int month)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("adhera::assembly", "janvier"), QT_TRANSLATE_NOOP("adhera::assembly", "février"),
        QT_TRANSLATE_NOOP("adhera::assembly", "mars"), QT_TRANSLATE_NOOP("adhera::assembly", "avril"),
        QT_TRANSLATE_NOOP("adhera::assembly", "mai"), QT_TRANSLATE_NOOP("adhera::assembly", "juin"),
        QT_TRANSLATE_NOOP("adhera::assembly", "juillet"), QT_TRANSLATE_NOOP("adhera::assembly", "août"),
        QT_TRANSLATE_NOOP("adhera::assembly", "septembre"), QT_TRANSLATE_NOOP("adhera::assembly", "octobre"),
        QT_TRANSLATE_NOOP("adhera::assembly", "novembre"), QT_TRANSLATE_NOOP("adhera::assembly", "décembre")};
    return Tr::tr(names[std::clamp(month, 1, 12) - 1]);
}

// « Première résolution »… as French PVs number them; « Résolution n° 21 » beyond twenty.
QString resolutionHeading(int number)
{
    static const char *const ordinals[] = {QT_TRANSLATE_NOOP("adhera::assembly", "Première résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Deuxième résolution"), QT_TRANSLATE_NOOP("adhera::assembly", "Troisième résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Quatrième résolution"), QT_TRANSLATE_NOOP("adhera::assembly", "Cinquième résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Sixième résolution"), QT_TRANSLATE_NOOP("adhera::assembly", "Septième résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Huitième résolution"), QT_TRANSLATE_NOOP("adhera::assembly", "Neuvième résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Dixième résolution"), QT_TRANSLATE_NOOP("adhera::assembly", "Onzième résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Douzième résolution"), QT_TRANSLATE_NOOP("adhera::assembly", "Treizième résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Quatorzième résolution"), QT_TRANSLATE_NOOP("adhera::assembly", "Quinzième résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Seizième résolution"), QT_TRANSLATE_NOOP("adhera::assembly", "Dix-septième résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Dix-huitième résolution"), QT_TRANSLATE_NOOP("adhera::assembly", "Dix-neuvième résolution"),
        QT_TRANSLATE_NOOP("adhera::assembly", "Vingtième résolution")};
    if (number >= 1 && number <= 20)
        return Tr::tr(ordinals[number - 1]);
    return Tr::tr("Résolution n°\u00a0%1").arg(number);
}

// « au quart », « aux deux tiers »: the share after « fixé par les statuts ».
QString fractionWords(const Fraction &fraction)
{
    if (fraction == Fraction {1, 4})
        return Tr::tr("au quart");
    if (fraction == Fraction {1, 3})
        return Tr::tr("au tiers");
    if (fraction == Fraction {1, 2})
        return Tr::tr("à la moitié");
    if (fraction == Fraction {2, 3})
        return Tr::tr("aux deux tiers");
    if (fraction == Fraction {3, 4})
        return Tr::tr("aux trois quarts");
    return Tr::tr("à %1").arg(fraction.toText());
}

// « de l'assemblée générale ordinaire », « de la réunion du bureau »: what the PV records.
QString bodyOf(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::GeneralOrdinary: return Tr::tr("de l'assemblée générale ordinaire");
    case MeetingKind::GeneralExtraordinary: return Tr::tr("de l'assemblée générale extraordinaire");
    case MeetingKind::Board: return Tr::tr("de la réunion du conseil d'administration");
    case MeetingKind::Bureau: return Tr::tr("de la réunion du bureau");
    default: return Tr::tr("de la réunion");
    }
}

// « les membres de l'association L2C, …, se sont réunis en assemblée générale ordinaire ».
QString gathering(MeetingKind kind, const QString &association)
{
    switch (kind) {
    case MeetingKind::GeneralOrdinary:
        return Tr::tr("les membres de l'association %1 se sont réunis en assemblée générale ordinaire").arg(association);
    case MeetingKind::GeneralExtraordinary:
        return Tr::tr("les membres de l'association %1 se sont réunis en assemblée générale extraordinaire").arg(association);
    case MeetingKind::Board: return Tr::tr("les membres du conseil d'administration de l'association %1 se sont réunis").arg(association);
    case MeetingKind::Bureau: return Tr::tr("les membres du bureau de l'association %1 se sont réunis").arg(association);
    default: return Tr::tr("les membres de l'association %1 se sont réunis").arg(association);
    }
}

// How the association is identified (DOMAIN §0.2): the law it falls under.
QString regimeWords(LegalRegime regime)
{
    return regime == LegalRegime::AlsaceMoselle
        ? Tr::tr("association inscrite de droit local régie par les articles 21 à 79-III du code civil local")
        : Tr::tr("association régie par la loi du 1er juillet 1901");
}

QString oneLine(const QString &address)
{
    QStringList lines;
    for (const QString &line : address.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines.join(u", "_s);
}

const char *const openingSentence = QT_TRANSLATE_NOOP("adhera::assembly", "L'an %1, le %2, à %3, %4, %5.");

// A French procès-verbal writes the year and the day of the meeting in words (« L'an deux mille
// vingt-six, le douze juin »). numberInWords() speaks French only, so minutes written in another
// language (their opening sentence translated) give them in digits.
bool datesInWords()
{
    return Tr::tr(openingSentence) == QString::fromUtf8(openingSentence);
}

QString openingParagraph(const MinutesInput &input)
{
    const QDate date = input.meeting.startsAt.date();
    const bool words = datesInWords();
    const QString year = !date.isValid() ? blank : words ? numberInWords(date.year()) : QString::number(date.year());
    QString day = blank;
    if (date.isValid() && words)
        day = (date.day() == 1 ? Tr::tr("premier") : numberInWords(date.day())) + u' ' + monthName(date.month());
    else if (date.isValid())
        day = QString::number(date.day()) + u' ' + monthName(date.month());
    QString association = orBlank(input.clubName) + u", "_s + regimeWords(input.regime);
    const QString seat = oneLine(input.clubAddress);
    if (!seat.isEmpty())
        association += Tr::tr(", dont le siège est situé %1,").arg(seat);
    else
        association += u',';
    const QString convocation = input.meeting.convocation == Convocation::Second ? Tr::tr("sur seconde convocation %1 adressée le %2")
                                                                                 : Tr::tr("sur convocation %1 adressée le %2");
    const QString convener = input.convener.trimmed().isEmpty() ? Tr::tr("du %1").arg(blank) : input.convener.trimmed();
    const QString sent = input.convenedOn.isValid() ? longDate(input.convenedOn) : blank;
    // The time the chair opened the session when it was recorded, else the time it was called for.
    const QTime opened = (input.meeting.openedAt.isValid() ? input.meeting.openedAt : input.meeting.startsAt).time();
    return Tr::tr(openingSentence)
               .arg(year, day, clockTime(opened), gathering(input.meeting.kind, association), convocation.arg(convener, sent))
        + u' ' + Tr::tr("Lieu de la réunion\u00a0: %1.").arg(orBlank(input.meeting.place));
}

// « 6 sont présents », « 1 est présent », « aucun n'est présent ».
QString howManyPresent(int count)
{
    if (count == 0)
        return Tr::tr("aucun n'est présent");
    return count == 1 ? Tr::tr("1 est présent") : Tr::tr("%1 sont présents").arg(count);
}

QString howManyRepresented(int count)
{
    if (count == 0)
        return Tr::tr("aucun n'est représenté");
    return count == 1 ? Tr::tr("1 est représenté") : Tr::tr("%1 sont représentés").arg(count);
}

QString attendanceParagraph(const MinutesInput &input)
{
    const QuorumStatus &quorum = input.quorum;
    QStringList sentences;
    sentences.append(
        Tr::tr("Une feuille de présence a été émargée par les membres présents à leur entrée en séance\u00a0; elle est annexée "
               "au présent procès-verbal."));
    const QString members = quorum.eligibleCount == 1 ? Tr::tr("Sur le seul membre ayant le droit de vote")
                                                      : Tr::tr("Sur les %1 membres ayant le droit de vote").arg(quorum.eligibleCount);
    sentences.append(
        Tr::tr("%1, %2 et %3.").arg(members, howManyPresent(quorum.presentCount), howManyRepresented(quorum.representedCount)));
    // Votes differ from heads only when the statuts weigh categories.
    if (quorum.presentWeight != quorum.presentCount || quorum.representedWeight != quorum.representedCount
        || quorum.eligibleWeight != quorum.eligibleCount)
        sentences.append(Tr::tr("Les membres présents et représentés détiennent ensemble %1 voix sur %2.")
                             .arg(quorum.countedWeight())
                             .arg(quorum.eligibleWeight));
    QStringList guests;
    for (const AttendanceRow &row : input.attendance) {
        if (!row.entitled && row.presence == Presence::Present)
            guests.append(row.name);
    }
    if (guests.size() == 1)
        sentences.append(Tr::tr("Assiste également à la séance, sans droit de vote\u00a0: %1.").arg(guests.constFirst()));
    else if (guests.size() > 1)
        sentences.append(Tr::tr("Assistent également à la séance, sans droit de vote\u00a0: %1.").arg(guests.join(u", "_s)));
    return sentences.join(u' ');
}

bool lacksQuorum(const QuorumStatus &quorum)
{
    return !quorum.met && (quorum.fraction.has_value() || quorum.nobodyMayVote());
}

QString quorumParagraph(const MinutesInput &input)
{
    const QuorumStatus &quorum = input.quorum;
    const bool second = input.meeting.convocation == Convocation::Second;
    if (quorum.nobodyMayVote())
        return Tr::tr("Aucun des membres inscrits sur la feuille de présence n'a le droit de vote\u00a0: l'assemblée ne peut donc pas "
                      "valablement délibérer.");
    if (!quorum.fraction) {
        return second ? Tr::tr("Réunie sur seconde convocation, l'assemblée peut valablement délibérer sans condition de quorum.")
                      : Tr::tr("Les statuts ne fixant aucun quorum pour cette assemblée, celle-ci peut valablement délibérer.");
    }
    const QString rule = Tr::tr("Le quorum, fixé par les statuts %1 des voix des membres ayant le droit de vote, soit %2 voix,")
                             .arg(fractionWords(*quorum.fraction))
                             .arg(quorum.requiredWeight);
    if (quorum.met) {
        // The minutes are checked in the source language too, where %n has no plural forms.
        const QString with = quorum.countedWeight() == 1 ? Tr::tr("avec 1 voix présente ou représentée")
                                                         : Tr::tr("avec %1 voix présentes ou représentées").arg(quorum.countedWeight());
        return Tr::tr("%1 est atteint %2. L'assemblée peut donc valablement délibérer.").arg(rule, with);
    }
    QString counted;
    if (quorum.countedWeight() == 0)
        counted = Tr::tr("aucune voix n'est présente ni représentée");
    else if (quorum.countedWeight() == 1)
        counted = Tr::tr("seule 1 voix est présente ou représentée");
    else
        counted = Tr::tr("seules %1 voix sont présentes ou représentées").arg(quorum.countedWeight());
    QString text = Tr::tr("%1 n'est pas atteint\u00a0: %2. L'assemblée ne peut donc pas valablement délibérer.").arg(rule, counted);
    if (!second)
        text += u' '
            + Tr::tr("Conformément aux statuts, une seconde assemblée sera convoquée avec le même ordre du jour, dans le délai qu'ils "
                     "prévoient.");
    return text;
}

QString countText(const VoteCount &count, bool secret)
{
    QString text = Tr::tr("pour %1, contre %2, abstentions %3").arg(count.inFavour).arg(count.against).arg(count.abstentions);
    if (secret || count.blank != 0 || count.spoiled != 0)
        text += Tr::tr(", blancs %1, nuls %2").arg(count.blank).arg(count.spoiled);
    return text;
}

// « La résolution est adoptée : 6 voix pour sur 7 suffrages exprimés (majorité requise : 4). »
// The explanation already starts with « Adoptée : » or « Rejetée : »; anything else (a casting
// vote) is kept whole.
QString resultSentence(const VoteRecord &vote)
{
    const QString lead = vote.adopted ? Tr::tr("La résolution est adoptée") : Tr::tr("La résolution est rejetée");
    const QString prefix = (vote.adopted ? Tr::tr("Adoptée") : Tr::tr("Rejetée")) + u"\u00a0: "_s;
    if (vote.explanation.startsWith(prefix))
        return lead + u"\u00a0: "_s + vote.explanation.mid(prefix.size());
    if (vote.explanation.isEmpty())
        return lead + u'.';
    return lead + u". "_s + vote.explanation;
}

QString withoutFinalStop(QString text)
{
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// « Un premier décompte, enregistré à 18 h 45 (pour 1, contre 2, abstentions 0 : résolution
// rejetée), a été corrigé à 18 h 50 : erreur de saisie. »
QString correctionSentence(const VoteCorrection &correction, bool secret)
{
    return Tr::tr("Un premier décompte, enregistré à %1 (%2\u00a0: résolution %3), a été corrigé à %4\u00a0: %5.")
        .arg(clockTime(correction.recordedAt.toLocalTime().time()), countText(correction.count, secret),
            correction.adopted ? Tr::tr("adoptée") : Tr::tr("rejetée"), clockTime(correction.correctedAt.toLocalTime().time()),
            withoutFinalStop(correction.reason.trimmed()));
}

// Who came in or went out between two moments of the session (entitled members only: a guest
// changes no count), « X à 18 h 50, Y à 19 h 05 ».
QStringList movements(const QList<AttendanceRow> &attendance, const QDateTime &after, const QDateTime &upTo, bool arrivals)
{
    QList<std::pair<QDateTime, QString>> moved;
    for (const AttendanceRow &row : attendance) {
        const QDateTime &moment = arrivals ? row.arrivedAt : row.leftAt;
        if (row.entitled && row.presence == Presence::Present && moment.isValid() && moment > after && moment <= upTo)
            moved.append({moment, row.name});
    }
    std::stable_sort(moved.begin(), moved.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList names;
    for (const auto &[moment, name] : std::as_const(moved))
        names.append(Tr::tr("%1 à %2").arg(name, clockTime(moment.time())));
    return names;
}

// Said before a vote whose count of voices differs from the one before it (the opening's, or
// the previous vote's): who arrived or left since, and how many voices may now be cast.
QString movementsBeforeVote(
    const MinutesInput &input, const QDateTime &since, bool sinceOpening, const VotingBody &before, const VoteRecord &vote)
{
    const QDateTime at = vote.recordedAt.toLocalTime();
    const QStringList arrived = movements(input.attendance, since, at, true);
    const QStringList left = movements(input.attendance, since, at, false);
    const bool sameWeight = before.presentWeight == vote.body.presentWeight && before.representedWeight == vote.body.representedWeight;
    if (sameWeight && arrived.isEmpty() && left.isEmpty())
        return {};
    QStringList sentences;
    if (!arrived.isEmpty()) {
        const QString when = sinceOpening ? Tr::tr("après l'ouverture de la séance") : Tr::tr("depuis le vote précédent");
        sentences.append(
            (arrived.size() == 1 ? Tr::tr("Arrivée %1\u00a0: %2.") : Tr::tr("Arrivées %1\u00a0: %2.")).arg(when, arrived.join(u", "_s)));
    }
    if (!left.isEmpty()) {
        const QString when = sinceOpening ? Tr::tr("depuis l'ouverture de la séance") : Tr::tr("depuis le vote précédent");
        sentences.append(
            (left.size() == 1 ? Tr::tr("Départ %1\u00a0: %2.") : Tr::tr("Départs %1\u00a0: %2.")).arg(when, left.join(u", "_s)));
    }
    sentences.append(Tr::tr("Au moment du vote, %1.").arg(votingWeightText(vote.body)));
    return sentences.join(u' ');
}

} // namespace

QString votingWeightText(const VotingBody &body)
{
    const int total = body.presentWeight + body.representedWeight;
    // French puts 0 and 1 in the singular.
    const QString present
        = body.presentWeight <= 1 ? Tr::tr("%1 présente").arg(body.presentWeight) : Tr::tr("%1 présentes").arg(body.presentWeight);
    const QString represented = body.representedWeight <= 1 ? Tr::tr("%1 représentée").arg(body.representedWeight)
                                                            : Tr::tr("%1 représentées").arg(body.representedWeight);
    return (total == 1 ? Tr::tr("1 voix peut s'exprimer") : Tr::tr("%1 voix peuvent s'exprimer").arg(total))
        + u" (%1, %2)"_s.arg(present, represented);
}

QString numberInWords(int number)
{
    if (number < 0 || number > 999999)
        return QString::number(number);
    const int thousands = number / 1000;
    const int rest = number % 1000;
    if (thousands == 0)
        return belowThousand(rest);
    QString text = u"mille"_s;
    if (thousands > 1) {
        // « quatre-vingt mille », « deux cent mille »: no plural « s » before « mille ».
        QString multiple = belowThousand(thousands);
        if (multiple.endsWith(u"vingts"_s) || multiple.endsWith(u"cents"_s))
            multiple.chop(1);
        text = multiple + u" mille"_s;
    }
    return rest == 0 ? text : text + u' ' + belowThousand(rest);
}

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QString day = date.day() == 1 ? Tr::tr("1er") : QString::number(date.day());
    // No-break spaces: a date is not split over two lines.
    return Tr::tr("%1\u00a0%2\u00a0%3", "day, month, year").arg(day, monthName(date.month())).arg(date.year());
}

QString clockTime(const QTime &time)
{
    if (!time.isValid())
        return Tr::tr("%1\u00a0h\u00a0%1").arg(blank);
    if (time.minute() == 0)
        return Tr::tr("%1\u00a0h").arg(time.hour());
    return Tr::tr("%1\u00a0h\u00a0%2").arg(time.hour()).arg(time.minute(), 2, 10, QChar(u'0'));
}

QString minutesTitle(const Meeting &meeting, bool lackingQuorum)
{
    const QString date = meeting.startsAt.isValid() ? longDate(meeting.startsAt.date()) : blank;
    return lackingQuorum ? Tr::tr("Procès-verbal de carence %1 du\u00a0%2").arg(bodyOf(meeting.kind), date)
                         : Tr::tr("Procès-verbal %1 du\u00a0%2").arg(bodyOf(meeting.kind), date);
}

QString draftMinutes(const MinutesInput &input)
{
    QList<AgendaItem> agenda = input.agenda;
    std::stable_sort(agenda.begin(), agenda.end(), [](const AgendaItem &a, const AgendaItem &b) { return a.position < b.position; });
    const bool lacking = lacksQuorum(input.quorum);

    QStringList paragraphs;
    paragraphs.append(minutesTitle(input.meeting, lacking));
    paragraphs.append(openingParagraph(input));
    paragraphs.append(
        Tr::tr("%1 préside la séance et %2 en assure le secrétariat.").arg(orBlank(input.chairName), orBlank(input.secretaryName)));
    paragraphs.append(attendanceParagraph(input));
    paragraphs.append(quorumParagraph(input));

    QStringList list;
    for (qsizetype i = 0; i < agenda.size(); ++i)
        list.append(u"%1. %2"_s.arg(i + 1).arg(agenda.at(i).title.trimmed()));
    if (!list.isEmpty()) {
        paragraphs.append(
            lacking ? Tr::tr("L'ordre du jour était le suivant\u00a0:") : Tr::tr("Le président de séance rappelle l'ordre du jour\u00a0:"));
        paragraphs.append(list.join(u'\n'));
    }

    bool registrationChanged = false;
    if (lacking) {
        paragraphs.append(Tr::tr("Faute de quorum, aucune des questions inscrites à l'ordre du jour n'a pu être examinée."));
    } else {
        int resolutions = 0;
        // The voices of the last count said: the opening's, then each vote's.
        VotingBody lastBody {input.quorum.presentWeight, input.quorum.representedWeight, input.quorum.eligibleWeight};
        QDateTime lastMoment = input.meeting.openedAt.isValid() ? input.meeting.openedAt : input.meeting.startsAt;
        bool sinceOpening = true;
        for (qsizetype i = 0; i < agenda.size(); ++i) {
            const AgendaItem &item = agenda.at(i);
            const QString notes = item.body.trimmed();
            paragraphs.append(u"%1. %2"_s.arg(i + 1).arg(item.title.trimmed()));
            switch (item.kind) {
            case AgendaItemKind::Information:
                if (!notes.isEmpty())
                    paragraphs.append(notes);
                paragraphs.append(Tr::tr("L'assemblée a pris connaissance de ce point d'information, qui ne donne lieu à aucun vote."));
                break;
            case AgendaItemKind::OtherBusiness:
                if (notes.isEmpty()) {
                    paragraphs.append(Tr::tr("Aucune question diverse n'est soulevée."));
                } else {
                    paragraphs.append(notes);
                    paragraphs.append(Tr::tr("Ces questions, abordées pour information, ne donnent lieu à aucun vote."));
                }
                break;
            case AgendaItemKind::Resolution:
            case AgendaItemKind::Election: {
                paragraphs.append(resolutionHeading(++resolutions));
                paragraphs.append(Tr::tr("Le président de séance met aux voix la résolution suivante\u00a0:"));
                paragraphs.append(notes.isEmpty() ? u"« %1 »"_s.arg(item.title.trimmed()) : notes);
                const auto vote = input.votes.constFind(item.id);
                if (vote == input.votes.constEnd()) {
                    paragraphs.append(Tr::tr("Vote\u00a0: pour %1, contre %1, abstentions %1. La résolution est %1.").arg(blank));
                    break;
                }
                if (const QString moved = movementsBeforeVote(input, lastMoment, sinceOpening, lastBody, *vote); !moved.isEmpty())
                    paragraphs.append(moved);
                lastBody = vote->body;
                lastMoment = vote->recordedAt.toLocalTime();
                sinceOpening = false;
                QStringList sentences;
                sentences.append(Tr::tr("Règle de majorité\u00a0: %1 des %2.").arg(label(vote->rule.threshold), label(vote->rule.basis)));
                if (item.secretBallot)
                    sentences.append(
                        Tr::tr("Le vote a lieu à bulletin secret. Résultat du dépouillement\u00a0: %1.").arg(countText(vote->count, true)));
                else
                    sentences.append(Tr::tr("Vote\u00a0: %1.").arg(countText(vote->count, false)));
                paragraphs.append(sentences.join(u' '));
                paragraphs.append(resultSentence(*vote));
                for (const VoteCorrection &correction : input.corrections.value(item.id))
                    paragraphs.append(correctionSentence(correction, item.secretBallot));
                registrationChanged = registrationChanged || changesRegistration(item, &*vote);
                break;
            }
            }
        }
    }

    // DOMAIN §1.9 and §0.2: changes of officers or statuts are declared within three months.
    if (registrationChanged) {
        paragraphs.append(input.regime == LegalRegime::AlsaceMoselle
                ? Tr::tr("Les modifications décidées par la présente assemblée seront déclarées au registre des associations du tribunal "
                         "judiciaire dans un délai de trois mois, accompagnées de deux exemplaires du présent procès-verbal signés par le "
                         "président et le secrétaire.")
                : Tr::tr("Les modifications décidées par la présente assemblée seront déclarées au greffe des associations dans un délai "
                         "de trois mois."));
    }

    const QString closing = clockTime(input.meeting.endsAt.isValid() ? input.meeting.endsAt.time() : QTime());
    paragraphs.append(lacking ? Tr::tr("La séance est levée à %1.").arg(closing)
                              : Tr::tr("L'ordre du jour étant épuisé, la séance est levée à %1.").arg(closing));
    paragraphs.append(Tr::tr(
        "De tout ce qui précède, il a été dressé le présent procès-verbal, signé par le président de séance et le secrétaire de séance."));
    paragraphs.append(Tr::tr("Le président de séance") + u'\n' + input.chairName.trimmed());
    paragraphs.append(Tr::tr("Le secrétaire de séance") + u'\n' + input.secretaryName.trimmed());

    QString text;
    for (const QString &paragraph : std::as_const(paragraphs)) {
        text += paragraph;
        text += u"\n\n"_s;
    }
    text.chop(1);
    return text;
}

QStringList minutesBlanks(const QString &body)
{
    // A blank stands alone: no letter or digit just before it.
    static const QRegularExpression blankPattern(u"(?<![\\p{L}\\p{N}])…"_s);
    QStringList found;
    qsizetype searchFrom = 0;
    while (true) {
        const QRegularExpressionMatch match = blankPattern.match(body, searchFrom);
        if (!match.hasMatch())
            break;
        // From up to three words before the blank to the end of what follows it on the line,
        // at most two more words (the « h … » of a time).
        qsizetype start = match.capturedStart();
        for (int words = 0; words < 3; ++words) {
            qsizetype at = start;
            while (at > 0 && body.at(at - 1).isSpace() && body.at(at - 1) != u'\n')
                --at;
            qsizetype wordStart = at;
            while (wordStart > 0 && !body.at(wordStart - 1).isSpace())
                --wordStart;
            // Stop at the start of the line and at the end of the sentence before.
            if (wordStart == at || u".;!?"_s.contains(body.at(at - 1)))
                break;
            start = wordStart;
        }
        qsizetype end = match.capturedEnd();
        for (int words = 0; words < 2 && end < body.size(); ++words) {
            qsizetype at = end;
            while (at < body.size() && body.at(at).isSpace() && body.at(at) != u'\n')
                ++at;
            qsizetype wordEnd = at;
            while (wordEnd < body.size() && !body.at(wordEnd).isSpace())
                ++wordEnd;
            const QString word = body.mid(at, wordEnd - at);
            // Only a blank's companions: « h », another « … », a closing sign.
            if (word.isEmpty() || !(word == u"h"_s || word.startsWith(u'…')))
                break;
            end = wordEnd;
        }
        QString excerpt = body.mid(start, end - start).trimmed();
        while (!excerpt.isEmpty() && u",.;:"_s.contains(excerpt.back()))
            excerpt.chop(1);
        found.append(excerpt);
        searchFrom = std::max(end, match.capturedEnd());
    }
    return found;
}

QList<MinutesBlock> minutesBlocks(const QString &body)
{
    QString normalised = body;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    static const QRegularExpression gap(u"\n[ \t]*\n\\s*"_s);
    QStringList paragraphs = normalised.trimmed().split(gap, Qt::SkipEmptyParts);

    static const QRegularExpression numbered(u"^\\d+\\.\\s"_s);
    const QStringList roles {Tr::tr("Le président de séance"), Tr::tr("Le secrétaire de séance")};
    QList<MinutesBlock> blocks;
    // The signatures are the trailing paragraphs that start with a signatory's role.
    QList<MinutesBlock> signatures;
    while (!paragraphs.isEmpty()) {
        const QString last = paragraphs.constLast();
        const QString first = last.section(u'\n', 0, 0).trimmed();
        if (!roles.contains(first) || paragraphs.size() == 1)
            break;
        signatures.prepend(MinutesBlock {MinutesBlockKind::Signature, first, last.section(u'\n', 1).trimmed()});
        paragraphs.removeLast();
    }

    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString text = paragraphs.at(i).trimmed();
        MinutesBlock block {MinutesBlockKind::Paragraph, text, {}};
        const QStringList lines = text.split(u'\n');
        const bool allNumbered
            = std::all_of(lines.cbegin(), lines.cend(), [](const QString &line) { return numbered.match(line).hasMatch(); });
        static const QString finalPunctuation = u".:;!?»…)"_s;
        if (i == 0) {
            block.kind = MinutesBlockKind::Title;
        } else if (allNumbered && paragraphs.at(i - 1).trimmed().endsWith(u':')) {
            block.kind = MinutesBlockKind::List;
        } else if (lines.size() == 1 && text.size() <= 100 && !finalPunctuation.contains(text.back())) {
            block.kind = numbered.match(text).hasMatch() ? MinutesBlockKind::Heading : MinutesBlockKind::Subheading;
        }
        blocks.append(block);
    }
    blocks.append(signatures);
    return blocks;
}

QList<AnnexRow> attendanceAnnex(const QList<AttendanceRow> &attendance)
{
    QHash<qint64, const AttendanceRow *> byId;
    QHash<qint64, int> carried; // holder → weight of the proxies it carries
    for (const AttendanceRow &row : attendance)
        byId.insert(row.membershipId, &row);
    for (const AttendanceRow &row : attendance) {
        if (row.presence == Presence::Represented && row.entitled)
            carried[row.proxyHolderId] += row.weight;
    }

    QList<AnnexRow> rows;
    rows.reserve(attendance.size());
    for (const AttendanceRow &row : attendance) {
        AnnexRow annex;
        annex.member = row.name;
        annex.presence = row.presence;
        annex.presenceText = label(row.presence);
        annex.entitled = row.entitled;
        annex.reason = row.reason;
        if (row.presence == Presence::Represented) {
            const AttendanceRow *holder = byId.value(row.proxyHolderId);
            annex.representedBy = holder ? holder->name : blank;
        }
        if (row.presence == Presence::Present) {
            QStringList times;
            if (row.arrivedAt.isValid())
                times.append(Tr::tr("arrivée %1").arg(clockTime(row.arrivedAt.time())));
            if (row.leftAt.isValid())
                times.append(Tr::tr("départ %1").arg(clockTime(row.leftAt.time())));
            annex.times = times.join(u", "_s);
            annex.votes = (row.entitled ? row.weight : 0) + carried.value(row.membershipId);
        }
        rows.append(annex);
    }
    return rows;
}

} // namespace adhera::assembly
