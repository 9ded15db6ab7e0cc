// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every benchmark prints with: a line flushed at once (a long run shows its progress),
// and the peak memory of the process.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

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

// The median of runs, in milliseconds; nothing when the work failed.
inline std::optional<double> medianMs(int runs, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return std::nullopt;
        times << double(timer.nsecsElapsed()) / 1.0e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// « what ……… 123.4 ms   (target < 1000 ms)  PASS », or « what failed ».
inline void report(const QString &what, std::optional<double> ms, double targetMs)
{
    if (!ms) {
        print(what.leftJustified(44) + QStringLiteral(" failed"));
        return;
    }
    print(QStringLiteral("%1 %2 ms   (target < %3 ms)  %4")
              .arg(what.leftJustified(44))
              .arg(*ms, 8, 'f', 1)
              .arg(targetMs, 0, 'f', 0)
              .arg(*ms < targetMs ? QStringLiteral("PASS") : QStringLiteral("MISS")));
}

} // namespace adhera::bench
