// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingdialog.h"

#include "assembly/meetingstore.h"
#include "db/database.h"
#include "dialogs/editorsupport.h"
#include "dialogs/fieldfeedback.h"
#include "i18n/displayformat.h"
#include "messagebox.h"
#include "widgets/personcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

namespace {

const QList<AgendaItemKind> &itemKinds()
{
    static const QList<AgendaItemKind> kinds {
        AgendaItemKind::Information, AgendaItemKind::Resolution, AgendaItemKind::Election, AgendaItemKind::OtherBusiness};
    return kinds;
}

QString sentenceStart(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

MeetingDialog::MeetingDialog(Database &db, qint64 meetingId, QWidget *parent)
    : QDialog(parent), m_db(db), m_profile(StatutesProfile::load(db))
{
    setObjectName(u"meetingDialog"_s);
    setWindowTitle(tr("Réunion"));
    setStyleSheet(FieldFeedback::styleSheet());
    m_meeting.id = meetingId;

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"kindCombo"_s);
    for (const MeetingKind kind : allMeetingKinds())
        m_kindCombo->addItem(label(kind), int(kind));
    m_titleEdit = EditorSupport::lineEdit(u"titleEdit"_s, this);
    m_titleEdit->setPlaceholderText(tr("Laissé vide\u00a0: le type et la date"));

    m_startEdit = new QDateTimeEdit(this);
    m_startEdit->setObjectName(u"startEdit"_s);
    m_startEdit->setDisplayFormat(i18n::dateFormat() + u' ' + i18n::timeFormat());
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setMinimumWidth(170);
    m_startEdit->setLocale(i18n::displayLocale());
    m_endCheck = new QCheckBox(tr("&Fin à"), this);
    m_endCheck->setObjectName(u"endCheck"_s);
    m_endEdit = new QTimeEdit(this);
    m_endEdit->setObjectName(u"endEdit"_s);
    m_endEdit->setDisplayFormat(i18n::timeFormat());
    m_endEdit->setEnabled(false);
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_startEdit);
    whenRow->addSpacing(12);
    whenRow->addWidget(m_endCheck);
    whenRow->addWidget(m_endEdit);
    whenRow->addStretch(1);

