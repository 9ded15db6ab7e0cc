// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The member file's value types, as stored (see resources/migrations/0001_initial.sql).
// Ids are SQLite rowids; 0 means "none" or "not saved yet". Phone numbers are E.164 text.

#include "i18n/letterlanguage.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace adhera {

enum class MembershipStatus { Active, Pending, Resigned, Excluded };
enum class BoardPosition { President, VicePresident, Treasurer, Secretary, Director };
enum class ConsentPurpose { Directory, Newsletter, Photos };

QString toCode(MembershipStatus status);
QString toCode(BoardPosition position);
QString toCode(ConsentPurpose purpose);
std::optional<MembershipStatus> membershipStatusFromCode(const QString &code);
std::optional<BoardPosition> boardPositionFromCode(const QString &code);
std::optional<ConsentPurpose> consentPurposeFromCode(const QString &code);

// French labels for the interface (translated through Qt Linguist).
QString label(MembershipStatus status);
QString label(BoardPosition position);
QString label(ConsentPurpose purpose);

inline const QList<MembershipStatus> &allMembershipStatuses()
{
    static const QList<MembershipStatus> all {
        MembershipStatus::Active, MembershipStatus::Pending, MembershipStatus::Resigned, MembershipStatus::Excluded};
    return all;
}
inline const QList<BoardPosition> &allBoardPositions()
{
    static const QList<BoardPosition> all {BoardPosition::President, BoardPosition::VicePresident, BoardPosition::Treasurer,
        BoardPosition::Secretary, BoardPosition::Director};
    return all;
}
inline const QList<ConsentPurpose> &allConsentPurposes()
{
    static const QList<ConsentPurpose> all {ConsentPurpose::Directory, ConsentPurpose::Newsletter, ConsentPurpose::Photos};
    return all;
}

struct Organisation {
    qint64 id = 0;
    QString name;
    QString legalForm;
    QString siren; // 9 digits, or empty
    QString siret; // 14 digits, or empty
    QString address;
    QString postcode;
    QString city;
    QString phone;
    QString email;
    QString website;
    QString headcountBand; // "", "1-49", "50-199", "200-499", "500+"
    QString notes;
    bool operator==(const Organisation &) const = default;
};

struct Person {
    qint64 id = 0;
    QString civility; // "", "M." or "Mme"
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString mobile;
    QString jobTitle;
    QString address;
    QString postcode;
    QString city;
    QString notes;
    i18n::LetterLanguage letterLanguage = i18n::LetterLanguage::French;
    bool operator==(const Person &) const = default;
};

// Exactly one of organisationId and personId is set.
struct Membership {
    qint64 id = 0;
    qint64 organisationId = 0;
    qint64 personId = 0;
    qint64 categoryId = 0;
    MembershipStatus status = MembershipStatus::Active;
    QDate joinedOn;
    QDate leftOn;
    qint64 originClubId = 0;
    qint64 representativeId = 0; // organisations only
    qint64 alternateId = 0; // organisations only
    QString notes;
    bool operator==(const Membership &) const = default;
};

// One job of a person; the current one has no end date.
struct Employment {
    qint64 id = 0;
    qint64 personId = 0;
    qint64 organisationId = 0;
    QString jobTitle;
    QDate startDate;
    QDate endDate;
    bool operator==(const Employment &) const = default;
};

struct BoardRole {
    qint64 id = 0;
    qint64 personId = 0;
    BoardPosition position = BoardPosition::Director;
    QDate startDate;
    QDate endDate;
    bool operator==(const BoardRole &) const = default;
};

struct Consent {
    ConsentPurpose purpose = ConsentPurpose::Directory;
    bool granted = false;
    QDate capturedOn;
    bool operator==(const Consent &) const = default;
};

// Everything the person editor shows and saves at once; also what undo restores.
struct PersonRecord {
    Person person;
    std::optional<Membership> membership; // an individual membership
    QList<Employment> employments; // history, oldest first
    QList<BoardRole> boardRoles;
    QList<Consent> consents;
    bool operator==(const PersonRecord &) const = default;

    // The employment without an end date, if any.
    std::optional<Employment> currentEmployment() const;
};

// Everything the organisation editor shows and saves at once.
struct OrganisationRecord {
    Organisation organisation;
    std::optional<Membership> membership;
    bool operator==(const OrganisationRecord &) const = default;
};

struct Category {
    qint64 id = 0;
    QString code;
    QString name;
    QString memberKind; // "organisation", "person" or "any"
};

// The origin club of the members who joined L2C itself (« L2C (adhésion directe) »), not
// Connect or Viatis: reference data every member file has.
inline constexpr QStringView DirectMembershipClubCode = u"L2C";

struct OriginClub {
    qint64 id = 0;
    QString code;
    QString name;
};

} // namespace adhera
