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

    // `changes`: the feed page's "changes" array; `next`: its "next" checkpoint.
    Result<AppliedPage> apply(const QJsonArray &changes, qint64 next);

private:
    Store &m_store;
};

} // namespace gd::store