    m_placeEdit = EditorSupport::lineEdit(u"placeEdit"_s, this);
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(u"statusCombo"_s);
    for (const MeetingStatus status : {MeetingStatus::Planned, MeetingStatus::Held, MeetingStatus::Cancelled})
        m_statusCombo->addItem(label(status), int(status));
    m_convocationCombo = new QComboBox(this);
    m_convocationCombo->setObjectName(u"convocationCombo"_s);
    m_convocationCombo->addItem(tr("1re convocation"), int(Convocation::First));
    m_convocationCombo->addItem(tr("2e convocation"), int(Convocation::Second));
    m_convocationHint = new QLabel(this);
    m_convocationHint->setObjectName(u"convocationHint"_s);
    m_convocationHint->setEnabled(false);
    m_convocationHint->setWordWrap(true);
    auto *convocationRow = new QHBoxLayout;
    convocationRow->addWidget(m_convocationCombo);
    convocationRow->addWidget(m_convocationHint, 1);
    m_notesEdit = EditorSupport::textEdit(u"notesEdit"_s, 3, this);
    m_chairCombo = new PersonCombo(this);
    m_chairCombo->setObjectName(u"chairCombo"_s);
    m_chairCombo->setToolTip(tr("Le président de séance signe le procès-verbal"));
    m_secretaryCombo = new PersonCombo(this);
    m_secretaryCombo->setObjectName(u"secretaryCombo"_s);
    m_secretaryCombo->setToolTip(tr("Le secrétaire de séance rédige et signe le procès-verbal"));
    auto *officersRow = new QHBoxLayout;
    officersRow->addWidget(m_chairCombo, 1);
    auto *secretaryLabel = new QLabel(tr("Secrétaire\u00a0:"), this);
    secretaryLabel->setBuddy(m_secretaryCombo);
    officersRow->addSpacing(12);
    officersRow->addWidget(secretaryLabel);
    officersRow->addWidget(m_secretaryCombo, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type\u00a0:"), m_kindCombo);
    form->addRow(tr("&Intitulé\u00a0:"), m_titleEdit);
    auto *whenLabel = new QLabel(tr("&Date et heure\u00a0:"), this);
    whenLabel->setBuddy(m_startEdit);
    form->addRow(whenLabel, whenRow);
    form->addRow(tr("&Lieu\u00a0:"), m_placeEdit);
    auto *chairLabel = new QLabel(tr("&Présidée par\u00a0:"), this);
    chairLabel->setBuddy(m_chairCombo);
    form->addRow(chairLabel, officersRow);
    form->addRow(tr("&Statut\u00a0:"), m_statusCombo);
    m_convocationLabel = new QLabel(tr("&Convocation\u00a0:"), this);
    m_convocationLabel->setBuddy(m_convocationCombo);
    form->addRow(m_convocationLabel, convocationRow);
    form->addRow(tr("&Notes\u00a0:"), m_notesEdit);

    // The agenda: the list of points on the left, the selected point on the right.
    m_agendaList = new QListWidget(this);
    m_agendaList->setObjectName(u"agendaList"_s);
    m_agendaList->setMinimumWidth(320);
    // Long titles wrap rather than hide behind a horizontal scroll bar.
    m_agendaList->setWordWrap(true);
    m_agendaList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_agendaList->setSpacing(2);
    m_addButton = new QPushButton(tr("&Ajouter"), this);
    m_addButton->setObjectName(u"addItemButton"_s);
    m_removeButton = new QPushButton(tr("Supprimer"), this);
    m_removeButton->setObjectName(u"removeItemButton"_s);
    m_upButton = new QPushButton(tr("Vers le &haut"), this);
    m_upButton->setObjectName(u"moveUpButton"_s);
    m_downButton = new QPushButton(tr("Vers le &bas"), this);
    m_downButton->setObjectName(u"moveDownButton"_s);
    for (QPushButton *button : {m_addButton, m_removeButton, m_upButton, m_downButton})
        button->setAutoDefault(false);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    listButtons->addWidget(m_upButton);
    listButtons->addWidget(m_downButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_agendaList, 1);
    listColumn->addLayout(listButtons);

    m_itemKindCombo = new QComboBox(this);
    m_itemKindCombo->setObjectName(u"itemKindCombo"_s);
    for (const AgendaItemKind kind : itemKinds())
        m_itemKindCombo->addItem(label(kind), int(kind));
    m_itemTitleEdit = EditorSupport::lineEdit(u"itemTitleEdit"_s, this);
    m_itemTextEdit = EditorSupport::textEdit(u"itemTextEdit"_s, 6, this);
    m_resolutionCombo = new QComboBox(this);
    m_resolutionCombo->setObjectName(u"resolutionKindCombo"_s);
    for (const ResolutionKind kind : allResolutionKinds())
        m_resolutionCombo->addItem(sentenceStart(label(kind)), int(kind));
    m_majorityLabel = new QLabel(this);
    m_majorityLabel->setObjectName(u"majorityLabel"_s);
    m_majorityLabel->setWordWrap(true);
    m_majorityLabel->setEnabled(false);
    m_majorityLabel->setToolTip(tr("La majorité que les statuts exigent pour ce type de résolution (Paramètres statutaires)"));
    m_secretCheck = new QCheckBox(tr("&Vote à bulletin secret"), this);
    m_secretCheck->setObjectName(u"secretBallotCheck"_s);

    m_itemEditor = new QWidget(this);
    auto *itemForm = new QFormLayout(m_itemEditor);
    itemForm->setContentsMargins(0, 0, 0, 0);
    itemForm->addRow(tr("Nat&ure\u00a0:"), m_itemKindCombo);
    itemForm->addRow(tr("Intitulé du p&oint\u00a0:"), m_itemTitleEdit);
    itemForm->addRow(tr("Te&xte\u00a0:"), m_itemTextEdit);
    m_resolutionLabel = new QLabel(tr("&Résolution\u00a0:"), this);
    m_resolutionLabel->setBuddy(m_resolutionCombo);
    itemForm->addRow(m_resolutionLabel, m_resolutionCombo);
    itemForm->addRow(QString(), m_majorityLabel);
    itemForm->addRow(QString(), m_secretCheck);

    m_agendaBox = new QGroupBox(tr("Ordre du jour"), this);
    m_agendaBox->setObjectName(u"agendaBox"_s);
    auto *agendaLayout = new QHBoxLayout(m_agendaBox);
    agendaLayout->addLayout(listColumn, 1);
    agendaLayout->addSpacing(8);
    agendaLayout->addWidget(m_itemEditor, 1);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setProperty("role", u"fieldProblem"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->hide();

    m_frozenLabel = new QLabel(this);
    m_frozenLabel->setObjectName(u"frozenLabel"_s);
    m_frozenLabel->setWordWrap(true);
    m_frozenLabel->setFrameShape(QFrame::StyledPanel);
    m_frozenLabel->setMargin(6);
    m_frozenLabel->hide();

    QDialogButtonBox *buttons = EditorSupport::saveButtons(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_frozenLabel);
    layout->addLayout(form);
    layout->addWidget(m_agendaBox, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);

    load();

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &MeetingDialog::kindChosen);
    connect(m_titleEdit, &QLineEdit::textEdited, this, &MeetingDialog::edited);
    connect(m_startEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateConvocationHint();
        edited();
    });
    connect(m_endCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_endEdit->setEnabled(on);
        edited();
    });
    connect(m_endEdit, &QTimeEdit::timeChanged, this, &MeetingDialog::edited);
    connect(m_placeEdit, &QLineEdit::textEdited, this, &MeetingDialog::edited);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &MeetingDialog::edited);
    connect(m_convocationCombo, &QComboBox::currentIndexChanged, this, &MeetingDialog::edited);
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, &MeetingDialog::edited);
    connect(m_chairCombo, &QComboBox::editTextChanged, this, &MeetingDialog::edited);
    connect(m_secretaryCombo, &QComboBox::editTextChanged, this, &MeetingDialog::edited);

    connect(m_agendaList, &QListWidget::currentRowChanged, this, &MeetingDialog::showSelectedItem);
    connect(m_addButton, &QPushButton::clicked, this, &MeetingDialog::addItem);
    connect(m_removeButton, &QPushButton::clicked, this, &MeetingDialog::removeItem);
    connect(m_upButton, &QPushButton::clicked, this, &MeetingDialog::moveItemUp);
    connect(m_downButton, &QPushButton::clicked, this, &MeetingDialog::moveItemDown);
    connect(m_itemKindCombo, &QComboBox::currentIndexChanged, this, &MeetingDialog::itemEdited);
    connect(m_itemTitleEdit, &QLineEdit::textEdited, this, &MeetingDialog::itemEdited);
    connect(m_itemTextEdit, &QPlainTextEdit::textChanged, this, &MeetingDialog::itemEdited);
    connect(m_resolutionCombo, &QComboBox::currentIndexChanged, this, &MeetingDialog::itemEdited);
    connect(m_secretCheck, &QCheckBox::toggled, this, &MeetingDialog::itemEdited);

    resize(std::max(sizeHint().width(), 900), std::max(sizeHint().height(), 720));
}

