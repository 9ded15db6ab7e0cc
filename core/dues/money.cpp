// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

QString grouped(Cents euros, QChar separator = QChar(0x202F))
{
    QString digits = QString::number(euros);
    for (qsizetype position = digits.size() - 3; position > 0; position -= 3)
        digits.insert(position, separator);
    return digits;
}

QString twoDigits(Cents cents)
{
    return u"%1"_s.arg(cents, 2, 10, QLatin1Char('0'));
}

} // namespace

QString formatEuros(Cents cents)
{
    const Cents magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"\u2212"_s : QString()) + grouped(magnitude / 100) + u',' + twoDigits(magnitude % 100) + u"\u00a0€"_s;
}

QString formatEuros(Cents cents, i18n::LetterLanguage language)
{
    if (language == i18n::LetterLanguage::French)
        return formatEuros(cents);
    const Cents magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"\u2212€"_s : u"€"_s) + grouped(magnitude / 100, u',') + u'.' + twoDigits(magnitude % 100);
}

QString formatDecimal(Cents cents)
{
    const Cents magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u',' + twoDigits(magnitude % 100);
}

std::optional<Cents> parseEuros(const QString &text)
{
    QString compact = text.trimmed();
    compact.remove(u'€');
    compact.remove(QRegularExpression(u"[\\s\u00a0\u202f]"_s));
    compact.replace(u'\u2212', u'-');
    // Thousands separators typed the English or the French way: "1,234.50", "1.234,50",
    // "1,234,567". Both marks: the last one is the decimal point. One mark repeated: thousands,
    // when every group after the first has three digits. A single "1,234" stays refused (1 234 €
    // or 1,23 € mistyped: the user is asked).
    const qsizetype lastComma = compact.lastIndexOf(u',');
    const qsizetype lastDot = compact.lastIndexOf(u'.');
    if (lastComma >= 0 && lastDot >= 0) {
        const QChar thousands = lastComma > lastDot ? u'.' : u',';
        compact.remove(thousands);
        compact.replace(u',', u'.');
    } else if (compact.count(u',') > 1 || compact.count(u'.') > 1) {
        static const QRegularExpression groups(u"^-?\\d{1,3}([.,]\\d{3})+$"_s);
        if (groups.match(compact).hasMatch())
            compact.remove(QRegularExpression(u"[.,]"_s));
    }
    static const QRegularExpression amount(u"^(-?)(\\d+)(?:[.,](\\d{1,2}))?$"_s);
    const auto match = amount.match(compact);
    if (!match.hasMatch() || match.captured(2).size() > 15)
        return std::nullopt;
    const Cents euros = match.captured(2).toLongLong();
    QString fraction = match.captured(3);
    if (fraction.size() == 1)
        fraction += u'0';
    const Cents cents = euros * 100 + (fraction.isEmpty() ? 0 : fraction.toLongLong());
    return match.captured(1).isEmpty() ? cents : -cents;
}

} // namespace adhera::dues
