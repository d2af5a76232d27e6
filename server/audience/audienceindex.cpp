#include "audience/audienceindex.h"

#include <QHash>
#include <QSet>

#include <roaring/roaring.hh>

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace gd::server {
namespace {

using Kind = AudienceExpression::Kind;

constexpr quint32 kNone = std::numeric_limits<quint32>::max();
constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();
constexpr int kRegionLevels = 4; // district, street, community, grid

struct TagEntry {
    quint32 tag = 0;
    qint32 day = kNoDay; // Julian day the tag was acquired
};

// What the index keeps of a row, to take it out of its bitmaps when it changes.
struct RowAttributes {
    qint32 birthDay = kNoDay; // Julian day
    qint32 level = 0;
    quint32 gender = kNone;
    quint32 regions[kRegionLevels] = {kNone, kNone, kNone, kNone};
    bool live = false;
};

// The kinds of bitmap a row is in; with a key each (a dictionary number, a level, a year, year * 12 + month
// - 1, a Julian day, or tag << 32 | Julian day acquired).
enum class Bucket { All, Gender, Level, BirthYear, BirthMonth, BirthDay, Region, Tag, TagDay, Count };

// Rows collected per bitmap while an index is built, for one addMany() each: adding rows to thousands of
// small bitmaps one at a time reallocated their containers over and over (3 µs a citizen).
class BulkRows {
public:
    void add(Bucket bucket, quint64 key, quint32 row)
    {
        auto &dense = m_dense[size_t(bucket)];
        if (isDense(bucket) && key < kDenseKeys) {
            if (dense.size() <= key)
                dense.resize(size_t(key) + 1);
            dense[size_t(key)].push_back(row);
        } else {
            m_sparse[size_t(bucket)][key].push_back(row);
        }
    }

    // Calls f(bucket, key, rows) for every bitmap with rows.
    template <typename F> void forEach(F &&f) const
    {
        for (size_t b = 0; b < size_t(Bucket::Count); ++b) {
            for (size_t key = 0; key < m_dense[b].size(); ++key) {
                if (!m_dense[b][key].empty())
                    f(Bucket(b), quint64(key), m_dense[b][key]);
            }
            for (const auto &[key, rows] : m_sparse[b])
                f(Bucket(b), key, rows);
        }
    }

private:
    static constexpr quint64 kDenseKeys = 1 << 20;
    // Small keys: dictionary numbers, levels, years, months. Julian days go to the hash maps.
    static bool isDense(Bucket b) { return b != Bucket::BirthDay && b != Bucket::TagDay; }

    std::vector<std::vector<quint32>> m_dense[size_t(Bucket::Count)];
    std::unordered_map<quint64, std::vector<quint32>> m_sparse[size_t(Bucket::Count)];
};

// Strings to dense numbers.
class Dictionary {
public:
    quint32 intern(const QString &name)
    {
        const quint32 known = m_index.value(name, kNone);
        if (known != kNone)
            return known;
        const auto n = quint32(m_index.size());
        m_index.insert(name, n);
        return n;
    }
    std::optional<quint32> find(const QString &name) const
    {
        const quint32 known = m_index.value(name, kNone);
        return known == kNone ? std::nullopt : std::optional<quint32>(known);
    }
    qsizetype size() const { return m_index.size(); }

private:
    QHash<QString, quint32> m_index;
};

qint32 julianDay(QDate date)
{
    return date.isValid() ? qint32(date.toJulianDay()) : kNoDay;
}

qint32 monthKey(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}

// A UUID as two integers, ordered like its text: the 16 bytes of a row's id.
struct UuidKey {
    quint64 hi = 0;
    quint64 lo = 0;

    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 sees the 0 of the synthesized comparison
    auto operator<=>(const UuidKey &) const = default;
};

constexpr int kUuidLength = 36;

bool isDash(int i)
{
    return i == 8 || i == 13 || i == 18 || i == 23;
}

// The key when the id is a UUID written in lower case without braces (as the server makes them), so that
// the id can be given back from the key alone; nullopt for any other id.
std::optional<UuidKey> canonicalUuid(const QString &id)
{
    if (id.size() != kUuidLength)
        return std::nullopt;
    UuidKey key;
    int digits = 0;
    for (int i = 0; i < kUuidLength; ++i) {
        const char16_t c = id.at(i).unicode();
        if (isDash(i)) {
            if (c != u'-')
                return std::nullopt;
            continue;
        }
        quint64 nibble = 0;
        if (c >= u'0' && c <= u'9')
            nibble = quint64(c) - u'0';
        else if (c >= u'a' && c <= u'f')
            nibble = quint64(c) - u'a' + 10;
        else
            return std::nullopt;
        quint64 &half = digits < 16 ? key.hi : key.lo;
        half = (half << 4) | nibble;
        ++digits;
    }
    return key;
}

QString uuidText(const UuidKey &key)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString out(kUuidLength, Qt::Uninitialized);
    QChar *text = out.data();
    int digit = 0;
    for (int i = 0; i < kUuidLength; ++i) {
        if (isDash(i)) {
            text[i] = QLatin1Char('-');
            continue;
        }
        const quint64 half = digit < 16 ? key.hi : key.lo;
        text[i] = QChar(kHex[(half >> (4 * (15 - digit % 16))) & 0xf]);
        ++digit;
    }
    return out;
}

Roaring unionOf(std::vector<const Roaring *> &parts)
{
    if (parts.empty())
        return Roaring();
    if (parts.size() == 1)
        return *parts.front();
    return Roaring::fastunion(parts.size(), parts.data());
}

template <typename Key> Roaring &bitmapAt(std::vector<Roaring> &bitmaps, Key index)
{
    if (bitmaps.size() <= size_t(index))
        bitmaps.resize(size_t(index) + 1);
    return bitmaps[size_t(index)];
}

} // namespace

