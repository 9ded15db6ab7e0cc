// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MembersPage: the member list with its search box and filters, and the entry point to the
// editors. The search re-queries the database on every keystroke (MemberDirectory is indexed,
// so this stays instant at 100,000 members). Every change goes through the undo stack; the
// list follows the file through ChangeNotifier, so it shows changes made elsewhere too.

#include "io/tablefile.h"
#include "members/memberdirectory.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace adhera {

class MemberUndoStack;

class Database;
class MemberFile;
class MemberTableModel;

class MembersPage final : public QWidget
{
    Q_OBJECT

public:
    MembersPage(Database &db, MemberFile &file, MemberDirectory &directory, MemberUndoStack &undoStack, QWidget *parent = nullptr);
    ~MembersPage() override;

    MemberTableModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QTableView *memberTable() const { return m_memberTable; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *categoryFilter() const { return m_categoryFilter; }
    QComboBox *originClubFilter() const { return m_originClubFilter; }
    QComboBox *kindFilter() const { return m_kindFilter; }

    // The members selected in the list (whole rows).
    QList<MemberRow> selectedMembers() const;
    bool hasSelection() const;

    // Makes the row of that membership current, if it is in the filtered list; returns whether
    // it was found.
    bool selectMembership(qint64 membershipId);

    // The list as shown — the filtered members in the order shown, the visible columns in their
    // order — ready to write (io::writeTableFile).
    Result<io::Table> listAsShown() const;
    // Writes it to path (.xlsx or CSV); says what went wrong and returns false on failure.
    bool exportListTo(const QString &path);

public slots:
    void newPerson();
    void newOrganisation();
    void editCurrent();
    void removeSelected();
    void focusSearch();
    void clearFilters();
    void exportList(); // asks where, writes, offers to open

signals:
    void countChanged(int shown, int total);
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildInterface();
    void reloadReferenceData();
    void updateFilter();
    void editMember(const QModelIndex &index);
    Membership newMembership(const QString &memberKind) const;
    void selectSaved(qint64 membershipId);
    void rememberCurrent();
    void restoreCurrent(int maxRows);
    void updateState();
    qint64 defaultCategory(const QString &memberKind) const;
    void showHeaderMenu(const QPoint &position);

    Database &m_db;
    MemberFile &m_file;
    MemberUndoStack &m_undoStack;
    MemberTableModel *m_model = nullptr;

    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QComboBox *m_originClubFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QToolButton *m_clearFiltersButton = nullptr;
    QPushButton *m_newOrganisationButton = nullptr;
    QPushButton *m_newPersonButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_memberTable = nullptr;
    QLabel *m_emptyLabel = nullptr;

    // The current member across model resets, so an edit or a sort keeps it selected.
    qint64 m_currentMembershipId = 0;
    int m_currentRow = -1;
    bool m_filtering = false;
};

} // namespace adhera
