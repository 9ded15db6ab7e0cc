// SPDX-License-Identifier: GPL-3.0-or-later
#include "inviteesdialog.h"

#include "assembly/attendancesheet.h"
#include "assembly/boardelection.h"
#include "assembly/convocationpdf.h"
#include "boardelectiondialog.h"
#include "db/database.h"
#include "dialogs/editorsupport.h"
#include "documentfiles.h"
#include "dues/duesdocuments.h"
#include "i18n/displayformat.h"
#include "io/filenames.h"
#include "messagebox.h"
#include "sendinvitationsdialog.h"
#include "widgets/personcombo.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

using namespace assembly;

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

InviteesDialog::InviteesDialog(Database &db, qint64 meetingId, QWidget *parent) : QDialog(parent), m_db(db), m_store(db)
{
    setObjectName(u"inviteesDialog"_s);
    const auto found = m_store.meeting(meetingId);
    if (found)
        m_meeting = *found;
    setWindowTitle(tr("Invités — %1").arg(m_meeting.title));

    const auto choices = inviteeChoices(m_db);
    if (!found || !choices)
        MessageBox::critical(this, windowTitle(), (!found ? found.error() : choices.error()).message);
    // An assembly convenes members (memberships); the board as persons is for other meetings.
    for (const InviteeChoice &choice : choices ? *choices : QList<InviteeChoice>())
        if (!m_meeting.isAssembly() || (choice.group != InviteeGroup::Board && choice.group != InviteeGroup::Bureau))
            m_choices.append(choice);
    m_choiceCombo = new QComboBox(this);
    m_choiceCombo->setObjectName(u"choiceCombo"_s);
    // A conseil invites the board, a bureau its officers; anything else starts from every member.
    const InviteeGroup usual = m_meeting.kind == MeetingKind::Board ? InviteeGroup::Board
        : m_meeting.kind == MeetingKind::Bureau                     ? InviteeGroup::Bureau
                                                                    : InviteeGroup::ActiveMembers;
    for (const InviteeChoice &choice : std::as_const(m_choices))
        m_choiceCombo->addItem(choice.label);
    const auto usualChoice
        = std::find_if(m_choices.cbegin(), m_choices.cend(), [usual](const InviteeChoice &choice) { return choice.group == usual; });
    if (usualChoice != m_choices.cend())
        m_choiceCombo->setCurrentIndex(int(usualChoice - m_choices.cbegin()));
    auto *choiceLabel = new QLabel(tr("&Inviter\u00a0:"), this);
    choiceLabel->setBuddy(m_choiceCombo);
    m_addButton = new QPushButton(tr("&Ajouter"), this);
    m_addButton->setObjectName(u"addInviteesButton"_s);
    m_addButton->setToolTip(tr("Ajoute ceux que le filtre désigne et qui ne sont pas encore invités"));
    connect(m_addButton, &QPushButton::clicked, this, &InviteesDialog::addChosen);
    // A guest: any person of the file (a speaker, a partner), whether a member or not.
    m_guestCombo = new PersonCombo(this);
    m_guestCombo->setObjectName(u"guestCombo"_s);
    m_guestCombo->load(m_db, m_meeting.startsAt.date(), false);
    m_guestCombo->setPersonId(0);
    auto *guestLabel = new QLabel(tr("Ou une perso&nne\u00a0:"), this);
    guestLabel->setBuddy(m_guestCombo);
    auto *guestButton = new QPushButton(tr("In&viter"), this);
    guestButton->setObjectName(u"inviteGuestButton"_s);
    connect(guestButton, &QPushButton::clicked, this, [this] {
        if (inviteGuest(m_guestCombo->personId()))
            m_guestCombo->setPersonId(0);
    });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(choiceLabel);
    addRow->addWidget(m_choiceCombo, 1);
    addRow->addWidget(m_addButton);
    addRow->addSpacing(16);
    addRow->addWidget(guestLabel);
    addRow->addWidget(m_guestCombo, 1);
    addRow->addWidget(guestButton);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"inviteesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Nom"), tr("Qualité"), tr("Réponse"), tr("Répondu le"),
        m_meeting.isAssembly() ? tr("Convoqué le") : tr("Invité le"), tr("Présence")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (const auto &[column, width] :
        {std::pair {QualityColumn, 150}, {ReplyColumn, 100}, {RepliedOnColumn, 95}, {SentColumn, 160}, {AttendedColumn, 90}})
        m_table->horizontalHeader()->resizeSection(column, width);
    // An assembly's attendance is its feuille d'émargement, kept in the session.
    m_table->setColumnHidden(AttendedColumn, m_meeting.isAssembly());
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InviteesDialog::updateButtons);

    m_replyButton = new QPushButton(tr("&Réponse"), this);
    m_replyButton->setObjectName(u"replyButton"_s);
    auto *replyMenu = new QMenu(m_replyButton);
    for (const Reply reply : {Reply::Yes, Reply::No, Reply::Maybe, Reply::None})
        replyMenu->addAction(label(reply), this, [this, reply] { setReply(selectedRows(), reply); });
    m_replyButton->setMenu(replyMenu);
    m_attendedButton = new QPushButton(tr("&Présence"), this);
    m_attendedButton->setObjectName(u"attendedButton"_s);
    auto *attendedMenu = new QMenu(m_attendedButton);
    attendedMenu->addAction(tr("Présent"), this, [this] { setAttended(selectedRows(), true); });
    attendedMenu->addAction(tr("Absent"), this, [this] { setAttended(selectedRows(), false); });
    attendedMenu->addAction(tr("Non renseigné"), this, [this] { setAttended(selectedRows(), std::nullopt); });
    m_attendedButton->setMenu(attendedMenu);
    m_attendedButton->setVisible(!m_meeting.isAssembly());
    m_removeButton = new QPushButton(tr("Re&tirer…"), this);
    m_removeButton->setObjectName(u"removeInviteesButton"_s);
    connect(m_removeButton, &QPushButton::clicked, this, &InviteesDialog::removeSelected);
    // A reply noted after the fact keeps its own date; never later than today.
    const QDate today = m_db.now().toLocalTime().date();
    m_replyDateEdit = new QDateEdit(today, this);
    m_replyDateEdit->setObjectName(u"replyDateEdit"_s);
    m_replyDateEdit->setDisplayFormat(i18n::dateFormat());
    m_replyDateEdit->setCalendarPopup(true);
    m_replyDateEdit->setMaximumDate(today);
    m_replyDateEdit->setToolTip(tr("La date de la réponse notée avec le bouton «\u00a0Réponse\u00a0»"));
    auto *replyDateLabel = new QLabel(tr("reçue le"), this);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_replyButton);
    rowButtons->addWidget(replyDateLabel);
    rowButtons->addWidget(m_replyDateEdit);
    rowButtons->addSpacing(12);
    rowButtons->addWidget(m_attendedButton);
    rowButtons->addWidget(m_removeButton);
    rowButtons->addStretch(1);

    m_sendButton = new QPushButton(m_meeting.isAssembly() ? tr("&Envoyer les convocations…") : tr("&Enregistrer l'envoi…"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    connect(m_sendButton, &QPushButton::clicked, this, &InviteesDialog::openSending);
    auto *printButton = new QPushButton(tr("Imprimer"), this);
    printButton->setObjectName(u"printButton"_s);
    auto *printMenu = new QMenu(printButton);
    printMenu->addAction(tr("Liste des invités (PDF)…"), this, [this] { printList(InviteeListKind::Invitations); });
    if (!m_meeting.isAssembly())
        printMenu->addAction(tr("Feuille de présence à signer (PDF)…"), this, [this] { printList(InviteeListKind::AttendanceSheet); });
    printButton->setMenu(printMenu);
    auto *closeButton = new QPushButton(tr("Fermer"), this);
    closeButton->setAutoDefault(false);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::accept);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_sendButton);
    bottomRow->addWidget(printButton);
    // The conseil elects the bureau among its members (DOMAIN §1.10).
    if (m_meeting.kind == MeetingKind::Board) {
        auto *bureauButton = new QPushButton(tr("&Bureau élu…"), this);
        bureauButton->setObjectName(u"bureauButton"_s);
        bureauButton->setToolTip(tr("Inscrit dans le fichier le bureau que le conseil a élu"));
        connect(bureauButton, &QPushButton::clicked, this, [this] {
            BoardElectionDialog dialog(m_db, m_meeting, this);
            dialog.setWindowTitle(tr("Bureau élu — %1").arg(m_meeting.title));
            if (dialog.exec() == QDialog::Accepted)
                reload();
        });
        bottomRow->addWidget(bureauButton);
    }
    bottomRow->addStretch(1);
    bottomRow->addWidget(closeButton);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);

    auto *title = new QLabel(tr("%1 — %2").arg(m_meeting.title, i18n::displayDateTime(m_meeting.startsAt)), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(addRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_summaryLabel);
    layout->addLayout(bottomRow);
    resize(900, 600);
    reload();
}