struct AudienceIndex::Data {
    std::vector<UuidKey> uuids;    // ids of rows [0, uuids.size()), sorted
    std::vector<QString> extraIds; // ids of the rows after those
    QHash<QString, quint32> extraRows;
    std::vector<RowAttributes> rows;
    std::vector<quint32> tagOffsets{
        0}; // tags of the rows built in one go: tagEntries[offsets[r], offsets[r+1])
    std::vector<TagEntry> tagEntries;
    std::unordered_map<quint32, std::vector<TagEntry>> tagOverrides; // rows changed or added since
    Dictionary tags;
    Dictionary regions;
    Dictionary genders;
    Roaring all;
    std::vector<Roaring> byTag;
    std::vector<std::map<qint32, Roaring>> byTagDay; // by tag, then Julian day acquired
    std::vector<Roaring> byRegion;
    std::vector<Roaring> byGender;
    std::map<qint32, Roaring> byLevel;
    std::unordered_map<qint32, Roaring> byBirthYear;
    std::unordered_map<qint32, Roaring> byBirthMonth; // year * 12 + month - 1
    std::unordered_map<qint32, Roaring> byBirthDay;   // Julian day
    QHash<QString, Roaring> members;

    std::optional<quint32> rowOf(const QString &id) const
    {
        if (const auto uuid = canonicalUuid(id)) {
            const auto it = std::lower_bound(uuids.begin(), uuids.end(), *uuid);
            if (it != uuids.end() && *it == *uuid)
                return quint32(it - uuids.begin());
        }
        const quint32 extra = extraRows.value(id, kNone);
        return extra == kNone ? std::nullopt : std::optional<quint32>(extra);
    }

    QString idOf(quint32 row) const
    {
        if (row < uuids.size())
            return uuidText(uuids[row]);
        return extraIds[row - uuids.size()];
    }

    quint32 addRow(const QString &id)
    {
        const auto row = quint32(rows.size());
        rows.emplace_back();
        extraIds.push_back(id);
        extraRows.insert(id, row);
        return row;
    }

