// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldfeedback.h"

#include "dialogs/optionaldateedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStringList>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

const QColor problemColor(0xb7, 0x1c, 0x1c);
const QColor badFill(0xf2, 0xbc, 0xbc);

// The widget that carries the red frame: a composite input marks its editor.
QWidget *framedWidget(QWidget *input)
{
    if (auto *optional = qobject_cast<OptionalDateEdit *>(input))
        return optional->dateEdit();
    return input;
}

QString labelName(const QString &field)
{
    // "membership.left_on" → "membershipLeftOnProblemLabel"
    QString name;
    bool upper = false;
    for (const QChar c : field) {
        if (c == u'.' || c == u'_') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + u"ProblemLabel"_s;
}

} // namespace

FieldFeedback::FieldFeedback(QWidget *dialog, QLabel *generalLabel) : QObject(dialog), m_dialog(dialog), m_generalLabel(generalLabel)
{
    if (m_generalLabel) {
        m_generalLabel->setProperty("role", u"fieldProblem"_s);
        m_generalLabel->setWordWrap(true);
        m_generalLabel->hide();
    }
}

QLabel *FieldFeedback::watch(const QString &field, QWidget *input)
{
    auto *label = new QLabel(m_dialog);
    label->setObjectName(labelName(field));
    label->setProperty("role", u"fieldProblem"_s);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    m_watched.append(Watched {field, input, label});
    listen(field, input);
    return label;
}

QLabel *FieldFeedback::addRow(QFormLayout *form, const QString &labelText, QWidget *input, const QString &field)
{
    form->addRow(labelText, input);
    QLabel *label = watch(field, input);
    // A row holding only a hidden widget takes no room in the form.
    form->setWidget(form->rowCount(), QFormLayout::FieldRole, label);
    return label;
}

void FieldFeedback::listen(const QString &field, QWidget *input)
{
    const auto changed = [this] { emit inputChanged(); };
    const auto left = [this, field] {
        touch(field);
        emit inputChanged();
    };
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        connect(edit, &QLineEdit::textEdited, this, changed);
        connect(edit, &QLineEdit::editingFinished, this, left);
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::currentIndexChanged, this, left);
        if (QLineEdit *comboEdit = combo->lineEdit()) {
            connect(comboEdit, &QLineEdit::textEdited, this, changed);
            connect(comboEdit, &QLineEdit::editingFinished, this, left);
        }
    } else if (auto *optional = qobject_cast<OptionalDateEdit *>(input)) {
        connect(optional, &OptionalDateEdit::dateChanged, this, left);
    } else if (auto *date = qobject_cast<QDateEdit *>(input)) {
        connect(date, &QDateEdit::dateChanged, this, left);
    }
}

void FieldFeedback::touch(const QString &field)
{
    m_touched.insert(field);
}

void FieldFeedback::show(const FieldProblems &problems)
{
    m_bad.clear();
    QStringList unwatched;
    for (const Watched &watched : std::as_const(m_watched)) {
        QStringList messages;
        for (const FieldProblem &problem : problems) {
            if (problem.field == watched.field)
                messages << problem.message;
        }
        const bool visible = !messages.isEmpty() && (m_revealAll || m_touched.contains(watched.field));
        watched.label->setText(messages.join(u'\n'));
        watched.label->setVisible(visible);
        // Screen readers read the message with the field.
        watched.input->setAccessibleDescription(visible ? watched.label->text() : QString());
        setInvalid(framedWidget(watched.input), visible);
        if (visible)
            m_bad.insert(watched.field);
    }
    for (const FieldProblem &problem : problems) {
        const bool known = std::any_of(
            m_watched.cbegin(), m_watched.cend(), [&problem](const Watched &watched) { return watched.field == problem.field; });
        if (!known)
            unwatched << problem.message;
    }
    if (m_generalLabel) {
        m_generalLabel->setText(unwatched.join(u'\n'));
        m_generalLabel->setVisible(m_revealAll && !unwatched.isEmpty());
    }

    if (m_tabs) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            const QWidget *page = m_tabs->widget(i);
            const bool bad = std::any_of(m_watched.cbegin(), m_watched.cend(),
                [this, page](const Watched &watched) { return m_bad.contains(watched.field) && page->isAncestorOf(watched.input); });
            m_tabs->tabBar()->setTabTextColor(i, bad ? problemColor : QColor());
        }
    }
}

bool FieldFeedback::focusFirstProblem()
{
    for (const Watched &watched : std::as_const(m_watched)) {
        if (!m_bad.contains(watched.field))
            continue;
        // Bring forward every tab page on the way up, innermost first.
        for (QWidget *w = watched.input; w && w != m_dialog; w = w->parentWidget()) {
            auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
            if (auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr)
                tabs->setCurrentWidget(w);
        }
        watched.input->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return m_generalLabel && m_generalLabel->isVisibleTo(m_dialog);
}

QString FieldFeedback::styleSheet()
{
    const QString red = problemColor.name();
    return u"QLineEdit[invalid=\"true\"], QDateEdit[invalid=\"true\"], QTableWidget[invalid=\"true\"]"
           " { border: 1px solid %1; border-radius: 2px; padding: 1px 2px; }"
           " QLabel[role=\"fieldProblem\"] { color: %1; }"_s.arg(red);
}

void FieldFeedback::setInvalid(QWidget *input, bool invalid)
{
    if (input->property("invalid").toBool() == invalid)
        return;
    input->setProperty("invalid", invalid);
    if (auto *combo = qobject_cast<QComboBox *>(input)) {
        // A style sheet frame would replace the combo box's arrow: tint the button instead.
        QPalette palette;
        if (invalid) {
            palette.setColor(QPalette::Button, badFill);
            palette.setColor(QPalette::Base, badFill); // the text part of an editable combo box
        }
        combo->setPalette(palette);
        return;
    }
    input->style()->unpolish(input);
    input->style()->polish(input);
    input->update();
}

} // namespace adhera
