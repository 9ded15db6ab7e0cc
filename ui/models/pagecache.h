// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PageCache: the rows of a long list fetched from the database by pages, keeping only the most
// recently used pages. The table models use it so that a list of 100,000 members never sits in
// memory whole: they ask for a row, the cache fetches its page once.

#include "common/result.h"

#include <QHash>
#include <QList>

#include <functional>

namespace adhera {

template <typename Row>
class PageCache final
{
public:
    using Fetch = std::function<Result<QList<Row>>(int offset, int limit)>;

    PageCache(int pageSize, int maxPages) : m_pageSize(pageSize), m_maxPages(maxPages) { }

    int pageSize() const { return m_pageSize; }

    // The page, from the cache or fetched; nullptr when the fetch failed (error set).
    const QList<Row> *page(int pageIndex, const Fetch &fetch, Error *error = nullptr)
    {
        if (auto found = m_pages.constFind(pageIndex); found != m_pages.constEnd()) {
            m_recent.removeOne(pageIndex);
            m_recent.append(pageIndex);
            return &found.value();
        }
        Result<QList<Row>> rows = fetch(pageIndex * m_pageSize, m_pageSize);
        if (!rows) {
            if (error)
                *error = rows.error();
            return nullptr;
        }
        if (m_recent.size() >= m_maxPages)
            m_pages.remove(m_recent.takeFirst());
        m_recent.append(pageIndex);
        return &m_pages.insert(pageIndex, std::move(*rows)).value();
    }

    // The row, or nullptr when it is past the end or its page could not be read.
    const Row *row(int row, const Fetch &fetch, Error *error = nullptr)
    {
        const QList<Row> *rows = page(row / m_pageSize, fetch, error);
        const int offset = row % m_pageSize;
        return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
    }

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
    }

private:
    int m_pageSize;
    int m_maxPages;
    QHash<int, QList<Row>> m_pages;
    QList<int> m_recent; // most recently used last
};

} // namespace adhera
