// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The look shared by Adhera's list pages, so every page reads the same way.

#include <QList>

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

// A column that takes a share of the width the fixed columns leave: weight against the other
// shares, never narrower than minimum (then the list scrolls sideways).
struct ColumnShare {
    int column = 0;
    int weight = 1;
    int minimum = 60;
};

// Keeps the view's text columns sized to its width as the window changes size: at 1024 px the
// member's name is not squeezed to a few letters by a long category, at full screen the columns
// grow instead of leaving their text cut. The other columns keep the width they were given.
void shareWidth(QTableView *view, const QList<ColumnShare> &shares);

// The grey, centred message a page shows instead of an empty list.
QLabel *makeEmptyListLabel(const QString &objectName);

// A list page's layout: the title row, the filter row, then the list (or its empty message)
// taking the remaining height.
void layOutListPage(QWidget *page, QLayout *topRow, QLayout *filterRow, QWidget *list);

} // namespace adhera
