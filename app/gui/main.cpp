// SPDX-License-Identifier: GPL-3.0-or-later
// The Adhera desktop application: reads the command line, picks the language, opens the member
// file (the demo file when none is given) and shows the main window. With --screenshot it
// renders the window off screen into a PNG and exits, for documentation and visual checks.

#include "appicon.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "members/memberfile.h"
#include "messagebox.h"
#include "widgets/datetyping.h"
#include "widgets/screenfit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    const std::size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0 || (std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '='))
            return true;
    return false;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "adhera: %s\n", qUtf8Printable(message));
}

// The demo file, filled with fictitious members the first time (or whenever it is empty).
adhera::Result<std::unique_ptr<adhera::Database>> openDemoFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        return adhera::fail(adhera::ErrorCode::MissingFolder,
            QApplication::translate("main", "Le dossier « %1 » ne peut pas être créé.").arg(QDir::toNativeSeparators(folder)));
    auto db = adhera::Database::open(QDir(folder).filePath(u"demo.adhera"_s));
    if (!db)
        return db;
    const adhera::Result<bool> empty = adhera::MemberFile(**db).isEmpty();
    if (!empty)
        return adhera::fail(empty.error());
    if (*empty)
        if (const adhera::Result<void> filled = adhera::demo::fill(**db); !filled)
            return adhera::fail(filled.error());
    return db;
}

} // namespace

int main(int argc, char **argv)
{
    // Screenshots and help need no display; the platform is chosen before the application object.
    const bool screenshotMode = hasArgument(argc, argv, "--screenshot");
    const bool noWindow = hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") || hasArgument(argc, argv, "--version")
        || hasArgument(argc, argv, "-v");
    if ((screenshotMode || noWindow) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Adhera"_s);
    QApplication::setApplicationName(u"Adhera"_s);
    QApplication::setApplicationVersion(QLatin1StringView(ADHERA_VERSION));
    QApplication::setWindowIcon(adhera::ui::appIcon());
    adhera::i18n::useSystemLanguage(app);
    adhera::installDateTyping(app);
    adhera::keepDialogsOnScreen(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Adhera : gestion des adhérents, des cotisations, des réunions et des assemblées générales."));
    // Qt's own French translation leaves "--help" in English.
    const QCommandLineOption helpOption({u"h"_s, u"help"_s, u"?"_s}, QApplication::translate("main", "Affiche cette aide."));
    parser.addOption(helpOption);
    parser.addVersionOption();
    const QCommandLineOption databaseOption(u"db"_s, QApplication::translate("main", "Ouvre (ou crée) le fichier d'adhérents FICHIER."),
        QApplication::translate("main", "FICHIER"));
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QApplication::translate("main", "Enregistre une capture de la fenêtre dans IMAGE.png, sans l'afficher, puis quitte."),
        QApplication::translate("main", "IMAGE"));
    parser.addOption(databaseOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QApplication::translate("main", "fichier"),
        QApplication::translate("main", "Le fichier d'adhérents à ouvrir (par défaut, le fichier de démonstration)."),
        QApplication::translate("main", "[fichier]"));
    parser.process(app);
    if (parser.isSet(helpOption))
        parser.showHelp(0);

    QString path = parser.value(databaseOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();

    auto db = path.isEmpty() ? openDemoFile() : adhera::Database::open(path);

    adhera::MainWindow window;
    if (db) {
        window.adoptDatabase(std::move(*db));
    } else {
        const QString message = path.isEmpty()
            ? QApplication::translate("main", "Le fichier de démonstration n'a pas pu être préparé\u00a0:\n%1").arg(db.error().message)
            : QApplication::translate("main", "Le fichier « %1 » n'a pas pu être ouvert\u00a0:\n%2")
                  .arg(QDir::toNativeSeparators(path), db.error().message);
        if (screenshotMode) {
            printError(message);
            return 1;
        }
        adhera::MessageBox::critical(nullptr, QApplication::translate("main", "Ouverture impossible"), message);
    }

    if (screenshotMode) {
        const QString target = parser.value(screenshotOption);
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        if (!window.grab().save(target)) {
            printError(QApplication::translate("main", "La capture n'a pas pu être enregistrée dans « %1 ».").arg(target));
            return 1;
        }
        return 0;
    }

    window.show();
    return QApplication::exec();
}
