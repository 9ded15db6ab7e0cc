// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who to invite, chosen the way the secretary thinks of it: every active member, the members of
// one category or from one of the two founding clubs, the conseil d'administration or the bureau
// as seated on the meeting's date. Members are invited as memberships (an organisation is
// convened, its representative signs); board members as persons.

#include "assembly/meetingrecords.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::assembly {

enum class InviteeGroup {
    ActiveMembers,
    Category, // InviteeChoice::id: the membership category
    OriginClub, // InviteeChoice::id: the origin club (Connect, Viatis)
    Board, // every seat: président, vice-président, trésorier, secrétaire, administrateurs
    Bureau, // président, vice-président, trésorier, secrétaire
};

struct InviteeChoice {
    InviteeGroup group = InviteeGroup::ActiveMembers;
    qint64 id = 0;
    QString label; // as offered: « Catégorie : Entreprise 50 à 249 salariés »
};

// Every choice this file offers: all active members, the board, the bureau, each category and
// each origin club that has active members.
Result<QList<InviteeChoice>> inviteeChoices(const Database &db);

// The invitees a choice names on `on`, by name.
Result<QList<InviteeId>> chooseInvitees(const Database &db, const InviteeChoice &choice, const QDate &on);

// The active memberships among the meeting's invitees: those a convocation is written for.
Result<QList<InviteeId>> convocableInvitees(const Database &db, qint64 meetingId);

} // namespace adhera::assembly
