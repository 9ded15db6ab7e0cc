// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// StatutesDialog: « Statuts de l'association » — the assembly rules of the statuts that Adhera
// applies (assembly::StatutesProfile): legal regime, convocation delays, quorums, proxies,
// majorities and voting rights, on four tabs. It saves itself when the user clicks
// Enregistrer, all keys in one transaction, and saves nothing while a value is wrong: each
// quorum names its problem under the field, and every problem is listed above the buttons,
// where it is seen whatever the tab. Changing the regime changes no other value; « Valeurs par
// défaut de ce régime » fills the form with the regime's defaults, after asking.

#include "assembly/statutesprofile.h"
#include "members/fieldproblem.h"
#include "members/records.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace adhera {

class Database;
class FieldFeedback;

class StatutesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit StatutesDialog(Database &db, QWidget *parent = nullptr);
    ~StatutesDialog() override;

    // The profile as the form shows it; a quorum that does not read as a fraction is left out
    // (and reported by the form). Weights of 1, the default, are not listed.
    assembly::StatutesProfile profile() const;
    bool isModified() const;

    void accept() override;
    void reject() override;

public slots:
    // Asks, then fills the form with StatutesProfile::defaults() of the regime chosen; nothing
    // is saved before Enregistrer.
    void fillDefaults();

private:
    struct QuorumField {
        assembly::AssemblyKind kind;
        assembly::Convocation convocation;
        QString field; // "quorum.ordinary_first"…
        QLineEdit *edit = nullptr;
    };
    struct MajorityRow {
        assembly::ResolutionKind kind;
        QComboBox *threshold = nullptr;
        QComboBox *basis = nullptr;
    };
    struct WeightRow {
        QString categoryCode;
        QSpinBox *weight = nullptr;
    };

    QWidget *regimePage();
    QWidget *quorumPage();
    QWidget *majorityPage();
    QWidget *votingPage();

    void fill(const assembly::StatutesProfile &profile);
    FieldProblems problems() const;
    void validate();
    void enableDependentFields();
    void growToFit();

    Database &m_db;
    assembly::StatutesProfile m_original;
    QList<Category> m_categories;
    FieldFeedback *m_feedback = nullptr;
    bool m_saveTried = false;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_regime = nullptr;
    QSpinBox *m_convocationDelay = nullptr;
    QSpinBox *m_secondConvocationGap = nullptr;
    QList<QuorumField> m_quorums;
    QCheckBox *m_proxiesAllowed = nullptr;
    QSpinBox *m_maxProxies = nullptr;
    QCheckBox *m_holderMustBeMember = nullptr;
    QList<MajorityRow> m_majorities;
    QCheckBox *m_duesRequired = nullptr;
    QComboBox *m_votingReference = nullptr;
    QCheckBox *m_castingVote = nullptr;
    QCheckBox *m_secretElections = nullptr;
    QTableWidget *m_weightTable = nullptr;
    QList<WeightRow> m_weights;
    QLabel *m_problemLabel = nullptr;
};

} // namespace adhera
