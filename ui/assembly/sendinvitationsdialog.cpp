// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendinvitationsdialog.h"

#include "assembly/meetingstore.h"
#include "dialogs/fieldfeedback.h"
#include "i18n/displayformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

SendInvitationsDialog::SendInvitationsDialog(
    const Meeting &meeting, const StatutesProfile &profile, const QDate &today, int pending, int all, QWidget *parent)
    : QDialog(parent), m_meeting(meeting), m_profile(profile), m_pending(pending), m_all(all)
{
    setObjectName(u"sendInvitationsDialog"_s);
    setWindowTitle(meeting.isAssembly() ? tr("Envoyer les convocations") : tr("Enregistrer l'envoi des invitations"));
    setStyleSheet(FieldFeedback::styleSheet());

    m_dateEdit = new QDateEdit(today, this);
    m_dateEdit->setObjectName(u"sentOnEdit"_s);
    m_dateEdit->setDisplayFormat(i18n::dateFormat());
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMaximumDate(meeting.startsAt.date());
    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(u"channelCombo"_s);
    for (const ConvocationChannel channel : {ConvocationChannel::Letter, ConvocationChannel::Email, ConvocationChannel::Hand})
        m_channelCombo->addItem(label(channel), int(channel));
    m_pendingCheck = new QCheckBox(meeting.isAssembly() ? tr("Seulement les membres pas encore &convoqués")
                                                        : tr("Seulement les invités dont l'envoi n'est pas &enregistré"),
        this);
    m_pendingCheck->setObjectName(u"onlyPendingCheck"_s);
    m_pendingCheck->setChecked(pending > 0);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setWordWrap(true);
    m_channelNote = new QLabel(this);
    m_channelNote->setObjectName(u"channelNote"_s);
    m_channelNote->setWordWrap(true);
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(u"warningLabel"_s);
    m_warningLabel->setProperty("role", u"fieldProblem"_s);
    m_warningLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date d'envoi\u00a0:"), m_dateEdit);
    form->addRow(tr("&Moyen\u00a0:"), m_channelCombo);
    form->addRow(QString(), m_pendingCheck);

    auto *explanation = new QLabel(meeting.isAssembly()
            ? tr("Adhera écrit une convocation et un pouvoir par membre actif invité, dans un seul PDF à imprimer ou à envoyer, "
                 "puis enregistre la date et le moyen d'envoi, qui font la preuve de la convocation.")
            : tr("La date et le moyen d'envoi sont enregistrés pour chaque invité."),
        this);
    explanation->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(meeting.isAssembly() ? tr("Écrire le PDF et enregistrer…") : tr("Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_channelNote);
    layout->addWidget(m_warningLabel);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, &SendInvitationsDialog::refreshSummary);
    connect(m_pendingCheck, &QCheckBox::toggled, this, &SendInvitationsDialog::refreshSummary);
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, &SendInvitationsDialog::refreshSummary);
    refreshSummary();
}

QDate SendInvitationsDialog::sentOn() const
{
    return m_dateEdit->date();
}

void SendInvitationsDialog::setSentOn(const QDate &date)
{
    m_dateEdit->setDate(date);
}

ConvocationChannel SendInvitationsDialog::channel() const
{
    return ConvocationChannel(m_channelCombo->currentData().toInt());
}

bool SendInvitationsDialog::onlyPending() const
{
    return m_pendingCheck->isChecked();
}

void SendInvitationsDialog::setMembersLeftOut(const QStringList &names)
{
    m_leftOut = names;
    refreshSummary();
}

void SendInvitationsDialog::setNobodyMayVote(const QString &why)
{
    m_nobodyMayVote = why;
    refreshSummary();
}

void SendInvitationsDialog::refreshSummary()
{
    const int count = onlyPending() ? m_pending : m_all;
    QString text = m_meeting.isAssembly() ? tr("%n membre(s) recevront une convocation.", nullptr, count)
                                          : tr("%n invité(s) concerné(s).", nullptr, count);
    if (!onlyPending() && m_pending < m_all)
        text += u' ' + tr("Ceux déjà convoqués gardent la date de leur premier envoi.");
    m_countLabel->setText(text);
    m_okButton->setEnabled(count > 0);
    // Until Adhera sends e-mail itself, it must not look as if it had.
    QString note;
    if (channel() == ConvocationChannel::Email)
        note = m_meeting.isAssembly()
            ? tr("Adhera n'envoie pas encore de courriels\u00a0: joignez vous-même le PDF écrit ici à vos courriels. "
                 "Seuls la date et le moyen d'envoi sont enregistrés.")
            : tr("Adhera n'envoie pas encore de courriels et n'écrit pas d'invitation pour cette réunion\u00a0: envoyez-la "
                 "vous-même. Seuls la date et le moyen d'envoi sont enregistrés.");
    else if (!m_meeting.isAssembly())
        note = tr("Aucune lettre n'est écrite pour cette réunion\u00a0: envoyez l'invitation vous-même. Seuls la date et le moyen "
                  "d'envoi sont enregistrés.");
    m_channelNote->setText(note);
    m_channelNote->setVisible(!note.isEmpty());
    QStringList warnings;
    if (const QString late = MeetingStore::convocationWarning(m_meeting, sentOn(), m_profile); !late.isEmpty())
        warnings.append(tr("Attention\u00a0: %1").arg(late));
    if (!m_leftOut.isEmpty()) {
        // Named, so that the secretary sees whether the omission is meant; a long list is cut.
        QStringList shown = m_leftOut.mid(0, 5);
        if (m_leftOut.size() > shown.size())
            shown << tr("et %n autre(s)", nullptr, int(m_leftOut.size() - shown.size()));
        warnings.append(tr("Attention\u00a0: %n membre(s) actif(s) ne figurent pas parmi les invités et ne seront pas convoqués\u00a0: %1.",
            nullptr, int(m_leftOut.size()))
                            .arg(shown.join(u", "_s)));
    }
    if (!m_nobodyMayVote.isEmpty())
        warnings.append(tr("Attention\u00a0: personne ne pourra voter à cette assemblée, son quorum ne pourra pas être atteint. %1")
                            .arg(m_nobodyMayVote));
    m_warningLabel->setText(warnings.join(u'\n'));
    m_warningLabel->setVisible(!warnings.isEmpty());
}

} // namespace adhera
