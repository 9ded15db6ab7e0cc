// SPDX-License-Identifier: GPL-3.0-or-later
#include "personeditor.h"

#include "dialogs/editorsupport.h"
#include "dialogs/fieldfeedback.h"
#include "dialogs/optionaldateedit.h"
#include "dialogs/originpage.h"
#include "i18n/displayformat.h"
#include "members/validation.h"
#include "widgets/foldingcompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

QTableWidget *newTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString consentName(ConsentPurpose purpose)
{
    switch (purpose) {
    case ConsentPurpose::Directory: return u"directoryConsent"_s;
    case ConsentPurpose::Newsletter: return u"newsletterConsent"_s;
    case ConsentPurpose::Photos: return u"photosConsent"_s;
    }
    return {};
}

} // namespace

PersonEditor::PersonEditor(MemberFile &file, PersonRecord record, QWidget *parent)
    : MemberEditor(file, u"personEditor"_s, parent), m_original(std::move(record))
{
    const Person &p = m_original.person;
    setWindowTitle(p.id == 0 ? (m_original.membership ? tr("Nouvel adhérent individuel") : tr("Nouvelle personne"))
                             : tr("Personne — %1").arg(QString(p.firstName + u' ' + p.lastName.toUpper()).trimmed()));

    if (auto organisations = m_file.organisations())
        m_organisations = *organisations;
    else
        qWarning("Organisations not loaded: %s", qPrintable(organisations.error().message));

    QList<Page> pages {
        {buildIdentityPage(), tr("&Identité")},
        {buildJobPage(), tr("Em&ploi")},
        {buildMembershipPage(), tr("&Adhésion")},
        {buildConsentPage(), tr("RGPD et &notes")},
    };
    // A person made or completed by the merge wizard shows the rows it came from.
    if (p.id != 0) {
        auto origins = importing::ImportStore(m_file.database()).originsOfPerson(p.id);
        if (origins && !origins->isEmpty())
            pages.append({new OriginPage(*origins, this), tr("&Origine")});
        else if (!origins)
            qWarning("Origins not loaded: %s", qPrintable(origins.error().message));
    }
    setUpPages(pages);
    m_firstName->setFocus();
}

PersonEditor::~PersonEditor()
{
    hideBeforeDestruction();
}

