#include "store/changeapplier.h"

#include "core/logging.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gd::store {

ChangeApplier::ChangeApplier(Store &store)
    : m_store(store)
{
}

Result<AppliedPage> ChangeApplier::apply(const QJsonArray &changes, qint64 next)
{
    auto pending = m_store.outbox().pendingObjects();
    if (!pending)
        return pending.error();
    auto tx = WriteTransaction::begin(m_store.connection());
    if (!tx)
        return tx.error();
    AppliedPage page;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const QString entity = change.value(QLatin1String("entity")).toString();
        const QString id = change.value(QLatin1String("id")).toString();
        const LocalTable *table = localTable(entity);
        if (!table || id.isEmpty()) {
            ++page.skipped;
            continue;
        }
        if (!pending->isEmpty() && pending->contains(entity + QLatin1Char('/') + id)) {
            ++page.skipped;
            continue;
        }
        if (change.value(QLatin1String("op")).toString() == QLatin1String("delete")) {
            if (auto r = m_store.entities().remove(*table, id); !r)
                return r.error();
        } else {
            const QJsonObject data = change.value(QLatin1String("data")).toObject();
            if (data.isEmpty()) {
                ++page.skipped;
                continue;
            }
            auto written = m_store.entities().upsert(*table, data);
            if (!written)
                return written.error();
            if (!*written) {
                ++page.skipped;
                continue;
            }
        }
        ++page.written;
        page.changed[entity].append(id);
    }
    if (auto r = m_store.state().setPullCheckpoint(next); !r)
        return r.error();
    if (auto r = tx->commit(); !r)
        return r.error();
    return page;
}

} // namespace gd::store
