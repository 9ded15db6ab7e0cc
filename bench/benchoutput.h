// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every benchmark prints with: a line flushed at once (a long run shows its progress),
// and the peak memory of the process.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <cstdio>

namespace adhera::bench {

inline void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// VmHWM from /proc/self/status, in MB; negative where the system does not say.
inline double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2)
                return parts[1].toDouble() / 1024.0;
        }
    }
    return -1.0;
}

} // namespace adhera::bench
