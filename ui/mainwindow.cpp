// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appicon.h"
#include "assembly/meetingspage.h"
#include "commands/membercommand.h"
#include "commands/memberundostack.h"
#include "db/database.h"
#include "dialogs/clubsettingsdialog.h"
#include "dialogs/guidedialog.h"
#include "dialogs/referencedatadialog.h"
#include "dialogs/statutesdialog.h"
#include "dues/duespage.h"
#include "dues/feescheduledialog.h"
#include "importing/importstore.h"
#include "members/memberdirectory.h"
#include "members/memberfile.h"
#include "merge/mergehistorydialog.h"
#include "merge/mergewizard.h"
#include "messagebox.h"
#include "models/membertablemodel.h"
#include "models/persontablemodel.h"
#include "pages/memberspage.h"
#include "pages/peoplepage.h"
#include "widgets/screenfit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

const QString RecentFilesKey = u"recentFiles"_s;
const QString GeometryKey = u"mainWindow/geometry"_s;
const char *const FileFilter = QT_TRANSLATE_NOOP("adhera::MainWindow", "Fichiers Adhera (*.adhera)");

QString sameFileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// Where file dialogs start: next to the open file.
QString startFolder(const Database *db)
{
    if (db)
        return QFileInfo(db->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_undoStack(new MemberUndoStack(this))
{
    buildActions();
    buildMenus();
    buildInterface();
    connect(m_undoStack, &MemberUndoStack::commandFailed, this, [this](const QString &action, const QString &reason) {
        MessageBox::critical(this, tr("Modification impossible"), tr("Impossible d'effectuer %1\u00a0:\n%2").arg(action, reason));
    });
    // Each saved record, undo or redo is confirmed where the eye goes next, without a box to close.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this](int index) {
        if (index > m_shownUndoIndex && index <= m_undoStack->count())
            statusBar()->showMessage(tr("Enregistré\u00a0: %1.").arg(m_undoStack->text(index - 1)), 8000);
        else if (index < m_shownUndoIndex && index < m_undoStack->count())
            statusBar()->showMessage(tr("Annulé\u00a0: %1.").arg(m_undoStack->text(index)), 8000);
        m_shownUndoIndex = index;
    });
    resize(fittedToScreen(this, QSize(1200, 760)));
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
    keepOnScreen(this);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The page and the commands refer to the file: they go before it.
    m_undoStack->clear();
    delete m_membersPage;
    delete m_peoplePage;
    delete m_duesPage;
    delete m_meetingsPage;
}

