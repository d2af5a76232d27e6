#pragma once
// The versions of the database libraries, for the About dialog and support: SQLCipher's as the open local
// copy reports it (PRAGMA cipher_version, e.g. "4.6.1 community") and SQLite's (sqlite_version()).
// Read-only queries; run them where the connection lives (LocalReader::run for the GUI).

#include "domain/result.h"

#include <QString>

namespace gd::store {

class Connection;

struct LibraryVersions {
    QString sqlcipher; // empty when the library is plain SQLite
    QString sqlite;
};

Result<LibraryVersions> libraryVersions(Connection &connection);

// The same, asked of a throw-away in-memory connection (no file, no key): for when there is no local
// copy (online only).
Result<LibraryVersions> linkedLibraryVersions();

} // namespace gd::store
