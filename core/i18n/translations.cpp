// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "i18n/displayformat.h"
#include "i18n/letterlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace adhera::i18n {

namespace {

// The name marks our translators among the application's children, for removeTranslations.
const QString translatorName = u"adhera_translator"_s;

// Adhera's translator answering now: the interface's, or a letter's while a LetterLanguageScope
// lives; null when none is installed (French source texts). Touched on the GUI thread only.
QTranslator *activeTranslator = nullptr;
LetterLanguage activeLanguage = LetterLanguage::French;
LetterLanguage scopeLanguage = LetterLanguage::French;

QTranslator *install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    // Tries adhera_en_GB.qm, then adhera_en.qm.
    if (translator->load(locale, name, u"_"_s, folder) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

QLocale frenchLocale()
{
    return QLocale(QLocale::French, QLocale::France);
}

} // namespace

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    removeTranslations(app);
    // Numbers and dates follow the words: a language Adhera does not speak stays French.
    activeTranslator = install(app, locale, u"adhera"_s, u":/i18n"_s);
    const bool translated = activeTranslator != nullptr;
    activeLanguage = translated && locale.language() == QLocale::English ? LetterLanguage::English : LetterLanguage::French;
    setDisplayLocale(translated ? locale : frenchLocale());
    install(app, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

void useSystemLanguage(QCoreApplication &app)
{
    const bool english = QLocale::system().language() == QLocale::English;
    const QLocale french(QLocale::French, QLocale::France);
    if (!english)
        QLocale::setDefault(french);
    installTranslations(app, english ? QLocale::system() : french);
}

void removeTranslations(QCoreApplication &app)
{
    const QList<QTranslator *> translators = app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    activeTranslator = nullptr;
    activeLanguage = LetterLanguage::French;
    setDisplayLocale(frenchLocale());
}

QString code(LetterLanguage language)
{
    return language == LetterLanguage::English ? u"en"_s : u"fr"_s;
}

LetterLanguage letterLanguageFromCode(const QString &code)
{
    return code == u"en"_s ? LetterLanguage::English : LetterLanguage::French;
}

QString nativeName(LetterLanguage language)
{
    return language == LetterLanguage::English ? u"English"_s : u"Français"_s;
}

LetterLanguage currentLetterLanguage()
{
    return scopeLanguage;
}

LetterLanguageScope::LetterLanguageScope(LetterLanguage language) : m_outer(scopeLanguage)
{
    scopeLanguage = language;
    if (language == activeLanguage || !QCoreApplication::instance())
        return;
    auto *translator = new QTranslator;
    if (!translator->load(u":/i18n/adhera_"_s + code(language))) {
        delete translator; // the source texts, French, are what is left
        return;
    }
    m_previous = activeTranslator;
    m_previousLanguage = activeLanguage;
    if (m_previous)
        QCoreApplication::removeTranslator(m_previous);
    QCoreApplication::installTranslator(translator);
    activeTranslator = m_mine = translator;
    activeLanguage = language;
}

LetterLanguageScope::~LetterLanguageScope()
{
    scopeLanguage = m_outer;
    if (!m_mine)
        return;
    QCoreApplication::removeTranslator(m_mine);
    delete m_mine;
    if (m_previous)
        QCoreApplication::installTranslator(m_previous);
    activeTranslator = m_previous;
    activeLanguage = m_previousLanguage;
}

} // namespace adhera::i18n
