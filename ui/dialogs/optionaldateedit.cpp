// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldateedit.h"

#include "i18n/displayformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

// The date edit's minimum stands for "no date" and is shown as its special text.
const QDate noDate(1900, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QWidget(parent), m_check(new QCheckBox(this)), m_edit(new QDateEdit(this))
{
    m_check->setObjectName(u"dateCheck"_s);
    m_check->setToolTip(tr("Cocher pour indiquer une date"));
    m_check->setAccessibleName(tr("Date connue"));
    m_edit->setObjectName(u"dateEdit"_s);
    m_edit->setDisplayFormat(i18n::dateFormat());
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(noDate);
    m_edit->setSpecialValueText(tr("—"));
    m_edit->setDate(noDate);
    m_edit->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_check);

    connect(m_check, &QCheckBox::toggled, this, [this](bool checked) {
        {
            const QSignalBlocker blocker(m_edit); // one dateChanged, below
            if (checked) {
                if (m_lastDate.isValid())
                    m_edit->setDate(m_lastDate);
                else
                    m_edit->setDate(m_defaultDate.isValid() ? m_defaultDate : QDate::currentDate());
            } else {
                m_lastDate = m_edit->date();
                m_edit->setDate(noDate);
            }
        }
        updateEditor();
        emit dateChanged(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_check->isChecked())
            emit dateChanged(date());
    });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(QDate date)
{
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockEdit(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setDate(date.isValid() ? date : noDate);
    m_lastDate = date;
    updateEditor();
}

void OptionalDateEdit::updateEditor()
{
    m_edit->setEnabled(m_check->isChecked());
}

} // namespace adhera
