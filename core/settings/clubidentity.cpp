// SPDX-License-Identifier: GPL-3.0-or-later
#include "clubidentity.h"

#include "db/database.h"
#include "db/sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace adhera::settings {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::settings)
};

constexpr int maximumLogoSide = 800;

} // namespace

QImage ClubIdentity::logo() const
{
    return logoPng.isEmpty() ? QImage() : QImage::fromData(logoPng, "PNG");
}

QString setting(Database &db, const QString &key)
{
    auto value = Sql(db, u"SELECT value FROM setting WHERE key = :key"_s).bind(u":key"_s, key).scalar(u"setting"_s);
    return value && !value->isNull() ? value->toString() : QString();
}

Result<void> saveSetting(Database &db, const QString &key, const QString &value)
{
    return Sql(db, u"INSERT INTO setting (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s)
        .bind(u":key"_s, key)
        .bind(u":value"_s, value)
        .exec(Tr::tr("Impossible d'enregistrer le paramètre « %1 »").arg(key));
}

ClubIdentity loadClubIdentity(Database &db)
{
    ClubIdentity identity;
    identity.name = setting(db, u"club.name"_s).trimmed();
    if (identity.name.isEmpty())
        identity.name = u"Lorraine Contact Client"_s;
    identity.address = setting(db, u"club.address"_s).trimmed();
    identity.email = setting(db, u"club.email"_s).trimmed();
    identity.phone = setting(db, u"club.phone"_s).trimmed();
    identity.paymentDetails = setting(db, u"club.payment_details"_s).trimmed();
    identity.signatory = setting(db, u"club.signatory"_s).trimmed();
    identity.logoPng = QByteArray::fromBase64(setting(db, u"club.logo"_s).toLatin1());
    return identity;
}

Result<void> saveClubIdentity(Database &db, const ClubIdentity &identity)
{
    if (identity.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Le nom de l'association est obligatoire."));
    const QList<std::pair<QString, QString>> values {{u"club.name"_s, identity.name.trimmed()},
        {u"club.address"_s, identity.address.trimmed()}, {u"club.email"_s, identity.email.trimmed()},
        {u"club.phone"_s, identity.phone.trimmed()}, {u"club.payment_details"_s, identity.paymentDetails.trimmed()},
        {u"club.signatory"_s, identity.signatory.trimmed()}, {u"club.logo"_s, QString::fromLatin1(identity.logoPng.toBase64())}};
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const auto &[key, value] : values) {
        if (auto saved = saveSetting(db, key, value); !saved)
            return saved;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    db.markChanged(Database::Change::ReferenceData);
    return {};
}

Result<QByteArray> logoFromFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        return fail(ErrorCode::InvalidInput,
            Tr::tr("« %1 » n'est pas une image lisible (%2).").arg(QFileInfo(path).fileName(), reader.errorString()));
    }
    if (image.width() > maximumLogoSide || image.height() > maximumLogoSide)
        image = image.scaled(maximumLogoSide, maximumLogoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace adhera::settings
