#include "models/audiencecatalogue.h"

#include "core/logging.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "store/store.h"

#include <QCollator>

#include <algorithm>

namespace gd {
namespace {

constexpr int kReloadDelayMs = 1000;
constexpr int kPageLimit = 1000; // the store's largest page

struct Contents {
    QList<Tag> tags;
    QList<Region> regions;
};

template <typename T> Result<QList<T>> readAll(const store::Repository<T> &repository, store::ListQuery query)
{
    QList<T> all;
    query.limit = kPageLimit;
    for (query.offset = 0;; query.offset += kPageLimit) {
        auto page = repository.items(query);
        if (!page)
            return page.error();
        all.append(*page);
        if (page->size() < kPageLimit)
            return all;
    }
}

Result<Contents> readContents(store::Store &store)
{
    Contents contents;
    store::ListQuery tags;
    tags.where(QStringLiteral("applies_to"), QStringLiteral("citizen"));
    auto tagRows = readAll(store.tags(), tags);
    if (!tagRows)
        return tagRows.error();
    contents.tags = std::move(*tagRows);
    store::ListQuery regions;
    regions.sort = QStringLiteral("id");
    auto regionRows = readAll(store.regions(), regions);
    if (!regionRows)
        return regionRows.error();
    contents.regions = std::move(*regionRows);
    return contents;
}

} // namespace

AudienceCatalogue::AudienceCatalogue(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &AudienceCatalogue::reload);
    if (m_context) {
        connect(m_context, &DataContext::localDataChanged, this, &AudienceCatalogue::reload);
        connect(m_context, &DataContext::dataChanged, this, &AudienceCatalogue::onDataChanged);
        reload();
    }
}

QString AudienceCatalogue::tagIdForName(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const Tag &tag : m_tags) {
        if (tag.name == wanted)
            return tag.id;
    }
    for (const Tag &tag : m_tags) {
        if (tag.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return tag.id;
    }
    return {};
}

QList<Region> AudienceCatalogue::children(const QString &parentId) const
{
    QList<Region> out;
    for (const QString &id : m_children.value(parentId))
        out.append(m_regions.value(id));
    return out;
}

std::optional<Region> AudienceCatalogue::region(const QString &id) const
{
    const auto it = m_regions.constFind(id);
    if (it == m_regions.constEnd())
        return std::nullopt;
    return *it;
}

QStringList AudienceCatalogue::pathOf(const QString &regionId) const
{
    QStringList path;
    QString id = regionId;
    // The tree is at most four levels deep; the bound guards against a cycle in bad data.
    for (int depth = 0; depth < 8 && !id.isEmpty(); ++depth) {
        const auto it = m_regions.constFind(id);
        if (it == m_regions.constEnd())
            return {};
        path.prepend(id);
        id = it->parentId.value_or(QString());
    }
    return id.isEmpty() ? path : QStringList();
}

void AudienceCatalogue::setContents(const QList<Tag> &tags, const QList<Region> &regions)
{
    // By tag class as the homepages group tags, then by name in Chinese (pinyin) order.
    const QStringList classes = HomeText::tagClasses();
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    m_tags.clear();
    for (const Tag &tag : tags) {
        if (tag.appliesTo.isEmpty() || tag.appliesTo == QLatin1String("citizen"))
            m_tags.append(tag);
    }
    std::stable_sort(m_tags.begin(), m_tags.end(), [&](const Tag &a, const Tag &b) {
        const qsizetype ca = classes.indexOf(a.tagClass), cb = classes.indexOf(b.tagClass);
        if (ca != cb)
            return (ca < 0 ? classes.size() : ca) < (cb < 0 ? classes.size() : cb);
        return collator.compare(a.name, b.name) < 0;
    });

    m_regions.clear();
    m_children.clear();
    QList<Region> sorted = regions;
    std::sort(sorted.begin(), sorted.end(), [](const Region &a, const Region &b) { return a.id < b.id; });
    for (const Region &r : std::as_const(sorted)) {
        m_regions.insert(r.id, r);
        // A district is a root whatever its parent says (the city above it is not a region here).
        const QString parent =
            r.level == QLatin1String("district") ? QString() : r.parentId.value_or(QString());
        m_children[parent].append(r.id);
    }

    m_names = AudienceNames();
    for (const Tag &tag : std::as_const(m_tags))
        m_names.tags.insert(tag.id, tag.name);
    for (const Region &r : std::as_const(sorted)) {
        QString name = r.name;
        if (r.level == QLatin1String("grid") && r.parentId) {
            const auto community = m_regions.constFind(*r.parentId);
            if (community != m_regions.constEnd())
                name = community->name + QStringLiteral(" · ") + r.name;
        }
        m_names.regions.insert(r.id, name);
    }
    m_loaded = true;
    emit changed();
}

void AudienceCatalogue::onDataChanged(const ChangeSet &changes)
{
    if ((changes.changed.contains(QStringLiteral("region")) ||
         changes.changed.contains(QStringLiteral("tag"))) &&
        !m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void AudienceCatalogue::reload()
{
    const quint64 generation = ++m_generation;
    m_reloadTimer.stop();
    if (!m_context || !m_context->hasLocalData()) {
        m_tags.clear();
        m_regions.clear();
        m_children.clear();
        m_names = AudienceNames();
        m_loaded = false;
        emit changed();
        return;
    }
    m_context->reader()->run<Contents>(
        this, [](store::Store &store) { return readContents(store); },
        [this, generation](const Result<Contents> &contents) {
            if (generation != m_generation)
                return;
            if (!contents) {
                qCWarning(lcModels) << "the audience catalogue could not be read:"
                                    << errorCodeName(contents.error().code);
                return;
            }
            setContents(contents->tags, contents->regions);
        });
}

} // namespace gd
