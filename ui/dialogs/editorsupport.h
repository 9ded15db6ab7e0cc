// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pieces the member editors share: combo boxes of reference data, the Enregistrer/Annuler
// buttons with their shortcuts, the "discard changes?" question, phone fields.

#include "members/records.h"

#include <QCoreApplication>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace adhera {

class MemberFile;

class EditorSupport final
{
    Q_DECLARE_TR_FUNCTIONS(EditorSupport)

public:
    // Item data role of the category combo: the category's member kind.
    static constexpr int MemberKindRole = Qt::UserRole + 1;

    // The categories that `memberKind` ("person" or "organisation") may hold, those of kind
    // "any" included, after a "— choisir —" entry of id 0.
    static void fillCategories(QComboBox *combo, const MemberFile &file, const QString &memberKind);
    static void fillStatuses(QComboBox *combo);
    // Origin clubs after "— aucun —" (id 0).
    static void fillOriginClubs(QComboBox *combo, const MemberFile &file);

    // Selects the entry whose data is `id`; an id not in the list is added as `missingText`.
    static void selectId(QComboBox *combo, qint64 id, const QString &missingText = {});
    static qint64 selectedId(const QComboBox *combo);
    static void selectStatus(QComboBox *combo, MembershipStatus status);
    static MembershipStatus selectedStatus(const QComboBox *combo);

    // "Enregistrer" (also Ctrl+Entrée) and "Annuler" (also Échap), wired to accept()/reject().
    // Return does not save: it would end the editing of a whole form by accident.
    static QDialogButtonBox *saveButtons(QDialog *dialog);

    // Asks "Abandonner les modifications ?" (« Abandonner » / « Continuer la saisie »); true to
    // drop the edits.
    static bool confirmDiscard(QWidget *parent);

    // A phone field: shows the stored E.164 number the French way and tidies what the user
    // typed into that form when they leave the field, if it is a valid number.
    static void setPhone(QLineEdit *edit, const QString &e164);
    static void tidyPhoneOnLeave(QLineEdit *edit);

    static QLineEdit *lineEdit(const QString &objectName, QWidget *parent);
    // A multi-line field `lines` lines high, where Tab moves on rather than typing a tab.
    static QPlainTextEdit *textEdit(const QString &objectName, int lines, QWidget *parent);
    // What a multi-line field holds, no-break spaces kept: QPlainTextEdit::toPlainText() turns
    // them into plain spaces, and French text (« 18\u00a0h\u00a030 », « : ») needs them.
    static QString text(const QPlainTextEdit *edit);

    static QString dateText(QDate date);
};

} // namespace adhera
