// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "i18n/translations.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

// PDF exports (the report, the treasurer's letters, the minutes, the attendance sheet, the convocations) draw text, which needs a
// QGuiApplication; the other commands stay light and run where no display plugin is installed.
bool drawsPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument = QByteArray(argv[i]).toLower();
        if (argument == "pdf" || argument == "--format=pdf" || argument.endsWith(".pdf") || argument == "notices" || argument == "receipts"
            || argument == "reminders" || argument == "minutes" || argument == "sheet" || argument == "convocations")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (drawsPdf(argc, argv)) {
#ifndef Q_OS_WIN
        // A command-line tool has no window: the offscreen platform needs no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Adhera"));
    QCoreApplication::setApplicationName(QStringLiteral("adhera-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADHERA_VERSION));
    adhera::i18n::useSystemLanguage(app);
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return adhera::cli::Failure;
    return adhera::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
