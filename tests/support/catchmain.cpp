// SPDX-License-Identifier: GPL-3.0-or-later
// The test runner: a Qt application object first, then Catch2. Compiled at -O0 and never
// edited, so it is built once. ADHERA_TEST_WIDGETS picks QApplication over QGuiApplication.
#define CATCH_CONFIG_RUNNER
#include "catch.h"

#ifdef ADHERA_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QLocale>

int main(int argc, char **argv)
{
    // Test discovery runs at build time, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Adhera-tests"));
    TestApplication::setApplicationName(QStringLiteral("adhera-tests"));
    return Catch::Session().run(argc, argv);
}
