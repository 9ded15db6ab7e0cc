// SPDX-License-Identifier: GPL-3.0-or-later
#include "assemblysession.h"
#include "sessionsupport.h"

#include "assembly/attendancesheet.h"
#include "assembly/minutesdraft.h"
#include "db/database.h"
#include "members/memberfile.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;
using namespace sessionsupport;

AssemblySession::AssemblySession(Database &db, qint64 meetingId, QWidget *parent)
    : QDialog(parent), m_db(db), m_store(db), m_meetingId(meetingId)
{
    setSizeGripEnabled(true);

    m_quorumBanner = new QLabel;
    m_quorumBanner->setObjectName(u"quorumBanner"_s);
    m_quorumBanner->setWordWrap(true);
    m_quorumBanner->setTextFormat(Qt::RichText);
    QFont bannerFont = m_quorumBanner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.1);
    m_quorumBanner->setFont(bannerFont);

    // Said before anything is tried, not at the first refusal.
    m_lockedNote = new QLabel(tr("Le procès-verbal de cette séance est verrouillé\u00a0: la feuille de présence et les votes ne changent "
                                 "plus. Une erreur se corrige par une nouvelle version du procès-verbal (onglet « Procès-verbal »)."));
    m_lockedNote->setObjectName(u"lockedNote"_s);
    m_lockedNote->setWordWrap(true);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"sessionTabs"_s);
    m_tabs->addTab(buildSheetTab(), tr("Émargement"));
    m_tabs->addTab(buildVotesTab(), tr("Votes"));
    m_tabs->addTab(buildMinutesTab(), tr("Procès-verbal"));

    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close);
    closeButtons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quorumBanner);
    layout->addWidget(m_lockedNote);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(closeButtons);
    resize(1180, 760);

    // The banner says the time it counts at: keep it current while the check-in time is now.
    auto *clock = new QTimer(this);
    clock->setInterval(30'000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (m_nowCheck->isChecked())
            updateQuorum();
    });
    clock->start();

    reload();
    // Another day than the meeting's (votes typed from notes, minutes written later): times are
    // those of the meeting's day, from its opening, not the clock's.
    if (m_meeting.startsAt.isValid() && m_meeting.startsAt.date() != m_db.now().toLocalTime().date()) {
        m_nowCheck->setChecked(false);
        m_timeEdit->setTime((m_meeting.openedAt.isValid() ? m_meeting.openedAt : m_meeting.startsAt).time());
    }
}

QDateTime AssemblySession::pointingTime() const
{
    if (m_nowCheck->isChecked()) {
        const QDateTime now = m_db.now().toLocalTime();
        return QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
    }
    const QDate day = m_meeting.startsAt.isValid() ? m_meeting.startsAt.date() : m_db.now().toLocalTime().date();
    return QDateTime(day, m_timeEdit->time());
}

void AssemblySession::reload()
{
    const auto meeting = m_store.meeting(m_meetingId);
    if (!meeting) {
        MessageBox::critical(this, tr("Séance"), meeting.error().message);
        return;
    }
    m_meeting = *meeting;
    setWindowTitle(tr("Séance — %1").arg(m_meeting.title));
    m_profile = StatutesProfile::load(m_db);

    const auto rows = m_store.attendance(m_meetingId);
    m_rows = rows ? *rows : QList<AttendanceRow>();
    const auto agenda = m_store.agenda(m_meetingId);
    m_agenda = agenda ? *agenda : QList<AgendaItem>();
    m_votes.clear();
    for (const AgendaItem &item : std::as_const(m_agenda))
        if (const auto vote = m_store.vote(item.id); vote && *vote)
            m_votes.insert(item.id, **vote);
    const auto minutes = m_store.minutes(m_meetingId);
    m_minutes = minutes ? *minutes : QList<Minutes>();
    m_locked = std::any_of(m_minutes.cbegin(), m_minutes.cend(), [](const Minutes &version) { return version.isLocked(); });
    if (!rows || !agenda || !minutes)
        MessageBox::critical(this, windowTitle(), (!rows ? rows.error() : !agenda ? agenda.error() : minutes.error()).message);

    m_openedLabel->setText(m_meeting.openedAt.isValid() ? tr("Séance ouverte à %1").arg(clockTime(m_meeting.openedAt.time())) : QString());
    m_openButton->setText(m_meeting.openedAt.isValid() ? tr("Corriger l'heure d'&ouverture") : tr("&Ouvrir la séance"));
    m_openButton->setEnabled(!m_locked);
    m_lockedNote->setVisible(m_locked);
    // Nothing is pointed any more: the time of the pointing has nothing to change.
    m_nowCheck->setEnabled(!m_locked);
    m_timeEdit->setEnabled(!m_locked && !m_nowCheck->isChecked());

    fillAttendance();
    updateQuorum();
    fillItems();
    fillMinutes();
}

