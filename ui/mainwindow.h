// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MainWindow: one open member file at a time. It owns the Database and the repositories built
// on it, the undo stack of that file, and the pages (« Adhérents », « Personnes »,
// « Cotisations »). Opening another file swaps all of them at once; a file that fails to open
// leaves the current one in place.
// There is no "Enregistrer": every change is written to the file when it is made.
// Merges are the exception to the undo stack: the merge wizard and its undo (Historique des
// fusions) write the member file through the merge journal, so the stack is cleared after them
// rather than left holding commands about records a merge has changed.

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace adhera {

class Database;
class DuesPage;
class MeetingsPage;
class MemberDirectory;
class MemberFile;
class GuideDialog;
class MembersPage;
class MemberUndoStack;
class PeoplePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum NavigationRow { MembersRow, PeopleRow, DuesRow, MeetingsRow };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the file at path and shows it. On failure, says why through
    // MessageBox, keeps the current file and returns false.
    bool openDatabase(const QString &path);
    // Shows a database opened by the caller (e.g. just filled with demo data).
    void adoptDatabase(std::unique_ptr<Database> db);

    Database *database() const { return m_db.get(); }
    MemberFile *memberFile() const { return m_file.get(); }
    MembersPage *membersPage() const { return m_membersPage; }
    PeoplePage *peoplePage() const { return m_peoplePage; }
    DuesPage *duesPage() const { return m_duesPage; }
    MeetingsPage *meetingsPage() const { return m_meetingsPage; }
    // Shows the page of a sidebar entry (NavigationRow).
    void selectPage(int navigationRow);
    MemberUndoStack *undoStack() const { return m_undoStack; }
    QAction *importMergeAction() const { return m_importMergeAction; }
    QAction *mergeHistoryAction() const { return m_mergeHistoryAction; }
    QAction *clubSettingsAction() const { return m_clubSettingsAction; }
    QAction *feeScheduleAction() const { return m_feeScheduleAction; }
    // The notice shown above the member list while an import waits for review.
    QWidget *pendingImportBanner() const { return m_pendingImportBanner; }

    // Recent files, most recent first, missing ones left out (at most MaxRecentFiles).
    static QStringList recentFiles();
    static constexpr int MaxRecentFiles = 8;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildInterface();
    void updateTitle();
    void updateActions();
    void updateCount(int shown, int total);
    void updatePeopleCount(int shown, int total);
    void updateDuesCount(int shown, int total);
    void updateMeetingsCount(int shown, int total);
    void showPage(int navigationRow);
    void rememberRecentFile(const QString &path);
    void fillRecentMenu();

    void newFile();
    void openFile();
    void saveCopy();
    void editReferenceData();
    void editClubSettings();
    void editStatutes();
    void editFeeSchedules();
    // An action of the « Cotisations » menu: shows the dues page, then runs slot on it.
    QAction *duesAction(const QString &text, void (DuesPage::*slot)());
    QAction *meetingsAction(const QString &text, void (MeetingsPage::*slot)());
    // A write that no undoable command made: clears the undo history, which it may have made stale.
    void fenceUndo();
    void importAndMerge();
    void showMergeHistory();
    void updatePendingImport();
    void showAbout();
    // The guide of the main tasks (F1), beside the window; one at a time.
    void showGuide();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberFile> m_file;
    std::unique_ptr<MemberDirectory> m_directory;
    MemberUndoStack *m_undoStack = nullptr;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_noFileLabel = nullptr;
    MembersPage *m_membersPage = nullptr;
    PeoplePage *m_peoplePage = nullptr;
    DuesPage *m_duesPage = nullptr;
    MeetingsPage *m_meetingsPage = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QWidget *m_pendingImportBanner = nullptr;
    QLabel *m_pendingImportLabel = nullptr;
    QPushButton *m_resumeMergeButton = nullptr;

    QMenu *m_recentMenu = nullptr;
    QAction *m_newFileAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newPersonAction = nullptr;
    QAction *m_newOrganisationAction = nullptr;
    QAction *m_editMemberAction = nullptr;
    QAction *m_removeMemberAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_referenceDataAction = nullptr;
    QAction *m_importMergeAction = nullptr;
    QAction *m_mergeHistoryAction = nullptr;
    QAction *m_exportMembersAction = nullptr;
    int m_shownUndoIndex = 0; // the undo stack's index when its last change was told in the status bar
    QAction *m_clubSettingsAction = nullptr;
    QAction *m_statutesAction = nullptr;
    QAction *m_feeScheduleAction = nullptr;
    QList<QAction *> m_duesActions; // the « Cotisations » menu's actions on the dues page
    QList<QAction *> m_meetingsActions; // the « Réunions » menu's actions on the meetings page
    QList<QAction *> m_pageActions; // « Affichage »: one per page of the sidebar, Ctrl+1…4
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QPointer<GuideDialog> m_guide;
};

} // namespace adhera
