// SPDX-License-Identifier: GPL-3.0-or-later
#include "letterpainter.h"

#include "i18n/displayformat.h"

#include "dues/money.h"
#include "dues/pdfcanvas.h"
#include "members/identifiers.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>

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

// The page, in millimetres from its top-left corner.
constexpr double left = 20;
constexpr double right = 190;
constexpr double windowLeft = 110; // the recipient's block, in the envelope's window
constexpr double windowTop = 47;
constexpr double windowWidth = 85;
constexpr double bodyBottom = 275;
constexpr double bodyPoints = 10;
const QColor boxFill {0xf5, 0xf7, 0xf9};

// Amounts in the letter's language (the document's LetterLanguageScope).
QString letterEuros(Cents cents)
{
    return formatEuros(cents, i18n::currentLetterLanguage());
}

// The month's name, translated with the letter (QLocale would follow the system, not Adhera's
// language).
QString monthName(int month)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("adhera::dues", "janvier"), QT_TRANSLATE_NOOP("adhera::dues", "février"),
        QT_TRANSLATE_NOOP("adhera::dues", "mars"), QT_TRANSLATE_NOOP("adhera::dues", "avril"), QT_TRANSLATE_NOOP("adhera::dues", "mai"),
        QT_TRANSLATE_NOOP("adhera::dues", "juin"), QT_TRANSLATE_NOOP("adhera::dues", "juillet"), QT_TRANSLATE_NOOP("adhera::dues", "août"),
        QT_TRANSLATE_NOOP("adhera::dues", "septembre"), QT_TRANSLATE_NOOP("adhera::dues", "octobre"),
        QT_TRANSLATE_NOOP("adhera::dues", "novembre"), QT_TRANSLATE_NOOP("adhera::dues", "décembre")};
    return Tr::tr(names[std::clamp(month, 1, 12) - 1]);
}

// « 1er décembre 2026 », « 27 novembre 2026 »; the month in the letter's language.
QString longDate(const QDate &date)
{
    const QString day = date.day() == 1 ? Tr::tr("1er") : QString::number(date.day());
    return Tr::tr("%1 %2 %3", "day, month, year").arg(day, monthName(date.month())).arg(date.year());
}

// The closing formula repeats the salutation in French; each is one whole sentence, so that a
// translation can close the letter its own way (« Yours faithfully, »).
QString closingFor(const Recipient &recipient)
{
    if (recipient.salutation == Tr::tr("Madame,"))
        return Tr::tr("Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.");
    if (recipient.salutation == Tr::tr("Monsieur,"))
        return Tr::tr("Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.");
    return Tr::tr("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.");
}

QString howPaid(const Payment &payment)
{
    switch (payment.method) {
    case PaymentMethod::Transfer: return Tr::tr("par virement");
    case PaymentMethod::Cheque: {
        QString text = payment.chequeNumber.isEmpty() ? Tr::tr("par chèque") : Tr::tr("par chèque n°\u00a0%1").arg(payment.chequeNumber);
        if (!payment.bank.isEmpty())
            text += u' ' + Tr::tr("(%1)").arg(payment.bank);
        return text;
    }
    case PaymentMethod::SepaDebit: return Tr::tr("par prélèvement SEPA");
    case PaymentMethod::Card: return Tr::tr("par carte bancaire");
    case PaymentMethod::Cash: return Tr::tr("en espèces");
    }
    return {};
}

struct Column {
    QString title;
    double width; // mm
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct Row {
    QStringList cells;
    enum class Style { Plain, Muted, Total } style = Style::Plain;
};

// One document laid out top to bottom; it breaks pages when the body runs long (a receipt
// settling many calls) and repeats a table's header on the next page.
class Letter final
{
public:
    Letter(QPdfWriter &writer, QPainter *painter, const ClubHeader &club, const DuesDocument &document, int pageCount)
        : m_writer(writer), m_painter(painter), m_canvas(writer, painter), m_club(club), m_document(document), m_pageCount(pageCount)
    { }

    int pages() const { return m_page; }

