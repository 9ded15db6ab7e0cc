// SPDX-License-Identifier: GPL-3.0-or-later
// adhera_bench_match: how well and how fast the merge wizard's matcher finds duplicates.
// Febrl tasks (../shared/datasets/febrl, when present): dataset4a × dataset4b linkage and
// dataset3 deduplication, with all fields and without date_of_birth and soc_sec_id (what club
// files hold). Each prints precision, recall and F1 against the truth encoded in rec_id, the time
// end to end (reading the files included) and the peak memory. The default threshold is used:
// nothing here is tuned on the answers. Always exits 0: benchmarks inform, tests assert.
// French club files (demo::generateClubFiles, truth from the generator): a 2,000-person
// Connect × Viatis link and each file's dedupe, with the false matches counted by trap; then the
// large task, 100,000 × 100,000 rows written to the --work folder (reused while the generator
// is unchanged) and linked from the files in a child process (--large-child), so that only the
// link's own memory counts in its peak.

#include "benchoutput.h"
#include "demo/clubfilegenerator.h"
#include "importing/importfield.h"
#include "importing/sourcetable.h"
#include "merge/matcher.h"
#include "merge/normalise.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <utility>

using namespace Qt::StringLiterals;
using namespace adhera;
using bench::peakMemoryMb;
using bench::print;
using importing::ImportField;

