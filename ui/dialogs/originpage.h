// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OriginPage: the editor tab that shows where a merged or imported person came from: each source
// row (club, file, line, import date) and, for the selected one, its values exactly as the file
// held them. Read-only: the provenance is the record of what was imported, never edited.

#include "importing/importstore.h"

#include <QWidget>

class QTableWidget;

namespace adhera {

class OriginPage final : public QWidget
{
    Q_OBJECT
public:
    OriginPage(QList<importing::RowOrigin> origins, QWidget *parent = nullptr);

private:
    void showValues(int source);

    QList<importing::RowOrigin> m_origins;
    QTableWidget *m_sources = nullptr;
    QTableWidget *m_values = nullptr;
};

} // namespace adhera
