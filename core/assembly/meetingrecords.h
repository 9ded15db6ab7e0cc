// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The stored records of meetings and general assemblies (schema version 4, DOMAIN §1 and §3):
// the meeting, its invitees and convocations, the agenda, the attendance sheet, the votes and
// the procès-verbal. Plain values; MeetingStore reads and writes them.

#include "assembly/majority.h"
#include "assembly/quorum.h"
#include "assembly/statutesprofile.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace adhera::assembly {

enum class MeetingKind { GeneralOrdinary, GeneralExtraordinary, Board, Bureau, Breakfast, Afterwork, Conference, SiteVisit };
enum class MeetingStatus { Planned, Held, Cancelled };
enum class Reply { None, Yes, No, Maybe };
enum class ConvocationChannel { Letter, Email, Hand };
enum class AgendaItemKind { Information, Resolution, Election, OtherBusiness };
enum class MinutesStatus { Draft, Locked };

// Stored codes: "general_ordinary", "planned", "" / "yes", "letter", "other_business", "draft",
// "present" / "represented" / "absent", "1" / "2".
QString toCode(MeetingKind kind);
QString toCode(MeetingStatus status);
QString toCode(Reply reply);
QString toCode(ConvocationChannel channel);
QString toCode(AgendaItemKind kind);
QString toCode(MinutesStatus status);
QString toCode(Presence presence);
std::optional<MeetingKind> meetingKindFromCode(const QString &code);
std::optional<MeetingStatus> meetingStatusFromCode(const QString &code);
std::optional<Reply> replyFromCode(const QString &code);
std::optional<ConvocationChannel> convocationChannelFromCode(const QString &code);
std::optional<AgendaItemKind> agendaItemKindFromCode(const QString &code);
std::optional<MinutesStatus> minutesStatusFromCode(const QString &code);
std::optional<Presence> presenceFromCode(const QString &code);
std::optional<ResolutionKind> resolutionKindFromCode(const QString &code);

// French labels: « AG ordinaire », « Conseil d'administration », « Visite de centre »…;
// « Prévue », « Tenue », « Annulée »; « Sans réponse », « Oui », « Non », « Peut-être »;
// « Courrier », « Courriel », « Remise en main propre »; « Information », « Résolution »,
// « Élection », « Questions diverses »; « Brouillon », « Verrouillé »; « Présent »,
// « Représenté », « Absent ».
QString label(MeetingKind kind);
QString label(MeetingStatus status);
QString label(Reply reply);
QString label(ConvocationChannel channel);
QString label(AgendaItemKind kind);
QString label(MinutesStatus status);
QString label(Presence presence);
const QList<MeetingKind> &allMeetingKinds();

bool isAssembly(MeetingKind kind); // the two general assembly kinds
// Only a resolution or an election is voted; « questions diverses » never.
bool isVotable(AgendaItemKind kind);

struct Meeting {
    qint64 id = 0;
    MeetingKind kind = MeetingKind::GeneralOrdinary;
    QString title;
    QDateTime startsAt; // local time, to the minute
    QDateTime endsAt; // invalid: not set
    QString place;
    Convocation convocation = Convocation::First; // assemblies only
    qint64 chairPersonId = 0; // président de séance; 0: not chosen yet
    qint64 secretaryPersonId = 0; // secrétaire de séance
    MeetingStatus status = MeetingStatus::Planned;
    QString notes;
    QDateTime openedAt; // local time the chair opened the session; invalid: not recorded
    QDate declaredOn; // the changes it decided were declared (greffe, registre); invalid: not yet
    QDateTime createdAt; // UTC, set by the store
    QDateTime updatedAt;

    bool isAssembly() const { return assembly::isAssembly(kind); }
    // The assembly kind of the statuts' rules: an extraordinary assembly, or an ordinary one for
    // every other kind.
    AssemblyKind assemblyKind() const;
};

// Who is invited: exactly one of membershipId and personId.
struct InviteeId {
    qint64 membershipId = 0;
    qint64 personId = 0;
    bool operator==(const InviteeId &) const = default;
};

