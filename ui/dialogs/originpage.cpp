// SPDX-License-Identifier: GPL-3.0-or-later
#include "originpage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

QTableWidget *readOnlyTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

OriginPage::OriginPage(QList<importing::RowOrigin> origins, QWidget *parent) : QWidget(parent), m_origins(std::move(origins))
{
    auto *explanation = new QLabel(tr("Cette fiche vient des lignes importées ci-dessous, gardées telles qu'elles ont été lues."), this);
    explanation->setWordWrap(true);
    m_sources = readOnlyTable(u"originTable"_s, {tr("Club"), tr("Fichier"), tr("Ligne"), tr("Importé le")}, this);
    m_values = readOnlyTable(u"originValuesTable"_s, {tr("Colonne"), tr("Valeur d'origine")}, this);
    m_sources->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_sources->horizontalHeader()->setStretchLastSection(false);

    const QLocale locale;
    m_sources->setRowCount(int(m_origins.size()));
    for (int row = 0; row < m_origins.size(); ++row) {
        const importing::RowOrigin &origin = m_origins[row];
        const QStringList cells {origin.clubName, origin.fileName, QString::number(origin.line),
            locale.toString(origin.importedAt.toLocalTime(), QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column)
            m_sources->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_sources->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_values, 2);
    connect(m_sources, &QTableWidget::currentCellChanged, this, [this](int row) { showValues(row); });
    if (!m_origins.isEmpty())
        m_sources->setCurrentCell(0, 0);
}

void OriginPage::showValues(int source)
{
    m_values->setRowCount(0);
    if (source < 0 || source >= m_origins.size())
        return;
    const importing::RowOrigin &origin = m_origins[source];
    m_values->setRowCount(int(origin.headers.size()));
    for (int row = 0; row < origin.headers.size(); ++row) {
        m_values->setItem(row, 0, new QTableWidgetItem(origin.headers[row]));
        m_values->setItem(row, 1, new QTableWidgetItem(row < origin.cells.size() ? origin.cells[row] : QString()));
    }
    m_values->resizeColumnToContents(0);
}

} // namespace adhera
