// SPDX-License-Identifier: GPL-3.0-or-later
#include "statutesdialog.h"

#include "db/database.h"
#include "dialogs/editorsupport.h"
#include "dialogs/fieldfeedback.h"
#include "members/memberfile.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

namespace {

constexpr int maximumDelayDays = 365;
constexpr int maximumProxies = 99;
constexpr int maximumWeight = 100;
// Beyond this many categories the weight table scrolls rather than making the dialog taller
// than a 1366 × 768 screen.
constexpr int weightRowsShown = 9;

const QList<Threshold> &allThresholds()
{
    static const QList<Threshold> all {
        Threshold::Simple, Threshold::Absolute, Threshold::TwoThirds, Threshold::ThreeQuarters, Threshold::Unanimity};
    return all;
}

const QList<MajorityBasis> &allBases()
{
    static const QList<MajorityBasis> all {MajorityBasis::VotesCast, MajorityBasis::VotesIncludingBlank, MajorityBasis::Present,
        MajorityBasis::PresentAndRepresented, MajorityBasis::AllMembers};
    return all;
}

// Core labels read inside a sentence (« majorité simple »); a list item starts with a capital.
QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

std::optional<Fraction> &quorumOf(StatutesProfile &profile, AssemblyKind kind, Convocation convocation)
{
    if (kind == AssemblyKind::Ordinary)
        return convocation == Convocation::First ? profile.quorumOrdinaryFirst : profile.quorumOrdinarySecond;
    return convocation == Convocation::First ? profile.quorumExtraordinaryFirst : profile.quorumExtraordinarySecond;
}

// A weight of 1 is what an unlisted category weighs: dropping those keeps "unchanged" exact.
StatutesProfile withoutDefaultWeights(StatutesProfile profile)
{
    profile.categoryWeights.removeIf([](const auto &entry) { return entry.value() == 1; });
    return profile;
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false);
    // A form may give a wrapped label more height than it needs: keep the text by its field.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// Numbers and short choices keep their own width instead of running across the form.
template <typename Widget>
Widget *compact(Widget *widget)
{
    widget->setSizePolicy(QSizePolicy::Fixed, widget->sizePolicy().verticalPolicy());
    return widget;
}

QSpinBox *daysSpin(const QString &objectName, QWidget *parent)
{
    auto *spin = compact(new QSpinBox(parent));
    spin->setObjectName(objectName);
    spin->setRange(0, maximumDelayDays);
    return spin;
}

QTableWidget *newTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

// As tall as its rows, up to `rowsShown` of them: no empty band, no scroll bar for a few rows.
void fitHeight(QTableWidget *table, int rowsShown)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < std::min(table->rowCount(), rowsShown); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

StatutesDialog::StatutesDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_original(withoutDefaultWeights(StatutesProfile::load(db)))
{
    setObjectName(u"statutesDialog"_s);
    setWindowTitle(tr("Statuts de l'association"));
    setStyleSheet(FieldFeedback::styleSheet());
    m_feedback = new FieldFeedback(this, nullptr);

    if (auto categories = MemberFile(m_db).categories())
        m_categories = *categories;
    else
        qWarning("Categories not loaded: %s", qPrintable(categories.error().message));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"statutesTabs"_s);
    m_tabs->addTab(regimePage(), tr("Régime et convocation"));
    m_tabs->addTab(quorumPage(), tr("Quorum et procurations"));
    m_tabs->addTab(majorityPage(), tr("Majorités"));
    m_tabs->addTab(votingPage(), tr("Droit de vote"));
    m_feedback->setTabWidget(m_tabs);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setProperty("role", u"fieldProblem"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->hide();

    QDialogButtonBox *buttons = EditorSupport::saveButtons(this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Enregistrer les statuts (Ctrl+Entrée)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);

    fill(m_original);
    m_feedback->forgetTouched();

    connect(m_feedback, &FieldFeedback::inputChanged, this, &StatutesDialog::validate);
    connect(m_proxiesAllowed, &QCheckBox::toggled, this, &StatutesDialog::enableDependentFields);
    connect(m_duesRequired, &QCheckBox::toggled, this, &StatutesDialog::enableDependentFields);

    resize(std::max(sizeHint().width(), 760), sizeHint().height());
    m_regime->setFocus();
}

StatutesDialog::~StatutesDialog()
{
    // Hiding moves the focus away, and leaving a field validates: while this object still exists.
    hide();
}

QWidget *StatutesDialog::regimePage()
{
    auto *page = new QWidget;
    page->setObjectName(u"regimePage"_s);

    auto *regimeGroup = new QGroupBox(tr("Régime juridique"), page);
    auto *regimeForm = new QFormLayout(regimeGroup);
    m_regime = compact(new QComboBox(regimeGroup));
    m_regime->setObjectName(u"regimeCombo"_s);
    for (const LegalRegime regime : {LegalRegime::Loi1901, LegalRegime::AlsaceMoselle})
        m_regime->addItem(label(regime), toCode(regime));
    regimeForm->addRow(tr("&Régime\u00a0:"), m_regime);
    auto *regimeNote = noteLabel(tr("Une association dont le siège est en Moselle, dans le Bas-Rhin ou dans le Haut-Rhin relève du "
                                    "droit local (code civil local, articles 21 à 79-III), et non de la loi 1901\u00a0: c'est le lieu "
                                    "du siège qui décide, pas celui de l'assemblée."),
        regimeGroup);
    regimeNote->setObjectName(u"regimeNoteLabel"_s);
    regimeForm->addRow(regimeNote);
    auto *defaultsButton = new QPushButton(tr("&Valeurs par défaut de ce régime"), regimeGroup);
    defaultsButton->setObjectName(u"defaultsButton"_s);
    defaultsButton->setAutoDefault(false);
    defaultsButton->setToolTip(tr("Remplit les quatre onglets avec ce que prévoit le régime choisi quand les statuts sont muets"));
    auto *defaultsRow = new QHBoxLayout;
    defaultsRow->addWidget(defaultsButton);
    defaultsRow->addStretch();
    regimeForm->addRow(defaultsRow);
    regimeForm->addRow(noteLabel(tr("Changer de régime ne change aucune autre valeur\u00a0: ce bouton les remplace par celles du "
                                    "régime choisi, à adapter ensuite aux statuts de l'association."),
        regimeGroup));

    auto *convocationGroup = new QGroupBox(tr("Convocation"), page);
    auto *convocationForm = new QFormLayout(convocationGroup);
    m_convocationDelay = daysSpin(u"convocationDelaySpin"_s, convocationGroup);
    convocationForm->addRow(tr("&Délai de convocation\u00a0:"), m_convocationDelay);
    convocationForm->addRow(
        noteLabel(tr("Au moins ce délai entre l'envoi de la convocation et l'assemblée\u00a0; Adhera avertit quand une convocation "
                     "part plus tard."),
            convocationGroup));
    m_secondConvocationGap = daysSpin(u"secondConvocationGapSpin"_s, convocationGroup);
    convocationForm->addRow(tr("Délai &minimal avant la 2e convocation\u00a0:"), m_secondConvocationGap);
    convocationForm->addRow(
        noteLabel(tr("Entre une assemblée restée sans quorum et la seconde, convoquée avec le même ordre du jour."), convocationGroup));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(regimeGroup);
    layout->addWidget(convocationGroup);
    layout->addStretch();

    for (QSpinBox *spin : {m_convocationDelay, m_secondConvocationGap}) {
        // « 1 jour », « 15 jours »: French takes the singular below 2.
        const auto showUnit = [spin](int days) { spin->setSuffix(days < 2 ? tr("\u00a0jour") : tr("\u00a0jours")); };
        connect(spin, &QSpinBox::valueChanged, spin, showUnit);
        showUnit(spin->value());
    }
    connect(defaultsButton, &QPushButton::clicked, this, &StatutesDialog::fillDefaults);
    return page;
}

QWidget *StatutesDialog::quorumPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"quorumPage"_s);

    auto *quorumGroup = new QGroupBox(tr("Quorum"), page);
    auto *quorumForm = new QFormLayout(quorumGroup);
    quorumForm->addRow(noteLabel(tr("Part des voix des membres présents ou représentés qu'il faut réunir pour délibérer, en fraction "
                                    "(par exemple 1/4). Vide\u00a0: pas de quorum, l'usage en 2e convocation et la règle quand les "
                                    "statuts sont muets."),
        quorumGroup));
    const QList<std::pair<AssemblyKind, QString>> kinds {
        {AssemblyKind::Ordinary, u"ordinary"_s}, {AssemblyKind::Extraordinary, u"extraordinary"_s}};
    for (const auto &[kind, kindCode] : kinds) {
        for (const Convocation convocation : {Convocation::First, Convocation::Second}) {
            const bool first = convocation == Convocation::First;
            QuorumField quorum {kind, convocation, u"quorum.%1_%2"_s.arg(kindCode, first ? u"first"_s : u"second"_s)};
            quorum.edit = EditorSupport::lineEdit(u"%1%2QuorumEdit"_s.arg(kindCode, first ? u"First"_s : u"Second"_s), quorumGroup);
            quorum.edit->setPlaceholderText(tr("aucun"));
            quorum.edit->setMaximumWidth(quorum.edit->fontMetrics().horizontalAdvance(u"0000/0000"_s) * 2);
            const QString rowLabel
                = first ? tr("%1, 1re convocation\u00a0:").arg(label(kind)) : tr("%1, 2e convocation\u00a0:").arg(label(kind));
            m_feedback->addRow(quorumForm, rowLabel, quorum.edit, quorum.field);
            m_quorums.append(quorum);
        }
    }

    auto *proxyGroup = new QGroupBox(tr("Procurations"), page);
    auto *proxyForm = new QFormLayout(proxyGroup);
    m_proxiesAllowed = new QCheckBox(tr("&Procurations autorisées"), proxyGroup);
    m_proxiesAllowed->setObjectName(u"proxiesAllowedCheck"_s);
    proxyForm->addRow(m_proxiesAllowed);
    m_maxProxies = compact(new QSpinBox(proxyGroup));
    m_maxProxies->setObjectName(u"maxProxiesSpin"_s);
    m_maxProxies->setRange(0, maximumProxies);
    m_maxProxies->setSpecialValueText(tr("illimité"));
    m_maxProxies->setToolTip(tr("0\u00a0: illimité"));
    proxyForm->addRow(tr("Pouvoirs par &mandataire, au plus\u00a0:"), m_maxProxies);
    m_holderMustBeMember = new QCheckBox(tr("Le mandataire doit être &un membre ayant le droit de vote"), proxyGroup);
    m_holderMustBeMember->setObjectName(u"holderMustBeMemberCheck"_s);
    proxyForm->addRow(m_holderMustBeMember);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(quorumGroup);
    layout->addWidget(proxyGroup);
    layout->addStretch();
    return page;
}