QWidget *PersonEditor::buildIdentityPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"identityPage"_s);

    auto *identity = new QGroupBox(tr("Identité"), page);
    auto *identityForm = new QFormLayout(identity);
    m_civility = new QComboBox(identity);
    m_civility->setObjectName(u"civilityCombo"_s);
    m_civility->addItem(tr("—"), QString());
    m_civility->addItem(tr("M."), u"M."_s);
    m_civility->addItem(tr("Mme"), u"Mme"_s);
    identityForm->addRow(tr("&Civilité\u00a0:"), m_civility);
    m_firstName = EditorSupport::lineEdit(u"firstNameEdit"_s, identity);
    m_feedback->addRow(identityForm, tr("P&rénom\u00a0:"), m_firstName, u"first_name"_s);
    m_lastName = EditorSupport::lineEdit(u"lastNameEdit"_s, identity);
    m_feedback->addRow(identityForm, tr("N&om\u00a0:"), m_lastName, u"last_name"_s);

    auto *contact = new QGroupBox(tr("Coordonnées"), page);
    auto *contactForm = new QFormLayout(contact);
    m_email = EditorSupport::lineEdit(u"emailEdit"_s, contact);
    m_email->setPlaceholderText(tr("ex. prenom.nom@exemple.fr"));
    m_feedback->addRow(contactForm, tr("E-&mail\u00a0:"), m_email, u"email"_s);
    m_phone = EditorSupport::lineEdit(u"phoneEdit"_s, contact);
    m_phone->setPlaceholderText(tr("ex. 03 87 12 34 56"));
    EditorSupport::tidyPhoneOnLeave(m_phone);
    m_feedback->addRow(contactForm, tr("&Téléphone\u00a0:"), m_phone, u"phone"_s);
    m_mobile = EditorSupport::lineEdit(u"mobileEdit"_s, contact);
    m_mobile->setPlaceholderText(tr("ex. 06 12 34 56 78"));
    EditorSupport::tidyPhoneOnLeave(m_mobile);
    m_feedback->addRow(contactForm, tr("Mo&bile\u00a0:"), m_mobile, u"mobile"_s);
    m_address = EditorSupport::textEdit(u"addressEdit"_s, 3, contact);
    m_address->setMaximumHeight(m_address->minimumHeight());
    contactForm->addRow(tr("A&dresse\u00a0:"), m_address);
    m_postcode = EditorSupport::lineEdit(u"postcodeEdit"_s, contact);
    m_postcode->setMaxLength(10);
    m_feedback->addRow(contactForm, tr("Code posta&l\u00a0:"), m_postcode, u"postcode"_s);
    m_city = EditorSupport::lineEdit(u"cityEdit"_s, contact);
    contactForm->addRow(tr("&Ville\u00a0:"), m_city);
    m_letterLanguage = new QComboBox(contact);
    m_letterLanguage->setObjectName(u"letterLanguageCombo"_s);
    for (i18n::LetterLanguage language : {i18n::LetterLanguage::French, i18n::LetterLanguage::English})
        m_letterLanguage->addItem(i18n::nativeName(language), int(language));
    m_letterLanguage->setToolTip(tr("La langue des avis d'appel, attestations, relances et convocations adressés à cette personne, ou à "
                                    "l'organisme qu'elle représente"));
    contactForm->addRow(tr("Lan&gue des courriers\u00a0:"), m_letterLanguage);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(identity);
    layout->addWidget(contact);
    layout->addStretch();
    return page;
}

QWidget *PersonEditor::buildJobPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"jobPage"_s);

    auto *form = new QFormLayout;
    m_employer = new QComboBox(page);
    m_employer->setObjectName(u"employerCombo"_s);
    m_employer->setEditable(true);
    m_employer->setInsertPolicy(QComboBox::NoInsert);
    m_employer->addItem(tr("— aucun —"), qint64(0));
    for (const OrganisationSummary &organisation : std::as_const(m_organisations))
        m_employer->addItem(organisation.name, organisation.id);
    FoldingCompleter::install(m_employer);
    m_employer->lineEdit()->setPlaceholderText(tr("Tapez une partie du nom"));
    m_feedback->addRow(form, tr("Emplo&yeur\u00a0:"), m_employer, u"employment"_s);
    m_employedSince = new OptionalDateEdit(page);
    m_employedSince->setObjectName(u"employedSinceEdit"_s);
    m_employedSince->setDefaultDate(m_today);
    m_employedSince->setToolTip(tr("Le début de l'emploi actuel ; quand l'employeur change, la date du changement"));
    m_feedback->addRow(form, tr("Em&bauche ou changement le\u00a0:"), m_employedSince, u"employment.since"_s);
    m_jobTitle = EditorSupport::lineEdit(u"jobTitleEdit"_s, page);
    m_jobTitle->setPlaceholderText(tr("ex. Directrice de la relation client"));
    form->addRow(tr("&Fonction\u00a0:"), m_jobTitle);

    auto *history = new QGroupBox(tr("Historique des emplois"), page);
    auto *historyLayout = new QVBoxLayout(history);
    m_employmentTable = newTable(u"employmentTable"_s, {tr("Employeur"), tr("Fonction", "the job held"), tr("Du"), tr("Au")}, history);
    m_employmentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_employmentTable->setWordWrap(false);
    m_employmentTable->horizontalHeader()->setStretchLastSection(false);
    m_employmentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_employmentTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const int dateWidth = m_employmentTable->fontMetrics().horizontalAdvance(u"00/00/0000"_s) + 24;
    for (const int column : {2, 3}) {
        m_employmentTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_employmentTable->horizontalHeader()->resizeSection(column, dateWidth);
    }
    historyLayout->addWidget(m_employmentTable);
    auto *hint = new QLabel(tr("Changer d'employeur clôt l'emploi en cours à la date du changement et en ouvre un "
                               "nouveau : l'historique est conservé."),
        history);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    historyLayout->addWidget(hint);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(history, 1);

    connect(m_employer, &QComboBox::currentIndexChanged, this, &PersonEditor::employerChanged);
    connect(m_employer->lineEdit(), &QLineEdit::editingFinished, this, &PersonEditor::employerChanged);
    connect(m_employedSince, &OptionalDateEdit::dateChanged, this, [this] {
        m_feedback->touch(u"employment.since"_s);
        showEmploymentHistory();
        validate();
    });
    connect(m_jobTitle, &QLineEdit::textEdited, this, &PersonEditor::showEmploymentHistory);
    return page;
}

