#pragma once
// The server's schema as an ordered list of migrations, shared by SQLite and PostgreSQL.

#include <QList>
#include <QString>
#include <QStringList>

namespace gd::server {

struct Migration {
    int version;
    QString description;
    QStringList statements; // with dialect tokens, see migrations.cpp
};

const QList<Migration> &migrations();

} // namespace gd::server
