// SPDX-License-Identifier: GPL-3.0-or-later
#include "minutespdf.h"

#include "assembly/minutesdraft.h"
#include "dues/pdfcanvas.h"
#include "i18n/displayformat.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

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

const QColor draftInk {0xb0, 0x3a, 0x2e};
const QColor draftFill {0xfb, 0xec, 0xe9};
const QColor watermarkInk {0xf1, 0xd9, 0xd5};

constexpr double bodyPoints = 10;
constexpr double paragraphGap = mm(2.8);
constexpr double signatureHeight = mm(34);
constexpr double annexRowHeight = mm(9);
constexpr double cellPadding = mm(1.6);
constexpr double cellPoints = 8;
constexpr double notePoints = 6.5;

QFont font(double points, bool bold, bool italic = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

QString frenchDate(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return Tr::tr("%1 à %2").arg(i18n::documentDate(local.date()), i18n::displayTime(local.time()));
}

struct Column {
    QString title;
    double width; // relative
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Lays the minutes out top to bottom, breaking pages as it goes. It runs twice: once without a
// painter to count the pages (for « Page N / M »), then to draw them.
class Layout final
{
public:
    Layout(QPdfWriter &writer, QPainter *painter, const Minutes &minutes, const dues::ClubHeader &club, const QString &title, int pageCount)
        : m_writer(writer)
        , m_painter(painter)
        , m_canvas(writer, painter)
        , m_minutes(minutes)
        , m_club(club)
        , m_title(title)
        , m_pageCount(pageCount)
        , m_width(writer.width())
        , m_bottom(writer.height() - mm(13)) // above the two lines of the footer
    {
        watermark();
    }

    int pages() const { return m_page; }

    void letterhead()
    {
        const double top = m_y;
        const QRectF logo = m_canvas.image(m_club.logo, QPointF(0, top), mm(40), mm(18));
        const double left = logo.width() > 0 ? logo.width() + mm(5) : 0;
        text(QRectF(left, m_y, m_width * 0.65 - left, mm(7)), m_club.name, 13, true, ink);
        m_y += mm(7);
        for (const QString &line : m_club.address.split(u'\n', Qt::SkipEmptyParts)) {
            text(QRectF(left, m_y, m_width * 0.65 - left, mm(4.5)), line.trimmed(), 9, false, muted);
            m_y += mm(4.5);
        }
        m_y = std::max(m_y, logo.bottom());
        text(QRectF(m_width * 0.5, top + mm(1), m_width * 0.5, mm(5)), Tr::tr("Imprimé le %1").arg(frenchDate(m_club.printedAt)), 8, false,
            muted, Qt::AlignRight | Qt::AlignVCenter);
        m_y += mm(2.5);
        m_canvas.line(m_y, rule, mm(0.3), 0, m_width);
        m_y += mm(8);
    }

    void title(const QString &value)
    {
        m_y += flow(value, font(15, true), Qt::AlignHCenter, 0);
        m_y += mm(3);
    }

    // Under the title: the draft banner, or what version was locked when.
    void status()
    {
        if (!m_minutes.isLocked()) {
            const QRectF banner(0, m_y, m_width, mm(9));
            if (m_painter) {
                m_painter->setPen(QPen(draftInk, mm(0.3)));
                m_painter->setBrush(draftFill);
                m_painter->drawRect(banner);
            }
            text(banner, Tr::tr("Brouillon — non approuvé"), 11, true, draftInk, Qt::AlignCenter);
            m_y += mm(9) + mm(7);
            return;
        }
        text(QRectF(0, m_y, m_width, mm(5)),
            versionText() + u" — "_s + Tr::tr("approuvé et verrouillé le %1").arg(frenchDate(m_minutes.lockedAt)), 8.5, false, muted,
            Qt::AlignHCenter | Qt::AlignVCenter);
        m_y += mm(5) + mm(7);
    }

    void heading(const QString &value)
    {
        m_y += mm(2.5);
        // Kept with what follows: a sub-heading and the first lines of a paragraph.
        ensure(lineHeight(font(11.5, true)) + mm(5) + lineHeight(font(bodyPoints, true)) + 3 * lineHeight(font(bodyPoints, false)));
        m_y += flow(value, font(11.5, true), Qt::AlignLeft, 0);
        m_canvas.line(m_y + mm(0.6), rule, mm(0.2), 0, m_width);
        m_y += mm(3.5);
    }

    void subheading(const QString &value)
    {
        ensure(lineHeight(font(bodyPoints, true)) + 3 * lineHeight(font(bodyPoints, false)));
        m_y += flow(value, font(bodyPoints, true, true), Qt::AlignLeft, 0);
        m_y += mm(1.5);
    }

    void paragraph(const QString &value)
    {
        m_y += flow(value, font(bodyPoints, false), Qt::AlignJustify, 0);
        m_y += paragraphGap;
    }

    // One entry per line, the number hanging in a margin of its own.
    void list(const QString &value)
    {
        const QFont body = font(bodyPoints, false);
        for (const QString &line : value.split(u'\n')) {
            const qsizetype dot = line.indexOf(u". "_s);
            const QString number = line.left(dot + 1);
            const QString entry = line.mid(dot + 2).trimmed();
            ensure(lineHeight(body));
            text(QRectF(mm(4), m_y, mm(8), lineHeight(body)), number, bodyPoints, false, ink, Qt::AlignRight | Qt::AlignTop);
            m_y += flow(entry, body, Qt::AlignLeft, mm(14));
            m_y += mm(0.8);
        }
        m_y += paragraphGap;
    }

    // The paragraph before the signatures goes over with them rather than leave them alone on a
    // page: signatures under nothing prove nothing.
    void keepWithSignatures(const QString &closing, qsizetype signatureCount)
    {
        const double rows = double((std::max<qsizetype>(signatureCount, 1) + 1) / 2);
        ensure(m_canvas.paragraphHeight(m_width, closing, bodyPoints, false) + paragraphGap + mm(4) + rows * signatureHeight
            + signatoriesHeight() + mm(2));
    }

    // Side by side, two to a row, each with room to sign.
    void signatures(const QList<MinutesBlock> &blocks)
    {
        m_y += mm(4);
        const double column = (m_width - mm(10)) / 2;
        const QString signatories = signatoriesText();
        for (qsizetype i = 0; i < blocks.size(); i += 2) {
            // The line naming the signatories stays on the page of the last signatures.
            ensure(signatureHeight + (i + 2 >= blocks.size() ? signatoriesHeight() : 0));
            for (qsizetype j = i; j < std::min(i + 2, blocks.size()); ++j) {
                const double x = (j - i) * (column + mm(10));
                text(QRectF(x, m_y, column, mm(5.5)), blocks.at(j).text, bodyPoints, true, ink);
                text(QRectF(x, m_y + mm(5.5), column, mm(5.5)), blocks.at(j).name, bodyPoints, false, ink);
                if (m_painter) {
                    m_painter->setPen(QPen(rule, mm(0.2), Qt::DashLine));
                    m_painter->setBrush(Qt::NoBrush);
                    m_painter->drawRect(QRectF(x, m_y + mm(12.5), column, mm(19)));
                }
                text(QRectF(x + mm(2), m_y + mm(13), column, mm(4)), Tr::tr("Signature"), 7, false, muted);
            }
            m_y += signatureHeight;
        }
        if (!signatories.isEmpty())
            m_y += flow(signatories, font(8, false), Qt::AlignLeft, 0, muted);
    }

    void annex(const Meeting &meeting, const QList<AnnexRow> &rows, const QList<MinutesBlock> &signers)
    {
        // Under the signatures when most of the page is left, rather than leave it nearly empty.
        if (m_bottom - m_y < 0.6 * m_bottom)
            newPage();
        else
            m_y += mm(14);
        m_y += flow(Tr::tr("Annexe — feuille de présence"), font(14, true), Qt::AlignLeft, 0);
        m_y += mm(1.5);
        QString subtitle = m_title;
        if (!meeting.place.trimmed().isEmpty())
            subtitle += u" — "_s + meeting.place.trimmed();
        m_y += flow(subtitle, font(9, false), Qt::AlignLeft, 0, muted);
        m_y += mm(5);

        const QList<Column> columns {{Tr::tr("Membre"), 46}, {Tr::tr("Représenté par"), 36}, {Tr::tr("Présence"), 21},
            {Tr::tr("Arrivée / départ"), 31}, {Tr::tr("Voix"), 12, Qt::AlignRight}, {Tr::tr("Signature"), 34}};
        tableHeader(columns);
        int present = 0;
        int represented = 0;
        int absent = 0;
        int votes = 0;
        for (const AnnexRow &row : rows) {
            const QStringList cells {
                row.member, row.representedBy, row.presenceText, row.times, row.votes > 0 ? QString::number(row.votes) : u"—"_s, QString()};
            const QString note = row.entitled || row.reason.trimmed().isEmpty()
                ? QString()
                : Tr::tr("Sans droit de vote\u00a0: %1").arg(row.reason.trimmed());
            if (m_y + rowHeight(columns, cells, note) > m_bottom) {
                newPage();
                tableHeader(columns);
            }
            tableRow(columns, cells, note);
            present += row.presence == Presence::Present ? 1 : 0;
            represented += row.presence == Presence::Represented ? 1 : 0;
            absent += row.presence == Presence::Absent ? 1 : 0;
            votes += row.votes;
        }
        m_y += mm(3);
        ensure(mm(6) + signatureHeight + mm(10));
        m_y += flow(Tr::tr("Présents\u00a0: %1 — représentés\u00a0: %2 — absents\u00a0: %3 — voix détenues en séance\u00a0: %4")
                        .arg(present)
                        .arg(represented)
                        .arg(absent)
                        .arg(votes),
            font(9, true), Qt::AlignLeft, 0);
        m_y += mm(3);
        m_y += flow(Tr::tr("Feuille de présence certifiée exacte par le président de séance et le secrétaire de séance."), font(9, false),
            Qt::AlignLeft, 0);
        signatures(signers);
    }

    void finish() { footer(); }

private:
    // Under a locked PV's signatures: who signed, as recorded.
    QString signatoriesText() const
    {
        return m_minutes.isLocked() && !m_minutes.signatories.trimmed().isEmpty()
            ? Tr::tr("Signataires enregistrés\u00a0: %1").arg(m_minutes.signatories.trimmed())
            : QString();
    }

    double signatoriesHeight() const
    {
        const QString text = signatoriesText();
        return text.isEmpty() ? 0 : m_canvas.paragraphHeight(m_width, text, 8, false) + mm(1);
    }

    QString versionText() const
    {
        return m_minutes.previousId != 0 && m_minutes.version > 1
            ? Tr::tr("Version %1, corrige la version %2").arg(m_minutes.version).arg(m_minutes.version - 1)
            : Tr::tr("Version %1").arg(m_minutes.version);
    }

    double lineHeight(const QFont &chosen) const
    {
        QTextLayout layout(u"Xg"_s, chosen, &m_writer);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(m_width);
        layout.endLayout();
        return line.height();
    }

    // Word-wrapped text from m_y, `indent` from the left, line by line so that a paragraph can
    // run over a page; keeps its first two lines together. Returns the height used on the last
    // page (m_y is moved by the page breaks only).
    double flow(const QString &value, const QFont &chosen, Qt::Alignment alignment, double indent, const QColor &colour = ink)
    {
        QString text = value;
        text.replace(u'\n', QChar::LineSeparator);
        QTextLayout layout(text, chosen, &m_writer);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<QTextLine> lines;
        double y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_width - indent);
            line.setPosition(QPointF(0, y));
            y += line.height();
            lines.append(line);
        }
        layout.endLayout();
        if (lines.isEmpty())
            return 0;
        ensure(lines.first().height() * std::min<qsizetype>(2, lines.size()));
        const double start = m_y;
        double used = 0;
        double pageTop = start;
        for (const QTextLine &line : std::as_const(lines)) {
            if (pageTop + used + line.height() > m_bottom) {
                newPage();
                pageTop = m_y;
                used = 0;
            }
            if (m_painter) {
                m_painter->setPen(colour);
                line.draw(m_painter, QPointF(indent, pageTop + used - line.y()));
            }
            used += line.height();
        }
        return used;
    }

    void tableHeader(const QList<Column> &columns)
    {
        const double height = mm(6.5);
        m_canvas.fill(QRectF(0, m_y, m_width, height), headerFill);
        double x = 0;
        const double total = totalWidth(columns);
        for (const Column &column : columns) {
            const double width = m_width * column.width / total;
            text(QRectF(x + mm(1.5), m_y, width - mm(3), height), column.title, 8, true, ink, column.alignment | Qt::AlignVCenter);
            x += width;
        }
        grid(columns, m_y, height);
        m_y += height;
    }

    // Names are never cut: a cell wraps, and its row grows to the tallest cell (the member's
    // name with the note under it); at least annexRowHeight, to leave room to sign.
    double rowHeight(const QList<Column> &columns, const QStringList &cells, const QString &note) const
    {
        const double total = totalWidth(columns);
        double tallest = 0;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const double width = m_width * columns.at(c).width / total - mm(3);
            double height = m_canvas.paragraphHeight(width, cells.value(c), cellPoints, false);
            if (c == 0 && !note.isEmpty())
                height += mm(0.5) + m_canvas.paragraphHeight(width, note, notePoints, false);
            tallest = std::max(tallest, height);
        }
        return std::max(annexRowHeight, tallest + 2 * cellPadding);
    }

    void tableRow(const QList<Column> &columns, const QStringList &cells, const QString &note)
    {
        const double height = rowHeight(columns, cells, note);
        double x = 0;
        const double total = totalWidth(columns);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const double width = m_width * columns.at(c).width / total;
            const QRectF cell(x + mm(1.5), m_y + cellPadding, width - mm(3), height - 2 * cellPadding);
            const double used = m_canvas.paragraph(cell, cells.value(c), cellPoints, false, ink, columns.at(c).alignment | Qt::AlignTop);
            if (c == 0 && !note.isEmpty())
                m_canvas.paragraph(cell.adjusted(0, used + mm(0.5), 0, 0), note, notePoints, false, muted);
            x += width;
        }
        grid(columns, m_y, height);
        m_y += height;
    }

    void grid(const QList<Column> &columns, double top, double height)
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(rule, mm(0.15)));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(QRectF(0, top, m_width, height));
        double x = 0;
        const double total = totalWidth(columns);
        for (qsizetype c = 0; c + 1 < columns.size(); ++c) {
            x += m_width * columns.at(c).width / total;
            m_painter->drawLine(QPointF(x, top), QPointF(x, top + height));
        }
    }

    static double totalWidth(const QList<Column> &columns)
    {
        return std::accumulate(columns.cbegin(), columns.cend(), 0.0, [](double sum, const Column &c) { return sum + c.width; });
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
        watermark();
    }

    // Behind everything else on a draft's page, so that a printed draft cannot pass for the PV.
    void watermark()
    {
        if (!m_painter || m_minutes.isLocked())
            return;
        m_painter->save();
        m_painter->translate(m_width / 2, m_writer.height() / 2);
        m_painter->rotate(-35);
        m_painter->setFont(font(70, true));
        m_painter->setPen(watermarkInk);
        m_painter->drawText(QRectF(-m_width, -mm(20), 2 * m_width, mm(40)), Qt::AlignCenter, Tr::tr("BROUILLON"));
        m_painter->restore();
    }

    void footer()
    {
        const double y = m_writer.height() - mm(9);
        m_canvas.line(y - mm(1.5), rule, mm(0.15), 0, m_width);
        const QString title = m_minutes.isLocked() ? Tr::tr("%1, version %2").arg(m_title).arg(m_minutes.version) : m_title;
        text(QRectF(0, y, m_width * 0.8, mm(4.5)), title, 7.5, false, muted);
        text(QRectF(m_width * 0.8, y, m_width * 0.2, mm(4.5)), Tr::tr("Page %1 / %2").arg(m_page).arg(m_pageCount), 7.5, false, muted,
            Qt::AlignRight | Qt::AlignVCenter);
        const QRectF second(0, y + mm(4.5), m_width, mm(4));
        if (m_minutes.isLocked()) {
            const QString label = Tr::tr("Empreinte SHA-256 du texte verrouillé\u00a0:");
            text(second, label, 6.5, false, muted);
            hash(second.adjusted(QFontMetricsF(font(6.5, false), &m_writer).horizontalAdvance(label) + mm(1.5), 0, 0, 0), 6.5);
        } else
            text(second, Tr::tr("Brouillon — non approuvé"), 7, true, draftInk);
    }

    // In a monospaced face, which has no ligature to join an « ff » of the digest into one glyph.
    void hash(const QRectF &box, double points)
    {
        if (!m_painter)
            return;
        QFont mono(u"DejaVu Sans Mono"_s);
        mono.setPointSizeF(points);
        m_painter->setFont(mono);
        m_painter->setPen(muted);
        m_painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_minutes.bodySha256);
    }

    void text(const QRectF &box, const QString &value, double points, bool bold, const QColor &colour,
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
    {
        m_canvas.text(box, value, points, bold, colour, alignment);
    }

    QPdfWriter &m_writer;
    QPainter *m_painter;
    dues::pdf::Canvas m_canvas;
    const Minutes &m_minutes;
    const dues::ClubHeader &m_club;
    QString m_title;
    int m_pageCount;
    double m_width;
    double m_bottom;
    double m_y = 0;
    int m_page = 1;
};

