// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ReviewDraft: the merge wizard's decisions kept in the member file as they are made, so that
// closing the wizard (or a crash) loses no review work. A pair is saved by the keys of its two
// records (ReviewSession::recordKey), which stay the same when the same pending imports are
// reviewed again; restore() puts the saved decisions back on the pairs found again.

#include "common/result.h"
#include "merge/reviewsession.h"

#include <QDateTime>

namespace adhera {
class Database;
}

namespace adhera::merge {

class ReviewDraft final
{
public:
    explicit ReviewDraft(Database &db);

    struct Summary {
        int decisions = 0;
        QDateTime lastDecidedAt; // invalid when none
    };

    // Saves one pair as it stands now; an undecided pair without a value chosen is forgotten.
    Result<void> save(const ReviewSession &session, const ReviewPair &pair);
    // Saves every decided or edited pair, in one transaction (after « accepter les sûrs »).
    Result<void> saveAll(const ReviewSession &session);
    // Puts the saved decisions back on the session's pairs; returns how many were found again.
    Result<int> restore(ReviewSession &session) const;
    Result<Summary> summary() const;
    // Forgets every saved decision (the review abandoned, or the merge written).
    Result<void> clear();

private:
    Database &m_db;
};

} // namespace adhera::merge
