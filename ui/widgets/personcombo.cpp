// SPDX-License-Identifier: GPL-3.0-or-later
#include "personcombo.h"

#include "text/textfold.h"
#include "widgets/foldingcompleter.h"

#include "assembly/boardelection.h"
#include "db/database.h"
#include "members/memberfile.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSet>

using namespace Qt::StringLiterals;

namespace adhera {

PersonCombo::PersonCombo(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    FoldingCompleter::install(this);
    setMinimumContentsLength(28);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

void PersonCombo::load(Database &db, const QDate &boardOn, bool allowNone)
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
    const auto people = MemberFile(db).people();
    for (const PersonSummary &person : people ? *people : QList<PersonSummary>())
        if (!listed.contains(person.id))
            addItem(person.displayName, person.id);
    FoldingCompleter::refold(this);
    setPersonId(chosen);
}

qint64 PersonCombo::personId() const
{
    // The entry picked (two namesakes stay apart), else the one the typed text names whatever its
    // case and accents, with or without the seat shown after a board member's name; a half-typed
    // or unknown name chooses nobody (hasUnknownText() says so).
    const QString typed = text::fold(currentText());
    if (currentIndex() >= 0 && itemText(currentIndex()) == currentText())
        return itemData(currentIndex()).toLongLong();
    for (int i = 0; i < count(); ++i) {
        const QString text = itemText(i);
        if (text::fold(text) == typed || text::fold(text.section(u" — "_s, 0, 0)) == typed)
            return itemData(i).toLongLong();
    }
    return 0;
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
