// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingspage.h"

#include "assembly/declarations.h"
#include "assemblysession.h"
#include "db/database.h"
#include "declarationdialog.h"
#include "inviteesdialog.h"
#include "meetingdialog.h"
#include "meetingtablemodel.h"
#include "messagebox.h"
#include "widgets/listviews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

namespace {

MeetingStore::Filter storeFilter(int shown)
{
    switch (shown) {
    case MeetingsPage::UpcomingMeetings: return MeetingStore::Filter::Upcoming;
    case MeetingsPage::PastMeetings: return MeetingStore::Filter::Past;
    case MeetingsPage::GeneralAssemblies: return MeetingStore::Filter::Assemblies;
    default: return MeetingStore::Filter::All;
    }
}

} // namespace

MeetingsPage::MeetingsPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db), m_store(db)
{
    m_newButton = new QPushButton(tr("&Nouvelle réunion…"));
    m_newButton->setObjectName(u"newMeetingButton"_s);
    connect(m_newButton, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    m_editButton = new QPushButton(tr("&Modifier…"));
    m_editButton->setObjectName(u"editMeetingButton"_s);
    m_editButton->setToolTip(tr("La réunion sélectionnée et, pour une assemblée, son ordre du jour"));
    connect(m_editButton, &QPushButton::clicked, this, &MeetingsPage::editMeeting);
    m_sessionButton = new QPushButton(tr("S&éance…"));
    m_sessionButton->setObjectName(u"sessionButton"_s);
    m_sessionButton->setToolTip(tr("L'assemblée en direct\u00a0: émargement, quorum, votes et procès-verbal"));
    connect(m_sessionButton, &QPushButton::clicked, this, &MeetingsPage::openSession);
    m_inviteesButton = new QPushButton(tr("&Invités…"));
    m_inviteesButton->setObjectName(u"inviteesButton"_s);
    m_inviteesButton->setToolTip(tr("Les invités, leurs réponses, l'envoi des convocations ou invitations et les listes à imprimer"));
    connect(m_inviteesButton, &QPushButton::clicked, this, &MeetingsPage::openInvitees);
    m_removeButton = new QPushButton(tr("&Supprimer…"));
    m_removeButton->setObjectName(u"removeMeetingButton"_s);
    connect(m_removeButton, &QPushButton::clicked, this, &MeetingsPage::removeSelected);

    m_filterCombo = new QComboBox;
    m_filterCombo->setObjectName(u"meetingFilter"_s);
    m_filterCombo->addItems({tr("À venir"), tr("Passées"), tr("Assemblées générales"), tr("Toutes")});
    auto *filterLabel = new QLabel(tr("&Afficher\u00a0:"));
    filterLabel->setBuddy(m_filterCombo);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(makePageTitle(tr("Réunions et assemblées")));
    topRow->addStretch(1);
    topRow->addWidget(m_newButton);
    topRow->addWidget(m_editButton);
    topRow->addWidget(m_inviteesButton);
    topRow->addWidget(m_sessionButton);
    topRow->addWidget(m_removeButton);

    m_declarationLabel = new QLabel;
    m_declarationLabel->setObjectName(u"declarationBanner"_s);
    m_declarationLabel->setWordWrap(true);
    m_declarationLabel->setTextFormat(Qt::PlainText);
    auto *declaredButton = new QPushButton(tr("Décla&ration faite…"));
    declaredButton->setObjectName(u"declaredButton"_s);
    connect(declaredButton, &QPushButton::clicked, this, &MeetingsPage::declareDone);
    m_declarationBanner = new QWidget;
    m_declarationBanner->setObjectName(u"declarationBox"_s);
    m_declarationBanner->setAttribute(Qt::WA_StyledBackground);
    // The text colour is set with the background, so that a dark palette keeps it readable.
    m_declarationBanner->setStyleSheet(
        u"#declarationBox { background: #fff6e0; border: 1px solid #e0b040; border-radius: 4px; } #declarationBox QLabel { color: #4a3800; }"_s);
    auto *bannerLayout = new QHBoxLayout(m_declarationBanner);
    bannerLayout->addWidget(m_declarationLabel, 1);
    bannerLayout->addWidget(declaredButton, 0, Qt::AlignTop);

    auto *filterRow = new QVBoxLayout;
    filterRow->addWidget(m_declarationBanner);
    auto *filterLine = new QHBoxLayout;
    filterLine->addWidget(filterLabel);
    filterLine->addWidget(m_filterCombo);
    filterLine->addStretch(1);
    filterRow->addLayout(filterLine);

    m_model = new MeetingTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(u"meetingTable"_s);
    m_table->setModel(m_model);
    configureListView(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    const QList<std::pair<int, int>> widths {
        {MeetingTableModel::DateColumn, 130}, {MeetingTableModel::StatusColumn, 80}, {MeetingTableModel::AgendaColumn, 60}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // The text columns share what the window leaves: at 1024 px the title and the minutes' state
    // stay readable, at full screen the place is not cut while the title has room to spare.
    shareWidth(m_table,
        {{MeetingTableModel::KindColumn, 2, 110}, {MeetingTableModel::TitleColumn, 4, 160}, {MeetingTableModel::PlaceColumn, 4, 140},
            {MeetingTableModel::MinutesColumn, 2, 100}});
    connect(m_table, &QTableView::doubleClicked, this, &MeetingsPage::editMeeting);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingsPage::updateButtons);

    m_emptyLabel = makeEmptyListLabel(u"meetingsEmptyLabel"_s);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyLabel);
    layOutListPage(this, topRow, filterRow, m_listStack);

    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, &MeetingsPage::refresh);
    // Member names and the board are shown here too.
    connect(&m_db.notifier(), &ChangeNotifier::membersChanged, this, &MeetingsPage::refresh);
    connect(&m_db.notifier(), &ChangeNotifier::meetingsChanged, this, &MeetingsPage::refresh);
    setFocusProxy(m_table);
    refresh();
}

