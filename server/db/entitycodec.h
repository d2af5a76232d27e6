#pragma once
// The typed half of an EntitySpec. Rows are read into the entity's domain struct (through its fields()
// list), masked, given their child rows (tags, steps …) and written as JSON text once, straight into the
// response body. EntityRepository and ChangeFeed see only the small type-erased interfaces below, so
// scope, filters, paging, sorting and masking stay in one generic implementation; the per-entity part is
// one TypedEntityCodec<T> made in entities.cpp.

#include "db/database.h"
#include "db/principal.h"
#include "db/rowreader.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace gd::server {

// A page of one entity's objects, in query order.
class EntityRows {
public:
    virtual ~EntityRows() = default;
    virtual qsizetype size() const = 0;
    virtual QString id(qsizetype i) const = 0;
    virtual qint64 version(qsizetype i) const = 0;
    virtual void writeJson(QByteArray &out, qsizetype i) const = 0;
    virtual QJsonObject toJson(qsizetype i) const = 0;

    bool isEmpty() const { return size() == 0; }
    // Every object as one JSON array.
    void writeJsonArray(QByteArray &out) const
    {
        out.append('[');
        for (qsizetype i = 0; i < size(); ++i) {
            if (i > 0)
                out.append(',');
            writeJson(out, i);
        }
        out.append(']');
    }
};

class EntityCodec {
public:
    virtual ~EntityCodec() = default;
    virtual std::unique_ptr<EntityRows> empty() const = 0;
    // Reads every remaining row of q; reveal=false must mask personal identifiers.
    virtual std::unique_ptr<EntityRows> read(QSqlQuery &q, bool reveal) const = 0;
    // Loads the child rows (tags, steps …) of a page this codec read.
    virtual Result<void> enrich(Database &db, EntityRows &rows) const = 0;
    // Leaves out what `who` may not see of a page (restricted tags of citizens, domain/grid.h).
    virtual void redact(EntityRows &rows, const Principal &who) const = 0;
};

template <typename T> class TypedRows final : public EntityRows {
public:
    QList<T> items;

    qsizetype size() const override { return items.size(); }
    QString id(qsizetype i) const override { return items[i].id; }
    qint64 version(qsizetype i) const override { return items[i].version; }
    void writeJson(QByteArray &out, qsizetype i) const override { codec::writeJson(out, items[i]); }
    QJsonObject toJson(qsizetype i) const override { return gd::toJson(items[i]); }
};

template <typename T> class TypedEntityCodec final : public EntityCodec {
public:
    // Applied to every row read: masking, derived fields.
    using Finish = std::function<void(T &, bool reveal)>;
    // Attaches child rows to a non-empty page.
    using Enrich = std::function<Result<void>(Database &, QList<T> &)>;
    // Removes what the principal may not see from an object.
    using Redact = std::function<void(T &, const Principal &)>;

    TypedEntityCodec(Finish finish, Enrich enrich, Redact redact = {})
        : m_finish(std::move(finish))
        , m_enrich(std::move(enrich))
        , m_redact(std::move(redact))
    {
    }

    std::unique_ptr<EntityRows> empty() const override { return std::make_unique<TypedRows<T>>(); }

    std::unique_ptr<EntityRows> read(QSqlQuery &q, bool reveal) const override
    {
        auto rows = std::make_unique<TypedRows<T>>();
        rows->items = RowReader<T>::readAll(q);
        if (m_finish) {
            for (T &item : rows->items)
                m_finish(item, reveal);
        }
        return rows;
    }

    Result<void> enrich(Database &db, EntityRows &rows) const override
    {
        if (!m_enrich || rows.isEmpty())
            return {};
        return m_enrich(db, static_cast<TypedRows<T> &>(rows).items);
    }

    void redact(EntityRows &rows, const Principal &who) const override
    {
        if (!m_redact)
            return;
        for (T &item : static_cast<TypedRows<T> &>(rows).items)
            m_redact(item, who);
    }

private:
    Finish m_finish;
    Enrich m_enrich;
    Redact m_redact;
};

template <typename T>
std::shared_ptr<const EntityCodec> makeEntityCodec(typename TypedEntityCodec<T>::Finish finish = {},
                                                   typename TypedEntityCodec<T>::Enrich enrich = {},
                                                   typename TypedEntityCodec<T>::Redact redact = {})
{
    return std::make_shared<TypedEntityCodec<T>>(std::move(finish), std::move(enrich), std::move(redact));
}

} // namespace gd::server
