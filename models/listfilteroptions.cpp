#include "models/listfilteroptions.h"

#include "core/logging.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "store/store.h"

#include <QCollator>

#include <algorithm>

namespace gd {

namespace {

constexpr int kReloadDelayMs = 1000;
constexpr int kListLimit = 1000; // the store's largest page

struct Options {
    QList<FilterChoice> districts;
    QList<FilterChoice> tags;
    QList<FilterChoice> industries;
};

// Every row of a region/tag list, page by page (a city has a few thousand grids at most).
template <typename T> Result<QList<T>> readAll(const store::Repository<T> &repository, store::ListQuery query)
{
    QList<T> all;
    query.limit = kListLimit;
    for (query.offset = 0;; query.offset += kListLimit) {
        auto page = repository.list(query);
        if (!page)
            return page.error();
        all.append(page->items);
        if (page->items.size() < kListLimit)
            return all;
    }
}

Result<Options> readOptions(store::Store &store, ListFilterOptions::Kind kind)
{
    Options options;
    store::ListQuery districts;
    districts.where(QStringLiteral("level"), QStringLiteral("district"));
    districts.sort = QStringLiteral("id");
    auto regions = readAll(store.regions(), districts);
    if (!regions)
        return regions.error();
    for (const Region &region : std::as_const(*regions))
        options.districts.append(
            {region.districtCode.isEmpty() ? region.id : region.districtCode, region.name});

    const bool citizens = kind == ListFilterOptions::Kind::Citizens;
    store::ListQuery tagQuery;
    tagQuery.where(QStringLiteral("applies_to"),
                   citizens ? QStringLiteral("citizen") : QStringLiteral("enterprise"));
    auto tags = readAll(store.tags(), tagQuery);
    if (!tags)
        return tags.error();
    // By tag class as the homepages group them, then by name in Chinese (pinyin) order.
    const QStringList classes = HomeText::tagClasses();
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    QList<Tag> sorted = *tags;
    std::sort(sorted.begin(), sorted.end(), [&](const Tag &a, const Tag &b) {
        const qsizetype ca = classes.indexOf(a.tagClass), cb = classes.indexOf(b.tagClass);
        if (ca != cb)
            return (ca < 0 ? classes.size() : ca) < (cb < 0 ? classes.size() : cb);
        return collator.compare(a.name, b.name) < 0;
    });
    for (const Tag &tag : std::as_const(sorted))
        options.tags.append({tag.id, tag.name});

    if (!citizens) {
        // Not a whitelisted list: the distinct values of one column, read once per reload.
        auto stmt = store.connection().prepare(
            "SELECT DISTINCT industry FROM enterprises WHERE industry IS NOT NULL AND industry <> '' "
            "ORDER BY industry");
        if (!stmt)
            return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QString industry = stmt->text(0);
            options.industries.append({industry, industry});
        }
    }
    return options;
}

Result<QList<FilterChoice>> readGrids(store::Store &store, const QString &districtCode)
{
    store::ListQuery query;
    query.where(QStringLiteral("district"), districtCode)
        .where(QStringLiteral("level"), QStringLiteral("community"));
    query.sort = QStringLiteral("id");
    auto communities = readAll(store.regions(), query);
    if (!communities)
        return communities.error();
    QHash<QString, QString> communityNames;
    for (const Region &community : std::as_const(*communities))
        communityNames.insert(community.id, community.name);

    query.filters.clear();
    query.where(QStringLiteral("district"), districtCode)
        .where(QStringLiteral("level"), QStringLiteral("grid"));
    auto grids = readAll(store.regions(), query);
    if (!grids)
        return grids.error();
    QList<FilterChoice> choices;
    choices.reserve(grids->size());
    for (const Region &grid : std::as_const(*grids)) {
        const QString community = grid.parentId ? communityNames.value(*grid.parentId) : QString();
        choices.append(
            {grid.id, community.isEmpty() ? grid.name : community + QStringLiteral(" · ") + grid.name});
    }
    return choices;
}

} // namespace

ListFilterOptions::ListFilterOptions(DataContext *context, Kind kind, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_kind(kind)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ListFilterOptions::reload);
    if (m_context) {
        connect(m_context, &DataContext::localDataChanged, this, &ListFilterOptions::reload);
        connect(m_context, &DataContext::dataChanged, this, &ListFilterOptions::onDataChanged);
    }
    reload();
}

QList<FilterChoice> ListFilterOptions::realnameLevels()
{
    QList<FilterChoice> levels;
    for (int level = 1; level <= 3; ++level)
        levels.append({QString::number(level), HomeText::realnameLevel(level)});
    return levels;
}

QList<FilterChoice> ListFilterOptions::stages()
{
    QList<FilterChoice> stages;
    for (const char *stage : {"new", "growing", "mature", "closing"}) {
        const QString value = QString::fromLatin1(stage);
        stages.append({value, HomeText::enterpriseStage(value)});
    }
    return stages;
}

void ListFilterOptions::onDataChanged(const ChangeSet &changes)
{
    const auto &changed = changes.changed;
    if (changed.contains(QStringLiteral("region")) || changed.contains(QStringLiteral("tag")) ||
        (m_kind == Kind::Enterprises && changed.contains(QStringLiteral("enterprise")))) {
        if (!m_reloadTimer.isActive())
            m_reloadTimer.start();
    }
}

void ListFilterOptions::reload()
{
    const quint64 generation = ++m_generation;
    m_reloadTimer.stop();
    if (!m_context || !m_context->hasLocalData()) {
        m_grids.clear();
        m_districts.clear();
        m_tags.clear();
        m_industries.clear();
        emit optionsChanged();
        return;
    }
    const Kind kind = m_kind;
    m_context->reader()->run<Options>(
        this, [kind](store::Store &store) { return readOptions(store, kind); },
        [this, generation](const Result<Options> &options) {
            if (generation != m_generation)
                return;
            if (!options) {
                qCWarning(lcModels) << "the list filters could not be read:"
                                    << errorCodeName(options.error().code);
                return;
            }
            m_districts = options->districts;
            m_tags = options->tags;
            m_industries = options->industries;
            // The grids read before stay offered (a chosen grid stays chosen) until read again.
            for (const QString &district : m_grids.keys())
                loadGrids(district);
            emit optionsChanged();
        });
}

void ListFilterOptions::loadGrids(const QString &districtCode)
{
    if (districtCode.isEmpty() || !m_context || !m_context->hasLocalData())
        return;
    const quint64 generation = m_generation;
    m_context->reader()->run<QList<FilterChoice>>(
        this, [districtCode](store::Store &store) { return readGrids(store, districtCode); },
        [this, generation, districtCode](const Result<QList<FilterChoice>> &grids) {
            if (generation != m_generation)
                return;
            if (!grids) {
                qCWarning(lcModels) << "the grids of a district could not be read:"
                                    << errorCodeName(grids.error().code);
                return;
            }
            m_grids.insert(districtCode, *grids);
            emit gridsLoaded(districtCode);
        });
}

} // namespace gd
