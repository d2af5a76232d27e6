#pragma once
// The typed face of a TableReader: rows come back as domain values (decoded from the JSON the server
// sent). Each aggregate has its own repository class deriving from this, with its own whitelist of
// filters and sorts and its own writes.

#include "store/tablereader.h"

#include "domain/codec.h"

#include <QJsonDocument>

namespace gd::store {

template <typename T> class Repository {
public:
    Repository(Connection &connection, SearchIndex &search, const QString &entity, ListSpec spec)
        : m_reader(connection, search, *localTable(entity), std::move(spec))
    {
    }

    Result<Page<T>> list(const ListQuery &query) const
    {
        auto rows = items(query);
        if (!rows)
            return rows.error();
        auto total = m_reader.count(query);
        if (!total)
            return total.error();
        Page<T> page;
        page.total = *total;
        page.items = std::move(*rows);
        return page;
    }

    // The rows of one page without counting the whole list (homepage sections: one read each).
    Result<QList<T>> items(const ListQuery &query) const
    {
        auto rows = m_reader.listJson(query);
        if (!rows)
            return rows.error();
        QList<T> items;
        items.reserve(rows->size());
        for (const QByteArray &json : std::as_const(*rows)) {
            auto item = decode(json);
            if (!item)
                return item.error();
            items.append(std::move(*item));
        }
        return items;
    }

    Result<qint64> count(const ListQuery &query = {}) const { return m_reader.count(query); }

    Result<std::optional<T>> get(const QString &id) const
    {
        auto json = m_reader.jsonById(id);
        if (!json)
            return json.error();
        if (!*json)
            return std::optional<T>{};
        auto item = decode(**json);
        if (!item)
            return item.error();
        return std::optional<T>(std::move(*item));
    }

    const TableReader &reader() const { return m_reader; }

protected:
    static Result<T> decode(const QByteArray &json)
    {
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        auto value = fromJson<T>(object);
        if (!value)
            return makeError(ErrorCode::Storage,
                             QStringLiteral("a cached object cannot be read: ") + value.error().message);
        return value;
    }

    TableReader m_reader;
};

} // namespace gd::store