QWidget *StatutesDialog::majorityPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"majorityPage"_s);

    auto *table = newTable(u"majorityTable"_s, {tr("Résolution"), tr("Majorité requise"), tr("Base de calcul")}, page);
    table->setRowCount(int(allResolutionKinds().size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        MajorityRow majority {allResolutionKinds().at(row)};
        table->setItem(row, 0, readOnlyItem(capitalised(label(majority.kind))));
        majority.threshold = new QComboBox(table);
        majority.threshold->setObjectName(u"thresholdCombo-"_s + toCode(majority.kind));
        for (const Threshold threshold : allThresholds())
            majority.threshold->addItem(capitalised(label(threshold)), toCode(threshold));
        table->setCellWidget(row, 1, majority.threshold);
        majority.basis = new QComboBox(table);
        majority.basis->setObjectName(u"basisCombo-"_s + toCode(majority.kind));
        for (const MajorityBasis basis : allBases())
            majority.basis->addItem(capitalised(label(basis)), toCode(basis));
        table->setCellWidget(row, 2, majority.basis);
        m_majorities.append(majority);
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    fitHeight(table, table->rowCount());

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(noteLabel(tr("La majorité qu'il faut atteindre pour adopter une résolution, selon son objet."), page));
    layout->addWidget(table);
    layout->addWidget(noteLabel(tr("Sur une base de membres (l'ensemble des membres, les présents, les présents ou représentés), "
                                   "s'abstenir revient à voter contre. Sur les voix exprimées, les abstentions sont écartées\u00a0; "
                                   "sur les suffrages exprimés, les abstentions, les bulletins blancs et les nuls sont écartés."),
        page));
    layout->addStretch();
    return page;
}

QWidget *StatutesDialog::votingPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"votingPage"_s);

    auto *rightsGroup = new QGroupBox(tr("Qui vote, et comment"), page);
    auto *rightsForm = new QFormLayout(rightsGroup);
    m_duesRequired = new QCheckBox(tr("&Cotisation à jour requise pour voter"), rightsGroup);
    m_duesRequired->setObjectName(u"duesRequiredCheck"_s);
    rightsForm->addRow(m_duesRequired);
    m_votingReference = compact(new QComboBox(rightsGroup));
    m_votingReference->setObjectName(u"votingReferenceCombo"_s);
    m_votingReference->addItem(tr("Date de l'assemblée"), toCode(VotingReference::AssemblyDate));
    m_votingReference->addItem(tr("Date de la convocation"), toCode(VotingReference::ConvocationDate));
    rightsForm->addRow(tr("À jour à la &date de\u00a0:"), m_votingReference);
    auto *referenceRule = new QLabel(tr("La cotisation regardée est celle de l'exercice de cette date. Tant que l'appel de l'exercice "
                                        "n'est pas échu (ou pas encore émis), la cotisation de l'exercice précédent, réglée, suffit\u00a0: "
                                        "une assemblée tenue en début d'année est votée par les membres à jour de l'année écoulée."),
        rightsGroup);
    referenceRule->setObjectName(u"votingReferenceRule"_s);
    referenceRule->setWordWrap(true);
    rightsForm->addRow(referenceRule);
    m_castingVote = new QCheckBox(tr("&Voix prépondérante du président en cas d'égalité (votes à main levée seulement)"), rightsGroup);
    m_castingVote->setObjectName(u"castingVoteCheck"_s);
    rightsForm->addRow(m_castingVote);
    m_secretElections = new QCheckBox(tr("&Scrutin secret pour les élections"), rightsGroup);
    m_secretElections->setObjectName(u"secretElectionsCheck"_s);
    rightsForm->addRow(m_secretElections);

    auto *weightGroup = new QGroupBox(tr("Voix par catégorie"), page);
    m_weightTable = newTable(u"weightTable"_s, {tr("Catégorie"), tr("Voix par membre")}, weightGroup);
    m_weightTable->setRowCount(int(m_categories.size()));
    for (int row = 0; row < m_categories.size(); ++row) {
        const Category &category = m_categories.at(row);
        m_weightTable->setItem(row, 0, readOnlyItem(category.name));
        auto *weight = new QSpinBox(m_weightTable);
        weight->setObjectName(u"weightSpin-"_s + category.code);
        weight->setRange(0, maximumWeight);
        weight->setSpecialValueText(tr("0 (sans droit de vote)"));
        weight->setAccessibleName(tr("Voix par membre, %1").arg(category.name));
        m_weightTable->setCellWidget(row, 1, weight);
        m_weights.append(WeightRow {category.code, weight});
    }
    m_weightTable->resizeColumnsToContents();
    m_weightTable->resizeRowsToContents();
    m_weightTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fitHeight(m_weightTable, weightRowsShown);
    auto *weightLayout = new QVBoxLayout(weightGroup);
    weightLayout->addWidget(m_weightTable);
    weightLayout->addWidget(noteLabel(tr("Une personne morale vote par son représentant désigné."), weightGroup));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(rightsGroup);
    layout->addWidget(weightGroup);
    layout->addStretch();
    return page;
}

