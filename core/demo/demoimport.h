// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo's pending import: the two founding clubs' exports, as the secretary received them,
// already stored and waiting for review, so that a new user can open the merge wizard at once.
// Invented people (clubfilegenerator.h) plus a few demo members exported again, written the way
// the other tools write them: the review shows pairs across the files, inside one file and
// against the member file.

#include "common/result.h"

#include <QtGlobal>

namespace adhera {
class Database;
}

namespace adhera::demo {

// Stores the two files as pending imports (clubs CONNECT and VIATIS), in one transaction.
Result<void> stagePendingImport(Database &db, quint32 seed = 2016);

} // namespace adhera::demo