void InviteesDialog::reload()
{
    const auto invitees = m_store.invitees(m_meeting.id);
    if (!invitees) {
        MessageBox::critical(this, windowTitle(), invitees.error().message);
        return;
    }
    m_invitees = *invitees;
    // Rows move with the list: a selection kept by index would point at other people.
    m_table->clearSelection();
    QHash<qint64, QString> seats;
    const auto seated = boardSeatedOn(m_db, m_meeting.startsAt.date());
    if (!seated)
        MessageBox::warning(this, windowTitle(), seated.error().message);
    for (const BoardSeat &seat : seated ? *seated : QList<BoardSeat>())
        seats.insert(seat.personId, label(seat.position));

    m_table->setRowCount(int(m_invitees.size()));
    for (int row = 0; row < m_invitees.size(); ++row) {
        const Invitee &invitee = m_invitees.at(row);
        const QString quality = invitee.who.membershipId != 0 ? tr("Membre") : seats.value(invitee.who.personId, tr("Personne invitée"));
        const QString attended = invitee.attended ? (*invitee.attended ? tr("Présent") : tr("Absent")) : QString();
        m_table->setItem(row, NameColumn, cell(invitee.name));
        m_table->setItem(row, QualityColumn, cell(quality));
        m_table->setItem(row, ReplyColumn, cell(invitee.reply == Reply::None ? QString() : label(invitee.reply)));
        m_table->setItem(row, RepliedOnColumn, cell(EditorSupport::dateText(invitee.repliedOn)));
        m_table->setItem(row, SentColumn, cell(sendingText(invitee)));
        m_table->setItem(row, AttendedColumn, cell(attended));
    }
    const InviteeCounts counts = countInvitees(m_invitees);
    QString summary = tr("%n invité(s)", nullptr, counts.total)
        + tr("\u00a0— oui\u00a0: %1, non\u00a0: %2, peut-être\u00a0: %3, sans réponse\u00a0: %4")
              .arg(counts.yes)
              .arg(counts.no)
              .arg(counts.maybe)
              .arg(counts.noReply);
    summary += m_meeting.isAssembly() ? tr("\u00a0— convoqués\u00a0: %1").arg(counts.sent)
                                      : tr("\u00a0— invitation envoyée\u00a0: %1").arg(counts.sent);
    if (!m_meeting.isAssembly() && counts.present > 0)
        summary += tr("\u00a0— présents\u00a0: %1").arg(counts.present);
    m_summaryLabel->setText(summary);
    updateButtons();
}

