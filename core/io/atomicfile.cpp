// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace adhera::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::io)
};

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io,
            Tr::tr("Le fichier « %1 » n'a pas pu être écrit\u00a0: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace adhera::io