    void paint()
    {
        letterhead();
        switch (m_document.kind) {
        case DocumentKind::Notice: notice(); break;
        case DocumentKind::Receipt: receipt(); break;
        case DocumentKind::Reminder: reminder(); break;
        }
        footer();
    }

private:
    QString title() const
    {
        switch (m_document.kind) {
        case DocumentKind::Notice: return Tr::tr("Appel de cotisation n°\u00a0%1").arg(m_document.number);
        case DocumentKind::Receipt: return Tr::tr("Attestation de paiement n°\u00a0%1").arg(m_document.number);
        case DocumentKind::Reminder:
            if (m_document.reminderLevel >= 3)
                return Tr::tr("Dernière relance — Appel de cotisation %1").arg(m_document.number);
            if (m_document.reminderLevel == 2)
                return Tr::tr("Deuxième relance — Appel de cotisation %1").arg(m_document.number);
            return Tr::tr("Première relance — Appel de cotisation %1").arg(m_document.number);
        }
        return {};
    }

    // The club at the top left (logo, name, address, contacts), the recipient in the window,
    // the place and date under it, then the title.
    void letterhead()
    {
        const QRectF logo = m_canvas.image(m_club.logo, QPointF(mm(left), mm(12)), mm(50), mm(25));
        double clubLeft = mm(left);
        double y = mm(12);
        if (logo.width() > 0) {
            // Beside a wide logo there is no room left: the club's text goes under it.
            if (logo.right() + mm(5) > mm(windowLeft - 55))
                y = logo.bottom() + mm(3);
            else
                clubLeft = logo.right() + mm(5);
        }
        // Above the envelope's window the club's lines may run across the page; level with it,
        // they stop short of it.
        const auto clubWidth = [&](double height) { return (y + height < mm(windowTop - 3) ? mm(right) : mm(windowLeft - 5)) - clubLeft; };
        const double nameHeight = m_canvas.paragraphHeight(clubWidth(mm(6)), m_club.name, 12, true);
        y += m_canvas.paragraph(QRectF(clubLeft, y, clubWidth(nameHeight), 0), m_club.name, 12, true, ink) + mm(1);
        QStringList clubLines = m_club.address.split(u'\n', Qt::SkipEmptyParts);
        if (!m_club.phone.isEmpty())
            clubLines.append(Tr::tr("Tél.\u00a0%1").arg(m_club.phone));
        if (!m_club.email.isEmpty())
            clubLines.append(m_club.email);
        for (const QString &line : std::as_const(clubLines)) {
            m_canvas.text(QRectF(clubLeft, y, clubWidth(mm(4)), mm(4)), line.trimmed(), 8.5, false, muted);
            y += mm(4);
        }
        const double clubBottom = std::max(y, logo.bottom());

        double r = mm(windowTop);
        const Recipient &recipient = m_document.recipient;
        const double width = mm(windowWidth);
        // A long name shrinks to stay within two lines of the window.
        double namePoints = bodyPoints;
        while (namePoints > 7.5 && m_canvas.paragraphHeight(width, recipient.name, namePoints, true) > mm(9.5))
            namePoints -= 0.5;
        r += m_canvas.paragraph(QRectF(mm(windowLeft), r, width, 0), recipient.name, namePoints, true, ink);
        QStringList lines;
        if (!recipient.attention.isEmpty())
            lines.append(recipient.attention);
        lines.append(recipient.addressLines);
        for (const QString &line : std::as_const(lines)) {
            const double points = m_canvas.fittingSize(line, width, bodyPoints, false);
            m_canvas.text(QRectF(mm(windowLeft), r, width, mm(4.6)), line, points, false, ink);
            r += mm(4.6);
        }

        m_y = std::max({r + mm(10), clubBottom + mm(8), mm(95)});
        m_canvas.text(QRectF(mm(windowLeft), m_y, width, mm(5)), letterDateLine(m_club.address, m_document.date), bodyPoints, false, ink);
        m_y += mm(12);
        m_y += m_canvas.paragraph(QRectF(mm(left), m_y, mm(right - left), 0), title(), 14, true, ink) + mm(1.5);
        QStringList about;
        if (!m_document.yearLabel.isEmpty())
            about.append(Tr::tr("Exercice %1").arg(m_document.yearLabel));
        if (m_document.kind != DocumentKind::Receipt && !m_document.call.category.isEmpty())
            about.append(m_document.call.category);
        if (!recipient.siren.isEmpty())
            about.append(Tr::tr("SIREN %1").arg(identifiers::formatSiren(recipient.siren)));
        m_canvas.text(QRectF(mm(left), m_y, mm(right - left), mm(5)), about.join(u"  ·  "_s), 9, false, muted);
        m_y += mm(5);
        m_canvas.line(m_y + mm(2), rule, mm(0.3), mm(left), mm(right));
        m_y += mm(8);
        paragraph(recipient.salutation.isEmpty() ? Tr::tr("Madame, Monsieur,") : recipient.salutation);
    }

