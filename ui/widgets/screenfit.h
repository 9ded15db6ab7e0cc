// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace adhera {

// The size a window wants, never larger than the screen it opens on (its frame and title bar
// left in view): a laptop at 1024 × 700, or a geometry saved on a larger monitor.
QSize fittedToScreen(const QWidget *window, QSize wanted);

// Resizes the window to fittedToScreen() of its size when it does not fit, and moves it back
// into the screen's available area.
void keepOnScreen(QWidget *window);

} // namespace adhera
