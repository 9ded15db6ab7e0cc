// SPDX-License-Identifier: GPL-3.0-or-later
#include "inviteeselection.h"

#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

// Memberships sort by the name shown: the organisation's, or the person's last then first name.
const QString memberSortName = u"COALESCE(o.name, p.last_name || ' ' || p.first_name)"_s;
const QString memberJoins = u"FROM membership m LEFT JOIN organisation o ON o.id = m.organisation_id "
                            "LEFT JOIN person p ON p.id = m.person_id "_s;

// The ids of the first column, sorted by the name of the second the way people read it
// (« Écureuil » with the E, which SQLite's NOCASE would put after Z).
Result<QList<InviteeId>> collect(Sql &query, bool memberships, const QString &context)
{
    if (auto ran = query.exec(context); !ran)
        return fail(ran.error());
    QList<std::pair<QString, InviteeId>> found;
    while (query.next()) {
        InviteeId id;
        (memberships ? id.membershipId : id.personId) = query.value(0).toLongLong();
        found.append({query.value(1).toString(), id});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    QList<InviteeId> ids;
    for (const auto &[name, id] : std::as_const(found))
        ids.append(id);
    return ids;
}

} // namespace

Result<QList<InviteeChoice>> inviteeChoices(const Database &db)
{
    QList<InviteeChoice> choices;
    InviteeChoice all;
    all.label = Tr::tr("Tous les membres actifs");
    choices.append(all);
    InviteeChoice board;
    board.group = InviteeGroup::Board;
    board.label = Tr::tr("Le conseil d'administration");
    choices.append(board);
    InviteeChoice bureau;
    bureau.group = InviteeGroup::Bureau;
    bureau.label = Tr::tr("Le bureau");
    choices.append(bureau);

    const QString context = Tr::tr("Impossible de lire les catégories et les clubs d'origine");
    Sql categories(db,
        u"SELECT c.id, c.name FROM membership_category c WHERE EXISTS (SELECT 1 FROM membership m WHERE m.category_id = c.id "
        "AND m.status = 'active') ORDER BY c.sort_order, c.name"_s);
    if (auto ran = categories.exec(context); !ran)
        return fail(ran.error());
    while (categories.next()) {
        InviteeChoice choice;
        choice.group = InviteeGroup::Category;
        choice.id = categories.value(0).toLongLong();
        choice.label = Tr::tr("Catégorie\u00a0: %1").arg(categories.value(1).toString());
        choices.append(choice);
    }
    Sql clubs(db,
        u"SELECT c.id, c.name FROM origin_club c WHERE EXISTS (SELECT 1 FROM membership m WHERE m.origin_club_id = c.id "
        "AND m.status = 'active') ORDER BY c.name"_s);
    if (auto ran = clubs.exec(context); !ran)
        return fail(ran.error());
    while (clubs.next()) {
        InviteeChoice choice;
        choice.group = InviteeGroup::OriginClub;
        choice.id = clubs.value(0).toLongLong();
        choice.label = Tr::tr("Membres venus de %1").arg(clubs.value(1).toString());
        choices.append(choice);
    }
    return choices;
}

Result<QList<InviteeId>> chooseInvitees(const Database &db, const InviteeChoice &choice, const QDate &on)
{
    const QString context = Tr::tr("Impossible de lire les invités «\u00a0%1\u00a0»").arg(choice.label);
    switch (choice.group) {
    case InviteeGroup::ActiveMembers:
    case InviteeGroup::Category:
    case InviteeGroup::OriginClub: {
        QString condition;
        if (choice.group == InviteeGroup::Category)
            condition = u"AND m.category_id = :id "_s;
        else if (choice.group == InviteeGroup::OriginClub)
            condition = u"AND m.origin_club_id = :id "_s;
        Sql query(db,
            u"SELECT m.id, "_s + memberSortName + u' ' + memberJoins + u"WHERE m.status = 'active' "_s + condition + u"ORDER BY m.id"_s);
        if (choice.group != InviteeGroup::ActiveMembers)
            query.bind(u":id"_s, choice.id);
        return collect(query, true, context);
    }
    case InviteeGroup::Board:
    case InviteeGroup::Bureau: {
        // Seated on the day: the term started on or before it and had not ended.
        const QString roles = choice.group == InviteeGroup::Bureau ? u"AND r.role <> 'director' "_s : QString();
        Sql query(db,
            u"SELECT DISTINCT p.id, p.last_name || ' ' || p.first_name FROM board_role r JOIN person p ON p.id = r.person_id "
            "WHERE r.start_date <= :on AND (r.end_date IS NULL OR r.end_date >= :on) "_s
                + roles + u"ORDER BY p.id"_s);
        query.bind(u":on"_s, on.toString(Qt::ISODate));
        return collect(query, false, context);
    }
    }
    return QList<InviteeId>();
}

Result<QList<InviteeId>> convocableInvitees(const Database &db, qint64 meetingId)
{
    Sql query(db,
        u"SELECT m.id, "_s + memberSortName + u' ' + memberJoins
            + u"WHERE m.status = 'active' AND m.id IN (SELECT membership_id FROM meeting_invitee WHERE meeting_id = :meeting) "
              "ORDER BY m.id"_s);
    query.bind(u":meeting"_s, meetingId);
    return collect(query, true, Tr::tr("Impossible de lire les membres invités à la réunion n°%1").arg(meetingId));
}

} // namespace adhera::assembly