QWidget *PersonEditor::buildMembershipPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"membershipPage"_s);

    QGroupBox *membership = buildMembershipGroup(tr("Adhérent à titre indi&viduel"), u"person"_s, page);

    auto *board = new QGroupBox(tr("Fonctions au bureau / CA"), page);
    auto *boardLayout = new QVBoxLayout(board);
    m_boardTable = newTable(u"boardRoleTable"_s, {tr("Fonction", "the seat on the board"), tr("Du"), tr("Au")}, board);
    m_boardTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_boardTable->horizontalHeader()->setStretchLastSection(false);
    boardLayout->addWidget(m_boardTable);
    boardLayout->addWidget(m_feedback->watch(u"board_role"_s, m_boardTable));
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(tr("A&jouter"), board);
    addButton->setObjectName(u"addBoardRoleButton"_s);
    addButton->setAutoDefault(false);
    auto *removeButton = new QPushButton(tr("Reti&rer"), board);
    removeButton->setObjectName(u"removeBoardRoleButton"_s);
    removeButton->setAutoDefault(false);
    removeButton->setEnabled(false);
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    boardLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(membership);
    layout->addWidget(board, 1);

    connect(addButton, &QPushButton::clicked, this, [this] {
        BoardRole role;
        role.personId = m_original.person.id;
        role.startDate = m_today;
        addBoardRole(role);
        m_boardTable->setCurrentCell(m_boardTable->rowCount() - 1, 0);
        m_boardRows.constLast().position->setFocus();
        validate();
    });
    connect(removeButton, &QPushButton::clicked, this, &PersonEditor::removeBoardRole);
    connect(m_boardTable, &QTableWidget::currentCellChanged, this, [this, removeButton](int row) { removeButton->setEnabled(row >= 0); });
    return page;
}

QWidget *PersonEditor::buildConsentPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"consentPage"_s);

    auto *consents = new QGroupBox(tr("Consentements (RGPD)"), page);
    auto *grid = new QFormLayout(consents);
    // The purposes as the glossary names them, with what the person agrees to in the tooltip.
    const QList<std::tuple<ConsentPurpose, QString, QString>> texts {
        {ConsentPurpose::Directory, tr("Ann&uaire des adhérents"), tr("Accepte de paraître dans l'annuaire remis aux adhérents")},
        {ConsentPurpose::Newsletter, tr("&Lettre d'information"), tr("Accepte de recevoir la lettre d'information")},
        {ConsentPurpose::Photos, tr("P&hotos"), tr("Accepte la publication de photos où la personne figure")},
    };
    for (const auto &[purpose, text, tip] : texts) {
        ConsentRow row {purpose, new QCheckBox(text, consents), new QLabel(consents)};
        row.check->setObjectName(consentName(purpose) + u"Check"_s);
        row.check->setToolTip(tip);
        row.date->setObjectName(consentName(purpose) + u"DateLabel"_s);
        row.date->setEnabled(false);
        grid->addRow(row.check, row.date);
        m_consents.append(row);
        connect(row.check, &QCheckBox::toggled, this, [this, row] {
            showConsentDate(row);
            validate();
        });
    }
    auto *hint = new QLabel(tr("La date de recueil devient celle du jour quand une case change."), consents);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    grid->addRow(hint);

    auto *notesLabel = new QLabel(tr("N&otes\u00a0:"), page);
    m_notes = EditorSupport::textEdit(u"notesEdit"_s, 6, page);
    notesLabel->setBuddy(m_notes);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(consents);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    return page;
}