void MainWindow::buildActions()
{
    m_newFileAction = new QAction(tr("&Nouveau fichier…"), this);
    connect(m_newFileAction, &QAction::triggered, this, &MainWindow::newFile);

    m_openAction = new QAction(tr("&Ouvrir…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFile);

    m_saveCopyAction = new QAction(tr("Enregistrer une &copie…"), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);

    m_quitAction = new QAction(tr("&Quitter"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("Annuler"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("Rétablir"));
    QList<QKeySequence> redoKeys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redoAction->setShortcuts(redoKeys);

    m_newPersonAction = new QAction(tr("Nouvel adhérent indi&viduel…"), this);
    m_newPersonAction->setShortcut(QKeySequence::New);
    connect(m_newPersonAction, &QAction::triggered, this, [this] { m_membersPage->newPerson(); });

    m_newOrganisationAction = new QAction(tr("Nouvelle &organisation…"), this);
    m_newOrganisationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newOrganisationAction, &QAction::triggered, this, [this] { m_membersPage->newOrganisation(); });

    m_editMemberAction = new QAction(tr("&Modifier…"), this);
    m_editMemberAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editMemberAction, &QAction::triggered, this, [this] { m_membersPage->editCurrent(); });

    m_removeMemberAction = new QAction(tr("&Supprimer…"), this);
    m_removeMemberAction->setShortcut(QKeySequence::Delete);
    connect(m_removeMemberAction, &QAction::triggered, this, [this] { m_membersPage->removeSelected(); });

    m_referenceDataAction = new QAction(tr("&Catégories et clubs…"), this);
    connect(m_referenceDataAction, &QAction::triggered, this, &MainWindow::editReferenceData);

    m_importMergeAction = new QAction(tr("&Importer et fusionner des fichiers…"), this);
    m_importMergeAction->setObjectName(u"importMergeAction"_s);
    connect(m_importMergeAction, &QAction::triggered, this, &MainWindow::importAndMerge);

    m_mergeHistoryAction = new QAction(tr("&Historique des fusions…"), this);
    m_mergeHistoryAction->setObjectName(u"mergeHistoryAction"_s);
    connect(m_mergeHistoryAction, &QAction::triggered, this, &MainWindow::showMergeHistory);

    m_exportMembersAction = new QAction(tr("E&xporter la liste affichée…"), this);
    m_exportMembersAction->setObjectName(u"exportMembersAction"_s);
    connect(m_exportMembersAction, &QAction::triggered, this, [this] {
        selectPage(MembersRow);
        m_membersPage->exportList();
    });

    m_clubSettingsAction = new QAction(tr("&Paramètres de l'association…"), this);
    m_clubSettingsAction->setObjectName(u"clubSettingsAction"_s);
    connect(m_clubSettingsAction, &QAction::triggered, this, &MainWindow::editClubSettings);

    m_statutesAction = new QAction(tr("&Statuts de l'association…"), this);
    m_statutesAction->setObjectName(u"statutesAction"_s);
    connect(m_statutesAction, &QAction::triggered, this, &MainWindow::editStatutes);

    m_feeScheduleAction = new QAction(tr("&Barème des cotisations…"), this);
    m_feeScheduleAction->setObjectName(u"feeScheduleAction"_s);
    connect(m_feeScheduleAction, &QAction::triggered, this, &MainWindow::editFeeSchedules);

    m_duesActions = {duesAction(tr("É&mettre les appels…"), &DuesPage::issueCalls),
        duesAction(tr("&Enregistrer un paiement…"), &DuesPage::recordPayment),
        duesAction(tr("Annuler ou e&xonérer l'appel sélectionné…"), &DuesPage::changeCallState),
        duesAction(tr("&Paiements reçus et remise de chèques…"), &DuesPage::openPayments),
        duesAction(tr("&Relances…"), &DuesPage::openReminders),
        duesAction(tr("Cotisations réglées aux &anciens clubs…"), &DuesPage::openFormerClubDues),
        duesAction(tr("A&vis d'appel de l'exercice…"), &DuesPage::printYearNotices),
        duesAction(tr("Atte&stations de paiement de l'exercice…"), &DuesPage::printYearReceipts),
        duesAction(tr("Exporter l'é&tat des cotisations…"), &DuesPage::exportReport),
        duesAction(tr("Exporter le &journal des recettes…"), &DuesPage::exportJournal)};

    m_meetingsActions = {meetingsAction(tr("&Nouvelle réunion…"), &MeetingsPage::newMeeting),
        meetingsAction(tr("&Modifier la réunion…"), &MeetingsPage::editMeeting),
        meetingsAction(tr("&Invités et convocations…"), &MeetingsPage::openInvitees),
        meetingsAction(tr("&Séance…"), &MeetingsPage::openSession), meetingsAction(tr("&Déclaration faite…"), &MeetingsPage::declareDone)};

    // The sidebar's pages from the keyboard, in its order.
    const QStringList pageNames {tr("&Adhérents"), tr("&Personnes"), tr("&Cotisations"), tr("&Réunions")};
    for (int row = 0; row < pageNames.size(); ++row) {
        auto *action = new QAction(pageNames.at(row), this);
        action->setObjectName(u"pageAction%1"_s.arg(row));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { selectPage(row); });
        m_pageActions.append(action);
    }

    m_guideAction = new QAction(tr("&Guide des tâches courantes"), this);
    m_guideAction->setObjectName(u"guideAction"_s);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);

    m_aboutAction = new QAction(tr("À &propos d'Adhera"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&Fichier"));
    fileMenu->addAction(m_newFileAction);
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(tr("Fichiers &récents"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveCopyAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_clubSettingsAction);
    fileMenu->addAction(m_statutesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("É&dition"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);

    QMenu *membersMenu = menuBar()->addMenu(tr("&Adhérents"));
    membersMenu->addAction(m_newPersonAction);
    membersMenu->addAction(m_newOrganisationAction);
    membersMenu->addSeparator();
    membersMenu->addAction(m_editMemberAction);
    membersMenu->addAction(m_removeMemberAction);
    membersMenu->addAction(m_exportMembersAction);
    membersMenu->addSeparator();
    membersMenu->addAction(m_importMergeAction);
    membersMenu->addAction(m_mergeHistoryAction);
    membersMenu->addSeparator();
    membersMenu->addAction(m_referenceDataAction);

    QMenu *duesMenu = menuBar()->addMenu(tr("&Cotisations"));
    for (qsizetype i = 0; i < m_duesActions.size(); ++i) {
        if (i == 4 || i == 6 || i == 8) // between the calls and payments, the follow-up, the documents and the exports
            duesMenu->addSeparator();
        duesMenu->addAction(m_duesActions.at(i));
    }
    duesMenu->addSeparator();
    duesMenu->addAction(m_feeScheduleAction);

    QMenu *meetingsMenu = menuBar()->addMenu(tr("&Réunions"));
    for (QAction *action : std::as_const(m_meetingsActions))
        meetingsMenu->addAction(action);

    QMenu *viewMenu = menuBar()->addMenu(tr("Affic&hage"));
    for (QAction *action : std::as_const(m_pageActions))
        viewMenu->addAction(action);

    QMenu *helpMenu = menuBar()->addMenu(tr("Aid&e"));
    helpMenu->addAction(m_guideAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::buildInterface()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFrameShape(QFrame::NoFrame);
    // In the Tab order: the arrows then move between pages.
    m_navigation->setFocusPolicy(Qt::TabFocus);
    m_navigation->setFixedWidth(180);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(u"QListWidget#navigation { background: transparent; padding: 4px 8px; }"
                                u"QListWidget#navigation::item { padding: 7px 10px; border-radius: 5px; }"
                                u"QListWidget#navigation::item:selected { background: palette(highlight);"
                                u" color: palette(highlighted-text); }"_s);
    auto *membersItem = new QListWidgetItem(tr("Adhérents"), m_navigation);
    QFont itemFont = membersItem->font();
    itemFont.setPointSizeF(itemFont.pointSizeF() * 1.1);
    membersItem->setFont(itemFont);
    auto *peopleItem = new QListWidgetItem(tr("Personnes"), m_navigation);
    peopleItem->setFont(itemFont);
    auto *duesItem = new QListWidgetItem(tr("Cotisations"), m_navigation);
    duesItem->setFont(itemFont);
    auto *meetingsItem = new QListWidgetItem(tr("Réunions"), m_navigation);
    meetingsItem->setFont(itemFont);
    m_navigation->setCurrentItem(membersItem);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    auto *appName = new QLabel(u"Adhera"_s);
    QFont appFont = appName->font();
    appFont.setPointSizeF(appFont.pointSizeF() * 1.6);
    appFont.setBold(true);
    appName->setFont(appFont);
    auto *clubName = new QLabel(tr("Lorraine Contact Client"));
    clubName->setForegroundRole(QPalette::PlaceholderText);
    clubName->setWordWrap(true);

    auto *sidebar = new QWidget;
    sidebar->setObjectName(u"sidebar"_s);
    sidebar->setAutoFillBackground(true);
    QPalette sidebarPalette = sidebar->palette();
    sidebarPalette.setColor(QPalette::Window, sidebarPalette.color(QPalette::AlternateBase));
    sidebar->setPalette(sidebarPalette);
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 16, 0, 8);
    sidebarLayout->setSpacing(2);
    auto *logo = new QLabel;
    logo->setPixmap(ui::appIcon().pixmap(36, 36));
    auto *brandText = new QVBoxLayout;
    brandText->setSpacing(0);
    brandText->addWidget(appName);
    brandText->addWidget(clubName);
    auto *brandLayout = new QHBoxLayout;
    brandLayout->setContentsMargins(14, 0, 10, 14);
    brandLayout->setSpacing(10);
    brandLayout->addWidget(logo, 0, Qt::AlignTop);
    brandLayout->addLayout(brandText, 1);
    sidebarLayout->addLayout(brandLayout);
    sidebarLayout->addWidget(m_navigation, 1);

    m_noFileLabel = new QLabel(tr("Aucun fichier ouvert.\nOuvrez un fichier d'adhérents avec Fichier > Ouvrir."));
    m_noFileLabel->setAlignment(Qt::AlignCenter);
    m_noFileLabel->setForegroundRole(QPalette::PlaceholderText);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_noFileLabel);

    // Discreet: one line above the member list, in the sidebar's colour.
    m_pendingImportBanner = new QFrame;
    m_pendingImportBanner->setObjectName(u"pendingImportBanner"_s);
    m_pendingImportBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_pendingImportBanner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::AlternateBase));
    m_pendingImportBanner->setPalette(bannerPalette);
    m_pendingImportLabel = new QLabel;
    m_pendingImportLabel->setObjectName(u"pendingImportLabel"_s);
    m_resumeMergeButton = new QPushButton(tr("Reprendre la fusion"));
    m_resumeMergeButton->setObjectName(u"resumeMergeButton"_s);
    connect(m_resumeMergeButton, &QPushButton::clicked, this, &MainWindow::importAndMerge);
    auto *bannerLayout = new QHBoxLayout(m_pendingImportBanner);
    bannerLayout->setContentsMargins(12, 4, 12, 4);
    bannerLayout->addWidget(m_pendingImportLabel, 1);
    bannerLayout->addWidget(m_resumeMergeButton);
    m_pendingImportBanner->hide();

    auto *pagesColumn = new QWidget;
    auto *pagesLayout = new QVBoxLayout(pagesColumn);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    pagesLayout->addWidget(m_pendingImportBanner);
    pagesLayout->addWidget(m_pages, 1);

    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(separator);
    layout->addWidget(pagesColumn, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setContentsMargins(8, 0, 0, 0);
    m_fileLabel = new QLabel;
    m_fileLabel->setForegroundRole(QPalette::PlaceholderText);
    m_fileLabel->setContentsMargins(0, 0, 8, 0);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_fileLabel);
}

bool MainWindow::openDatabase(const QString &path)
{
    if (m_db && sameFileKey(path) == sameFileKey(m_db->path()))
        return true;
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        MessageBox::critical(this, tr("Ouverture impossible"),
            tr("Le fichier « %1 » n'a pas pu être ouvert\u00a0:\n%2\n\n"
               "Le fichier actuellement ouvert reste affiché.")
                .arg(QDir::toNativeSeparators(path), opened.error().message));
        return false;
    }
    adoptDatabase(std::move(*opened));
    return true;
}

