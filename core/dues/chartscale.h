// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The value axis of a money chart: a round step (1, 2, 2.5 or 5 times a power of ten euros,
// never below 1 €) and how many steps cover the largest value, so that gridlines read « 500 € »,
// « 1 000 € »… Shared by the PDF report and the chart on the dues page.

#include "dues/money.h"

namespace adhera::dues {

struct ChartScale {
    Cents step = 10000;
    int steps = 4;
    Cents top() const { return step * steps; }
};

ChartScale chartScale(Cents largest);

} // namespace adhera::dues
