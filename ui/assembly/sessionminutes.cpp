// SPDX-License-Identifier: GPL-3.0-or-later
// AssemblySession, « Procès-verbal »: the draft generated from the session, edited, approved and
// locked (refused with blanks or before the meeting), corrected as a new version, printed.
#include "assemblysession.h"
#include "sessionsupport.h"

#include "assembly/attendancesheet.h"
#include "assembly/minutesdraft.h"
#include "assembly/minutespdf.h"
#include "db/database.h"
#include "dialogs/editorsupport.h"
#include "documentfiles.h"
#include "dues/duespdf.h"
#include "i18n/displayformat.h"
#include "io/filenames.h"
#include "messagebox.h"
#include "settings/clubidentity.h"

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
QWidget *AssemblySession::buildMinutesTab()
{
    m_minutesStatusLabel = new QLabel;
    m_minutesStatusLabel->setObjectName(u"minutesStatusLabel"_s);
    m_minutesStatusLabel->setWordWrap(true);
    m_minutesEdit = new QPlainTextEdit;
    m_minutesEdit->setObjectName(u"minutesEdit"_s);
    m_minutesEdit->setPlaceholderText(tr("Générez le brouillon à partir de ce qui a été enregistré pendant la séance."));
    m_generateButton = new QPushButton(tr("&Générer le brouillon"));
    m_generateButton->setObjectName(u"generateButton"_s);
    connect(m_generateButton, &QPushButton::clicked, this, &AssemblySession::confirmAndGenerate);
    m_saveDraftButton = new QPushButton(tr("Enregistrer le &brouillon"));
    m_saveDraftButton->setObjectName(u"saveDraftButton"_s);
    connect(m_saveDraftButton, &QPushButton::clicked, this, &AssemblySession::saveDraft);
    m_lockButton = new QPushButton(tr("&Approuver et verrouiller…"));
    m_lockButton->setObjectName(u"lockButton"_s);
    connect(m_lockButton, &QPushButton::clicked, this, &AssemblySession::lockMinutes);
    m_correctButton = new QPushButton(tr("Co&rriger…"));
    m_correctButton->setObjectName(u"correctButton"_s);
    m_correctButton->setToolTip(tr("Rédiger une nouvelle version liée à la version verrouillée"));
    connect(m_correctButton, &QPushButton::clicked, this, &AssemblySession::correctMinutes);
    m_pdfButton = new QPushButton(tr("P&DF…"));
    m_pdfButton->setObjectName(u"pdfButton"_s);
    connect(m_pdfButton, &QPushButton::clicked, this, &AssemblySession::choosePdfFile);
    auto *minutesActions = new QHBoxLayout;
    minutesActions->addWidget(m_generateButton);
    minutesActions->addWidget(m_saveDraftButton);
    minutesActions->addStretch(1);
    minutesActions->addWidget(m_lockButton);
    minutesActions->addWidget(m_correctButton);
    minutesActions->addWidget(m_pdfButton);
    auto *minutesPage = new QWidget;
    auto *minutesLayout = new QVBoxLayout(minutesPage);
    minutesLayout->addWidget(m_minutesStatusLabel);
    minutesLayout->addWidget(m_minutesEdit, 1);
    minutesLayout->addLayout(minutesActions);
    return minutesPage;
}

std::optional<Minutes> AssemblySession::latestMinutes() const
{
    if (m_minutes.isEmpty())
        return std::nullopt;
    return m_minutes.constLast();
}

void AssemblySession::fillMinutes()
{
    const std::optional<Minutes> latest = latestMinutes();
    const bool locked = latest && latest->isLocked();
    m_minutesEdit->setPlainText(latest ? latest->body : QString());
    m_minutesEdit->setReadOnly(locked);
    m_minutesEdit->document()->setModified(false);
    if (!latest) {
        m_minutesStatusLabel->setText(tr("Aucun procès-verbal pour cette séance\u00a0: générez le brouillon à partir de ce qui a été "
                                         "enregistré (présences, quorum, votes), puis complétez-le."));
    } else if (locked) {
        m_minutesStatusLabel->setText(tr("Verrouillé le %1 — version %2. Signé par %3. Le texte ne change plus\u00a0: une erreur se "
                                         "corrige par une nouvelle version.")
                                          .arg(i18n::displayDate(latest->lockedAt.toLocalTime().date()))
                                          .arg(latest->version)
                                          .arg(latest->signatories));
    } else {
        m_minutesStatusLabel->setText(tr("Brouillon — version %1, enregistré le %2 à %3.")
                                          .arg(latest->version)
                                          .arg(i18n::displayDate(latest->updatedAt.toLocalTime().date()), timeText(latest->updatedAt)));
    }
    m_minutesStatusLabel->setStyleSheet(locked ? u"QLabel { color: %1; font-weight: bold; }"_s.arg(green) : QString());
    m_generateButton->setEnabled(!locked);
    m_saveDraftButton->setEnabled(!locked);
    m_lockButton->setEnabled(latest && !locked);
    m_correctButton->setEnabled(locked);
    m_pdfButton->setEnabled(latest.has_value());
}

bool AssemblySession::confirmAndGenerate()
{
    const std::optional<Minutes> latest = latestMinutes();
    if (latest && !latest->isLocked() && !EditorSupport::text(m_minutesEdit).trimmed().isEmpty()
        && MessageBox::question(this, tr("Procès-verbal"),
               tr("Remplacer le brouillon par un nouveau brouillon généré à partir de la séance\u00a0? Les modifications faites à la "
                  "main seront perdues."))
            != QMessageBox::Yes)
        return false;
    return generateDraft();
}