void StatutesDialog::fill(const StatutesProfile &profile)
{
    m_regime->setCurrentIndex(std::max(0, m_regime->findData(toCode(profile.regime))));
    m_convocationDelay->setValue(profile.convocationDelayDays);
    m_secondConvocationGap->setValue(profile.secondConvocationGapDays);
    for (const QuorumField &quorum : std::as_const(m_quorums)) {
        const auto fraction = profile.quorum(quorum.kind, quorum.convocation);
        quorum.edit->setText(fraction ? fraction->toText() : QString());
    }
    m_proxiesAllowed->setChecked(profile.proxiesAllowed);
    m_maxProxies->setValue(profile.maxProxiesPerHolder.value_or(0));
    m_holderMustBeMember->setChecked(profile.proxyHolderMustBeMember);
    for (const MajorityRow &majority : std::as_const(m_majorities)) {
        const ResolutionRule rule = profile.majority(majority.kind);
        majority.threshold->setCurrentIndex(std::max(0, majority.threshold->findData(toCode(rule.threshold))));
        majority.basis->setCurrentIndex(std::max(0, majority.basis->findData(toCode(rule.basis))));
    }
    m_duesRequired->setChecked(profile.voteRequiresDuesPaid);
    m_votingReference->setCurrentIndex(std::max(0, m_votingReference->findData(toCode(profile.votingReference))));
    m_castingVote->setChecked(profile.chairHasCastingVote);
    m_secretElections->setChecked(profile.secretBallotForElections);
    for (const WeightRow &weight : std::as_const(m_weights))
        weight.weight->setValue(profile.weightOf(weight.categoryCode));
    enableDependentFields();
    validate();
}

