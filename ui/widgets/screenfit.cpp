// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QApplication>
#include <QDialog>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

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
    // The whole frame in view: a dialog centred on its window may hang over the screen's edge.
    const QRect frame = window->frameGeometry();
    const QSize outer = frame.size().expandedTo(window->size() + frameAllowance);
    const int x = std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() + 1 - outer.width()));
    const int y = std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() + 1 - outer.height()));
    if (QPoint(x, y) != frame.topLeft())
        window->move(x, y);
}

namespace {

class DialogFitting final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Once shown: the window system sets the first geometry from the size the dialog had
        // when its window was made, undoing a resize during the Show event itself.
        if (event->type() == QEvent::Show)
            if (auto *dialog = qobject_cast<QDialog *>(watched); dialog && dialog->isWindow())
                QTimer::singleShot(0, dialog, [dialog] { keepOnScreen(dialog); });
        return false;
    }
};

} // namespace

QObject *keepDialogsOnScreen(QApplication &app)
{
    auto *filter = new DialogFitting(&app);
    app.installEventFilter(filter);
    return filter;
}

} // namespace adhera
