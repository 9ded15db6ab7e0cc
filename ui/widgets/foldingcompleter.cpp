// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldingcompleter.h"

#include "text/textfold.h"

#include <QComboBox>
#include <QLineEdit>

namespace adhera {

FoldingCompleter::FoldingCompleter(QComboBox *combo) : QCompleter(combo->model(), combo)
{
    setCompletionRole(FoldedRole);
    setCompletionMode(QCompleter::PopupCompletion);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseInsensitive);
}

FoldingCompleter *FoldingCompleter::install(QComboBox *combo)
{
    auto *completer = new FoldingCompleter(combo);
    combo->setCompleter(completer);
    refold(combo);
    return completer;
}

void FoldingCompleter::refold(QComboBox *combo)
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemData(i, text::fold(combo->itemText(i)), FoldedRole);
}

QStringList FoldingCompleter::splitPath(const QString &path) const
{
    return {text::fold(path)};
}

QString FoldingCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

int findFolded(const QComboBox *combo, const QString &typed)
{
    const QString folded = text::fold(typed);
    if (folded.isEmpty())
        return -1;
    int found = -1;
    for (int i = 0; i < combo->count(); ++i) {
        if (text::fold(combo->itemText(i)) != folded)
            continue;
        if (found >= 0)
            return -1; // two namesakes: the user must pick one
        found = i;
    }
    return found;
}

} // namespace adhera
