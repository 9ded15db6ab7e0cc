// SPDX-License-Identifier: GPL-3.0-or-later
#include "assemblysession.h"

#include "assembly/attendancesheet.h"
#include "assembly/attendancesheetpdf.h"
#include "assembly/minutesdraft.h"
#include "assembly/minutespdf.h"
#include "assembly/votingrights.h"
#include "boardelectiondialog.h"
#include "db/database.h"
#include "dialogs/editorsupport.h"
#include "documentfiles.h"
#include "dues/duespdf.h"
#include "i18n/displayformat.h"
#include "io/filenames.h"
#include "members/memberdirectory.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "settings/clubidentity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextCursor>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

namespace {

enum Column { NameColumn, VoterColumn, RightColumn, PresenceColumn, ArrivalColumn, DepartureColumn, VotesColumn, ColumnCount };

const QString green = u"#1e7b34"_s;
const QString red = u"#b03a2e"_s;

// Lower case without accents, so that « helene » finds « Hélène ».
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    return out;
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? clockTime(at.toLocalTime().time()) : QString();
}

QString bannerStyle(bool met)
{
    return met ? u"QLabel { background: #dff3e3; color: #14532d; border: 1px solid #7cc08d; border-radius: 4px; padding: 8px; }"_s
               : u"QLabel { background: #fde8cf; color: #7a3e00; border: 1px solid #eba35a; border-radius: 4px; padding: 8px; }"_s;
}

// « pour 3, contre 1, abstentions 0 », with blank and spoiled ballots when there are any.
QString countSummary(const VoteCount &count)
{
    QString text = AssemblySession::tr("pour %1, contre %2, abstentions %3").arg(count.inFavour).arg(count.against).arg(count.abstentions);
    if (count.blank != 0 || count.spoiled != 0)
        text += AssemblySession::tr(", blancs %1, nuls %2").arg(count.blank).arg(count.spoiled);
    return text;
}

