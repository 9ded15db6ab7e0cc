// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// MonthlyChart: the year's twelve months as pairs of bars, expected (calls issued that month,
// light) and collected (payments received, dark), the same chart as the PDF report's. Hovering
// a month tells its two amounts.

#include "dues/duesreport.h"

#include <QWidget>

namespace adhera {

class MonthlyChart final : public QWidget
{
    Q_OBJECT

public:
    explicit MonthlyChart(QWidget *parent = nullptr);

    void setMonths(const QList<dues::MonthFigures> &months);
    const QList<dues::MonthFigures> &months() const { return m_months; }
    // « mars 2026 : attendu 1 350,00 €, encaissé 900,00 € » for the month under pos, or empty.
    QString describeAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    int monthAt(const QPoint &pos) const;

    QList<dues::MonthFigures> m_months;
};

} // namespace adhera
