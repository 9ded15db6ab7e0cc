// SPDX-License-Identifier: GPL-3.0-or-later
#include "applypage.h"

#include "importing/importstore.h"
#include "merge/mergestate.h"
#include "merge/reviewdraft.h"
#include "messagebox.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

ApplyPage::ApplyPage(MergeState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"applyPage"_s);
    setTitle(tr("Fusion"));
    setSubTitle(tr("Vérifiez le bilan, puis cliquez sur « Fusionner ». Une sauvegarde du fichier est faite avant."));
    setFinalPage(true);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    QFont larger = m_summaryLabel->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    larger.setBold(true);
    m_summaryLabel->setFont(larger);
    m_undecidedLabel = new QLabel(this);
    m_undecidedLabel->setObjectName(u"undecidedLabel"_s);
    m_undecidedLabel->setWordWrap(true);
    m_acceptSureButton = new QPushButton(this);
    m_acceptSureButton->setObjectName(u"acceptUndecidedSureButton"_s);
    m_acceptSureButton->setAutoDefault(false); // Entrée stays « Fusionner »
    connect(m_acceptSureButton, &QPushButton::clicked, this, &ApplyPage::acceptUndecidedSure);
    m_mergeList = new QListWidget(this);
    m_mergeList->setObjectName(u"mergeList"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addSpacing(12);
    layout->addWidget(m_undecidedLabel);
    layout->addWidget(m_acceptSureButton, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Fiches fusionnées :"), this));
    layout->addWidget(m_mergeList, 1);
}

void ApplyPage::initializePage()
{
    const merge::ReviewSession &session = *m_state.session;
    const QList<merge::MergeGroup> groups = session.groups();
    int skipped = 0;
    for (const importing::ImportFile &file : session.files())
        skipped += int(std::count_if(file.rows.cbegin(), file.rows.cend(), [](const auto &row) { return row.skipped(); }));
    // Counted by the code that will write them, so that the file then holds exactly this.
    const auto planned = merge::MergeApplier(m_state.db).plan(groups);
    QString summary = planned ? describe(*planned) : planned.error().message;
    if (skipped > 0)
        summary += u'\n' + tr("%n ligne(s) ignorée(s) (ni nom ni organisme).", nullptr, skipped);
    m_summaryLabel->setText(summary);

    m_mergeList->clear();
    for (const merge::MergeGroup &group : groups) {
        if (!group.isMerge())
            continue;
        QStringList sources;
        for (const merge::RecordRef &record : group.records)
            sources << session.sourceName(record);
        const QString name = QStringList {group.chosen[std::size_t(importing::ImportField::FirstName)],
            group.chosen[std::size_t(importing::ImportField::LastName)].toUpper()}
                                 .join(u' ')
                                 .trimmed();
        m_mergeList->addItem(tr("%1 : %2").arg(
            name.isEmpty() ? group.chosen[std::size_t(importing::ImportField::Organisation)] : name, sources.join(u" + "_s)));
    }

    const int undecided = session.undecided();
    const int rejected = int(std::count_if(session.pairs().cbegin(), session.pairs().cend(),
        [](const merge::ReviewPair &pair) { return pair.decision == merge::Decision::Rejected && !pair.rememberedDistinct; }));
    const int sure = session.undecidedSure(false);
    const int sureExisting = session.undecidedSure(true);
    QStringList notes;
    notes << (undecided == 0 ? tr("Toutes les paires ont été tranchées.")
                             : tr("%n paire(s) non tranchée(s) : leurs fiches ne seront pas fusionnées entre elles.", nullptr, undecided));
    if (sure > 0)
        notes << tr(
            "Dont %n paire(s) sûre(s) entre les fichiers : sans décision, chacune donnera deux adhérents en double.", nullptr, sure);
    if (sureExisting > 0)
        notes << tr("Dont %n paire(s) sûre(s) avec un membre déjà dans le fichier : « Fusionner » vous demandera quoi en faire.", nullptr,
            sureExisting);
    m_acceptSureButton->setText(tr("&Accepter les %n paire(s) sûre(s) non tranchée(s)", nullptr, sure));
    m_acceptSureButton->setVisible(sure > 0);
    if (rejected > 0)
        notes << tr("%n paire(s) rejetée(s) : elles ne seront plus proposées comme doublons.", nullptr, rejected);
    m_undecidedLabel->setText(notes.join(u'\n'));
}

void ApplyPage::acceptUndecidedSure()
{
    m_state.session->acceptUndecidedSure(false);
    if (auto saved = merge::ReviewDraft(m_state.db).saveAll(*m_state.session); !saved)
        MessageBox::warning(this, tr("Fusion"), saved.error().message);
    initializePage();
}

bool ApplyPage::validatePage()
{
    // A row found « déjà adhérent » and left undecided would be a second copy of the member.
    if (const int existing = m_state.session->undecidedSure(true); existing > 0) {
        const auto answer = MessageBox::question(this, tr("Fusion"),
            tr("%n ligne(s) des fichiers correspondent sûrement à un membre déjà dans le fichier, sans décision. Les fusionner avec "
               "ce membre\u00a0?\n\n« Oui » les fusionne, « Non » les importe comme nouveaux adhérents, en double.",
                nullptr, existing),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Yes)
            m_state.session->acceptUndecidedSure(true);
    }
    QList<importing::ImportFile> files = m_state.session->files();
    const QList<merge::MergeGroup> groups = m_state.session->groups();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = merge::MergeApplier(m_state.db).apply(files, groups);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        MessageBox::critical(
            this, tr("Fusion impossible"), tr("Rien n'a été modifié dans le fichier des adhérents.\n\n%1").arg(outcome.error().message));
        return false;
    }
    m_state.outcome = *outcome;
    const QStringList problems = rememberDecisions(files);

    QString text = tr("Enregistré dans le fichier des adhérents\u00a0: %1").arg(describe(outcome->counts));
    if (!outcome->backupPath.isEmpty())
        text += u"\n\n"_s + tr("Sauvegarde faite avant la fusion : %1").arg(outcome->backupPath);
    if (!problems.isEmpty())
        text += u"\n\n"_s + problems.join(u'\n');
    MessageBox::information(this, tr("Fusion terminée"), text);
    return true;
}