void MeetingDialog::load()
{
    m_filling = true;
    MeetingStore store(m_db);
    if (m_meeting.id != 0) {
        const auto stored = store.meeting(m_meeting.id);
        const auto agenda = store.agenda(m_meeting.id);
        if (stored)
            m_meeting = *stored;
        else
            showProblem(stored.error().message);
        if (agenda)
            m_items = *agenda;
        else
            showProblem(agenda.error().message);
        setWindowTitle(tr("Réunion — %1").arg(m_meeting.title));
    } else {
        // A new meeting starts as next month's assembly at 18:30, with « questions diverses » last.
        const QDate day = m_db.now().toLocalTime().date().addMonths(1);
        m_meeting.startsAt = QDateTime(day, QTime(18, 30));
        AgendaItem otherBusiness;
        otherBusiness.kind = AgendaItemKind::OtherBusiness;
        otherBusiness.title = label(AgendaItemKind::OtherBusiness);
        m_items = {otherBusiness};
        setWindowTitle(tr("Nouvelle réunion"));
    }
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(m_meeting.kind)));
    m_titleEdit->setText(m_meeting.title);
    m_startEdit->setDateTime(m_meeting.startsAt);
    m_endCheck->setChecked(m_meeting.endsAt.isValid());
    m_endEdit->setEnabled(m_meeting.endsAt.isValid());
    m_endEdit->setTime(m_meeting.endsAt.isValid() ? m_meeting.endsAt.time() : m_meeting.startsAt.time().addSecs(2 * 3600));
    m_placeEdit->setText(m_meeting.place);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(m_meeting.status)));
    m_convocationCombo->setCurrentIndex(m_convocationCombo->findData(int(m_meeting.convocation)));
    m_notesEdit->setPlainText(m_meeting.notes);
    // The board seated on the day comes first; a new meeting is chaired by its président and
    // minuted by its secrétaire until told otherwise.
    m_chairCombo->load(m_db, m_meeting.startsAt.date(), true);
    m_secretaryCombo->load(m_db, m_meeting.startsAt.date(), true);
    m_chairCombo->setPersonId(m_meeting.id != 0 ? m_meeting.chairPersonId : m_chairCombo->seatedIn(u"president"_s));
    m_secretaryCombo->setPersonId(m_meeting.id != 0 ? m_meeting.secretaryPersonId : m_secretaryCombo->seatedIn(u"secretary"_s));
    showItems();
    m_agendaList->setCurrentRow(m_items.isEmpty() ? -1 : 0);
    m_filling = false;
    kindChosen();
    showFrozenParts();
    showSelectedItem();
    m_modified = false;
}