StatutesProfile StatutesDialog::profile() const
{
    StatutesProfile profile;
    profile.regime = legalRegimeFromCode(m_regime->currentData().toString()).value_or(LegalRegime::Loi1901);
    profile.convocationDelayDays = m_convocationDelay->value();
    profile.secondConvocationGapDays = m_secondConvocationGap->value();
    for (const QuorumField &quorum : m_quorums)
        quorumOf(profile, quorum.kind, quorum.convocation) = Fraction::fromText(quorum.edit->text());
    profile.proxiesAllowed = m_proxiesAllowed->isChecked();
    profile.maxProxiesPerHolder = m_maxProxies->value() == 0 ? std::nullopt : std::optional<int>(m_maxProxies->value());
    profile.proxyHolderMustBeMember = m_holderMustBeMember->isChecked();
    for (const MajorityRow &majority : m_majorities) {
        profile.majorities.insert(majority.kind,
            ResolutionRule {thresholdFromCode(majority.threshold->currentData().toString()).value_or(Threshold::Simple),
                majorityBasisFromCode(majority.basis->currentData().toString()).value_or(MajorityBasis::VotesCast)});
    }
    profile.voteRequiresDuesPaid = m_duesRequired->isChecked();
    profile.votingReference = votingReferenceFromCode(m_votingReference->currentData().toString()).value_or(VotingReference::AssemblyDate);
    profile.chairHasCastingVote = m_castingVote->isChecked();
    profile.secretBallotForElections = m_secretElections->isChecked();
    // Weights of categories no longer in the file are kept as they were.
    profile.categoryWeights = m_original.categoryWeights;
    for (const WeightRow &weight : m_weights)
        profile.categoryWeights.insert(weight.categoryCode, weight.weight->value());
    return withoutDefaultWeights(profile);
}

