// SPDX-License-Identifier: GPL-3.0-or-later
// AssemblySession, « Émargement »: preparing the attendance sheet, checking members in (present,
// represented, absent, departures), reviewing a right at the door, opening the session.
#include "assemblysession.h"
#include "attendancemodel.h"
#include "sessionsupport.h"

#include "assembly/attendancesheet.h"
#include "assembly/attendancesheetpdf.h"
#include "assembly/votingrights.h"
#include "db/database.h"
#include "documentfiles.h"
#include "dues/duespdf.h"
#include "i18n/displayformat.h"
#include "io/filenames.h"
#include "messagebox.h"
#include "text/textfold.h"
#include "widgets/listviews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;
using namespace sessionsupport;

// « Émargement »: the sheet to prepare, then the members to check in.
QWidget *AssemblySession::buildSheetTab()
{
    m_prepareButton = new QPushButton(tr("&Préparer la feuille de présence"));
    m_prepareButton->setObjectName(u"prepareButton"_s);
    connect(m_prepareButton, &QPushButton::clicked, this, &AssemblySession::prepareSheet);
    auto *unpreparedLabel = new QLabel(tr("La feuille de présence n'est pas encore préparée. Elle reprendra les adhérents actifs avec "
                                          "leur droit de vote à la date de référence des statuts (cotisation à jour, représentant "
                                          "désigné pour une structure, catégorie)."));
    unpreparedLabel->setWordWrap(true);
    unpreparedLabel->setAlignment(Qt::AlignCenter);
    auto *unpreparedPage = new QWidget;
    auto *unpreparedLayout = new QVBoxLayout(unpreparedPage);
    unpreparedLayout->addStretch(1);
    unpreparedLayout->addWidget(unpreparedLabel);
    unpreparedLayout->addWidget(m_prepareButton, 0, Qt::AlignCenter);
    unpreparedLayout->addStretch(2);

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Rechercher un membre ou un votant…"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &AssemblySession::applyFilter);

    m_nowCheck = new QCheckBox(tr("&maintenant"));
    m_nowCheck->setObjectName(u"nowCheck"_s);
    m_nowCheck->setChecked(true);
    m_timeEdit = new QTimeEdit;
    m_timeEdit->setObjectName(u"timeEdit"_s);
    m_timeEdit->setDisplayFormat(i18n::timeFormat());
    m_timeEdit->setEnabled(false);
    m_timeEdit->setToolTip(tr("L'heure d'une arrivée, d'un départ ou d'un vote noté après coup"));
    connect(m_nowCheck, &QCheckBox::toggled, this, [this](bool now) {
        m_timeEdit->setEnabled(!now && !m_locked);
        if (!now)
            m_timeEdit->setTime(m_db.now().toLocalTime().time());
        updateQuorum();
        fillAttendance();
    });
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, [this] {
        updateQuorum();
        fillAttendance();
    });

    m_attendance = new AttendanceModel(this);
    m_attendanceTable = new QTableView;
    m_attendanceTable->setObjectName(u"attendanceTable"_s);
    m_attendanceTable->setModel(m_attendance);
    m_attendanceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendanceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendanceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendanceTable->verticalHeader()->hide();
    m_attendanceTable->setAlternatingRowColors(true);
    m_attendanceTable->setWordWrap(false);
    QHeaderView *header = m_attendanceTable->horizontalHeader();
    using Columns = AttendanceModel;
    for (const auto &[column, width] : {std::pair {Columns::ArrivalColumn, 75}, {Columns::DepartureColumn, 75}, {Columns::VotesColumn, 55}})
        header->resizeSection(column, width);
    // The member and who votes for it first, in what the times and the voices leave.
    shareWidth(m_attendanceTable,
        {{Columns::NameColumn, 4, 140}, {Columns::VoterColumn, 4, 130}, {Columns::RightColumn, 3, 110}, {Columns::PresenceColumn, 3, 120}});
    connect(m_attendanceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssemblySession::updateSheetButtons);
    connect(m_attendanceTable, &QTableView::doubleClicked, this, &AssemblySession::markSelectedPresent);

    m_presentButton = new QPushButton(tr("Pré&sent"));
    m_presentButton->setObjectName(u"presentButton"_s);
    connect(m_presentButton, &QPushButton::clicked, this, &AssemblySession::markSelectedPresent);
    m_proxyButton = new QPushButton(tr("&Représenté par…"));
    m_proxyButton->setObjectName(u"proxyButton"_s);
    connect(m_proxyButton, &QPushButton::clicked, this, &AssemblySession::chooseHolderForSelected);
    m_absentButton = new QPushButton(tr("A&bsent"));
    m_absentButton->setObjectName(u"absentButton"_s);
    connect(m_absentButton, &QPushButton::clicked, this, &AssemblySession::markSelectedAbsent);
    m_leftButton = new QPushButton(tr("&Départ"));
    m_leftButton->setObjectName(u"leftButton"_s);
    m_leftButton->setToolTip(tr("Le membre quitte la séance\u00a0: ses voix et ses procurations ne comptent plus"));
    connect(m_leftButton, &QPushButton::clicked, this, &AssemblySession::markSelectedLeft);

    m_reviewRightButton = new QPushButton(tr("Re&voir le droit de vote"));
    m_reviewRightButton->setObjectName(u"reviewRightButton"_s);
    m_reviewRightButton->setToolTip(tr("Relit la cotisation du membre sélectionné, paiements du jour compris (un membre qui règle à "
                                       "l'entrée), et note l'heure et le résultat sur la feuille"));
    connect(m_reviewRightButton, &QPushButton::clicked, this, &AssemblySession::reviewSelectedRight);

    auto *printSheetButton = new QPushButton(tr("&Imprimer la feuille (PDF)…"));
    printSheetButton->setObjectName(u"printSheetButton"_s);
    printSheetButton->setToolTip(tr("La feuille d'émargement à signer à l'entrée\u00a0: les membres ayant le droit de vote, leurs voix "
                                    "et la place pour signer"));
    connect(printSheetButton, &QPushButton::clicked, this, &AssemblySession::chooseSheetFile);

    m_openButton = new QPushButton(tr("&Ouvrir la séance"));
    m_openButton->setObjectName(u"openSessionButton"_s);
    m_openButton->setToolTip(tr("Note l'heure d'ouverture (l'heure du pointage)\u00a0: le quorum à l'ouverture est compté à cette heure "
                                "et le procès-verbal la reprend"));
    connect(m_openButton, &QPushButton::clicked, this, &AssemblySession::openSession);
    m_openedLabel = new QLabel;
    m_openedLabel->setObjectName(u"openedLabel"_s);

    auto *timeLabel = new QLabel(tr("Heure du pointage\u00a0:"));
    auto *sheetTop = new QHBoxLayout;
    sheetTop->addWidget(m_searchEdit, 1);
    sheetTop->addWidget(printSheetButton);
    sheetTop->addSpacing(24);
    sheetTop->addWidget(timeLabel);
    sheetTop->addWidget(m_nowCheck);
    sheetTop->addWidget(m_timeEdit);
    auto *sheetActions = new QHBoxLayout;
    sheetActions->addWidget(m_presentButton);
    sheetActions->addWidget(m_proxyButton);
    sheetActions->addWidget(m_absentButton);
    sheetActions->addSpacing(16);
    sheetActions->addWidget(m_leftButton);
    sheetActions->addWidget(m_reviewRightButton);
    sheetActions->addStretch(1);
    sheetActions->addWidget(m_openedLabel);
    sheetActions->addWidget(m_openButton);
    auto *sheetPage = new QWidget;
    auto *sheetLayout = new QVBoxLayout(sheetPage);
    sheetLayout->addLayout(sheetTop);
    sheetLayout->addWidget(m_attendanceTable, 1);
    sheetLayout->addLayout(sheetActions);

    m_sheetStack = new QStackedWidget;
    m_sheetStack->addWidget(unpreparedPage);
    m_sheetStack->addWidget(sheetPage);
    return m_sheetStack;
}

