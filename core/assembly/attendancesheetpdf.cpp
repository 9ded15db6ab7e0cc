// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancesheetpdf.h"

#include "assembly/meetingstore.h"
#include "assembly/minutesdraft.h"
#include "db/database.h"
#include "db/sql.h"
#include "dues/pdfcanvas.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace adhera::assembly {

namespace {

using dues::pdf::headerFill;
using dues::pdf::ink;
using dues::pdf::mm;
using dues::pdf::muted;
using dues::pdf::rule;

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::assembly)
};

constexpr double rowHeight = mm(13); // room for a signature
constexpr double headerHeight = mm(7);
constexpr double totalsHeight = mm(62); // the totals, the blanks and the two signatures

struct Column {
    QString title;
    double width; // relative
    Qt::Alignment alignment = Qt::AlignLeft;
};

QList<Column> columns()
{
    return {{Tr::tr("N°"), 7, Qt::AlignRight}, {Tr::tr("Membre"), 53}, {Tr::tr("Voix"), 10, Qt::AlignHCenter},
        {Tr::tr("Présent"), 14, Qt::AlignHCenter}, {Tr::tr("Représenté par"), 32}, {Tr::tr("Signature"), 40}};
}

// « Assemblée générale ordinaire du 12 juin 2025 à 18 h 30 ».
QString meetingLine(const Meeting &meeting)
{
    QString kind = label(meeting.kind);
    if (meeting.kind == MeetingKind::GeneralOrdinary)
        kind = Tr::tr("Assemblée générale ordinaire");
    else if (meeting.kind == MeetingKind::GeneralExtraordinary)
        kind = Tr::tr("Assemblée générale extraordinaire");
    return Tr::tr("%1 du %2 à %3").arg(kind, longDate(meeting.startsAt.date()), clockTime(meeting.startsAt.time()));
}

// Lays the sheet out; runs twice, once without a painter to count the pages.
class Sheet final
{
public:
    Sheet(QPdfWriter &writer, QPainter *painter, const Meeting &meeting, const dues::ClubHeader &club, int pageCount)
        : m_writer(writer)
        , m_painter(painter)
        , m_canvas(writer, painter)
        , m_meeting(meeting)
        , m_club(club)
        , m_pageCount(pageCount)
        , m_width(writer.width())
        , m_bottom(writer.height() - mm(10))
    { }

    int pages() const { return m_page; }

    void paint(const QList<SheetRow> &rows)
    {
        heading();
        tableHeader();
        int number = 0;
        for (const SheetRow &row : rows) {
            if (m_y + rowHeight > m_bottom) {
                newPage();
                tableHeader();
            }
            tableRow(++number, row);
        }
        if (m_y + mm(6) + totalsHeight > m_bottom)
            newPage();
        totals(rows);
        footer();
    }

private:
    void heading()
    {
        const double top = m_y;
        const QRectF logo = m_canvas.image(m_club.logo, QPointF(0, top), mm(34), mm(15));
        const double left = logo.width() > 0 ? logo.width() + mm(5) : 0;
        m_canvas.text(QRectF(left, m_y, m_width * 0.6 - left, mm(6)), m_club.name, 12, true, ink);
        m_y += mm(6);
        for (const QString &line : m_club.address.split(u'\n', Qt::SkipEmptyParts)) {
            m_canvas.text(QRectF(left, m_y, m_width * 0.6 - left, mm(4.2)), line.trimmed(), 8.5, false, muted);
            m_y += mm(4.2);
        }
        m_y = std::max(m_y, logo.bottom()) + mm(2);
        m_canvas.line(m_y, rule, mm(0.3), 0, m_width);
        m_y += mm(6);
        m_canvas.text(QRectF(0, m_y, m_width, mm(8)), Tr::tr("Feuille d'émargement"), 16, true, ink, Qt::AlignHCenter | Qt::AlignVCenter);
        m_y += mm(9);
        m_canvas.text(QRectF(0, m_y, m_width, mm(6)), meetingLine(m_meeting), 11, false, ink, Qt::AlignHCenter | Qt::AlignVCenter);
        m_y += mm(6);
        if (!m_meeting.place.trimmed().isEmpty()) {
            m_canvas.text(
                QRectF(0, m_y, m_width, mm(5)), m_meeting.place.trimmed(), 9.5, false, muted, Qt::AlignHCenter | Qt::AlignVCenter);
            m_y += mm(5);
        }
        m_y += mm(3);
        m_y += m_canvas.paragraph(QRectF(0, m_y, m_width, 0),
            Tr::tr("Membres ayant le droit de vote. Chaque membre présent signe à son arrivée\u00a0; un organisme signe par son "
                   "représentant désigné. Pour un membre représenté, inscrire le nom du mandataire et joindre le pouvoir."),
            8.5, false, muted);
        m_y += mm(4);
    }

