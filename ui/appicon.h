// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace adhera::ui {

// Adhera's icon, painted at every size so it needs no image plugin (the same drawing as
// resources/icons/adhera.svg, which the desktop menus use).
QIcon appIcon();

} // namespace adhera::ui