void AssemblySession::fillAttendance()
{
    m_sheetStack->setCurrentIndex(m_rows.isEmpty() ? 0 : 1);
    const qint64 selected = selectedMembershipId();
    const QHash<qint64, int> held = votesHeld(MeetingStore::toAttendees(m_rows), m_profile, pointingTime());
    {
        const QSignalBlocker blocker(m_attendanceTable->selectionModel());
        m_attendance->setRows(
            m_rows, held, [this](qint64 personId) { return personName(personId); },
            [this](qint64 membershipId) { return holderName(membershipId); });
        if (const int row = m_attendance->rowOf(selected); row >= 0)
            m_attendanceTable->selectRow(row);
    }
    applyFilter();
    updateSheetButtons();
}

void AssemblySession::applyFilter()
{
    const QStringList words = text::fold(m_searchEdit->text()).split(u' ', Qt::SkipEmptyParts);
    for (int line = 0; line < m_attendance->rowCount(); ++line) {
        const QString haystack = text::fold(m_attendance->index(line, AttendanceModel::NameColumn).data().toString() + u' '
            + m_attendance->index(line, AttendanceModel::VoterColumn).data().toString());
        const bool shown = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return haystack.contains(word); });
        m_attendanceTable->setRowHidden(line, !shown);
    }
}

