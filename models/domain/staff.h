#pragma once
// Staff accounts, roles and what a sign-in returns.

#include "domain/codec.h"

namespace gd {

// Portal: the citizen portal's service account (网上办事大厅), which passes on citizens' ratings and
// supplements through /api/v1/portal/... only; it sees no other data.
enum class Role { Officer, GridManager, Supervisor, Admin, Portal };
QString roleName(Role role); // "officer", "grid_manager", "supervisor", "admin", "portal"
std::optional<Role> roleFromName(const QString &name);

struct StaffUser {
    QString id;
    QString username;
    QString displayName;
    QString role;                        // roleName()
    std::optional<QString> departmentId; // officers
    std::optional<QString> departmentName;
    std::optional<QString> areaCode; // supervisors: a district code, or "city"
    std::optional<QString> areaName;
    QStringList gridIds; // grid managers
    bool totpEnabled = false;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("id", s.id);
        v("username", s.username);
        v("display_name", s.displayName);
        v("role", s.role);
        v("department_id", s.departmentId);
        v("department_name", s.departmentName);
        v("area_code", s.areaCode);
        v("area_name", s.areaName);
        v("grid_ids", s.gridIds);
        v("totp_enabled", s.totpEnabled);
    }
};

struct AuthTokens {
    QString accessToken;
    QString tokenType;    // "Bearer"
    qint64 expiresIn = 0; // seconds
    QString refreshToken;
    qint64 refreshExpiresIn = 0;
    StaffUser user;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("access_token", s.accessToken);
        v("token_type", s.tokenType);
        v("expires_in", s.expiresIn);
        v("refresh_token", s.refreshToken);
        v("refresh_expires_in", s.refreshExpiresIn);
        v("user", s.user);
    }
};

struct LoginRequest {
    QString username;
    QString password;
    std::optional<QString> totp;

    template <typename S, typename V> static void fields(S &s, V &&v)
    {
        v("username", s.username);
        v("password", s.password);
        v("totp", s.totp);
    }
};

struct RefreshRequest {
    QString refreshToken;

    template <typename S, typename V> static void fields(S &s, V &&v) { v("refresh_token", s.refreshToken); }
};

} // namespace gd
