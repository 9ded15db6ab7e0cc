// SPDX-License-Identifier: GPL-3.0-or-later
// Core computes, the UI presents: adhera_core must never depend on Qt Widgets.
#include "catch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

TEST_CASE("core/ includes no widget header")
{
    const QDir core(QStringLiteral(ADHERA_SOURCE_DIR) + u"/core"_s);
    REQUIRE(core.exists());
    const QRegularExpression widgetInclude(
        u"#\\s*include\\s*[<\"](QtWidgets/|QWidget|QMessageBox|QApplication|QDialog|QMainWindow|QAbstractButton|QLineEdit)"_s);
    QDirIterator files(core.path(), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    int scanned = 0;
    QStringList offenders;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        ++scanned;
        if (QString::fromUtf8(file.readAll()).contains(widgetInclude))
            offenders << core.relativeFilePath(file.fileName());
    }
    CHECK(scanned > 10);
    CHECK(offenders.isEmpty());
}

TEST_CASE("core/ links no Qt Widgets library")
{
    QFile cmake(QStringLiteral(ADHERA_SOURCE_DIR) + u"/core/CMakeLists.txt"_s);
    REQUIRE(cmake.open(QIODevice::ReadOnly));
    CHECK_FALSE(QString::fromUtf8(cmake.readAll()).contains(u"Qt6::Widgets"_s));
}
