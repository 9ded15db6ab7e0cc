// SPDX-License-Identifier: GPL-3.0-or-later
#include "personcombo.h"

#include "assembly/boardelection.h"
#include "db/database.h"
#include "db/sql.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSet>

using namespace Qt::StringLiterals;

namespace adhera {

PersonCombo::PersonCombo(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setMinimumContentsLength(28);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

void PersonCombo::load(const Database &db, const QDate &boardOn, bool allowNone)
{
    const qint64 chosen = personId();
    clear();
    m_seated.clear();
    if (allowNone)
        addItem(u"—"_s, 0);
    QSet<qint64> listed;
    if (const auto seated = assembly::boardSeatedOn(db, boardOn)) {
        for (const assembly::BoardSeat &seat : *seated) {
            if (listed.contains(seat.personId))
                continue;
            addItem(tr("%1 — %2").arg(seat.name, label(seat.position)), seat.personId);
            listed.insert(seat.personId);
            if (!m_seated.contains(toCode(seat.position)))
                m_seated.insert(toCode(seat.position), seat.personId);
        }
    }
    if (!listed.isEmpty())
        insertSeparator(count());
    Sql query(db, u"SELECT id, first_name, last_name FROM person ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"_s);
    if (query.exec(tr("Impossible de lire les personnes"))) {
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (!listed.contains(id))
                addItem(query.value(1).toString() + u' ' + query.value(2).toString().toUpper(), id);
        }
    }
    setPersonId(chosen);
}

qint64 PersonCombo::personId() const
{
    // The entry picked (two namesakes stay apart), else the one the typed text names whatever its
    // case; a half-typed or unknown name chooses nobody (hasUnknownText() says so).
    if (currentIndex() >= 0 && itemText(currentIndex()) == currentText())
        return itemData(currentIndex()).toLongLong();
    const int index = findText(currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

bool PersonCombo::hasUnknownText() const
{
    const QString typed = currentText().trimmed();
    return !typed.isEmpty() && typed != u"—"_s && personId() == 0;
}

void PersonCombo::setPersonId(qint64 personId)
{
    const int index = findData(personId);
    setCurrentIndex(index);
    if (index < 0)
        setEditText(QString());
}

qint64 PersonCombo::seatedIn(const QString &roleCode) const
{
    return m_seated.value(roleCode);
}

} // namespace adhera
