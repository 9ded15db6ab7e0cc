// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationeditor.h"

#include "commands/saveorganisationcommand.h"
#include "commands/savepersoncommand.h"
#include "dialogs/editorsupport.h"
#include "dialogs/fieldfeedback.h"
#include "dialogs/personeditor.h"
#include "members/identifiers.h"
#include "members/validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

// Digits with the separators people type in identifiers, and nothing else.
bool looksLikeIdentifier(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() || c.isSpace() || c == u'.' || c == u'-'; });
}

} // namespace

OrganisationEditor::OrganisationEditor(MemberFile &file, OrganisationRecord record, QWidget *parent)
    : MemberEditor(file, u"organisationEditor"_s, parent), m_original(std::move(record))
{
    const Organisation &o = m_original.organisation;
    setWindowTitle(o.id == 0 ? tr("Nouvelle organisation") : tr("Organisation — %1").arg(o.name));

    if (o.id != 0) {
        if (auto staff = m_file.currentStaff(o.id))
            m_staff = *staff;
        else
            qWarning("Staff not loaded: %s", qPrintable(staff.error().message));
    }

    setUpPages({
        {buildOrganisationPage(), tr("Or&ganisation")},
        {buildMembershipPage(), tr("&Adhésion")},
        {buildNotesPage(), tr("&Notes")},
    });
    m_name->setFocus();
}

OrganisationEditor::~OrganisationEditor()
{
    hideBeforeDestruction();
}

QWidget *OrganisationEditor::buildOrganisationPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"organisationPage"_s);

    auto *identification = new QGroupBox(tr("Identification"), page);
    auto *idForm = new QFormLayout(identification);
    m_name = EditorSupport::lineEdit(u"nameEdit"_s, identification);
    m_feedback->addRow(idForm, tr("N&om\u00a0:"), m_name, u"name"_s);
    m_legalForm = new QComboBox(identification);
    m_legalForm->setObjectName(u"legalFormCombo"_s);
    m_legalForm->setEditable(true);
    m_legalForm->setInsertPolicy(QComboBox::NoInsert);
    // French legal forms: names of the law, not words to translate.
    m_legalForm->addItems({QString(), u"SA"_s, u"SAS"_s, u"SASU"_s, u"SARL"_s, u"EURL"_s, u"SNC"_s, u"SCOP"_s, u"GIE"_s, u"Association"_s,
        u"Établissement public"_s});
    idForm->addRow(tr("&Forme juridique\u00a0:"), m_legalForm);
    m_siren = EditorSupport::lineEdit(u"sirenEdit"_s, identification);
    m_siren->setPlaceholderText(tr("9 chiffres"));
    m_feedback->addRow(idForm, tr("S&IREN\u00a0:"), m_siren, u"siren"_s);
    m_siret = EditorSupport::lineEdit(u"siretEdit"_s, identification);
    m_siret->setPlaceholderText(tr("14 chiffres\u00a0: SIREN + NIC"));
    m_feedback->addRow(idForm, tr("SI&RET\u00a0:"), m_siret, u"siret"_s);
    m_headcount = new QComboBox(identification);
    m_headcount->setObjectName(u"headcountCombo"_s);
    m_headcount->addItem(tr("— non renseignée —"), QString());
    m_headcount->addItem(tr("1 à 49 salariés"), u"1-49"_s);
    m_headcount->addItem(tr("50 à 199 salariés"), u"50-199"_s);
    m_headcount->addItem(tr("200 à 499 salariés"), u"200-499"_s);
    m_headcount->addItem(tr("500 salariés et plus"), u"500+"_s);
    idForm->addRow(tr("Tranche d'effe&ctif\u00a0:"), m_headcount);

    auto *contact = new QGroupBox(tr("Coordonnées"), page);
    auto *contactForm = new QFormLayout(contact);
    m_address = EditorSupport::textEdit(u"addressEdit"_s, 3, contact);
    m_address->setMaximumHeight(m_address->minimumHeight());
    contactForm->addRow(tr("A&dresse\u00a0:"), m_address);
    m_postcode = EditorSupport::lineEdit(u"postcodeEdit"_s, contact);
    m_postcode->setMaxLength(10);
    m_feedback->addRow(contactForm, tr("Code posta&l\u00a0:"), m_postcode, u"postcode"_s);
    m_city = EditorSupport::lineEdit(u"cityEdit"_s, contact);
    contactForm->addRow(tr("&Ville\u00a0:"), m_city);
    m_phone = EditorSupport::lineEdit(u"phoneEdit"_s, contact);
    m_phone->setPlaceholderText(tr("ex. 03 87 12 34 56"));
    EditorSupport::tidyPhoneOnLeave(m_phone);
    m_feedback->addRow(contactForm, tr("Télé&phone\u00a0:"), m_phone, u"phone"_s);
    m_email = EditorSupport::lineEdit(u"emailEdit"_s, contact);
    m_email->setPlaceholderText(tr("ex. contact@exemple.fr"));
    m_feedback->addRow(contactForm, tr("E-&mail\u00a0:"), m_email, u"email"_s);
    m_website = EditorSupport::lineEdit(u"websiteEdit"_s, contact);
    m_website->setPlaceholderText(tr("ex. www.exemple.fr"));
    m_feedback->addRow(contactForm, tr("Site &web\u00a0:"), m_website, u"website"_s);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(identification);
    layout->addWidget(contact);
    layout->addStretch();

    connect(m_siren, &QLineEdit::editingFinished, this, &OrganisationEditor::tidySiren);
    connect(m_siret, &QLineEdit::editingFinished, this, &OrganisationEditor::tidySiret);
    return page;
}

