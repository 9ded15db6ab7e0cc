// SPDX-License-Identifier: GPL-3.0-or-later
#include "remindersdialog.h"

#include "db/database.h"
#include "documentfiles.h"
#include "i18n/displayformat.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace dues;

namespace {

enum Column { NumberColumn, MemberColumn, BalanceColumn, DueColumn, SentColumn, EmailColumn, ColumnCount };

} // namespace

RemindersDialog::RemindersDialog(Database &db, int financialYear, const QDate &today, QWidget *parent)
    : QDialog(parent), m_db(db), m_ledger(db), m_financialYear(financialYear), m_today(today)
{
    setWindowTitle(tr("Relances — exercice %1").arg(m_ledger.financialYear(financialYear).label()));

    m_levelCombo = new QComboBox;
    m_levelCombo->setObjectName(u"levelCombo"_s);
    m_levelCombo->addItem(tr("1re relance\u00a0: jamais relancés"), 1);
    m_levelCombo->addItem(tr("2e relance\u00a0: relancés une fois"), 2);
    m_levelCombo->addItem(tr("Déjà relancés deux fois"), 3);
    auto *levelLabel = new QLabel(tr("&Relance\u00a0:"));
    levelLabel->setBuddy(m_levelCombo);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &RemindersDialog::fillTable);

    m_sentOnEdit = new QDateEdit(today);
    m_sentOnEdit->setObjectName(u"sentOnEdit"_s);
    m_sentOnEdit->setLocale(i18n::displayLocale());
    m_sentOnEdit->setDisplayFormat(i18n::dateFormat());
    m_sentOnEdit->setCalendarPopup(true);
    auto *sentOnLabel = new QLabel(tr("&Date d'envoi\u00a0:"));
    sentOnLabel->setBuddy(m_sentOnEdit);

    m_channelCombo = new QComboBox;
    m_channelCombo->setObjectName(u"channelCombo"_s);
    m_channelCombo->addItem(tr("courrier"), u"letter"_s);
    m_channelCombo->addItem(tr("e-mail"), u"email"_s);
    auto *channelLabel = new QLabel(tr("&par :"));
    channelLabel->setBuddy(m_channelCombo);

    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(u"lateTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("N° d'appel"), tr("Adhérent"), tr("Reste dû"), tr("Échéance"), tr("Relances envoyées"), tr("E-mail")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // one line per call: long names and addresses are elided, in full as tooltips
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    for (const auto &[column, width] :
        {std::pair {NumberColumn, 130}, {BalanceColumn, 95}, {DueColumn, 90}, {SentColumn, 150}, {EmailColumn, 220}})
        header->resizeSection(column, width);
    connect(m_table, &QTableWidget::itemChanged, this, &RemindersDialog::updateState);

    auto *checkAll = new QPushButton(tr("Tout cocher"));
    connect(checkAll, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    auto *checkNone = new QPushButton(tr("Tout décocher"));
    connect(checkNone, &QPushButton::clicked, this, [this] { setAllChecked(false); });

    m_lettersButton = new QPushButton(tr("Lettres en un PDF…"));
    m_lettersButton->setObjectName(u"lettersButton"_s);
    m_lettersButton->setToolTip(tr("Un seul PDF à imprimer, une lettre par adhérent coché"));
    connect(m_lettersButton, &QPushButton::clicked, this, &RemindersDialog::chooseLettersFile);
    m_folderButton = new QPushButton(tr("Un PDF par adhérent…"));
    m_folderButton->setObjectName(u"folderButton"_s);
    m_folderButton->setToolTip(tr("Une lettre par fichier dans un dossier, pour les joindre à des e-mails"));
    connect(m_folderButton, &QPushButton::clicked, this, &RemindersDialog::chooseLettersFolder);
    m_mailingButton = new QPushButton(tr("Liste d'envoi CSV…"));
    m_mailingButton->setObjectName(u"mailingButton"_s);
    m_mailingButton->setToolTip(tr("Les adresses e-mail et les montants dus, pour un publipostage"));
    connect(m_mailingButton, &QPushButton::clicked, this, &RemindersDialog::chooseMailingFile);
    m_recordButton = new QPushButton(tr("Marquer comme envoyées"));
    m_recordButton->setObjectName(u"recordButton"_s);
    m_recordButton->setToolTip(tr("Enregistrer la relance des adhérents cochés à la date d'envoi"));
    connect(m_recordButton, &QPushButton::clicked, this, [this] { recordSent(m_channelCombo->currentData().toString()); });

    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close);
    closeButtons->button(QDialogButtonBox::Close)->setText(tr("Fermer"));
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(levelLabel);
    topRow->addWidget(m_levelCombo);
    topRow->addSpacing(16);
    topRow->addWidget(sentOnLabel);
    topRow->addWidget(m_sentOnEdit);
    topRow->addWidget(channelLabel);
    topRow->addWidget(m_channelCombo);
    topRow->addStretch(1);
    topRow->addWidget(checkAll);
    topRow->addWidget(checkNone);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_lettersButton);
    actions->addWidget(m_folderButton);
    actions->addWidget(m_mailingButton);
    actions->addStretch(1);
    actions->addWidget(m_recordButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(closeButtons);
    resize(960, 560);

    reload();
}

