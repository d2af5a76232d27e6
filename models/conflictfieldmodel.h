#pragma once
// One conflict entry side by side: a row per field of the local change (the keys of the body the user
// wrote, except base_version; known fields first in a fixed order, then the rest by name) with four
// columns — the field's label, my version, the server's version (from the server copy a 409 carried; "—"
// when there is none) and the result. The result column starts as my version and is editable when the
// entry has a server copy, so the user can merge field by field; result() is the body to send
// (SyncEngine::resolveConflict with Merge). Fields with a few fixed values (priority) offer their
// choices (ChoiceValuesRole / ChoiceLabelsRole) and only accept those. Rows where my version and the
// server's differ are bold (Qt::FontRole) and have DiffersRole set.
//
// GUI thread. Owned by its parent (the conflict queue dialog).

#include "store/conflictrepository.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace gd {

class ConflictFieldModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, MineColumn, ServerColumn, ResultColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString: the field's key in the body ("remark")
        DiffersRole,                // bool: my version and the server's differ
        ChoiceValuesRole,           // QStringList: the values the field may take (empty: free text)
        ChoiceLabelsRole,           // QStringList: their labels, in the same order
    };
    Q_ENUM(Role)

    explicit ConflictFieldModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Shows an entry (the result column starts as my version); clear() shows nothing.
    void setEntry(const store::ConflictEntry &entry);
    void clear();
    bool hasEntry() const { return m_hasEntry; }
    const store::ConflictEntry &entry() const { return m_entry; }
    // The entry carries the server's copy (a 409), so it can be compared and merged.
    bool hasServerCopy() const;

    QStringList keys() const;
    // The body to send for Merge: every field with its result value (no base_version).
    QJsonObject result() const;
    // The result differs from my version in at least one field.
    bool isResultChanged() const;
    // Sets one field's result (false for an unknown key or a value the field does not take).
    bool setResult(const QString &key, const QJsonValue &value);

private:
    struct Field {
        QString key;
        QJsonValue mine;
        QJsonValue server; // Undefined when the server copy lacks it or there is none
        QJsonValue result;
    };

    bool isCell(const QModelIndex &index) const;
    QString valueText(const Field &field, const QJsonValue &value) const;
    std::optional<QJsonValue> accepted(const Field &field, const QVariant &value) const;

    store::ConflictEntry m_entry;
    bool m_hasEntry = false;
    QList<Field> m_fields;
};

} // namespace gd
