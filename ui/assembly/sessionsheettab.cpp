// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsheettab.h"
#include "attendancemodel.h"
#include "sessioncontroller.h"
#include "sessionsupport.h"

#include "db/database.h"
#include "documentfiles.h"
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
SessionSheetTab::SessionSheetTab(SessionController &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_prepareButton = new QPushButton(tr("&Préparer la feuille de présence"));
    m_prepareButton->setObjectName(u"prepareButton"_s);
    connect(m_prepareButton, &QPushButton::clicked, this, &SessionSheetTab::prepareSheet);
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
    connect(m_searchEdit, &QLineEdit::textChanged, this, &SessionSheetTab::applyFilter);

    m_nowCheck = new QCheckBox(tr("&maintenant"));
    m_nowCheck->setObjectName(u"nowCheck"_s);
    m_nowCheck->setChecked(true);
    m_timeEdit = new QTimeEdit;
    m_timeEdit->setObjectName(u"timeEdit"_s);
    m_timeEdit->setDisplayFormat(i18n::timeFormat());
    m_timeEdit->setEnabled(false);
    m_timeEdit->setToolTip(tr("L'heure d'une arrivée, d'un départ ou d'un vote noté après coup"));
    connect(m_nowCheck, &QCheckBox::toggled, this, [this](bool now) {
        if (now)
            m_session.pointNow();
        else
            m_session.pointAt(m_session.database().now().toLocalTime().time());
    });
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, [this](const QTime &time) { m_session.pointAt(time); });

    m_model = new AttendanceModel(this);
    m_table = new QTableView;
    m_table->setObjectName(u"attendanceTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    using Columns = AttendanceModel;
    for (const auto &[column, width] : {std::pair {Columns::ArrivalColumn, 75}, {Columns::DepartureColumn, 75}, {Columns::VotesColumn, 55}})
        header->resizeSection(column, width);
    // The member and who votes for it first, in what the times and the voices leave.
    shareWidth(m_table,
        {{Columns::NameColumn, 4, 140}, {Columns::VoterColumn, 4, 130}, {Columns::RightColumn, 3, 110}, {Columns::PresenceColumn, 3, 120}});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionSheetTab::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = selectedMembershipId())
            checkIn(id, Presence::Present);
    });

    m_presentButton = new QPushButton(tr("Pré&sent"));
    m_presentButton->setObjectName(u"presentButton"_s);
    connect(m_presentButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedMembershipId())
            checkIn(id, Presence::Present);
    });
    m_proxyButton = new QPushButton(tr("&Représenté par…"));
    m_proxyButton->setObjectName(u"proxyButton"_s);
    connect(m_proxyButton, &QPushButton::clicked, this, &SessionSheetTab::chooseHolderForSelected);
    m_absentButton = new QPushButton(tr("A&bsent"));
    m_absentButton->setObjectName(u"absentButton"_s);
    connect(m_absentButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedMembershipId())
            checkIn(id, Presence::Absent);
    });
    m_leftButton = new QPushButton(tr("&Départ"));
    m_leftButton->setObjectName(u"leftButton"_s);
    m_leftButton->setToolTip(tr("Le membre quitte la séance\u00a0: ses voix et ses procurations ne comptent plus"));
    connect(m_leftButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedMembershipId())
            recordDeparture(id);
    });

    m_reviewRightButton = new QPushButton(tr("Re&voir le droit de vote"));
    m_reviewRightButton->setObjectName(u"reviewRightButton"_s);
    m_reviewRightButton->setToolTip(tr("Relit la cotisation du membre sélectionné, paiements du jour compris (un membre qui règle à "
                                       "l'entrée), et note l'heure et le résultat sur la feuille"));
    connect(m_reviewRightButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedMembershipId())
            reviewRight(id);
    });

    auto *printSheetButton = new QPushButton(tr("&Imprimer la feuille (PDF)…"));
    printSheetButton->setObjectName(u"printSheetButton"_s);
    printSheetButton->setToolTip(tr("La feuille d'émargement à signer à l'entrée\u00a0: les membres ayant le droit de vote, leurs voix "
                                    "et la place pour signer"));
    connect(printSheetButton, &QPushButton::clicked, this, &SessionSheetTab::chooseSheetFile);

    m_openButton = new QPushButton(tr("&Ouvrir la séance"));
    m_openButton->setObjectName(u"openSessionButton"_s);
    m_openButton->setToolTip(tr("Note l'heure d'ouverture (l'heure du pointage)\u00a0: le quorum à l'ouverture est compté à cette heure "
                                "et le procès-verbal la reprend"));
    connect(m_openButton, &QPushButton::clicked, this, &SessionSheetTab::openSession);
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
    sheetLayout->addWidget(m_table, 1);
    sheetLayout->addLayout(sheetActions);

    m_stack = new QStackedWidget;
    m_stack->addWidget(unpreparedPage);
    m_stack->addWidget(sheetPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_session, &SessionController::changed, this, [this](SessionController::Parts parts) {
        // The votes alone change nothing on the sheet.
        if (parts != SessionController::Parts(SessionController::VotesPart))
            refresh();
    });
}