    void notice()
    {
        const DuesCall &call = m_document.call;
        paragraph(Tr::tr("Nous vous remercions de votre adhésion à %1 et vous adressons l'appel de votre cotisation "
                         "pour l'exercice %2, selon le barème en vigueur pour votre catégorie.")
                      .arg(m_club.name, m_document.yearLabel));
        QList<Row> rows {{{call.label, letterEuros(call.amount)}}};
        if (call.paid > 0) {
            rows.append({{Tr::tr("Déjà réglé"), letterEuros(-call.paid)}, Row::Style::Muted});
            rows.append({{Tr::tr("Reste à régler"), letterEuros(call.balance())}, Row::Style::Total});
        } else {
            rows.append({{Tr::tr("Montant à régler"), letterEuros(call.amount)}, Row::Style::Total});
        }
        const QString settled = Tr::tr("Cette cotisation est entièrement réglée\u00a0: nous vous en remercions.");
        const QString dueBy = call.dueOn.isValid() ? Tr::tr("À régler avant le %1.").arg(longDate(call.dueOn)) : QString();
        const QString closing = closingFormula();
        const double tail = (call.balance() <= 0 ? blockHeight(settled, true) : blockHeight(dueBy, true) + howToPayHeight())
            + blockHeight(closing) + signatureHeight();
        table({{Tr::tr("Désignation"), 130}, {Tr::tr("Montant"), 40, Qt::AlignRight}}, rows, tail);
        if (call.balance() <= 0) {
            paragraph(settled, true);
        } else {
            paragraph(dueBy, true);
            howToPay();
        }
        paragraph(closing);
        signature();
    }

    void receipt()
    {
        const Payment &payment = m_document.payment;
        const QString payer = payment.payer.trimmed().isEmpty() ? m_document.recipient.name : payment.payer.trimmed();
        paragraph(Tr::tr("L'association %1 atteste avoir reçu de %2 la somme de %3 le %4 %5, au titre de\u00a0:")
                      .arg(m_club.name, payer, letterEuros(payment.amount), i18n::documentDate(payment.receivedOn), howPaid(payment)));

        QHash<qint64, Cents> allocated;
        Cents total = 0;
        for (const Allocation &allocation : payment.allocations) {
            allocated[allocation.callId] += allocation.amount;
            total += allocation.amount;
        }
        QList<Row> rows;
        for (const DuesCall &call : m_document.settledCalls) {
            // A payment may settle another member's call (a group paying for its subsidiary).
            const QString what = call.membershipId == m_document.recipient.membershipId || call.memberName.isEmpty()
                ? call.label
                : Tr::tr("%1 — %2").arg(call.label, call.memberName);
            rows.append({{call.number, what, letterEuros(allocated.value(call.id))}});
        }
        if (payment.amount > total)
            rows.append(
                {{QString(), Tr::tr("Reste non affecté (à valoir sur une prochaine cotisation)"), letterEuros(payment.amount - total)},
                    Row::Style::Muted});
        rows.append({{QString(), Tr::tr("Total reçu"), letterEuros(payment.amount)}, Row::Style::Total});
        const QString closing = Tr::tr("Cette attestation est délivrée pour servir et valoir ce que de droit.");
        const QString notTaxReceipt
            = Tr::tr("Cette attestation ne constitue pas un reçu fiscal\u00a0: les cotisations versées à l'association "
                     "ne donnent pas droit à la réduction d'impôt des dons (art. 200 et 238 bis du CGI).");
        const double tail = blockHeight(closing) + signatureHeight() + mm(2) + blockHeight(notTaxReceipt, false, 8);
        table({{Tr::tr("N° d'appel"), 32}, {Tr::tr("Désignation"), 100}, {Tr::tr("Montant"), 38, Qt::AlignRight}}, rows, tail);
        paragraph(closing);
        signature();
        m_y += mm(2);
        paragraph(notTaxReceipt, false, 8, muted);
    }

