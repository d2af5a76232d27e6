#pragma once
// The pending queue's views: four built in (待我处理 claimed by me, 未认领 unclaimed, 即将到期 due soon,
// 已逾期 overdue) and those the user saved under a name (kept in Preferences as a JSON array of
// {name, query}). A name is unique; saving under an existing name replaces that view. GUI thread.

#include "ui/queuequery.h"

#include <QCoreApplication>
#include <QList>

namespace gd {

class Preferences;

struct QueueView {
    QString key;  // built-in: "mine", "unclaimed", "due_soon", "overdue"; saved: "saved:<name>"
    QString name; // translated for built-ins
    QueueQuery query;
    bool builtIn = false;
};

class QueueViews {
    Q_DECLARE_TR_FUNCTIONS(QueueViews)
public:
    explicit QueueViews(Preferences *preferences); // null: nothing is kept

    static QList<QueueView> builtIns();
    QList<QueueView> saved() const { return m_saved; }
    QList<QueueView> all() const { return builtIns() + m_saved; }
    std::optional<QueueView> find(const QString &key) const;

    QueueView save(const QString &name, const QueueQuery &query);
    bool remove(const QString &key); // saved views only

    static QByteArray encode(const QList<QueueView> &views);
    static QList<QueueView> decode(const QByteArray &json);

private:
    void store();

    Preferences *m_preferences;
    QList<QueueView> m_saved;
};

} // namespace gd
