// SPDX-License-Identifier: GPL-3.0-or-later
// adhera-cli assembly list: the general assemblies of the file (every meeting with --all) and
// where their minutes stand.
// adhera-cli assembly minutes ID: the procès-verbal as a PDF (assembly/minutespdf.h), the latest
// locked version unless another is asked for, else the draft.
// adhera-cli assembly sheet ID: the feuille d'émargement to sign at the door (for another meeting,
// the presence sheet of its invitees).
// adhera-cli assembly convocations ID: the convocations and proxy forms of the active members
// invited, and with --record the proof of sending (DOMAIN §1.2).
// adhera-cli assembly invitees ID: the list of invitees with replies, sending and attendance.
// adhera-cli assembly declarations: the declarations due after an election or a statuts change.
#include "assembly/attendancesheetpdf.h"
#include "assembly/convocationpdf.h"
#include "assembly/declarations.h"
#include "assembly/inviteelistpdf.h"
#include "assembly/inviteeselection.h"
#include "assembly/meetingstore.h"
#include "assembly/minutespdf.h"
#include "cli.h"
#include "commands.h"
#include "db/database.h"
#include "dues/duespdf.h"
#include "i18n/displayformat.h"
#include "io/csvwriter.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace adhera::cli {

namespace {

using namespace adhera::assembly;

// A class-like context, so that lupdate files the strings where Tr::tr() looks for them.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(adhera::cli)
};

int failure(CommandContext &context, const Error &error)
{
    writeLine(context.err, u"adhera-cli : "_s + error.message);
    return Failure;
}

int usageError(CommandContext &context, const QString &message)
{
    writeLine(context.err, u"adhera-cli : "_s + message);
    return BadUsage;
}

// The latest locked version and the open draft, if any.
struct MinutesState {
    const Minutes *locked = nullptr;
    const Minutes *draft = nullptr;
};

MinutesState stateOf(const QList<Minutes> &versions)
{
    MinutesState state;
    for (const Minutes &minutes : versions) {
        if (minutes.isLocked())
            state.locked = &minutes;
        else
            state.draft = &minutes;
    }
    return state;
}

// « verrouillé v2 », « brouillon », « verrouillé v1, correction en brouillon », « — ».
QString stateText(const MinutesState &state)
{
    if (state.locked && state.draft)
        return Tr::tr("verrouillé v%1, correction en brouillon").arg(state.locked->version);
    if (state.locked)
        return Tr::tr("verrouillé v%1").arg(state.locked->version);
    if (state.draft)
        return Tr::tr("brouillon");
    return u"—"_s;
}

QString startText(const Meeting &meeting)
{
    return i18n::documentDateTime(meeting.startsAt);
}

QStringList headers()
{
    return {Tr::tr("N°"), Tr::tr("Date"), Tr::tr("Type"), Tr::tr("Intitulé"), Tr::tr("Lieu"), Tr::tr("Statut"), Tr::tr("Procès-verbal")};
}

QJsonObject json(const Meeting &meeting, const MinutesState &state)
{
    QJsonObject minutes;
    if (state.locked)
        minutes.insert(u"locked_version"_s, state.locked->version);
    if (state.draft)
        minutes.insert(u"draft_version"_s, state.draft->version);
    return {{u"id"_s, meeting.id}, {u"starts_at"_s, meeting.startsAt.toString(u"yyyy-MM-ddTHH:mm"_s)}, {u"kind"_s, toCode(meeting.kind)},
        {u"kind_label"_s, label(meeting.kind)}, {u"title"_s, meeting.title}, {u"place"_s, meeting.place},
        {u"status"_s, toCode(meeting.status)}, {u"minutes"_s, state.locked || state.draft ? QJsonValue(minutes) : QJsonValue()},
        {u"minutes_state"_s, stateText(state)}};
}

struct Target {
    qint64 meetingId = 0;
    QString out;
};

// The checked assembly number and --out, or the exit code of a bad usage.
std::variant<Target, int> targetOf(CommandContext &context)
{
    bool ok = false;
    const qint64 meetingId = context.arguments.value(0).toLongLong(&ok);
    if (!ok || meetingId <= 0)
        return usageError(context,
            Tr::tr("numéro d'assemblée invalide « %1 » : le n° que donne « adhera-cli assembly list »").arg(context.arguments.value(0)));
    const QString out = context.invocation.option(u"out"_s);
    if (out.isEmpty())
        return usageError(context, Tr::tr("l'option « --out FICHIER.pdf » est obligatoire"));
    return Target {meetingId, out};
}

} // namespace

