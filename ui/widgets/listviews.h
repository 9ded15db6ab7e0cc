// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The look shared by Adhera's list pages, so every page reads the same way.

class QLabel;
class QString;
class QTableView;

namespace adhera {

// A page heading: larger, bold.
QLabel *makePageTitle(const QString &text);

// A read-only table of whole-row selections with fixed row heights, so the view never
// measures every row of a long list. Sorting is left off: pages set their sort indicator first,
// then turn it on (turning it on sorts at once).
void configureListView(QTableView *view);

} // namespace adhera
