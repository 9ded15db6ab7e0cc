// SPDX-License-Identifier: GPL-3.0-or-later
#include "duespdf.h"

#include "db/database.h"
#include "dues/chartscale.h"
#include "dues/duescsv.h"
#include "dues/money.h"
#include "dues/pdfcanvas.h"
#include "i18n/displayformat.h"
#include "settings/clubidentity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

using pdf::headerFill;
using pdf::ink;
using pdf::mm;
using pdf::muted;
using pdf::rule;
using pdf::stripe;

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

const QColor expectedColour {0xa9, 0xbc, 0xd0};
const QColor collectedColour {0x1f, 0x5f, 0x8b};

struct Column {
    QString title;
    double width; // mm
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Lays the report out top to bottom, breaking pages as it goes. It runs twice: once without a
// painter to count the pages (for « Page N / M »), then to draw them.
class Layout final
{
public:
    Layout(QPdfWriter &writer, QPainter *painter, const ClubHeader &club, const QString &yearLabel, int pageCount)
        : m_writer(writer)
        , m_painter(painter)
        , m_canvas(writer, painter)
        , m_club(club)
        , m_yearLabel(yearLabel)
        , m_pageCount(pageCount)
        , m_width(writer.width())
        , m_bottom(writer.height() - mm(9))
    { }

    int pages() const { return m_page; }

    void header()
    {
        const double top = m_y;
        // The logo, when there is one, stands left of the name and address.
        const QRectF logo = m_canvas.image(m_club.logo, QPointF(0, top), mm(40), mm(18));
        const double left = logo.width() > 0 ? logo.width() + mm(5) : 0;
        text(QRectF(left, m_y, m_width * 0.65 - left, mm(7)), m_club.name, 13, true, ink);
        m_y += mm(7);
        const QStringList address = m_club.address.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : address) {
            text(QRectF(left, m_y, m_width * 0.65 - left, mm(4.5)), line.trimmed(), 9, false, muted);
            m_y += mm(4.5);
        }
        m_y = std::max(m_y, logo.bottom());
        const QString printed
            = Tr::tr("Imprimé le %1 à %2").arg(i18n::documentDate(m_club.printedAt.date()), i18n::displayTime(m_club.printedAt.time()));
        text(QRectF(m_width * 0.5, top + mm(1), m_width * 0.5, mm(5)), printed, 8, false, muted, Qt::AlignRight | Qt::AlignVCenter);
        m_y += mm(2.5);
        line(m_y, rule, mm(0.3));
        m_y += mm(6);
    }

    void title(const QString &title)
    {
        text(QRectF(0, m_y, m_width, mm(9)), title, 16, true, ink);
        m_y += mm(13);
    }

