// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardelectiondialog.h"

#include "db/database.h"
#include "i18n/displayformat.h"
#include "messagebox.h"
#include "widgets/personcombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

BoardElectionDialog::BoardElectionDialog(Database &db, const Meeting &meeting, QWidget *parent)
    : QDialog(parent), m_db(db), m_meeting(meeting)
{
    setObjectName(u"boardElectionDialog"_s);
    setWindowTitle(tr("Conseil élu — %1").arg(meeting.title));
    const QDate day = meeting.startsAt.date();
    const auto seated = boardSeatedOn(db, day);
    m_readFailed = !seated;
    if (seated)
        m_seated = m_seats = *seated;

    auto *explanation = new QLabel(tr("Le conseil tel que l'élection l'a composé. Les sièges inchangés gardent leur mandat\u00a0; les "
                                      "autres prennent fin le %1 et les nouveaux commencent le %2, jour de la réunion.")
                                       .arg(i18n::displayDate(day.addDays(-1)), i18n::displayDate(day)),
        this);
    explanation->setWordWrap(true);

    m_seatList = new QListWidget(this);
    m_seatList->setObjectName(u"seatList"_s);
    m_personCombo = new PersonCombo(this);
    m_personCombo->setObjectName(u"personCombo"_s);
    m_personCombo->load(db, day, false);
    m_personCombo->setPersonId(0);
    m_positionCombo = new QComboBox(this);
    m_positionCombo->setObjectName(u"positionCombo"_s);
    for (const BoardPosition position : allBoardPositions())
        m_positionCombo->addItem(label(position), int(position));
    m_positionCombo->setCurrentIndex(m_positionCombo->findData(int(BoardPosition::Director)));
    auto *addButton = new QPushButton(tr("&Ajouter"), this);
    addButton->setObjectName(u"addSeatButton"_s);
    addButton->setAutoDefault(false);
    connect(addButton, &QPushButton::clicked, this, &BoardElectionDialog::addChosenSeat);
    m_removeButton = new QPushButton(tr("&Retirer"), this);
    m_removeButton->setObjectName(u"removeSeatButton"_s);
    m_removeButton->setAutoDefault(false);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeSeat(m_seatList->currentRow()); });
    connect(m_seatList, &QListWidget::currentRowChanged, this, [this](int row) { m_removeButton->setEnabled(row >= 0); });
    auto *personLabel = new QLabel(tr("&Élu(e)\u00a0:"), this);
    personLabel->setBuddy(m_personCombo);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(personLabel);
    addRow->addWidget(m_personCombo, 2);
    addRow->addWidget(m_positionCombo, 1);
    addRow->addWidget(addButton);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_removeButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Enregistrer"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Annuler"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BoardElectionDialog::accept);
    // Saving from an empty list after a failed read would end every seat held: refuse it.
    if (m_readFailed) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        MessageBox::critical(this, windowTitle(), seated.error().message);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_seatList, 1);
    layout->addLayout(listButtons);
    layout->addLayout(addRow);
    layout->addWidget(buttons);
    resize(640, 460);
    showSeats();
}

void BoardElectionDialog::showSeats()
{
    m_seatList->clear();
    for (const BoardSeat &seat : std::as_const(m_seats))
        m_seatList->addItem(tr("%1 — %2").arg(seat.name, label(seat.position)));
    m_removeButton->setEnabled(m_seatList->currentRow() >= 0);
}

bool BoardElectionDialog::addSeat(qint64 personId, BoardPosition position)
{
    if (personId == 0) {
        MessageBox::warning(this, windowTitle(), tr("Choisissez la personne élue dans la liste."));
        return false;
    }
    for (const BoardSeat &seat : std::as_const(m_seats)) {
        if (seat.personId == personId) {
            MessageBox::warning(this, windowTitle(),
                tr("%1 siège déjà au conseil (%2)\u00a0: retirez d'abord ce siège pour en changer.").arg(seat.name, label(seat.position)));
            return false;
        }
    }
    BoardSeat seat;
    seat.personId = personId;
    seat.position = position;
    const int index = m_personCombo->findData(personId);
    seat.name = index >= 0 ? m_personCombo->itemText(index).section(u" — "_s, 0, 0) : QString();
    // The officers first, in the order of allBoardPositions(), as boardSeatedOn() lists them.
    qsizetype at = 0;
    while (at < m_seats.size() && allBoardPositions().indexOf(m_seats.at(at).position) <= allBoardPositions().indexOf(position))
        ++at;
    m_seats.insert(at, seat);
    showSeats();
    return true;
}

void BoardElectionDialog::addChosenSeat()
{
    if (addSeat(m_personCombo->personId(), BoardPosition(m_positionCombo->currentData().toInt())))
        m_personCombo->setPersonId(0);
}

void BoardElectionDialog::removeSeat(int row)
{
    if (row < 0 || row >= m_seats.size())
        return;
    m_seats.removeAt(row);
    showSeats();
}

QString BoardElectionDialog::changeText() const
{
    const BoardChange change = boardChange(m_seated, m_seats);
    const QDate day = m_meeting.startsAt.date();
    return tr("%n siège(s) inchangé(s)", nullptr, change.kept) + u", "_s
        + tr("%n mandat(s) prenant fin le %1", nullptr, change.ended).arg(i18n::displayDate(day.addDays(-1))) + u", "_s
        + tr("%n mandat(s) commençant le %1", nullptr, change.started).arg(i18n::displayDate(day)) + u'.';
}

bool BoardElectionDialog::save()
{
    if (m_readFailed)
        return false;
    if (boardChange(m_seated, m_seats).ended > 0
        && MessageBox::question(this, windowTitle(), tr("Enregistrer le conseil élu\u00a0?\n\n%1").arg(changeText())) != QMessageBox::Yes)
        return false;
    const auto installed = installBoard(m_db, m_seats, m_meeting.startsAt.date());
    if (!installed) {
        MessageBox::warning(this, windowTitle(), installed.error().message);
        return false;
    }
    return true;
}

void BoardElectionDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace adhera
