// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoimport.h"

#include "db/database.h"
#include "demo/clubfilegenerator.h"
#include "importing/importstore.h"
#include "io/csvreader.h"
#include "members/memberfile.h"
#include "merge/reviewsession.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace adhera::demo {

using importing::ImportField;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::demo)
};

constexpr int invented = 70;
constexpr int membersExportedAgain = 6;

qint64 clubId(const QList<OriginClub> &clubs, const QString &code)
{
    for (const OriginClub &club : clubs)
        if (club.code == code)
            return club.id;
    return 0;
}

// A member of the file as the Viatis tool exports it: first name, name in capitals, +33 phone.
QStringList viatisRow(const GeneratedTable &table, const merge::ExistingPerson &person, int index)
{
    const auto value = [&person](ImportField field) { return person.values[std::size_t(field)]; };
    QStringList row;
    for (const QString &header : table.headers) {
        if (header == u"id"_s)
            row << u"VT-9%1"_s.arg(index, 4, 10, QLatin1Char('0'));
        else if (header == u"first_name"_s)
            row << value(ImportField::FirstName);
        else if (header == u"last_name"_s)
            row << value(ImportField::LastName).toUpper();
        else if (header == u"company"_s)
            row << value(ImportField::Organisation);
        else if (header == u"job_title"_s)
            row << value(ImportField::JobTitle);
        else if (header == u"city"_s)
            row << value(ImportField::City);
        else if (header == u"zip"_s)
            row << value(ImportField::Postcode);
        else if (header == u"email"_s)
            row << value(ImportField::Email);
        else if (header == u"phone"_s)
            row << value(ImportField::Phone);
        else if (header == u"mobile"_s)
            row << value(ImportField::Mobile);
        else
            row << QString();
    }
    return row;
}

} // namespace

Result<void> stagePendingImport(Database &db, quint32 seed)
{
    ClubFileOptions options;
    options.people = invented;
    options.overlap = 0.4;
    options.inFileDuplicates = 0.03;
    options.seed = seed;
    ClubFiles files = generateClubFiles(options);

    auto existing = merge::ReviewSession::loadExisting(db);
    if (!existing)
        return tl::unexpected(existing.error());
    // Representatives of member companies, spread over the file.
    int added = 0;
    for (qsizetype index = 0; index < existing->size() && added < membersExportedAgain; index += 37) {
        const merge::ExistingPerson &person = existing->at(index);
        if (person.values[std::size_t(ImportField::Organisation)].isEmpty())
            continue;
        files.viatis.rows << viatisRow(files.viatis, person, ++added);
        files.viatis.entities.push_back(-1);
    }

    MemberFile members(db);
    auto clubs = members.originClubs();
    if (!clubs)
        return tl::unexpected(clubs.error());
    struct Export {
        QByteArray bytes;
        QString fileName;
        QString clubCode;
    };
    const QList<Export> exports {{toConnectCsv(files.connect), Tr::tr("export-connect-adherents.csv"), u"CONNECT"_s},
        {toViatisCsv(files.viatis), Tr::tr("viatis-membres.csv"), u"VIATIS"_s}};

    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    importing::ImportStore store(db);
    for (const Export &file : exports) {
        auto table = io::CsvReader::read(file.bytes, file.fileName);
        if (!table)
            return tl::unexpected(table.error());
        importing::ImportFile import = importing::ImportFile::fromTable(*table, file.fileName);
        import.originClubId = clubId(*clubs, file.clubCode);
        if (auto staged = store.stage(import); !staged)
            return staged;
    }
    return transaction.commit();
}

} // namespace adhera::demo