struct Invitee {
    qint64 meetingId = 0;
    InviteeId who;
    QString name; // read only: "Transports Lœuvre", "Hélène MÜLLER"
    Reply reply = Reply::None;
    QDate repliedOn;
    QDate convenedOn; // the proof of convocation (DOMAIN §1.2); invalid: not convened yet
    std::optional<ConvocationChannel> channel;
    std::optional<bool> attended; // at a meeting without an attendance sheet; unset: not recorded
};

// What the list of invitees says at a glance.
struct InviteeCounts {
    int total = 0;
    int yes = 0;
    int no = 0;
    int maybe = 0;
    int noReply = 0;
    int sent = 0; // invitation or convocation sent
    int present = 0; // attendance recorded as present
};
InviteeCounts countInvitees(const QList<Invitee> &invitees);
// « 20/05/2026 (courrier) »: when and how the invitation or convocation went; empty if not yet.
QString sendingText(const Invitee &invitee);

struct AgendaItem {
    qint64 id = 0; // 0: a new item
    qint64 meetingId = 0;
    int position = 0; // 1, 2…: given by the store
    AgendaItemKind kind = AgendaItemKind::Information;
    QString title;
    QString body; // the text of the resolution, or notes
    ResolutionKind resolutionKind = ResolutionKind::Ordinary; // resolutions and elections only
    bool secretBallot = false; // resolutions and elections only
    bool operator==(const AgendaItem &) const = default;
};

// One line of the attendance sheet.
struct AttendanceRow {
    qint64 meetingId = 0;
    qint64 membershipId = 0;
    QString name; // read only, from the member file
    qint64 voterPersonId = 0; // who signs: the representative of an organisation, or the person
    Presence presence = Presence::Absent;
    qint64 proxyHolderId = 0; // the holder's membership id, when Represented
    QDateTime arrivedAt; // local time; invalid: there from the opening
    QDateTime leftAt; // invalid: stayed to the end
    int weight = 1; // votes held in person (votingRight().weight)
    bool entitled = true; // votingRight().canVote
    QString reason; // votingRight().reason when not entitled
    QString rightNote; // the right read again during the session: « revu à 18 h 20 : peut voter »
};

// A recorded vote: totals only, with the rule and the weights it was decided on.
struct VoteRecord {
    qint64 agendaItemId = 0;
    VoteCount count;
    std::optional<bool> chairCastingVoteFor;
    ResolutionRule rule;
    VotingBody body;
    bool adopted = false;
    QString explanation; // Outcome::explanation
    QDateTime recordedAt; // UTC: when the vote took place (the time given when it is noted afterwards)
};

// A result replaced by a correction (MeetingStore::recordVote with a reason): kept as it was.
struct VoteCorrection {
    qint64 agendaItemId = 0;
    VoteCount count; // the replaced totals
    bool adopted = false; // the replaced outcome
    QString explanation;
    QDateTime recordedAt; // UTC, when the replaced result had been recorded
    QDateTime correctedAt; // UTC
    QString reason; // « erreur de saisie : les voix pour et contre inversées »
};

struct Minutes {
    qint64 id = 0;
    qint64 meetingId = 0;
    int version = 1;
    qint64 previousId = 0; // the locked version this one corrects; 0 for version 1
    QString body; // the procès-verbal
    MinutesStatus status = MinutesStatus::Draft;
    QDateTime lockedAt; // UTC
    QString bodySha256; // hex, set when locked
    qint64 presidentPersonId = 0;
    qint64 secretaryPersonId = 0;
    QString signatories; // names and roles as signed
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isLocked() const { return status == MinutesStatus::Locked; }
};

// DOMAIN §0.2, §1.9: an adopted election or change of the statuts (purpose, dissolution) is
// declared to the greffe or the registre des associations within three months.
bool changesRegistration(const AgendaItem &item, const VoteRecord *vote);

// One entry of the register of minutes: a locked version and its meeting.
struct RegisterEntry {
    Minutes minutes;
    MeetingKind kind = MeetingKind::GeneralOrdinary;
    QString title;
    QDateTime startsAt;
    QString place;
};

} // namespace adhera::assembly
