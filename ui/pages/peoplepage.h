// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PeoplePage: everyone in the file — representatives, contacts of member companies, individual
// members, the board — searched like the member list (accent-insensitive, in the database).
// Opening a row opens the person's fiche; saves go through the undo stack.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace adhera {

class MemberUndoStack;

class Database;
class MemberFile;
class PersonDirectory;
class PersonTableModel;

class PeoplePage final : public QWidget
{
    Q_OBJECT

public:
    PeoplePage(Database &db, MemberFile &file, MemberUndoStack &undoStack, QWidget *parent = nullptr);
    ~PeoplePage() override;

    PersonTableModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QComboBox *scopeFilter() const { return m_scopeFilter; }
    QTableView *personTable() const { return m_personTable; }

public slots:
    void newPerson();
    void editCurrent();
    void focusSearch();

signals:
    void countChanged(int shown, int total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFilter();
    void updateState();

    MemberFile &m_file;
    MemberUndoStack &m_undoStack;
    std::unique_ptr<PersonDirectory> m_directory;
    PersonTableModel *m_model = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_scopeFilter = nullptr;
    QPushButton *m_newPersonButton = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_personTable = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace adhera
