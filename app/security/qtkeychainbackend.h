#pragma once
// The real SecretBackend: QtKeychain 0.13 (libsecret / Secret Service on Linux, the Credential Manager
// on Windows, the Keychain on macOS). Secrets are written as binary data.
//
// Never uses QtKeychain's insecure fallback (STYLE.md item 9): it would store secrets in PLAINTEXT in
// ~/.config/<service>.conf, and on Linux it only exists on the KWallet path anyway (PLATFORM.md
// gotcha 8). Without a working keychain every operation fails instead.
//
// GUI thread only: the libsecret backend delivers its answers through the main thread's GLib event
// loop. QtKeychain runs one job at a time, in order; a job that hangs (gotcha 10) holds up every later
// one. Each QtKeychain job is unparented and deletes itself when it finishes — also after the
// KeychainJob that started it has timed out and gone, because libsecret's callback still points at it.
// Stateless; defaultBackend() is the process-wide instance KeychainJob uses unless told otherwise.

#include "security/secretbackend.h"

namespace gd {

class QtKeychainBackend final : public SecretBackend {
public:
    QtKeychainBackend() = default;

    static QtKeychainBackend *defaultBackend();

    void start(const SecretRequest &request, QObject *context, ReplyHandler onReply) override;
};

} // namespace gd