QWidget *OrganisationEditor::buildNotesPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"notesPage"_s);
    auto *notesLabel = new QLabel(tr("N&otes\u00a0:"), page);
    m_notes = EditorSupport::textEdit(u"notesEdit"_s, 6, page);
    notesLabel->setBuddy(m_notes);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    return page;
}

QWidget *OrganisationEditor::buildMembershipPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"membershipPage"_s);

    QGroupBox *membership = buildMembershipGroup(tr("Adhé&rent"), u"organisation"_s, page);
    QFormLayout *form = membershipForm();
    m_representative = new QComboBox(membership);
    m_representative->setObjectName(u"representativeCombo"_s);
    m_feedback->addRow(form, tr("Re&présentant (titulaire)\u00a0:"), m_representative, u"membership.representative"_s);
    m_alternate = new QComboBox(membership);
    m_alternate->setObjectName(u"alternateCombo"_s);
    m_feedback->addRow(form, tr("S&uppléant\u00a0:"), m_alternate, u"membership.alternate"_s);

    auto *staff = new QGroupBox(tr("Salariés actuels"), page);
    auto *staffLayout = new QVBoxLayout(staff);
    m_staffList = new QListWidget(staff);
    m_staffList->setObjectName(u"staffList"_s);
    m_staffList->setSelectionMode(QAbstractItemView::NoSelection);
    m_staffList->setFocusPolicy(Qt::NoFocus);
    staffLayout->addWidget(m_staffList);
    auto *newStaffButton = new QPushButton(tr("Nouveau sa&larié…"), staff);
    newStaffButton->setObjectName(u"newStaffButton"_s);
    newStaffButton->setToolTip(tr("Saisir la fiche d'une personne qui travaille ici ; elle est enregistrée avec l'organisation"));
    connect(newStaffButton, &QPushButton::clicked, this, &OrganisationEditor::takeOnNewStaff);
    auto *hint = new QLabel(tr("Le représentant et le suppléant se choisissent parmi les salariés actuels. "
                               "Une personne déjà dans le fichier se rattache depuis sa fiche (onglet Emploi)."),
        staff);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(newStaffButton);
    buttonRow->addWidget(hint, 1);
    staffLayout->addLayout(buttonRow);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(membership);
    layout->addWidget(staff, 1);
    return page;
}

void OrganisationEditor::fillStaff()
{
    for (QComboBox *combo : {m_representative, m_alternate}) {
        const qint64 chosen = combo->count() > 0 ? EditorSupport::selectedId(combo) : 0;
        combo->clear();
        combo->addItem(tr("— aucun —"), qint64(0));
        for (const PersonSummary &person : std::as_const(m_staff))
            combo->addItem(person.displayName, person.id);
        for (qsizetype i = 0; i < m_newStaff.size(); ++i)
            combo->addItem(tr("%1 (nouveau)").arg(displayName(m_newStaff.at(i).person)), SaveOrganisationCommand::newStaffId(i));
        EditorSupport::selectId(combo, chosen);
    }

    m_staffList->clear();
    const auto addLine = [this](const QString &name, const QString &jobTitle) {
        m_staffList->addItem(jobTitle.isEmpty() ? name : tr("%1 — %2").arg(name, jobTitle));
    };
    for (const PersonSummary &person : std::as_const(m_staff))
        addLine(person.displayName, person.jobTitle);
    for (const PersonRecord &person : std::as_const(m_newStaff))
        addLine(tr("%1 (enregistré avec l'organisation)").arg(displayName(person.person)), person.person.jobTitle);
    if (m_staff.isEmpty() && m_newStaff.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Aucun salarié rattaché à l'organisation."), m_staffList);
        none->setFlags(Qt::NoItemFlags);
    }
}

