// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionvotestab.h"
#include "sessioncontroller.h"
#include "sessionsupport.h"

#include "boardelectiondialog.h"
#include "messagebox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;
using namespace sessionsupport;

// « Votes »: the resolutions on the left, the count of the one chosen on the right.
SessionVotesTab::SessionVotesTab(SessionController &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_itemList = new QListWidget;
    m_itemList->setObjectName(u"itemList"_s);
    m_itemList->setWordWrap(true);
    m_itemList->setSpacing(3);
    connect(m_itemList, &QListWidget::currentRowChanged, this, &SessionVotesTab::showItem);

    m_itemTitleLabel = boldLabel();
    m_itemTitleLabel->setObjectName(u"itemTitleLabel"_s);
    m_itemBodyLabel = new QLabel;
    m_itemBodyLabel->setObjectName(u"itemBodyLabel"_s);
    m_itemBodyLabel->setWordWrap(true);
    m_itemBodyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ruleLabel = new QLabel;
    m_ruleLabel->setObjectName(u"ruleLabel"_s);
    m_ruleLabel->setWordWrap(true);

    const auto spin = [](const QString &name) {
        auto *box = new QSpinBox;
        box->setObjectName(name);
        box->setRange(0, 999999);
        box->setMinimumWidth(90);
        return box;
    };
    m_forSpin = spin(u"forSpin"_s);
    m_againstSpin = spin(u"againstSpin"_s);
    m_abstentionSpin = spin(u"abstentionSpin"_s);
    m_blankSpin = spin(u"blankSpin"_s);
    m_spoiledSpin = spin(u"spoiledSpin"_s);
    m_castingCombo = new QComboBox;
    m_castingCombo->setObjectName(u"castingCombo"_s);
    m_castingCombo->addItem(tr("Non utilisée"), -1);
    m_castingCombo->addItem(tr("Pour l'adoption"), 1);
    m_castingCombo->addItem(tr("Contre l'adoption"), 0);
    m_castingCombo->setToolTip(tr("Départage une égalité des voix, vote public seulement"));
    m_castingLabel = new QLabel(tr("Voix &prépondérante du président\u00a0:"));
    m_castingLabel->setBuddy(m_castingCombo);

    auto *countForm = new QFormLayout;
    countForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    countForm->addRow(tr("P&our\u00a0:"), m_forSpin);
    countForm->addRow(tr("&Contre\u00a0:"), m_againstSpin);
    countForm->addRow(tr("Abs&tentions\u00a0:"), m_abstentionSpin);
    countForm->addRow(tr("B&lancs\u00a0:"), m_blankSpin);
    countForm->addRow(tr("N&uls\u00a0:"), m_spoiledSpin);
    countForm->addRow(m_castingLabel, m_castingCombo);
    m_correctionEdit = new QLineEdit;
    m_correctionEdit->setObjectName(u"correctionEdit"_s);
    m_correctionEdit->setPlaceholderText(tr("ex.\u00a0: voix pour et contre inversées à la saisie"));
    // The form keeps fields at their size hint: wide enough for a sentence.
    m_correctionEdit->setMinimumWidth(m_correctionEdit->fontMetrics().horizontalAdvance(m_correctionEdit->placeholderText()) + 40);
    m_correctionLabel = new QLabel(tr("&Motif de la correction\u00a0:"));
    m_correctionLabel->setBuddy(m_correctionEdit);
    countForm->addRow(m_correctionLabel, m_correctionEdit);

    m_recordVoteButton = new QPushButton(tr("&Enregistrer le vote"));
    m_recordVoteButton->setObjectName(u"recordVoteButton"_s);
    connect(m_recordVoteButton, &QPushButton::clicked, this, &SessionVotesTab::recordShownVote);
    m_outcomeLabel = new QLabel;
    m_outcomeLabel->setObjectName(u"outcomeLabel"_s);
    m_outcomeLabel->setWordWrap(true);
    m_boardButton = new QPushButton(tr("Co&nseil élu…"));
    m_boardButton->setObjectName(u"boardButton"_s);
    m_boardButton->setToolTip(tr("Inscrit dans le fichier le conseil que l'élection a composé"));
    connect(m_boardButton, &QPushButton::clicked, this, &SessionVotesTab::openBoardElection);

    auto *countBox = new QGroupBox(tr("Résultat du vote"));
    auto *countLayout = new QVBoxLayout(countBox);
    countLayout->addLayout(countForm);
    countLayout->addWidget(m_recordVoteButton, 0, Qt::AlignLeft);

    auto *itemPane = new QWidget;
    auto *itemLayout = new QVBoxLayout(itemPane);
    itemLayout->addWidget(m_itemTitleLabel);
    itemLayout->addWidget(m_itemBodyLabel);
    itemLayout->addWidget(m_ruleLabel);
    itemLayout->addWidget(countBox);
    itemLayout->addWidget(m_outcomeLabel);
    itemLayout->addWidget(m_boardButton, 0, Qt::AlignLeft);
    itemLayout->addStretch(1);

    auto *votesSplitter = new QSplitter;
    votesSplitter->addWidget(m_itemList);
    votesSplitter->addWidget(itemPane);
    votesSplitter->setStretchFactor(0, 2);
    votesSplitter->setStretchFactor(1, 3);
    votesSplitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(votesSplitter);

    connect(&m_session, &SessionController::changed, this, [this](SessionController::Parts parts) {
        if (parts & (SessionController::VotesPart | SessionController::MinutesPart | SessionController::MeetingPart))
            fillItems(); // the votes, or a lock that freezes them
        else
            showItem(); // the room at the pointing time
    });
}

