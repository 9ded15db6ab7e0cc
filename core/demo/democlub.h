// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo club's identity on its documents: L2C's (invented) address, bank details, its
// current treasurer as signatory and a logo, so notices and receipts look finished at first start.

#include "common/result.h"

namespace adhera {
class Database;
}

namespace adhera::demo {

// Needs the board written (the signatory is the serving treasurer).
Result<void> fillClubIdentity(Database &db);

} // namespace adhera::demo