QLabel *boldLabel(const QString &text = QString())
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

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

    // Émargement
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
    m_timeEdit->setDisplayFormat(u"HH:mm"_s);
    m_timeEdit->setEnabled(false);
    m_timeEdit->setToolTip(tr("L'heure d'une arrivée, d'un départ ou d'un vote noté après coup"));
    connect(m_nowCheck, &QCheckBox::toggled, this, [this](bool now) {
        m_timeEdit->setEnabled(!now);
        if (!now)
            m_timeEdit->setTime(m_db.now().toLocalTime().time());
        updateQuorum();
        fillAttendance();
    });
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, [this] {
        updateQuorum();
        fillAttendance();
    });

    m_attendanceTable = new QTableWidget(0, ColumnCount);
    m_attendanceTable->setObjectName(u"attendanceTable"_s);
    m_attendanceTable->setHorizontalHeaderLabels(
        {tr("Membre"), tr("Votant"), tr("Droit de vote"), tr("Présence"), tr("Arrivée"), tr("Départ"), tr("Voix")});
    m_attendanceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendanceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendanceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendanceTable->verticalHeader()->hide();
    m_attendanceTable->setAlternatingRowColors(true);
    m_attendanceTable->setWordWrap(false);
    QHeaderView *header = m_attendanceTable->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VoterColumn, QHeaderView::Stretch);
    for (const auto &[column, width] :
        {std::pair {RightColumn, 240}, {PresenceColumn, 290}, {ArrivalColumn, 75}, {DepartureColumn, 75}, {VotesColumn, 55}})
        header->resizeSection(column, width);
    connect(m_attendanceTable, &QTableWidget::itemSelectionChanged, this, &AssemblySession::updateSheetButtons);
    connect(m_attendanceTable, &QTableWidget::itemDoubleClicked, this, &AssemblySession::markSelectedPresent);

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

    // Votes
    m_itemList = new QListWidget;
    m_itemList->setObjectName(u"itemList"_s);
    m_itemList->setWordWrap(true);
    m_itemList->setSpacing(3);
    connect(m_itemList, &QListWidget::currentRowChanged, this, &AssemblySession::showItem);

    m_itemTitleLabel = boldLabel();
    m_itemTitleLabel->setObjectName(u"itemTitleLabel"_s);
    m_itemBodyLabel = new QLabel;
    m_itemBodyLabel->setObjectName(u"itemBodyLabel"_s);
    m_itemBodyLabel->setWordWrap(true);
    m_itemBodyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ruleLabel = new QLabel;
    m_ruleLabel->setObjectName(u"ruleLabel"_s);
    m_ruleLabel->setWordWrap(true);

    const auto spin = [](const QString &name) {
        auto *box = new QSpinBox;
        box->setObjectName(name);
        box->setRange(0, 999999);
        box->setMinimumWidth(90);
        return box;
    };
    m_forSpin = spin(u"forSpin"_s);
    m_againstSpin = spin(u"againstSpin"_s);
    m_abstentionSpin = spin(u"abstentionSpin"_s);
    m_blankSpin = spin(u"blankSpin"_s);
    m_spoiledSpin = spin(u"spoiledSpin"_s);
    m_castingCombo = new QComboBox;
    m_castingCombo->setObjectName(u"castingCombo"_s);
    m_castingCombo->addItem(tr("Non utilisée"), -1);
    m_castingCombo->addItem(tr("Pour l'adoption"), 1);
    m_castingCombo->addItem(tr("Contre l'adoption"), 0);
    m_castingCombo->setToolTip(tr("Départage une égalité des voix, vote public seulement"));
    m_castingLabel = new QLabel(tr("Voix &prépondérante du président\u00a0:"));
    m_castingLabel->setBuddy(m_castingCombo);

    auto *countForm = new QFormLayout;
    countForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    countForm->addRow(tr("P&our\u00a0:"), m_forSpin);
    countForm->addRow(tr("&Contre\u00a0:"), m_againstSpin);
    countForm->addRow(tr("Abs&tentions\u00a0:"), m_abstentionSpin);
    countForm->addRow(tr("B&lancs\u00a0:"), m_blankSpin);
    countForm->addRow(tr("N&uls\u00a0:"), m_spoiledSpin);
    countForm->addRow(m_castingLabel, m_castingCombo);
    m_correctionEdit = new QLineEdit;
    m_correctionEdit->setObjectName(u"correctionEdit"_s);
    m_correctionEdit->setPlaceholderText(tr("ex.\u00a0: voix pour et contre inversées à la saisie"));
    // The form keeps fields at their size hint: wide enough for a sentence.
    m_correctionEdit->setMinimumWidth(m_correctionEdit->fontMetrics().horizontalAdvance(m_correctionEdit->placeholderText()) + 40);
    m_correctionLabel = new QLabel(tr("&Motif de la correction\u00a0:"));
    m_correctionLabel->setBuddy(m_correctionEdit);
    countForm->addRow(m_correctionLabel, m_correctionEdit);

    m_recordVoteButton = new QPushButton(tr("&Enregistrer le vote"));
    m_recordVoteButton->setObjectName(u"recordVoteButton"_s);
    connect(m_recordVoteButton, &QPushButton::clicked, this, &AssemblySession::recordShownVote);
    m_outcomeLabel = new QLabel;
    m_outcomeLabel->setObjectName(u"outcomeLabel"_s);
    m_outcomeLabel->setWordWrap(true);
    m_boardButton = new QPushButton(tr("Co&nseil élu…"));
    m_boardButton->setObjectName(u"boardButton"_s);
    m_boardButton->setToolTip(tr("Inscrit dans le fichier le conseil que l'élection a composé"));
    connect(m_boardButton, &QPushButton::clicked, this, &AssemblySession::openBoardElection);

    auto *countBox = new QGroupBox(tr("Résultat du vote"));
    auto *countLayout = new QVBoxLayout(countBox);
    countLayout->addLayout(countForm);
    countLayout->addWidget(m_recordVoteButton, 0, Qt::AlignLeft);

    auto *itemPane = new QWidget;
    auto *itemLayout = new QVBoxLayout(itemPane);
    itemLayout->addWidget(m_itemTitleLabel);
    itemLayout->addWidget(m_itemBodyLabel);
    itemLayout->addWidget(m_ruleLabel);
    itemLayout->addWidget(countBox);
    itemLayout->addWidget(m_outcomeLabel);
    itemLayout->addWidget(m_boardButton, 0, Qt::AlignLeft);
    itemLayout->addStretch(1);

    auto *votesSplitter = new QSplitter;
    votesSplitter->addWidget(m_itemList);
    votesSplitter->addWidget(itemPane);
    votesSplitter->setStretchFactor(0, 2);
    votesSplitter->setStretchFactor(1, 3);
    votesSplitter->setChildrenCollapsible(false);

    // Procès-verbal
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

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"sessionTabs"_s);
    m_tabs->addTab(m_sheetStack, tr("Émargement"));
    m_tabs->addTab(votesSplitter, tr("Votes"));
    m_tabs->addTab(minutesPage, tr("Procès-verbal"));

    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close);
    closeButtons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quorumBanner);
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