    void totals(const DuesTotals &total)
    {
        const QList<std::pair<QString, Cents>> boxes {{Tr::tr("Attendu"), total.expected}, {Tr::tr("Encaissé"), total.collected},
            {Tr::tr("Reste dû"), total.outstanding}, {Tr::tr("Exonéré"), total.exempt}};
        const double gap = mm(4);
        const double boxWidth = (m_width - gap * (boxes.size() - 1)) / boxes.size();
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            const QRectF box(i * (boxWidth + gap), m_y, boxWidth, mm(17));
            if (m_painter) {
                m_painter->setPen(QPen(rule, mm(0.25)));
                m_painter->setBrush(i == 2 && boxes.at(i).second > 0 ? QColor(0xfb, 0xef, 0xe6) : QColor(0xf7, 0xf9, 0xfb));
                m_painter->drawRect(box);
            }
            text(box.adjusted(mm(3), mm(2), -mm(3), 0).adjusted(0, 0, 0, -mm(10)), boxes.at(i).first, 8.5, false, muted);
            const QRectF amountBox = box.adjusted(mm(3), mm(8), -mm(3), -mm(2));
            const QString amount = formatEuros(boxes.at(i).second);
            text(amountBox, amount, fittingSize(amount, amountBox.width(), 12.5), true, ink, Qt::AlignRight | Qt::AlignVCenter);
        }
        m_y += mm(17) + mm(8);
    }

    void heading(const QString &title, double keepWithNext)
    {
        ensure(mm(8) + keepWithNext);
        text(QRectF(0, m_y, m_width, mm(6)), title, 11, true, ink);
        m_y += mm(8);
    }

    // A table whose header row repeats on every page it runs over; `total` is drawn bold.
    void table(const QList<Column> &columns, const QList<QStringList> &rows, const QStringList &total)
    {
        tableHeader(columns);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (m_y + rowHeight > m_bottom) {
                newPage();
                tableHeader(columns);
            }
            if (m_painter && r % 2 == 1)
                m_painter->fillRect(QRectF(0, m_y, m_width, rowHeight), stripe);
            row(columns, rows.at(r), false);
        }
        if (!total.isEmpty()) {
            ensure(rowHeight);
            line(m_y, ink, mm(0.3));
            row(columns, total, true);
        }
        m_y += mm(8);
    }

    void note(const QString &message)
    {
        ensure(mm(7));
        text(QRectF(0, m_y, m_width, mm(6)), message, 9.5, false, muted);
        m_y += mm(10);
    }

    // Two bars a month, expected (light) and collected (dark), on a scale of round amounts.
    void chart(const QList<MonthFigures> &months)
    {
        const double height = chartHeight;
        ensure(height);
        const double top = m_y;
        const double axisWidth = mm(22);
        const double plotTop = top + mm(9);
        const double plotBottom = top + height - mm(9);
        const double plotLeft = axisWidth;
        const double plotWidth = m_width - axisWidth;

        legend(QPointF(plotLeft, top), expectedColour, Tr::tr("Attendu"));
        legend(QPointF(plotLeft + mm(32), top), collectedColour, Tr::tr("Encaissé"));

        Cents largest = 0;
        for (const MonthFigures &month : months)
            largest = std::max({largest, month.expected, month.collected});
        const auto [step, steps] = chartScale(largest);
        const double scaleTop = double(step) * steps;
        const QLocale french(QLocale::French, QLocale::France);
        for (int i = 0; i <= steps; ++i) {
            const double y = plotBottom - (plotBottom - plotTop) * i / steps;
            line(y, i == 0 ? muted : rule, mm(i == 0 ? 0.3 : 0.15), plotLeft);
            const QString label = french.toString(step * i / 100) + u"\u00a0€"_s;
            text(QRectF(0, y - mm(2.5), axisWidth - mm(2), mm(5)), label, 7, false, muted, Qt::AlignRight | Qt::AlignVCenter);
        }

        const double slot = months.isEmpty() ? plotWidth : plotWidth / months.size();
        const double bar = slot * 0.3;
        for (qsizetype i = 0; i < months.size(); ++i) {
            const MonthFigures &month = months.at(i);
            const double left = plotLeft + i * slot + (slot - 2 * bar) / 2;
            const auto barRect = [&](double x, Cents value) {
                const double h = (plotBottom - plotTop) * double(value) / scaleTop;
                return QRectF(x, plotBottom - h, bar, h);
            };
            if (m_painter) {
                m_painter->fillRect(barRect(left, month.expected), expectedColour);
                m_painter->fillRect(barRect(left + bar, month.collected), collectedColour);
            }
            text(QRectF(plotLeft + i * slot, plotBottom + mm(1), slot, mm(5)), french.monthName(month.month.month(), QLocale::ShortFormat),
                7.5, false, muted, Qt::AlignHCenter | Qt::AlignTop);
        }
        m_y = top + height + mm(6);
    }

    void finish() { footer(); }

    static constexpr double rowHeight = mm(6);
    static constexpr double chartHeight = mm(54);

private:
    // The largest size up to `points` at which bold `value` fits in `width`, so that big totals
    // shrink rather than lose digits.
    double fittingSize(const QString &value, double width, double points) const { return m_canvas.fittingSize(value, width, points, true); }

    void legend(const QPointF &at, const QColor &colour, const QString &label)
    {
        if (m_painter)
            m_painter->fillRect(QRectF(at.x(), at.y() + mm(1), mm(3.5), mm(3.5)), colour);
        text(QRectF(at.x() + mm(5), at.y(), mm(26), mm(5.5)), label, 8.5, false, ink, Qt::AlignLeft | Qt::AlignVCenter);
    }

    void tableHeader(const QList<Column> &columns)
    {
        ensure(rowHeight * 2);
        if (m_painter)
            m_painter->fillRect(QRectF(0, m_y, m_width, rowHeight), headerFill);
        QStringList titles;
        for (const Column &column : columns)
            titles.append(column.title);
        row(columns, titles, true);
    }

    void row(const QList<Column> &columns, const QStringList &cells, bool bold)
    {
        double x = 0;
        const double total
            = std::accumulate(columns.cbegin(), columns.cend(), 0.0, [](double sum, const Column &c) { return sum + c.width; });
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const double width = m_width * columns.at(c).width / total;
            text(QRectF(x + mm(1.5), m_y, width - mm(3), rowHeight), cells.value(c), 8, bold, ink,
                columns.at(c).alignment | Qt::AlignVCenter);
            x += width;
        }
        m_y += rowHeight;
    }

    void ensure(double height)
    {
        if (m_y + height > m_bottom)
            newPage();
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
        const double y = m_writer.height() - mm(5);
        line(y - mm(1.5), rule, mm(0.15));
        text(QRectF(0, y, m_width * 0.7, mm(5)), Tr::tr("%1 — état des cotisations %2").arg(m_club.name, m_yearLabel), 7.5, false, muted);
        text(QRectF(m_width * 0.7, y, m_width * 0.3, mm(5)), Tr::tr("Page %1 / %2").arg(m_page).arg(m_pageCount), 7.5, false, muted,
            Qt::AlignRight | Qt::AlignVCenter);
    }

    void line(double y, const QColor &colour, double thickness, double left = 0) { m_canvas.line(y, colour, thickness, left, m_width); }

    // One line of text in `box`, elided on the right when it does not fit.
    void text(const QRectF &box, const QString &value, double points, bool bold, const QColor &colour,
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
    {
        m_canvas.text(box, value, points, bold, colour, alignment);
    }

    QPdfWriter &m_writer;
    QPainter *m_painter;
    pdf::Canvas m_canvas;
    const ClubHeader &m_club;
    QString m_yearLabel;
    int m_pageCount;
    double m_width;
    double m_bottom;
    double m_y = 0;
    int m_page = 1;
};

