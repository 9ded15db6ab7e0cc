// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a column of an imported file means. Club files name their columns in many ways
// ("Prénom", "PRENOM", "given_name", "First name"); a ColumnMapping says which column holds
// which field, found from the headers or given by the user ("Nom=last_name,Société=organisation").

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace adhera::importing {

enum class ImportField {
    SourceId,
    Civility,
    FirstName,
    LastName,
    Organisation,
    Siren,
    Siret,
    JobTitle,
    Email,
    Phone,
    Mobile,
    StreetNumber,
    Address,
    AddressExtra,
    Postcode,
    City,
    Region,
    BirthDate,
    NationalId,
    Category,
    JoinedOn,
    Notes,
};

inline constexpr int importFieldCount = int(ImportField::Notes) + 1;

QList<ImportField> allImportFields();
QString toCode(ImportField field); // "first_name"
QString label(ImportField field); // "Prénom", translated
// Codes and their usual English aliases ("given_name", "surname", "suburb", "soc_sec_id").
std::optional<ImportField> importFieldFromCode(const QString &code);

// The value of every field for one row; empty when the file has no such column.
using FieldValues = std::array<QString, importFieldCount>;

// Column index (in the file's headers) of each field, -1 when absent.
class ColumnMapping final
{
public:
    ColumnMapping() { m_columns.fill(-1); }

    int column(ImportField field) const { return m_columns[std::size_t(field)]; }
    void setColumn(ImportField field, int column) { m_columns[std::size_t(field)] = column; }
    bool has(ImportField field) const { return column(field) >= 0; }
    bool isEmpty() const;

    FieldValues values(const QStringList &row) const;

    // Fields found from the header names (French and English, any case or accent); each field
    // takes the first column that names it, and a column gives at most one field.
    static ColumnMapping fromHeaders(const QStringList &headers);
    // "Header=field,Header=field" (field: code or alias); headers matched ignoring case and
    // accents. Fails naming the unknown header or field.
    static Result<ColumnMapping> fromSpec(const QString &spec, const QStringList &headers);

    // "Nom=last_name,Prénom=first_name": stored per source so the next import of the same file
    // layout starts from the user's own choices.
    QString toSpec(const QStringList &headers) const;

    bool operator==(const ColumnMapping &) const = default;

private:
    std::array<int, importFieldCount> m_columns;
};

} // namespace adhera::importing