void MainWindow::adoptDatabase(std::unique_ptr<Database> db)
{
    // Everything built on the previous file goes first: commands, page, repositories.
    m_undoStack->clear();
    for (QWidget *page : {static_cast<QWidget *>(m_membersPage), static_cast<QWidget *>(m_peoplePage), static_cast<QWidget *>(m_duesPage),
             static_cast<QWidget *>(m_meetingsPage)}) {
        if (page) {
            m_pages->removeWidget(page);
            delete page;
        }
    }
    m_membersPage = nullptr;
    m_peoplePage = nullptr;
    m_duesPage = nullptr;
    m_meetingsPage = nullptr;
    m_directory.reset();
    m_file.reset();
    m_db = std::move(db);

    if (m_db) {
        m_file = std::make_unique<MemberFile>(*m_db);
        m_directory = std::make_unique<MemberDirectory>(*m_db);
        m_membersPage = new MembersPage(*m_db, *m_file, *m_directory, *m_undoStack);
        connect(m_membersPage, &MembersPage::countChanged, this, &MainWindow::updateCount);
        connect(m_membersPage, &MembersPage::selectionChanged, this, &MainWindow::updateActions);
        m_pages->addWidget(m_membersPage);
        m_peoplePage = new PeoplePage(*m_db, *m_file, *m_undoStack);
        connect(m_peoplePage, &PeoplePage::countChanged, this, &MainWindow::updatePeopleCount);
        m_pages->addWidget(m_peoplePage);
        m_duesPage = new DuesPage(*m_db);
        connect(m_duesPage, &DuesPage::countChanged, this, &MainWindow::updateDuesCount);
        connect(m_duesPage, &DuesPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        m_pages->addWidget(m_duesPage);
        m_meetingsPage = new MeetingsPage(*m_db);
        connect(m_meetingsPage, &MeetingsPage::countChanged, this, &MainWindow::updateMeetingsCount);
        m_pages->addWidget(m_meetingsPage);
        connect(&m_db->notifier(), &ChangeNotifier::membersChanged, this, &MainWindow::updatePendingImport);
        // Undo is fenced: a write by anything else than an undoable command clears the history.
        for (const auto signal : {&ChangeNotifier::membersChanged, &ChangeNotifier::referenceDataChanged, &ChangeNotifier::meetingsChanged,
                 &ChangeNotifier::duesChanged})
            connect(&m_db->notifier(), signal, this, &MainWindow::fenceUndo);
        rememberRecentFile(m_db->path());
        showPage(m_navigation->currentRow());
    } else {
        m_pages->setCurrentWidget(m_noFileLabel);
        m_countLabel->clear();
    }
    updateTitle();
    updateActions();
    updatePendingImport();
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(u"Adhera"_s);
        m_fileLabel->clear();
        return;
    }
    setWindowTitle(tr("Adhera — %1").arg(QFileInfo(m_db->path()).fileName()));
    m_fileLabel->setText(QDir::toNativeSeparators(m_db->path()));
}

