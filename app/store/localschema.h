#pragma once
// The local cache's schema as a versioned list of migrations (PRAGMA user_version holds the version
// reached). Each migration runs in one transaction; a file newer than this build is refused rather than
// guessed at.
//
// Entity tables mirror the server's objects: id, version, the columns the lists filter and sort on
// (indexed), and the object itself as compact JSON in `data`, exactly as the server sent it (ID numbers
// and phones masked — the cache never holds what the user could not see on screen).

#include <QByteArray>
#include <QList>

namespace gd::store {

struct LocalMigration {
    int version;
    const char *description;
    QList<QByteArray> statements;
};

const QList<LocalMigration> &localMigrations();
int latestLocalSchemaVersion();

} // namespace gd::store