QString AssemblySession::personName(qint64 personId)
{
    if (personId == 0)
        return QString();
    if (const auto found = m_personNames.constFind(personId); found != m_personNames.cend())
        return *found;
    QString name;
    if (const auto record = MemberFile(m_db).loadPerson(personId)) {
        const Person &person = record->person;
        name = person.firstName.isEmpty() ? person.lastName.toUpper() : person.firstName + u' ' + person.lastName.toUpper();
    }
    m_personNames.insert(personId, name);
    return name;
}

const AttendanceRow *AssemblySession::rowOf(qint64 membershipId) const
{
    const auto found = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [membershipId](const AttendanceRow &row) { return row.membershipId == membershipId; });
    return found == m_rows.cend() ? nullptr : &*found;
}

QString AssemblySession::holderName(qint64 membershipId)
{
    // « Hélène MÜLLER (Centre Écureuil) » for an organisation's voter, the person alone otherwise.
    const AttendanceRow *row = rowOf(membershipId);
    if (!row)
        return QString();
    const QString person = personName(row->voterPersonId);
    if (person.isEmpty())
        return row->name;
    return person.compare(row->name, Qt::CaseInsensitive) == 0 ? person : tr("%1 (%2)").arg(person, row->name);
}

void AssemblySession::updateQuorum()
{
    if (m_rows.isEmpty()) {
        m_quorumText = tr("Quorum\u00a0: la feuille de présence n'est pas encore préparée.");
        m_quorumBanner->setText(m_quorumText.toHtmlEscaped());
        m_quorumBanner->setStyleSheet(bannerStyle(false));
        return;
    }
    const QDateTime at = pointingTime();
    if (m_nowCheck->isChecked()) {
        const QSignalBlocker blocker(m_timeEdit);
        m_timeEdit->setTime(at.time());
    }
    const auto status = m_store.quorum(m_meetingId, at);
    if (!status) {
        m_quorumText = status.error().message;
        m_quorumBanner->setText(m_quorumText.toHtmlEscaped());
        m_quorumBanner->setStyleSheet(bannerStyle(false));
        return;
    }
    // Each count in its own %n, so that French and English both say « 1 présent », « 18 présents ».
    const QString counts
        = tr("À %1\u00a0: %2, %3, sur %4 ayant le droit de vote.")
              .arg(timeText(at), tr("%n présent(s)", nullptr, status->presentCount),
                  tr("%n représenté(s)", nullptr, status->representedCount), tr("%n membre(s)", nullptr, status->eligibleCount));
    // Nobody may vote: say why (dues of the year not paid, memberships not active…) rather
    // than counting zeros.
    const QString detail = status->nobodyMayVote() ? whyNobodyMayVote(m_rows) : counts;
    m_quorumText = status->text() + u'\n' + detail;
    m_quorumBanner->setText(u"<b>%1</b><br>%2"_s.arg(status->text().toHtmlEscaped(), detail.toHtmlEscaped()));
    m_quorumBanner->setStyleSheet(bannerStyle(status->met));
}

QString AssemblySession::quorumLabel() const
{
    return m_quorumText;
}

bool AssemblySession::refuseWhenLocked(const QString &title)
{
    if (!m_locked)
        return false;
    MessageBox::warning(this, title,
        tr("Le procès-verbal de la séance est verrouillé\u00a0: la feuille de présence et les votes ne "
           "changent plus."));
    return true;
}

} // namespace adhera
