// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"

#include "merge/explanationview.h"
#include "merge/mergestate.h"
#include "merge/paircomparison.h"
#include "merge/pairtablemodel.h"
#include "merge/reviewdraft.h"
#include "messagebox.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

ReviewPage::ReviewPage(MergeState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Vérification"));
    setSubTitle(tr("Acceptez les vrais doublons, rejetez les autres. Les paires non tranchées ne sont pas fusionnées."));

    m_model = new PairTableModel(this);
    m_bandFilterCombo = new QComboBox(this);
    m_bandFilterCombo->setObjectName(u"bandFilterCombo"_s);
    // The rejected band (scores too low to be duplicates) stays out of the way unless asked for.
    m_bandFilterCombo->addItem(
        tr("Sûrs et à vérifier"), QVariant::fromValue(QList<int> {int(merge::Band::Sure), int(merge::Band::Review)}));
    m_bandFilterCombo->addItem(tr("Sûrs"), QVariant::fromValue(QList<int> {int(merge::Band::Sure)}));
    m_bandFilterCombo->addItem(tr("À vérifier"), QVariant::fromValue(QList<int> {int(merge::Band::Review)}));
    m_bandFilterCombo->addItem(tr("Rejetés (score trop bas)"), QVariant::fromValue(QList<int> {int(merge::Band::Rejected)}));
    m_bandFilterCombo->addItem(tr("Tous"), QVariant::fromValue(QList<int> {}));
    m_kindFilterCombo = new QComboBox(this);
    m_kindFilterCombo->setObjectName(u"kindFilterCombo"_s);
    m_kindFilterCombo->addItem(tr("Tous les types"), -1);
    for (merge::PairKind kind : {merge::PairKind::CrossFile, merge::PairKind::InFile, merge::PairKind::Existing})
        m_kindFilterCombo->addItem(PairTableModel::kindLabel(kind), int(kind));

    m_pairTable = new QTableView(this);
    m_pairTable->setObjectName(u"pairTable"_s);
    m_pairTable->setModel(m_model);
    m_pairTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairTable->setWordWrap(false);
    m_pairTable->verticalHeader()->hide();
    m_pairTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_pairTable->verticalHeader()->setDefaultSectionSize(m_pairTable->fontMetrics().height() + 6);
    QHeaderView *header = m_pairTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PairTableModel::FirstColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PairTableModel::SecondColumn, QHeaderView::Stretch);

    m_pairTitleLabel = new QLabel(this);
    m_pairTitleLabel->setObjectName(u"pairTitleLabel"_s);
    m_pairTitleLabel->setStyleSheet(u"font-weight: bold;"_s);
    m_comparison = new PairComparison(this);
    m_comparison->setObjectName(u"pairComparison"_s);
    m_explanation = new ExplanationView(this);
    m_explanation->setObjectName(u"explanationView"_s);

    m_acceptButton = new QPushButton(tr("Accepter (A)"), this);
    m_acceptButton->setObjectName(u"acceptButton"_s);
    m_acceptButton->setShortcut(Qt::Key_A);
    m_acceptButton->setToolTip(tr("Fusionner ces deux fiches (touche A)"));
    m_rejectButton = new QPushButton(tr("Rejeter (R)"), this);
    m_rejectButton->setObjectName(u"rejectButton"_s);
    m_rejectButton->setShortcut(Qt::Key_R);
    m_rejectButton->setToolTip(tr("Pas un doublon : ne plus proposer cette paire (touche R)"));
    m_nextButton = new QPushButton(tr("Suivant (N)"), this);
    m_nextButton->setObjectName(u"nextPairButton"_s);
    m_nextButton->setShortcut(Qt::Key_N);
    m_nextButton->setToolTip(tr("Paire suivante, sans décider (touches N et ↓)"));
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), this);
    m_acceptSureButton = new QPushButton(tr("Accepter les sûrs sans conflit"), this);
    m_acceptSureButton->setObjectName(u"acceptSureButton"_s);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Niveau :"), this));
    filters->addWidget(m_bandFilterCombo);
    filters->addWidget(new QLabel(tr("Type :"), this));
    filters->addWidget(m_kindFilterCombo);
    filters->addStretch();
    filters->addWidget(m_summaryLabel);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_pairTable, 1);

    auto *pairView = new QWidget(this);
    auto *pairLayout = new QVBoxLayout(pairView);
    pairLayout->setContentsMargins(0, 0, 0, 0);
    pairLayout->addWidget(m_pairTitleLabel);
    pairLayout->addWidget(m_comparison, 1);
    auto *explanationBox = new QGroupBox(tr("Pourquoi ce score"), this);
    auto *explanationLayout = new QVBoxLayout(explanationBox);
    explanationLayout->addWidget(m_explanation);
    explanationLayout->addStretch();
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(pairView);
    details->addWidget(explanationBox);
    details->setChildrenCollapsible(false);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);
    details->setSizes({700, 300}); // the comparison, with its reasons, needs the room more than the score

    // The list on top, the selected pair below: at 1100 pixels, side by side clipped the list.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list);
    splitter->addWidget(details);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_rejectButton);
    buttons->addWidget(m_nextButton);
    buttons->addSpacing(24);
    buttons->addWidget(m_acceptSureButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_bandFilterCombo, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
    connect(m_kindFilterCombo, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
    connect(m_pairTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::showCurrent);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { decide(merge::Decision::Accepted); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { decide(merge::Decision::Rejected); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { selectRow(m_pairTable->currentIndex().row() + 1); });
    connect(down, &QShortcut::activated, m_nextButton, &QPushButton::click);
    connect(m_acceptSureButton, &QPushButton::clicked, this, &ReviewPage::acceptSure);
    connect(m_comparison, &PairComparison::pairEdited, m_model, &PairTableModel::pairChanged);
    connect(m_comparison, &PairComparison::pairEdited, this, &ReviewPage::save);
}

void ReviewPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    m_explanation->setColumns(width() >= 1150 ? 2 : 1);
}

void ReviewPage::initializePage()
{
    m_model->setSession(m_state.session.get());
    applyFilter();
    updateSummary();
}

void ReviewPage::cleanupPage()
{
    // The search page may replace the session: nothing here may keep pointing at it.
    m_comparison->showPair(nullptr, -1);
    m_model->setSession(nullptr);
}

void ReviewPage::applyFilter()
{
    QList<merge::Band> bands;
    for (int band : m_bandFilterCombo->currentData().value<QList<int>>())
        bands << merge::Band(band);
    const int kind = m_kindFilterCombo->currentData().toInt();
    const int current = currentPair();
    m_model->setFilter(bands, kind < 0 ? std::nullopt : std::optional(merge::PairKind(kind)));
    const int row = current >= 0 ? m_model->rowOf(current) : -1;
    selectRow(row >= 0 ? row : 0);
    showCurrent();
}

int ReviewPage::currentPair() const
{
    const QModelIndex current = m_pairTable->currentIndex();
    return current.isValid() ? m_model->pairIndex(current.row()) : -1;
}

void ReviewPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_pairTable->setCurrentIndex(m_model->index(row, 0));
    m_pairTable->scrollTo(m_model->index(row, 0));
}