    std::span<const TagEntry> tagsOf(quint32 row) const
    {
        const auto over = tagOverrides.find(row);
        if (over != tagOverrides.end())
            return over->second;
        if (size_t(row) + 1 < tagOffsets.size())
            return {tagEntries.data() + tagOffsets[row], tagEntries.data() + tagOffsets[row + 1]};
        return {};
    }

    // The citizen's attributes and tags in the dictionaries' numbers.
    RowAttributes attributesOf(const AudienceCitizen &c, std::vector<TagEntry> &out)
    {
        RowAttributes a;
        a.birthDay = julianDay(c.birthDate);
        a.level = c.realnameLevel;
        if (!c.gender.isEmpty())
            a.gender = genders.intern(c.gender);
        const QString *regionIds[kRegionLevels] = {&c.districtCode, &c.streetId, &c.communityId, &c.gridId};
        for (int i = 0; i < kRegionLevels; ++i) {
            if (!regionIds[i]->isEmpty())
                a.regions[i] = regions.intern(*regionIds[i]);
        }
        a.live = true;
        for (const AudienceCitizen::Tag &t : c.tags) {
            const quint32 tag = tags.intern(t.tagId);
            // One assignment per tag (citizen_tags' primary key); a repeated one counts once.
            if (std::none_of(out.begin(), out.end(), [tag](const TagEntry &e) { return e.tag == tag; }))
                out.push_back({tag, julianDay(t.since)});
        }
        return a;
    }

    // Calls f(bucket, key) for every bitmap the row's attributes and tags put it in.
    template <typename F> void bucketsOf(quint32 row, F &&f) const
    {
        const RowAttributes &a = rows[row];
        f(Bucket::All, 0);
        if (a.gender != kNone)
            f(Bucket::Gender, a.gender);
        f(Bucket::Level, quint64(qint64(a.level)));
        if (a.birthDay != kNoDay) {
            int year = 0, month = 0, day = 0;
            QDate::fromJulianDay(a.birthDay).getDate(&year, &month, &day);
            f(Bucket::BirthYear, quint64(year));
            f(Bucket::BirthMonth, quint64(year * 12 + month - 1));
            f(Bucket::BirthDay, quint64(a.birthDay));
        }
        for (quint32 region : a.regions) {
            if (region != kNone)
                f(Bucket::Region, region);
        }
        for (const TagEntry &t : tagsOf(row)) {
            f(Bucket::Tag, t.tag);
            if (t.day != kNoDay)
                f(Bucket::TagDay, (quint64(t.tag) << 32) | quint32(t.day));
        }
    }

    Roaring &bitmap(Bucket bucket, quint64 key)
    {
        switch (bucket) {
        case Bucket::All:
        case Bucket::Count:
            break;
        case Bucket::Gender:
            return bitmapAt(byGender, key);
        case Bucket::Level:
            return byLevel[qint32(qint64(key))];
        case Bucket::BirthYear:
            return byBirthYear[qint32(key)];
        case Bucket::BirthMonth:
            return byBirthMonth[qint32(key)];
        case Bucket::BirthDay:
            return byBirthDay[qint32(key)];
        case Bucket::Region:
            return bitmapAt(byRegion, key);
        case Bucket::Tag:
            return bitmapAt(byTag, key);
        case Bucket::TagDay: {
            const auto tag = size_t(key >> 32);
            if (byTagDay.size() <= tag)
                byTagDay.resize(tag + 1);
            return byTagDay[tag][qint32(quint32(key))];
        }
        }
        return all;
    }

    // Adds (or, with add false, removes) the row in every bitmap its attributes and tags put it in.
    void mark(quint32 row, bool add)
    {
        bucketsOf(row, [this, row, add](Bucket bucket, quint64 key) {
            Roaring &b = bitmap(bucket, key);
            if (add)
                b.add(row);
            else
                b.remove(row);
        });
    }

