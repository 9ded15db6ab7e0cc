// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorsupport.h"

#include "i18n/displayformat.h"
#include "members/memberfile.h"
#include "members/phonenumbers.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

void EditorSupport::fillCategories(QComboBox *combo, const MemberFile &file, const QString &memberKind)
{
    combo->clear();
    combo->addItem(tr("— choisir —"), qint64(0));
    const auto categories = file.categories();
    if (!categories) {
        qWarning("Categories not loaded: %s", qPrintable(categories.error().message));
        return;
    }
    for (const Category &category : *categories) {
        if (category.memberKind == memberKind || category.memberKind == u"any") {
            combo->addItem(category.name, category.id);
            combo->setItemData(combo->count() - 1, category.memberKind, MemberKindRole);
        }
    }
}

void EditorSupport::fillStatuses(QComboBox *combo)
{
    combo->clear();
    for (const MembershipStatus status : allMembershipStatuses())
        combo->addItem(label(status), toCode(status));
}

void EditorSupport::fillOriginClubs(QComboBox *combo, const MemberFile &file)
{
    combo->clear();
    combo->addItem(tr("— aucun —"), qint64(0));
    const auto clubs = file.originClubs();
    if (!clubs) {
        qWarning("Origin clubs not loaded: %s", qPrintable(clubs.error().message));
        return;
    }
    for (const OriginClub &club : *clubs)
        combo->addItem(club.name, club.id);
}

void EditorSupport::selectId(QComboBox *combo, qint64 id, const QString &missingText)
{
    int index = combo->findData(id);
    if (index < 0) {
        // Keep a value the lists no longer offer rather than losing it silently.
        combo->addItem(missingText.isEmpty() ? tr("n° %1").arg(id) : missingText, id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

qint64 EditorSupport::selectedId(const QComboBox *combo)
{
    return combo->currentData().toLongLong();
}

void EditorSupport::selectStatus(QComboBox *combo, MembershipStatus status)
{
    combo->setCurrentIndex(std::max(0, combo->findData(toCode(status))));
}

MembershipStatus EditorSupport::selectedStatus(const QComboBox *combo)
{
    return membershipStatusFromCode(combo->currentData().toString()).value_or(MembershipStatus::Active);
}

QDialogButtonBox *EditorSupport::saveButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(u"buttonBox"_s);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(u"saveButton"_s);
    save->setText(tr("&Enregistrer"));
    save->setToolTip(tr("Enregistrer la fiche (Ctrl+Entrée)"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setText(tr("Annuler"));
    cancel->setToolTip(tr("Fermer sans enregistrer (Échap)"));
    for (QPushButton *button : {save, cancel}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    QObject::connect(save, &QPushButton::clicked, dialog, &QDialog::accept);
    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, dialog);
        QObject::connect(shortcut, &QShortcut::activated, dialog, &QDialog::accept);
    }
    return buttons;
}

bool EditorSupport::confirmDiscard(QWidget *parent)
{
    return MessageBox::confirmDiscard(parent, parent->windowTitle(), tr("Abandonner les modifications ?"));
}

void EditorSupport::setPhone(QLineEdit *edit, const QString &e164)
{
    edit->setText(phone::display(e164));
}

void EditorSupport::tidyPhoneOnLeave(QLineEdit *edit)
{
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit] {
        const phone::Parsed parsed = phone::normalise(edit->text());
        if (parsed.valid && !parsed.e164.isEmpty())
            edit->setText(phone::display(parsed.e164));
    });
}

QLineEdit *EditorSupport::lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QPlainTextEdit *EditorSupport::textEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int margins = 2 * (edit->frameWidth() + int(edit->document()->documentMargin()));
    edit->setMinimumHeight(lines * edit->fontMetrics().lineSpacing() + margins);
    return edit;
}

QString EditorSupport::text(const QPlainTextEdit *edit)
{
    QString raw = edit->document()->toRawText();
    // Blocks end with a paragraph separator, a Shift+Entrée line with a line separator.
    raw.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
    return raw;
}

QString EditorSupport::dateText(QDate date)
{
    return i18n::displayDate(date);
}

} // namespace adhera
