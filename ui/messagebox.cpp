// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include <QAbstractButton>

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

bool MessageBox::confirmDiscard(QWidget *parent, const QString &title, const QString &text)
{
    // No is the box's escape button (its only NoRole button) and the default: keep the edits.
    const Button answer = show(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        {{QMessageBox::Yes, tr("Abandonner")}, {QMessageBox::No, tr("Continuer la saisie")}});
    return answer == QMessageBox::Yes;
}

bool MessageBox::confirmClose(QWidget *parent, const QString &title, const QString &text)
{
    const Button answer = show(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        {{QMessageBox::Yes, tr("&Fermer")}, {QMessageBox::No, tr("&Continuer")}});
    return answer == QMessageBox::Yes;
}

QMessageBox::StandardButton MessageBox::fileWritten(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Open | QMessageBox::Apply | QMessageBox::Close,
        QMessageBox::Close,
        {{QMessageBox::Open, tr("&Ouvrir")}, {QMessageBox::Apply, tr("Ouvrir le &dossier")}, {QMessageBox::Close, tr("&Fermer")}});
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

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
    Buttons buttons, Button defaultButton, const ButtonTexts &texts)
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
    ButtonTexts allTexts {
        {QMessageBox::Save, tr("Enregistrer")}, {QMessageBox::Discard, tr("Ne pas enregistrer")}, {QMessageBox::Cancel, tr("Annuler")}};
    allTexts += texts;
    for (const auto &[button, buttonText] : std::as_const(allTexts)) {
        if (QAbstractButton *shown = box.button(button))
            shown->setText(buttonText);
    }
    const int result = box.exec();
    // exec() returns the StandardButton of the clicked standard button, or Escape's button.
    return static_cast<Button>(result);
}

} // namespace adhera