bool StatutesDialog::isModified() const
{
    const bool unreadQuorum = std::any_of(m_quorums.cbegin(), m_quorums.cend(),
        [](const QuorumField &quorum) { return !quorum.edit->text().trimmed().isEmpty() && !Fraction::fromText(quorum.edit->text()); });
    return unreadQuorum || profile() != m_original;
}

FieldProblems StatutesDialog::problems() const
{
    // The profile names its problems in sentences; trying each quorum alone on a profile
    // without quorums tells which field a sentence belongs to.
    StatutesProfile withoutQuorums = profile();
    for (const QuorumField &quorum : m_quorums)
        quorumOf(withoutQuorums, quorum.kind, quorum.convocation).reset();
    const QStringList otherProblems = withoutQuorums.problems();

    FieldProblems found;
    for (const QuorumField &quorum : m_quorums) {
        const QString text = quorum.edit->text().trimmed();
        if (text.isEmpty())
            continue;
        const auto fraction = Fraction::fromText(text);
        if (!fraction) {
            const QString field = quorum.convocation == Convocation::First ? tr("%1, 1re convocation").arg(label(quorum.kind))
                                                                           : tr("%1, 2e convocation").arg(label(quorum.kind));
            found.append({quorum.field,
                tr("Quorum de l'%1\u00a0: « %2 » n'est pas une fraction\u00a0; écrivez par exemple 1/4, ou laissez vide s'il n'y a pas de "
                   "quorum.")
                    .arg(field, text)});
            continue;
        }
        StatutesProfile alone = withoutQuorums;
        quorumOf(alone, quorum.kind, quorum.convocation) = fraction;
        for (const QString &problem : alone.problems()) {
            if (!otherProblems.contains(problem))
                found.append({quorum.field, problem});
        }
    }
    for (const QString &problem : otherProblems)
        found.append({u"statutes"_s, problem});
    return found;
}

