// SPDX-License-Identifier: GPL-3.0-or-later
#include "listviews.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace adhera {

namespace {

// Resizes the shared columns whenever the view's viewport changes width.
class WidthSharer final : public QObject
{
public:
    WidthSharer(QTableView *view, QList<ColumnShare> shares) : QObject(view), m_view(view), m_shares(std::move(shares))
    {
        view->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view->viewport() && event->type() == QEvent::Resize)
            share();
        return QObject::eventFilter(watched, event);
    }

private:
    void share()
    {
        QHeaderView *header = m_view->horizontalHeader();
        QList<ColumnShare> open;
        for (const ColumnShare &share : std::as_const(m_shares))
            if (!header->isSectionHidden(share.column))
                open.append(share);
        int left = m_view->viewport()->width();
        for (int column = 0; column < header->count(); ++column) {
            const bool shared
                = std::any_of(m_shares.cbegin(), m_shares.cend(), [column](const ColumnShare &s) { return s.column == column; });
            if (!shared && !header->isSectionHidden(column))
                left -= header->sectionSize(column);
        }
        // A column whose share would fall below its minimum gets the minimum; the others share
        // what remains, until every share holds.
        bool settled = false;
        while (!settled && !open.isEmpty()) {
            settled = true;
            int weights = 0;
            for (const ColumnShare &share : std::as_const(open))
                weights += share.weight;
            for (qsizetype i = 0; i < open.size(); ++i)
                if (std::max(0, left) * open.at(i).weight / weights < open.at(i).minimum) {
                    header->resizeSection(open.at(i).column, open.at(i).minimum);
                    left -= open.at(i).minimum;
                    open.removeAt(i);
                    settled = false;
                    break;
                }
            if (settled)
                for (const ColumnShare &share : std::as_const(open))
                    header->resizeSection(share.column, left * share.weight / weights);
        }
    }

    QTableView *m_view;
    QList<ColumnShare> m_shares;
};

} // namespace

QLabel *makePageTitle(const QString &text)
{
    auto *title = new QLabel(text);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    return title;
}

void configureListView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setTabKeyNavigation(false);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
}

void shareWidth(QTableView *view, const QList<ColumnShare> &shares)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    for (const ColumnShare &share : shares)
        header->setSectionResizeMode(share.column, QHeaderView::Interactive);
    new WidthSharer(view, shares);
}

QLabel *makeEmptyListLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void layOutListPage(QWidget *page, QLayout *topRow, QLayout *filterRow, QWidget *list)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    layout->addLayout(topRow);
    layout->addLayout(filterRow);
    layout->addWidget(list, 1);
}

} // namespace adhera
