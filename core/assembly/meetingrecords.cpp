// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingrecords.h"

#include "i18n/displayformat.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

template <typename Enum, size_t N>
std::optional<Enum> fromCode(const QString &code, const std::array<std::pair<Enum, QLatin1StringView>, N> &codes)
{
    for (const auto &[value, text] : codes)
        if (code == text)
            return value;
    return std::nullopt;
}

template <typename Enum, size_t N>
QString codeOf(Enum value, const std::array<std::pair<Enum, QLatin1StringView>, N> &codes)
{
    for (const auto &[candidate, text] : codes)
        if (candidate == value)
            return QString(text);
    return {};
}

const std::array<std::pair<MeetingKind, QLatin1StringView>, 8> meetingKindCodes {{
    {MeetingKind::GeneralOrdinary, "general_ordinary"_L1},
    {MeetingKind::GeneralExtraordinary, "general_extraordinary"_L1},
    {MeetingKind::Board, "board"_L1},
    {MeetingKind::Bureau, "bureau"_L1},
    {MeetingKind::Breakfast, "breakfast"_L1},
    {MeetingKind::Afterwork, "afterwork"_L1},
    {MeetingKind::Conference, "conference"_L1},
    {MeetingKind::SiteVisit, "site_visit"_L1},
}};

const std::array<std::pair<MeetingStatus, QLatin1StringView>, 3> meetingStatusCodes {{
    {MeetingStatus::Planned, "planned"_L1},
    {MeetingStatus::Held, "held"_L1},
    {MeetingStatus::Cancelled, "cancelled"_L1},
}};

const std::array<std::pair<Reply, QLatin1StringView>, 4> replyCodes {{
    {Reply::None, ""_L1},
    {Reply::Yes, "yes"_L1},
    {Reply::No, "no"_L1},
    {Reply::Maybe, "maybe"_L1},
}};

const std::array<std::pair<ConvocationChannel, QLatin1StringView>, 3> channelCodes {{
    {ConvocationChannel::Letter, "letter"_L1},
    {ConvocationChannel::Email, "email"_L1},
    {ConvocationChannel::Hand, "hand"_L1},
}};

const std::array<std::pair<AgendaItemKind, QLatin1StringView>, 4> agendaKindCodes {{
    {AgendaItemKind::Information, "information"_L1},
    {AgendaItemKind::Resolution, "resolution"_L1},
    {AgendaItemKind::Election, "election"_L1},
    {AgendaItemKind::OtherBusiness, "other_business"_L1},
}};

const std::array<std::pair<MinutesStatus, QLatin1StringView>, 2> minutesStatusCodes {{
    {MinutesStatus::Draft, "draft"_L1},
    {MinutesStatus::Locked, "locked"_L1},
}};

const std::array<std::pair<Presence, QLatin1StringView>, 3> presenceCodes {{
    {Presence::Present, "present"_L1},
    {Presence::Represented, "represented"_L1},
    {Presence::Absent, "absent"_L1},
}};

} // namespace

QString toCode(MeetingKind kind)
{
    return codeOf(kind, meetingKindCodes);
}

QString toCode(MeetingStatus status)
{
    return codeOf(status, meetingStatusCodes);
}

QString toCode(Reply reply)
{
    return codeOf(reply, replyCodes);
}

QString toCode(ConvocationChannel channel)
{
    return codeOf(channel, channelCodes);
}

QString toCode(AgendaItemKind kind)
{
    return codeOf(kind, agendaKindCodes);
}

QString toCode(MinutesStatus status)
{
    return codeOf(status, minutesStatusCodes);
}

QString toCode(Presence presence)
{
    return codeOf(presence, presenceCodes);
}

std::optional<MeetingKind> meetingKindFromCode(const QString &code)
{
    return fromCode(code, meetingKindCodes);
}

std::optional<MeetingStatus> meetingStatusFromCode(const QString &code)
{
    return fromCode(code, meetingStatusCodes);
}

std::optional<Reply> replyFromCode(const QString &code)
{
    return fromCode(code, replyCodes);
}

std::optional<ConvocationChannel> convocationChannelFromCode(const QString &code)
{
    return fromCode(code, channelCodes);
}

std::optional<AgendaItemKind> agendaItemKindFromCode(const QString &code)
{
    return fromCode(code, agendaKindCodes);
}

std::optional<MinutesStatus> minutesStatusFromCode(const QString &code)
{
    return fromCode(code, minutesStatusCodes);
}

std::optional<Presence> presenceFromCode(const QString &code)
{
    return fromCode(code, presenceCodes);
}

