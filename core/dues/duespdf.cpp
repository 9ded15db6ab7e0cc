// SPDX-License-Identifier: GPL-3.0-or-later
#include "duespdf.h"

#include "db/database.h"
#include "db/sql.h"
#include "dues/duescsv.h"
#include "dues/money.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace adhera::dues {

namespace {

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::dues)
};

constexpr int dotsPerInch = 300;
const QColor ink {0x20, 0x24, 0x28};
const QColor muted {0x5f, 0x67, 0x70};
const QColor rule {0xb8, 0xc0, 0xc8};
const QColor stripe {0xf2, 0xf4, 0xf6};
const QColor headerFill {0xdd, 0xe3, 0xea};
const QColor expectedColour {0xa9, 0xbc, 0xd0};
const QColor collectedColour {0x1f, 0x5f, 0x8b};

double mm(double value)
{
    return value * dotsPerInch / 25.4;
}

QString setting(Database &db, const QString &key)
{
    auto value = Sql(db, u"SELECT value FROM setting WHERE key = :key"_s).bind(u":key"_s, key).scalar(u"setting"_s);
    return value && !value->isNull() ? value->toString().trimmed() : QString();
}

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
        text(QRectF(0, m_y, m_width * 0.65, mm(7)), m_club.name, 13, true, ink);
        m_y += mm(7);
        const QStringList address = m_club.address.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : address) {
            text(QRectF(0, m_y, m_width * 0.65, mm(4.5)), line.trimmed(), 9, false, muted);
            m_y += mm(4.5);
        }
        const QLocale french(QLocale::French, QLocale::France);
        const QString printed
            = Tr::tr("Imprimé le %1 à %2")
                  .arg(french.toString(m_club.printedAt.date(), u"dd/MM/yyyy"_s), french.toString(m_club.printedAt.time(), u"HH:mm"_s));
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
        const auto [step, steps] = scale(largest);
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

    static constexpr double rowHeight = 6 * dotsPerInch / 25.4;
    static constexpr double chartHeight = 54 * dotsPerInch / 25.4;

private:
    // A round step (1, 2 or 5 times a power of ten euros) and how many of them cover `largest`.
    static std::pair<Cents, int> scale(Cents largest)
    {
        if (largest <= 0)
            return {10000, 4};
        const double rough = double(largest) / 4.0;
        const double power = std::pow(10.0, std::floor(std::log10(rough)));
        double nice = 10 * power;
        for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
            if (factor * power >= rough) {
                nice = factor * power;
                break;
            }
        }
        const Cents step = std::max<Cents>(100, Cents(std::llround(nice / 100.0)) * 100);
        return {step, int((largest + step - 1) / step)};
    }

    // The largest size up to `points` at which bold `value` fits in `width`, so that big totals
    // shrink rather than lose digits.
    double fittingSize(const QString &value, double width, double points) const
    {
        QFont font(u"DejaVu Sans"_s);
        font.setBold(true);
        for (; points > 7; points -= 0.5) {
            font.setPointSizeF(points);
            if (QFontMetricsF(font, &m_writer).horizontalAdvance(value) <= width)
                break;
        }
        return points;
    }

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

    void line(double y, const QColor &colour, double thickness, double left = 0)
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(colour, thickness));
        m_painter->drawLine(QPointF(left, y), QPointF(m_width, y));
    }

    // One line of text in `box`, elided on the right when it does not fit.
    void text(const QRectF &box, const QString &value, double points, bool bold, const QColor &colour,
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
    {
        if (!m_painter || value.isEmpty())
            return;
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(points);
        font.setBold(bold);
        m_painter->setFont(font);
        m_painter->setPen(colour);
        const QString shown = QFontMetricsF(font, &m_writer).elidedText(value, Qt::ElideRight, box.width());
        m_painter->drawText(box, int(alignment) | Qt::TextSingleLine, shown);
    }

    QPdfWriter &m_writer;
    QPainter *m_painter;
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
    layout.finish();
}

} // namespace

ClubHeader clubHeader(Database &db)
{
    ClubHeader club {setting(db, u"club.name"_s), setting(db, u"club.address"_s), db.now()};
    if (club.name.isEmpty())
        club.name = u"Lorraine Contact Client"_s;
    return club;
}

Result<void> writeDuesReportPdf(const DuesReport &report, const ClubHeader &club, const QString &path)
{
    const auto failed = [&](const QString &why) { return fail(ErrorCode::Io, Tr::tr("Impossible d'écrire « %1 » : %2").arg(path, why)); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(dotsPerInch);
    writer.setTitle(Tr::tr("État des cotisations — exercice %1").arg(report.yearLabel));
    writer.setCreator(u"Adhera"_s);

    Layout counting(writer, nullptr, club, report.yearLabel, 0);
    paint(counting, report);

    QPainter painter;
    if (!painter.begin(&writer))
        return failed(Tr::tr("le PDF n'a pas pu être créé"));
    painter.setRenderHint(QPainter::Antialiasing);
    Layout drawing(writer, &painter, club, report.yearLabel, counting.pages());
    paint(drawing, report);
    if (!painter.end())
        return failed(Tr::tr("le PDF n'a pas pu être terminé"));
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace adhera::dues