// The signatories when the body lost its signature paragraphs in editing.
QList<MinutesBlock> defaultSignatures()
{
    return {{MinutesBlockKind::Signature, Tr::tr("Le président de séance"), {}},
        {MinutesBlockKind::Signature, Tr::tr("Le secrétaire de séance"), {}}};
}

void paint(Layout &layout, const QList<MinutesBlock> &blocks, const Meeting &meeting, const QList<AnnexRow> &annex)
{
    layout.letterhead();
    QList<MinutesBlock> signatures;
    const auto signatureCount = std::count_if(
        blocks.cbegin(), blocks.cend(), [](const MinutesBlock &block) { return block.kind == MinutesBlockKind::Signature; });
    const auto lastParagraph = std::find_if(
        blocks.crbegin(), blocks.crend(), [](const MinutesBlock &block) { return block.kind == MinutesBlockKind::Paragraph; });
    bool statusShown = false;
    for (const MinutesBlock &block : blocks) {
        if (lastParagraph != blocks.crend() && &block == &*lastParagraph)
            layout.keepWithSignatures(block.text, signatureCount);
        switch (block.kind) {
        case MinutesBlockKind::Title:
            layout.title(block.text);
            layout.status();
            statusShown = true;
            break;
        case MinutesBlockKind::Heading: layout.heading(block.text); break;
        case MinutesBlockKind::Subheading: layout.subheading(block.text); break;
        case MinutesBlockKind::Paragraph: layout.paragraph(block.text); break;
        case MinutesBlockKind::List: layout.list(block.text); break;
        case MinutesBlockKind::Signature: signatures.append(block); break;
        }
        if (!statusShown) {
            layout.status();
            statusShown = true;
        }
    }
    if (signatures.isEmpty())
        signatures = defaultSignatures();
    layout.signatures(signatures);
    layout.annex(meeting, annex, signatures);
    layout.finish();
}

} // namespace

Result<void> writeMinutesPdf(const Minutes &minutes, const Meeting &meeting, const QList<AttendanceRow> &attendance,
    const dues::ClubHeader &club, const QString &path)
{
    const QList<MinutesBlock> blocks = minutesBlocks(minutes.body);
    const QString title
        = !blocks.isEmpty() && blocks.constFirst().kind == MinutesBlockKind::Title ? blocks.constFirst().text : minutesTitle(meeting);
    const QList<AnnexRow> annex = attendanceAnnex(attendance);
    return dues::pdf::writePdf(path, title, QMarginsF(20, 15, 20, 12), [&](QPdfWriter &writer, QPainter &painter) {
        Layout counting(writer, nullptr, minutes, club, title, 0);
        paint(counting, blocks, meeting, annex);
        Layout drawing(writer, &painter, minutes, club, title, counting.pages());
        paint(drawing, blocks, meeting, annex);
    });
}

} // namespace adhera::assembly