int InviteesDialog::rowOf(const QString &name) const
{
    for (int row = 0; row < m_invitees.size(); ++row)
        if (m_invitees.at(row).name == name)
            return row;
    return -1;
}

QList<int> InviteesDialog::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void InviteesDialog::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_replyButton->setEnabled(selected);
    m_attendedButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_sendButton->setEnabled(!m_invitees.isEmpty());
}

int InviteesDialog::addChoice(int choiceIndex)
{
    if (choiceIndex < 0 || choiceIndex >= m_choices.size())
        return -1;
    const InviteeChoice &choice = m_choices.at(choiceIndex);
    const auto chosen = chooseInvitees(m_db, choice, m_meeting.startsAt.date());
    if (!chosen) {
        MessageBox::critical(this, windowTitle(), chosen.error().message);
        return -1;
    }
    const auto added = m_store.invite(m_meeting.id, *chosen);
    if (!added) {
        MessageBox::warning(this, windowTitle(), added.error().message);
        return -1;
    }
    reload();
    return *added;
}

bool InviteesDialog::inviteGuest(qint64 personId)
{
    if (personId == 0) {
        MessageBox::warning(this, windowTitle(), tr("Choisissez la personne à inviter dans la liste."));
        return false;
    }
    const auto added = m_store.invite(m_meeting.id, {InviteeId {0, personId}});
    if (!added) {
        MessageBox::warning(this, windowTitle(), added.error().message);
        return false;
    }
    reload();
    return true;
}