void AssemblySession::fillAttendance()
{
    m_sheetStack->setCurrentIndex(m_rows.isEmpty() ? 0 : 1);
    const qint64 selected = selectedMembershipId();
    const QDateTime at = pointingTime();
    const QHash<qint64, int> held = votesHeld(MeetingStore::toAttendees(m_rows), m_profile, at);
    const QColor muted = palette().color(QPalette::PlaceholderText);

    const QSignalBlocker blocker(m_attendanceTable);
    m_attendanceTable->setRowCount(int(m_rows.size()));
    for (int line = 0; line < m_rows.size(); ++line) {
        const AttendanceRow &row = m_rows.at(line);
        QString voter = personName(row.voterPersonId);
        const bool noVoter = voter.isEmpty();
        if (noVoter)
            voter = tr("aucun représentant désigné");
        QString presence = label(row.presence);
        if (row.presence == Presence::Represented) {
            presence = tr("Représenté par %1").arg(holderName(row.proxyHolderId));
        }
        const QString votes = held.contains(row.membershipId) ? QString::number(held.value(row.membershipId)) : QString();
        const QStringList cells {
            row.name, voter, row.entitled ? tr("oui") : row.reason, presence, timeText(row.arrivedAt), timeText(row.leftAt), votes};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(
                column == RightColumn && !row.rightNote.isEmpty() ? cells.at(column) + u" — "_s + row.rightNote : cells.at(column));
            if (column == NameColumn)
                item->setData(Qt::UserRole, row.membershipId);
            if ((column == VoterColumn && noVoter) || (column == RightColumn && !row.entitled))
                item->setForeground(muted);
            if (column == PresenceColumn && row.presence != Presence::Absent) {
                item->setForeground(QColor(row.leftAt.isValid() ? muted : QColor(green)));
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            if (column >= ArrivalColumn)
                item->setTextAlignment(Qt::AlignCenter);
            m_attendanceTable->setItem(line, column, item);
        }
        if (row.membershipId == selected)
            m_attendanceTable->selectRow(line);
    }
    applyFilter();
    updateSheetButtons();
}

void AssemblySession::applyFilter()
{
    const QStringList words = folded(m_searchEdit->text()).split(u' ', Qt::SkipEmptyParts);
    for (int line = 0; line < m_attendanceTable->rowCount(); ++line) {
        const QString haystack
            = folded(m_attendanceTable->item(line, NameColumn)->text() + u' ' + m_attendanceTable->item(line, VoterColumn)->text());
        const bool shown = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return haystack.contains(word); });
        m_attendanceTable->setRowHidden(line, !shown);
    }
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
    const QString counts = tr("À %1\u00a0: %2 présent(s), %3 représenté(s), sur %4 membre(s) ayant le droit de vote.")
                               .arg(timeText(at))
                               .arg(status->presentCount)
                               .arg(status->representedCount)
                               .arg(status->eligibleCount);
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