    void reminder()
    {
        const DuesCall &call = m_document.call;
        const QString issued = call.issuedOn.isValid() ? Tr::tr(" du %1").arg(i18n::documentDate(call.issuedOn)) : QString();
        const QString due = longDate(call.dueOn);
        if (m_document.reminderLevel <= 1) {
            paragraph((call.paid > 0 ? Tr::tr("Sauf erreur de notre part, votre cotisation de l'exercice %1 (appel n°\u00a0%2%3), "
                                              "payable avant le %4, ne nous est parvenue qu'en partie.")
                                     : Tr::tr("Sauf erreur de notre part, votre cotisation de l'exercice %1 (appel n°\u00a0%2%3), "
                                              "payable avant le %4, ne nous est pas encore parvenue."))
                          .arg(m_document.yearLabel, call.number, issued, due));
            paragraph(Tr::tr("Il s'agit sans doute d'un simple oubli\u00a0: nous vous remercions de bien vouloir procéder à son "
                             "règlement dans les meilleurs délais. Si celui-ci vient d'être effectué, merci de ne pas tenir compte "
                             "de ce courrier."));
        } else {
            // The earlier reminder's date is known only while this one is not yet recorded.
            const QString earlier = call.reminderLevel == m_document.reminderLevel - 1 && call.lastReminderOn.isValid()
                ? Tr::tr("Malgré notre relance du %1, votre").arg(i18n::documentDate(call.lastReminderOn))
                : Tr::tr("Malgré nos précédentes relances, votre");
            paragraph((call.paid > 0 ? Tr::tr("%1 cotisation de l'exercice %2 (appel n°\u00a0%3%4), payable avant le %5, "
                                              "n'est toujours pas entièrement réglée.")
                                     : Tr::tr("%1 cotisation de l'exercice %2 (appel n°\u00a0%3%4), payable avant le %5, "
                                              "reste impayée à ce jour."))
                          .arg(earlier, m_document.yearLabel, call.number, issued, due));
            paragraph(Tr::tr("Nous vous demandons de bien vouloir la régler sous quinze jours. Le règlement de la cotisation "
                             "conditionne la qualité de membre à jour, et notamment le droit de vote à l'assemblée générale."));
            if (m_document.reminderLevel >= 3)
                paragraph(Tr::tr("Sans règlement de votre part dans ce délai, le bureau examinera la situation de votre adhésion "
                                 "conformément aux statuts de l'association."),
                    true);
        }
        QList<Row> rows {{{call.label, letterEuros(call.amount)}}};
        if (call.paid > 0)
            rows.append({{Tr::tr("Déjà réglé"), letterEuros(-call.paid)}, Row::Style::Muted});
        rows.append({{Tr::tr("Reste dû"), letterEuros(call.balance())}, Row::Style::Total});
        const QString initialDue
            = call.dueOn.isValid() ? Tr::tr("Échéance initiale\u00a0: %1").arg(i18n::documentDate(call.dueOn)) : QString();
        const QString closing = closingFormula();
        const double tail = blockHeight(initialDue, false, 9) + howToPayHeight() + blockHeight(closing) + signatureHeight();
        table({{Tr::tr("Désignation"), 130}, {Tr::tr("Montant"), 40, Qt::AlignRight}}, rows, tail);
        paragraph(initialDue, false, 9, muted);
        howToPay();
        paragraph(closing);
        signature();
    }

    QString closingFormula() const { return closingFor(m_document.recipient); }

    QString paymentReference() const
    {
        return Tr::tr("Merci de rappeler la référence %1 avec votre règlement (libellé du virement, dos du chèque).")
            .arg(m_document.call.number);
    }