MeetingsPage::ShownMeetings MeetingsPage::shownMeetings() const
{
    return ShownMeetings(m_filterCombo->currentIndex());
}

void MeetingsPage::setShownMeetings(ShownMeetings shown)
{
    m_filterCombo->setCurrentIndex(int(shown));
}

void MeetingsPage::refresh()
{
    const qint64 selected = currentMeetingId();
    const auto shown = m_store.meetings(storeFilter(m_filterCombo->currentIndex()));
    const auto all = m_store.meetings(MeetingStore::Filter::All);
    QList<MeetingTableModel::Row> rows;
    if (!shown) {
        MessageBox::critical(this, tr("Réunions et assemblées"), shown.error().message);
    } else {
        for (const Meeting &meeting : *shown) {
            MeetingTableModel::Row row;
            row.meeting = meeting;
            if (const auto agenda = m_store.agenda(meeting.id))
                row.agendaItems = int(agenda->size());
            if (const auto minutes = m_store.minutes(meeting.id); minutes && !minutes->isEmpty()) {
                row.minutes = minutes->last();
                row.minutesLocked
                    = std::any_of(minutes->cbegin(), minutes->cend(), [](const assembly::Minutes &one) { return one.isLocked(); });
            }
            rows.append(row);
        }
    }
    m_model->setRows(rows);
    const int total = all ? int(all->size()) : int(rows.size());
    if (rows.isEmpty()) {
        m_emptyLabel->setText(total == 0 ? tr("Aucune réunion pour l'instant.\nCliquez sur « Nouvelle réunion… » pour préparer la "
                                              "prochaine assemblée générale ou un conseil d'administration.")
                                         : tr("Aucune réunion ne correspond à ce filtre."));
        m_listStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
    selectMeeting(selected);
    updateButtons();
    updateDeclarations();
    emit countChanged(int(rows.size()), total);
}

qint64 MeetingsPage::currentMeetingId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->meetingIdAt(current.row()) : 0;
}

void MeetingsPage::selectMeeting(qint64 meetingId)
{
    const int row = m_model->rowOfMeeting(meetingId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, MeetingTableModel::DateColumn));
    m_table->scrollTo(m_table->currentIndex());
}

