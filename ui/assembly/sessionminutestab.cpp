// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionminutestab.h"
#include "sessioncontroller.h"
#include "sessionsupport.h"

#include "assembly/minutesdraft.h"
#include "db/database.h"
#include "dialogs/editorsupport.h"
#include "documentfiles.h"
#include "i18n/displayformat.h"
#include "io/filenames.h"
#include "messagebox.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;
using namespace sessionsupport;

// « Procès-verbal »: the draft, its editing, approval, correction and PDF.
SessionMinutesTab::SessionMinutesTab(SessionController &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(u"minutesStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_minutesEdit = new QPlainTextEdit;
    m_minutesEdit->setObjectName(u"minutesEdit"_s);
    m_minutesEdit->setPlaceholderText(tr("Générez le brouillon à partir de ce qui a été enregistré pendant la séance."));
    m_generateButton = new QPushButton(tr("&Générer le brouillon"));
    m_generateButton->setObjectName(u"generateButton"_s);
    connect(m_generateButton, &QPushButton::clicked, this, &SessionMinutesTab::confirmAndGenerate);
    m_saveDraftButton = new QPushButton(tr("Enregistrer le &brouillon"));
    m_saveDraftButton->setObjectName(u"saveDraftButton"_s);
    connect(m_saveDraftButton, &QPushButton::clicked, this, &SessionMinutesTab::saveDraft);
    m_lockButton = new QPushButton(tr("&Approuver et verrouiller…"));
    m_lockButton->setObjectName(u"lockButton"_s);
    connect(m_lockButton, &QPushButton::clicked, this, &SessionMinutesTab::lockMinutes);
    m_correctButton = new QPushButton(tr("Co&rriger…"));
    m_correctButton->setObjectName(u"correctButton"_s);
    m_correctButton->setToolTip(tr("Rédiger une nouvelle version liée à la version verrouillée"));
    connect(m_correctButton, &QPushButton::clicked, this, &SessionMinutesTab::correctMinutes);
    m_pdfButton = new QPushButton(tr("P&DF…"));
    m_pdfButton->setObjectName(u"pdfButton"_s);
    connect(m_pdfButton, &QPushButton::clicked, this, &SessionMinutesTab::choosePdfFile);
    auto *minutesActions = new QHBoxLayout;
    minutesActions->addWidget(m_generateButton);
    minutesActions->addWidget(m_saveDraftButton);
    minutesActions->addStretch(1);
    minutesActions->addWidget(m_lockButton);
    minutesActions->addWidget(m_correctButton);
    minutesActions->addWidget(m_pdfButton);
    auto *minutesLayout = new QVBoxLayout(this);
    minutesLayout->addWidget(m_statusLabel);
    minutesLayout->addWidget(m_minutesEdit, 1);
    minutesLayout->addLayout(minutesActions);

    // Only the minutes are shown here: the sheet and the votes reach the PV when it is generated.
    connect(&m_session, &SessionController::changed, this, [this](SessionController::Parts parts) {
        if (parts & SessionController::MinutesPart)
            fillMinutes();
    });
}

void SessionMinutesTab::fillMinutes()
{
    const std::optional<Minutes> latest = m_session.latestMinutes();
    const bool locked = latest && latest->isLocked();
    m_minutesEdit->setPlainText(latest ? latest->body : QString());
    m_minutesEdit->setReadOnly(locked);
    m_minutesEdit->document()->setModified(false);
    if (!latest) {
        m_statusLabel->setText(tr("Aucun procès-verbal pour cette séance\u00a0: générez le brouillon à partir de ce qui a été "
                                  "enregistré (présences, quorum, votes), puis complétez-le."));
    } else if (locked) {
        m_statusLabel->setText(tr("Verrouillé le %1 — version %2. Signé par %3. Le texte ne change plus\u00a0: une erreur se "
                                  "corrige par une nouvelle version.")
                                   .arg(i18n::displayDate(latest->lockedAt.toLocalTime().date()))
                                   .arg(latest->version)
                                   .arg(latest->signatories));
    } else {
        m_statusLabel->setText(tr("Brouillon — version %1, enregistré le %2 à %3.")
                                   .arg(latest->version)
                                   .arg(i18n::displayDate(latest->updatedAt.toLocalTime().date()), timeText(latest->updatedAt)));
    }
    m_statusLabel->setStyleSheet(locked ? u"QLabel { color: %1; font-weight: bold; }"_s.arg(green) : QString());
    m_generateButton->setEnabled(!locked);
    m_saveDraftButton->setEnabled(!locked);
    m_lockButton->setEnabled(latest && !locked);
    m_correctButton->setEnabled(locked);
    m_pdfButton->setEnabled(latest.has_value());
}

bool SessionMinutesTab::confirmAndGenerate()
{
    const std::optional<Minutes> latest = m_session.latestMinutes();
    if (latest && !latest->isLocked() && !EditorSupport::text(m_minutesEdit).trimmed().isEmpty()
        && MessageBox::question(this, tr("Procès-verbal"),
               tr("Remplacer le brouillon par un nouveau brouillon généré à partir de la séance\u00a0? Les modifications faites à la "
                  "main seront perdues."))
            != QMessageBox::Yes)
        return false;
    return generateDraft();
}

bool SessionMinutesTab::generateDraft()
{
    return succeeded(this, tr("Procès-verbal"), m_session.generateDraft());
}

bool SessionMinutesTab::saveDraft()
{
    return succeeded(this, tr("Procès-verbal"), m_session.saveDraft(EditorSupport::text(m_minutesEdit)));
}

bool SessionMinutesTab::lockMinutes()
{
    const QString title = tr("Approuver le procès-verbal");
    const std::optional<Minutes> latest = m_session.latestMinutes();
    if (!latest || latest->isLocked())
        return false;
    const assembly::Meeting &meeting = m_session.meeting();
    if (meeting.chairPersonId == 0 || meeting.secretaryPersonId == 0) {
        MessageBox::warning(this, title,
            tr("Choisissez le président et le secrétaire de séance dans la fiche de la réunion\u00a0: ils signent le procès-verbal."));
        return false;
    }
    // Said before the question: a PV with blanks or approved before the meeting is refused.
    const QDate today = m_session.database().now().toLocalTime().date();
    if (today < meeting.startsAt.date()) {
        MessageBox::warning(this, title,
            tr("Le procès-verbal ne peut pas être approuvé avant la réunion, qui a lieu le %1.")
                .arg(i18n::displayDate(meeting.startsAt.date())));
        return false;
    }
    if (const QStringList blanks = minutesBlanks(EditorSupport::text(m_minutesEdit)); !blanks.isEmpty()) {
        QStringList quoted;
        for (const QString &blank : blanks)
            quoted.append(u"« %1 »"_s.arg(blank));
        quoted.removeDuplicates();
        MessageBox::warning(this, title,
            tr("Complétez les %n blanc(s) du procès-verbal avant de l'approuver\u00a0:\n\n%1", nullptr, int(blanks.size()))
                .arg(quoted.join(u'\n')));
        // The cursor on the first blank, for the secretary to type over it.
        const int at = int(EditorSupport::text(m_minutesEdit).indexOf(blanks.constFirst()));
        if (at >= 0) {
            QTextCursor cursor = m_minutesEdit->textCursor();
            cursor.setPosition(at + int(blanks.constFirst().indexOf(u'…')));
            cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
            m_minutesEdit->setTextCursor(cursor);
            m_minutesEdit->setFocus();
        }
        return false;
    }
    if (MessageBox::question(this, title,
            tr("Approuver et verrouiller le procès-verbal (version %1), signé par %2, président de séance, et %3, secrétaire de "
               "séance\u00a0?\n\nLe texte ne pourra plus être modifié\u00a0: une erreur se corrigera par une nouvelle version.")
                .arg(latest->version)
                .arg(m_session.personName(meeting.chairPersonId), m_session.personName(meeting.secretaryPersonId)))
        != QMessageBox::Yes)
        return false;
    if (m_minutesEdit->document()->isModified() && !saveDraft())
        return false;
    return succeeded(this, title, m_session.lockMinutes());
}

bool SessionMinutesTab::correctMinutes()
{
    const QString title = tr("Corriger le procès-verbal");
    const std::optional<Minutes> latest = m_session.latestMinutes();
    if (!latest || !latest->isLocked())
        return false;
    if (MessageBox::question(this, title,
            tr("Rédiger une correction du procès-verbal verrouillé (version %1)\u00a0? Elle sera la version %2, liée à celle-ci, "
               "qui reste inchangée.")
                .arg(latest->version)
                .arg(latest->version + 1))
        != QMessageBox::Yes)
        return false;
    return succeeded(this, title, m_session.correctMinutes());
}

bool SessionMinutesTab::writeMinutesPdfTo(const QString &path)
{
    const std::optional<Minutes> latest = m_session.latestMinutes();
    if (latest && !latest->isLocked() && m_minutesEdit->document()->isModified() && !saveDraft())
        return false;
    return succeeded(this, tr("Procès-verbal en PDF"), m_session.writeMinutesPdf(path));
}

void SessionMinutesTab::choosePdfFile()
{
    const QString suggested = io::portableFileName(tr("Procès-verbal %1").arg(m_session.meeting().title), u"pdf"_s);
    const QString path = documents::askSavePath(this, tr("Enregistrer le procès-verbal"), suggested, tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (writeMinutesPdfTo(path))
        documents::offerToOpen(this, tr("Procès-verbal en PDF"),
            tr("Le procès-verbal est enregistré dans «\u00a0%1\u00a0».").arg(QDir::toNativeSeparators(path)), path);
}

} // namespace adhera
