// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ImportFile: one club file on its way into the member file. Reading it writes nothing: the
// table is read, its columns mapped (automatically, or as the user set them), and each row
// checked, so that the wizard can show a preview with every row's problems (line, field, why)
// before anything is stored. Stored, it becomes an import batch whose rows keep their cells as
// read: the provenance of every merged member.

#include "common/result.h"
#include "importing/importfield.h"
#include "io/csvreader.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace adhera::importing {

struct RowProblem {
    ImportField field;
    QString message; // « jean@ » n'est pas une adresse e-mail valide.
};

struct SourceRow {
    qint64 id = 0; // import_row id, once stored
    int line = 0; // physical line in the file
    QStringList cells; // as read
    FieldValues values; // cells through the mapping, trimmed
    QList<RowProblem> problems;
    bool skipped() const; // nothing to import: neither a name nor an organisation
};

struct ImportFile {
    qint64 batchId = 0; // once stored
    qint64 originClubId = 0;
    QString clubName;
    QString fileName; // without its folder
    QString encoding; // as detected; empty for a workbook
    QStringList headers;
    QStringList warnings; // what the reader noticed (ragged rows, duplicate headers)
    ColumnMapping mapping;
    QList<SourceRow> rows;

    // Reads a CSV or XLSX file and maps its columns from the headers. Fails with the reader's
    // message (file and line) on a file that cannot be read.
    static Result<ImportFile> read(const QString &path);
    // The same from a table already read (fileName stands for it in messages).
    static ImportFile fromTable(const io::CsvTable &table, const QString &fileName);
    // Maps again (the user changed a column) and re-checks every row.
    void setMapping(const ColumnMapping &mapping);
    int rowsWithProblems() const;
};

// The problems of one row, field by field: e-mail, phones, postcode, SIREN/SIRET, dates, and a
// row with neither name nor organisation.
QList<RowProblem> checkRow(const FieldValues &values);

// "Date d'adhésion", "ligne 12" … for messages: "ligne 12, E-mail : …".
QString describe(int line, const RowProblem &problem);

// "15/03/2021", "2021-03-15", "15-03-2021", "15.03.21": the date, or an invalid QDate.
QDate parseDate(const QString &text);

} // namespace adhera::importing
