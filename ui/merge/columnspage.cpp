// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnspage.h"

#include "importing/importstore.h"
#include "merge/mergestate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using importing::ImportField;

namespace {

constexpr int previewRows = 200;
const QColor problemRowColour(0xfd, 0xec, 0xea);
const QColor problemTextColour(0xa9, 0x1b, 0x0d);

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

QString sampleValue(const importing::ImportFile &file, int column)
{
    for (const importing::SourceRow &row : file.rows)
        if (column < row.cells.size() && !row.cells[column].trimmed().isEmpty())
            return row.cells[column].trimmed();
    return {};
}

} // namespace

ColumnsPage::ColumnsPage(MergeState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"columnsPage"_s);
    setTitle(tr("Colonnes"));
    setSubTitle(tr("Indiquez ce que contient chaque colonne. L'aperçu montre les lignes telles qu'elles seront lues."));

    m_fileCombo = new QComboBox(this);
    m_fileCombo->setObjectName(u"fileCombo"_s);
    m_fileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_columnTable = new QTableWidget(0, 3, this);
    m_columnTable->setObjectName(u"columnTable"_s);
    m_columnTable->setHorizontalHeaderLabels({tr("Colonne du fichier"), tr("Exemple"), tr("Champ")});
    m_columnTable->verticalHeader()->hide();
    m_columnTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_columnTable->setWordWrap(false);
    m_columnTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columnTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columnTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_previewTable = new QTableWidget(this);
    m_previewTable->setObjectName(u"previewTable"_s);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 6);

    m_problemCountLabel = new QLabel(this);
    m_problemCountLabel->setObjectName(u"problemCountLabel"_s);
    m_problemCountLabel->setWordWrap(true);
    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(u"problemList"_s);
    m_problemList->setWordWrap(true);
    m_mappingProblemLabel = new QLabel(this);
    m_mappingProblemLabel->setObjectName(u"mappingProblemLabel"_s);
    m_mappingProblemLabel->setWordWrap(true);
    m_mappingProblemLabel->setStyleSheet(u"color: #a91b0d; font-weight: bold;"_s);

    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Aperçu (200 premières lignes)"), preview));
    previewLayout->addWidget(m_previewTable, 3);
    previewLayout->addWidget(m_problemCountLabel);
    previewLayout->addWidget(m_problemList, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_columnTable);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("Fichier :"), this));
    fileRow->addWidget(m_fileCombo);
    fileRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_mappingProblemLabel);

    connect(m_fileCombo, &QComboBox::currentIndexChanged, this, &ColumnsPage::showFile);
}

void ColumnsPage::initializePage()
{
    presetLayouts();
    const QSignalBlocker blocker(m_fileCombo);
    m_fileCombo->clear();
    for (const NewImport &import : std::as_const(m_state.newFiles))
        m_fileCombo->addItem(u"%1 — %2"_s.arg(import.file.fileName, import.file.clubName));
    m_file = -1;
    m_fileCombo->setCurrentIndex(0);
    showFile(0);
}

// A file's mapping starts from the layout remembered for its club, once per club chosen: the
// user's own changes on this page are kept when coming back to it.
void ColumnsPage::presetLayouts()
{
    importing::ImportStore store(m_state.db);
    for (NewImport &import : m_state.newFiles) {
        if (import.layoutClubId == import.file.originClubId)
            continue;
        import.layoutClubId = import.file.originClubId;
        const auto remembered = store.rememberedLayout(import.file.originClubId, import.file.headers);
        const auto mapping = remembered.value_or(importing::ColumnMapping::fromHeaders(import.file.headers));
        if (!(mapping == import.file.mapping))
            import.file.setMapping(mapping);
    }
}

void ColumnsPage::showFile(int index)
{
    if (index < 0 || index >= m_state.newFiles.size())
        return;
    m_file = index;
    const importing::ImportFile &file = m_state.newFiles[index].file;
    m_columnTable->setRowCount(int(file.headers.size()));
    for (int column = 0; column < file.headers.size(); ++column) {
        m_columnTable->setItem(column, 0, readOnlyItem(file.headers[column]));
        m_columnTable->setItem(column, 1, readOnlyItem(sampleValue(file, column)));
        auto *combo = new QComboBox;
        combo->setObjectName(u"fieldCombo%1"_s.arg(column));
        combo->addItem(tr("— ignorée —"), -1);
        for (ImportField field : importing::allImportFields())
            combo->addItem(importing::label(field), int(field));
        int chosen = 0;
        for (ImportField field : importing::allImportFields())
            if (file.mapping.column(field) == column)
                chosen = combo->findData(int(field));
        combo->setCurrentIndex(chosen);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column](int comboIndex) { fieldChosen(column, comboIndex); });
        m_columnTable->setCellWidget(column, 2, combo);
    }
    refreshPreview();
}

