// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetable.h"

#include "io/xlsxreader.h"

using namespace Qt::StringLiterals;

namespace adhera::importing {

Result<io::CsvTable> readTable(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(u".xlsx"_s) || lower.endsWith(u".xlsm"_s))
        return io::XlsxReader::readFile(path);
    return io::CsvReader::readFile(path);
}

std::vector<FieldValues> fieldValues(const io::CsvTable &table, const ColumnMapping &mapping)
{
    std::vector<FieldValues> values;
    values.reserve(std::size_t(table.rows.size()));
    for (const io::CsvRow &row : table.rows)
        values.push_back(mapping.values(row.fields));
    return values;
}

} // namespace adhera::importing
