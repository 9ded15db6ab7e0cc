// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws the treasurer's letters (duesdocuments.h) on A4 pages without margins (the layout
// places everything itself: the recipient's block must sit in the window of a DL envelope,
// 110 mm from the left and 47 mm from the top). Each document starts on a new page and is
// numbered « Page N / M » on its own.

#include "dues/duesdocuments.h"

class QPainter;
class QPdfWriter;

namespace adhera::dues {

// Into a writer whose painter is active and whose margins are zero.
void paintLetters(QPdfWriter &writer, QPainter &painter, const QList<DuesDocument> &documents, const ClubHeader &club);

// « Nancy, le 1er décembre 2026 »: the town of the club's address (the line starting with a
// postcode, « CEDEX » dropped), or « Le 1er décembre 2026 » when none is found.
QString letterDateLine(const QString &clubAddress, const QDate &date);

} // namespace adhera::dues
