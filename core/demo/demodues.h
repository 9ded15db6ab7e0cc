// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's dues: two financial years (2025 and 2026, the demo's horizon year) kept by the
// treasurer through DuesLedger, so that the dues pages show a living book on first start: the
// club's scale for every category, calls for every active member, payments by transfer, cheque,
// SEPA debit and cash, partial payments, late members with their reminders, an honorary member
// exempted, a bounced cheque reversed and paid again by transfer, and a company paying the
// calls of its two sites with one transfer. Dates come from the demo's horizon, never from
// today; the choices from the seed.

#include "common/result.h"

#include <QtGlobal>

namespace adhera {
class Database;
}

namespace adhera::demo {

// Writes the dues of the members already in the file, in one transaction.
Result<void> fillDues(Database &db, quint32 seed = 2016);

} // namespace adhera::demo