void PersonEditor::load()
{
    const Person &p = m_original.person;
    m_civility->setCurrentIndex(std::max(0, m_civility->findData(p.civility)));
    m_firstName->setText(p.firstName);
    m_lastName->setText(p.lastName);
    m_email->setText(p.email);
    EditorSupport::setPhone(m_phone, p.phone);
    EditorSupport::setPhone(m_mobile, p.mobile);
    m_address->setPlainText(p.address);
    m_postcode->setText(p.postcode);
    m_city->setText(p.city);
    m_letterLanguage->setCurrentIndex(m_letterLanguage->findData(int(p.letterLanguage)));

    const std::optional<Employment> current = m_original.currentEmployment();
    {
        const QSignalBlocker blocker(m_employer);
        const qint64 employer = current ? current->organisationId : 0;
        EditorSupport::selectId(m_employer, employer, tr("Organisation n° %1").arg(employer));
        FoldingCompleter::refold(m_employer);
    }
    m_shownEmployer = current ? current->organisationId : 0;
    {
        const QSignalBlocker blocker(m_employedSince);
        m_employedSince->setDate(current ? current->startDate : QDate());
        m_employedSince->setEnabled(current.has_value());
    }
    m_jobTitle->setText(p.jobTitle.isEmpty() && current ? current->jobTitle : p.jobTitle);

    loadMembership(m_original.membership);
    // A new individual membership most often takes the first category meant for people only.
    if (!m_original.membership)
        suggestCategory();

    for (const BoardRole &role : std::as_const(m_original.boardRoles))
        addBoardRole(role);

    for (const ConsentRow &row : std::as_const(m_consents)) {
        const QSignalBlocker blocker(row.check);
        for (const Consent &consent : std::as_const(m_original.consents)) {
            if (consent.purpose == row.purpose)
                row.check->setChecked(consent.granted);
        }
        showConsentDate(row);
    }
    m_notes->setPlainText(p.notes);
    showEmploymentHistory();
}

PersonRecord PersonEditor::record() const
{
    return validation::normalised(collect());
}

bool PersonEditor::isModified() const
{
    return record() != m_pristine;
}

void PersonEditor::rememberLoaded()
{
    m_pristine = record();
}

PersonRecord PersonEditor::collect() const
{
    PersonRecord r = m_original;
    Person &p = r.person;
    p.civility = m_civility->currentData().toString();
    p.firstName = m_firstName->text();
    p.lastName = m_lastName->text();
    p.email = m_email->text();
    p.phone = m_phone->text();
    p.mobile = m_mobile->text();
    p.address = EditorSupport::text(m_address);
    p.postcode = m_postcode->text();
    p.city = m_city->text();
    p.letterLanguage = i18n::LetterLanguage(m_letterLanguage->currentData().toInt());
    p.jobTitle = m_jobTitle->text();
    p.notes = EditorSupport::text(m_notes);

    if (const std::optional<qint64> employer = selectedEmployer())
        r.employments = employmentsFor(*employer, p.jobTitle, m_employedSince->date());

    r.membership = collectMembership(m_original.membership);
    if (r.membership) {
        r.membership->personId = p.id;
        r.membership->organisationId = 0;
    }

    r.boardRoles.clear();
    for (const BoardRow &row : m_boardRows) {
        BoardRole role;
        role.id = row.id;
        role.personId = p.id;
        role.position = boardPositionFromCode(row.position->currentData().toString()).value_or(BoardPosition::Director);
        role.startDate = row.start->date();
        role.endDate = row.end->date();
        r.boardRoles.append(role);
    }

    r.consents.clear();
    for (const ConsentRow &row : m_consents) {
        if (const std::optional<Consent> consent = consentFor(row))
            r.consents.append(*consent);
    }
    return r;
}

