// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// DeclarationDialog: « Déclaration faite », the date the changes an assembly decided were
// declared to the greffe or the registre des associations, for one of the meetings still due.

#include "assembly/declarations.h"

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace adhera {

class DeclarationDialog final : public QDialog
{
    Q_OBJECT
public:
    DeclarationDialog(
        const QList<assembly::DeclarationDue> &due, assembly::LegalRegime regime, const QDate &today, QWidget *parent = nullptr);

    qint64 meetingId() const;
    QDate declaredOn() const;

private:
    QList<assembly::DeclarationDue> m_due;
    QComboBox *m_meetingCombo = nullptr;
    QDateEdit *m_dateEdit = nullptr;
};

} // namespace adhera
