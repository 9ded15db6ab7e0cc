// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetpdf.h"

#include "assembly/minutesdraft.h"
#include "dues/pdfcanvas.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace adhera::assembly::sheetpdf {

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

constexpr double headerHeight = mm(7);

// Lays the sheet out; runs twice, once without a painter to count the pages.
class Layout final
{
public:
    Layout(QPdfWriter &writer, QPainter *painter, const Meeting &meeting, const dues::ClubHeader &club, const Sheet &sheet, int pageCount)
        : m_writer(writer)
        , m_painter(painter)
        , m_canvas(writer, painter)
        , m_meeting(meeting)
        , m_club(club)
        , m_sheet(sheet)
        , m_pageCount(pageCount)
        , m_width(writer.width())
        , m_bottom(writer.height() - mm(10))
        , m_rowHeight(mm(sheet.rowHeightMm))
    {
        const double total = std::accumulate(
            sheet.columns.cbegin(), sheet.columns.cend(), 0.0, [](double sum, const Column &column) { return sum + column.width; });
        for (const Column &column : sheet.columns)
            m_columnWidths.append(total > 0 ? m_width * column.width / total : 0);
    }

    int pages() const { return m_page; }

    void paint()
    {
        heading();
        tableHeader();
        for (const QList<Cell> &row : m_sheet.rows) {
            if (m_y + m_rowHeight > m_bottom) {
                newPage();
                tableHeader();
            }
            tableRow(row);
        }
        if (m_sheet.closing) {
            if (m_y + mm(5) + mm(m_sheet.closingHeightMm) > m_bottom)
                newPage();
            m_y += mm(5);
            m_sheet.closing(m_canvas, m_y, m_width);
            m_y += mm(m_sheet.closingHeightMm);
        }
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
        m_canvas.text(QRectF(0, m_y, m_width, mm(8)), m_sheet.title, 16, true, ink, Qt::AlignHCenter | Qt::AlignVCenter);
        m_y += mm(9);
        m_canvas.text(QRectF(0, m_y, m_width, mm(6)), meetingLine(m_meeting), 11, false, ink, Qt::AlignHCenter | Qt::AlignVCenter);
        m_y += mm(6);
        if (!m_meeting.place.trimmed().isEmpty()) {
            m_canvas.text(
                QRectF(0, m_y, m_width, mm(5)), m_meeting.place.trimmed(), 9.5, false, muted, Qt::AlignHCenter | Qt::AlignVCenter);
            m_y += mm(5);
        }
        m_y += mm(3);
        if (!m_sheet.intro.isEmpty())
            m_y += m_canvas.paragraph(QRectF(0, m_y, m_width, 0), m_sheet.intro, 8.5, false, muted);
        m_y += mm(4);
    }

    void tableHeader()
    {
        m_canvas.fill(QRectF(0, m_y, m_width, headerHeight), headerFill);
        double x = 0;
        for (qsizetype c = 0; c < m_sheet.columns.size(); ++c) {
            const Column &column = m_sheet.columns.at(c);
            const double width = m_columnWidths.at(c);
            m_canvas.text(QRectF(x + mm(1.5), m_y, width - mm(3), headerHeight), column.title,
                m_canvas.fittingSize(column.title, width - mm(3), 8.5, true), true, ink, column.alignment | Qt::AlignVCenter);
            x += width;
        }
        grid(m_y, headerHeight);
        m_y += headerHeight;
    }

    void tableRow(const QList<Cell> &row)
    {
        double x = 0;
        for (qsizetype c = 0; c < m_sheet.columns.size(); ++c) {
            const Column &column = m_sheet.columns.at(c);
            const double width = m_columnWidths.at(c);
            const QRectF cell(x + mm(1.5), m_y, width - mm(3), m_rowHeight);
            const Cell value = c < row.size() ? row.at(c) : Cell();
            if (column.checkBox) {
                if (m_painter) {
                    const double side = mm(4);
                    m_painter->setPen(QPen(ink, mm(0.2)));
                    m_painter->setBrush(Qt::NoBrush);
                    m_painter->drawRect(QRectF(x + (width - side) / 2, m_y + (m_rowHeight - side) / 2, side, side));
                }
            } else if (value.detail.isEmpty()) {
                // Long names shrink to fit rather than lose their end.
                m_canvas.text(cell, value.text, m_canvas.fittingSize(value.text, cell.width(), 9, false), false, ink,
                    column.alignment | Qt::AlignVCenter);
            } else {
                const double middle = m_y + m_rowHeight / 2;
                m_canvas.text(QRectF(cell.x(), middle - mm(5), cell.width(), mm(5)), value.text,
                    m_canvas.fittingSize(value.text, cell.width(), 9, false), false, ink, column.alignment | Qt::AlignBottom);
                m_canvas.text(QRectF(cell.x(), middle + mm(0.3), cell.width(), mm(4.2)), value.detail,
                    m_canvas.fittingSize(value.detail, cell.width(), 7.5, false), false, muted, column.alignment | Qt::AlignTop);
            }
            x += width;
        }
        grid(m_y, m_rowHeight);
        m_y += m_rowHeight;
    }

    void grid(double top, double height)
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(rule, mm(0.15)));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(QRectF(0, top, m_width, height));
        double x = 0;
        for (qsizetype c = 0; c + 1 < m_columnWidths.size(); ++c) {
            x += m_columnWidths.at(c);
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
            QRectF(0, y, m_width * 0.8, mm(4.5)), Tr::tr("%1 — %2").arg(m_sheet.title, meetingLine(m_meeting)), 7.5, false, muted);
        m_canvas.text(QRectF(m_width * 0.8, y, m_width * 0.2, mm(4.5)), Tr::tr("Page %1 / %2").arg(m_page).arg(m_pageCount), 7.5, false,
            muted, Qt::AlignRight | Qt::AlignVCenter);
    }

    QPdfWriter &m_writer;
    QPainter *m_painter;
    dues::pdf::Canvas m_canvas;
    const Meeting &m_meeting;
    const dues::ClubHeader &m_club;
    const Sheet &m_sheet;
    int m_pageCount;
    double m_width;
    double m_bottom;
    double m_rowHeight;
    QList<double> m_columnWidths;
    double m_y = 0;
    int m_page = 1;
};

} // namespace

QString meetingLine(const Meeting &meeting)
{
    QString kind = label(meeting.kind);
    if (meeting.kind == MeetingKind::GeneralOrdinary)
        kind = Tr::tr("Assemblée générale ordinaire");
    else if (meeting.kind == MeetingKind::GeneralExtraordinary)
        kind = Tr::tr("Assemblée générale extraordinaire");
    return Tr::tr("%1 du %2 à %3").arg(kind, longDate(meeting.startsAt.date()), clockTime(meeting.startsAt.time()));
}

Result<void> writeSheetPdf(const Meeting &meeting, const dues::ClubHeader &club, const Sheet &sheet, const QString &path)
{
    return dues::pdf::writePdf(path, Tr::tr("%1 — %2").arg(sheet.title, meetingLine(meeting)), QMarginsF(15, 12, 15, 10),
        [&](QPdfWriter &writer, QPainter &painter) {
            Layout counting(writer, nullptr, meeting, club, sheet, 0);
            counting.paint();
            Layout drawing(writer, &painter, meeting, club, sheet, counting.pages());
            drawing.paint();
        });
}

} // namespace adhera::assembly::sheetpdf