std::optional<qint64> PersonEditor::selectedEmployer() const
{
    const QString text = m_employer->currentText().trimmed();
    if (text.isEmpty())
        return 0;
    if (m_employer->currentIndex() >= 0 && m_employer->itemText(m_employer->currentIndex()) == text)
        return m_employer->currentData().toLongLong();
    // Typed rather than picked: the organisation of that name, whatever its accents and case.
    const int index = findFolded(m_employer, text);
    if (index < 0)
        return std::nullopt;
    return m_employer->itemData(index).toLongLong();
}

void PersonEditor::lockEmployer(qint64 organisationId, const QString &name)
{
    EditorSupport::selectId(m_employer, organisationId, name);
    m_employer->setItemText(m_employer->currentIndex(), name); // not yet stored: no name in the file
    m_employer->setEnabled(false);
    employerChanged();
}

void PersonEditor::employerChanged()
{
    // The date follows the employer: the current job's start when it stays, today for a change or
    // a departure (the user corrects it when it happened earlier), none without any employer.
    const std::optional<qint64> employer = selectedEmployer();
    if (employer && *employer != m_shownEmployer) {
        m_shownEmployer = *employer;
        const std::optional<Employment> current = m_original.currentEmployment();
        const QSignalBlocker blocker(m_employedSince);
        if (*employer == 0 && !current)
            m_employedSince->setDate(QDate());
        else if (current && current->organisationId == *employer)
            m_employedSince->setDate(current->startDate);
        else
            m_employedSince->setDate(m_today);
        m_employedSince->setEnabled(*employer != 0 || current.has_value());
    }
    showEmploymentHistory();
    validate();
}

QList<Employment> PersonEditor::employmentsFor(qint64 organisationId, const QString &jobTitle, QDate since) const
{
    QList<Employment> employments = m_original.employments;
    const auto current
        = std::find_if(employments.begin(), employments.end(), [](const Employment &employment) { return employment.endDate.isNull(); });
    if (current != employments.end() && current->organisationId == organisationId) {
        current->jobTitle = jobTitle;
        current->startDate = since;
        return employments;
    }
    const QDate changedOn = since.isValid() ? since : m_today;
    if (current != employments.end()) {
        // A job begun and left the same day was a mistake, not history worth keeping.
        if (current->startDate == changedOn)
            employments.erase(current);
        else
            current->endDate = changedOn;
    }
    if (organisationId != 0) {
        Employment next;
        next.personId = m_original.person.id;
        next.organisationId = organisationId;
        next.jobTitle = jobTitle;
        next.startDate = since;
        employments.append(next);
    }
    return employments;
}

std::optional<Consent> PersonEditor::consentFor(const ConsentRow &row) const
{
    std::optional<Consent> original;
    for (const Consent &consent : m_original.consents) {
        if (consent.purpose == row.purpose)
            original = consent;
    }
    const bool granted = row.check->isChecked();
    if (original && original->granted == granted)
        return original;
    if (!original && !granted)
        return std::nullopt; // never asked, still not asked
    return Consent {row.purpose, granted, m_today};
}

FieldProblems PersonEditor::allProblems() const
{
    FieldProblems problems = validation::problems(collect());
    const std::optional<qint64> employer = selectedEmployer();
    if (!employer) {
        problems.prepend(FieldProblem {u"employment"_s,
            tr("Aucune organisation ne s'appelle « %1 » : choisissez l'employeur dans la liste.")
                .arg(m_employer->currentText().trimmed())});
    } else if (const std::optional<Employment> current = m_original.currentEmployment(); current && current->organisationId != *employer) {
        const QDate since = m_employedSince->date();
        if (!since.isValid())
            problems.append(FieldProblem {u"employment.since"_s, tr("Indiquez la date du changement d'employeur.")});
        else if (current->startDate.isValid() && since < current->startDate)
            problems.append(FieldProblem {u"employment.since"_s,
                tr("Le changement d'employeur ne peut pas précéder le début de l'emploi en cours (%1).")
                    .arg(EditorSupport::dateText(current->startDate))});
    }
    return problems;
}

