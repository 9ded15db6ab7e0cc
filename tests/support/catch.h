// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Catch2 v2 (Debian 12) and v3 (Ubuntu 24.04, vcpkg) put their single include in different places.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>
#include <QStringList>

// Readable QString values in failure messages.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value) { return "[" + value.join(QStringLiteral(", ")).toStdString() + "]"; }
};
} // namespace Catch
