#pragma once
// The named demo staff accounts. Tests, the README and the server's console output rely on these exact
// usernames; all share the password kDemoPassword. Staff ids are "s_" + username.

#include <QList>
#include <QString>

namespace gd::server {

inline constexpr QStringView kDemoPassword = u"GovDesk!2026";
inline constexpr QStringView kDemoTotpSecret = u"JBSWY3DPEHPK3PXP"; // base32, for totp_admin

struct DemoAccount {
    QString username;
    QString password;
    QString role;        // "admin", "officer", "grid_manager", "supervisor"
    QString description; // one line, Chinese + English
};

// The accounts DemoGenerator creates (also when the data already exists, for printing).
QList<DemoAccount> demoAccounts();

} // namespace gd::server
