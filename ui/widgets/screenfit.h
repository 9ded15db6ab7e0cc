// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QApplication;
class QObject;
class QWidget;

namespace adhera {

// The size a window wants, never larger than the screen it opens on (its frame and title bar
// left in view): a laptop at 1024 × 700, or a geometry saved on a larger monitor.
QSize fittedToScreen(const QWidget *window, QSize wanted);

// Resizes the window to fittedToScreen() of its size when it does not fit, and moves it so
// that its whole frame is in the screen's available area.
void keepOnScreen(QWidget *window);

// Every dialog of every window kept on its screen when it shows (installed once by main, like
// the date typing): at 1024 × 700 a dialog sized for a larger screen would hide its buttons.
// Returns the filter, a child of app (deleting it uninstalls it).
QObject *keepDialogsOnScreen(QApplication &app);

} // namespace adhera