qint64 AssemblySession::selectedMembershipId() const
{
    const QModelIndexList selected = m_attendanceTable->selectionModel()->selectedRows();
    return selected.isEmpty() ? 0 : m_attendance->membershipIdAt(selected.first().row());
}

void AssemblySession::updateSheetButtons()
{
    const AttendanceRow *row = m_locked ? nullptr : rowOf(selectedMembershipId());
    m_presentButton->setEnabled(row && (row->presence != Presence::Present || row->leftAt.isValid()));
    m_proxyButton->setEnabled(row && row->entitled);
    m_absentButton->setEnabled(row && row->presence != Presence::Absent);
    m_leftButton->setEnabled(row && row->presence == Presence::Present && !row->leftAt.isValid());
    m_reviewRightButton->setEnabled(row != nullptr);
}

bool AssemblySession::prepareSheet()
{
    const QString title = tr("Feuille de présence");
    const auto rows = attendanceRowsFor(m_db, m_meetingId, m_profile, votingReferenceDate(m_store, m_meeting, m_profile));
    if (!rows) {
        MessageBox::critical(this, title, rows.error().message);
        return false;
    }
    if (rows->isEmpty()) {
        MessageBox::information(this, title, tr("Aucun adhérent actif\u00a0: la feuille de présence resterait vide."));
        return false;
    }
    if (const auto prepared = m_store.prepareAttendance(m_meetingId, *rows); !prepared) {
        MessageBox::warning(this, title, prepared.error().message);
        return false;
    }
    reload();
    return true;
}

bool AssemblySession::checkIn(qint64 membershipId, Presence presence, qint64 holderId)
{
    if (refuseWhenLocked(tr("Pointage")))
        return false;
    if (const auto done = m_store.checkIn(m_meetingId, membershipId, presence, holderId, pointingTime()); !done) {
        MessageBox::warning(this, tr("Pointage"), done.error().message);
        return false;
    }
    reload();
    return true;
}

bool AssemblySession::recordDeparture(qint64 membershipId)
{
    if (refuseWhenLocked(tr("Départ")))
        return false;
    if (const auto done = m_store.recordDeparture(m_meetingId, membershipId, pointingTime()); !done) {
        MessageBox::warning(this, tr("Départ"), done.error().message);
        return false;
    }
    reload();
    return true;
}

void AssemblySession::markSelectedPresent()
{
    if (const qint64 id = selectedMembershipId())
        checkIn(id, Presence::Present);
}

void AssemblySession::markSelectedAbsent()
{
    if (const qint64 id = selectedMembershipId())
        checkIn(id, Presence::Absent);
}

void AssemblySession::markSelectedLeft()
{
    if (const qint64 id = selectedMembershipId())
        recordDeparture(id);
}

void AssemblySession::reviewSelectedRight()
{
    if (const qint64 id = selectedMembershipId())
        reviewRight(id);
}

bool AssemblySession::reviewRight(qint64 membershipId)
{
    const QString title = tr("Droit de vote");
    if (refuseWhenLocked(title))
        return false;
    const AttendanceRow *row = rowOf(membershipId);
    if (!row)
        return false;
    const auto reviewed = refreshedRow(m_db, *row, m_profile, votingReferenceDate(m_store, m_meeting, m_profile));
    if (!reviewed) {
        MessageBox::critical(this, title, reviewed.error().message);
        return false;
    }
    const bool changed = reviewed->entitled != row->entitled || reviewed->weight != row->weight;
    const QString name = row->name;
    if (const auto saved = m_store.reviewRight(m_meetingId, *reviewed, pointingTime()); !saved) {
        MessageBox::warning(this, title, saved.error().message);
        return false;
    }
    reload();
    const QString result = reviewed->entitled ? tr("%1 peut voter (%n voix).", nullptr, reviewed->weight).arg(name)
                                              : tr("%1 ne peut pas voter\u00a0: %2.").arg(name, reviewed->reason);
    MessageBox::information(this, title, changed ? result : tr("Rien ne change. %1").arg(result));
    return true;
}

