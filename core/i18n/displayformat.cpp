// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include "dues/money.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace adhera::i18n {

namespace {

QLocale &current()
{
    static QLocale locale(QLocale::French, QLocale::France);
    return locale;
}

bool french()
{
    return current().language() == QLocale::French;
}

} // namespace

QLocale displayLocale()
{
    return current();
}

void setDisplayLocale(const QLocale &locale)
{
    current() = locale;
}

QString dateFormat()
{
    if (french())
        return u"dd/MM/yyyy"_s;
    QString format = current().dateFormat(QLocale::ShortFormat);
    // "M/d/yy" → "M/d/yyyy": a year on two digits is read wrong in a member file of 30 years.
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString documentDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString documentDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? documentDate(dateTime.date()) + u' ' + displayTime(dateTime.time()) : QString();
}

QString timeFormat()
{
    return u"HH:mm"_s;
}

QString displayDate(const QDate &date)
{
    return date.isValid() ? current().toString(date, dateFormat()) : QString();
}

QString displayTime(const QTime &time)
{
    return time.isValid() ? time.toString(timeFormat()) : QString();
}

QString displayDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? displayDate(dateTime.date()) + u' ' + displayTime(dateTime.time()) : QString();
}

QString displayEuros(qint64 cents)
{
    if (french())
        return dues::formatEuros(cents);
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const QLocale &locale = current();
    const QString whole = locale.toString(magnitude / 100);
    const QString fraction = u"%1"_s.arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (cents < 0 ? u"\u2212"_s : QString()) + u"€"_s + whole + locale.decimalPoint() + fraction;
}

QString displayNumber(double value, int decimals)
{
    QString text = current().toString(std::abs(value), 'f', decimals);
    return value < 0 && text != current().toString(0.0, 'f', decimals) ? u"\u2212"_s + text : text;
}

QString displayMonth(const QDate &month, bool shortName)
{
    if (shortName)
        return current().monthName(month.month(), QLocale::ShortFormat);
    return current().toString(month, u"MMMM yyyy"_s);
}

} // namespace adhera::i18n