// A field comes from one column only: choosing it for a column takes it from the other one.
void ColumnsPage::fieldChosen(int column, int comboIndex)
{
    if (m_file < 0)
        return;
    auto *changed = qobject_cast<QComboBox *>(m_columnTable->cellWidget(column, 2));
    const int field = changed->itemData(comboIndex).toInt();
    importing::ColumnMapping mapping;
    for (int row = 0; row < m_columnTable->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_columnTable->cellWidget(row, 2));
        if (row != column && field >= 0 && combo->currentData().toInt() == field) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
        }
        const int rowField = combo->currentData().toInt();
        if (rowField >= 0)
            mapping.setColumn(ImportField(rowField), row);
    }
    m_state.newFiles[m_file].file.setMapping(mapping);
    refreshPreview();
}

void ColumnsPage::refreshPreview()
{
    const importing::ImportFile &file = m_state.newFiles[m_file].file;
    QList<ImportField> fields;
    for (ImportField field : importing::allImportFields())
        if (file.mapping.has(field))
            fields << field;

    QStringList headers {tr("Ligne")};
    for (ImportField field : std::as_const(fields))
        headers << importing::label(field);
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(headers.size()));
    m_previewTable->setHorizontalHeaderLabels(headers);
    const int shown = int(std::min<qsizetype>(previewRows, file.rows.size()));
    m_previewTable->setRowCount(shown);
    QFont bold = m_previewTable->font();
    bold.setBold(true);
    for (int row = 0; row < shown; ++row) {
        const importing::SourceRow &source = file.rows[row];
        m_previewTable->setItem(row, 0, new QTableWidgetItem(QString::number(source.line)));
        for (int column = 0; column < fields.size(); ++column) {
            auto *item = new QTableWidgetItem(source.values[std::size_t(fields[column])]);
            for (const importing::RowProblem &problem : source.problems) {
                if (problem.field == fields[column]) {
                    item->setForeground(problemTextColour);
                    item->setFont(bold);
                    item->setToolTip(problem.message);
                }
            }
            m_previewTable->setItem(row, column + 1, item);
        }
        if (!source.problems.isEmpty())
            for (int column = 0; column < m_previewTable->columnCount(); ++column)
                m_previewTable->item(row, column)->setBackground(problemRowColour);
    }
    m_previewTable->resizeColumnsToContents();

    m_problemList->clear();
    for (const importing::SourceRow &source : file.rows)
        for (const importing::RowProblem &problem : source.problems)
            m_problemList->addItem(importing::describe(source.line, problem));
    const int withProblems = file.rowsWithProblems();
    m_problemCountLabel->setText(withProblems == 0
            ? tr("Aucune ligne avec un problème.")
            : tr("%n ligne(s) avec un problème (elles seront importées, les valeurs invalides gardées en notes)", nullptr, withProblems));
    m_problemList->setVisible(withProblems > 0);

    const QString problem = mappingProblem();
    m_mappingProblemLabel->setText(problem);
    m_mappingProblemLabel->setVisible(!problem.isEmpty());
    emit completeChanged();
}

QString ColumnsPage::mappingProblem() const
{
    for (const NewImport &import : std::as_const(m_state.newFiles)) {
        const importing::ColumnMapping &mapping = import.file.mapping;
        if (!mapping.has(ImportField::LastName) && !mapping.has(ImportField::FirstName) && !mapping.has(ImportField::Organisation))
            return tr("Dans « %1 », aucune colonne n'est associée à Nom, Prénom ou Organisme : choisissez au moins l'une d'elles "
                      "pour continuer.")
                .arg(import.file.fileName);
    }
    return {};
}

bool ColumnsPage::isComplete() const
{
    return mappingProblem().isEmpty();
}

} // namespace adhera
