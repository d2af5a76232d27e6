#pragma once
// The logging categories of the client, one per layer, declared in one place so every layer logs under
// its own name ("govdesk.net", "govdesk.ui", ...). Enable with QT_LOGGING_RULES="govdesk.*.debug=true".
// Rule for every category: no personal data (names, ID numbers, phones, passwords, tokens) in a log line.

#include <QLoggingCategory>

namespace gd {

Q_DECLARE_LOGGING_CATEGORY(lcCore)     // govdesk.core: preferences, clock, utilities
Q_DECLARE_LOGGING_CATEGORY(lcNet)      // govdesk.net: REST client and its jobs
Q_DECLARE_LOGGING_CATEGORY(lcSecurity) // govdesk.security: keychain
Q_DECLARE_LOGGING_CATEGORY(lcStore)    // govdesk.store: SQLCipher cache, migrations, search index
Q_DECLARE_LOGGING_CATEGORY(lcSync)     // govdesk.sync: sync engine, outbox, conflicts, event stream
Q_DECLARE_LOGGING_CATEGORY(lcModels)   // govdesk.models: item models
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // govdesk.ui: windows, pages, dialogs
Q_DECLARE_LOGGING_CATEGORY(lcApp)      // govdesk.app: the composition root and command line

} // namespace gd
