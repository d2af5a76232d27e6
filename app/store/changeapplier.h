#pragma once
// Applies one page of the server's change feed to the local copy in one transaction, together with the
// new pull checkpoint: after a crash the store holds either the whole page and its checkpoint or neither,
// so a resumed pull neither skips nor doubles anything (and re-applying is harmless anyway: upserts never
// go back in version). Objects with a write still in the outbox are left alone; the server's answer to
// that write brings their new state. Unknown entities are skipped (a newer server). Store thread.

#include "store/sqlite.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace gd::store {

class Store;

struct AppliedPage {
    int written = 0;                     // upserts and deletes applied
    int skipped = 0;                     // older than the local row, pending local writes, unknown entities
    QHash<QString, QStringList> changed; // entity -> ids written (for the models' change sets)
};

class ChangeApplier {
public:
    explicit ChangeApplier(Store &store);

    // `changes`: the feed page's "changes" array; `next`: its "next" checkpoint. `dataTexts` (optional):
    // the JSON text of each change's "data" as the server sent it (dataTexts()), stored as is instead of
    // serialising each object again; ignored unless it has one entry per change.
    Result<AppliedPage> apply(const QJsonArray &changes, qint64 next,
                              const QList<QByteArray> &dataTexts = {});

    // The JSON text of each change's "data" value in a change-feed page body, in order, sharing the body's
    // bytes (valid while `body` lives; a null QByteArray for "data": null). Empty when the body is not
    // the object with a "changes" array of objects that the feed sends.
    static QList<QByteArray> dataTexts(const QByteArray &body);

private:
    Store &m_store;
};

} // namespace gd::store
