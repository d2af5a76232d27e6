#pragma once
// What CacheKeyJob reports: the raw SQLCipher key of one account's local cache, and whether it was
// created just now.

#include <QByteArray>

namespace gd {

struct CacheKey {
    QByteArray key;       // exactly CacheKeyStore::kKeySize raw bytes. Secret: never log it, never persist it
                          // anywhere but the keychain.
    bool created = false; // fetchOrCreate() made this key just now: an existing cache file for this
                          // account was encrypted with another key (or none) — move it aside, start a new one
};

} // namespace gd