void SessionSheetTab::refresh()
{
    const bool locked = m_session.isLocked();
    const assembly::Meeting &meeting = m_session.meeting();
    m_stack->setCurrentIndex(m_session.isPrepared() ? 1 : 0);
    m_prepareButton->setEnabled(!locked);
    m_openedLabel->setText(meeting.openedAt.isValid() ? tr("Séance ouverte à %1").arg(clockTime(meeting.openedAt.time())) : QString());
    m_openButton->setText(meeting.openedAt.isValid() ? tr("Corriger l'heure d'&ouverture") : tr("&Ouvrir la séance"));
    m_openButton->setEnabled(!locked);
    showPointingTime();

    const qint64 selected = selectedMembershipId();
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setRows(
            m_session.rows(), m_session.votesHeld(), [this](qint64 personId) { return m_session.personName(personId); },
            [this](qint64 membershipId) { return m_session.holderName(membershipId); });
        if (const int row = m_model->rowOf(selected); row >= 0)
            m_table->selectRow(row);
    }
    applyFilter();
    updateButtons();
}

void SessionSheetTab::showPointingTime()
{
    const QSignalBlocker nowBlocker(m_nowCheck);
    const QSignalBlocker timeBlocker(m_timeEdit);
    const bool locked = m_session.isLocked();
    // Nothing is pointed any more once the minutes are locked: the time has nothing to change.
    m_nowCheck->setChecked(m_session.pointsNow());
    m_nowCheck->setEnabled(!locked);
    // A typed time is already in the editor: setting it again would disturb the typing.
    if (const QTime shown = m_session.pointingTime().time(); m_timeEdit->time() != shown)
        m_timeEdit->setTime(shown);
    m_timeEdit->setEnabled(!locked && !m_session.pointsNow());
}

void SessionSheetTab::applyFilter()
{
    const QStringList words = text::fold(m_searchEdit->text()).split(u' ', Qt::SkipEmptyParts);
    for (int line = 0; line < m_model->rowCount(); ++line) {
        const QString haystack = text::fold(m_model->index(line, AttendanceModel::NameColumn).data().toString() + u' '
            + m_model->index(line, AttendanceModel::VoterColumn).data().toString());
        const bool shown = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return haystack.contains(word); });
        m_table->setRowHidden(line, !shown);
    }
}

qint64 SessionSheetTab::selectedMembershipId() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? 0 : m_model->membershipIdAt(selected.first().row());
}

void SessionSheetTab::updateButtons()
{
    const AttendanceRow *row = m_session.isLocked() ? nullptr : m_session.rowOf(selectedMembershipId());
    m_presentButton->setEnabled(row && (row->presence != Presence::Present || row->leftAt.isValid()));
    m_proxyButton->setEnabled(row && row->entitled);
    m_absentButton->setEnabled(row && row->presence != Presence::Absent);
    m_leftButton->setEnabled(row && row->presence == Presence::Present && !row->leftAt.isValid());
    m_reviewRightButton->setEnabled(row != nullptr);
}

bool SessionSheetTab::prepareSheet()
{
    return succeeded(this, tr("Feuille de présence"), m_session.prepareSheet());
}