void InviteesDialog::addChosen()
{
    const int added = addChoice(m_choiceCombo->currentIndex());
    if (added == 0)
        MessageBox::information(
            this, windowTitle(), tr("Tous ceux que désigne «\u00a0%1\u00a0» sont déjà invités.").arg(m_choiceCombo->currentText()));
}

bool InviteesDialog::setReply(const QList<int> &rows, Reply reply)
{
    return applied(m_store.setReply(m_meeting.id, inviteesAt(rows), reply, m_replyDateEdit->date()));
}

bool InviteesDialog::setAttended(const QList<int> &rows, std::optional<bool> attended)
{
    return applied(m_store.setAttended(m_meeting.id, inviteesAt(rows), attended));
}

QList<InviteeId> InviteesDialog::inviteesAt(const QList<int> &rows) const
{
    QList<InviteeId> who;
    for (const int row : rows)
        who.append(m_invitees.at(row).who);
    return who;
}

bool InviteesDialog::applied(const Result<void> &change)
{
    if (!change)
        MessageBox::warning(this, windowTitle(), change.error().message);
    reload();
    return bool(change);
}

bool InviteesDialog::removeRows(const QList<int> &rows)
{
    if (rows.isEmpty())
        return false;
    QString text = rows.size() == 1 ? tr("Retirer %1 des invités\u00a0?").arg(m_invitees.at(rows.first()).name)
                                    : tr("Retirer ces %1 invités\u00a0?").arg(rows.size());
    if (m_meeting.isAssembly())
        text += u"\n\n"_s
            + tr("Tout membre à jour doit être convoqué à l'assemblée\u00a0: en oublier un peut rendre ses décisions contestables.");
    if (MessageBox::question(this, tr("Retirer des invités"), text) != QMessageBox::Yes)
        return false;
    const auto removed = m_store.uninvite(m_meeting.id, inviteesAt(rows));
    if (!removed) {
        MessageBox::warning(this, tr("Retirer des invités"), removed.error().message);
        return false;
    }
    reload();
    return true;
}

void InviteesDialog::removeSelected()
{
    removeRows(selectedRows());
}

Result<QList<InviteeId>> InviteesDialog::recipients(bool onlyPending) const
{
    QList<InviteeId> candidates;
    if (m_meeting.isAssembly()) {
        // Only active members are convened; an organisation through its representative.
        const auto convocable = convocableInvitees(m_db, m_meeting.id);
        if (!convocable)
            return fail(convocable.error());
        candidates = *convocable;
    } else {
        for (const Invitee &invitee : std::as_const(m_invitees))
            candidates.append(invitee.who);
    }
    if (!onlyPending)
        return candidates;
    QList<InviteeId> pending;
    for (const InviteeId &id : std::as_const(candidates)) {
        const auto found
            = std::find_if(m_invitees.cbegin(), m_invitees.cend(), [&id](const Invitee &invitee) { return invitee.who == id; });
        if (found == m_invitees.cend() || !found->convenedOn.isValid())
            pending.append(id);
    }
    return pending;
}

