// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetyping.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMouseEvent>

namespace adhera {

namespace {

// The editor whose text field `object` is, if any.
QDateTimeEdit *dateEditOf(QObject *object)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    return line ? qobject_cast<QDateTimeEdit *>(line->parent()) : nullptr;
}

// QAbstractSpinBox::lineEdit() is protected: the text field is its only QLineEdit child.
QLineEdit *lineEditOf(QDateTimeEdit *edit)
{
    return edit->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
}

class DateTyping final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // After the click has placed the cursor, unless it dragged a selection of its own.
        if (event->type() == QEvent::MouseButtonRelease)
            if (QDateTimeEdit *edit = dateEditOf(watched); edit && !lineEditOf(edit)->hasSelectedText())
                edit->setSelectedSection(edit->currentSection());
        return false;
    }
};

} // namespace

QObject *installDateTyping(QApplication &app)
{
    auto *filter = new DateTyping(&app);
    app.installEventFilter(filter);
    return filter;
}

} // namespace adhera
