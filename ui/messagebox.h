// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MessageBox: every message box of Adhera goes through here, so that tests can answer it in
// advance. setNextAnswer() makes the next box return that button at once, without showing
// anything; setNextAnswer(NoButton) goes back to showing boxes. Tests can also read what the
// last box said (lastTitle/lastText) to check that the right message was given.
// Boxes whose buttons carry their own words (confirmDiscard) still answer with a standard
// button, so that the same setNextAnswer() serves them; each one says which button is which.

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>

#include <utility>

namespace adhera {

class MessageBox final
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
        Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No), Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);

    // "Enregistrer / Ne pas enregistrer / Annuler" before losing unsaved edits:
    // returns Save, Discard or Cancel.
    static Button askToSave(QWidget *parent, const QString &title, const QString &text);
    // « Abandonner » / « Continuer la saisie » before dropping unsaved edits: true to drop them.
    // Answered in advance by Yes (Abandonner) or No (Continuer la saisie); Échap continues.
    static bool confirmDiscard(QWidget *parent, const QString &title, const QString &text);
    // « Fermer » / « Continuer » before closing a window whose work is kept: true to close.
    // Answered in advance by Yes (Fermer) or No (Continuer); Échap continues.
    static bool confirmClose(QWidget *parent, const QString &title, const QString &text);

    // « Ouvrir » / « Ouvrir le dossier » / « Fermer » after a document was written: returns Open,
    // Apply (the folder) or Close; Échap and Entrée close.
    static Button fileWritten(QWidget *parent, const QString &title, const QString &text);

    // Tests: the answer the next box gives without being shown (one box only).
    static void setNextAnswer(Button answer);
    // Tests: the answer every box gives until reset with NoButton.
    static void setAlwaysAnswer(Button answer);
    // Tests: what the last box (shown or answered in advance) said; shownCount() counts them.
    static QString lastTitle();
    static QString lastText();
    static int shownCount();

private:
    // Words for standard buttons, in place of Qt's own (which are French only with qtbase_fr).
    using ButtonTexts = QList<std::pair<Button, QString>>;

    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text, Buttons buttons,
        Button defaultButton, const ButtonTexts &texts = {});
};

} // namespace adhera
