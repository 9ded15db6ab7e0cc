// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include <QCoreApplication>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto db = adhera::Database::open(QStringLiteral("/tmp/x.adhera"));
    if (!db) { qWarning("%s", qPrintable(db.error().message)); return 1; }
    return 0;
}
