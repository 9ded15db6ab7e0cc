// SPDX-License-Identifier: GPL-3.0-or-later
#include "clubsettingsdialog.h"

#include "db/database.h"
#include "dialogs/editorsupport.h"
#include "dialogs/fieldfeedback.h"
#include "dues/duesledger.h"
#include "dues/financialyear.h"
#include "i18n/displayformat.h"
#include "members/validation.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adhera {

namespace {

constexpr int logoSide = 120;

} // namespace

ClubSettingsDialog::ClubSettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_original(settings::loadClubIdentity(db)), m_originalMonth(dues::FinancialYear::startMonthOf(db))
{
    setObjectName(u"clubSettingsDialog"_s);
    setWindowTitle(tr("Paramètres de l'association"));
    setStyleSheet(FieldFeedback::styleSheet());
    m_feedback = new FieldFeedback(this, nullptr);

    auto *identityGroup = new QGroupBox(tr("L'association sur ses documents"), this);
    auto *form = new QFormLayout(identityGroup);
    m_name = EditorSupport::lineEdit(u"nameEdit"_s, identityGroup);
    m_feedback->addRow(form, tr("N&om\u00a0:"), m_name, u"name"_s);
    m_address = EditorSupport::textEdit(u"addressEdit"_s, 4, identityGroup);
    m_address->setMaximumHeight(m_address->minimumHeight());
    form->addRow(tr("A&dresse\u00a0:"), m_address);
    m_email = EditorSupport::lineEdit(u"emailEdit"_s, identityGroup);
    m_email->setPlaceholderText(tr("ex. contact@exemple.fr"));
    m_feedback->addRow(form, tr("E-&mail\u00a0:"), m_email, u"email"_s);
    m_phone = EditorSupport::lineEdit(u"phoneEdit"_s, identityGroup);
    m_phone->setPlaceholderText(tr("ex. 03 83 12 34 56"));
    EditorSupport::tidyPhoneOnLeave(m_phone);
    form->addRow(tr("Télé&phone\u00a0:"), m_phone);
    m_paymentDetails = EditorSupport::textEdit(u"paymentDetailsEdit"_s, 4, identityGroup);
    m_paymentDetails->setMaximumHeight(m_paymentDetails->minimumHeight());
    m_paymentDetails->setPlaceholderText(tr("IBAN, BIC, ordre des chèques"));
    form->addRow(tr("Coordonnées de pa&iement\u00a0:"), m_paymentDetails);
    m_signatory = EditorSupport::lineEdit(u"signatoryEdit"_s, identityGroup);
    m_signatory->setPlaceholderText(tr("ex. Le trésorier, Prénom NOM"));
    form->addRow(tr("&Signataire\u00a0:"), m_signatory);

    m_logoPreview = new QLabel(identityGroup);
    m_logoPreview->setObjectName(u"logoPreview"_s);
    m_logoPreview->setFixedSize(logoSide, logoSide);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto *chooseLogoButton = new QPushButton(tr("&Choisir…"), identityGroup);
    chooseLogoButton->setObjectName(u"chooseLogoButton"_s);
    chooseLogoButton->setAutoDefault(false);
    chooseLogoButton->setToolTip(tr("Une image PNG ou JPEG, réduite au besoin à 800 × 800 pixels"));
    m_removeLogoButton = new QPushButton(tr("&Retirer"), identityGroup);
    m_removeLogoButton->setObjectName(u"removeLogoButton"_s);
    m_removeLogoButton->setAutoDefault(false);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(chooseLogoButton);
    logoButtons->addWidget(m_removeLogoButton);
    logoButtons->addStretch();
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    auto *logoLabel = new QLabel(tr("&Logo\u00a0:"), identityGroup);
    logoLabel->setBuddy(chooseLogoButton);
    form->addRow(logoLabel, logoRow);

    auto *duesGroup = new QGroupBox(tr("Cotisations"), this);
    auto *duesForm = new QFormLayout(duesGroup);
    m_startMonth = new QComboBox(duesGroup);
    m_startMonth->setObjectName(u"startMonthCombo"_s);
    for (int month = 1; month <= 12; ++month) // in the interface's language
        m_startMonth->addItem(QLocale().standaloneMonthName(month), month);
    duesForm->addRow(tr("Début de l'e&xercice\u00a0:"), m_startMonth);
    m_yearExample = new QLabel(duesGroup);
    m_yearExample->setObjectName(u"yearExampleLabel"_s);
    m_yearExample->setEnabled(false);
    duesForm->addRow(QString(), m_yearExample);
    m_startMonthLocked = new QLabel(tr("Des appels de cotisation sont déjà émis\u00a0: le début de l'exercice ne peut plus changer, "
                                       "car ils sont classés sous des exercices qui désigneraient alors d'autres mois."),
        duesGroup);
    m_startMonthLocked->setObjectName(u"startMonthLockedLabel"_s);
    m_startMonthLocked->setWordWrap(true);
    m_startMonthLocked->setEnabled(false);
    duesForm->addRow(QString(), m_startMonthLocked);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identityGroup);
    layout->addWidget(duesGroup);
    layout->addStretch();
    layout->addWidget(EditorSupport::saveButtons(this));

    m_name->setText(m_original.name);
    m_address->setPlainText(m_original.address);
    m_email->setText(m_original.email);
    m_phone->setText(m_original.phone);
    m_paymentDetails->setPlainText(m_original.paymentDetails);
    m_signatory->setText(m_original.signatory);
    m_logoPng = m_original.logoPng;
    showLogo();
    m_startMonth->setCurrentIndex(m_originalMonth - 1);
    const bool locked = dues::DuesLedger(m_db).hasCalls();
    m_startMonth->setEnabled(!locked);
    m_startMonthLocked->setVisible(locked);
    showYearExample();
    m_feedback->forgetTouched();

    connect(m_feedback, &FieldFeedback::inputChanged, this, &ClubSettingsDialog::validate);
    connect(chooseLogoButton, &QPushButton::clicked, this, &ClubSettingsDialog::chooseLogo);
    connect(m_removeLogoButton, &QPushButton::clicked, this, &ClubSettingsDialog::removeLogo);
    connect(m_startMonth, &QComboBox::currentIndexChanged, this, &ClubSettingsDialog::showYearExample);

    resize(std::max(sizeHint().width(), 600), sizeHint().height());
    m_name->setFocus();
}

