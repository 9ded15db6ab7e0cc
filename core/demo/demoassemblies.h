// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's general assemblies, so that the assembly pages show a living club on first start:
// the ordinary assembly of 12/06/2025 held and filed (convocations sent, the attendance sheet
// prepared from the voting rights of that day with present and represented members, every
// resolution voted, the procès-verbal drafted from what was recorded and locked by the serving
// president and secretary, the new board declared), a conseil d'administration of 15/09/2026 with
// the board's replies and attendance, a petit-déjeuner of 10/12/2026 with its invitations sent
// and the first replies, and the next ordinary assembly of 10/06/2027 with its agenda and every
// active member invited. Dates are fixed, choices come from the seed.

#include "common/result.h"

#include <QtGlobal>

namespace adhera {
class Database;
}

namespace adhera::demo {

// Needs the members, the board, the dues and the club's identity written.
Result<void> fillAssemblies(Database &db, quint32 seed = 2016);

} // namespace adhera::demo