bool InviteesDialog::send(const QDate &sentOn, ConvocationChannel channel, bool onlyPending, const QString &pdfPath)
{
    const QString title = m_sendButton->text().remove(u'&').remove(u'…');
    const auto who = recipients(onlyPending);
    if (!who) {
        MessageBox::critical(this, title, who.error().message);
        return false;
    }
    if (who->isEmpty()) {
        MessageBox::information(this, title,
            m_meeting.isAssembly() ? tr("Aucun membre actif invité n'attend sa convocation.")
                                   : tr("L'envoi est déjà enregistré pour tous les invités."));
        return false;
    }
    if (m_meeting.isAssembly()) {
        QList<qint64> members;
        for (const InviteeId &id : *who)
            members.append(id.membershipId);
        // One letter per member: several seconds for a large club.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto written = writeConvocationsPdf(m_db, m_meeting.id, members, sentOn, pdfPath);
        QApplication::restoreOverrideCursor();
        if (!written) {
            MessageBox::critical(this, title, written.error().message);
            return false;
        }
    }
    const auto recorded = m_store.recordConvocation(m_meeting.id, *who, sentOn, channel);
    if (!recorded) {
        MessageBox::warning(this, title, recorded.error().message);
        return false;
    }
    reload();
    return true;
}

void InviteesDialog::openSending()
{
    const auto pending = recipients(true);
    const auto all = recipients(false);
    if (!pending || !all) {
        MessageBox::critical(this, windowTitle(), (!pending ? pending.error() : all.error()).message);
        return;
    }
    const QDate today = m_db.now().toLocalTime().date();
    SendInvitationsDialog options(
        m_meeting, StatutesProfile::load(m_db), std::min(today, m_meeting.startsAt.date()), int(pending->size()), int(all->size()), this);
    // DOMAIN §1.2: a member left out of an assembly's convocation can void its decisions.
    if (m_meeting.isAssembly()) {
        if (const auto active = chooseInvitees(m_db, InviteeChoice(), m_meeting.startsAt.date())) {
            QStringList leftOut;
            for (const InviteeId &member : *active)
                if (!all->contains(member))
                    if (const auto recipient = dues::recipientOf(m_db, member.membershipId))
                        leftOut << recipient->name;
            options.setMembersLeftOut(leftOut);
        }
        const StatutesProfile profile = StatutesProfile::load(m_db);
        if (const auto rows = attendanceRowsFor(m_db, m_meeting.id, profile, votingReferenceDate(m_store, m_meeting, profile)))
            options.setNobodyMayVote(whyNobodyMayVote(*rows));
    }
    if (options.exec() != QDialog::Accepted)
        return;
    QString path;
    if (m_meeting.isAssembly()) {
        path = documents::askSavePath(this, tr("Enregistrer les convocations"),
            io::portableFileName(tr("Convocations %1").arg(m_meeting.title), u"pdf"_s), tr("Documents PDF (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    if (send(options.sentOn(), options.channel(), options.onlyPending(), path) && !path.isEmpty())
        documents::offerToOpen(this, tr("Convocations"),
            tr("Les convocations sont enregistrées dans «\u00a0%1\u00a0» et leur envoi est noté au %2.")
                .arg(QDir::toNativeSeparators(path), EditorSupport::dateText(options.sentOn())),
            path);
}

bool InviteesDialog::writeList(InviteeListKind kind, const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = writeInviteeListPdf(m_db, m_meeting.id, kind, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(this, windowTitle(), written.error().message);
        return false;
    }
    return true;
}

void InviteesDialog::printList(InviteeListKind kind)
{
    const QString name = kind == InviteeListKind::Invitations
        ? io::portableFileName(tr("Invités %1").arg(m_meeting.title), u"pdf"_s)
        : io::portableFileName(tr("Feuille de présence %1").arg(m_meeting.title), u"pdf"_s);
    const QString path = documents::askSavePath(this, tr("Enregistrer en PDF"), name, tr("Documents PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (writeList(kind, path))
        documents::offerToOpen(
            this, tr("PDF enregistré"), tr("Le document est enregistré dans «\u00a0%1\u00a0».").arg(QDir::toNativeSeparators(path)), path);
}

} // namespace adhera