void StatutesDialog::validate()
{
    const FieldProblems found = problems();
    m_feedback->show(found);
    QStringList messages;
    for (const FieldProblem &problem : found)
        messages << problem.message;
    m_problemLabel->setText(messages.join(u'\n'));
    // Listed once the user tried to save; from then on the list follows every change.
    m_problemLabel->setVisible(m_saveTried && !messages.isEmpty());
    growToFit();
}

void StatutesDialog::enableDependentFields()
{
    m_maxProxies->setEnabled(m_proxiesAllowed->isChecked());
    m_holderMustBeMember->setEnabled(m_proxiesAllowed->isChecked());
    m_votingReference->setEnabled(m_duesRequired->isChecked());
}

void StatutesDialog::growToFit()
{
    // Field messages wrap (height for width), which a minimum-size constraint ignores.
    QLayout *layout = this->layout();
    if (!layout)
        return;
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width()) : layout->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void StatutesDialog::fillDefaults()
{
    const LegalRegime regime = legalRegimeFromCode(m_regime->currentData().toString()).value_or(LegalRegime::Loi1901);
    const auto answer = MessageBox::question(this, windowTitle(),
        tr("Remplacer les valeurs des quatre onglets par celles que prévoit le régime « %1 » quand les statuts sont muets\u00a0?\n"
           "Rien n'est enregistré avant « Enregistrer ».")
            .arg(label(regime)),
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Ok)
        return;
    fill(withoutDefaultWeights(StatutesProfile::defaults(regime)));
}

void StatutesDialog::accept()
{
    m_saveTried = true;
    m_feedback->revealAll();
    validate();
    if (!problems().isEmpty()) {
        m_feedback->focusFirstProblem();
        return;
    }
    const StatutesProfile edited = profile();
    if (auto saved = edited.save(m_db); !saved) {
        MessageBox::critical(this, tr("Enregistrement impossible"), saved.error().message);
        return;
    }
    m_original = edited;
    QDialog::accept();
}

void StatutesDialog::reject()
{
    if (isModified() && !EditorSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

} // namespace adhera