namespace {

struct Source {
    std::vector<importing::FieldValues> values;
    QStringList ids;
};

// Reads a file with headers mapped automatically; optionally blanks the fields club files lack.
std::optional<Source> readSource(const QString &path, bool withoutIdentity)
{
    auto table = importing::readTable(path);
    if (!table) {
        print(u"error: "_s + table.error().message);
        return std::nullopt;
    }
    const auto mapping = importing::ColumnMapping::fromHeaders(table->headers);
    Source source;
    source.values = importing::fieldValues(*table, mapping);
    for (auto &values : source.values) {
        source.ids << values[std::size_t(ImportField::SourceId)];
        if (withoutIdentity) {
            values[std::size_t(ImportField::BirthDate)].clear();
            values[std::size_t(ImportField::NationalId)].clear();
        }
    }
    return source;
}

QString entityOf(const QString &id)
{
    static const QRegularExpression entity(u"^rec-(\\d+)-"_s);
    return entity.match(id).captured(1);
}

struct Quality {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    qsizetype truePositives = 0;
    qsizetype predicted = 0;
    qsizetype actual = 0;
};

Quality quality(qsizetype truePositives, qsizetype predicted, qsizetype actual)
{
    Quality q {0, 0, 0, truePositives, predicted, actual};
    q.precision = predicted ? double(truePositives) / double(predicted) : 0;
    q.recall = actual ? double(truePositives) / double(actual) : 0;
    q.f1 = q.precision + q.recall > 0 ? 2 * q.precision * q.recall / (q.precision + q.recall) : 0;
    return q;
}

void report(const QString &task, const Quality &q, double seconds, double targetF1, const merge::MatchRun &run)
{
    print(u"%1: precision %2, recall %3, F1 %4 (target ≥ %5: %6) — %7 true of %8 predicted, %9 actual"_s.arg(task)
              .arg(q.precision, 0, 'f', 4)
              .arg(q.recall, 0, 'f', 4)
              .arg(q.f1, 0, 'f', 4)
              .arg(targetF1, 0, 'f', 3)
              .arg(q.f1 >= targetF1 ? u"PASS"_s : u"MISS"_s)
              .arg(q.truePositives)
              .arg(q.predicted)
              .arg(q.actual));
    print(u"    time %1 s (target < 1 s: %2), %3 candidate pairs, %4 patterns, %5 EM iterations, λ = %6, peak memory %7 MB"_s
              .arg(seconds, 0, 'f', 3)
              .arg(seconds < 1 ? u"PASS"_s : u"MISS"_s)
              .arg(run.figures().candidates)
              .arg(run.figures().distinctPatterns)
              .arg(run.figures().emIterations)
              .arg(run.model().prior(), 0, 'g', 3)
              .arg(peakMemoryMb(), 0, 'f', 1));
}

void febrlLinkage(const QString &folder, bool withoutIdentity, double targetF1)
{
    QElapsedTimer timer;
    timer.start();
    const auto left = readSource(folder + u"/dataset4a.csv"_s, withoutIdentity);
    const auto right = readSource(folder + u"/dataset4b.csv"_s, withoutIdentity);
    if (!left || !right)
        return;
    const auto run = merge::MatchRun::link(left->values, right->values, {});
    const auto matches = run.matches();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    QSet<QString> rightEntities;
    for (const QString &id : right->ids)
        rightEntities.insert(entityOf(id));
    qsizetype actual = 0;
    for (const QString &id : left->ids)
        actual += rightEntities.contains(entityOf(id)) ? 1 : 0;
    qsizetype truePositives = 0;
    for (const auto &pair : matches)
        truePositives += entityOf(left->ids[pair.left]) == entityOf(right->ids[pair.right]) ? 1 : 0;
    if (qEnvironmentVariableIsSet("ADHERA_BENCH_MISSED")) {
        QSet<QString> found;
        for (const auto &pair : matches)
            if (entityOf(left->ids[pair.left]) == entityOf(right->ids[pair.right]))
                found.insert(entityOf(left->ids[pair.left]));
        QHash<QString, const merge::ScoredPair *> candidates;
        for (const auto &pair : run.pairs())
            if (entityOf(left->ids[pair.left]) == entityOf(right->ids[pair.right]))
                candidates.insert(entityOf(left->ids[pair.left]), &pair);
        int shown = 0;
        for (qsizetype index = 0; index < left->ids.size() && shown < 40; ++index) {
            const QString entity = entityOf(left->ids[index]);
            if (found.contains(entity) || !rightEntities.contains(entity))
                continue;
            ++shown;
            QString line = u"  missed "_s + entity + u": "_s;
            if (const auto *pair = candidates.value(entity)) {
                line += u"p=%1 "_s.arg(pair->probability);
                for (const auto &c : run.explain(*pair).contributions)
                    line += merge::label(c.comparison) + u'=' + merge::label(c.level) + u'(' + QString::number(c.bits, 'f', 1) + u") "_s;
            } else {
                line += u"not a kept candidate; "_s;
            }
            const auto &l = left->values[std::size_t(index)];
            line += u" | "_s + l[2] + u' ' + l[3] + u' ' + l[11] + u' ' + l[12] + u' ' + l[14] + u' ' + l[15];
            for (qsizetype r = 0; r < right->ids.size(); ++r)
                if (entityOf(right->ids[r]) == entity) {
                    const auto &v = right->values[std::size_t(r)];
                    line += u" || "_s + v[2] + u' ' + v[3] + u' ' + v[11] + u' ' + v[12] + u' ' + v[14] + u' ' + v[15];
                }
            print(line);
        }
    }
    report(withoutIdentity ? u"Febrl 4a × 4b without date_of_birth, soc_sec_id"_s : u"Febrl 4a × 4b"_s,
        quality(truePositives, qsizetype(matches.size()), actual), seconds, targetF1, run);
}

void febrlDedupe(const QString &folder, bool withoutIdentity, double targetF1)
{
    QElapsedTimer timer;
    timer.start();
    const auto source = readSource(folder + u"/dataset3.csv"_s, withoutIdentity);
    if (!source)
        return;
    const auto run = merge::MatchRun::dedupe(source->values, {});
    const auto matches = run.matches();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    QHash<QString, qsizetype> groupSizes;
    for (const QString &id : source->ids)
        groupSizes[entityOf(id)] += 1;
    qsizetype actual = 0;
    for (qsizetype size : groupSizes)
        actual += size * (size - 1) / 2;
    qsizetype truePositives = 0;
    for (const auto &pair : matches)
        truePositives += entityOf(source->ids[pair.left]) == entityOf(source->ids[pair.right]) ? 1 : 0;
    report(withoutIdentity ? u"Febrl 3 dedupe without date_of_birth, soc_sec_id"_s : u"Febrl 3 dedupe"_s,
        quality(truePositives, qsizetype(matches.size()), actual), seconds, targetF1, run);
}

// ---------------------------------------------------------------------------------------------
// French club files (demo::generateClubFiles): Connect × Viatis as the merge will receive them,
// with the truth from the generator.

constexpr quint32 clubSeed = 2016;
constexpr double clubOverlap = 0.35;
constexpr double clubDuplicates = 0.02;

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

// Link truth with in-file duplicates: an entity with a rows on the left and b on the right can
// give at most min(a, b) correct one-to-one pairs.
qsizetype linkable(const std::vector<int> &left, const std::vector<int> &right)
{
    QHash<int, qsizetype> leftCount;
    QHash<int, qsizetype> rightCount;
    for (const int entity : left)
        leftCount[entity] += 1;
    for (const int entity : right)
        rightCount[entity] += 1;
    qsizetype actual = 0;
    for (auto it = leftCount.cbegin(); it != leftCount.cend(); ++it)
        actual += std::min(it.value(), rightCount.value(it.key()));
    return actual;
}

qsizetype inFilePairs(const std::vector<int> &entities)
{
    QHash<int, qsizetype> sizes;
    for (const int entity : entities)
        sizes[entity] += 1;
    qsizetype actual = 0;
    for (const qsizetype size : std::as_const(sizes))
        actual += size * (size - 1) / 2;
    return actual;
}

// The false matches, by the trap they fell into.
struct Traps {
    QSet<quint64> homonyms;
    QSet<quint64> colleagues;
    std::vector<std::pair<int, int>> employers; // current and previous (or -1) employer of each person
    bool shareEmployer(int a, int b) const
    {
        const auto [aNow, aBefore] = employers[std::size_t(a)];
        const auto [bNow, bBefore] = employers[std::size_t(b)];
        return aNow == bNow || aNow == bBefore || (aBefore >= 0 && (aBefore == bNow || aBefore == bBefore));
    }
};

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

QString trapLine(const Traps &traps, const std::vector<merge::ScoredPair> &matches, const std::vector<int> &left,
    const std::vector<int> &right, const std::vector<importing::FieldValues> &leftValues,
    const std::vector<importing::FieldValues> &rightValues)
{
    qsizetype homonyms = 0;
    qsizetype colleagues = 0;
    qsizetype mailbox = 0;
    qsizetype sameCompany = 0;
    qsizetype other = 0;
    for (const auto &pair : matches) {
        const int a = left[pair.left];
        const int b = right[pair.right];
        if (a == b)
            continue;
        const QString &leftMail = leftValues[pair.left][std::size_t(ImportField::Email)];
        const QString &rightMail = rightValues[pair.right][std::size_t(ImportField::Email)];
        if (traps.homonyms.contains(pairKey(a, b)))
            ++homonyms;
        else if (traps.colleagues.contains(pairKey(a, b)))
            ++colleagues;
        else if (!leftMail.isEmpty() && leftMail.compare(rightMail, Qt::CaseInsensitive) == 0 && merge::isGenericMailbox(leftMail))
            ++mailbox;
        else if (traps.shareEmployer(a, b))
            ++sameCompany;
        else
            ++other;
    }
    return u"    false matches by trap: %1 homonyms (same name, other company), %2 colleagues (same surname and company), "
           "%3 sharing a generic mailbox, %4 other staff of the same company (now or before), %5 others"_s.arg(homonyms)
               .arg(colleagues)
               .arg(mailbox)
               .arg(sameCompany)
               .arg(other);
}

void clubQuality(const QString &task, const Quality &q, double seconds, const merge::MatchRun &run)
{
    print(u"%1: precision %2, recall %3, F1 %4 — %5 true of %6 predicted, %7 actual"_s.arg(task)
              .arg(q.precision, 0, 'f', 4)
              .arg(q.recall, 0, 'f', 4)
              .arg(q.f1, 0, 'f', 4)
              .arg(q.truePositives)
              .arg(q.predicted)
              .arg(q.actual));
    print(u"    time %1 s (reading included), %2 candidate pairs, %3 patterns, %4 EM iterations, λ = %5, peak memory %6 MB"_s
              .arg(seconds, 0, 'f', 3)
              .arg(run.figures().candidates)
              .arg(run.figures().distinctPatterns)
              .arg(run.figures().emIterations)
              .arg(run.model().prior(), 0, 'g', 3)
              .arg(peakMemoryMb(), 0, 'f', 1));
}

QString rowText(const importing::FieldValues &values)
{
    QStringList parts;
    for (const ImportField field : {ImportField::FirstName, ImportField::LastName, ImportField::Organisation, ImportField::Email,
             ImportField::Phone, ImportField::Mobile, ImportField::Address, ImportField::City})
        parts << values[std::size_t(field)];
    return parts.join(u" | "_s);
}

// ADHERA_BENCH_EXAMPLES set: some false and some missed matches, to see what the matcher did.
void printLinkExamples(const merge::MatchRun &run, const std::vector<merge::ScoredPair> &matches, const demo::ClubFiles &files,
    const std::vector<importing::FieldValues> &left, const std::vector<importing::FieldValues> &right)
{
    int shown = 0;
    QSet<int> found;
    for (const auto &pair : matches) {
        const int a = files.connect.entities[pair.left];
        const int b = files.viatis.entities[pair.right];
        if (a == b) {
            found.insert(a);
            continue;
        }
        if (shown++ < 15)
            print(u"  false p=%1: %2 || %3"_s.arg(pair.probability, 0, 'f', 3).arg(rowText(left[pair.left]), rowText(right[pair.right])));
    }
    QHash<int, qsizetype> rightRow;
    for (qsizetype row = 0; row < qsizetype(files.viatis.entities.size()); ++row)
        rightRow.insert(files.viatis.entities[std::size_t(row)], row);
    QHash<quint64, const merge::ScoredPair *> candidates;
    for (const auto &pair : run.pairs())
        candidates.insert(pairKey(int(pair.left), int(pair.right)), &pair);
    shown = 0;
    for (qsizetype row = 0; row < qsizetype(files.connect.entities.size()) && shown < 15; ++row) {
        const int entity = files.connect.entities[std::size_t(row)];
        if (found.contains(entity) || !rightRow.contains(entity))
            continue;
        ++shown;
        const qsizetype other = rightRow.value(entity);
        const auto *pair = candidates.value(pairKey(int(row), int(other)));
        QString line = u"  missed "_s + (pair ? u"p=%1 "_s.arg(pair->probability, 0, 'f', 3) : u"(not kept) "_s);
        if (pair)
            for (const auto &c : run.explain(*pair).contributions)
                line += merge::label(c.comparison) + u'=' + merge::label(c.level) + u'(' + QString::number(c.bits, 'f', 1) + u") "_s;
        print(line + u": "_s + rowText(left[std::size_t(row)]) + u" || "_s + rowText(right[std::size_t(other)]));
    }
}

void frenchClubFiles(const QString &workDir)
{
    demo::ClubFileOptions options;
    options.people = 2000;
    options.overlap = clubOverlap;
    options.inFileDuplicates = clubDuplicates;
    options.seed = clubSeed;
    QElapsedTimer timer;
    timer.start();
    const demo::ClubFiles files = demo::generateClubFiles(options);
    const QByteArray connectBytes = demo::toConnectCsv(files.connect);
    const QByteArray viatisBytes = demo::toViatisCsv(files.viatis);
    const double generation = double(timer.nsecsElapsed()) / 1e9;
    const QString connectPath = QDir(workDir).filePath(u"club-connect-2000.csv"_s);
    const QString viatisPath = QDir(workDir).filePath(u"club-viatis-2000.csv"_s);
    if (!writeBytes(connectPath, connectBytes) || !writeBytes(viatisPath, viatisBytes)) {
        print(u"error: cannot write the club files in %1"_s.arg(QDir::toNativeSeparators(workDir)));
        return;
    }
    const auto homonyms = demo::homonymPairs(files);
    const auto colleagues = demo::colleaguePairs(files);
    Traps traps;
    for (const auto &[a, b] : homonyms)
        traps.homonyms.insert(pairKey(a, b));
    for (const auto &[a, b] : colleagues)
        traps.colleagues.insert(pairKey(a, b));
    for (const demo::GeneratedPerson &person : files.people)
        traps.employers.emplace_back(person.company, person.previousCompany);
    print(u"French club files: %1 persons (overlap %2, in-file duplicates %3, seed %4) → Connect %5 rows, Viatis %6 rows, "
          "generated and written in %7 s (target < 1 s: %8); traps: %9 homonym pairs, %10 colleague pairs, %11 shared mailboxes"_s
              .arg(options.people)
              .arg(options.overlap)
              .arg(options.inFileDuplicates)
              .arg(options.seed)
              .arg(files.connect.rows.size())
              .arg(files.viatis.rows.size())
              .arg(generation, 0, 'f', 3)
              .arg(generation < 1 ? u"PASS"_s : u"MISS"_s)
              .arg(homonyms.size())
              .arg(colleagues.size())
              .arg(files.sharedMailboxes.size()));

    {
        timer.restart();
        const auto left = readSource(connectPath, false);
        const auto right = readSource(viatisPath, false);
        if (!left || !right)
            return;
        const auto run = merge::MatchRun::link(left->values, right->values, {});
        const auto matches = run.matches();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        qsizetype truePositives = 0;
        for (const auto &pair : matches)
            truePositives += files.connect.entities[pair.left] == files.viatis.entities[pair.right] ? 1 : 0;
        clubQuality(u"French club files, Connect × Viatis link"_s,
            quality(truePositives, qsizetype(matches.size()), linkable(files.connect.entities, files.viatis.entities)), seconds, run);
        print(trapLine(traps, matches, files.connect.entities, files.viatis.entities, left->values, right->values));
        if (qEnvironmentVariableIsSet("ADHERA_BENCH_EXAMPLES"))
            printLinkExamples(run, matches, files, left->values, right->values);
    }

    for (const bool connect : {true, false}) {
        const demo::GeneratedTable &table = connect ? files.connect : files.viatis;
        timer.restart();
        const auto source = readSource(connect ? connectPath : viatisPath, false);
        if (!source)
            return;
        const auto run = merge::MatchRun::dedupe(source->values, {});
        const auto matches = run.matches();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        qsizetype truePositives = 0;
        for (const auto &pair : matches)
            truePositives += table.entities[pair.left] == table.entities[pair.right] ? 1 : 0;
        clubQuality(connect ? u"French club files, Connect dedupe"_s : u"French club files, Viatis dedupe"_s,
            quality(truePositives, qsizetype(matches.size()), inFilePairs(table.entities)), seconds, run);
        print(trapLine(traps, matches, table.entities, table.entities, source->values, source->values));
        if (qEnvironmentVariableIsSet("ADHERA_BENCH_EXAMPLES")) {
            int shown = 0;
            for (const auto &pair : matches) {
                if (table.entities[pair.left] == table.entities[pair.right] || shown++ >= 8)
                    continue;
                QString why;
                for (const auto &c : run.explain(pair).contributions)
                    if (c.level != merge::Level::Missing)
                        why += merge::label(c.comparison) + u'=' + merge::label(c.level) + u'(' + QString::number(c.bits, 'f', 1) + u") "_s;
                print(u"  false p=%1: %2 || %3\n      %4"_s.arg(pair.probability, 0, 'f', 3)
                          .arg(rowText(source->values[pair.left]), rowText(source->values[pair.right]), why));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Large: 100,000 × 100,000 rows, linked end to end from the files in a child process, so that
// neither the generator's memory nor the parent's counts in the peak.

constexpr double largeTimeTarget = 60.0;
constexpr double largeMemoryTargetMb = 2048.0;

// The generated files carry a digest of a small generation: a changed generator regenerates them.
QString generatorKey()
{
    demo::ClubFileOptions options;
    options.people = 300;
    const demo::ClubFiles files = demo::generateClubFiles(options);
    QCryptographicHash digest(QCryptographicHash::Sha1);
    digest.addData(demo::toConnectCsv(files.connect));
    digest.addData(demo::toViatisCsv(files.viatis));
    return QString::fromLatin1(digest.result().toHex().left(8));
}

QByteArray truthText(const demo::ClubFiles &files)
{
    QByteArray text;
    for (const demo::GeneratedTable *table : {&files.connect, &files.viatis}) {
        text += "rows " + QByteArray::number(qsizetype(table->entities.size())) + '\n';
        for (const int entity : table->entities)
            text += QByteArray::number(entity) + '\n';
    }
    return text;
}

std::optional<std::pair<std::vector<int>, std::vector<int>>> readTruth(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = file.readAll().split('\n');
    std::pair<std::vector<int>, std::vector<int>> truth;
    qsizetype at = 0;
    for (std::vector<int> *entities : {&truth.first, &truth.second}) {
        if (at >= lines.size() || !lines[at].startsWith("rows "))
            return std::nullopt;
        const qsizetype count = lines[at++].mid(5).toLongLong();
        if (at + count > lines.size())
            return std::nullopt;
        entities->reserve(std::size_t(count));
        for (qsizetype i = 0; i < count; ++i)
            entities->push_back(lines[at++].toInt());
    }
    return truth;
}

// The child's work: read both files, link them, time every step, then score against the truth.
int largeChild(const QString &connectPath, const QString &viatisPath, const QString &truthPath)
{
    QElapsedTimer timer;
    timer.start();
    // Wall and processor time of each step: the machine may be shared, and the processor time
    // (every thread, std::clock) tells contention apart from work.
    struct Step {
        QString name;
        double seconds;
        double cpuSeconds;
    };
    QList<Step> steps;
    double stepStart = 0;
    std::clock_t cpuStart = std::clock();
    QString current = u"lecture des fichiers"_s;
    auto endStep = [&](const QString &next) {
        const double now = double(timer.nsecsElapsed()) / 1e9;
        const std::clock_t cpuNow = std::clock();
        steps.append({current, now - stepStart, double(cpuNow - cpuStart) / CLOCKS_PER_SEC});
        stepStart = now;
        cpuStart = cpuNow;
        current = next;
    };
    const auto left = readSource(connectPath, false);
    const auto right = readSource(viatisPath, false);
    if (!left || !right)
        return 1;
    const double readMb = peakMemoryMb();
    merge::MatchSettings settings;
    settings.progress = [&](const QString &step, int) {
        if (step != current)
            endStep(step);
    };
    endStep(u"(rapprochement)"_s);
    const auto run = merge::MatchRun::link(left->values, right->values, settings);
    const auto matches = run.matches();
    endStep({});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double peakMb = peakMemoryMb();

    const auto truth = readTruth(truthPath);
    if (!truth || truth->first.size() != left->values.size() || truth->second.size() != right->values.size()) {
        print(u"error: the truth file %1 does not match the rows read"_s.arg(QDir::toNativeSeparators(truthPath)));
        return 1;
    }
    qsizetype truePositives = 0;
    for (const auto &pair : matches)
        truePositives += truth->first[pair.left] == truth->second[pair.right] ? 1 : 0;
    const Quality q = quality(truePositives, qsizetype(matches.size()), linkable(truth->first, truth->second));
    print(u"Large Connect × Viatis link (%1 × %2 rows, child process, from the files): precision %3, recall %4, F1 %5 — "
          "%6 true of %7 predicted, %8 actual"_s.arg(left->values.size())
              .arg(right->values.size())
              .arg(q.precision, 0, 'f', 4)
              .arg(q.recall, 0, 'f', 4)
              .arg(q.f1, 0, 'f', 4)
              .arg(q.truePositives)
              .arg(q.predicted)
              .arg(q.actual));
    print(u"    time %1 s end to end (target < %2 s: %3), peak memory VmHWM %4 MB (target < %5 MB: %6; %7 MB after reading)"_s
              .arg(seconds, 0, 'f', 1)
              .arg(largeTimeTarget, 0, 'f', 0)
              .arg(seconds < largeTimeTarget ? u"PASS"_s : u"MISS"_s)
              .arg(peakMb, 0, 'f', 0)
              .arg(largeMemoryTargetMb, 0, 'f', 0)
              .arg(peakMb < largeMemoryTargetMb ? u"PASS"_s : u"MISS"_s)
              .arg(readMb, 0, 'f', 0));
    print(u"    %1 candidate pairs, %2 patterns, %3 EM iterations, λ = %4, %5 pairs kept"_s.arg(run.figures().candidates)
              .arg(run.figures().distinctPatterns)
              .arg(run.figures().emIterations)
              .arg(run.model().prior(), 0, 'g', 3)
              .arg(run.pairs().size()));
    QStringList parts;
    double cpuTotal = 0;
    for (const Step &step : std::as_const(steps)) {
        cpuTotal += step.cpuSeconds;
        if (step.seconds >= 0.05)
            parts << u"%1 %2 s (processor %3 s)"_s.arg(step.name).arg(step.seconds, 0, 'f', 1).arg(step.cpuSeconds, 0, 'f', 1);
    }
    print(u"    steps (wall, processor time of all threads): "_s + parts.join(u", "_s)
        + u"; processor time in all %1 s on %2 threads"_s.arg(cpuTotal, 0, 'f', 1).arg(QThread::idealThreadCount()));
    return 0;
}

void largeClubFiles(const QString &workDir, int rows)
{
    // Each person is in Connect with probability overlap + (1 − overlap) / 2, then duplicates.
    const double perPerson = (clubOverlap + (1 - clubOverlap) / 2) * (1 + clubDuplicates);
    demo::ClubFileOptions options;
    options.people = int(std::lround(double(rows) / perPerson));
    options.overlap = clubOverlap;
    options.inFileDuplicates = clubDuplicates;
    options.seed = clubSeed;
    const QString base
        = QDir(workDir).filePath(u"bench-clubfiles-%1-seed%2-gen%3"_s.arg(options.people).arg(options.seed).arg(generatorKey()));
    const QString connectPath = base + u"-connect.csv"_s;
    const QString viatisPath = base + u"-viatis.csv"_s;
    const QString truthPath = base + u"-truth.txt"_s;
    if (QFileInfo::exists(connectPath) && QFileInfo::exists(viatisPath) && QFileInfo::exists(truthPath)) {
        print(u"Large: reusing %1-*.csv (delete them to regenerate)"_s.arg(QDir::toNativeSeparators(base)));
    } else {
        QElapsedTimer timer;
        timer.start();
        const demo::ClubFiles files = demo::generateClubFiles(options);
        const double generation = double(timer.nsecsElapsed()) / 1e9;
        const QByteArray connectBytes = demo::toConnectCsv(files.connect);
        const QByteArray viatisBytes = demo::toViatisCsv(files.viatis);
        const double total = double(timer.nsecsElapsed()) / 1e9;
        // Written under other names and renamed when complete: an interrupted run leaves no half file.
        const QString partial = u".partial"_s;
        for (const QString &path : {connectPath, viatisPath, truthPath})
            QFile::remove(path + partial);
        if (!writeBytes(connectPath + partial, connectBytes) || !writeBytes(viatisPath + partial, viatisBytes)
            || !writeBytes(truthPath + partial, truthText(files)) || !QFile::rename(connectPath + partial, connectPath)
            || !QFile::rename(viatisPath + partial, viatisPath) || !QFile::rename(truthPath + partial, truthPath)) {
            print(u"error: cannot write the large club files in %1"_s.arg(QDir::toNativeSeparators(workDir)));
            return;
        }
        print(u"Large: generated %1 persons → Connect %2 rows (%3 MB), Viatis %4 rows (%5 MB) in %6 s (%7 s to CSV bytes), "
              "written to %8-*"_s.arg(options.people)
                  .arg(files.connect.rows.size())
                  .arg(double(connectBytes.size()) / 1e6, 0, 'f', 1)
                  .arg(files.viatis.rows.size())
                  .arg(double(viatisBytes.size()) / 1e6, 0, 'f', 1)
                  .arg(generation, 0, 'f', 2)
                  .arg(total, 0, 'f', 2)
                  .arg(QDir::toNativeSeparators(base)));
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"--large-child"_s, connectPath, viatisPath, truthPath});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        print(u"error: the large link did not complete (exit code %1)"_s.arg(child.exitCode()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"work"_s, u"work folder for the generated club files (reused between runs)"_s, u"dir"_s, QStringLiteral(ADHERA_BENCH_WORK_DIR)});
    parser.addOption({u"febrl"_s, u"folder of the Febrl datasets"_s, u"dir"_s, QStringLiteral(ADHERA_FEBRL_DIR)});
    parser.addOption({u"large-rows"_s, u"rows of each large club file (0 skips the large task)"_s, u"rows"_s, u"100000"_s});
    QCommandLineOption childOption(u"large-child"_s, u"link the files given as arguments (the child process of the large task)"_s);
    childOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(childOption);
    parser.process(app);

    if (parser.isSet(childOption)) {
        const QStringList files = parser.positionalArguments();
        if (files.size() != 3) {
            print(u"error: --large-child CONNECT VIATIS TRUTH"_s);
            return 1;
        }
        return largeChild(files[0], files[1], files[2]);
    }

    const QString febrl = parser.value(u"febrl"_s);
    if (!QFile::exists(febrl + u"/dataset4a.csv"_s)) {
        print(u"Febrl datasets not found in %1 (../shared is absent): Febrl tasks skipped"_s.arg(QDir::cleanPath(febrl)));
    } else {
        print(u"Febrl datasets from %1"_s.arg(QDir::cleanPath(febrl)));
        febrlLinkage(febrl, false, 0.999);
        febrlLinkage(febrl, true, 0.997);
        febrlDedupe(febrl, false, 0.995);
        febrlDedupe(febrl, true, 0.985);
    }

    const QString workDir = parser.value(u"work"_s);
    if (!QDir().mkpath(workDir)) {
        print(u"error: cannot create %1: club file tasks skipped"_s.arg(QDir::toNativeSeparators(workDir)));
        return 0;
    }
    frenchClubFiles(workDir);
    const int largeRows = parser.value(u"large-rows"_s).toInt();
    if (largeRows > 0)
        largeClubFiles(workDir, largeRows);
    return 0;
}
