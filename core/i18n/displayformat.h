// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the window writes dates, times, numbers and amounts: in the interface's language. French
// (07/12/2026, 1 234,50 €, « janv. ») unless the English translation is installed, then the
// English locale the system asked for (07/12/2026 in the UK, 12/7/2026 in the US, €1,234.50,
// "Jan"). Documents are not written with these: the club's records (minutes, exports for the
// accountant) keep French dates and amounts (dues::formatEuros, dd/MM/yyyy), and letters to
// members follow each one's language (i18n/letterlanguage.h).

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace adhera::i18n {

QLocale displayLocale();
// Set by installTranslations() and removeTranslations(); French until then.
void setDisplayLocale(const QLocale &locale);

// The date format of the locale, with four-digit years: "dd/MM/yyyy", "M/d/yyyy".
QString dateFormat();
QString displayDate(const QDate &date); // empty for an invalid date
// "07/12/2026" whatever the interface's language: dates in documents and files (slips, CSV for
// French Excel, letters — British English writes them the same way); empty for an invalid date.
QString documentDate(const QDate &date);
QString documentDateTime(const QDateTime &dateTime); // "07/12/2026 14:30" in documents; local time as given
QString timeFormat(); // "HH:mm": 24 hours in both languages, in the window and in documents
QString displayTime(const QTime &time); // "14:30"
QString displayDateTime(const QDateTime &dateTime); // "07/12/2026 14:30"; local time as given
// "1 234,50 €" in French, "€1,234.50" in English; negative amounts with a minus sign (−).
QString displayEuros(qint64 cents);
// A whole or decimal number the locale's way: "1 234" / "1,234", "−4,6" / "−4.6".
QString displayNumber(double value, int decimals);
// "janv." / "Jan" when shortName, else "janvier 2026" / "January 2026".
QString displayMonth(const QDate &month, bool shortName);

} // namespace adhera::i18n
