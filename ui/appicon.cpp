// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace adhera::ui {

namespace {

QPixmap paintIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 256.0, size / 256.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x4e, 0x79));
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
    const QRectF left(100 - 62, 128 - 62, 124, 124);
    const QRectF right(156 - 62, 128 - 62, 124, 124);
    painter.setBrush(QColor(0x5f, 0xa8, 0xe8, 230));
    painter.drawEllipse(left);
    painter.setBrush(QColor(0xf2, 0xb1, 0x34, 217));
    painter.drawEllipse(right);
    // The two clubs' overlap, in white: where the merged club lives.
    QPainterPath leftPath;
    leftPath.addEllipse(left);
    QPainterPath rightPath;
    rightPath.addEllipse(right);
    painter.setBrush(Qt::white);
    painter.drawPath(leftPath.intersected(rightPath));
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paintIcon(size));
    return icon;
}

} // namespace adhera::ui