void MainWindow::updateActions()
{
    const bool open = m_membersPage != nullptr;
    const bool selected = open && m_membersPage->hasSelection();
    m_saveCopyAction->setEnabled(open);
    m_newPersonAction->setEnabled(open);
    m_newOrganisationAction->setEnabled(open);
    m_editMemberAction->setEnabled(selected);
    m_removeMemberAction->setEnabled(selected);
    m_referenceDataAction->setEnabled(open);
    m_importMergeAction->setEnabled(open);
    m_mergeHistoryAction->setEnabled(open);
    m_exportMembersAction->setEnabled(open);
    m_clubSettingsAction->setEnabled(open);
    m_statutesAction->setEnabled(open);
    m_feeScheduleAction->setEnabled(open);
    for (QAction *action : std::as_const(m_duesActions))
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_meetingsActions))
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_pageActions))
        action->setEnabled(open);
}

QAction *MainWindow::duesAction(const QString &text, void (DuesPage::*slot)())
{
    auto *action = new QAction(text, this);
    connect(action, &QAction::triggered, this, [this, slot] {
        if (!m_duesPage)
            return;
        selectPage(DuesRow);
        (m_duesPage->*slot)();
    });
    return action;
}

void MainWindow::fenceUndo()
{
    if (MemberCommand::isRunning() || m_undoStack->count() == 0)
        return;
    // What the history would restore may have been changed since (the board an election
    // installed, a merged person, a payment): it can no longer be undone safely.
    m_undoStack->clear();
    statusBar()->showMessage(tr("Le fichier a été modifié en dehors des fiches\u00a0: les modifications précédentes ne peuvent plus être "
                                "annulées."),
        15000);
}

