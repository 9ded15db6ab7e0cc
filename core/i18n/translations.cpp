// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "i18n/displayformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace adhera::i18n {

namespace {

// The name marks our translators among the application's children, for removeTranslations.
const QString translatorName = u"adhera_translator"_s;

bool install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    // Tries adhera_en_GB.qm, then adhera_en.qm.
    if (translator->load(locale, name, u"_"_s, folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
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
    const bool translated = install(app, locale, u"adhera"_s, u":/i18n"_s);
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
    setDisplayLocale(frenchLocale());
}

} // namespace adhera::i18n
