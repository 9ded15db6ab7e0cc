// SPDX-License-Identifier: GPL-3.0-or-later
#include "assembly/minutespdf.h"
#include "catch.h"
#include "minutesfixture.h"
#include "pdftext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;

namespace {

QByteArray head(const QString &path, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(size);
}

// ADHERA_MINUTES_PDF_DIR keeps a copy of each PDF there, to look at them (pdftoppm).
void keepCopy(const QString &path)
{
    const QString folder = qEnvironmentVariable("ADHERA_MINUTES_PDF_DIR");
    if (folder.isEmpty())
        return;
    const QString target = QDir(folder).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

// The club with a plain drawn logo, so that the letterhead is laid out as with a real one.
dues::ClubHeader club()
{
    dues::ClubHeader header;
    header.name = u"Lorraine Contact Client"_s;
    header.address = u"3 rue Gambetta\n54000 Nancy"_s;
    header.printedAt = QDateTime(QDate(2026, 6, 20), QTime(11, 0));
    header.logo = QImage(360, 160, QImage::Format_RGB32);
    header.logo.fill(QColor(0x1f, 0x5f, 0x8b));
    QPainter painter(&header.logo);
    painter.setPen(Qt::white);
    painter.setFont(QFont(u"DejaVu Sans"_s, 48, QFont::Bold));
    painter.drawText(header.logo.rect(), Qt::AlignCenter, u"L2C"_s);
    return header;
}

Minutes draftOf(const MinutesInput &input)
{
    Minutes minutes;
    minutes.id = 2;
    minutes.meetingId = input.meeting.id;
    minutes.body = draftMinutes(input);
    return minutes;
}

Minutes lockedCorrection(const MinutesInput &input)
{
    Minutes minutes = draftOf(input);
    minutes.id = 3;
    minutes.version = 2;
    minutes.previousId = 2;
    minutes.status = MinutesStatus::Locked;
    minutes.lockedAt = QDateTime(QDate(2026, 6, 20), QTime(10, 30), QTimeZone::utc());
    minutes.bodySha256 = QString::fromLatin1(QCryptographicHash::hash(minutes.body.toUtf8(), QCryptographicHash::Sha256).toHex());
    minutes.signatories = u"Hélène MÜLLER, président de séance ; Jean DUPONT, secrétaire de séance"_s;
    return minutes;
}

} // namespace

TEST_CASE("minutes pdf: a locked correction prints its version and the SHA-256 of its body")
{
    const MinutesInput input = test::ordinaryAssembly();
    const Minutes minutes = lockedCorrection(input);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pv-verrouillé.pdf"_s);
    REQUIRE(writeMinutesPdf(minutes, input.meeting, input.attendance, club(), path));
    keepCopy(path);
    CHECK(head(path, 5) == "%PDF-");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList {u"pv-verrouillé.pdf"_s}); // no temporary file left

    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        return;
    }
    INFO(text->toStdString());
    CHECK(text->contains(u"Lorraine Contact Client"_s));
    CHECK(text->contains(u"Procès-verbal de l'assemblée générale ordinaire du 12 juin 2026"_s));
    CHECK(text->contains(u"Version 2, corrige la version 1"_s));
    CHECK(text->contains(minutes.bodySha256));
    CHECK_FALSE(text->contains(u"Brouillon"_s));
    CHECK_FALSE(text->contains(u"BROUILLON"_s));
    CHECK(text->contains(u"Première résolution"_s));
    CHECK(text->contains(u"Vote : pour 6, contre 1, abstentions 1."_s));
    CHECK(text->contains(u"Le président de séance"_s));
    CHECK(text->contains(u"Signataires enregistrés"_s));

    // The annex starts a page of its own, after the signatures.
    const QStringList pages = text->split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 2);
    qsizetype annex = -1;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(u"Annexe — feuille de présence"_s))
            annex = i;
    }
    REQUIRE(annex >= 1);
    CHECK(pages.at(annex).trimmed().startsWith(u"Annexe — feuille de présence"_s));
    CHECK_FALSE(pages.at(annex).contains(u"ordre du jour étant épuisé"_s));
    CHECK(pages.at(annex - 1).contains(u"Le secrétaire de séance"_s));
    CHECK(pages.at(annex).contains(u"Transports Lœuvre"_s));
    CHECK(pages.at(annex).contains(u"Représenté par"_s));
    CHECK(pages.at(annex).contains(u"arrivée 18 h 25"_s));
    CHECK(pages.at(annex).contains(u"Présents : 7 — représentés : 2 — absents : 2 — voix détenues en séance : 8"_s));
    for (qsizetype i = 0; i < pages.size(); ++i)
        CHECK(pages.at(i).contains(u"Page %1 / %2"_s.arg(i + 1).arg(pages.size())));
}

TEST_CASE("minutes pdf: a draft says so on every page")
{
    const MinutesInput input = test::ordinaryAssembly();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pv-brouillon.pdf"_s);
    REQUIRE(writeMinutesPdf(draftOf(input), input.meeting, input.attendance, club(), path));
    keepCopy(path);
    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        return;
    }
    INFO(text->toStdString());
    const QStringList pages = text->split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 2);
    for (const QString &page : pages)
        CHECK(page.contains(u"Brouillon — non approuvé"_s));
    CHECK_FALSE(text->contains(u"SHA-256"_s));
    CHECK_FALSE(text->contains(u"Version"_s));
    CHECK(text->contains(u"Annexe — feuille de présence"_s));
}

TEST_CASE("minutes pdf: a long resolution runs over pages without losing a line")
{
    MinutesInput input = test::ordinaryAssembly();
    QStringList articles;
    for (int i = 1; i <= 45; ++i)
        articles.append(
            u"Article %1 — L'assemblée générale adopte la rédaction nouvelle de l'article %1 des statuts, dont le texte intégral "
            u"a été joint à la convocation et tenu à la disposition des membres au siège."_s.arg(i));
    input.agenda[2].body = articles.join(u'\n');
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pv-long.pdf"_s);
    REQUIRE(writeMinutesPdf(draftOf(input), input.meeting, input.attendance, club(), path));
    keepCopy(path);
    const auto text = test::pdfText(path);
    if (!text) {
        WARN("pdftotext (poppler-utils) is not installed: the pages are not checked");
        return;
    }
    const QStringList pages = text->split(u'\f', Qt::SkipEmptyParts);
    CHECK(pages.size() >= 4);
    const QString &flat = *text;
    for (int i = 1; i <= 45; ++i)
        CHECK(flat.contains(u"Article %1 — "_s.arg(i)));
    CHECK(flat.contains(u"L'ordre du jour étant épuisé"_s));
    for (qsizetype i = 0; i < pages.size(); ++i)
        CHECK(pages.at(i).contains(u"Page %1 / %2"_s.arg(i + 1).arg(pages.size())));
}

TEST_CASE("minutes pdf: a folder that does not exist is an error naming the file")
{
    const MinutesInput input = test::ordinaryAssembly();
    const QString path = QDir::temp().filePath(u"adhera-absent-folder/pv.pdf"_s);
    const auto written = writeMinutesPdf(draftOf(input), input.meeting, input.attendance, club(), path);
    REQUIRE_FALSE(written);
    CHECK(written.error().message.contains(path));
}
