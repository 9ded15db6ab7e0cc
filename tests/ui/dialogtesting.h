// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for driving the editor dialogs in tests: find a child by object name (failing the
// test when it is missing), show a dialog as the active window, retype a field, leave it, and
// stop the database clock so that the editors' "today" is a known day.

#include "catch.h"
#include "db/database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace adhera::test {

template <typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(found);
    return found;
}

// Shown and active, so that focus moves and window shortcuts (Ctrl+Entrée) work.
inline void showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// Types any text key by key: QTest::keyClicks() aborts on characters it has no key for (é, —, €).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Replaces the text as a user would: select all, type.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        typeText(edit, text);
}

// Leaves the field with Tab, which ends the editing (QLineEdit::editingFinished).
inline void leave(QWidget *widget)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_Tab);
}

// The Alt key of a text ("&Enregistrer" → 'e'), or a null QChar; "&&" is a plain '&'.
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype at = 0; at + 1 < text.size(); ++at) {
        if (text[at] != u'&')
            continue;
        if (text[at + 1] != u'&')
            return text[at + 1].toLower();
        ++at;
    }
    return {};
}

// The pairs of visible controls of the window (buttons, labels with a buddy) that share an Alt
// key, as « A » and « B »: empty when each has its own.
inline QStringList mnemonicClashes(const QWidget &window)
{
    QStringList texts;
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisible())
            texts << button->text();
    for (const QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible() && label->buddy())
            texts << label->text();
    for (const QGroupBox *group : window.findChildren<QGroupBox *>())
        if (group->isVisible() && group->isCheckable())
            texts << group->title();
    // A tab's Alt key competes with the controls': Qt then only cycles between them.
    for (const QTabBar *tabs : window.findChildren<QTabBar *>())
        if (tabs->isVisible())
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
    QHash<QChar, QString> taken;
    QStringList clashes;
    for (const QString &text : std::as_const(texts)) {
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            continue;
        if (taken.contains(key))
            clashes << QStringLiteral("« %1 » and « %2 »").arg(text, taken.value(key));
        taken.insert(key, text);
    }
    return clashes;
}

// Runs `open` (a click, an action triggered) and then `act` in the modal dialog of type T it
// opens, once shown; closes the dialog when `act` left it open. Fails the test when none opened.
template <typename T>
void inModalDialogOpenedBy(const std::function<void()> &open, const std::function<void(T &)> &act)
{
    bool reached = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !QTest::qWaitForWindowActive(dialog))
            return;
        reached = true;
        act(*dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    open();
    REQUIRE(reached);
}

// Clicks the button and runs `act` in the modal dialog of type T it opens (as above).
template <typename T>
void inModalDialog(QWidget *button, const std::function<void(T &)> &act)
{
    REQUIRE(button);
    inModalDialogOpenedBy<T>([button] { QTest::mouseClick(button, Qt::LeftButton); }, act);
}

// Settings of the user in a folder of their own, emptied: nothing from a previous test or the
// developer's own Adhera.
inline void useFreshSettings()
{
    static QTemporaryDir folder;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    QSettings().clear();
}

// The day fixClock() makes today.
inline QDate fixedToday()
{
    return QDate(2026, 3, 30);
}

// The editors read today from the database clock: this one stands still on fixedToday().
inline void fixClock(Database &db)
{
    db.setClock([] { return QDateTime(fixedToday(), QTime(9, 0), QTimeZone::utc()); });
}

} // namespace adhera::test
