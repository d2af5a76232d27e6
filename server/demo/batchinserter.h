#pragma once
// Fast bulk INSERT for one table: rows are collected and written with one prepared multi-row statement
// ("INSERT INTO t (a, b) VALUES (:p0, :p1), (:p2, :p3), …") per rowsPerStatement rows, which cuts the
// per-call overhead of Qt SQL and of the database by that factor; the statements are prepared once and
// reused. Plain SQL that SQLite and PostgreSQL both accept. The caller owns the transaction; flush() before
// committing writes the rows still pending. Values are bound, never formatted into the SQL.

#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace gd::server {

class BatchInserter {
public:
    BatchInserter(QString table, QStringList columns);

    Result<void> prepare(const QSqlDatabase &db);

    // One row: exactly columns().size() values, in column order. QVariant() is NULL.
    template <typename... Values> Result<void> row(Values &&...values)
    {
        Q_ASSERT(sizeof...(Values) == size_t(m_columns.size()));
        (m_pending.append(QVariant(std::forward<Values>(values))), ...);
        if (m_pending.size() >= m_batchValues)
            return execute(*m_multi, m_rowsPerStatement);
        return {};
    }

    Result<void> flush();
    qint64 rowsWritten() const { return m_written; }
    const QString &table() const { return m_table; }

private:
    Result<void> execute(QSqlQuery &query, int rows);

    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    qsizetype m_batchValues = 1;
    std::optional<QSqlQuery> m_multi;
    std::optional<QSqlQuery> m_single;
    QVariantList m_pending;
    QStringList m_placeholders; // ":p0", ":p1", …
    qint64 m_written = 0;
};

} // namespace gd::server
