// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The look shared by Adhera's list pages, so every page reads the same way.

class QLabel;
class QLayout;
class QString;
class QTableView;
class QWidget;

namespace adhera {

// A page heading: larger, bold.
QLabel *makePageTitle(const QString &text);

// A read-only table of whole-row selections with fixed row heights, so the view never
// measures every row of a long list. Sorting is left off: pages set their sort indicator first,
// then turn it on (turning it on sorts at once).
void configureListView(QTableView *view);

// The grey, centred message a page shows instead of an empty list.
QLabel *makeEmptyListLabel(const QString &objectName);

// A list page's layout: the title row, the filter row, then the list (or its empty message)
// taking the remaining height.
void layOutListPage(QWidget *page, QLayout *topRow, QLayout *filterRow, QWidget *list);

} // namespace adhera
