// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An import file read as a table, whatever its format: .xlsx workbooks through the XLSX reader,
// everything else as CSV (the CSV reader refuses binary files with a clear message).

#include "common/result.h"
#include "importing/importfield.h"
#include "io/csvreader.h"

#include <vector>

namespace adhera::importing {

Result<io::CsvTable> readTable(const QString &path);

std::vector<FieldValues> fieldValues(const io::CsvTable &table, const ColumnMapping &mapping);

} // namespace adhera::importing