void MeetingsPage::updateButtons()
{
    const bool selected = currentMeetingId() != 0;
    m_editButton->setEnabled(selected);
    m_inviteesButton->setEnabled(selected);
    const int row = m_model->rowOfMeeting(currentMeetingId());
    const bool kept = row >= 0 && m_model->rows().at(row).minutesLocked;
    m_removeButton->setEnabled(selected && !kept);
    m_removeButton->setToolTip(kept ? tr("Son procès-verbal est verrouillé\u00a0: la réunion est conservée avec lui.")
                                    : tr("Supprimer la réunion sélectionnée (Suppr)"));
    m_sessionButton->setEnabled(row >= 0 && m_model->rows().at(row).meeting.isAssembly());
}

void MeetingsPage::openSession()
{
    const qint64 id = currentMeetingId();
    const int row = m_model->rowOfMeeting(id);
    if (row < 0 || !m_model->rows().at(row).meeting.isAssembly())
        return;
    AssemblySession session(m_db, id, this);
    session.exec();
    refresh();
    selectMeeting(id);
}

void MeetingsPage::openInvitees()
{
    const qint64 id = currentMeetingId();
    if (id == 0)
        return;
    InviteesDialog dialog(m_db, id, this);
    dialog.exec();
    refresh();
    selectMeeting(id);
}

void MeetingsPage::updateDeclarations()
{
    const auto due = declarationsDue(m_db);
    if (!due) {
        // Better a banner saying the reminders could not be read than none at all.
        m_declarationLabel->setText(due.error().message);
        m_declarationBanner->show();
        return;
    }
    if (due->isEmpty()) {
        m_declarationBanner->hide();
        return;
    }
    const LegalRegime regime = StatutesProfile::load(m_db).regime;
    const QDate today = m_db.now().toLocalTime().date();
    QStringList lines;
    for (const DeclarationDue &one : *due)
        lines.append(declarationReminder(one, regime, today));
    m_declarationLabel->setText(lines.join(u'\n'));
    m_declarationBanner->show();
}

void MeetingsPage::declareDone()
{
    const auto due = declarationsDue(m_db);
    if (!due || due->isEmpty())
        return;
    DeclarationDialog dialog(*due, StatutesProfile::load(m_db).regime, m_db.now().toLocalTime().date(), this);
    if (dialog.exec() == QDialog::Accepted)
        recordDeclaration(dialog.meetingId(), dialog.declaredOn());
}

bool MeetingsPage::recordDeclaration(qint64 meetingId, const QDate &on)
{
    const auto recorded = m_store.recordDeclaration(meetingId, on);
    if (!recorded) {
        MessageBox::warning(this, tr("Déclaration faite"), recorded.error().message);
        return false;
    }
    refresh();
    return true;
}

void MeetingsPage::openDialog(qint64 meetingId)
{
    MeetingDialog dialog(m_db, meetingId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A new meeting may not pass the filter shown: show them all rather than lose it from sight.
    refresh();
    if (m_model->rowOfMeeting(dialog.meetingId()) < 0)
        setShownMeetings(AllMeetings);
    selectMeeting(dialog.meetingId());
}

void MeetingsPage::newMeeting()
{
    openDialog(0);
}

void MeetingsPage::editMeeting()
{
    if (const qint64 id = currentMeetingId())
        openDialog(id);
}

void MeetingsPage::removeSelected()
{
    if (const qint64 id = currentMeetingId())
        removeMeeting(id);
}

bool MeetingsPage::removeMeeting(qint64 meetingId)
{
    const int row = m_model->rowOfMeeting(meetingId);
    const QString title = tr("Supprimer la réunion");
    const QString name = row >= 0 ? m_model->rows().at(row).meeting.title : QString();
    // Said before asking: a question answered « Oui » and then refused is a trap.
    if (row >= 0 && m_model->rows().at(row).minutesLocked) {
        MessageBox::information(this, title,
            tr("« %1 » ne peut pas être supprimée\u00a0: son procès-verbal est verrouillé, la réunion est conservée avec lui.").arg(name));
        return false;
    }
    const auto answer = MessageBox::question(this, title,
        tr("Supprimer « %1 »\u00a0? Son ordre du jour, ses invités, sa feuille de présence et son procès-verbal en brouillon "
           "seront supprimés avec elle.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const auto removed = m_store.removeMeeting(meetingId);
    if (!removed) {
        MessageBox::warning(this, title, removed.error().message);
        return false;
    }
    refresh();
    return true;
}

} // namespace adhera
