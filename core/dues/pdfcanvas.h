// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the treasurer's PDFs share (the year's report, notices, receipts, reminders): A4 at
// 300 dpi measured in millimetres, the palette, DejaVu Sans text (embedded by QPdfWriter, so
// accents and « € » print anywhere), the club's logo, and the atomic write of the file.
// Layouts run twice over a Canvas: once without a painter to count pages (for « Page N / M »),
// then to draw.

#include "common/result.h"

#include <QColor>
#include <QImage>
#include <QMarginsF>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;
class QPdfWriter;

namespace adhera::dues::pdf {

inline constexpr int dotsPerInch = 300;

constexpr double mm(double value)
{
    return value * dotsPerInch / 25.4;
}

inline const QColor ink {0x20, 0x24, 0x28};
inline const QColor muted {0x5f, 0x67, 0x70};
inline const QColor rule {0xb8, 0xc0, 0xc8};
inline const QColor stripe {0xf2, 0xf4, 0xf6};
inline const QColor headerFill {0xdd, 0xe3, 0xea};

// Text, lines and images on a page of the writer; every call measures the same whether or not
// a painter is set, and draws only when one is.
class Canvas final
{
public:
    Canvas(QPdfWriter &writer, QPainter *painter);

    bool drawing() const { return m_painter != nullptr; }
    QPainter *painter() const { return m_painter; }
    double width() const; // the printable width (inside the margins)
    double height() const;

    // One line in `box`, elided on the right when it does not fit.
    void text(const QRectF &box, const QString &value, double points, bool bold, const QColor &colour,
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) const;
    // Word-wrapped text from the top of `box` (its height is ignored); returns the height used.
    double paragraph(const QRectF &box, const QString &value, double points, bool bold, const QColor &colour,
        Qt::Alignment alignment = Qt::AlignLeft) const;
    double paragraphHeight(double width, const QString &value, double points, bool bold) const;
    // The largest size from `points` down to 7 at which `value` fits `width` on one line.
    double fittingSize(const QString &value, double width, double points, bool bold) const;
    void line(double y, const QColor &colour, double thickness, double left, double right) const;
    void fill(const QRectF &box, const QColor &colour) const;
    // The image scaled into maxWidth × maxHeight (aspect kept) at topLeft; returns where it went.
    QRectF image(const QImage &image, const QPointF &topLeft, double maxWidth, double maxHeight) const;

private:
    QPdfWriter &m_writer;
    QPainter *m_painter;
};

// Writes an A4 portrait PDF at `path`: a QSaveFile beside it, renamed over it only once `paint`
// (given the writer and an active painter) has succeeded. Errors name the file.
Result<void> writePdf(
    const QString &path, const QString &title, const QMarginsF &marginsMm, const std::function<void(QPdfWriter &, QPainter &)> &paint);

} // namespace adhera::dues::pdf