void MeetingDialog::showFrozenParts()
{
    if (m_meeting.id == 0)
        return;
    MeetingStore store(m_db);
    const auto minutes = store.minutes(m_meeting.id);
    m_factsFrozen = minutes && std::any_of(minutes->cbegin(), minutes->cend(), [](const Minutes &one) { return one.isLocked(); });
    bool voted = false;
    for (const AgendaItem &item : std::as_const(m_items))
        if (const auto recorded = store.vote(item.id); recorded && recorded->has_value())
            voted = true;
    m_agendaFrozen = m_factsFrozen || voted;

    for (QWidget *fact : std::initializer_list<QWidget *> {
             m_kindCombo, m_startEdit, m_endCheck, m_endEdit, m_placeEdit, m_convocationCombo, m_chairCombo, m_secretaryCombo})
        if (m_factsFrozen)
            fact->setEnabled(false);
    if (m_agendaFrozen) {
        m_addButton->setEnabled(false);
        m_itemKindCombo->setEnabled(false);
        m_itemTitleEdit->setReadOnly(true);
        m_itemTextEdit->setReadOnly(true);
        m_resolutionCombo->setEnabled(false);
        m_secretCheck->setEnabled(false);
    }
    if (m_factsFrozen)
        m_frozenLabel->setText(tr("Le procès-verbal de cette réunion est verrouillé\u00a0: sa nature, sa date, son lieu, ses "
                                  "signataires et son ordre du jour ne changent plus. L'intitulé, le statut et les notes restent "
                                  "modifiables."));
    else if (voted)
        m_frozenLabel->setText(tr("Des votes sont enregistrés\u00a0: l'ordre du jour ne change plus. Les autres champs restent "
                                  "modifiables."));
    m_frozenLabel->setVisible(m_agendaFrozen);
}

bool MeetingDialog::isAssemblyChosen() const
{
    return isAssembly(MeetingKind(m_kindCombo->currentData().toInt()));
}

void MeetingDialog::kindChosen()
{
    const bool assembly = isAssemblyChosen();
    // Every meeting has its ordre du jour (a conseil's too); the agenda, not the notes, takes the
    // height the dialog has to spare.
    m_notesEdit->setMaximumHeight(m_notesEdit->minimumHeight());
    m_convocationLabel->setVisible(assembly);
    m_convocationCombo->setVisible(assembly);
    m_convocationHint->setVisible(assembly);
    updateConvocationHint();
    updateMajority();
    edited();
}

void MeetingDialog::edited()
{
    if (!m_filling)
        m_modified = true;
}