void SessionVotesTab::fillItems()
{
    const qint64 selected = selectedItemId();
    const QSignalBlocker blocker(m_itemList);
    m_itemList->clear();
    int current = 0;
    for (const AgendaItem &item : m_session.agenda()) {
        if (!isVotable(item.kind))
            continue;
        QString text = tr("%1. %2").arg(item.position).arg(item.title);
        auto *entry = new QListWidgetItem;
        entry->setData(Qt::UserRole, item.id);
        if (const auto vote = m_session.votes().constFind(item.id); vote != m_session.votes().cend()) {
            text += u'\n' + (vote->adopted ? tr("adoptée") : tr("rejetée"));
            entry->setForeground(QColor(vote->adopted ? green : red));
        } else {
            text += u'\n' + tr("à voter");
        }
        entry->setText(text);
        if (item.id == selected)
            current = m_itemList->count();
        m_itemList->addItem(entry);
    }
    if (m_itemList->count() > 0)
        m_itemList->setCurrentRow(current);
    showItem();
}

qint64 SessionVotesTab::selectedItemId() const
{
    const QListWidgetItem *entry = m_itemList->currentItem();
    return entry ? entry->data(Qt::UserRole).toLongLong() : 0;
}

void SessionVotesTab::showItem()
{
    const qint64 id = selectedItemId();
    const QList<AgendaItem> &agenda = m_session.agenda();
    const QHash<qint64, VoteRecord> &votes = m_session.votes();
    const auto item = std::find_if(agenda.cbegin(), agenda.cend(), [id](const AgendaItem &candidate) { return candidate.id == id; });
    const bool shown = item != agenda.cend();
    const bool editable = shown && !m_session.isLocked();
    for (QWidget *widget : {static_cast<QWidget *>(m_forSpin), static_cast<QWidget *>(m_againstSpin),
             static_cast<QWidget *>(m_abstentionSpin), static_cast<QWidget *>(m_blankSpin), static_cast<QWidget *>(m_spoiledSpin),
             static_cast<QWidget *>(m_castingCombo), static_cast<QWidget *>(m_recordVoteButton), static_cast<QWidget *>(m_correctionEdit)})
        widget->setEnabled(editable);
    m_boardButton->setVisible(shown && item->kind == AgendaItemKind::Election && votes.contains(id) && votes.value(id).adopted);
    if (!shown) {
        m_itemTitleLabel->setText(tr("Aucune résolution ni élection à l'ordre du jour."));
        m_itemBodyLabel->clear();
        m_ruleLabel->clear();
        m_outcomeLabel->clear();
        m_outcomeLabel->setStyleSheet(QString());
        return;
    }
    m_itemTitleLabel->setText(tr("%1. %2 (%3)").arg(item->position).arg(item->title, label(item->kind).toLower()));
    m_itemBodyLabel->setText(item->body);
    const auto vote = votes.constFind(id);
    const bool voted = vote != votes.cend();
    const StatutesProfile &profile = m_session.profile();
    const ResolutionRule rule = voted ? vote->rule : profile.majority(item->resolutionKind);
    QString ruleText
        = tr("Règle des statuts\u00a0: %1 des %2 (%3).").arg(label(rule.threshold), label(rule.basis), label(item->resolutionKind));
    if (item->secretBallot)
        ruleText += u' ' + tr("Vote à bulletin secret\u00a0: seuls les totaux sont enregistrés.");
    // A recorded vote is shown with the votes it was decided on; otherwise the room at the
    // check-in time.
    if (voted) {
        ruleText += u'\n' + tr("Au moment du vote, %1.").arg(votingWeightText(vote->body));
    } else if (const auto quorum = m_session.quorum(); quorum && m_session.isPrepared()) {
        const VotingBody room {quorum->presentWeight, quorum->representedWeight, quorum->eligibleWeight};
        ruleText += u'\n' + tr("À %1, %2.").arg(timeText(m_session.pointingTime()), votingWeightText(room));
    }
    m_ruleLabel->setText(ruleText);

    const bool casting = profile.chairHasCastingVote && !item->secretBallot
        && (rule.threshold == Threshold::Simple || rule.threshold == Threshold::Absolute);
    m_castingLabel->setVisible(casting);
    m_castingCombo->setVisible(casting);

    // A recorded result is corrected, never overwritten: the button says so and asks why.
    m_recordVoteButton->setText(voted ? tr("Corri&ger le vote…") : tr("&Enregistrer le vote"));
    m_correctionLabel->setVisible(voted);
    m_correctionEdit->setVisible(voted);
    m_correctionEdit->clear();

    const VoteCount count = voted ? vote->count : VoteCount {};
    m_forSpin->setValue(count.inFavour);
    m_againstSpin->setValue(count.against);
    m_abstentionSpin->setValue(count.abstentions);
    m_blankSpin->setValue(count.blank);
    m_spoiledSpin->setValue(count.spoiled);
    m_castingCombo->setCurrentIndex(voted && vote->chairCastingVoteFor ? m_castingCombo->findData(*vote->chairCastingVoteFor ? 1 : 0) : 0);
    if (voted) {
        m_outcomeLabel->setText(u"<b>%1</b><br>%2"_s.arg(
            (vote->adopted ? tr("Résolution adoptée") : tr("Résolution rejetée")).toHtmlEscaped(), vote->explanation.toHtmlEscaped()));
        const QString colour = vote->adopted ? green : red;
        m_outcomeLabel->setStyleSheet(
            u"QLabel { color: %1; border: 1px solid %1; border-radius: 4px; padding: 8px; background: %2; }"_s.arg(
                colour, vote->adopted ? u"#eef8f0"_s : u"#fbeeed"_s));
    } else {
        m_outcomeLabel->setText(tr("Pas encore voté."));
        m_outcomeLabel->setStyleSheet(QString());
    }
}

