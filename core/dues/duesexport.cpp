// SPDX-License-Identifier: GPL-3.0-or-later
#include "duesexport.h"

#include "db/database.h"
#include "dues/duescsv.h"
#include "dues/duespdf.h"
#include "dues/duesreport.h"
#include "dues/duesxlsx.h"
#include "io/atomicfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

} // namespace

ExportFormat exportFormatOf(const QString &path)
{
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return ExportFormat::Xlsx;
    if (path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return ExportFormat::Pdf;
    return ExportFormat::Csv;
}

Result<void> exportDuesReport(Database &db, int financialYear, ExportFormat format, const QString &path)
{
    const auto report = duesReport(db, financialYear);
    if (!report)
        return tl::unexpected(report.error());
    switch (format) {
    case ExportFormat::Xlsx: return writeDuesReportXlsx(*report, path);
    case ExportFormat::Pdf: return writeDuesReportPdf(*report, clubHeader(db), path);
    case ExportFormat::Csv: break;
    }
    return io::writeFileAtomically(path, duesReportCsv(*report));
}

Result<int> exportReceiptsJournal(Database &db, int financialYear, ExportFormat format, const QString &path)
{
    if (format == ExportFormat::Pdf)
        return fail(ErrorCode::InvalidInput, Tr::tr("Le journal des recettes s'exporte en CSV ou en XLSX."));
    const auto lines = receiptsJournal(db, financialYear);
    if (!lines)
        return tl::unexpected(lines.error());
    const auto written
        = format == ExportFormat::Xlsx ? writeReceiptsJournalXlsx(*lines, path) : io::writeFileAtomically(path, receiptsJournalCsv(*lines));
    if (!written)
        return tl::unexpected(written.error());
    return int(lines->size());
}

} // namespace adhera::dues