qint64 AssemblySession::selectedMembershipId() const
{
    const QList<QTableWidgetItem *> selected = m_attendanceTable->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_attendanceTable->item(selected.first()->row(), NameColumn);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
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

bool AssemblySession::refuseWhenLocked(const QString &title)
{
    if (!m_locked)
        return false;
    MessageBox::warning(this, title,
        tr("Le procès-verbal de la séance est verrouillé\u00a0: la feuille de présence et les votes ne "
           "changent plus."));
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

void AssemblySession::fillItems()
{
    const qint64 selected = selectedItemId();
    const QSignalBlocker blocker(m_itemList);
    m_itemList->clear();
    int current = 0;
    for (const AgendaItem &item : std::as_const(m_agenda)) {
        if (!isVotable(item.kind))
            continue;
        QString text = tr("%1. %2").arg(item.position).arg(item.title);
        auto *entry = new QListWidgetItem;
        entry->setData(Qt::UserRole, item.id);
        if (const auto vote = m_votes.constFind(item.id); vote != m_votes.cend()) {
            text += u'\n' + (vote->adopted ? tr("adoptée") : tr("rejetée"));
            entry->setForeground(QColor(vote->adopted ? green : red));
        } else {
            text += u'\n' + tr("à voter");
        }
        entry->setText(text);
        if (item.id == selected)
            current = m_itemList->count();
        m_itemList->addItem(entry);
    }
    if (m_itemList->count() > 0)
        m_itemList->setCurrentRow(current);
    showItem();
}

qint64 AssemblySession::selectedItemId() const
{
    const QListWidgetItem *entry = m_itemList->currentItem();
    return entry ? entry->data(Qt::UserRole).toLongLong() : 0;
}

void AssemblySession::showItem()
{
    const qint64 id = selectedItemId();
    const auto item = std::find_if(m_agenda.cbegin(), m_agenda.cend(), [id](const AgendaItem &candidate) { return candidate.id == id; });
    const bool shown = item != m_agenda.cend();
    const bool editable = shown && !m_locked;
    for (QWidget *widget : {static_cast<QWidget *>(m_forSpin), static_cast<QWidget *>(m_againstSpin),
             static_cast<QWidget *>(m_abstentionSpin), static_cast<QWidget *>(m_blankSpin), static_cast<QWidget *>(m_spoiledSpin),
             static_cast<QWidget *>(m_castingCombo), static_cast<QWidget *>(m_recordVoteButton), static_cast<QWidget *>(m_correctionEdit)})
        widget->setEnabled(editable);
    m_boardButton->setVisible(shown && item->kind == AgendaItemKind::Election && m_votes.contains(id) && m_votes.value(id).adopted);
    if (!shown) {
        m_itemTitleLabel->setText(tr("Aucune résolution ni élection à l'ordre du jour."));
        m_itemBodyLabel->clear();
        m_ruleLabel->clear();
        m_outcomeLabel->clear();
        m_outcomeLabel->setStyleSheet(QString());
        return;
    }
    m_itemTitleLabel->setText(tr("%1. %2 (%3)").arg(item->position).arg(item->title, label(item->kind).toLower()));
    m_itemBodyLabel->setText(item->body);
    const auto vote = m_votes.constFind(id);
    const bool voted = vote != m_votes.cend();
    const ResolutionRule rule = voted ? vote->rule : m_profile.majority(item->resolutionKind);
    QString ruleText
        = tr("Règle des statuts\u00a0: %1 des %2 (%3).").arg(label(rule.threshold), label(rule.basis), label(item->resolutionKind));
    if (item->secretBallot)
        ruleText += u' ' + tr("Vote à bulletin secret\u00a0: seuls les totaux sont enregistrés.");
    // A recorded vote is shown with the votes it was decided on; otherwise the room at the
    // check-in time.
    if (voted) {
        ruleText += u'\n'
            + tr("Au moment du vote, %1 voix pouvaient s'exprimer\u00a0: %2 présente(s), %3 représentée(s).")
                  .arg(vote->body.presentWeight + vote->body.representedWeight)
                  .arg(vote->body.presentWeight)
                  .arg(vote->body.representedWeight);
    } else if (const auto quorum = m_store.quorum(m_meetingId, pointingTime()); quorum && !m_rows.isEmpty()) {
        ruleText += u'\n'
            + tr("À %1, %2 voix peuvent s'exprimer\u00a0: %3 présente(s), %4 représentée(s).")
                  .arg(timeText(pointingTime()))
                  .arg(quorum->countedWeight())
                  .arg(quorum->presentWeight)
                  .arg(quorum->representedWeight);
    }
    m_ruleLabel->setText(ruleText);

    const bool casting = m_profile.chairHasCastingVote && !item->secretBallot
        && (rule.threshold == Threshold::Simple || rule.threshold == Threshold::Absolute);
    m_castingLabel->setVisible(casting);
    m_castingCombo->setVisible(casting);

    // A recorded result is corrected, never overwritten: the button says so and asks why.
    m_recordVoteButton->setText(voted ? tr("Corri&ger le vote…") : tr("&Enregistrer le vote"));
    m_correctionLabel->setVisible(voted);
    m_correctionEdit->setVisible(voted);
    m_correctionEdit->clear();

    const VoteCount count = voted ? vote->count : VoteCount {};
    m_forSpin->setValue(count.inFavour);
    m_againstSpin->setValue(count.against);
    m_abstentionSpin->setValue(count.abstentions);
    m_blankSpin->setValue(count.blank);
    m_spoiledSpin->setValue(count.spoiled);
    m_castingCombo->setCurrentIndex(voted && vote->chairCastingVoteFor ? m_castingCombo->findData(*vote->chairCastingVoteFor ? 1 : 0) : 0);
    if (voted) {
        m_outcomeLabel->setText(u"<b>%1</b><br>%2"_s.arg(
            (vote->adopted ? tr("Résolution adoptée") : tr("Résolution rejetée")).toHtmlEscaped(), vote->explanation.toHtmlEscaped()));
        const QString colour = vote->adopted ? green : red;
        m_outcomeLabel->setStyleSheet(
            u"QLabel { color: %1; border: 1px solid %1; border-radius: 4px; padding: 8px; background: %2; }"_s.arg(
                colour, vote->adopted ? u"#eef8f0"_s : u"#fbeeed"_s));
    } else {
        m_outcomeLabel->setText(tr("Pas encore voté."));
        m_outcomeLabel->setStyleSheet(QString());
    }
}

void AssemblySession::recordShownVote()
{
    const qint64 id = selectedItemId();
    if (id == 0)
        return;
    const VoteCount count {
        m_forSpin->value(), m_againstSpin->value(), m_abstentionSpin->value(), m_blankSpin->value(), m_spoiledSpin->value()};
    std::optional<bool> casting;
    if (m_castingCombo->isVisible() && m_castingCombo->currentData().toInt() >= 0)
        casting = m_castingCombo->currentData().toInt() == 1;
    const auto earlier = m_votes.constFind(id);
    if (earlier == m_votes.cend()) {
        recordVoteFor(id, count, casting);
        return;
    }
    const QString title = tr("Corriger le vote");
    const QString reason = m_correctionEdit->text().trimmed();
    if (reason.isEmpty()) {
        MessageBox::warning(
            this, title, tr("Indiquez le motif de la correction\u00a0: le premier résultat et ce motif resteront au procès-verbal."));
        m_correctionEdit->setFocus();
        return;
    }
    if (MessageBox::question(this, title,
            tr("Corriger le vote enregistré à %1\u00a0?\n\nPremier résultat\u00a0: %2 — %3.\nNouveau décompte\u00a0: %4.\n\nLe premier "
               "résultat reste au procès-verbal avec le motif\u00a0: « %5 ».")
                .arg(timeText(earlier->recordedAt), countSummary(earlier->count),
                    earlier->adopted ? tr("résolution adoptée") : tr("résolution rejetée"), countSummary(count), reason))
        != QMessageBox::Yes)
        return;
    recordVoteFor(id, count, casting, reason);
}

bool AssemblySession::recordVoteFor(
    qint64 agendaItemId, const VoteCount &count, std::optional<bool> chairCastingVoteFor, const QString &correctionReason)
{
    const auto recorded = m_store.recordVote(agendaItemId, count, chairCastingVoteFor, pointingTime(), correctionReason);
    if (!recorded) {
        MessageBox::warning(this, tr("Vote"), recorded.error().message);
        return false;
    }
    m_votes.insert(agendaItemId, *recorded);
    updateQuorum();
    for (int row = 0; row < m_itemList->count(); ++row)
        if (m_itemList->item(row)->data(Qt::UserRole).toLongLong() == agendaItemId) {
            const QSignalBlocker blocker(m_itemList);
            m_itemList->setCurrentRow(row);
        }
    fillItems();
    return true;
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

void AssemblySession::openBoardElection()
{
    BoardElectionDialog dialog(m_db, m_meeting, this);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(this, tr("Conseil élu"),
            tr("La composition du conseil est enregistrée dans le fichier des membres\u00a0: %1").arg(dialog.changeText()));
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
