// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The language a member's letters are written in (dues notices, receipts, reminders,
// convocations): French unless the person asked for English, whatever the interface's language.
// LetterLanguageScope installs that language's translations while one letter is written, then
// puts back the interface's. The club's own records (minutes, slips, reports for the
// accountant) are written in the interface's language, their dates and amounts the French way.
// Implemented in translations.cpp, which owns the installed translators.

#include <QString>

class QTranslator;

namespace adhera::i18n {

enum class LetterLanguage { French, English };

QString code(LetterLanguage language); // "fr", "en": what the member file stores
LetterLanguage letterLanguageFromCode(const QString &code); // French for anything else
// The language's name in itself (« Français », « English »): read by the one who speaks it.
QString nativeName(LetterLanguage language);

// The language of the letter being written: the innermost scope's, French outside any.
LetterLanguage currentLetterLanguage();

// While it lives, Tr::tr() answers in language: Adhera's translators of the interface are taken
// out and the letter's installed (French needs its own, for plural forms), then the interface's
// are put back in their order. Scopes nest; the GUI thread only, like installTranslator.
class LetterLanguageScope final
{
public:
    explicit LetterLanguageScope(LetterLanguage language);
    ~LetterLanguageScope();
    LetterLanguageScope(const LetterLanguageScope &) = delete;
    LetterLanguageScope &operator=(const LetterLanguageScope &) = delete;

private:
    LetterLanguage m_outer;
    QTranslator *m_mine = nullptr; // installed by this scope, when it had to swap
    QTranslator *m_previous = nullptr;
    LetterLanguage m_previousLanguage = LetterLanguage::French;
};

} // namespace adhera::i18n