void ReviewPage::showCurrent()
{
    const int pairIndex = currentPair();
    merge::ReviewSession *session = m_state.session.get();
    const bool hasPair = session && pairIndex >= 0;
    m_acceptButton->setEnabled(hasPair);
    m_rejectButton->setEnabled(hasPair);
    m_nextButton->setEnabled(hasPair);
    m_comparison->showPair(session, pairIndex);
    if (!hasPair) {
        m_pairTitleLabel->setText(m_model->rowCount() == 0 ? tr("Aucune paire à afficher.") : QString());
        m_explanation->clear();
        return;
    }
    const merge::ReviewPair &pair = session->pairs()[pairIndex];
    m_pairTitleLabel->setText(
        tr("%1 — %2 — %3")
            .arg(m_model->data(m_model->index(m_model->rowOf(pairIndex), PairTableModel::ProbabilityColumn)).toString(),
                PairTableModel::bandLabel(pair.band), PairTableModel::kindLabel(pair.kind)));
    m_explanation->showExplanation(pair.explanation);
}

void ReviewPage::decide(merge::Decision decision)
{
    const int pairIndex = currentPair();
    if (!m_state.session || pairIndex < 0)
        return;
    m_state.session->pairs()[pairIndex].decision = decision;
    save(pairIndex);
    m_model->pairChanged(pairIndex);
    updateSummary();
    selectNext();
}

// The next undecided pair after the current one in the list, wrapping round; the current one
// stays selected when every pair is decided.
void ReviewPage::selectNext()
{
    const int rows = m_model->rowCount();
    const int start = m_pairTable->currentIndex().row();
    for (int step = 1; step <= rows; ++step) {
        const int row = (start + step) % rows;
        if (m_state.session->pairs()[m_model->pairIndex(row)].decision == merge::Decision::Undecided) {
            selectRow(row);
            return;
        }
    }
    showCurrent();
}

void ReviewPage::acceptSure()
{
    if (!m_state.session)
        return;
    const int accepted = m_state.session->acceptSureWithoutConflicts();
    save(-1);
    m_model->allChanged();
    updateSummary();
    m_summaryLabel->setText(tr("%n paire(s) sûre(s) acceptée(s). ", nullptr, accepted) + m_summaryLabel->text());
    if (const int pairIndex = currentPair(); pairIndex >= 0 && m_state.session->pairs()[pairIndex].decision != merge::Decision::Undecided)
        selectNext();
}

void ReviewPage::updateSummary()
{
    if (!m_state.session) {
        m_summaryLabel->clear();
        return;
    }
    QString text = tr("%n paire(s) à décider", nullptr, m_state.session->undecided());
    if (m_state.restoredDecisions > 0)
        text += tr(" — %n décision(s) reprise(s) de la revue interrompue", nullptr, m_state.restoredDecisions);
    m_summaryLabel->setText(text);
}

void ReviewPage::save(int pairIndex)
{
    if (!m_state.session)
        return;
    merge::ReviewDraft draft(m_state.db);
    const auto saved = pairIndex < 0 ? draft.saveAll(*m_state.session) : draft.save(*m_state.session, m_state.session->pairs()[pairIndex]);
    if (!saved)
        MessageBox::warning(this, tr("Revue des doublons"),
            tr("La décision n'a pas pu être enregistrée dans le fichier\u00a0: elle vaut pour cette revue, mais serait perdue si "
               "l'assistant se fermait.\n\n%1")
                .arg(saved.error().message));
}

} // namespace adhera
