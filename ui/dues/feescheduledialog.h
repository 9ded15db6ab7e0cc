// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// FeeScheduleDialog: « Barème des cotisations » of one financial year — for each membership
// category, the amount and what a member joining during the year owes. A category without a
// schedule shows an empty amount and stays without one unless the user types an amount.
// Enregistrer checks every amount first (a bad one is named with its category and nothing is
// saved), then saves the changed rows with one ledger call, in one transaction. Calls already
// issued keep their amounts: a schedule only counts for the calls issued after it.

#include "dues/duesledger.h"
#include "members/records.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace adhera {

class Database;

class FeeScheduleDialog final : public QDialog
{
    Q_OBJECT
public:
    FeeScheduleDialog(Database &db, int financialYear, QWidget *parent = nullptr);

    int financialYear() const;
    // Shows another year; unsaved changes are offered for saving first. False when the user
    // stayed on the current year.
    bool setFinancialYear(int financialYear);
    QTableWidget *table() const { return m_table; }
    bool isModified() const;

    // Fills the table with the previous year's schedules (not saved until Enregistrer).
    void copyPreviousYear();
    // Checks and saves the changed rows; says what went wrong (inline or through MessageBox)
    // and returns false on failure, saving nothing.
    bool save();

    void accept() override;
    void reject() override;

private:
    enum Column { CategoryColumn, AmountColumn, RuleColumn };

    struct Row {
        Category category;
        std::optional<dues::FeeSchedule> stored; // as loaded
    };

    void load();
    void fillRow(int row, std::optional<dues::Cents> amount, dues::JoiningRule rule);
    void amountEdited(int row, int column);
    void yearChosen();
    // The schedules to save: rows whose amount or rule changed, or new ones with an amount.
    // Nothing, with the problems listed and the bad cells marked, when an amount is wrong;
    // focusProblem then selects the first bad cell.
    std::optional<QList<dues::FeeSchedule>> changedSchedules(bool focusProblem);
    QComboBox *ruleCombo(int row) const;

    Database &m_db;
    dues::DuesLedger m_ledger;
    int m_shownYear = 0;
    QList<Row> m_rows;
    QList<Category> m_categories;

    QComboBox *m_yearCombo = nullptr;
    QLabel *m_periodLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_problemLabel = nullptr;
};

} // namespace adhera