QStringList totalsRow(const QString &group, const DuesTotals &totals)
{
    return {group, QString::number(totals.calls), formatEuros(totals.expected), formatEuros(totals.collected),
        formatEuros(totals.outstanding), formatEuros(totals.exempt)};
}

QList<Column> totalsColumns(const QString &groupTitle)
{
    const QStringList titles = totalsHeaders(groupTitle);
    return {{titles.at(0), 56}, {titles.at(1), 18, Qt::AlignRight}, {titles.at(2), 26.5, Qt::AlignRight},
        {titles.at(3), 26.5, Qt::AlignRight}, {titles.at(4), 26.5, Qt::AlignRight}, {titles.at(5), 26.5, Qt::AlignRight}};
}

void groupTable(Layout &layout, const QString &heading, const QString &groupTitle, const QList<DuesTotals> &groups, const DuesTotals &total)
{
    layout.heading(heading, Layout::rowHeight * 3);
    QList<QStringList> rows;
    for (const DuesTotals &group : groups)
        rows.append(totalsRow(group.group, group));
    layout.table(totalsColumns(groupTitle), rows, totalsRow(Tr::tr("Total"), total));
}

void paint(Layout &layout, const DuesReport &report)
{
    layout.header();
    layout.title(Tr::tr("État des cotisations — exercice %1").arg(report.yearLabel));
    layout.totals(report.total);
    groupTable(layout, Tr::tr("Par catégorie"), Tr::tr("Catégorie"), report.byCategory, report.total);
    groupTable(layout, Tr::tr("Par club d'origine"), Tr::tr("Club d'origine"), report.byOriginClub, report.total);
    layout.heading(Tr::tr("Encaissé et attendu par mois"), Layout::chartHeight);
    layout.chart(report.months);

    layout.heading(Tr::tr("Impayés (%1)").arg(report.unpaid.size()), Layout::rowHeight * 3);
    if (report.unpaid.isEmpty()) {
        layout.note(Tr::tr("Aucun impayé pour cet exercice."));
    } else {
        const QList<Column> columns {{Tr::tr("N° d'appel"), 25}, {Tr::tr("Adhérent"), 56}, {Tr::tr("Catégorie"), 48},
            {Tr::tr("Reste dû"), 23, Qt::AlignRight}, {Tr::tr("Relance"), 28}};
        QList<QStringList> rows;
        rows.reserve(report.unpaid.size());
        Cents balance = 0;
        for (const DuesCall &call : report.unpaid) {
            rows.append({call.number, call.memberName, call.category, formatEuros(call.balance()), reminderText(call)});
            balance += call.balance();
        }
        layout.table(columns, rows, {Tr::tr("Total"), QString(), QString(), formatEuros(balance), QString()});
    }

    if (!report.formerClubDues.isEmpty()) {
        layout.heading(formerClubTitle(report), Layout::rowHeight * 3);
        const QList<Column> columns {{Tr::tr("Adhérent"), 62}, {Tr::tr("Catégorie"), 48}, {Tr::tr("Réglée à"), 25}, {Tr::tr("Le"), 20},
            {Tr::tr("Montant"), 25, Qt::AlignRight}};
        QList<QStringList> rows;
        for (const FormerClubDues &dues : report.formerClubDues)
            rows.append({dues.memberName, dues.category, dues.clubName, i18n::documentDate(dues.paidOn), formatEuros(dues.amount)});
        layout.table(columns, rows, {Tr::tr("Total"), QString(), QString(), QString(), formatEuros(report.formerClubTotal())});
    }
    layout.finish();
}

} // namespace

ClubHeader clubHeader(Database &db)
{
    const settings::ClubIdentity identity = settings::loadClubIdentity(db);
    return ClubHeader {identity.name, identity.address, db.now(), identity.logo(), identity.email, identity.phone, identity.paymentDetails,
        identity.signatory};
}

Result<void> writeDuesReportPdf(const DuesReport &report, const ClubHeader &club, const QString &path)
{
    return pdf::writePdf(path, Tr::tr("État des cotisations — exercice %1").arg(report.yearLabel), QMarginsF(15, 15, 15, 15),
        [&](QPdfWriter &writer, QPainter &painter) {
            Layout counting(writer, nullptr, club, report.yearLabel, 0);
            paint(counting, report);
            Layout drawing(writer, &painter, club, report.yearLabel, counting.pages());
            paint(drawing, report);
        });
}

} // namespace adhera::dues
