// SPDX-License-Identifier: GPL-3.0-or-later
#include "declarationdialog.h"

#include "i18n/displayformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

DeclarationDialog::DeclarationDialog(const QList<DeclarationDue> &due, LegalRegime regime, const QDate &today, QWidget *parent)
    : QDialog(parent), m_due(due)
{
    setObjectName(u"declarationDialog"_s);
    setWindowTitle(tr("Déclaration faite"));
    m_meetingCombo = new QComboBox(this);
    m_meetingCombo->setObjectName(u"meetingCombo"_s);
    for (const DeclarationDue &one : due)
        m_meetingCombo->addItem(tr("%1 du %2 (à déclarer au plus tard le %3)")
                                    .arg(one.meeting.title, i18n::displayDate(one.meeting.startsAt.date()), i18n::displayDate(one.dueOn)),
            one.meeting.id);
    m_dateEdit = new QDateEdit(today, this);
    m_dateEdit->setObjectName(u"declaredOnEdit"_s);
    m_dateEdit->setDisplayFormat(i18n::dateFormat());
    m_dateEdit->setCalendarPopup(true);
    // Declared after the meeting, and not in the future.
    m_dateEdit->setMaximumDate(today);
    const auto limitToMeeting = [this] {
        const auto chosen
            = std::find_if(m_due.cbegin(), m_due.cend(), [this](const DeclarationDue &one) { return one.meeting.id == meetingId(); });
        if (chosen != m_due.cend())
            m_dateEdit->setMinimumDate(chosen->meeting.startsAt.date());
    };
    limitToMeeting();
    connect(m_meetingCombo, &QComboBox::currentIndexChanged, this, limitToMeeting);
    auto *explanation = new QLabel(tr("La date à laquelle les changements ont été déclarés %1.").arg(declarationOffice(regime)), this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Réunion\u00a0:"), m_meetingCombo);
    form->addRow(tr("&Déclarée le\u00a0:"), m_dateEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

qint64 DeclarationDialog::meetingId() const
{
    return m_meetingCombo->currentData().toLongLong();
}

QDate DeclarationDialog::declaredOn() const
{
    return m_dateEdit->date();
}

} // namespace adhera
