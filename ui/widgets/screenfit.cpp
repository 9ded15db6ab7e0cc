// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace adhera {

namespace {

// Room for the window manager's frame and title bar.
const QSize frameAllowance(16, 48);

const QScreen *screenOf(const QWidget *window)
{
    const QWidget *shown = window->parentWidget() ? window->parentWidget() : window;
    if (const QScreen *screen = shown->screen())
        return screen;
    return QGuiApplication::primaryScreen();
}

} // namespace

QSize fittedToScreen(const QWidget *window, QSize wanted)
{
    if (const QScreen *screen = screenOf(window))
        return wanted.boundedTo(screen->availableGeometry().size() - frameAllowance);
    return wanted;
}

void keepOnScreen(QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize fitted = fittedToScreen(window, window->size());
    if (fitted != window->size())
        window->resize(fitted);
    if (!available.contains(window->frameGeometry().topLeft()))
        window->move(available.topLeft());
}

} // namespace adhera
