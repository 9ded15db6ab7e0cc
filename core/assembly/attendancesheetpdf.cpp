// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancesheetpdf.h"

#include "assembly/meetingstore.h"
#include "assembly/sheetpdf.h"
#include "db/database.h"
#include "db/sql.h"
#include "dues/pdfcanvas.h"
#include "members/personnames.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

using dues::pdf::ink;
using dues::pdf::mm;
using dues::pdf::muted;
using dues::pdf::rule;

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

// The totals, the blanks filled in at the opening and the two signatures.
void paintClosing(const dues::pdf::Canvas &canvas, double top, double width, const QList<SheetRow> &rows)
{
    const int votes = std::accumulate(rows.cbegin(), rows.cend(), 0, [](int sum, const SheetRow &row) { return sum + row.votes; });
    double y = top;
    canvas.text(QRectF(0, y, width, mm(6)), Tr::tr("Membres ayant le droit de vote\u00a0: %1 — voix\u00a0: %2").arg(rows.size()).arg(votes),
        10, true, ink);
    y += mm(9);
    const QString blank = u"…………"_s;
    canvas.text(QRectF(0, y, width, mm(6)),
        Tr::tr("Présents\u00a0: %1    Représentés\u00a0: %1    Voix présentes ou représentées\u00a0: %1").arg(blank), 10, false, ink);
    y += mm(7);
    canvas.text(QRectF(0, y, width, mm(6)), Tr::tr("Feuille arrêtée à %1 h %1, certifiée exacte par\u00a0:").arg(u"……"_s), 10, false, ink);
    y += mm(9);
    const double column = (width - mm(10)) / 2;
    const QString roles[] = {Tr::tr("Le président de séance"), Tr::tr("Le secrétaire de séance")};
    for (int i = 0; i < 2; ++i) {
        const double x = i * (column + mm(10));
        canvas.text(QRectF(x, y, column, mm(5.5)), roles[i], 10, true, ink);
        if (QPainter *painter = canvas.painter()) {
            painter->setPen(QPen(rule, mm(0.2), Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(x, y + mm(7), column, mm(22)));
        }
        canvas.text(QRectF(x + mm(2), y + mm(7.5), column, mm(4)), Tr::tr("Nom et signature"), 7, false, muted);
    }
}

} // namespace

Result<QList<SheetRow>> attendanceSheetRows(Database &db, qint64 meetingId)
{
    const auto attendance = MeetingStore(db).attendance(meetingId);
    if (!attendance)
        return fail(attendance.error());
    QList<SheetRow> rows;
    for (const AttendanceRow &row : *attendance) {
        if (!row.entitled || row.weight <= 0)
            continue;
        SheetRow sheetRow {row.name, QString(), row.weight};
        if (row.voterPersonId != 0) {
            Sql query(db,
                u"SELECT p.first_name, p.last_name, m.person_id FROM person p JOIN membership m ON m.id = :membership "
                "WHERE p.id = :person"_s);
            query.bind(u":membership"_s, row.membershipId).bind(u":person"_s, row.voterPersonId);
            if (auto ran = query.exec(Tr::tr("Impossible de lire le représentant de %1").arg(row.name)); !ran)
                return fail(ran.error());
            // A person signs for themselves: no representative to print.
            if (query.next() && query.value(2).isNull())
                sheetRow.representative = letterName(query.value(0).toString(), query.value(1).toString());
        }
        rows.append(sheetRow);
    }
    std::sort(rows.begin(), rows.end(), [](const SheetRow &a, const SheetRow &b) { return a.member.localeAwareCompare(b.member) < 0; });
    return rows;
}

Result<void> writeAttendanceSheetPdf(const Meeting &meeting, const QList<SheetRow> &rows, const dues::ClubHeader &club, const QString &path)
{
    sheetpdf::Sheet sheet;
    sheet.title = Tr::tr("Feuille d'émargement");
    sheet.intro = Tr::tr("Membres ayant le droit de vote. Chaque membre présent signe à son arrivée\u00a0; un organisme signe par son "
                         "représentant désigné. Pour un membre représenté, inscrire le nom du mandataire et joindre le pouvoir.");
    sheet.columns = {{Tr::tr("N°"), 7, Qt::AlignRight, false}, {Tr::tr("Membre"), 53, Qt::AlignLeft, false},
        {Tr::tr("Voix"), 10, Qt::AlignHCenter, false}, {Tr::tr("Présent"), 14, Qt::AlignHCenter, true},
        {Tr::tr("Représenté par"), 32, Qt::AlignLeft, false}, {Tr::tr("Signature"), 40, Qt::AlignLeft, false}};
    sheet.rowHeightMm = 13; // room for a signature
    int number = 0;
    for (const SheetRow &row : rows) {
        const QString representative = row.representative.isEmpty() ? QString() : Tr::tr("représentant\u00a0: %1").arg(row.representative);
        sheet.rows.append({{QString::number(++number), {}}, {row.member, representative}, {QString::number(row.votes), {}}, {}, {}, {}});
    }
    sheet.closingHeightMm = 62;
    sheet.closing = [rows](const dues::pdf::Canvas &canvas, double top, double width) { paintClosing(canvas, top, width, rows); };
    return sheetpdf::writeSheetPdf(meeting, club, sheet, path);
}

} // namespace adhera::assembly
