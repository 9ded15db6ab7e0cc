// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MeetingDialog: « Réunion », the editor of one meeting or general assembly. For an assembly it
// is also where the president prepares the ordre du jour: ordered, numbered points, each an
// information, a resolution or an election with its text, its kind of resolution (the majority
// the statuts require for it is shown beside it) and a secret ballot when wanted; « questions
// diverses » stays last and is never voted. Enregistrer checks every point (a bad one is named
// and selected, nothing is saved), then saves the meeting and its agenda; the store numbers the
// points.

#include "assembly/meetingrecords.h"
#include "assembly/statutesprofile.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace adhera {

class Database;
class PersonCombo;

class MeetingDialog final : public QDialog
{
    Q_OBJECT
public:
    // meetingId 0: a new meeting (an ordinary general assembly, with « questions diverses » on its
    // agenda).
    explicit MeetingDialog(Database &db, qint64 meetingId = 0, QWidget *parent = nullptr);

    qint64 meetingId() const { return m_meeting.id; }
    bool isModified() const { return m_modified; }

    // Test seams: fill the form as a user would, without any modal dialog.
    void setKind(assembly::MeetingKind kind);
    void setTitle(const QString &title);
    void setStartsAt(const QDateTime &startsAt);
    void setPlace(const QString &place);
    // Adds a point before « questions diverses » (or last, for « questions diverses ») and selects
    // it; returns its row.
    int addAgendaItem(assembly::AgendaItemKind kind, const QString &title, const QString &body = {});
    void selectAgendaItem(int row);
    int selectedAgendaItem() const;
    void setSelectedResolutionKind(assembly::ResolutionKind kind);
    void setSelectedSecretBallot(bool secret);
    // The agenda in the order shown.
    const QList<assembly::AgendaItem> &agendaItems() const { return m_items; }

    QListWidget *agendaList() const { return m_agendaList; }
    QGroupBox *agendaBox() const { return m_agendaBox; }
    QComboBox *itemKindCombo() const { return m_itemKindCombo; }
    QComboBox *resolutionKindCombo() const { return m_resolutionCombo; }
    QLabel *majorityLabel() const { return m_majorityLabel; }
    QCheckBox *secretBallotCheck() const { return m_secretCheck; }
    QLabel *problemLabel() const { return m_problemLabel; }
    QLabel *frozenLabel() const { return m_frozenLabel; }
    PersonCombo *chairCombo() const { return m_chairCombo; }
    PersonCombo *secretaryCombo() const { return m_secretaryCombo; }

    // Checks, then saves the meeting and its agenda; says what is wrong and returns false,
    // saving nothing, when a point or a field is not right.
    bool save();

    void accept() override;
    void reject() override;

public slots:
    void addItem(); // a new information point, its title to type
    void removeItem();
    void moveItemUp();
    void moveItemDown();

private:
    void load();
    void kindChosen();
    void edited();
    void showItems();
    void showItemText(int row);
    void showSelectedItem();
    void itemEdited();
    void keepOtherBusinessLast();
    void updateItemButtons();
    void updateMajority();
    void updateConvocationHint();
    QString problem(int *badRow) const;
    void showProblem(const QString &text);
    assembly::Meeting meetingFromForm() const;
    bool isAssemblyChosen() const;
    // What the stored meeting no longer lets change: its facts once the minutes are locked, its
    // agenda once a vote is recorded. Said at the top and shown disabled, not refused at save.
    void showFrozenParts();

    Database &m_db;
    assembly::StatutesProfile m_profile;
    assembly::Meeting m_meeting;
    QList<assembly::AgendaItem> m_items;
    bool m_modified = false;
    bool m_filling = false;
    bool m_factsFrozen = false; // minutes locked
    bool m_agendaFrozen = false; // minutes locked or votes recorded

    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QDateTimeEdit *m_startEdit = nullptr;
    QCheckBox *m_endCheck = nullptr;
    QTimeEdit *m_endEdit = nullptr;
    QLineEdit *m_placeEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_convocationLabel = nullptr;
    QComboBox *m_convocationCombo = nullptr;
    QLabel *m_convocationHint = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    PersonCombo *m_chairCombo = nullptr;
    PersonCombo *m_secretaryCombo = nullptr;

    QGroupBox *m_agendaBox = nullptr;
    QListWidget *m_agendaList = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QWidget *m_itemEditor = nullptr;
    QComboBox *m_itemKindCombo = nullptr;
    QLineEdit *m_itemTitleEdit = nullptr;
    QPlainTextEdit *m_itemTextEdit = nullptr;
    QLabel *m_resolutionLabel = nullptr;
    QComboBox *m_resolutionCombo = nullptr;
    QLabel *m_majorityLabel = nullptr;
    QCheckBox *m_secretCheck = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_frozenLabel = nullptr;
};

} // namespace adhera
