// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Club files with a known truth, for measuring the merge wizard's matcher: the same invented
// population exported by the two founding clubs' tools, as the merge will receive them.
// - Connect: an Excel export, ";" between fields, Windows-1252, French headers, dd/MM/yyyy;
// - Viatis: another tool, "," between fields, UTF-8 with a byte-order mark, English headers,
//   ISO dates.
// Each row carries the number of the person it describes (not written in the files), so that a
// benchmark knows the true pairs across the files and inside each file.
//
// The rows show what real exports do to one person: capitals, dropped accents, one-letter
// typos, compound first names abbreviated ("J-P"), birth and married names, a new employer,
// another e-mail, phone and street spellings, company legal forms, missing fields. And the
// traps a matcher must not fall into: homonyms at other companies, colleagues sharing a surname,
// shared mailboxes (contact@…), and every employee of a company at its one address.
//
// Everything is invented: phones in the ARCEP fiction blocks 03 53 01 and 06 39 98 (only 10,000
// numbers each, so very large populations reuse numbers), e-mails under example.org and
// example.com. The output depends only on the options (QRandomGenerator::bounded()).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace adhera::demo {

struct ClubFileOptions {
    int people = 2000; // persons in the union of the two files
    double overlap = 0.35; // share of the persons present in both files
    double inFileDuplicates = 0.02; // share of each file's rows that repeat a person of that file
    quint32 seed = 2016;
};

struct GeneratedTable {
    QStringList headers;
    QList<QStringList> rows;
    std::vector<int> entities; // person number of each row (the truth; not written)
};

// What the generator knows of each person, for naming the trap pairs.
struct GeneratedPerson {
    QString firstName; // as born: "Jean-Pierre"
    QString birthName; // "Martin"
    QString usedName; // married name when used, else the birth name
    int company = -1; // index of the current employer
    int previousCompany = -1; // the employer one file still shows, or -1
    bool inConnect = false;
    bool inViatis = false;
};

struct ClubFiles {
    GeneratedTable connect;
    GeneratedTable viatis;
    std::vector<GeneratedPerson> people; // indexed by person number
    QStringList companies; // canonical names, indexed like GeneratedPerson::company
    QStringList sharedMailboxes; // the generic addresses written for several persons
};

ClubFiles generateClubFiles(const ClubFileOptions &options);

// Windows-1252 bytes, ";" between fields, CRLF, RFC 4180 quoting. Characters the code page
// lacks become "?", as Excel writes them.
QByteArray toConnectCsv(const GeneratedTable &table);
// UTF-8 with a byte-order mark, "," between fields, LF, RFC 4180 quoting.
QByteArray toViatisCsv(const GeneratedTable &table);

// Pairs of different persons (lower number first) that a matcher should keep apart:
// - homonyms: the same first and birth names, at different companies;
// - colleagues: the same company and used surname, different first names.
std::vector<std::pair<int, int>> homonymPairs(const ClubFiles &files);
std::vector<std::pair<int, int>> colleaguePairs(const ClubFiles &files);

} // namespace adhera::demo
