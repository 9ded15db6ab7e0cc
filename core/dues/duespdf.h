// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The year's dues status as an A4 PDF for the board and the accountant: the club's header, the
// totals, the tables by category and by origin club, a chart of collected against expected by
// month and the list of unpaid calls, paginated with « Page N / M ». Same content as the CSV and
// XLSX exports (duescsv.h, duesxlsx.h). Drawn with QPdfWriter and QPainter, so it needs a
// QGuiApplication (the offscreen platform is enough). Written to a temporary file beside the
// target and renamed over it only once complete.

#include "common/result.h"
#include "dues/duesreport.h"

#include <QDateTime>
#include <QImage>
#include <QString>

namespace adhera {
class Database;
}

namespace adhera::dues {

// The top of a club document: the club's name, address (several lines) and logo from its
// settings (settings/clubidentity.h), and when it was printed (« Imprimé le … »); the letters
// (duesdocuments.h) also print its contacts, how to pay and who signs.
struct ClubHeader {
    QString name;
    QString address;
    QDateTime printedAt;
    QImage logo; // null: none
    QString email;
    QString phone;
    QString paymentDetails; // several lines
    QString signatory; // several lines
};

// The settings, or « Lorraine Contact Client » and no address when they are not set; printedAt
// from the database clock, so that tests can fix it.
ClubHeader clubHeader(Database &db);

Result<void> writeDuesReportPdf(const DuesReport &report, const ClubHeader &club, const QString &path);

} // namespace adhera::dues
