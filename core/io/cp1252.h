// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Windows-1252, the code page of French Excel exports. It differs from ISO-8859-1 in 0x80–0x9F
// only; the five bytes it leaves undefined keep their C1 code point, as the WHATWG decoder does.
// Written out because Qt 6.4 knows this code page only when built with ICU.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace adhera::io::cp1252 {

QString decode(QByteArrayView bytes);
// Characters the code page lacks become "?", as Excel writes them.
QByteArray encode(QStringView text);
// The byte for c, or -1 when the code page has none. Latin-1 and C1 code points give
// themselves, so that a text decoded as ISO-8859-1 goes back to its bytes too.
int byteOf(char16_t c);

} // namespace adhera::io::cp1252
