#include "models/cachedreports.h"

#include "models/datacontext.h"
#include "store/store.h"

namespace gd::cachedreports {

namespace {

// LocalReader::run wants a Result<R>; the entry may be absent.
struct Entry {
    std::optional<store::CachedReport> report;
};

} // namespace

bool read(DataContext *context, const QString &key, QObject *receiver,
          std::function<void(const std::optional<store::CachedReport> &)> done)
{
    store::LocalReader *reader = context->reader();
    if (!reader || !context->hasLocalData())
        return false;
    reader->run<Entry>(
        receiver,
        [key](store::Store &s) -> Result<Entry> {
            auto entry = s.reports().get(key);
            if (!entry)
                return entry.error();
            return Entry{*entry};
        },
        [done = std::move(done)](Result<Entry> result) { done(result ? result->report : std::nullopt); });
    return true;
}

void write(DataContext *context, const QString &key, const store::CachedReport &report, QObject *receiver)
{
    SyncHost *sync = context->sync();
    if (!sync)
        return;
    sync->run<bool>(
        receiver,
        [key, report](SyncEngine &engine) {
            store::Store *s = engine.store();
            return s && s->reports().put(key, report).ok();
        },
        [](bool) {});
}

} // namespace gd::cachedreports
