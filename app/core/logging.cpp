#include "core/logging.h"

namespace gd {

Q_LOGGING_CATEGORY(lcCore, "govdesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "govdesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "govdesk.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "govdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "govdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "govdesk.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "govdesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "govdesk.app", QtInfoMsg)

} // namespace gd