QAction *MainWindow::meetingsAction(const QString &text, void (MeetingsPage::*slot)())
{
    auto *action = new QAction(text, this);
    connect(action, &QAction::triggered, this, [this, slot] {
        if (!m_meetingsPage)
            return;
        selectPage(MeetingsRow);
        (m_meetingsPage->*slot)();
    });
    return action;
}

void MainWindow::editClubSettings()
{
    if (!m_db)
        return;
    ClubSettingsDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::editStatutes()
{
    if (!m_db)
        return;
    StatutesDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::editFeeSchedules()
{
    if (!m_db)
        return;
    const int year = m_duesPage ? m_duesPage->financialYear() : m_db->now().date().year();
    FeeScheduleDialog dialog(*m_db, year, this);
    // The page shows the year whose schedule was just saved.
    if (dialog.exec() == QDialog::Accepted && m_duesPage)
        m_duesPage->setFinancialYear(dialog.financialYear());
}

void MainWindow::showPage(int row)
{
    if (!m_db)
        return;
    QWidget *page = m_membersPage;
    if (row == PeopleRow)
        page = m_peoplePage;
    else if (row == DuesRow)
        page = m_duesPage;
    else if (row == MeetingsRow)
        page = m_meetingsPage;
    m_pages->setCurrentWidget(page);
    updatePendingImport();
    if (page == m_peoplePage)
        updatePeopleCount(m_peoplePage->model()->rowCount(), m_peoplePage->model()->totalCount());
    else if (page == m_duesPage)
        m_duesPage->refresh(); // emits countChanged
    else if (page == m_meetingsPage)
        m_meetingsPage->refresh(); // emits countChanged
    else
        updateCount(m_membersPage->model()->rowCount(), m_membersPage->model()->totalCount());
    page->setFocus(Qt::OtherFocusReason);
}

void MainWindow::selectPage(int navigationRow)
{
    m_navigation->setCurrentRow(navigationRow);
}

void MainWindow::updateDuesCount(int shown, int total)
{
    if (m_pages->currentWidget() != m_duesPage)
        return;
    const QLocale locale;
    if (total == 0)
        m_countLabel->setText(tr("Aucun appel pour cet exercice"));
    else if (shown <= 1) // French: 0 and 1 take the singular
        m_countLabel->setText(tr("%1 appel affiché sur %2").arg(locale.toString(shown), locale.toString(total)));
    else
        m_countLabel->setText(tr("%1 appels affichés sur %2").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::updateMeetingsCount(int shown, int total)
{
    if (m_pages->currentWidget() != m_meetingsPage)
        return;
    const QLocale locale;
    if (total == 0)
        m_countLabel->setText(tr("Aucune réunion"));
    else if (shown <= 1) // French: 0 and 1 take the singular
        m_countLabel->setText(tr("%1 réunion affichée sur %2").arg(locale.toString(shown), locale.toString(total)));
    else
        m_countLabel->setText(tr("%1 réunions affichées sur %2").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::updatePeopleCount(int shown, int total)
{
    if (m_pages->currentWidget() != m_peoplePage)
        return;
    const QLocale locale;
    if (total == 0)
        m_countLabel->setText(tr("Aucune personne"));
    else if (shown <= 1) // French: 0 and 1 take the singular
        m_countLabel->setText(tr("%1 personne affichée sur %2").arg(locale.toString(shown), locale.toString(total)));
    else
        m_countLabel->setText(tr("%1 personnes affichées sur %2").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::updateCount(int shown, int total)
{
    if (m_pages->currentWidget() != m_membersPage)
        return;
    const QLocale locale;
    if (total == 0)
        m_countLabel->setText(tr("Aucun adhérent"));
    else if (shown <= 1) // French: 0 and 1 take the singular
        m_countLabel->setText(tr("%1 adhérent affiché sur %2").arg(locale.toString(shown), locale.toString(total)));
    else
        m_countLabel->setText(tr("%1 adhérents affichés sur %2").arg(locale.toString(shown), locale.toString(total)));
}

QStringList MainWindow::recentFiles()
{
    QStringList files;
    const QStringList stored = QSettings().value(RecentFilesKey).toStringList();
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !files.contains(path))
            files.append(path);
    return files.mid(0, MaxRecentFiles);
}

void MainWindow::rememberRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(RecentFilesKey, files.mid(0, MaxRecentFiles));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    // Missing files are forgotten for good.
    QSettings().setValue(RecentFilesKey, files);
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = m_recentMenu->addAction(u"&%1  %2"_s.arg(i + 1).arg(QFileInfo(path).fileName().replace(u'&', u"&&"_s)));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("Aucun fichier récent"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Effacer la liste")), &QAction::triggered, this, [] { QSettings().remove(RecentFilesKey); });
}

void MainWindow::newFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Nouveau fichier d'adhérents"),
        QDir(startFolder(m_db.get())).filePath(tr("adherents.adhera")), tr(FileFilter), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".adhera"_s;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("Nouveau fichier"),
            tr("Le fichier « %1 » existe déjà.\nPour le rouvrir, utilisez Fichier > Ouvrir.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Ouvrir un fichier d'adhérents"), startFolder(m_db.get()), tr(FileFilter));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveCopy()
{
    if (!m_db)
        return;
    const QFileInfo current(m_db->path());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Enregistrer une copie"), current.dir().filePath(tr("%1 (copie).adhera").arg(current.completeBaseName())), tr(FileFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".adhera"_s;
    if (sameFileKey(path) == sameFileKey(m_db->path())) {
        MessageBox::warning(this, tr("Enregistrer une copie"), tr("Choisissez un autre nom que celui du fichier ouvert."));
        return;
    }
    // The file dialog has already asked before replacing an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        MessageBox::critical(
            this, tr("Enregistrer une copie"), tr("Le fichier « %1 » ne peut pas être remplacé.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (const Result<void> copied = m_db->copyTo(path); !copied) {
        MessageBox::critical(
            this, tr("Enregistrer une copie"), tr("La copie n'a pas pu être enregistrée\u00a0:\n%1").arg(copied.error().message));
        return;
    }
    statusBar()->showMessage(tr("Copie enregistrée dans « %1 »").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::editReferenceData()
{
    if (!m_file)
        return;
    ReferenceDataDialog dialog(*m_file, this);
    dialog.exec();
}

void MainWindow::importAndMerge()
{
    if (!m_db)
        return;
    MergeWizard wizard(*m_db, this);
    const bool merged = wizard.exec() == QDialog::Accepted;
    updatePendingImport();
    if (!merged)
        return;
    m_undoStack->clear();
    statusBar()->showMessage(tr("Fusion enregistrée\u00a0; elle s'annule par Adhérents > Historique des fusions."), 15000);
}

void MainWindow::showMergeHistory()
{
    if (!m_db)
        return;
    MergeHistoryDialog dialog(*m_db, this);
    connect(&dialog, &MergeHistoryDialog::mergeUndone, this, [this] {
        m_undoStack->clear();
        statusBar()->showMessage(tr("Fusion annulée\u00a0: ses lignes attendent une nouvelle vérification."), 15000);
    });
    dialog.exec();
}

void MainWindow::updatePendingImport()
{
    int pending = 0;
    if (m_db) {
        // A file that cannot be read here says so elsewhere; the notice just stays hidden.
        pending = importing::ImportStore(*m_db).pendingRowCount().value_or(0);
    }
    if (pending == 1)
        m_pendingImportLabel->setText(tr("1 ligne importée attend d'être vérifiée."));
    else
        m_pendingImportLabel->setText(tr("%1 lignes importées attendent d'être vérifiées.").arg(QLocale().toString(pending)));
    m_pendingImportBanner->setVisible(pending > 0 && m_membersPage && m_pages->currentWidget() == m_membersPage);
}

void MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new GuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("À propos d'Adhera"),
        tr("<h3>Adhera %1</h3>"
           "<p>Gestion des adhérents, des cotisations, des réunions et des assemblées générales "
           "de Lorraine Contact Client (L2C).</p>"
           "<p>Logiciel libre distribué sous licence GNU GPL version 3 ou ultérieure.</p>")
            .arg(QLatin1StringView(ADHERA_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace adhera
