#pragma once
// What a page over a PagedListModel shows: its table, or a state panel saying why there are no rows.
// The pages (ListPage, QueuePage) word each state for their own data; the decision is made here once.

class QString;

namespace gd {

class PagedListModel;
class SyncHost;

enum class ListState {
    Table,       // rows to show
    Unavailable, // no local copy and no sync engine to open one (signed out, online only)
    Opening,     // the sync engine is opening the local copy
    Error,       // the query failed (model.lastError())
    Loading,     // the first page is being read
    FirstSync,   // no rows yet because the first sync still fills the local copy
    NoMatch,     // filters or a search left no rows
    Empty,       // nothing there at all
};

// `narrowed`: filters or a search (beyond what the page always applies) restrict the query.
ListState listStateOf(const PagedListModel &model, const SyncHost *sync, bool narrowed);

} // namespace gd
