// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ClubSettingsDialog: « Paramètres de l'association » — who the club is on its documents (name,
// address, contacts, payment details, signatory, logo) and the month its financial years start
// in. It saves itself when the user clicks Enregistrer: the start month first (the ledger
// refuses it once calls exist), then the identity, so that a refusal leaves nothing saved.
// The start month cannot be chosen at all once calls exist; a line under it says why.

#include "settings/clubidentity.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace adhera {

class Database;
class FieldFeedback;

class ClubSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ClubSettingsDialog(Database &db, QWidget *parent = nullptr);
    ~ClubSettingsDialog() override;

    // The identity as edited (texts trimmed, logo as stored PNG).
    settings::ClubIdentity identity() const;
    int yearStartMonth() const; // 1 to 12
    bool isModified() const;

    void accept() override;
    void reject() override;

public slots:
    // The logo from an image file (what « Choisir… » does after its file dialog); a file that
    // is not an image is refused with a message and the logo stays as it was.
    bool setLogoFile(const QString &path);
    void removeLogo();

private:
    void chooseLogo();
    void showLogo();
    void validate();
    void growToFit();
    void showYearExample();

    Database &m_db;
    settings::ClubIdentity m_original;
    int m_originalMonth = 1;
    QByteArray m_logoPng;
    FieldFeedback *m_feedback = nullptr;

    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_paymentDetails = nullptr;
    QLineEdit *m_signatory = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_removeLogoButton = nullptr;
    QComboBox *m_startMonth = nullptr;
    QLabel *m_yearExample = nullptr;
    QLabel *m_startMonthLocked = nullptr;
};

} // namespace adhera
