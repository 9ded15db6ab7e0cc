// SPDX-License-Identifier: GPL-3.0-or-later
// adhera_bench_meetings: an assembly of a club of 10,000 members (demo::fillLarge, in memory).
// Times what the secretary does with the invitees: choosing every active member, inviting them
// (one transaction), recording the sending of the convocations (one transaction), reading the
// list back, the members to convene, the declarations due, and the two PDFs of the list (the
// invitees and the presence sheet to sign). Prints each figure beside its target with PASS or
// MISS; always exits 0: benchmarks inform, tests assert.

#include "assembly/declarations.h"
#include "assembly/inviteelistpdf.h"
#include "assembly/inviteeselection.h"
#include "assembly/meetingstore.h"
#include "benchoutput.h"
#include "db/database.h"
#include "demo/demodata.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Qt::StringLiterals;
using namespace adhera;
using namespace adhera::assembly;
using bench::print;

namespace {

constexpr double storeTargetMs = 1000.0; // what the window waits for after a click
constexpr double pdfTargetMs = 10000.0; // a few hundred pages to print

template <typename T>
bool ok(const Result<T> &result)
{
    if (!result)
        print(u"error: "_s + result.error().message);
    return bool(result);
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDFs draw text, which needs a QGuiApplication; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workOption(u"work"_s, u"Folder for the PDFs written."_s, u"DIR"_s, QStringLiteral(ADHERA_BENCH_WORK_DIR));
    const QCommandLineOption membersOption(u"members"_s, u"Number of members."_s, u"N"_s, u"10000"_s);
    parser.addOptions({workOption, membersOption});
    parser.process(app);
    const QDir out(parser.value(workOption));
    if (!QDir().mkpath(out.path())) {
        print(u"error: cannot create %1"_s.arg(out.path()));
        return 0;
    }

    auto opened = Database::openInMemory();
    if (!ok(opened))
        return 0;
    Database &db = **opened;
    QElapsedTimer generation;
    generation.start();
    if (!ok(demo::fillLarge(db, std::max(1, parser.value(membersOption).toInt()))))
        return 0;
    print(u"Member file generated in %1 s."_s.arg(double(generation.elapsed()) / 1000.0, 0, 'f', 1));

    MeetingStore store(db);
    Meeting meeting;
    meeting.title = u"Assemblée générale 2027"_s;
    meeting.startsAt = QDateTime(QDate(2027, 6, 10), QTime(18, 30));
    const auto meetingId = store.saveMeeting(meeting);
    if (!ok(meetingId))
        return 0;

    QList<InviteeId> everyone;
    bench::report(u"choose every active member"_s,
        bench::medianMs(3,
            [&] {
                const auto chosen = chooseInvitees(db, InviteeChoice(), meeting.startsAt.date());
                if (chosen)
                    everyone = *chosen;
                return ok(chosen);
            }),
        storeTargetMs);
    print(u"%1 active members."_s.arg(everyone.size()));
    bench::report(
        u"invite them (one transaction)"_s, bench::medianMs(1, [&] { return ok(store.invite(*meetingId, everyone)); }), storeTargetMs);
    bench::report(u"record the convocations sent (one transaction)"_s,
        bench::medianMs(
            1, [&] { return ok(store.recordConvocation(*meetingId, everyone, QDate(2027, 5, 20), ConvocationChannel::Email)); }),
        storeTargetMs);
    bench::report(u"read the invitees back"_s, bench::medianMs(3, [&] { return ok(store.invitees(*meetingId)); }), storeTargetMs);
    bench::report(u"members to convene"_s, bench::medianMs(3, [&] { return ok(convocableInvitees(db, *meetingId)); }), storeTargetMs);
    bench::report(u"declarations due"_s, bench::medianMs(3, [&] { return ok(declarationsDue(db)); }), storeTargetMs);

    const QString list = out.filePath(u"bench-invitees.pdf"_s);
    const QString sheet = out.filePath(u"bench-presence.pdf"_s);
    bench::report(u"list of invitees PDF"_s,
        bench::medianMs(1, [&] { return ok(writeInviteeListPdf(db, *meetingId, InviteeListKind::Invitations, list)); }), pdfTargetMs);
    bench::report(u"presence sheet PDF"_s,
        bench::medianMs(1, [&] { return ok(writeInviteeListPdf(db, *meetingId, InviteeListKind::AttendanceSheet, sheet)); }), pdfTargetMs);
    print(u"PDF sizes: list %1 MB, sheet %2 MB; peak memory %3 MB."_s.arg(double(QFileInfo(list).size()) / 1.0e6, 0, 'f', 1)
              .arg(double(QFileInfo(sheet).size()) / 1.0e6, 0, 'f', 1)
              .arg(bench::peakMemoryMb(), 0, 'f', 0));
    return 0;
}
