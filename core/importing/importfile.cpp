// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfile.h"

#include "importing/sourcetable.h"
#include "members/identifiers.h"
#include "members/phonenumbers.h"
#include "members/validation.h"
#include "merge/normalise.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adhera::importing {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::importing)
};

const QString &valueOf(const FieldValues &values, ImportField field)
{
    return values[std::size_t(field)];
}

void checkIdentifier(QList<RowProblem> &problems, const FieldValues &values, ImportField field, int digits)
{
    const QString text = valueOf(values, field);
    if (text.isEmpty())
        return;
    const QString bare = identifiers::digitsOnly(text);
    const bool valid = digits == 9 ? identifiers::isValidSiren(bare) : identifiers::isValidSiret(bare);
    if (bare.size() != digits)
        problems << RowProblem {field, Tr::tr("« %1 » devrait compter %n chiffres.", nullptr, digits).arg(text)};
    else if (!valid)
        problems << RowProblem {field, Tr::tr("« %1 » a une clé de contrôle fausse.").arg(text)};
}

} // namespace

bool SourceRow::skipped() const
{
    return valueOf(values, ImportField::LastName).isEmpty() && valueOf(values, ImportField::FirstName).isEmpty()
        && valueOf(values, ImportField::Organisation).isEmpty();
}

Result<ImportFile> ImportFile::read(const QString &path)
{
    auto table = readTable(path);
    if (!table)
        return tl::unexpected(table.error());
    return fromTable(*table, QFileInfo(path).fileName());
}

ImportFile ImportFile::fromTable(const io::CsvTable &table, const QString &fileName)
{
    ImportFile file;
    file.fileName = fileName;
    file.encoding = table.encoding;
    file.headers = table.headers;
    file.warnings = table.warnings;
    file.rows.reserve(table.rows.size());
    for (const io::CsvRow &row : table.rows)
        file.rows << SourceRow {0, row.line, row.fields, {}, {}};
    file.setMapping(ColumnMapping::fromHeaders(file.headers));
    return file;
}

void ImportFile::setMapping(const ColumnMapping &newMapping)
{
    mapping = newMapping;
    for (SourceRow &row : rows) {
        row.values = mapping.values(row.cells);
        row.problems = checkRow(row.values);
    }
}

int ImportFile::rowsWithProblems() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const SourceRow &row) { return !row.problems.isEmpty(); }));
}

QList<RowProblem> checkRow(const FieldValues &values)
{
    QList<RowProblem> problems;
    if (valueOf(values, ImportField::LastName).isEmpty() && valueOf(values, ImportField::FirstName).isEmpty()
        && valueOf(values, ImportField::Organisation).isEmpty())
        problems << RowProblem {ImportField::LastName, Tr::tr("ni nom ni organisme : la ligne ne sera pas importée.")};
    if (const QString email = valueOf(values, ImportField::Email); !email.isEmpty()) {
        if (const QString problem = validation::emailProblem(email); !problem.isEmpty())
            problems << RowProblem {ImportField::Email, problem};
    }
    for (ImportField field : {ImportField::Phone, ImportField::Mobile}) {
        const auto parsed = phone::normalise(valueOf(values, field));
        if (!parsed.valid)
            problems << RowProblem {field, parsed.problem};
    }
    if (const QString postcode = valueOf(values, ImportField::Postcode); !postcode.isEmpty()) {
        if (const QString problem = validation::postcodeProblem(merge::normalisePostcode(postcode)); !problem.isEmpty())
            problems << RowProblem {ImportField::Postcode, problem};
    }
    checkIdentifier(problems, values, ImportField::Siren, 9);
    checkIdentifier(problems, values, ImportField::Siret, 14);
    if (const QString joined = valueOf(values, ImportField::JoinedOn); !joined.isEmpty() && !parseDate(joined).isValid())
        problems << RowProblem {ImportField::JoinedOn, Tr::tr("« %1 » n'est pas une date (attendu JJ/MM/AAAA).").arg(joined)};
    return problems;
}

QString describe(int line, const RowProblem &problem)
{
    return Tr::tr("ligne %1, %2 : %3").arg(line).arg(label(problem.field), problem.message);
}

QDate parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {u"dd/MM/yyyy"_s, u"d/M/yyyy"_s, u"yyyy-MM-dd"_s, u"dd-MM-yyyy"_s, u"dd.MM.yyyy"_s, u"dd/MM/yy"_s,
             u"yyyy-MM-ddTHH:mm:ss"_s, u"yyyy/MM/dd"_s}) {
        QDate date = QDate::fromString(trimmed, format);
        if (date.isValid()) {
            if (format.endsWith(u"yy"_s) && !format.endsWith(u"yyyy"_s) && date.year() < 1950)
                date = date.addYears(100); // "15/03/21" is 2021, not 1921
            return date;
        }
    }
    return {};
}

} // namespace adhera::importing