    // The payment box's height, the space under it included.
    double howToPayHeight() const
    {
        const double width = mm(right - left - 8);
        double height = mm(4 + 6) + m_canvas.paragraphHeight(width, paymentReference(), 9, false) + mm(1);
        for (const QString &line : m_club.paymentDetails.split(u'\n', Qt::SkipEmptyParts))
            height += m_canvas.paragraphHeight(width, line.trimmed(), 9, false);
        return height + mm(5);
    }

    // The club's payment details in a light box, with the reference to quote.
    void howToPay()
    {
        const QStringList details = m_club.paymentDetails.split(u'\n', Qt::SkipEmptyParts);
        const double width = mm(right - left - 8);
        const QString reference = paymentReference();
        const double height = howToPayHeight() - mm(5);
        ensure(height + mm(4));
        const double top = m_y;
        m_canvas.fill(QRectF(mm(left), top, mm(right - left), height), boxFill);
        m_canvas.fill(QRectF(mm(left), top, mm(0.8), height), rule);
        double y = top + mm(2.5);
        m_canvas.text(QRectF(mm(left + 4), y, width, mm(5)), Tr::tr("Modalités de règlement"), 9.5, true, ink);
        y += mm(6);
        for (const QString &line : details)
            y += m_canvas.paragraph(QRectF(mm(left + 4), y, width, 0), line.trimmed(), 9, false, ink);
        y += mm(1);
        m_canvas.paragraph(QRectF(mm(left + 4), y, width, 0), reference, 9, false, muted);
        m_y = top + height + mm(5);
    }

    QStringList signatoryLines() const
    {
        QStringList lines = m_club.signatory.split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty())
            lines.append(Tr::tr("Pour %1,").arg(m_club.name));
        return lines;
    }

    double signatureHeight() const { return mm(4) + signatoryLines().size() * mm(5) + mm(14); }

    void signature()
    {
        const QStringList lines = signatoryLines();
        ensure(signatureHeight());
        m_y += mm(4);
        for (const QString &line : std::as_const(lines)) {
            m_canvas.text(QRectF(mm(windowLeft), m_y, mm(right - windowLeft), mm(5)), line.trimmed(), bodyPoints, false, ink);
            m_y += mm(5);
        }
        m_y += mm(14); // room to sign
    }

    // A paragraph's height, the space under it included.
    double blockHeight(const QString &text, bool bold = false, double points = bodyPoints) const
    {
        return text.isEmpty() ? 0 : m_canvas.paragraphHeight(mm(right - left), text, points, bold) + mm(3.5);
    }

    void paragraph(const QString &text, bool bold = false, double points = bodyPoints, const QColor &colour = ink,
        Qt::Alignment alignment = Qt::AlignLeft)
    {
        if (text.isEmpty())
            return;
        const double width = mm(right - left);
        ensure(m_canvas.paragraphHeight(width, text, points, bold));
        m_y += m_canvas.paragraph(QRectF(mm(left), m_y, width, 0), text, points, bold, colour, alignment);
        m_y += mm(3.5);
    }

