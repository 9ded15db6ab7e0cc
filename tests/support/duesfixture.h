// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small, fixed dues ledger for the report and journal tests (tests/data/dues-*.csv), written
// with plain SQL so that it does not depend on the ledger's own rules. Financial year 2026:
//   AC-2026-0001 Transports Lœuvre (ENT_M, Viatis) 450,00, paid by transfer on 15/02
//   AC-2026-0002 Moselle Contact Services (ENT_S, Connect) 250,00, cheque n° 0012345 (Crédit
//   Mutuel) of 100,00 on 10/03, R1
//   AC-2026-0003 Hélène MÜLLER (IND, L2C) 80,00, 50,00 cash on 05/04 reversed on 06/04
//   AC-2026-0004 Centre d'appels; "Nancy" (ENT_S, no club) 250,00, exempt
//   AC-2026-0005 Jean DUPONT (IND, Connect) 80,00, cancelled
//   AC-2026-0006 Groupe Est Relation (ENT_L, Viatis) 900,00 and AC-2026-0007 Est Centre Services
//   (ENT_S, Viatis, issued 01/03) 250,00, both settled by one card payment of 1 150,00 on 24/03
//   AC-2026-0008 Atelier des Vosges (ENT_S, L2C) 250,00, paid by SEPA debit on 20/12/2025
// Totals: 7 calls, expected 2 430,00 = collected 1 950,00 + outstanding 230,00 + exempt 250,00.

#include "db/database.h"
#include "dues/duesledger.h"

namespace adhera::test {

void fillDuesLedger(Database &db);

// The membership's call of the year; fails the test when it has none.
dues::DuesCall callOf(const dues::DuesLedger &ledger, qint64 membershipId, int year = 2026);

} // namespace adhera::test
