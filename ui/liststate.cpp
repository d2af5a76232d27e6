#include "ui/liststate.h"

#include "models/pagedlistmodel.h"
#include "sync/synchost.h"

namespace gd {

ListState listStateOf(const PagedListModel &model, const SyncHost *sync, bool narrowed)
{
    if (!model.isAvailable())
        return sync ? ListState::Opening : ListState::Unavailable;
    if (model.lastError())
        return ListState::Error;
    if (model.rowCount() > 0)
        return ListState::Table;
    if (model.isLoading() || model.totalCount() < 0)
        return ListState::Loading;
    if (narrowed)
        return ListState::NoMatch;
    if (sync && !sync->status().initialSyncDone)
        return ListState::FirstSync;
    return ListState::Empty;
}

} // namespace gd