int RemindersDialog::level() const
{
    return m_levelCombo->currentData().toInt();
}

void RemindersDialog::setLevel(int level)
{
    m_levelCombo->setCurrentIndex(qMax(0, m_levelCombo->findData(level)));
}

void RemindersDialog::reload()
{
    const auto late = m_ledger.lateCalls(m_financialYear, m_today);
    if (!late) {
        MessageBox::critical(this, windowTitle(), late.error().message);
        m_late.clear();
    } else {
        m_late = *late;
    }
    fillTable();
}

void RemindersDialog::fillTable()
{
    const int wanted = level() - 1; // the reminders already sent
    m_shown.clear();
    for (const DuesCall &call : std::as_const(m_late))
        if (std::min(call.reminderLevel, 2) == wanted)
            m_shown.append(call);

    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const DuesCall &call = m_shown.at(row);
        const auto recipient = recipientOf(m_db, call.membershipId);
        QString sent;
        if (call.reminderLevel == 1)
            sent = tr("1re le %1").arg(i18n::displayDate(call.lastReminderOn));
        else if (call.reminderLevel >= 2)
            sent = tr("%1e le %2").arg(call.reminderLevel).arg(i18n::displayDate(call.lastReminderOn));
        auto *number = new QTableWidgetItem(call.number);
        number->setData(Qt::UserRole, call.id);
        number->setFlags(number->flags() | Qt::ItemIsUserCheckable);
        number->setCheckState(wanted < 2 ? Qt::Checked : Qt::Unchecked);
        const QString email = recipient ? recipient->email : QString();
        const QStringList cells {QString(), call.memberName, i18n::displayEuros(call.balance()), i18n::displayDate(call.dueOn), sent,
            email.isEmpty() ? tr("aucun") : email};
        m_table->setItem(row, NumberColumn, number);
        for (int column = MemberColumn; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == BalanceColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == EmailColumn && email.isEmpty())
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(row, column, item);
        }
    }
    updateState();
}

QList<qint64> RemindersDialog::checkedCallIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, NumberColumn);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void RemindersDialog::setAllChecked(bool checked)
{
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, NumberColumn)->setCheckState(checked && level() < 3 ? Qt::Checked : Qt::Unchecked);
    updateState();
}

void RemindersDialog::updateState()
{
    const qsizetype checked = checkedCallIds().size();
    Cents due = 0;
    for (const DuesCall &call : std::as_const(m_shown))
        due += call.balance();
    const QString asOf = i18n::displayDate(m_today);
    if (m_shown.isEmpty())
        m_summaryLabel->setText(tr("Au %1, aucun appel échu à ce niveau de relance.").arg(asOf));
    else
        m_summaryLabel->setText(tr("Au %1\u00a0: %n appel(s) échu(s), %2 restant dus\u00a0; %3 coché(s).", "", int(m_shown.size()))
                                    .arg(asOf, i18n::displayEuros(due), QLocale().toString(qint64(checked))));
    const bool canSend = checked > 0 && level() < 3;
    for (QPushButton *button : {m_lettersButton, m_folderButton, m_mailingButton, m_recordButton})
        button->setEnabled(canSend);
}

