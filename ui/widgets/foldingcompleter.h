// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Completion in an editable combo box that ignores accents, case and punctuation, the way the
// search boxes do: « societe gen » finds « Société Générale », and so does « SOCIÉTÉ ». The
// popup shows and the field receives the names as written.

#include <QCompleter>

class QComboBox;

namespace adhera {

class FoldingCompleter final : public QCompleter
{
    Q_OBJECT
public:
    // Item data role holding the folded text the typed words are compared with.
    static constexpr int FoldedRole = Qt::UserRole + 40;

    // Installs a folding completer on the editable combo; call refold() after filling it.
    static FoldingCompleter *install(QComboBox *combo);
    // Folds every item's text into FoldedRole (items added since install() included).
    static void refold(QComboBox *combo);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    explicit FoldingCompleter(QComboBox *combo);
};

// The index of the item whose text is the typed text once folded, -1 when none or several.
int findFolded(const QComboBox *combo, const QString &typed);

} // namespace adhera
