// SPDX-License-Identifier: GPL-3.0-or-later
#include "filenames.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace adhera::io {

QString portableFileName(const QString &stem, const QString &suffix)
{
    QString name = stem.simplified();
    for (QChar &c : name)
        if (c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'_';
    name = name.left(150).trimmed();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name + u'.' + suffix;
}

} // namespace adhera::io
