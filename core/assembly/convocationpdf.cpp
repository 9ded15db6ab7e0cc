// SPDX-License-Identifier: GPL-3.0-or-later
#include "convocationpdf.h"

#include "assembly/meetingstore.h"
#include "assembly/minutesdraft.h"
#include "assembly/statutesprofile.h"
#include "db/sql.h"
#include "dues/duesdocuments.h"
#include "dues/letterpainter.h"
#include "dues/pdfcanvas.h"
#include "members/personnames.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

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

// The page, in millimetres from its top-left corner (the same grid as the treasurer's letters).
constexpr double left = 20;
constexpr double right = 190;
constexpr double windowLeft = 110; // the recipient's block, in the envelope's window
constexpr double windowTop = 47;
constexpr double windowWidth = 85;
constexpr double bodyBottom = 275;
constexpr double bodyPoints = 10;

QString assemblyName(const Meeting &meeting)
{
    return meeting.kind == MeetingKind::GeneralExtraordinary ? Tr::tr("assemblée générale extraordinaire")
                                                             : Tr::tr("assemblée générale ordinaire");
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QString agendaLine(const AgendaItem &item)
{
    if (item.kind == AgendaItemKind::Resolution && item.resolutionKind == ResolutionKind::Ordinary)
        return Tr::tr("%1 (résolution)").arg(item.title);
    if (item.kind == AgendaItemKind::Resolution) // the kinds that need a stronger majority say so
        return Tr::tr("%1 (résolution — %2)").arg(item.title, label(item.resolutionKind));
    if (item.kind == AgendaItemKind::Election)
        return Tr::tr("%1 (élection)").arg(item.title);
    return item.title;
}

QString votingSentence(const Meeting &meeting, const StatutesProfile &profile, const QDate &sentOn)
{
    if (!profile.voteRequiresDuesPaid)
        return Tr::tr("Chaque membre de l'association a le droit de vote.");
    const QDate on = profile.votingReference == VotingReference::ConvocationDate ? sentOn : meeting.startsAt.date();
    return Tr::tr("Seuls les membres à jour de leur cotisation au %1 ont le droit de vote.").arg(longDate(on));
}

// Spelt out for both numbers: without a translation loaded, « %n » would print « pouvoir(s) ».
QString capSentence(int cap)
{
    return cap == 1 ? Tr::tr("Un mandataire ne peut détenir plus d'un pouvoir.")
                    : Tr::tr("Un mandataire ne peut détenir plus de %1 pouvoirs.").arg(cap);
}

QString proxySentence(const StatutesProfile &profile)
{
    if (!profile.proxiesAllowed)
        return Tr::tr("Les statuts n'admettent pas le vote par procuration.");
    QString text = profile.proxyHolderMustBeMember
        ? Tr::tr("Un membre empêché peut se faire représenter par un autre membre ayant le droit de vote, muni du pouvoir ci-joint.")
        : Tr::tr("Un membre empêché peut se faire représenter par la personne de son choix, munie du pouvoir ci-joint.");
    if (profile.maxProxiesPerHolder)
        text += u' ' + capSentence(*profile.maxProxiesPerHolder);
    return text;
}

struct Letter {
    dues::Recipient recipient;
    QString memberName; // as written on the proxy form
};

// Lays out one member's convocation and proxy form; runs twice, once without a painter to count
// the pages.
class ConvocationLetter final
{
public:
    ConvocationLetter(QPdfWriter &writer, QPainter *painter, const dues::ClubHeader &club, int pageCount)
        : m_writer(writer), m_painter(painter), m_canvas(writer, painter), m_club(club), m_pageCount(pageCount)
    { }

    int pages() const { return m_page; }

    void paint(
        const Meeting &meeting, const QList<AgendaItem> &agenda, const StatutesProfile &profile, const Letter &letter, const QDate &sentOn)
    {
        m_meeting = &meeting;
        letterhead(letter.recipient, sentOn);
        const QString kind = assemblyName(meeting);
        m_y += m_canvas.paragraph(QRectF(mm(left), m_y, mm(right - left), 0), Tr::tr("Convocation à l'%1").arg(kind), 14, true, ink)
            + mm(1.5);
        m_canvas.text(QRectF(mm(left), m_y, mm(right - left), mm(5)),
            meeting.convocation == Convocation::Second ? Tr::tr("Deuxième convocation") : Tr::tr("Première convocation"), 9.5, false,
            muted);
        m_y += mm(9);
        paragraph(letter.recipient.salutation.isEmpty() ? Tr::tr("Madame, Monsieur,") : letter.recipient.salutation);
        QString when = Tr::tr("Nous avons le plaisir de vous convier à l'%1 de %2, qui se tiendra le %3 à %4")
                           .arg(kind, m_club.name, longDate(meeting.startsAt.date()), clockTime(meeting.startsAt.time()));
        if (!meeting.place.trimmed().isEmpty())
            when += Tr::tr(", au lieu suivant\u00a0: %1").arg(meeting.place.trimmed());
        paragraph(when + u'.');
        if (meeting.convocation == Convocation::Second)
            paragraph(Tr::tr("Le quorum n'ayant pas été atteint lors de la première réunion, l'assemblée est convoquée une seconde fois."));
        paragraph(Tr::tr("Ordre du jour\u00a0:"), true);
        for (const AgendaItem &item : agenda) {
            const double width = mm(right - left - 8);
            ensure(m_canvas.paragraphHeight(width, agendaLine(item), bodyPoints, false));
            m_canvas.text(QRectF(mm(left + 2), m_y, mm(6), mm(5)), Tr::tr("%1.").arg(item.position), bodyPoints, false, ink,
                Qt::AlignLeft | Qt::AlignTop);
            m_y += m_canvas.paragraph(QRectF(mm(left + 8), m_y, width, 0), agendaLine(item), bodyPoints, false, ink) + mm(1.5);
        }
        m_y += mm(3);
        paragraph(votingSentence(meeting, profile, sentOn));
        paragraph(proxySentence(profile));
        paragraph(Tr::tr("Nous comptons sur votre présence et vous prions d'agréer nos salutations distinguées."));
        signature();
        footer(meeting);
        proxyForm(meeting, profile, letter);
    }

private:
    void letterhead(const dues::Recipient &recipient, const QDate &sentOn)
    {
        const QRectF logo = m_canvas.image(m_club.logo, QPointF(mm(left), mm(12)), mm(50), mm(25));
        double clubLeft = mm(left);
        double y = mm(12);
        if (logo.width() > 0) {
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
        for (const QString &line : m_club.address.split(u'\n', Qt::SkipEmptyParts)) {
            m_canvas.text(QRectF(clubLeft, y, clubWidth(mm(4)), mm(4)), line.trimmed(), 8.5, false, muted);
            y += mm(4);
        }
        const double clubBottom = std::max(y, logo.bottom());

        double r = mm(windowTop);
        const double width = mm(windowWidth);
        r += m_canvas.paragraph(QRectF(mm(windowLeft), r, width, 0), recipient.name, bodyPoints, true, ink);
        QStringList lines;
        if (!recipient.attention.isEmpty())
            lines.append(recipient.attention);
        lines.append(recipient.addressLines);
        for (const QString &line : std::as_const(lines)) {
            m_canvas.text(
                QRectF(mm(windowLeft), r, width, mm(4.6)), line, m_canvas.fittingSize(line, width, bodyPoints, false), false, ink);
            r += mm(4.6);
        }
        m_y = std::max({r + mm(10), clubBottom + mm(8), mm(95)});
        m_canvas.text(QRectF(mm(windowLeft), m_y, width, mm(5)), dues::letterDateLine(m_club.address, sentOn), bodyPoints, false, ink);
        m_y += mm(12);
    }

    void signature()
    {
        QStringList lines = m_club.signatory.split(u'\n', Qt::SkipEmptyParts);
        if (lines.isEmpty())
            lines.append(Tr::tr("Le président"));
        ensure(mm(4) + lines.size() * mm(5) + mm(14));
        m_y += mm(4);
        for (const QString &line : std::as_const(lines)) {
            m_canvas.text(QRectF(mm(windowLeft), m_y, mm(right - windowLeft), mm(5)), line.trimmed(), bodyPoints, false, ink);
            m_y += mm(5);
        }
        m_y += mm(14);
    }

    // The proxy form, on a page of its own.
    void proxyForm(const Meeting &meeting, const StatutesProfile &profile, const Letter &letter)
    {
        newPage();
        m_y = mm(20);
        m_canvas.text(
            QRectF(mm(left), m_y, mm(right - left), mm(9)), Tr::tr("Pouvoir"), 18, true, ink, Qt::AlignHCenter | Qt::AlignVCenter);
        m_y += mm(10);
        m_canvas.text(QRectF(mm(left), m_y, mm(right - left), mm(6)),
            Tr::tr("%1 du %2 à %3")
                .arg(capitalised(assemblyName(meeting)), longDate(meeting.startsAt.date()), clockTime(meeting.startsAt.time())),
            11, false, ink, Qt::AlignHCenter | Qt::AlignVCenter);
        m_y += mm(6);
        m_canvas.text(QRectF(mm(left), m_y, mm(right - left), mm(5)), m_club.name, 9.5, false, muted, Qt::AlignHCenter | Qt::AlignVCenter);
        m_y += mm(14);
        paragraph(Tr::tr("Je soussigné(e), membre de l'association\u00a0:"));
        m_canvas.text(QRectF(mm(left + 5), m_y, mm(right - left - 5), mm(6)), letter.memberName, 11, true, ink);
        m_y += mm(10);
        if (!letter.recipient.attention.isEmpty()) {
            paragraph(Tr::tr("représenté(e) par\u00a0: %1").arg(blankLine()));
        }
        paragraph(Tr::tr("donne pouvoir à\u00a0:"));
        for (const QString &field : {Tr::tr("Nom et prénom"), Tr::tr("Membre représenté (organisme)")}) {
            m_canvas.text(QRectF(mm(left + 5), m_y, mm(60), mm(6)), field, bodyPoints, false, muted);
            m_canvas.line(m_y + mm(6), rule, mm(0.2), mm(left + 65), mm(right));
            m_y += mm(11);
        }
        m_y += mm(3);
        paragraph(Tr::tr("de me représenter à cette assemblée, de prendre part aux délibérations et de voter en mon nom sur les questions "
                         "inscrites à l'ordre du jour."));
        if (profile.proxiesAllowed) {
            QStringList rules;
            rules.append(profile.proxyHolderMustBeMember ? Tr::tr("Le mandataire doit être lui-même membre de l'association et avoir le "
                                                                  "droit de vote.")
                                                         : Tr::tr("Le mandataire peut être toute personne de votre choix."));
            if (profile.maxProxiesPerHolder)
                rules.append(capSentence(*profile.maxProxiesPerHolder));
            rules.append(Tr::tr("Un pouvoir ne peut être transmis à un autre mandataire."));
            paragraph(rules.join(u' '), false, 8.5, muted);
        } else {
            paragraph(Tr::tr("Les statuts n'admettent pas le vote par procuration."), true, 8.5, muted);
        }
        m_y += mm(4);
        const double column = (mm(right - left) - mm(10)) / 2;
        const QString labels[] = {Tr::tr("Fait à …………………, le ……/……/……"), Tr::tr("Signature, précédée de « Bon pour pouvoir »")};
        for (int i = 0; i < 2; ++i) {
            const double x = mm(left) + i * (column + mm(10));
            m_canvas.text(QRectF(x, m_y, column, mm(5)), labels[i], 9, false, ink);
            if (m_painter) {
                m_painter->setPen(QPen(rule, mm(0.2), Qt::DashLine));
                m_painter->setBrush(Qt::NoBrush);
                m_painter->drawRect(QRectF(x, m_y + mm(7), column, mm(35)));
            }
        }
        m_y += mm(45);
        paragraph(Tr::tr("Pouvoir à remettre au mandataire, qui le présente à l'entrée de l'assemblée, ou à retourner au secrétariat "
                         "avant la réunion."),
            false, 8.5, muted);
        footer(meeting);
    }

    static QString blankLine() { return u"……………………………………………………"_s; }

    void paragraph(const QString &text, bool bold = false, double points = bodyPoints, const QColor &colour = ink)
    {
        const double width = mm(right - left);
        ensure(m_canvas.paragraphHeight(width, text, points, bold));
        m_y += m_canvas.paragraph(QRectF(mm(left), m_y, width, 0), text, points, bold, colour) + mm(3.5);
    }

    void ensure(double height)
    {
        if (m_y + height > mm(bodyBottom)) {
            footer(*m_meeting);
            newPage();
            m_y = mm(20);
        }
    }

    void newPage()
    {
        if (m_painter)
            m_writer.newPage();
        ++m_page;
        m_pageFooterDone = false;
    }

    void footer(const Meeting &meeting)
    {
        // Once per page: ensure() closes a full page with it before the letter goes on.
        if (m_pageFooterDone)
            return;
        m_pageFooterDone = true;
        const double y = mm(285);
        m_canvas.line(y - mm(1.5), rule, mm(0.15), mm(left), mm(right));
        m_canvas.text(QRectF(mm(left), y, mm(right - left) * 0.8, mm(4.5)),
            Tr::tr("Convocation à l'%1 du %2").arg(assemblyName(meeting), longDate(meeting.startsAt.date())), 7.5, false, muted);
        m_canvas.text(QRectF(mm(left) + mm(right - left) * 0.8, y, mm(right - left) * 0.2, mm(4.5)),
            Tr::tr("Page %1 / %2").arg(m_page).arg(m_pageCount), 7.5, false, muted, Qt::AlignRight | Qt::AlignVCenter);
    }

    QPdfWriter &m_writer;
    QPainter *m_painter;
    dues::pdf::Canvas m_canvas;
    const dues::ClubHeader &m_club;
    const Meeting *m_meeting = nullptr; // set by paint()
    int m_pageCount;
    double m_y = 0;
    int m_page = 1;
    bool m_pageFooterDone = false;
};

// The president serving on date (board_role), « Prénom NOM », or empty.
Result<QString> presidentName(Database &db, const QDate &date)
{
    Sql query(db,
        u"SELECT p.first_name, p.last_name FROM board_role r JOIN person p ON p.id = r.person_id "
        "WHERE r.role = 'president' AND r.start_date <= :date AND (r.end_date IS NULL OR r.end_date >= :date) "
        "ORDER BY r.start_date DESC LIMIT 1"_s);
    query.bind(u":date"_s, date.toString(Qt::ISODate));
    if (auto ran = query.exec(Tr::tr("Impossible de lire le président en fonction")); !ran)
        return tl::unexpected(ran.error());
    return query.next() ? letterName(query.value(0).toString(), query.value(1).toString()).trimmed() : QString();
}

} // namespace

Result<void> writeConvocationsPdf(
    Database &db, qint64 meetingId, const QList<qint64> &membershipIds, const QDate &sentOn, const QString &path)
{
    MeetingStore store(db);
    const auto meeting = store.meeting(meetingId);
    if (!meeting)
        return fail(meeting.error());
    if (!meeting->isAssembly())
        return fail(ErrorCode::InvalidInput, Tr::tr("« %1 » n'est pas une assemblée générale.").arg(meeting->title));
    if (membershipIds.isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Aucun membre à convoquer à « %1 ».").arg(meeting->title));
    const auto agenda = store.agenda(meetingId);
    if (!agenda)
        return fail(agenda.error());
    QList<Letter> letters;
    for (const qint64 id : membershipIds) {
        auto recipient = dues::recipientOf(db, id);
        if (!recipient)
            return fail(recipient.error());
        QString memberName = recipient->name;
        letters.append({*recipient, memberName});
    }
    const StatutesProfile profile = StatutesProfile::load(db);
    dues::ClubHeader club = dues::clubHeader(db);
    // The president convenes the assembly (the club's signatory setting is the treasurer's, for
    // dues letters).
    auto president = presidentName(db, sentOn); // who signs, the day the letters go
    if (!president)
        return fail(president.error());
    const QString title = Tr::tr("Convocations — %1").arg(meeting->title);
    return dues::pdf::writePdf(path, title, QMarginsF(0, 0, 0, 0), [&](QPdfWriter &writer, QPainter &painter) {
        bool first = true;
        for (const Letter &letter : std::as_const(letters)) {
            // Each letter in its recipient's language, its signature included.
            const i18n::LetterLanguageScope language(letter.recipient.language);
            club.signatory = president->isEmpty() ? Tr::tr("Le président") : Tr::tr("Le président, %1").arg(*president);
            ConvocationLetter counting(writer, nullptr, club, 0);
            counting.paint(*meeting, *agenda, profile, letter, sentOn);
            if (!first)
                writer.newPage();
            first = false;
            ConvocationLetter drawing(writer, &painter, club, counting.pages());
            drawing.paint(*meeting, *agenda, profile, letter, sentOn);
        }
    });
}

} // namespace adhera::assembly
