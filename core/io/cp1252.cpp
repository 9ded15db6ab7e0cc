// SPDX-License-Identifier: GPL-3.0-or-later
#include "cp1252.h"

#include <array>

namespace adhera::io::cp1252 {

namespace {

constexpr std::array<char16_t, 32> high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 0x88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 0x98
};

} // namespace

QString decode(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    auto *to = reinterpret_cast<char16_t *>(out.data());
    for (const char byte : bytes) {
        const auto c = static_cast<uchar>(byte);
        *to++ = (c >= 0x80 && c < 0xA0) ? high[c - 0x80] : char16_t(c);
    }
    return out;
}

int byteOf(char16_t c)
{
    if (c < 0x100)
        return c;
    for (std::size_t i = 0; i < high.size(); ++i)
        if (high[i] == c)
            return int(0x80 + i);
    return -1;
}

QByteArray encode(QStringView text)
{
    QByteArray bytes(text.size(), Qt::Uninitialized);
    char *to = bytes.data();
    for (const QChar c : text) {
        const int byte = byteOf(c.unicode());
        *to++ = byte < 0 ? '?' : char(byte);
    }
    return bytes;
}

} // namespace adhera::io::cp1252
