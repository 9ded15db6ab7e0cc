// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The draft procès-verbal of a meeting, written from what was recorded during it (DOMAIN §1.8):
// the association and its seat, the body, date, time and place, how it was convened, who chaired
// and who took the minutes, attendance and quorum, the agenda, each item with the text of its
// resolution, the count and the result, the closing time and the signatures. When the quorum was
// not reached it is a « procès-verbal de carence » (DOMAIN §1.4) that examines nothing. The
// secretary edits the text before it is approved and locked, so it is plain text that reads as a
// real PV, with a light structure that the PDF (minutespdf.h) recognises through minutesBlocks():
//   - paragraphs are separated by a blank line; a single line break stays a line break;
//   - the first paragraph is the title;
//   - a paragraph whose lines all start with « 1. », « 2. »… after a paragraph ending in « : »
//     is a numbered list;
//   - a one-line paragraph of at most 100 characters with no final punctuation is a heading:
//     an agenda item when it starts with its number (« 2. Approbation des comptes »), a
//     sub-heading otherwise (« Première résolution »);
//   - the last paragraphs that start with « Le président de séance » or « Le secrétaire de
//     séance » are the signatures, the signatory's name on the next line.
// Missing facts (closing time, convener…) are written « … » for the secretary to fill in.
//
// Pure functions.

#include "assembly/meetingrecords.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>

namespace adhera::assembly {

struct MinutesInput {
    Meeting meeting;
    QList<AgendaItem> agenda; // put in position order
    QList<AttendanceRow> attendance; // in sheet order
    QHash<qint64, VoteRecord> votes; // by agenda item id
    QHash<qint64, QList<VoteCorrection>> corrections; // results replaced, by agenda item id, oldest first
    QuorumStatus quorum; // at the opening
    QString chairName; // président de séance
    QString secretaryName; // secrétaire de séance
    QString clubName;
    QString clubAddress; // several lines: the seat
    LegalRegime regime = LegalRegime::Loi1901;
    QString convener; // what follows « sur convocation »: « du président », « du conseil d'administration »
    QDate convenedOn; // when the convocations were sent
};

QString draftMinutes(const MinutesInput &input);

// « Procès-verbal de l'assemblée générale ordinaire du 12 juin 2026 »; « Procès-verbal de carence
// de … » when `lackingQuorum`.
QString minutesTitle(const Meeting &meeting, bool lackingQuorum = false);

// French words, traditional spelling: 26 « vingt-six », 71 « soixante et onze », 80
// « quatre-vingts », 2026 « deux mille vingt-six ». From 0 to 999 999.
QString numberInWords(int number);
// « 12 juin 2026 », « 1er juin 2026 »; empty for an invalid date.
QString longDate(const QDate &date);
// « 24 voix peuvent s'exprimer (20 présentes, 4 représentées) », « 1 voix peut s'exprimer
// (1 présente, 0 représentée) »: what a vote's body allows.
QString votingWeightText(const VotingBody &body);
// « 18 h 30 », « 9 h » (no-break spaces); « … h … » for an invalid time.
QString clockTime(const QTime &time);

enum class MinutesBlockKind { Title, Heading, Subheading, Paragraph, List, Signature };

struct MinutesBlock {
    MinutesBlockKind kind = MinutesBlockKind::Paragraph;
    QString text; // line breaks kept; Signature: the role (« Le président de séance »)
    QString name; // Signature only: the signatory, possibly empty
    bool operator==(const MinutesBlock &) const = default;
};

// The blanks « … » left for the secretary to fill in, each with the words around it as it reads
// in the text: « sur convocation du … », « levée à … h … ». An ellipsis that ends a word
// (« etc… ») is punctuation, not a blank. Empty when nothing is left to fill in.
QStringList minutesBlanks(const QString &body);

// The body split as described at the top of this file.
QList<MinutesBlock> minutesBlocks(const QString &body);

// One line of the attendance annex (« feuille de présence »), in sheet order.
struct AnnexRow {
    QString member;
    QString representedBy; // the holder's name, when represented
    Presence presence = Presence::Absent;
    QString presenceText; // « Présent », « Représenté », « Absent »
    QString times; // « arrivée 18 h 45, départ 20 h » or empty
    int votes = 0; // held in the room: own weight plus the proxies carried; 0 when not present
    bool entitled = true;
    QString reason; // why the member may not vote
};

// Each row with the votes it holds: a present member entitled to vote holds its weight plus the
// weight of the members entitled to vote who gave it their proxy (the proxies were checked at
// check-in: cap and chains).
QList<AnnexRow> attendanceAnnex(const QList<AttendanceRow> &attendance);

} // namespace adhera::assembly
