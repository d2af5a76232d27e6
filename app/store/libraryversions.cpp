#include "store/libraryversions.h"

#include "store/sqlite.h"

namespace gd::store {

Result<LibraryVersions> libraryVersions(Connection &connection)
{
    LibraryVersions versions;
    {
        Result<Statement> cipher = connection.prepare(QByteArrayLiteral("PRAGMA cipher_version"));
        if (!cipher)
            return cipher.error();
        Result<bool> row = cipher->step();
        if (!row)
            return row.error();
        if (*row)
            versions.sqlcipher = cipher->text(0);
    }
    Result<Statement> sqlite = connection.prepare(QByteArrayLiteral("SELECT sqlite_version()"));
    if (!sqlite)
        return sqlite.error();
    Result<bool> row = sqlite->step();
    if (!row)
        return row.error();
    if (*row)
        versions.sqlite = sqlite->text(0);
    return versions;
}

Result<LibraryVersions> linkedLibraryVersions()
{
    Result<Connection> connection = Connection::open(QStringLiteral(":memory:"));
    if (!connection)
        return connection.error();
    return libraryVersions(*connection);
}

} // namespace gd::store