void MeetingDialog::updateConvocationHint()
{
    const int days = m_profile.convocationDelayDays;
    const QString latest = EditorSupport::dateText(m_startEdit->date().addDays(-days));
    m_convocationHint->setText(days == 1
            ? tr("Délai des statuts\u00a0: 1 jour, convocations à envoyer au plus tard le %1.").arg(latest)
            : tr("Délai des statuts\u00a0: %1 jours, convocations à envoyer au plus tard le %2.").arg(days).arg(latest));
}

void MeetingDialog::showItems()
{
    const int current = m_agendaList->currentRow();
    const QSignalBlocker blocker(m_agendaList);
    m_agendaList->clear();
    for (int row = 0; row < m_items.size(); ++row) {
        m_agendaList->addItem(QString());
        showItemText(row);
    }
    m_agendaList->setCurrentRow(std::min(current, int(m_items.size()) - 1));
}

void MeetingDialog::showItemText(int row)
{
    const AgendaItem &item = m_items.at(row);
    QString text = tr("%1. %2").arg(row + 1).arg(item.title.trimmed().isEmpty() ? tr("(sans intitulé)") : item.title.trimmed());
    if (isVotable(item.kind))
        text += tr(" — %1").arg(item.kind == AgendaItemKind::Election ? label(item.kind) : label(item.resolutionKind));
    m_agendaList->item(row)->setText(text);
}

void MeetingDialog::showSelectedItem()
{
    const int row = m_agendaList->currentRow();
    const bool has = row >= 0 && row < m_items.size();
    m_itemEditor->setEnabled(has);
    const bool wasFilling = m_filling;
    m_filling = true;
    const AgendaItem item = has ? m_items.at(row) : AgendaItem();
    m_itemKindCombo->setCurrentIndex(m_itemKindCombo->findData(int(item.kind)));
    m_itemTitleEdit->setText(item.title);
    m_itemTextEdit->setPlainText(item.body);
    m_resolutionCombo->setCurrentIndex(m_resolutionCombo->findData(int(item.resolutionKind)));
    m_secretCheck->setChecked(item.secretBallot);
    m_filling = wasFilling;
    updateMajority();
    updateItemButtons();
}

void MeetingDialog::itemEdited()
{
    const int row = m_agendaList->currentRow();
    if (m_filling || row < 0 || row >= m_items.size())
        return;
    AgendaItem &item = m_items[row];
    const AgendaItemKind kind = AgendaItemKind(m_itemKindCombo->currentData().toInt());
    const bool kindChanged = kind != item.kind;
    item.kind = kind;
    item.title = m_itemTitleEdit->text();
    item.body = EditorSupport::text(m_itemTextEdit);
    item.resolutionKind
        = kind == AgendaItemKind::Resolution ? ResolutionKind(m_resolutionCombo->currentData().toInt()) : ResolutionKind::Ordinary;
    item.secretBallot = isVotable(kind) && m_secretCheck->isChecked();
    if (kindChanged) {
        // A new election gets the secret ballot when the statuts say elections are secret.
        if (kind == AgendaItemKind::Election && m_profile.secretBallotForElections) {
            item.secretBallot = true;
            const QSignalBlocker blocker(m_secretCheck);
            m_secretCheck->setChecked(true);
        }
        keepOtherBusinessLast();
    } else {
        showItemText(row);
    }
    updateMajority();
    updateItemButtons();
    m_problemLabel->hide();
    m_modified = true;
}

void MeetingDialog::keepOtherBusinessLast()
{
    const qsizetype current = m_agendaList->currentRow();
    const AgendaItem selected = current >= 0 && current < m_items.size() ? m_items.at(current) : AgendaItem();
    std::stable_partition(
        m_items.begin(), m_items.end(), [](const AgendaItem &item) { return item.kind != AgendaItemKind::OtherBusiness; });
    showItems();
    if (current >= 0) {
        const auto found = std::find(m_items.cbegin(), m_items.cend(), selected);
        const QSignalBlocker blocker(m_agendaList);
        m_agendaList->setCurrentRow(int(found - m_items.cbegin()));
    }
}