    // Calls f on every bitmap of `self` (a Data, const or not).
    template <typename Self, typename F> static void forEachBitmap(Self &self, F &&f)
    {
        f(self.all);
        for (auto &b : self.byTag)
            f(b);
        for (auto &days : self.byTagDay) {
            for (auto &entry : days)
                f(entry.second);
        }
        for (auto &b : self.byRegion)
            f(b);
        for (auto &b : self.byGender)
            f(b);
        for (auto &entry : self.byLevel)
            f(entry.second);
        for (auto *map : {&self.byBirthYear, &self.byBirthMonth, &self.byBirthDay}) {
            for (auto &entry : *map)
                f(entry.second);
        }
        for (auto &b : self.members)
            f(b);
    }
};

namespace {

using Data = AudienceIndex::Data;

// Evaluates one expression over the index (under its shared lock).
class Evaluator {
public:
    Evaluator(const Data &data, QDate today)
        : m_data(data)
        , m_today(today)
    {
    }

    Roaring evaluate(const AudienceExpression &e) const
    {
        switch (e.kind) {
        case Kind::And:
            return intersection(e.args);
        case Kind::Or: {
            std::vector<Roaring> parts;
            parts.reserve(size_t(e.args.size()));
            for (const AudienceExpression &a : e.args)
                parts.push_back(evaluate(a));
            std::vector<const Roaring *> pointers;
            pointers.reserve(parts.size());
            for (const Roaring &p : parts)
                pointers.push_back(&p);
            return unionOf(pointers);
        }
        case Kind::Not:
            return e.args.isEmpty() ? m_data.all : m_data.all - evaluate(e.args.first());
        case Kind::Tag:
            return lookup(m_data.tags, m_data.byTag, e.value);
        case Kind::Gender:
            return lookup(m_data.genders, m_data.byGender, e.value);
        case Kind::Region:
            return lookup(m_data.regions, m_data.byRegion, e.value);
        case Kind::RealnameLevel: {
            std::vector<const Roaring *> parts;
            for (auto it = m_data.byLevel.lower_bound(e.min);
                 it != m_data.byLevel.end() && it->first <= e.max; ++it)
                parts.push_back(&it->second);
            return unionOf(parts);
        }
        case Kind::Age:
            return births(e.min, e.max);
        case Kind::LifeEvent:
            return lifeEvent(e.value, e.min, e.max);
        }
        return Roaring();
    }

    // The rows of a scope; nullopt for everything.
    std::optional<Roaring> scope(const AudienceScope &s) const
    {
        switch (s.kind) {
        case AudienceScope::Kind::Everything:
            return std::nullopt;
        case AudienceScope::Kind::Regions: {
            std::vector<const Roaring *> parts;
            for (const QString &id : s.keys) {
                const auto region = m_data.regions.find(id);
                if (region && *region < m_data.byRegion.size())
                    parts.push_back(&m_data.byRegion[*region]);
            }
            return unionOf(parts);
        }
        case AudienceScope::Kind::Members: {
            return m_data.members.value(s.keys.value(0));
        }
        case AudienceScope::Kind::Nothing:
            break;
        }
        return Roaring();
    }

private:
    const Data &m_data;
    QDate m_today;

    static Roaring lookup(const Dictionary &dictionary, const std::vector<Roaring> &bitmaps,
                          const QString &key)
    {
        const auto n = dictionary.find(key);
        return n && *n < bitmaps.size() ? bitmaps[*n] : Roaring();
    }

    // The operands intersected; those under a not are subtracted rather than complemented.
    Roaring intersection(const QList<AudienceExpression> &args) const
    {
        std::optional<Roaring> acc;
        for (const AudienceExpression &a : args) {
            if (a.kind == Kind::Not)
                continue;
            Roaring r = evaluate(a);
            if (!acc)
                acc = std::move(r);
            else
                *acc &= r;
            if (acc->isEmpty())
                return *acc;
        }
        if (!acc)
            acc = m_data.all;
        for (const AudienceExpression &a : args) {
            if (a.kind != Kind::Not || a.args.isEmpty())
                continue;
            *acc -= evaluate(a.args.first());
            if (acc->isEmpty())
                break;
        }
        return *acc;
    }

