// SPDX-License-Identifier: GPL-3.0-or-later
#include "blocking.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adhera::merge {

namespace {

struct Block {
    std::vector<std::uint32_t> left;
    std::vector<std::uint32_t> right;
};

QChar initialOf(const PreparedName &name)
{
    if (!name.name.givenInitials.isEmpty())
        return name.name.givenInitials.front();
    return name.givenJoined.isEmpty() ? QChar() : name.givenJoined.front();
}

void addIfFull(std::vector<QString> &keys, const QString &prefix, const QString &a, const QString &b = u"-"_s)
{
    if (!a.isEmpty() && !b.isEmpty())
        keys.push_back(prefix + a + u'|' + b);
}

void personKeys(const PreparedRecord &record, std::vector<QString> &keys)
{
    const PreparedName &name = record.name;
    const QChar initial = initialOf(name);
    const QString initialText = initial.isNull() ? QString() : QString(initial);
    addIfFull(keys, u"s:"_s, name.surnamePhonetic, initialText);
    addIfFull(keys, u"g:"_s, name.givenPhonetic, record.postcode);
    addIfFull(keys, u"p:"_s, name.surnamePhonetic, record.postcode);
    if (!name.givenPhonetic.isEmpty() && !name.surnamePhonetic.isEmpty()) {
        const auto [low, high] = std::minmax(name.givenPhonetic, name.surnamePhonetic);
        keys.push_back(u"n:"_s + low + u'|' + high);
    }
    // A typo in the surname changes its sound but rarely its start and the given name.
    addIfFull(keys, u"t:"_s, name.surnameJoined.left(3), name.givenPhonetic);
    addIfFull(keys, u"b:"_s, record.birthDate);
    addIfFull(keys, u"i:"_s, record.nationalId);
    addIfFull(keys, u"e:"_s, record.email);
    for (const QString &phone : record.mobiles + record.landlines)
        addIfFull(keys, u"f:"_s, phone);
    addIfFull(keys, u"a:"_s, record.postcode, record.streetNumber);
    // A typo in the postcode (two digits swapped) is common: the town and the street hold too.
    addIfFull(keys, u"c:"_s, record.city, record.streetNumber);
    addIfFull(keys, u"q:"_s, name.surnamePhonetic, record.streetNumber);
    addIfFull(keys, u"w:"_s, name.surnamePhonetic, record.city);
    addIfFull(keys, u"v:"_s, QString(record.street).remove(u' ').left(8), record.city);
    addIfFull(keys, u"h:"_s, name.givenPhonetic, record.city);
    addIfFull(keys, u"j:"_s, name.givenPhonetic, record.streetNumber);
    // Typos anywhere in a word rarely reach its first letters.
    addIfFull(keys, u"y:"_s, name.surnameJoined.left(4), record.city.left(3));
    addIfFull(keys, u"u:"_s, record.streetNumber, QString(record.street).remove(u' ').left(6));
    addIfFull(keys, u"o:"_s, record.organisation.core, initialText);
}

void organisationKeys(const PreparedRecord &record, std::vector<QString> &keys)
{
    const OrganisationName &name = record.organisation;
    if (!name.tokens.isEmpty()) {
        addIfFull(keys, u"o:"_s, name.tokens.front());
        addIfFull(keys, u"op:"_s, frenchPhonetic(name.tokens.front()), record.postcode.left(2));
    }
    addIfFull(keys, u"c:"_s, name.core);
    addIfFull(keys, u"r:"_s, record.siren);
    addIfFull(keys, u"e:"_s, record.email);
    for (const QString &phone : record.mobiles + record.landlines)
        addIfFull(keys, u"f:"_s, phone);
    addIfFull(keys, u"a:"_s, record.postcode, record.streetNumber + record.street.left(6));
}

void sortUnique(std::vector<CandidatePair> &pairs)
{
    std::sort(pairs.begin(), pairs.end(),
        [](const CandidatePair &a, const CandidatePair &b) { return a.left != b.left ? a.left < b.left : a.right < b.right; });
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
}

QHash<QString, Block> blocksOf(const std::vector<PreparedRecord> &left, const std::vector<PreparedRecord> *right, Subject subject)
{
    QHash<QString, Block> blocks;
    blocks.reserve(qsizetype(left.size() * 8));
    auto add = [&](const std::vector<PreparedRecord> &records, bool isLeft) {
        for (std::uint32_t index = 0; index < records.size(); ++index) {
            for (const QString &key : blockingKeys(records[index], subject)) {
                Block &block = blocks[key];
                (isLeft ? block.left : block.right).push_back(index);
            }
        }
    };
    add(left, true);
    if (right)
        add(*right, false);
    return blocks;
}

} // namespace

std::vector<QString> blockingKeys(const PreparedRecord &record, Subject subject)
{
    std::vector<QString> keys;
    keys.reserve(12);
    if (subject == Subject::Person)
        personKeys(record, keys);
    else
        organisationKeys(record, keys);
    // A record with the same value twice (phone = mobile) must not pair twice with itself.
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

std::vector<CandidatePair> linkCandidates(
    const std::vector<PreparedRecord> &left, const std::vector<PreparedRecord> &right, const BlockingOptions &options)
{
    const QHash<QString, Block> blocks = blocksOf(left, &right, options.subject);
    std::vector<CandidatePair> pairs;
    for (const Block &block : blocks) {
        const std::size_t size = block.left.size() * block.right.size();
        if (size == 0 || size > options.maxPairsPerKey)
            continue;
        for (std::uint32_t l : block.left)
            for (std::uint32_t r : block.right)
                pairs.push_back({l, r});
    }
    sortUnique(pairs);
    return pairs;
}

std::vector<CandidatePair> dedupeCandidates(const std::vector<PreparedRecord> &records, const BlockingOptions &options)
{
    const QHash<QString, Block> blocks = blocksOf(records, nullptr, options.subject);
    std::vector<CandidatePair> pairs;
    for (const Block &block : blocks) {
        const std::size_t n = block.left.size();
        if (n < 2 || n * (n - 1) / 2 > options.maxPairsPerKey)
            continue;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j)
                pairs.push_back({std::min(block.left[i], block.left[j]), std::max(block.left[i], block.left[j])});
    }
    sortUnique(pairs);
    return pairs;
}

} // namespace adhera::merge
