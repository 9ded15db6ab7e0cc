// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who the club is on its documents (notices, receipts, reminders, reports): name, postal
// address, contacts, how to pay and who signs, and its logo. Kept as settings of the member file
// ("club.*" keys), so that the one SQLite file carries them, logo included (PNG, base64).

#include "common/result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::settings {

struct ClubIdentity {
    QString name; // « Lorraine Contact Client » when unset
    QString address; // several lines
    QString email;
    QString phone;
    QString paymentDetails; // IBAN, BIC, whom cheques are made out to (several lines)
    QString signatory; // « Le trésorier, Prénom NOM » under receipts and reminders
    QByteArray logoPng; // empty: no logo

    QImage logo() const; // null when there is none
    bool operator==(const ClubIdentity &) const = default;
};

ClubIdentity loadClubIdentity(Database &db);
// Writes every key in one transaction; the name must not be empty.
Result<void> saveClubIdentity(Database &db, const ClubIdentity &identity);

// An image file made into the stored logo: read (PNG, JPEG, …), scaled down to fit 800 × 800
// pixels, saved as PNG. The error names the file when it is not an image.
Result<QByteArray> logoFromFile(const QString &path);

// One setting, empty when unset; and one written (inside the caller's transaction if any).
QString setting(Database &db, const QString &key);
Result<void> saveSetting(Database &db, const QString &key, const QString &value);

} // namespace adhera::settings