    // Everyone born from `first` to `last`: whole years, whole months, then days.
    Roaring births(int minAge, int maxAge) const
    {
        const auto range = birthDatesForAges(minAge, maxAge, m_today);
        if (!range)
            return Roaring();
        const auto [first, last] = *range;
        std::vector<const Roaring *> parts;
        const auto take = [&parts](const std::unordered_map<qint32, Roaring> &map, qint32 key) {
            const auto it = map.find(key);
            if (it != map.end())
                parts.push_back(&it->second);
        };
        QDate d = first;
        while (d <= last) {
            if (d.month() == 1 && d.day() == 1 && QDate(d.year(), 12, 31) <= last) {
                take(m_data.byBirthYear, d.year());
                d = d.addYears(1);
            } else if (d.day() == 1 && QDate(d.year(), d.month(), d.daysInMonth()) <= last) {
                take(m_data.byBirthMonth, monthKey(d));
                d = d.addMonths(1);
            } else {
                take(m_data.byBirthDay, julianDay(d));
                d = d.addDays(1);
            }
        }
        return unionOf(parts);
    }

    Roaring lifeEvent(const QString &tagId, int fromDays, int toDays) const
    {
        const auto tag = m_data.tags.find(tagId);
        if (!tag || *tag >= m_data.byTagDay.size())
            return Roaring();
        const auto &days = m_data.byTagDay[*tag];
        const qint32 first = julianDay(m_today.addDays(-toDays));
        const qint32 last = julianDay(m_today.addDays(-fromDays));
        std::vector<const Roaring *> parts;
        for (auto it = days.lower_bound(first); it != days.end() && it->first <= last; ++it)
            parts.push_back(&it->second);
        return unionOf(parts);
    }
};

} // namespace

// ---- Builder ------------------------------------------------------------------------------------

struct AudienceIndex::Builder::Pending {
    struct Citizen {
        UuidKey uuid;
        quint32 extra = kNone; // index into extraIds when the id is not a canonical UUID
        RowAttributes attributes;
        quint32 tagBegin = 0;
        quint32 tagEnd = 0;
    };
    // A tag given by addTag(): its citizen's key, or the index of its id in looseIds.
    struct LooseTag {
        UuidKey uuid;
        quint32 extra = kNone;
        TagEntry entry;
    };
    std::vector<Citizen> citizens;
    std::vector<TagEntry> tags;
    QStringList extraIds;
    std::vector<LooseTag> looseTags;
    QStringList looseIds;
    std::vector<std::pair<QString, QString>> members; // set, citizen id
};

AudienceIndex::Builder::Builder()
    : m_data(std::make_unique<Data>())
    , m_pending(std::make_unique<Pending>())
{
}

AudienceIndex::Builder::~Builder() = default;

void AudienceIndex::Builder::add(const AudienceCitizen &citizen)
{
    Pending::Citizen c;
    std::vector<TagEntry> tags;
    c.attributes = m_data->attributesOf(citizen, tags);
    if (const auto uuid = canonicalUuid(citizen.id)) {
        c.uuid = *uuid;
    } else {
        c.extra = quint32(m_pending->extraIds.size());
        m_pending->extraIds.append(citizen.id);
    }
    c.tagBegin = quint32(m_pending->tags.size());
    m_pending->tags.insert(m_pending->tags.end(), tags.begin(), tags.end());
    c.tagEnd = quint32(m_pending->tags.size());
    m_pending->citizens.push_back(c);
}

void AudienceIndex::Builder::addTag(const QString &citizenId, const QString &tagId, QDate since)
{
    Pending::LooseTag t;
    t.entry = {m_data->tags.intern(tagId), julianDay(since)};
    if (const auto uuid = canonicalUuid(citizenId)) {
        t.uuid = *uuid;
    } else {
        t.extra = quint32(m_pending->looseIds.size());
        m_pending->looseIds.append(citizenId);
    }
    m_pending->looseTags.push_back(t);
}