Result<QList<DuesDocument>> RemindersDialog::documents() const
{
    return remindersFor(m_db, checkedCallIds(), level(), m_sentOnEdit->date());
}

bool RemindersDialog::writeLettersTo(const QString &pdfPath)
{
    const auto letters = documents();
    const auto written = letters ? writeDocumentsPdf(*letters, clubHeader(m_db), pdfPath) : Result<void>(tl::unexpected(letters.error()));
    if (!written) {
        MessageBox::critical(this, windowTitle(), written.error().message);
        return false;
    }
    return true;
}

bool RemindersDialog::writeLettersToFolder(const QString &folder)
{
    const auto letters = documents();
    if (!letters) {
        MessageBox::critical(this, windowTitle(), letters.error().message);
        return false;
    }
    const auto written = writeDocumentsToFolder(*letters, clubHeader(m_db), folder);
    if (!written) {
        MessageBox::critical(this, windowTitle(), written.error().message);
        return false;
    }
    return true;
}

bool RemindersDialog::writeMailingTo(const QString &csvPath)
{
    const auto letters = documents();
    const auto written = letters ? writeReminderMailingCsv(*letters, csvPath) : Result<void>(tl::unexpected(letters.error()));
    if (!written) {
        MessageBox::critical(this, windowTitle(), written.error().message);
        return false;
    }
    return true;
}

bool RemindersDialog::recordSent(const QString &channel)
{
    const QList<qint64> ids = checkedCallIds();
    if (ids.isEmpty() || level() > 2)
        return false;
    const auto recorded = m_ledger.recordReminders(ids, level(), m_sentOnEdit->date(), channel);
    if (!recorded) {
        MessageBox::critical(this, windowTitle(), recorded.error().message);
        return false;
    }
    reload();
    return true;
}

void RemindersDialog::offerToRecord(const QString &channel, const QString &written)
{
    const qsizetype count = checkedCallIds().size();
    const QString question = tr("%1\n\nEnregistrer la relance n°%2 comme envoyée le %3 pour %n adhérent(s)\u00a0?", "", int(count))
                                 .arg(written)
                                 .arg(level())
                                 .arg(i18n::displayDate(m_sentOnEdit->date()));
    if (MessageBox::question(this, windowTitle(), question) == QMessageBox::Yes)
        recordSent(channel);
}

void RemindersDialog::chooseLettersFile()
{
    const QString suggested = tr("relances-%1-niveau-%2.pdf").arg(m_ledger.financialYear(m_financialYear).label()).arg(level());
    const QString path = documents::askSavePath(this, tr("Enregistrer les lettres de relance"), suggested, tr("Document PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (writeLettersTo(path))
        offerToRecord(u"letter"_s, tr("Les lettres sont enregistrées dans « %1 ».").arg(QDir::toNativeSeparators(path)));
}

void RemindersDialog::chooseLettersFolder()
{
    const QString folder = documents::askFolder(this, tr("Dossier des lettres de relance"));
    if (folder.isEmpty())
        return;
    if (writeLettersToFolder(folder))
        offerToRecord(u"letter"_s, tr("Les lettres sont enregistrées dans le dossier « %1 ».").arg(QDir::toNativeSeparators(folder)));
}

void RemindersDialog::chooseMailingFile()
{
    const QString suggested = tr("relances-%1-niveau-%2.csv").arg(m_ledger.financialYear(m_financialYear).label()).arg(level());
    const QString path = documents::askSavePath(this, tr("Enregistrer la liste d'envoi"), suggested, tr("CSV pour Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (writeMailingTo(path))
        offerToRecord(u"email"_s, tr("La liste d'envoi est enregistrée dans « %1 ».").arg(QDir::toNativeSeparators(path)));
}

} // namespace adhera