    void tableHeader()
    {
        m_canvas.fill(QRectF(0, m_y, m_width, headerHeight), headerFill);
        double x = 0;
        const QList<Column> all = columns();
        for (const Column &column : all) {
            const double width = columnWidth(column);
            m_canvas.text(QRectF(x + mm(1.5), m_y, width - mm(3), headerHeight), column.title,
                m_canvas.fittingSize(column.title, width - mm(3), 8.5, true), true, ink, column.alignment | Qt::AlignVCenter);
            x += width;
        }
        grid(m_y, headerHeight);
        m_y += headerHeight;
    }

    void tableRow(int number, const SheetRow &row)
    {
        const QList<Column> all = columns();
        double x = 0;
        for (qsizetype c = 0; c < all.size(); ++c) {
            const double width = columnWidth(all.at(c));
            const QRectF cell(x + mm(1.5), m_y, width - mm(3), rowHeight);
            switch (c) {
            case 0: m_canvas.text(cell, QString::number(number), 8.5, false, muted, Qt::AlignRight | Qt::AlignVCenter); break;
            case 1: {
                // Long names shrink to fit rather than lose their end.
                const double points = m_canvas.fittingSize(row.member, cell.width(), 9, false);
                if (row.representative.isEmpty()) {
                    m_canvas.text(cell, row.member, points, false, ink);
                } else {
                    m_canvas.text(QRectF(cell.x(), m_y + mm(1.5), cell.width(), mm(5.5)), row.member, points, false, ink);
                    m_canvas.text(QRectF(cell.x(), m_y + mm(7), cell.width(), mm(4.5)),
                        Tr::tr("représentant\u00a0: %1").arg(row.representative), 7.5, false, muted);
                }
            } break;
            case 2: m_canvas.text(cell, QString::number(row.votes), 9, false, ink, Qt::AlignHCenter | Qt::AlignVCenter); break;
            case 3:
                if (m_painter) {
                    const double side = mm(4);
                    m_painter->setPen(QPen(ink, mm(0.2)));
                    m_painter->setBrush(Qt::NoBrush);
                    m_painter->drawRect(QRectF(x + (width - side) / 2, m_y + (rowHeight - side) / 2, side, side));
                }
                break;
            default: break;
            }
            x += width;
        }
        grid(m_y, rowHeight);
        m_y += rowHeight;
    }

