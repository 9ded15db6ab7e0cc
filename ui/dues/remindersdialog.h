// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RemindersDialog: « Relances », the treasurer's follow-up of late members. The year's calls past
// their due date and still owing something, by reminder level (never reminded, reminded once,
// twice) with the dates sent; the ticked ones get their letters (one PDF to print, or one file
// per member) or go to a mailing list (CSV) for e-mail, and the reminder is then recorded as
// sent, all of them in one transaction.

#include "dues/duesdocuments.h"
#include "dues/duesledger.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace adhera {

class Database;

class RemindersDialog final : public QDialog
{
    Q_OBJECT

public:
    RemindersDialog(Database &db, int financialYear, const QDate &today, QWidget *parent = nullptr);

    // The reminder to send next: 1 for calls never reminded, 2 for those reminded once; 3 lists
    // the calls already reminded twice (nothing more to send from here).
    int level() const;
    void setLevel(int level);
    QTableWidget *table() const { return m_table; }
    QList<qint64> checkedCallIds() const;
    void setAllChecked(bool checked);

    // The actions behind the buttons, without their file dialogs. Each says what went wrong
    // through MessageBox and returns false on failure.
    bool writeLettersTo(const QString &pdfPath);
    bool writeLettersToFolder(const QString &folder);
    bool writeMailingTo(const QString &csvPath);
    // Records the current level's reminder for the ticked calls, sent on the chosen date.
    bool recordSent(const QString &channel);

private:
    void reload();
    void fillTable();
    void updateState();
    void chooseLettersFile();
    void chooseLettersFolder();
    void chooseMailingFile();
    // After letters or a mailing list were written: offers to record the reminders as sent.
    void offerToRecord(const QString &channel, const QString &written);
    Result<QList<dues::DuesDocument>> documents() const;

    Database &m_db;
    dues::DuesLedger m_ledger;
    int m_financialYear;
    QDate m_today;
    QList<dues::DuesCall> m_late; // all levels
    QList<dues::DuesCall> m_shown; // the current level's, in table order
    QComboBox *m_levelCombo = nullptr;
    QDateEdit *m_sentOnEdit = nullptr;
    QComboBox *m_channelCombo = nullptr; // how the reminders recorded by hand went out
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_lettersButton = nullptr;
    QPushButton *m_folderButton = nullptr;
    QPushButton *m_mailingButton = nullptr;
    QPushButton *m_recordButton = nullptr;
};

} // namespace adhera