void SessionVotesTab::recordShownVote()
{
    const qint64 id = selectedItemId();
    if (id == 0)
        return;
    const VoteCount count {
        m_forSpin->value(), m_againstSpin->value(), m_abstentionSpin->value(), m_blankSpin->value(), m_spoiledSpin->value()};
    std::optional<bool> casting;
    if (m_castingCombo->isVisible() && m_castingCombo->currentData().toInt() >= 0)
        casting = m_castingCombo->currentData().toInt() == 1;
    const auto earlier = m_session.votes().constFind(id);
    if (earlier == m_session.votes().cend()) {
        recordVoteFor(id, count, casting);
        return;
    }
    const QString title = tr("Corriger le vote");
    const QString reason = m_correctionEdit->text().trimmed();
    if (reason.isEmpty()) {
        MessageBox::warning(
            this, title, tr("Indiquez le motif de la correction\u00a0: le premier résultat et ce motif resteront au procès-verbal."));
        m_correctionEdit->setFocus();
        return;
    }
    if (MessageBox::question(this, title,
            tr("Corriger le vote enregistré à %1\u00a0?\n\nPremier résultat\u00a0: %2 — %3.\nNouveau décompte\u00a0: %4.\n\nLe premier "
               "résultat reste au procès-verbal avec le motif\u00a0: « %5 ».")
                .arg(timeText(earlier->recordedAt), countSummary(earlier->count),
                    earlier->adopted ? tr("résolution adoptée") : tr("résolution rejetée"), countSummary(count), reason))
        != QMessageBox::Yes)
        return;
    recordVoteFor(id, count, casting, reason);
}

bool SessionVotesTab::recordVoteFor(
    qint64 agendaItemId, const VoteCount &count, std::optional<bool> chairCastingVoteFor, const QString &correctionReason)
{
    // The item voted stays the one shown when the list is filled again.
    for (int row = 0; row < m_itemList->count(); ++row)
        if (m_itemList->item(row)->data(Qt::UserRole).toLongLong() == agendaItemId) {
            const QSignalBlocker blocker(m_itemList);
            m_itemList->setCurrentRow(row);
        }
    return succeeded(this, tr("Vote"), m_session.recordVote(agendaItemId, count, chairCastingVoteFor, correctionReason));
}

void SessionVotesTab::openBoardElection()
{
    BoardElectionDialog dialog(m_session.database(), m_session.meeting(), this);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(this, tr("Conseil élu"),
            tr("La composition du conseil est enregistrée dans le fichier des membres\u00a0: %1").arg(dialog.changeText()));
}

} // namespace adhera
