#pragma once
// Staff accounts and their sign-in state (failed attempts, lockout), and the user profile sent to
// clients (StaffUser with department and area names).

#include "db/database.h"
#include "db/principal.h"

#include "domain/staff.h"

namespace gd::server {

struct StaffRecord {
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Officer;
    QString departmentId;
    QString areaCode;
    QString passwordHash;
    QString totpSecret; // base32; empty = no second factor
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid = not locked
    bool active = true;
};

class StaffRepository {
public:
    explicit StaffRepository(Database &db);

    Result<std::optional<StaffRecord>> findByUsername(const QString &username);
    Result<std::optional<StaffRecord>> findById(const QString &id);
    Result<QStringList> gridIds(const QString &staffId);
    Result<void> recordFailure(const QString &id, int failedLogins, const QDateTime &lockedUntil);
    Result<void> resetFailures(const QString &id);

    Result<Principal> principalFor(const StaffRecord &staff);
    Result<StaffUser> profileFor(const Principal &who, const StaffRecord &staff);

private:
    Result<std::optional<StaffRecord>> findBy(const char *column, const QString &value);
    Database &m_db;
};

} // namespace gd::server
