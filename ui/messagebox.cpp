// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QPushButton>

namespace adhera {

namespace {

// GUI thread only, like every widget.
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QMessageBox::StandardButton g_alwaysAnswer = QMessageBox::NoButton;
QString g_lastTitle;
QString g_lastText;
int g_shownCount = 0;

} // namespace

QMessageBox::StandardButton MessageBox::question(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::critical(
    QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::askToSave(QWidget *parent, const QString &title, const QString &text)
{
    return show(
        QMessageBox::Question, parent, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setAlwaysAnswer(Button answer)
{
    g_alwaysAnswer = answer;
}

QString MessageBox::lastTitle()
{
    return g_lastTitle;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::shownCount()
{
    return g_shownCount;
}

QMessageBox::StandardButton MessageBox::show(
    QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    g_lastTitle = title;
    g_lastText = text;
    ++g_shownCount;

    if (g_nextAnswer != QMessageBox::NoButton) {
        const Button answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (g_alwaysAnswer != QMessageBox::NoButton)
        return g_alwaysAnswer;

    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    // Qt's own button texts come from qtbase_fr; these three read better spelled out.
    if (auto *save = box.button(QMessageBox::Save))
        save->setText(tr("Enregistrer"));
    if (auto *discard = box.button(QMessageBox::Discard))
        discard->setText(tr("Ne pas enregistrer"));
    if (auto *cancel = box.button(QMessageBox::Cancel))
        cancel->setText(tr("Annuler"));
    const int result = box.exec();
    // exec() returns the StandardButton of the clicked standard button, or Escape's button.
    return static_cast<Button>(result);
}

} // namespace adhera
