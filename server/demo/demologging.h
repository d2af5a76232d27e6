#pragma once
// The logging category of the demo generator. Counts and timings only: never names, ID numbers or
// phone numbers.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)