void OrganisationEditor::takeOnNewStaff()
{
    const Organisation &o = m_original.organisation;
    const qint64 employer = o.id != 0 ? o.id : SaveOrganisationCommand::OrganisationBeingSaved;
    const QString name = m_name->text().trimmed().isEmpty() ? tr("(la nouvelle organisation)") : m_name->text().trimmed();
    PersonRecord initial;
    Employment job;
    job.organisationId = employer;
    job.startDate = m_file.today();
    initial.employments.append(job);
    PersonEditor editor(m_file, initial, this);
    editor.lockEmployer(employer, name);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_newStaff.append(editor.record());
    fillStaff();
    // The first person taken on by an organisation without a representative most often is one.
    if (collect().membership && EditorSupport::selectedId(m_representative) == 0)
        EditorSupport::selectId(m_representative, SaveOrganisationCommand::newStaffId(m_newStaff.size() - 1));
    validate();
}

void OrganisationEditor::load()
{
    const Organisation &o = m_original.organisation;
    m_name->setText(o.name);
    m_legalForm->setCurrentText(o.legalForm);
    m_siren->setText(identifiers::formatSiren(o.siren));
    m_siret->setText(identifiers::formatSiret(o.siret));
    m_headcount->setCurrentIndex(std::max(0, m_headcount->findData(o.headcountBand)));
    m_address->setPlainText(o.address);
    m_postcode->setText(o.postcode);
    m_city->setText(o.city);
    EditorSupport::setPhone(m_phone, o.phone);
    m_email->setText(o.email);
    m_website->setText(o.website);
    m_notes->setPlainText(o.notes);

    fillStaff();
    loadMembership(m_original.membership);
    if (const std::optional<Membership> &m = m_original.membership) {
        // Someone who has left the organisation stays shown until the user picks another.
        for (const auto &[combo, id] : {std::pair {m_representative, m->representativeId}, std::pair {m_alternate, m->alternateId}}) {
            QString missing;
            if (id != 0 && combo->findData(id) < 0) {
                const auto person = m_file.loadPerson(id);
                const QString name = person ? QString(person->person.firstName + u' ' + person->person.lastName.toUpper()).trimmed()
                                            : tr("personne n° %1").arg(id);
                missing = tr("%1 (ne fait plus partie du personnel)").arg(name);
            }
            EditorSupport::selectId(combo, id, missing);
        }
    }
}

OrganisationRecord OrganisationEditor::record() const
{
    return validation::normalised(collect());
}

bool OrganisationEditor::isModified() const
{
    return record() != m_pristine || !m_newStaff.isEmpty();
}

void OrganisationEditor::rememberLoaded()
{
    m_pristine = record();
}

OrganisationRecord OrganisationEditor::collect() const
{
    OrganisationRecord r = m_original;
    Organisation &o = r.organisation;
    o.name = m_name->text();
    o.legalForm = m_legalForm->currentText();
    o.siren = m_siren->text();
    o.siret = m_siret->text();
    o.headcountBand = m_headcount->currentData().toString();
    o.address = EditorSupport::text(m_address);
    o.postcode = m_postcode->text();
    o.city = m_city->text();
    o.phone = m_phone->text();
    o.email = m_email->text();
    o.website = m_website->text();
    o.notes = EditorSupport::text(m_notes);

    r.membership = collectMembership(m_original.membership);
    if (r.membership) {
        r.membership->organisationId = o.id;
        r.membership->personId = 0;
        r.membership->representativeId = EditorSupport::selectedId(m_representative);
        r.membership->alternateId = EditorSupport::selectedId(m_alternate);
    }
    return r;
}

FieldProblems OrganisationEditor::allProblems() const
{
    const OrganisationRecord r = collect();
    FieldProblems problems = validation::problems(r);
    if (r.membership && r.membership->alternateId != 0 && r.membership->alternateId == r.membership->representativeId) {
        problems.append(
            FieldProblem {u"membership.alternate"_s, tr("Le suppléant doit être une autre personne que le représentant titulaire.")});
    }
    return problems;
}

void OrganisationEditor::tidySiren()
{
    const QString text = m_siren->text().trimmed();
    const QString digits = identifiers::digitsOnly(text);
    if (digits.size() == 9 && looksLikeIdentifier(text))
        m_siren->setText(identifiers::formatSiren(digits));
}

void OrganisationEditor::tidySiret()
{
    const QString text = m_siret->text().trimmed();
    const QString digits = identifiers::digitsOnly(text);
    if (digits.size() != 14 || !looksLikeIdentifier(text))
        return;
    m_siret->setText(identifiers::formatSiret(digits));
    // A valid SIRET gives the SIREN: no need to type it twice.
    if (m_siren->text().trimmed().isEmpty() && identifiers::isValidSiret(digits)) {
        m_siren->setText(identifiers::formatSiren(digits.left(9)));
        validate();
    }
}

} // namespace adhera