    void totals(const QList<SheetRow> &rows)
    {
        const int votes = std::accumulate(rows.cbegin(), rows.cend(), 0, [](int sum, const SheetRow &row) { return sum + row.votes; });
        m_y += mm(5);
        m_canvas.text(QRectF(0, m_y, m_width, mm(6)),
            Tr::tr("Membres ayant le droit de vote\u00a0: %1 — voix\u00a0: %2").arg(rows.size()).arg(votes), 10, true, ink);
        m_y += mm(9);
        const QString blank = u"…………"_s;
        m_canvas.text(QRectF(0, m_y, m_width, mm(6)),
            Tr::tr("Présents\u00a0: %1    Représentés\u00a0: %1    Voix présentes ou représentées\u00a0: %1").arg(blank), 10, false, ink);
        m_y += mm(7);
        m_canvas.text(
            QRectF(0, m_y, m_width, mm(6)), Tr::tr("Feuille arrêtée à %1 h %1, certifiée exacte par\u00a0:").arg(u"……"_s), 10, false, ink);
        m_y += mm(9);
        const double column = (m_width - mm(10)) / 2;
        const QString roles[] = {Tr::tr("Le président de séance"), Tr::tr("Le secrétaire de séance")};
        for (int i = 0; i < 2; ++i) {
            const double x = i * (column + mm(10));
            m_canvas.text(QRectF(x, m_y, column, mm(5.5)), roles[i], 10, true, ink);
            if (m_painter) {
                m_painter->setPen(QPen(rule, mm(0.2), Qt::DashLine));
                m_painter->setBrush(Qt::NoBrush);
                m_painter->drawRect(QRectF(x, m_y + mm(7), column, mm(22)));
            }
            m_canvas.text(QRectF(x + mm(2), m_y + mm(7.5), column, mm(4)), Tr::tr("Nom et signature"), 7, false, muted);
        }
        m_y += mm(31);
    }

    double columnWidth(const Column &column) const
    {
        const QList<Column> all = columns();
        const double total = std::accumulate(all.cbegin(), all.cend(), 0.0, [](double sum, const Column &c) { return sum + c.width; });
        return m_width * column.width / total;
    }

    void grid(double top, double height)
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(rule, mm(0.15)));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(QRectF(0, top, m_width, height));
        const QList<Column> all = columns();
        double x = 0;
        for (qsizetype c = 0; c + 1 < all.size(); ++c) {
            x += columnWidth(all.at(c));
            m_painter->drawLine(QPointF(x, top), QPointF(x, top + height));
        }
    }

    void newPage()
    {
        footer();
        if (m_painter)
            m_writer.newPage();
        ++m_page;
        m_y = 0;
    }

    void footer()
    {
        const double y = m_writer.height() - mm(6);
        m_canvas.line(y - mm(1.5), rule, mm(0.15), 0, m_width);
        m_canvas.text(
            QRectF(0, y, m_width * 0.8, mm(4.5)), Tr::tr("Feuille d'émargement — %1").arg(meetingLine(m_meeting)), 7.5, false, muted);
        m_canvas.text(QRectF(m_width * 0.8, y, m_width * 0.2, mm(4.5)), Tr::tr("Page %1 / %2").arg(m_page).arg(m_pageCount), 7.5, false,
            muted, Qt::AlignRight | Qt::AlignVCenter);
    }

    QPdfWriter &m_writer;
    QPainter *m_painter;
    dues::pdf::Canvas m_canvas;
    const Meeting &m_meeting;
    const dues::ClubHeader &m_club;
    int m_pageCount;
    double m_width;
    double m_bottom;
    double m_y = 0;
    int m_page = 1;
};

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
                sheetRow.representative = query.value(0).toString() + u' ' + query.value(1).toString().toUpper();
        }
        rows.append(sheetRow);
    }
    std::sort(rows.begin(), rows.end(), [](const SheetRow &a, const SheetRow &b) { return a.member.localeAwareCompare(b.member) < 0; });
    return rows;
}

Result<void> writeAttendanceSheetPdf(const Meeting &meeting, const QList<SheetRow> &rows, const dues::ClubHeader &club, const QString &path)
{
    const QString title = Tr::tr("Feuille d'émargement — %1").arg(meetingLine(meeting));
    return dues::pdf::writePdf(path, title, QMarginsF(15, 12, 15, 10), [&](QPdfWriter &writer, QPainter &painter) {
        Sheet counting(writer, nullptr, meeting, club, 0);
        counting.paint(rows);
        Sheet drawing(writer, &painter, meeting, club, counting.pages());
        drawing.paint(rows);
    });
}

} // namespace adhera::assembly
