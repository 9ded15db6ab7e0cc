// SPDX-License-Identifier: GPL-3.0-or-later
#include "monthlychart.h"

#include "dues/chartscale.h"
#include "i18n/displayformat.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

namespace {

// The PDF report's colours, so that the screen and the paper agree.
const QColor expectedColour {0xa9, 0xbc, 0xd0};
const QColor collectedColour {0x1f, 0x5f, 0x8b};

constexpr int legendHeight = 18;
constexpr int monthLabelHeight = 16;

} // namespace

MonthlyChart::MonthlyChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"monthlyChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Encaissé et attendu par mois"));
}

void MonthlyChart::setMonths(const QList<MonthFigures> &months)
{
    m_months = months;
    update();
}

QSize MonthlyChart::sizeHint() const
{
    return {520, 130};
}

QSize MonthlyChart::minimumSizeHint() const
{
    return {300, 110};
}

QRectF MonthlyChart::plotArea() const
{
    const int axisWidth = fontMetrics().horizontalAdvance(u"00 000\u00a0€"_s) + 8;
    return QRectF(axisWidth, legendHeight + 6, width() - axisWidth - 4, height() - legendHeight - 6 - monthLabelHeight);
}

int MonthlyChart::monthAt(const QPoint &pos) const
{
    const QRectF plot = plotArea();
    if (m_months.isEmpty() || pos.x() < plot.left() || pos.x() >= plot.right() || pos.y() < plot.top())
        return -1;
    return std::clamp(int((pos.x() - plot.left()) / (plot.width() / m_months.size())), 0, int(m_months.size()) - 1);
}

QString MonthlyChart::describeAt(const QPoint &pos) const
{
    const int index = monthAt(pos);
    if (index < 0)
        return QString();
    const MonthFigures &month = m_months.at(index);
    return tr("%1\u00a0: attendu %2, encaissé %3")
        .arg(i18n::displayMonth(month.month, false), i18n::displayEuros(month.expected), i18n::displayEuros(month.collected));
}

bool MonthlyChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MonthlyChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor grid = palette().color(QPalette::Mid);
    const QFontMetrics metrics = fontMetrics();

    // Legend.
    int x = int(plotArea().left());
    for (const auto &[colour, label] : {std::pair {expectedColour, tr("Attendu")}, std::pair {collectedColour, tr("Encaissé")}}) {
        painter.fillRect(QRect(x, 4, 10, 10), colour);
        painter.setPen(text);
        painter.drawText(QRect(x + 14, 0, metrics.horizontalAdvance(label) + 4, legendHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += 14 + metrics.horizontalAdvance(label) + 18;
    }

    const QRectF plot = plotArea();
    Cents largest = 0;
    for (const MonthFigures &month : std::as_const(m_months))
        largest = std::max({largest, month.expected, month.collected});
    const ChartScale scale = chartScale(largest);
    const QLocale locale = i18n::displayLocale();
    for (int i = 0; i <= scale.steps; ++i) {
        const double y = plot.bottom() - plot.height() * i / scale.steps;
        painter.setPen(QPen(i == 0 ? muted : grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(muted);
        // Whole euros on the axis: « 30 000 € », "€30,000".
        const QString label = locale.language() == QLocale::French ? locale.toString(scale.step * i / 100) + u"\u00a0€"_s
                                                                   : u"€"_s + locale.toString(scale.step * i / 100);
        painter.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter, label);
    }

    if (m_months.isEmpty())
        return;
    const double slot = plot.width() / m_months.size();
    const double bar = std::max(2.0, slot * 0.3);
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const MonthFigures &month = m_months.at(i);
        const double left = plot.left() + i * slot + (slot - 2 * bar) / 2;
        const auto barRect = [&](double at, Cents value) {
            const double h = plot.height() * double(value) / double(scale.top());
            return QRectF(at, plot.bottom() - h, bar, h);
        };
        painter.fillRect(barRect(left, month.expected), expectedColour);
        painter.fillRect(barRect(left + bar, month.collected), collectedColour);
        painter.setPen(muted);
        painter.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 1, slot, monthLabelHeight), Qt::AlignHCenter | Qt::AlignTop,
            i18n::displayMonth(month.month, true));
    }
}

} // namespace adhera
