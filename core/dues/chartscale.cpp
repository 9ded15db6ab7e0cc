// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscale.h"

#include <algorithm>
#include <cmath>

namespace adhera::dues {

ChartScale chartScale(Cents largest)
{
    if (largest <= 0)
        return {};
    // About four gridlines: the smallest round step at least a quarter of the largest value.
    const double rough = double(largest) / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double nice = 10 * power;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * power >= rough) {
            nice = factor * power;
            break;
        }
    }
    const Cents step = std::max<Cents>(100, Cents(std::llround(nice / 100.0)) * 100);
    return {step, int((largest + step - 1) / step)};
}

} // namespace adhera::dues
