// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallStateDialog: « Annuler ou exonérer un appel ». A call issued by mistake is cancelled, a
// member let off the year's dues is exempted; the call is never deleted (its number stays used
// and the list shows it with the reason), and a cancelled or exempted call can be reopened.
// A call that has received money is neither: its payments are reversed first, which the
// dialog says instead of offering what the ledger would refuse.

#include "dues/duesrecords.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace adhera {

namespace dues {
class DuesLedger;
}

class CallStateDialog final : public QDialog
{
    Q_OBJECT

public:
    CallStateDialog(dues::DuesLedger &ledger, const dues::DuesCall &call, QWidget *parent = nullptr);

    // The state the dialog will give the call.
    dues::CallState chosenState() const;

    void accept() override;

private:
    void updateSaveButton();

    dues::DuesLedger &m_ledger;
    dues::DuesCall m_call;
    QRadioButton *m_cancelChoice = nullptr;
    QRadioButton *m_exemptChoice = nullptr;
    QRadioButton *m_reopenChoice = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace adhera