void AssemblySession::chooseHolderForSelected()
{
    const AttendanceRow *giver = rowOf(selectedMembershipId());
    if (!giver)
        return;
    const qint64 giverId = giver->membershipId;
    const QString giverName = giver->name;
    const QDateTime at = pointingTime();
    const QList<Attendee> attendees = MeetingStore::toAttendees(m_rows);

    QDialog chooser(this);
    chooser.setWindowTitle(tr("Procuration"));
    auto *holderCombo = new QComboBox;
    holderCombo->setObjectName(u"holderCombo"_s);
    // A proxy is held by a person: the one who votes for the member present, named first.
    const std::optional<int> cap = m_profile.maxProxiesPerHolder;
    QStringList full;
    for (const Attendee &attendee : attendees) {
        if (attendee.membershipId == giverId || !attendee.entitled || !attendee.isPresentAt(at))
            continue;
        const auto carried = std::count_if(attendees.cbegin(), attendees.cend(),
            [&](const Attendee &other) { return other.presence == Presence::Represented && other.proxyHolderId == attendee.membershipId; });
        const QString holder = holderName(attendee.membershipId);
        if (cap && carried >= *cap) {
            full << holder;
            continue;
        }
        const QString count = cap ? tr("%n procuration(s) sur %1", "", int(carried)).arg(*cap) : tr("%n procuration(s)", "", int(carried));
        holderCombo->addItem(tr("%1 — %2").arg(holder, count), attendee.membershipId);
    }
    const QString atCap = full.isEmpty()
        ? QString()
        : tr("Plafond des statuts atteint (%n procuration(s) par personne)\u00a0: %1.", "", cap.value_or(0)).arg(full.join(u", "_s));
    if (holderCombo->count() == 0) {
        delete holderCombo;
        MessageBox::information(this, chooser.windowTitle(),
            tr("Aucun membre présent ayant le droit de vote ne peut encore recevoir la procuration de %1.").arg(giverName)
                + (atCap.isEmpty() ? QString() : u"\n\n"_s + atCap));
        return;
    }
    auto *intro = new QLabel(tr("%1 donne procuration à\u00a0:").arg(giverName));
    intro->setWordWrap(true);
    auto *capLabel = new QLabel(atCap);
    capLabel->setObjectName(u"capLabel"_s);
    capLabel->setWordWrap(true);
    capLabel->setEnabled(false);
    capLabel->setVisible(!atCap.isEmpty());
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(tr("Enregistrer"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("Annuler"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, &chooser, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &chooser, &QDialog::reject);
    auto *layout = new QVBoxLayout(&chooser);
    layout->addWidget(intro);
    layout->addWidget(holderCombo);
    layout->addWidget(capLabel);
    layout->addWidget(buttons);
    chooser.resize(460, chooser.sizeHint().height());
    if (chooser.exec() == QDialog::Accepted)
        checkIn(giverId, Presence::Represented, holderCombo->currentData().toLongLong());
}

bool AssemblySession::openSession()
{
    if (refuseWhenLocked(tr("Ouvrir la séance")))
        return false;
    const QString title = tr("Ouvrir la séance");
    const QDateTime at = pointingTime();
    if (at.date() != m_meeting.startsAt.date()) {
        MessageBox::warning(this, title,
            tr("La séance s'ouvre le jour de la réunion, le %1\u00a0: décochez «\u00a0maintenant\u00a0» et indiquez l'heure "
               "d'ouverture.")
                .arg(i18n::displayDate(m_meeting.startsAt.date())));
        return false;
    }
    // The minutes report the quorum at this time: the secretary sees it before it is recorded.
    if (const auto quorum = m_store.quorum(m_meetingId, at); quorum
        && MessageBox::question(this, title,
               tr("Ouvrir la séance à %1\u00a0?\n\n%2\n\nLe quorum à l'ouverture est compté à cette heure et le procès-verbal le "
                  "reprend.")
                   .arg(timeText(at), quorum->text()))
            != QMessageBox::Yes)
        return false;
    const auto opened = m_store.recordOpening(m_meetingId, at);
    if (!opened) {
        MessageBox::warning(this, title, opened.error().message);
        return false;
    }
    reload();
    return true;
}

bool AssemblySession::writeSheetPdfTo(const QString &path)
{
    const QString title = tr("Feuille d'émargement");
    const auto rows = attendanceSheetRows(m_db, m_meetingId);
    if (!rows) {
        MessageBox::critical(this, title, rows.error().message);
        return false;
    }
    if (rows->isEmpty()) {
        MessageBox::warning(this, title, tr("Aucun membre n'a le droit de vote sur la feuille de présence."));
        return false;
    }
    if (const auto written = writeAttendanceSheetPdf(m_meeting, *rows, dues::clubHeader(m_db), path); !written) {
        MessageBox::critical(this, title, written.error().message);
        return false;
    }
    return true;
}

void AssemblySession::chooseSheetFile()
{
    const QString path = documents::askSavePath(this, tr("Enregistrer la feuille d'émargement"),
        io::portableFileName(tr("Feuille d'émargement %1").arg(m_meeting.title), u"pdf"_s), tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (writeSheetPdfTo(path))
        documents::offerToOpen(this, tr("Feuille d'émargement"),
            tr("La feuille est enregistrée dans «\u00a0%1\u00a0».").arg(QDir::toNativeSeparators(path)), path);
}

} // namespace adhera
