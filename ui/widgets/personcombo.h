// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PersonCombo: choosing a person of the member file by typing part of the name. The board seated
// on the given day comes first, each with their seat (« Hélène MÜLLER — Président(e) »), then
// everyone else by name; typing filters on any part of the text.

#include <QComboBox>
#include <QDate>

namespace adhera {

class Database;

class PersonCombo final : public QComboBox
{
    Q_OBJECT
public:
    explicit PersonCombo(QWidget *parent = nullptr);

    // Fills the list; `allowNone` puts « — » first for « nobody chosen yet ».
    void load(Database &db, const QDate &boardOn, bool allowNone);
    qint64 personId() const; // 0 when none is chosen
    // Text typed that names nobody in the list: the form should say so rather than drop it.
    bool hasUnknownText() const;
    void setPersonId(qint64 personId);
    // The first person seated in this role code (« president », « secretary ») on the day; 0 if none.
    qint64 seatedIn(const QString &roleCode) const;

private:
    QHash<QString, qint64> m_seated;
};

} // namespace adhera