int runAssemblyList(CommandContext &context)
{
    const QString format = context.invocation.has(u"format"_s) ? context.invocation.option(u"format"_s) : u"table"_s;
    if (format != u"table"_s && format != u"csv"_s && format != u"json"_s)
        return usageError(context, Tr::tr("format inconnu « %1 » (table, csv ou json)").arg(format));
    const MeetingStore store(*context.database);
    const bool all = context.invocation.has(u"all"_s);
    const auto assemblies = store.meetings(all ? MeetingStore::Filter::All : MeetingStore::Filter::Assemblies);
    if (!assemblies)
        return failure(context, assemblies.error());

    QJsonArray array;
    io::CsvWriter csv;
    csv.addRow(headers());
    QList<QStringList> table;
    for (const Meeting &meeting : *assemblies) {
        const auto versions = store.minutes(meeting.id);
        if (!versions)
            return failure(context, versions.error());
        const MinutesState state = stateOf(*versions);
        const QStringList cells {QString::number(meeting.id), startText(meeting), label(meeting.kind), meeting.title, meeting.place,
            label(meeting.status), stateText(state)};
        array.append(json(meeting, state));
        csv.addRow(cells);
        table.append(cells);
    }
    if (format == u"json"_s) {
        context.out.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == u"csv"_s) {
        context.out.write(csv.toUtf8WithBom());
    } else {
        writeLine(context.out, alignedTable(headers(), table));
        writeLine(context.out,
            all ? QCoreApplication::translate("adhera::cli", "%n réunion(s)", nullptr, int(table.size()))
                : QCoreApplication::translate("adhera::cli", "%n assemblée(s) générale(s)", nullptr, int(table.size())));
    }
    return Success;
}

int runAssemblyMinutes(CommandContext &context)
{
    const auto target = targetOf(context);
    if (const int *code = std::get_if<int>(&target))
        return *code;
    const qint64 meetingId = std::get<Target>(target).meetingId;
    const QString out = std::get<Target>(target).out;
    bool ok = false;
    int wanted = 0;
    if (context.invocation.has(u"version"_s)) {
        wanted = context.invocation.option(u"version"_s).toInt(&ok);
        if (!ok || wanted <= 0)
            return usageError(
                context, Tr::tr("version invalide « %1 » : un nombre à partir de 1").arg(context.invocation.option(u"version"_s)));
    }

    const MeetingStore store(*context.database);
    const auto meeting = store.meeting(meetingId);
    if (!meeting)
        return failure(context, meeting.error());
    const auto versions = store.minutes(meetingId);
    if (!versions)
        return failure(context, versions.error());
    const Minutes *chosen = nullptr;
    if (wanted > 0) {
        const auto found = std::find_if(versions->cbegin(), versions->cend(), [&](const Minutes &m) { return m.version == wanted; });
        if (found == versions->cend())
            return failure(context,
                {ErrorCode::NotFound,
                    Tr::tr("« %1 » n'a pas de procès-verbal en version %2 (versions : %3)")
                        .arg(meeting->title)
                        .arg(wanted)
                        .arg(versions->isEmpty() ? Tr::tr("aucune") : QString::number(versions->size()))});
        chosen = &*found;
    } else {
        const MinutesState state = stateOf(*versions);
        chosen = state.locked ? state.locked : state.draft;
    }
    if (!chosen)
        return failure(context, {ErrorCode::NotFound, Tr::tr("« %1 » n'a pas encore de procès-verbal").arg(meeting->title)});

    const auto attendance = store.attendance(meetingId);
    if (!attendance)
        return failure(context, attendance.error());
    if (auto written = writeMinutesPdf(*chosen, *meeting, *attendance, dues::clubHeader(*context.database), out); !written)
        return failure(context, written.error());
    if (chosen->isLocked())
        writeLine(context.out,
            Tr::tr("Procès-verbal « %1 », version %2 verrouillée le %3, écrit dans %4")
                .arg(meeting->title)
                .arg(chosen->version)
                .arg(i18n::documentDate(chosen->lockedAt.toLocalTime().date()), out));
    else
        writeLine(context.out,
            Tr::tr("Procès-verbal « %1 », version %2 en brouillon (non approuvé), écrit dans %3")
                .arg(meeting->title)
                .arg(chosen->version)
                .arg(out));
    return Success;
}

