// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::records)
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

const std::array<std::pair<MembershipStatus, QLatin1StringView>, 4> statusCodes {{
    {MembershipStatus::Active, "active"_L1},
    {MembershipStatus::Pending, "pending"_L1},
    {MembershipStatus::Resigned, "resigned"_L1},
    {MembershipStatus::Excluded, "excluded"_L1},
}};

const std::array<std::pair<BoardPosition, QLatin1StringView>, 5> positionCodes {{
    {BoardPosition::President, "president"_L1},
    {BoardPosition::VicePresident, "vice_president"_L1},
    {BoardPosition::Treasurer, "treasurer"_L1},
    {BoardPosition::Secretary, "secretary"_L1},
    {BoardPosition::Director, "director"_L1},
}};

const std::array<std::pair<ConsentPurpose, QLatin1StringView>, 3> purposeCodes {{
    {ConsentPurpose::Directory, "directory"_L1},
    {ConsentPurpose::Newsletter, "newsletter"_L1},
    {ConsentPurpose::Photos, "photos"_L1},
}};

} // namespace

QString toCode(MembershipStatus status)
{
    return codeOf(status, statusCodes);
}
QString toCode(BoardPosition position)
{
    return codeOf(position, positionCodes);
}
QString toCode(ConsentPurpose purpose)
{
    return codeOf(purpose, purposeCodes);
}
std::optional<MembershipStatus> membershipStatusFromCode(const QString &code)
{
    return fromCode(code, statusCodes);
}
std::optional<BoardPosition> boardPositionFromCode(const QString &code)
{
    return fromCode(code, positionCodes);
}
std::optional<ConsentPurpose> consentPurposeFromCode(const QString &code)
{
    return fromCode(code, purposeCodes);
}

QString label(MembershipStatus status)
{
    switch (status) {
    case MembershipStatus::Active: return Tr::tr("Actif");
    case MembershipStatus::Pending: return Tr::tr("En attente");
    case MembershipStatus::Resigned: return Tr::tr("Démissionnaire");
    case MembershipStatus::Excluded: return Tr::tr("Exclu");
    }
    return {};
}

QString label(BoardPosition position)
{
    switch (position) {
    case BoardPosition::President: return Tr::tr("Président(e)");
    case BoardPosition::VicePresident: return Tr::tr("Vice-président(e)");
    case BoardPosition::Treasurer: return Tr::tr("Trésorier(ère)");
    case BoardPosition::Secretary: return Tr::tr("Secrétaire");
    case BoardPosition::Director: return Tr::tr("Administrateur(trice)");
    }
    return {};
}

QString label(ConsentPurpose purpose)
{
    switch (purpose) {
    case ConsentPurpose::Directory: return Tr::tr("Annuaire des adhérents");
    case ConsentPurpose::Newsletter: return Tr::tr("Lettre d'information");
    case ConsentPurpose::Photos: return Tr::tr("Photos");
    }
    return {};
}

std::optional<Employment> PersonRecord::currentEmployment() const
{
    for (const Employment &employment : employments)
        if (employment.endDate.isNull())
            return employment;
    return std::nullopt;
}

} // namespace adhera
