#pragma once
// Where the targets with a database keep it (fuzz_changefeed, fuzz_request).

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace gd::fuzz {

// A QTemporaryDir template in /dev/shm when there is one: the targets' databases then cost no disk syncs.
inline QString scratchTemplate()
{
    const QString shm = QStringLiteral("/dev/shm");
    const QString base = QFileInfo(shm).isDir() && QFileInfo(shm).isWritable() ? shm : QDir::tempPath();
    return base + QStringLiteral("/govdesk-fuzz-XXXXXX");
}

} // namespace gd::fuzz
