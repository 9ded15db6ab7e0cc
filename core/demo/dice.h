// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Random choices for invented data. QRandomGenerator::bounded() is specified by Qt, not by the
// standard library, so a seed gives the same data on every platform.

#include <QChar>
#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <iterator>

namespace adhera::demo {

class Dice final
{
public:
    explicit Dice(quint32 seed) : m_random(seed) { }

    // lowest..highest, both included.
    int between(int lowest, int highest) { return lowest + int(m_random.bounded(quint32(highest - lowest + 1))); }
    bool percent(int chance) { return between(1, 100) <= chance; }
    // True with the given probability (0..1), to the millionth.
    bool chance(double probability) { return double(m_random.bounded(1000000u)) < probability * 1e6; }
    QDate dateBetween(QDate first, QDate last)
    {
        return QDate::fromJulianDay(first.toJulianDay() + between(0, int(last.toJulianDay() - first.toJulianDay())));
    }
    template <typename List>
    const auto &pick(const List &list)
    {
        return list[between(0, int(std::size(list)) - 1)];
    }
    template <typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, int(i)));
    }
    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QChar(char16_t(u'0' + between(0, 9)));
        return text;
    }

private:
    QRandomGenerator m_random;
};

} // namespace adhera::demo