void MeetingDialog::updateMajority()
{
    const int row = m_agendaList->currentRow();
    const AgendaItemKind kind = AgendaItemKind(m_itemKindCombo->currentData().toInt());
    // The majorities and secret ballots are the statuts' rules for the general assembly.
    const bool votable = row >= 0 && isVotable(kind) && isAssemblyChosen();
    const bool resolution = votable && kind == AgendaItemKind::Resolution;
    m_resolutionLabel->setVisible(resolution);
    m_resolutionCombo->setVisible(resolution);
    m_secretCheck->setVisible(votable);
    m_majorityLabel->setVisible(votable);
    if (!votable)
        return;
    const ResolutionKind resolutionKind = resolution ? ResolutionKind(m_resolutionCombo->currentData().toInt()) : ResolutionKind::Ordinary;
    const ResolutionRule rule = m_profile.majority(resolutionKind);
    m_majorityLabel->setText(tr("Adoptée à la %1 des %2").arg(label(rule.threshold), label(rule.basis)));
}

void MeetingDialog::updateItemButtons()
{
    const int row = m_agendaList->currentRow();
    const bool has = row >= 0 && row < m_items.size();
    const auto movable = [this](int at) { return at >= 0 && at < m_items.size() && m_items.at(at).kind != AgendaItemKind::OtherBusiness; };
    m_removeButton->setEnabled(has && !m_agendaFrozen);
    m_upButton->setEnabled(movable(row) && row > 0 && !m_agendaFrozen);
    m_downButton->setEnabled(movable(row) && movable(row + 1) && !m_agendaFrozen);
}

int MeetingDialog::addAgendaItem(AgendaItemKind kind, const QString &title, const QString &body)
{
    AgendaItem item;
    item.kind = kind;
    item.title = title;
    item.body = body;
    item.secretBallot = kind == AgendaItemKind::Election && m_profile.secretBallotForElections;
    const auto otherBusiness = std::find_if(
        m_items.cbegin(), m_items.cend(), [](const AgendaItem &stored) { return stored.kind == AgendaItemKind::OtherBusiness; });
    const int row = kind == AgendaItemKind::OtherBusiness ? int(m_items.size()) : int(otherBusiness - m_items.cbegin());
    m_items.insert(row, item);
    showItems();
    m_agendaList->setCurrentRow(row);
    showSelectedItem();
    m_modified = true;
    return row;
}

void MeetingDialog::addItem()
{
    addAgendaItem(AgendaItemKind::Information, QString());
    m_itemTitleEdit->setFocus();
}

void MeetingDialog::selectAgendaItem(int row)
{
    m_agendaList->setCurrentRow(row);
}

int MeetingDialog::selectedAgendaItem() const
{
    return m_agendaList->currentRow();
}

void MeetingDialog::setSelectedResolutionKind(ResolutionKind kind)
{
    m_itemKindCombo->setCurrentIndex(m_itemKindCombo->findData(int(AgendaItemKind::Resolution)));
    m_resolutionCombo->setCurrentIndex(m_resolutionCombo->findData(int(kind)));
}

void MeetingDialog::setSelectedSecretBallot(bool secret)
{
    m_secretCheck->setChecked(secret);
}

void MeetingDialog::removeItem()
{
    const int row = m_agendaList->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    m_items.removeAt(row);
    showItems();
    m_agendaList->setCurrentRow(std::min(row, int(m_items.size()) - 1));
    showSelectedItem();
    m_modified = true;
}

void MeetingDialog::moveItemUp()
{
    const int row = m_agendaList->currentRow();
    if (!m_upButton->isEnabled() || row <= 0)
        return;
    m_items.swapItemsAt(row, row - 1);
    showItems();
    m_agendaList->setCurrentRow(row - 1);
    m_modified = true;
}

void MeetingDialog::moveItemDown()
{
    const int row = m_agendaList->currentRow();
    if (!m_downButton->isEnabled())
        return;
    m_items.swapItemsAt(row, row + 1);
    showItems();
    m_agendaList->setCurrentRow(row + 1);
    m_modified = true;
}

void MeetingDialog::setKind(MeetingKind kind)
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
}

void MeetingDialog::setTitle(const QString &title)
{
    m_titleEdit->setText(title);
    m_modified = true;
}

void MeetingDialog::setStartsAt(const QDateTime &startsAt)
{
    m_startEdit->setDateTime(startsAt);
}

void MeetingDialog::setPlace(const QString &place)
{
    m_placeEdit->setText(place);
    m_modified = true;
}

