// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ReferenceDataDialog: the lists the member records choose from — membership categories (code,
// name, who may hold them) and origin clubs (code, name). Unlike the member editors it saves
// itself, through MemberFile::saveCategory / saveOriginClub, when the user clicks Enregistrer.
// Nothing is deleted here: a category or club stays attached to the memberships that use it.

#include "members/memberfile.h"
#include "members/records.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace adhera {

class ReferenceDataDialog final : public QDialog
{
    Q_OBJECT
public:
    ReferenceDataDialog(MemberFile &file, QWidget *parent = nullptr);

    QList<Category> categories() const;
    QList<OriginClub> originClubs() const;
    bool isModified() const;

    void accept() override;
    void reject() override;

private:
    enum Column { CodeColumn, NameColumn, KindColumn };

    QWidget *buildCategoryPage();
    QWidget *buildClubPage();
    void addCategoryRow(const Category &category);
    void addClubRow(const OriginClub &club);

    // Empty codes or names and duplicate codes, row by row; focuses the first bad cell.
    bool checkTable(QTableWidget *table, QLabel *problems);
    bool save();

    MemberFile &m_file;
    QList<Category> m_originalCategories;
    QList<OriginClub> m_originalClubs;

    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_categoryTable = nullptr;
    QTableWidget *m_clubTable = nullptr;
    QLabel *m_categoryProblems = nullptr;
    QLabel *m_clubProblems = nullptr;
};

} // namespace adhera