void AudienceIndex::Builder::addMember(const QString &set, const QString &citizenId)
{
    m_pending->members.emplace_back(set, citizenId);
}

qint64 AudienceIndex::Builder::citizens() const
{
    return qint64(m_pending->citizens.size());
}

std::unique_ptr<AudienceIndex::Data> AudienceIndex::Builder::build()
{
    Pending &p = *m_pending;
    Data &d = *m_data;
    // Canonical UUIDs first, in UUID order; then the other ids in the order they came.
    std::vector<quint32> order(p.citizens.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&p](quint32 a, quint32 b) {
        const auto &x = p.citizens[a];
        const auto &y = p.citizens[b];
        if ((x.extra == kNone) != (y.extra == kNone))
            return x.extra == kNone;
        return x.extra == kNone && x.uuid < y.uuid;
    });
    // Rows, and which pending citizen each is.
    std::vector<quint32> pendingOf;
    pendingOf.reserve(order.size());
    d.rows.reserve(order.size());
    d.uuids.reserve(order.size());
    for (quint32 i : order) {
        const Pending::Citizen &c = p.citizens[i];
        if (c.extra == kNone) {
            if (!d.uuids.empty() && d.uuids.back() == c.uuid)
                continue; // a repeated id: the first one stays
            d.uuids.push_back(c.uuid);
        } else {
            const QString &id = p.extraIds[c.extra];
            if (d.extraRows.contains(id))
                continue;
            d.extraRows.insert(id, quint32(d.rows.size()));
            d.extraIds.push_back(id);
        }
        d.rows.push_back(c.attributes);
        pendingOf.push_back(i);
    }
    // The loose tags by row.
    std::vector<std::pair<quint32, TagEntry>> loose;
    loose.reserve(p.looseTags.size());
    for (const Pending::LooseTag &t : p.looseTags) {
        quint32 row = kNone;
        if (t.extra == kNone) {
            const auto it = std::lower_bound(d.uuids.begin(), d.uuids.end(), t.uuid);
            if (it != d.uuids.end() && *it == t.uuid)
                row = quint32(it - d.uuids.begin());
        } else {
            row = d.extraRows.value(p.looseIds[t.extra], kNone);
        }
        if (row != kNone)
            loose.emplace_back(row, t.entry);
    }
    std::stable_sort(loose.begin(), loose.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    // Each row's tags (the citizen's own, then the loose ones; each tag once) and its bitmaps.
    BulkRows bulk;
    d.tagOffsets.reserve(d.rows.size() + 1);
    d.tagEntries.reserve(p.tags.size() + loose.size());
    auto next = loose.cbegin();
    for (quint32 row = 0; row < d.rows.size(); ++row) {
        const Pending::Citizen &c = p.citizens[pendingOf[row]];
        const size_t first = d.tagEntries.size();
        d.tagEntries.insert(d.tagEntries.end(), p.tags.begin() + c.tagBegin, p.tags.begin() + c.tagEnd);
        for (; next != loose.cend() && next->first == row; ++next) {
            const quint32 tag = next->second.tag;
            if (std::none_of(d.tagEntries.begin() + qsizetype(first), d.tagEntries.end(),
                             [tag](const TagEntry &e) { return e.tag == tag; }))
                d.tagEntries.push_back(next->second);
        }
        d.tagOffsets.push_back(quint32(d.tagEntries.size()));
        d.bucketsOf(row, [&bulk, row](Bucket bucket, quint64 key) { bulk.add(bucket, key, row); });
    }
    bulk.forEach([&d](Bucket bucket, quint64 key, const std::vector<quint32> &rows) {
        d.bitmap(bucket, key).addMany(rows.size(), rows.data());
    });
    QHash<QString, std::vector<quint32>> members;
    for (const auto &[set, id] : p.members) {
        if (const auto row = d.rowOf(id))
            members[set].push_back(*row);
    }
    for (auto it = members.begin(); it != members.end(); ++it) {
        std::sort(it->begin(), it->end());
        d.members[it.key()].addMany(it->size(), it->data());
    }
    Data::forEachBitmap(d, [](Roaring &b) {
        b.runOptimize();
        b.shrinkToFit();
    });
    m_pending = std::make_unique<Pending>();
    return std::exchange(m_data, std::make_unique<Data>());
}