int runAssemblySheet(CommandContext &context)
{
    const auto target = targetOf(context);
    if (const int *code = std::get_if<int>(&target))
        return *code;
    const Target &chosen = std::get<Target>(target);
    const auto meeting = MeetingStore(*context.database).meeting(chosen.meetingId);
    if (!meeting)
        return failure(context, meeting.error());
    // A meeting other than an assembly has no voting sheet: its invitees sign a presence sheet.
    if (!meeting->isAssembly()) {
        if (auto written = writeInviteeListPdf(*context.database, chosen.meetingId, InviteeListKind::AttendanceSheet, chosen.out); !written)
            return failure(context, written.error());
        writeLine(context.out, Tr::tr("Feuille de présence « %1 » écrite dans %2").arg(meeting->title, chosen.out));
        return Success;
    }
    const auto rows = attendanceSheetRows(*context.database, chosen.meetingId);
    if (!rows)
        return failure(context, rows.error());
    if (rows->isEmpty())
        return failure(context,
            {ErrorCode::NotFound,
                Tr::tr("« %1 » n'a pas de feuille de présence préparée avec des membres ayant le droit de vote").arg(meeting->title)});
    if (auto written = writeAttendanceSheetPdf(*meeting, *rows, dues::clubHeader(*context.database), chosen.out); !written)
        return failure(context, written.error());
    writeLine(context.out,
        QCoreApplication::translate(
            "adhera::cli", "Feuille d'émargement « %1 » (%n membre(s) ayant le droit de vote) écrite dans %2", nullptr, int(rows->size()))
            .arg(meeting->title, chosen.out));
    return Success;
}

int runAssemblyConvocations(CommandContext &context)
{
    const auto target = targetOf(context);
    if (const int *code = std::get_if<int>(&target))
        return *code;
    const Target &chosen = std::get<Target>(target);
    const QString channelCode = context.invocation.has(u"channel"_s) ? context.invocation.option(u"channel"_s) : u"letter"_s;
    const auto channel = convocationChannelFromCode(channelCode);
    if (!channel)
        return usageError(context, Tr::tr("canal inconnu « %1 » (letter, email ou hand)").arg(channelCode));
    QDate sentOn = QDate::currentDate();
    if (context.invocation.has(u"sent-on"_s)) {
        sentOn = QDate::fromString(context.invocation.option(u"sent-on"_s), u"yyyy-MM-dd"_s);
        if (!sentOn.isValid())
            return usageError(context, Tr::tr("date invalide « %1 » : AAAA-MM-JJ").arg(context.invocation.option(u"sent-on"_s)));
    }

    MeetingStore store(*context.database);
    const auto meeting = store.meeting(chosen.meetingId);
    if (!meeting)
        return failure(context, meeting.error());
    if (!meeting->isAssembly())
        return failure(context, {ErrorCode::InvalidInput, Tr::tr("« %1 » n'est pas une assemblée générale").arg(meeting->title)});
    const auto convened = convocableInvitees(*context.database, chosen.meetingId);
    if (!convened)
        return failure(context, convened.error());
    QList<qint64> members;
    for (const InviteeId &invitee : *convened)
        members.append(invitee.membershipId);
    if (members.isEmpty())
        return failure(context, {ErrorCode::NotFound, Tr::tr("« %1 » n'a aucun membre actif invité").arg(meeting->title)});

    if (const QString warning = MeetingStore::convocationWarning(*meeting, sentOn, StatutesProfile::load(*context.database));
        !warning.isEmpty())
        writeLine(context.err, Tr::tr("Attention : %1").arg(warning));
    if (auto written = writeConvocationsPdf(*context.database, chosen.meetingId, members, sentOn, chosen.out); !written)
        return failure(context, written.error());
    writeLine(context.out,
        QCoreApplication::translate("adhera::cli", "Convocations « %1 » (%n membre(s)) écrites dans %2", nullptr, int(members.size()))
            .arg(meeting->title, chosen.out));
    if (context.invocation.has(u"record"_s)) {
        if (auto recorded = store.recordConvocation(chosen.meetingId, *convened, sentOn, *channel); !recorded)
            return failure(context, recorded.error());
        writeLine(context.out, Tr::tr("Envoi enregistré le %1 (%2)").arg(i18n::documentDate(sentOn), label(*channel)));
    }
    return Success;
}

int runAssemblyInvitees(CommandContext &context)
{
    const auto target = targetOf(context);
    if (const int *code = std::get_if<int>(&target))
        return *code;
    const Target &chosen = std::get<Target>(target);
    const auto meeting = MeetingStore(*context.database).meeting(chosen.meetingId);
    if (!meeting)
        return failure(context, meeting.error());
    if (auto written = writeInviteeListPdf(*context.database, chosen.meetingId, InviteeListKind::Invitations, chosen.out); !written)
        return failure(context, written.error());
    writeLine(context.out, Tr::tr("Liste des invités « %1 » écrite dans %2").arg(meeting->title, chosen.out));
    return Success;
}

int runAssemblyDeclarations(CommandContext &context)
{
    const auto due = declarationsDue(*context.database);
    if (!due)
        return failure(context, due.error());
    if (due->isEmpty()) {
        writeLine(context.out, Tr::tr("Aucune déclaration en attente."));
        return Success;
    }
    const LegalRegime regime = StatutesProfile::load(*context.database).regime;
    const QDate today = context.database->now().toLocalTime().date();
    for (const DeclarationDue &one : *due)
        writeLine(context.out, declarationReminder(one, regime, today));
    return Success;
}

} // namespace adhera::cli