    // `tail` is the height of what follows the table up to the signature: when it does not fit
    // under the table, the last rows go over with it, so that no page holds a signature alone.
    void table(const QList<Column> &columns, const QList<Row> &rows, double tail)
    {
        constexpr qsizetype keptRows = 3;
        QList<double> heights;
        for (const Row &row : rows)
            heights.append(rowHeight(columns, row));
        tableHeader(columns);
        bool broken = false;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const Row &row = rows.at(r);
            const double height = heights.at(r);
            double rest = tail + mm(5);
            for (qsizetype next = r; next < rows.size(); ++next)
                rest += heights.at(next);
            const bool keepWithTail = !broken && r > 0 && r >= rows.size() - keptRows && m_y + rest > mm(bodyBottom);
            if (m_y + height > mm(bodyBottom) || keepWithTail) {
                newPage();
                tableHeader(columns);
                broken = true;
            }
            if (row.style == Row::Style::Total)
                m_canvas.line(m_y, ink, mm(0.3), mm(left), mm(right));
            cells(columns, row, height);
            if (row.style != Row::Style::Total)
                m_canvas.line(m_y, stripe, mm(0.2), mm(left), mm(right));
        }
        m_y += mm(5);
    }

    void tableHeader(const QList<Column> &columns)
    {
        ensure(mm(7) * 3);
        m_canvas.fill(QRectF(mm(left), m_y, mm(right - left), mm(7)), headerFill);
        QStringList titles;
        for (const Column &column : columns)
            titles.append(column.title);
        double x = mm(left);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const double width = mm(columns.at(c).width);
            m_canvas.text(
                QRectF(x + mm(2), m_y, width - mm(4), mm(7)), titles.at(c), 8.5, true, ink, columns.at(c).alignment | Qt::AlignVCenter);
            x += width;
        }
        m_y += mm(7);
    }

    // Long labels wrap rather than being cut: the row grows to the tallest cell.
    double rowHeight(const QList<Column> &columns, const Row &row) const
    {
        double height = mm(7);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const double cell
                = m_canvas.paragraphHeight(mm(columns.at(c).width) - mm(4), row.cells.value(c), 9.5, row.style == Row::Style::Total);
            height = std::max(height, cell + mm(3));
        }
        return height;
    }

    void cells(const QList<Column> &columns, const Row &row, double height)
    {
        const bool bold = row.style == Row::Style::Total;
        const QColor &colour = row.style == Row::Style::Muted ? muted : ink;
        double x = mm(left);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const double width = mm(columns.at(c).width) - mm(4);
            const QString &value = row.cells.value(c);
            const double used = m_canvas.paragraphHeight(width, value, 9.5, bold);
            m_canvas.paragraph(QRectF(x + mm(2), m_y + (height - used) / 2, width, 0), value, 9.5, bold, colour, columns.at(c).alignment);
            x += mm(columns.at(c).width);
        }
        m_y += height;
    }

    void ensure(double height)
    {
        if (m_y + height > mm(bodyBottom))
            newPage();
    }

    void newPage()
    {
        footer();
        if (m_painter)
            m_writer.newPage();
        ++m_page;
        m_y = mm(15);
        m_canvas.text(QRectF(mm(left), m_y, mm(right - left), mm(5)), Tr::tr("%1 (suite)").arg(title()), 9, false, muted);
        m_y += mm(10);
    }

    void footer()
    {
        const double y = mm(284);
        m_canvas.line(y - mm(1.5), rule, mm(0.15), mm(left), mm(right));
        m_canvas.text(QRectF(mm(left), y, mm(120), mm(5)), Tr::tr("%1 — %2").arg(m_club.name, m_document.number), 7.5, false, muted);
        m_canvas.text(QRectF(mm(right - 50), y, mm(50), mm(5)), Tr::tr("Page %1 / %2").arg(m_page).arg(m_pageCount), 7.5, false, muted,
            Qt::AlignRight | Qt::AlignVCenter);
    }

    QPdfWriter &m_writer;
    QPainter *m_painter;
    pdf::Canvas m_canvas;
    const ClubHeader &m_club;
    const DuesDocument &m_document;
    int m_pageCount;
    double m_y = 0;
    int m_page = 1;
};

} // namespace

QString letterDateLine(const QString &clubAddress, const QDate &date)
{
    static const QRegularExpression postcodeLine(
        u"^\\s*\\d{5}\\s+(.+?)(\\s+cedex\\b.*)?\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = clubAddress.split(u'\n', Qt::SkipEmptyParts);
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        const QRegularExpressionMatch match = postcodeLine.match(*line);
        if (match.hasMatch())
            return Tr::tr("%1, le %2").arg(match.captured(1).trimmed(), longDate(date));
    }
    return Tr::tr("Le %1").arg(longDate(date));
}

void paintLetters(QPdfWriter &writer, QPainter &painter, const QList<DuesDocument> &documents, const ClubHeader &club)
{
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const i18n::LetterLanguageScope language(documents.at(i).recipient.language);
        Letter counting(writer, nullptr, club, documents.at(i), 0);
        counting.paint();
        if (i > 0)
            writer.newPage();
        Letter drawing(writer, &painter, club, documents.at(i), counting.pages());
        drawing.paint();
    }
}

} // namespace adhera::dues