QString ApplyPage::describe(const merge::MergeCounts &counts)
{
    QStringList parts;
    QString created = tr("%n personne(s) nouvelle(s)", nullptr, counts.peopleCreated);
    if (counts.peopleFromSeveralRows > 0)
        created += tr(" (dont %n fusionnée(s) de plusieurs lignes)", nullptr, counts.peopleFromSeveralRows);
    parts << created;
    // Nothing of a kind is not worth a word (« 0 organisme créé »).
    if (counts.peopleCompleted > 0)
        parts << tr("%n personne(s) déjà dans le fichier complétée(s)", nullptr, counts.peopleCompleted);
    if (counts.organisationsCreated > 0)
        parts << tr("%n organisme(s) créé(s)", nullptr, counts.organisationsCreated);
    return parts.join(u", "_s) + u'.';
}

QStringList ApplyPage::rememberDecisions(const QList<importing::ImportFile> &files)
{
    QStringList problems;
    importing::ImportStore store(m_state.db);
    const merge::ReviewSession &session = *m_state.session;
    for (const merge::ReviewPair &pair : session.pairs()) {
        if (pair.decision != merge::Decision::Rejected || pair.rememberedDistinct)
            continue;
        if (auto marked = store.markDistinct(session.fingerprintOf(pair.a), session.fingerprintOf(pair.b)); !marked)
            problems << marked.error().message;
    }
    // The new files come first in the session.
    for (qsizetype index = 0; index < m_state.newFiles.size() && index < files.size(); ++index) {
        const importing::ImportFile &file = files[index];
        if (auto remembered = store.rememberLayout(file.originClubId, file.headers, file.mapping); !remembered)
            problems << remembered.error().message;
    }
    if (!problems.isEmpty())
        problems.prepend(tr("La fusion est faite, mais ce qui devait être retenu pour la prochaine fois ne l'a pas été :"));
    return problems;
}

} // namespace adhera
