// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

#include <QStringList>

namespace adhera::text {

namespace {

// Letters that Unicode decomposition does not split into a base letter and an accent.
QString expandLigature(QChar c)
{
    switch (c.unicode()) {
    case 0x0152:
    case 0x0153: return QStringLiteral("oe"); // Œ œ
    case 0x00C6:
    case 0x00E6: return QStringLiteral("ae"); // Æ æ
    case 0x00DF: return QStringLiteral("ss"); // ß
    case 0x0141:
    case 0x0142: return QStringLiteral("l"); // Ł ł
    case 0x00D8:
    case 0x00F8: return QStringLiteral("o"); // Ø ø
    case 0x0110:
    case 0x0111: return QStringLiteral("d"); // Đ đ
    default: return {};
    }
}

} // namespace

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing)
            continue;
        const QString ligature = expandLigature(c);
        if (!ligature.isEmpty() || c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += ligature.isEmpty() ? QString(c.toCaseFolded()) : ligature;
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QStringList searchTerms(const QString &typed)
{
    return fold(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool containsAll(const QString &text, const QStringList &terms)
{
    if (terms.isEmpty())
        return true;
    const QString folded = fold(text);
    for (const QString &term : terms)
        if (!folded.contains(term))
            return false;
    return true;
}

} // namespace adhera::text
