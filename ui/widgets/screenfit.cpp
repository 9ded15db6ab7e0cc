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

// Room for the window manager's frame and title bar, when it is not known yet.
const QMargins assumedFrame(8, 40, 8, 8);
const QSize frameAllowance(assumedFrame.left() + assumedFrame.right(), assumedFrame.top() + assumedFrame.bottom());

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
    // Before the window manager has framed the window its margins are unknown: assumed then.
    const QRect client = window->geometry();
    const QRect frame = window->frameGeometry();
    const QMargins known(
        client.left() - frame.left(), client.top() - frame.top(), frame.right() - client.right(), frame.bottom() - client.bottom());
    const QMargins margins = known.isNull() ? assumedFrame : known;
    const int x = std::clamp(client.left(), available.left() + margins.left(),
        std::max(available.left() + margins.left(), available.right() - margins.right() - client.width() + 1));
    const int y = std::clamp(client.top(), available.top() + margins.top(),
        std::max(available.top() + margins.top(), available.bottom() - margins.bottom() - client.height() + 1));
    if (QPoint(x, y) != client.topLeft())
        window->setGeometry(QRect(QPoint(x, y), client.size()));
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
