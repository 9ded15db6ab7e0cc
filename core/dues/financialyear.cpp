// SPDX-License-Identifier: GPL-3.0-or-later
#include "financialyear.h"

#include "db/database.h"
#include "settings/clubidentity.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::dues {

FinancialYear::FinancialYear(int startYear, int startMonth) : m_startYear(startYear), m_startMonth(std::clamp(startMonth, 1, 12))
{ }

FinancialYear FinancialYear::containing(const QDate &date, int startMonth)
{
    const int month = std::clamp(startMonth, 1, 12);
    return FinancialYear(date.month() >= month ? date.year() : date.year() - 1, month);
}

int FinancialYear::startMonthOf(Database &db)
{
    bool ok = false;
    const int month = settings::setting(db, u"dues.year_start_month"_s).toInt(&ok);
    return ok && month >= 1 && month <= 12 ? month : 1;
}

QDate FinancialYear::first() const
{
    return QDate(m_startYear, m_startMonth, 1);
}

QDate FinancialYear::last() const
{
    return first().addYears(1).addDays(-1);
}

int FinancialYear::monthsFrom(const QDate &date) const
{
    if (date <= first())
        return 12;
    if (date > last())
        return 0;
    const int monthsIn = (date.year() - first().year()) * 12 + date.month() - first().month();
    return 12 - monthsIn;
}

QString FinancialYear::label() const
{
    return m_startMonth == 1 ? QString::number(m_startYear) : u"%1-%2"_s.arg(m_startYear).arg(m_startYear + 1);
}

} // namespace adhera::dues
