// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace adhera {

// A date that may be absent (an end date not known yet): a check box turns the date on, and
// the unchecked state shows "—". date() is a null QDate when there is no date.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    QDate date() const;
    // A null date unchecks the box.
    void setDate(QDate date);
    // The date offered when the box is checked with no date before: today by default.
    void setDefaultDate(QDate date) { m_defaultDate = date; }

    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateChanged(QDate date);

private:
    void updateEditor();

    QCheckBox *m_check;
    QDateEdit *m_edit;
    QDate m_lastDate; // what the date was before it was unchecked, to come back to it
    QDate m_defaultDate;
};

} // namespace adhera
