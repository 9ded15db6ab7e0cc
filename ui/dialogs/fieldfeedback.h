// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// FieldFeedback: inline validation for the editor dialogs. Each watched input gets a small red
// message label placed under it; show() puts validation::problems() next to the fields they
// name and marks the inputs (dynamic property "invalid": a red frame from the dialog's style
// sheet, a red tint for combo boxes).
// A field's message appears once the user has left the field after editing it, or after a
// save attempt (revealAll), so that an empty form does not greet the user with errors; from
// then on it follows every keystroke.

#include "members/fieldproblem.h"

#include <QList>
#include <QObject>
#include <QSet>

class QFormLayout;
class QLabel;
class QTabWidget;
class QWidget;

namespace adhera {

class FieldFeedback final : public QObject
{
    Q_OBJECT
public:
    // generalLabel shows the problems of fields that no input is watching (may be null).
    FieldFeedback(QWidget *dialog, QLabel *generalLabel);

    // Watches `input` for `field`; returns the message label, hidden, for the caller to place.
    QLabel *watch(const QString &field, QWidget *input);
    // The same, adding "label: input" and the message label under it to a form.
    QLabel *addRow(QFormLayout *form, const QString &labelText, QWidget *input, const QString &field);

    // Marks the tabs that hold a bad field (optional).
    void setTabWidget(QTabWidget *tabs) { m_tabs = tabs; }

    void touch(const QString &field);
    // Forgets what filling the form in at opening looked like to the inputs.
    void forgetTouched() { m_touched.clear(); }
    void revealAll() { m_revealAll = true; }

    void show(const FieldProblems &problems);
    // Brings the first bad input (in the order watched) into view and gives it the focus.
    // Returns false when there is nothing to fix.
    bool focusFirstProblem();

    // The style sheet the dialog sets so that marked inputs get a red frame.
    static QString styleSheet();

signals:
    // The user changed or left a watched input: time to validate again.
    void inputChanged();

private:
    struct Watched {
        QString field;
        QWidget *input = nullptr;
        QLabel *label = nullptr;
    };

    void listen(const QString &field, QWidget *input);
    static void setInvalid(QWidget *input, bool invalid);

    QWidget *m_dialog;
    QLabel *m_generalLabel;
    QTabWidget *m_tabs = nullptr;
    QList<Watched> m_watched;
    QSet<QString> m_touched;
    QSet<QString> m_bad;
    bool m_revealAll = false;
};

} // namespace adhera