ClubSettingsDialog::~ClubSettingsDialog()
{
    // Hiding moves the focus away, and leaving a field validates: while this object still exists.
    hide();
}

settings::ClubIdentity ClubSettingsDialog::identity() const
{
    settings::ClubIdentity identity;
    identity.name = m_name->text().trimmed();
    identity.address = EditorSupport::text(m_address).trimmed();
    identity.email = m_email->text().trimmed();
    identity.phone = m_phone->text().trimmed();
    identity.paymentDetails = EditorSupport::text(m_paymentDetails).trimmed();
    identity.signatory = m_signatory->text().trimmed();
    identity.logoPng = m_logoPng;
    return identity;
}

int ClubSettingsDialog::yearStartMonth() const
{
    return m_startMonth->currentData().toInt();
}

bool ClubSettingsDialog::isModified() const
{
    return identity() != m_original || yearStartMonth() != m_originalMonth;
}

void ClubSettingsDialog::validate()
{
    FieldProblems problems;
    if (m_name->text().trimmed().isEmpty())
        problems.append({u"name"_s, tr("Le nom de l'association est obligatoire.")});
    if (const QString problem = validation::emailProblem(m_email->text()); !problem.isEmpty())
        problems.append({u"email"_s, problem});
    m_feedback->show(problems);
    growToFit();
}

void ClubSettingsDialog::growToFit()
{
    // Field messages wrap (height for width), which a minimum-size constraint ignores: the
    // dialog would squeeze the logo out of its frame rather than grow.
    QLayout *layout = this->layout();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width()) : layout->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void ClubSettingsDialog::accept()
{
    m_feedback->revealAll();
    validate();
    if (m_feedback->focusFirstProblem())
        return;

    // The month first: it is the one the ledger may refuse, and then nothing is saved.
    if (yearStartMonth() != m_originalMonth) {
        if (auto saved = dues::DuesLedger(m_db).setYearStartMonth(yearStartMonth()); !saved) {
            MessageBox::critical(this, tr("Enregistrement impossible"), saved.error().message);
            return;
        }
        m_originalMonth = yearStartMonth();
    }
    const settings::ClubIdentity edited = identity();
    if (edited != m_original) {
        if (auto saved = settings::saveClubIdentity(m_db, edited); !saved) {
            MessageBox::critical(this, tr("Enregistrement impossible"), saved.error().message);
            return;
        }
        m_original = edited;
    }
    QDialog::accept();
}

void ClubSettingsDialog::reject()
{
    if (isModified() && !EditorSupport::confirmDiscard(this))
        return;
    QDialog::reject();
}

bool ClubSettingsDialog::setLogoFile(const QString &path)
{
    const Result<QByteArray> logo = settings::logoFromFile(path);
    if (!logo) {
        MessageBox::warning(this, tr("Logo"), logo.error().message);
        return false;
    }
    m_logoPng = *logo;
    showLogo();
    return true;
}

void ClubSettingsDialog::removeLogo()
{
    m_logoPng.clear();
    showLogo();
}

void ClubSettingsDialog::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << u"*."_s + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choisir le logo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), tr("Images (%1)").arg(patterns.join(u' ')));
    if (!path.isEmpty())
        setLogoFile(path);
}

void ClubSettingsDialog::showLogo()
{
    const QImage logo = m_logoPng.isEmpty() ? QImage() : QImage::fromData(m_logoPng, "PNG");
    if (logo.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("Aucun logo"));
        m_logoPreview->setEnabled(false);
    } else {
        const int side = logoSide - 2 * m_logoPreview->frameWidth() - 4;
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(logo.scaled(QSize(side, side) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        m_logoPreview->setText(QString());
        m_logoPreview->setPixmap(pixmap);
        m_logoPreview->setEnabled(true);
    }
    m_removeLogoButton->setEnabled(!logo.isNull());
}

void ClubSettingsDialog::showYearExample()
{
    const dues::FinancialYear current = dues::FinancialYear::containing(m_db.now().toLocalTime().date(), yearStartMonth());
    m_yearExample->setText(tr("Exercice en cours\u00a0: %1, du %2 au %3.")
                               .arg(current.label(), i18n::displayDate(current.first()), i18n::displayDate(current.last())));
}

} // namespace adhera