bool SessionSheetTab::checkIn(qint64 membershipId, Presence presence, qint64 holderId)
{
    return succeeded(this, tr("Pointage"), m_session.checkIn(membershipId, presence, holderId));
}

bool SessionSheetTab::recordDeparture(qint64 membershipId)
{
    return succeeded(this, tr("Départ"), m_session.recordDeparture(membershipId));
}

bool SessionSheetTab::reviewRight(qint64 membershipId)
{
    const QString title = tr("Droit de vote");
    const AttendanceRow *row = m_session.rowOf(membershipId);
    if (!row)
        return false;
    const AttendanceRow before = *row;
    const auto reviewed = m_session.reviewRight(membershipId);
    if (!succeeded(this, title, reviewed))
        return false;
    const bool changed = reviewed->entitled != before.entitled || reviewed->weight != before.weight;
    const QString result = reviewed->entitled ? tr("%1 peut voter (%n voix).", nullptr, reviewed->weight).arg(before.name)
                                              : tr("%1 ne peut pas voter\u00a0: %2.").arg(before.name, reviewed->reason);
    MessageBox::information(this, title, changed ? result : tr("Rien ne change. %1").arg(result));
    return true;
}

void SessionSheetTab::chooseHolderForSelected()
{
    const AttendanceRow *giver = m_session.rowOf(selectedMembershipId());
    if (!giver)
        return;
    const qint64 giverId = giver->membershipId;
    const QString giverName = giver->name;
    const QDateTime at = m_session.pointingTime();
    const QList<Attendee> attendees = MeetingStore::toAttendees(m_session.rows());

    QDialog chooser(this);
    chooser.setWindowTitle(tr("Procuration"));
    auto *holderCombo = new QComboBox;
    holderCombo->setObjectName(u"holderCombo"_s);
    // A proxy is held by a person: the one who votes for the member present, named first.
    const std::optional<int> cap = m_session.profile().maxProxiesPerHolder;
    QStringList full;
    for (const Attendee &attendee : attendees) {
        if (attendee.membershipId == giverId || !attendee.entitled || !attendee.isPresentAt(at))
            continue;
        const auto carried = std::count_if(attendees.cbegin(), attendees.cend(),
            [&](const Attendee &other) { return other.presence == Presence::Represented && other.proxyHolderId == attendee.membershipId; });
        const QString holder = m_session.holderName(attendee.membershipId);
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

bool SessionSheetTab::openSession()
{
    const QString title = tr("Ouvrir la séance");
    const QDateTime at = m_session.pointingTime();
    const QDate day = m_session.meeting().startsAt.date();
    if (m_session.isLocked())
        return succeeded(this, title, m_session.openSession()); // says why it is refused
    if (at.date() != day) {
        MessageBox::warning(this, title,
            tr("La séance s'ouvre le jour de la réunion, le %1\u00a0: décochez «\u00a0maintenant\u00a0» et indiquez l'heure "
               "d'ouverture.")
                .arg(i18n::displayDate(day)));
        return false;
    }
    // The minutes report the quorum at this time: the secretary sees it before it is recorded.
    if (const auto quorum = m_session.quorum(); quorum
        && MessageBox::question(this, title,
               tr("Ouvrir la séance à %1\u00a0?\n\n%2\n\nLe quorum à l'ouverture est compté à cette heure et le procès-verbal le "
                  "reprend.")
                   .arg(timeText(at), quorum->text()))
            != QMessageBox::Yes)
        return false;
    return succeeded(this, title, m_session.openSession());
}

bool SessionSheetTab::writeSheetPdfTo(const QString &path)
{
    return succeeded(this, tr("Feuille d'émargement"), m_session.writeSheetPdf(path));
}

void SessionSheetTab::chooseSheetFile()
{
    const QString path = documents::askSavePath(this, tr("Enregistrer la feuille d'émargement"),
        io::portableFileName(tr("Feuille d'émargement %1").arg(m_session.meeting().title), u"pdf"_s), tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (writeSheetPdfTo(path))
        documents::offerToOpen(this, tr("Feuille d'émargement"),
            tr("La feuille est enregistrée dans «\u00a0%1\u00a0».").arg(QDir::toNativeSeparators(path)), path);
}

} // namespace adhera
