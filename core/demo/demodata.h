// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Demo data: a realistic but entirely fictitious L2C member file (contact centres of Moselle and
// Meurthe-et-Moselle, their staff, the board), for trying Adhera, screenshots and tests; and the
// same generator at scale for benchmarks. Everything is invented and marked as such where a real
// value could collide: phones only in the ARCEP fiction blocks 03 53 01 and 06 39 98, e-mails
// and websites under example.org, SIREN/SIRET random but Luhn-valid. The output depends only on
// the seed (QRandomGenerator's bounded() gives the same numbers on every platform).

#include "common/result.h"

#include <QtGlobal>

namespace adhera {

class Database;

namespace demo {

struct DemoOptions {
    quint32 seed = 2016;
    int organisations = 80;
    int people = 300;
};

// Fills an EMPTY member file in one transaction through MemberFile, so every record passes the
// same validation as one typed by hand. Refuses (ErrorCode::NotEmpty) a file that holds members.
Result<void> fill(Database &db, const DemoOptions &options = {});

// The generator at scale, for benchmarks: `members` memberships (about 80 % organisations with
// 1 to 4 people each, 20 % individuals), written in bulk in one transaction, then the search index
// is rebuilt. Does not require an empty file.
Result<void> fillLarge(Database &db, int members, quint32 seed = 2016);

} // namespace demo
} // namespace adhera