void PersonEditor::showEmploymentHistory()
{
    const QList<Employment> employments = collect().employments;
    m_employmentTable->setRowCount(int(employments.size()));
    for (int row = 0; row < employments.size(); ++row) {
        const Employment &employment = employments.at(row);
        const QStringList cells {
            organisationName(employment.organisationId),
            employment.jobTitle.trimmed(),
            employment.startDate.isValid() ? EditorSupport::dateText(employment.startDate) : tr("—"),
            employment.endDate.isValid() ? EditorSupport::dateText(employment.endDate) : tr("en cours"),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_employmentTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

QString PersonEditor::organisationName(qint64 id) const
{
    for (const OrganisationSummary &organisation : m_organisations) {
        if (organisation.id == id)
            return organisation.name;
    }
    if (const int index = m_employer->findData(id); index >= 0)
        return m_employer->itemText(index); // the organisation being created
    return tr("Organisation n° %1").arg(id);
}

void PersonEditor::addBoardRole(const BoardRole &role)
{
    const int row = m_boardTable->rowCount();
    m_boardTable->insertRow(row);

    BoardRow cells;
    cells.id = role.id;
    cells.position = new QComboBox(m_boardTable);
    cells.position->setObjectName(u"boardPositionCombo"_s);
    for (const BoardPosition position : allBoardPositions())
        cells.position->addItem(label(position), toCode(position));
    cells.position->setCurrentIndex(std::max(0, cells.position->findData(toCode(role.position))));
    cells.start = new QDateEdit(m_boardTable);
    cells.start->setObjectName(u"boardStartEdit"_s);
    cells.start->setDisplayFormat(i18n::dateFormat());
    cells.start->setCalendarPopup(true);
    cells.start->setDate(role.startDate.isValid() ? role.startDate : m_today);
    cells.end = new OptionalDateEdit(m_boardTable);
    cells.end->setObjectName(u"boardEndEdit"_s);
    cells.end->setDefaultDate(m_today);
    cells.end->setDate(role.endDate);

    m_boardTable->setCellWidget(row, 0, cells.position);
    m_boardTable->setCellWidget(row, 1, cells.start);
    m_boardTable->setCellWidget(row, 2, cells.end);
    m_boardTable->resizeRowToContents(row);
    // Section sizes from the header text alone would clip the date editors.
    QHeaderView *header = m_boardTable->horizontalHeader();
    header->resizeSection(1, std::max(header->sectionSize(1), cells.start->sizeHint().width()));
    header->resizeSection(2, std::max(header->sectionSize(2), cells.end->sizeHint().width()));
    m_boardRows.append(cells);

    const auto changed = [this] {
        m_feedback->touch(u"board_role"_s);
        validate();
    };
    connect(cells.position, &QComboBox::currentIndexChanged, this, changed);
    connect(cells.start, &QDateEdit::dateChanged, this, changed);
    connect(cells.end, &OptionalDateEdit::dateChanged, this, changed);
}

void PersonEditor::removeBoardRole()
{
    const int row = m_boardTable->currentRow();
    if (row < 0 || row >= m_boardRows.size())
        return;
    m_boardRows.removeAt(row);
    m_boardTable->removeRow(row);
    validate();
}

void PersonEditor::showConsentDate(const ConsentRow &row)
{
    const std::optional<Consent> consent = consentFor(row);
    if (!consent)
        row.date->setText(tr("jamais demandé"));
    else if (consent->granted)
        row.date->setText(tr("accord recueilli le %1").arg(EditorSupport::dateText(consent->capturedOn)));
    else
        row.date->setText(tr("refus recueilli le %1").arg(EditorSupport::dateText(consent->capturedOn)));
}

} // namespace adhera
