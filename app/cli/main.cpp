// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
