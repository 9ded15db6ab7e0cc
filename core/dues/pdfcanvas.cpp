// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcanvas.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::dues::pdf {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

QFont font(double points, bool bold)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

Canvas::Canvas(QPdfWriter &writer, QPainter *painter) : m_writer(writer), m_painter(painter)
{ }

double Canvas::width() const
{
    return m_writer.width();
}

double Canvas::height() const
{
    return m_writer.height();
}

void Canvas::text(const QRectF &box, const QString &value, double points, bool bold, const QColor &colour, Qt::Alignment alignment) const
{
    if (!m_painter || value.isEmpty())
        return;
    const QFont chosen = font(points, bold);
    m_painter->setFont(chosen);
    m_painter->setPen(colour);
    const QString shown = QFontMetricsF(chosen, &m_writer).elidedText(value, Qt::ElideRight, box.width());
    m_painter->drawText(box, int(alignment) | Qt::TextSingleLine, shown);
}

double Canvas::paragraphHeight(double width, const QString &value, double points, bool bold) const
{
    if (value.isEmpty())
        return 0;
    return QFontMetricsF(font(points, bold), &m_writer).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, value).height();
}

double Canvas::paragraph(
    const QRectF &box, const QString &value, double points, bool bold, const QColor &colour, Qt::Alignment alignment) const
{
    const double height = paragraphHeight(box.width(), value, points, bold);
    if (m_painter && !value.isEmpty()) {
        m_painter->setFont(font(points, bold));
        m_painter->setPen(colour);
        m_painter->drawText(QRectF(box.left(), box.top(), box.width(), height), int(alignment) | Qt::TextWordWrap, value);
    }
    return height;
}

double Canvas::fittingSize(const QString &value, double width, double points, bool bold) const
{
    for (; points > 7; points -= 0.5) {
        if (QFontMetricsF(font(points, bold), &m_writer).horizontalAdvance(value) <= width)
            break;
    }
    return points;
}

void Canvas::line(double y, const QColor &colour, double thickness, double left, double right) const
{
    if (!m_painter)
        return;
    m_painter->setPen(QPen(colour, thickness));
    m_painter->drawLine(QPointF(left, y), QPointF(right, y));
}

void Canvas::fill(const QRectF &box, const QColor &colour) const
{
    if (m_painter)
        m_painter->fillRect(box, colour);
}

QRectF Canvas::image(const QImage &image, const QPointF &topLeft, double maxWidth, double maxHeight) const
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return QRectF(topLeft, QSizeF(0, 0));
    const double scale = std::min(maxWidth / image.width(), maxHeight / image.height());
    const QRectF target(topLeft, QSizeF(image.width() * scale, image.height() * scale));
    if (m_painter) {
        m_painter->setRenderHint(QPainter::SmoothPixmapTransform);
        m_painter->drawImage(target, image);
    }
    return target;
}

Result<void> writePdf(
    const QString &path, const QString &title, const QMarginsF &marginsMm, const std::function<void(QPdfWriter &, QPainter &)> &paint)
{
    const auto failed = [&](const QString &why) { return fail(ErrorCode::Io, Tr::tr("Impossible d'écrire « %1 » : %2").arg(path, why)); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(marginsMm, QPageLayout::Millimeter);
    writer.setResolution(dotsPerInch);
    writer.setTitle(title);
    writer.setCreator(u"Adhera"_s);

    QPainter painter;
    if (!painter.begin(&writer))
        return failed(Tr::tr("le PDF n'a pas pu être créé"));
    painter.setRenderHint(QPainter::Antialiasing);
    paint(writer, painter);
    if (!painter.end())
        return failed(Tr::tr("le PDF n'a pas pu être terminé"));
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace adhera::dues::pdf
