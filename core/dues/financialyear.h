// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A financial year (exercice): twelve months starting on the first of a month that the club
// chooses (setting "dues.year_start_month", January by default). It is named after the calendar
// year it starts in; a year starting in September 2026 reads "2026-2027".

#include <QDate>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::dues {

class FinancialYear final
{
public:
    FinancialYear(int startYear, int startMonth = 1);

    static FinancialYear containing(const QDate &date, int startMonth = 1);
    // The setting of this file, 1 when unset or invalid.
    static int startMonthOf(Database &db);

    int startYear() const { return m_startYear; }
    int startMonth() const { return m_startMonth; }
    QDate first() const;
    QDate last() const;
    bool contains(const QDate &date) const { return date >= first() && date <= last(); }
    // Months of the year from date's month to the end, both included (12 on the first day).
    int monthsFrom(const QDate &date) const;
    QString label() const; // "2026" or "2026-2027"
    bool operator==(const FinancialYear &) const = default;

private:
    int m_startYear;
    int m_startMonth;
};

} // namespace adhera::dues
