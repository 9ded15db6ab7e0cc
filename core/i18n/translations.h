// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// French is the source language of every string, so French needs only Qt's own translation
// (standard buttons, context menus) and Adhera's plural forms; English needs Adhera's
// translation too. The .qm files are resources of adhera_core (":/i18n/adhera_<language>.qm").

class QCoreApplication;
class QLocale;

namespace adhera::i18n {

// Replaces the translators installed by an earlier call with those of locale's language
// (Adhera's and Qt's, each when it exists). A language with no Adhera translation shows
// the French source text.
void installTranslations(QCoreApplication &app, const QLocale &locale);

// English when the system asks for it, French (the source language, and French formats)
// otherwise: what both programs do at start.
void useSystemLanguage(QCoreApplication &app);

// Removes and deletes the translators installed by installTranslations: back to French.
void removeTranslations(QCoreApplication &app);

} // namespace adhera::i18n