Meeting MeetingDialog::meetingFromForm() const
{
    Meeting meeting = m_meeting;
    meeting.kind = MeetingKind(m_kindCombo->currentData().toInt());
    meeting.title = m_titleEdit->text().trimmed();
    meeting.startsAt = m_startEdit->dateTime();
    meeting.endsAt = m_endCheck->isChecked() ? QDateTime(meeting.startsAt.date(), m_endEdit->time()) : QDateTime();
    meeting.place = m_placeEdit->text().trimmed();
    meeting.status = MeetingStatus(m_statusCombo->currentData().toInt());
    meeting.convocation = Convocation(m_convocationCombo->currentData().toInt());
    meeting.notes = EditorSupport::text(m_notesEdit).trimmed();
    meeting.chairPersonId = m_chairCombo->personId();
    meeting.secretaryPersonId = m_secretaryCombo->personId();
    return meeting;
}

QString MeetingDialog::problem(int *badRow) const
{
    *badRow = -1;
    // DOMAIN §1.8: two persons sign the minutes, each chosen from the list.
    if (m_chairCombo->hasUnknownText())
        return tr("Président de séance\u00a0: «\u00a0%1\u00a0» n'est pas dans la liste des personnes.").arg(m_chairCombo->currentText());
    if (m_secretaryCombo->hasUnknownText())
        return tr("Secrétaire de séance\u00a0: «\u00a0%1\u00a0» n'est pas dans la liste des personnes.")
            .arg(m_secretaryCombo->currentText());
    if (m_chairCombo->personId() != 0 && m_chairCombo->personId() == m_secretaryCombo->personId())
        return tr("Le président et le secrétaire de séance sont deux personnes différentes\u00a0: ils signent tous deux le "
                  "procès-verbal.");
    int otherBusinessRow = -1;
    for (int row = 0; row < m_items.size(); ++row) {
        const AgendaItem &item = m_items.at(row);
        *badRow = row;
        if (item.title.trimmed().isEmpty())
            return tr("Point %1 de l'ordre du jour\u00a0: indiquez un intitulé.").arg(row + 1);
        if (item.kind == AgendaItemKind::Resolution && item.body.trimmed().isEmpty())
            return tr("Point %1 « %2 »\u00a0: rédigez le texte de la résolution soumise au vote.").arg(row + 1).arg(item.title.trimmed());
        if (item.kind == AgendaItemKind::OtherBusiness) {
            if (otherBusinessRow >= 0)
                return tr("Points %1 et %2\u00a0: les questions diverses ne figurent qu'une fois à l'ordre du jour.")
                    .arg(otherBusinessRow + 1)
                    .arg(row + 1);
            otherBusinessRow = row;
        }
    }
    *badRow = -1;
    return QString();
}

void MeetingDialog::showProblem(const QString &text)
{
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

bool MeetingDialog::save()
{
    int badRow = -1;
    const QString wrong = problem(&badRow);
    if (!wrong.isEmpty()) {
        showProblem(wrong);
        if (badRow >= 0) {
            m_agendaList->setCurrentRow(badRow);
            (m_items.at(badRow).title.trimmed().isEmpty() ? static_cast<QWidget *>(m_itemTitleEdit) : m_itemTextEdit)->setFocus();
        }
        return false;
    }
    MeetingStore store(m_db);
    const Meeting meeting = meetingFromForm();
    // The meeting and its agenda are two store calls: a refused agenda leaves the meeting saved,
    // which the user sees as the agenda still to fix in the dialog kept open.
    const auto saved = store.saveMeeting(meeting);
    if (!saved) {
        showProblem(saved.error().message);
        return false;
    }
    m_meeting.id = *saved;
    if (!m_agendaFrozen) {
        const auto agenda = store.setAgenda(m_meeting.id, m_items);
        if (!agenda) {
            showProblem(agenda.error().message);
            return false;
        }
        m_items = *agenda;
        showItems();
    }
    if (const auto stored = store.meeting(m_meeting.id))
        m_meeting = *stored;
    showProblem(QString());
    m_modified = false;
    return true;
}

void MeetingDialog::accept()
{
    if (save())
        QDialog::accept();
}

void MeetingDialog::reject()
{
    if (m_modified && !EditorSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

} // namespace adhera