// ---- AudienceIndex ------------------------------------------------------------------------------

AudienceIndex::AudienceIndex()
    : m_data(std::make_unique<Data>())
{
}

AudienceIndex::~AudienceIndex() = default;

void AudienceIndex::replace(Builder &builder)
{
    std::unique_ptr<Data> fresh = builder.build();
    {
        QWriteLocker lock(&m_lock);
        m_data.swap(fresh);
    }
    // The old data goes with `fresh`, after the lock.
}

void AudienceIndex::upsert(const AudienceCitizen &citizen)
{
    QWriteLocker lock(&m_lock);
    Data &d = *m_data;
    const auto existing = d.rowOf(citizen.id);
    const quint32 row = existing ? *existing : d.addRow(citizen.id);
    if (d.rows[row].live)
        d.mark(row, false);
    std::vector<TagEntry> tags;
    d.rows[row] = d.attributesOf(citizen, tags);
    d.tagOverrides[row] = std::move(tags);
    d.mark(row, true);
}

void AudienceIndex::remove(const QString &citizenId)
{
    QWriteLocker lock(&m_lock);
    Data &d = *m_data;
    const auto row = d.rowOf(citizenId);
    if (!row || !d.rows[*row].live)
        return;
    d.mark(*row, false);
    d.rows[*row].live = false;
    d.tagOverrides[*row].clear();
    for (Roaring &set : d.members)
        set.remove(*row);
}

void AudienceIndex::addMembers(const QString &set, const QStringList &citizenIds)
{
    QWriteLocker lock(&m_lock);
    Data &d = *m_data;
    Roaring &members = d.members[set];
    for (const QString &id : citizenIds) {
        const auto row = d.rowOf(id);
        if (row && d.rows[*row].live)
            members.add(*row);
    }
}

AudienceMatch AudienceIndex::evaluate(const AudienceExpression &expression, QDate today,
                                      const AudienceScope &scope, int sample) const
{
    QReadLocker lock(&m_lock);
    const Data &d = *m_data;
    const Evaluator evaluator(d, today);
    if (scope.kind == AudienceScope::Kind::Nothing)
        return {};
    Roaring matches = evaluator.evaluate(expression);
    if (const auto limit = evaluator.scope(scope))
        matches &= *limit;
    AudienceMatch out;
    out.count = matches.cardinality();
    const quint64 k = std::min<quint64>(quint64(std::max(sample, 0)), out.count);
    for (quint64 i = 0; i < k; ++i) {
        uint32_t row = 0;
        if (matches.select(uint32_t(i * out.count / k), &row))
            out.sample.append(d.idOf(row));
    }
    return out;
}

AudienceIndexStats AudienceIndex::stats() const
{
    QReadLocker lock(&m_lock);
    const Data &d = *m_data;
    AudienceIndexStats s;
    s.citizens = qint64(d.all.cardinality());
    s.rows = qint64(d.rows.size());
    for (quint32 row = 0; row < d.rows.size(); ++row) {
        if (d.rows[row].live)
            s.tagAssignments += qint64(d.tagsOf(row).size());
    }
    Data::forEachBitmap(d, [&s](const Roaring &b) {
        ++s.bitmaps;
        s.bitmapBytes += qint64(b.getSizeInBytes());
    });
    const size_t rowBytes = d.uuids.capacity() * sizeof(UuidKey) + d.rows.capacity() * sizeof(RowAttributes) +
                            d.tagOffsets.capacity() * sizeof(quint32) +
                            d.tagEntries.capacity() * sizeof(TagEntry);
    s.rowBytes = qint64(rowBytes);
    for (const auto &[row, tags] : d.tagOverrides)
        s.rowBytes += qint64(tags.capacity() * sizeof(TagEntry));
    return s;
}

} // namespace gd::server
