// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File names made from what people type (a member's name, a meeting's title) so that Windows,
// macOS and Linux all accept them: « Petit-déjeuner : l'IA » becomes « Petit-déjeuner _ l'IA ».

#include <QString>

namespace adhera::io {

// `stem` with the characters no system accepts replaced by « _ », at most 150 characters, no
// final dot, then « . » and `suffix`: portableFileName(u"AC-2026-0001 Acme", u"pdf").
QString portableFileName(const QString &stem, const QString &suffix);

} // namespace adhera::io