std::optional<ResolutionKind> resolutionKindFromCode(const QString &code)
{
    for (const ResolutionKind kind : allResolutionKinds())
        if (toCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString label(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::GeneralOrdinary: return Tr::tr("AG ordinaire");
    case MeetingKind::GeneralExtraordinary: return Tr::tr("AG extraordinaire");
    case MeetingKind::Board: return Tr::tr("Conseil d'administration");
    case MeetingKind::Bureau: return Tr::tr("Bureau");
    case MeetingKind::Breakfast: return Tr::tr("Petit-déjeuner");
    case MeetingKind::Afterwork: return Tr::tr("Afterwork");
    case MeetingKind::Conference: return Tr::tr("Conférence");
    case MeetingKind::SiteVisit: return Tr::tr("Visite de centre");
    }
    return QString();
}

QString label(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned: return Tr::tr("Prévue");
    case MeetingStatus::Held: return Tr::tr("Tenue");
    case MeetingStatus::Cancelled: return Tr::tr("Annulée");
    }
    return QString();
}

QString label(Reply reply)
{
    switch (reply) {
    case Reply::None: return Tr::tr("Sans réponse");
    case Reply::Yes: return Tr::tr("Oui");
    case Reply::No: return Tr::tr("Non");
    case Reply::Maybe: return Tr::tr("Peut-être");
    }
    return QString();
}

QString label(ConvocationChannel channel)
{
    switch (channel) {
    case ConvocationChannel::Letter: return Tr::tr("Courrier");
    case ConvocationChannel::Email: return Tr::tr("Courriel");
    case ConvocationChannel::Hand: return Tr::tr("Remise en main propre");
    }
    return QString();
}

QString label(AgendaItemKind kind)
{
    switch (kind) {
    case AgendaItemKind::Information: return Tr::tr("Information");
    case AgendaItemKind::Resolution: return Tr::tr("Résolution");
    case AgendaItemKind::Election: return Tr::tr("Élection");
    case AgendaItemKind::OtherBusiness: return Tr::tr("Questions diverses");
    }
    return QString();
}

QString label(MinutesStatus status)
{
    return status == MinutesStatus::Draft ? Tr::tr("Brouillon") : Tr::tr("Verrouillé");
}

QString label(Presence presence)
{
    switch (presence) {
    case Presence::Present: return Tr::tr("Présent");
    case Presence::Represented: return Tr::tr("Représenté");
    case Presence::Absent: return Tr::tr("Absent");
    }
    return QString();
}

const QList<MeetingKind> &allMeetingKinds()
{
    static const QList<MeetingKind> all {MeetingKind::GeneralOrdinary, MeetingKind::GeneralExtraordinary, MeetingKind::Board,
        MeetingKind::Bureau, MeetingKind::Breakfast, MeetingKind::Afterwork, MeetingKind::Conference, MeetingKind::SiteVisit};
    return all;
}

bool isAssembly(MeetingKind kind)
{
    return kind == MeetingKind::GeneralOrdinary || kind == MeetingKind::GeneralExtraordinary;
}

bool isVotable(AgendaItemKind kind)
{
    return kind == AgendaItemKind::Resolution || kind == AgendaItemKind::Election;
}

AssemblyKind Meeting::assemblyKind() const
{
    return kind == MeetingKind::GeneralExtraordinary ? AssemblyKind::Extraordinary : AssemblyKind::Ordinary;
}

bool changesRegistration(const AgendaItem &item, const VoteRecord *vote)
{
    if (!vote || !vote->adopted)
        return false;
    return item.kind == AgendaItemKind::Election || item.resolutionKind != ResolutionKind::Ordinary;
}

InviteeCounts countInvitees(const QList<Invitee> &invitees)
{
    InviteeCounts counts;
    for (const Invitee &invitee : invitees) {
        ++counts.total;
        switch (invitee.reply) {
        case Reply::Yes: ++counts.yes; break;
        case Reply::No: ++counts.no; break;
        case Reply::Maybe: ++counts.maybe; break;
        case Reply::None: ++counts.noReply; break;
        }
        counts.sent += invitee.convenedOn.isValid() ? 1 : 0;
        counts.present += invitee.attended.value_or(false) ? 1 : 0;
    }
    return counts;
}

QString sendingText(const Invitee &invitee)
{
    if (!invitee.convenedOn.isValid())
        return {};
    const QString date = i18n::displayDate(invitee.convenedOn);
    return invitee.channel ? Tr::tr("%1 (%2)").arg(date, label(*invitee.channel).toLower()) : date;
}

} // namespace adhera::assembly