bool AssemblySession::generateDraft()
{
    MinutesInput input;
    input.meeting = m_meeting;
    input.agenda = m_agenda;
    input.attendance = m_rows;
    input.votes = m_votes;
    const auto corrections = m_store.voteCorrections(m_meetingId);
    if (!corrections) {
        MessageBox::critical(this, tr("Procès-verbal"), corrections.error().message);
        return false;
    }
    for (const VoteCorrection &correction : *corrections)
        input.corrections[correction.agendaItemId].append(correction);
    // The opening: the time recorded when the chair opened the session; else the time the
    // meeting was called for and, when the quorum was reached later, the first vote (the store
    // checked the quorum then).
    const bool opened = m_meeting.openedAt.isValid();
    QDateTime opening = opened ? m_meeting.openedAt : m_meeting.startsAt;
    auto quorum = m_store.quorum(m_meetingId, opening);
    if (!opened && quorum && !quorum->met && !m_votes.isEmpty()) {
        QDateTime firstVote;
        for (const VoteRecord &vote : std::as_const(m_votes))
            if (!firstVote.isValid() || vote.recordedAt < firstVote)
                firstVote = vote.recordedAt;
        quorum = m_store.quorum(m_meetingId, firstVote.toLocalTime());
    }
    if (!quorum) {
        MessageBox::critical(this, tr("Procès-verbal"), quorum.error().message);
        return false;
    }
    input.quorum = *quorum;
    input.chairName = personName(m_meeting.chairPersonId);
    input.secretaryName = personName(m_meeting.secretaryPersonId);
    const settings::ClubIdentity club = settings::loadClubIdentity(m_db);
    input.clubName = club.name;
    input.clubAddress = club.address;
    input.regime = m_profile.regime;
    input.convenedOn = convenedOn(m_store, m_meetingId);
    // Adhera's convocations are signed by the serving president (convocationpdf.h).
    if (input.convenedOn.isValid())
        input.convener = tr("du président");

    const auto saved = m_store.saveDraft(m_meetingId, draftMinutes(input));
    if (!saved) {
        MessageBox::warning(this, tr("Procès-verbal"), saved.error().message);
        return false;
    }
    reload();
    return true;
}

bool AssemblySession::saveDraft()
{
    const auto saved = m_store.saveDraft(m_meetingId, EditorSupport::text(m_minutesEdit));
    if (!saved) {
        MessageBox::warning(this, tr("Procès-verbal"), saved.error().message);
        return false;
    }
    reload();
    return true;
}

bool AssemblySession::lockMinutes()
{
    const QString title = tr("Approuver le procès-verbal");
    const std::optional<Minutes> latest = latestMinutes();
    if (!latest || latest->isLocked())
        return false;
    if (m_meeting.chairPersonId == 0 || m_meeting.secretaryPersonId == 0) {
        MessageBox::warning(this, title,
            tr("Choisissez le président et le secrétaire de séance dans la fiche de la réunion\u00a0: ils signent le procès-verbal."));
        return false;
    }
    // Said before the question: a PV with blanks or approved before the meeting is refused.
    const QDate today = m_db.now().toLocalTime().date();
    if (today < m_meeting.startsAt.date()) {
        MessageBox::warning(this, title,
            tr("Le procès-verbal ne peut pas être approuvé avant la réunion, qui a lieu le %1.")
                .arg(i18n::displayDate(m_meeting.startsAt.date())));
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
                .arg(personName(m_meeting.chairPersonId), personName(m_meeting.secretaryPersonId)))
        != QMessageBox::Yes)
        return false;
    if (m_minutesEdit->document()->isModified() && !saveDraft())
        return false;
    const auto locked = m_store.lock(m_minutes.constLast().id, m_meeting.chairPersonId, m_meeting.secretaryPersonId, QString());
    if (!locked) {
        MessageBox::warning(this, title, locked.error().message);
        return false;
    }
    reload();
    return true;
}

bool AssemblySession::correctMinutes()
{
    const QString title = tr("Corriger le procès-verbal");
    const std::optional<Minutes> latest = latestMinutes();
    if (!latest || !latest->isLocked())
        return false;
    if (MessageBox::question(this, title,
            tr("Rédiger une correction du procès-verbal verrouillé (version %1)\u00a0? Elle sera la version %2, liée à celle-ci, "
               "qui reste inchangée.")
                .arg(latest->version)
                .arg(latest->version + 1))
        != QMessageBox::Yes)
        return false;
    const auto corrected = m_store.correct(latest->id, latest->body);
    if (!corrected) {
        MessageBox::warning(this, title, corrected.error().message);
        return false;
    }
    reload();
    return true;
}

bool AssemblySession::writeMinutesPdfTo(const QString &path)
{
    const QString title = tr("Procès-verbal en PDF");
    if (m_minutes.isEmpty()) {
        MessageBox::information(this, title, tr("Générez d'abord le brouillon du procès-verbal."));
        return false;
    }
    if (!m_minutes.constLast().isLocked() && m_minutesEdit->document()->isModified() && !saveDraft())
        return false;
    const auto written = writeMinutesPdf(m_minutes.constLast(), m_meeting, m_rows, dues::clubHeader(m_db), path);
    if (!written) {
        MessageBox::critical(this, title, written.error().message);
        return false;
    }
    return true;
}

void AssemblySession::choosePdfFile()
{
    const QString suggested = io::portableFileName(tr("Procès-verbal %1").arg(m_meeting.title), u"pdf"_s);
    const QString path = documents::askSavePath(this, tr("Enregistrer le procès-verbal"), suggested, tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (writeMinutesPdfTo(path))
        documents::offerToOpen(this, tr("Procès-verbal en PDF"),
            tr("Le procès-verbal est enregistré dans «\u00a0%1\u00a0».").arg(QDir::toNativeSeparators(path)), path);
}

} // namespace adhera
