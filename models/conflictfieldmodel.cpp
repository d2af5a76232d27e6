#include "models/conflictfieldmodel.h"

#include "models/conflicttext.h"

#include <QFont>

#include <algorithm>

namespace gd {

namespace {

// The order fields are listed in; fields not named here follow by key.
QStringList preferredOrder(const QString &entity)
{
    if (entity == QLatin1String("application"))
        return {QStringLiteral("remark"), QStringLiteral("priority")};
    if (entity == QLatin1String("visit"))
        return {QStringLiteral("kind"),    QStringLiteral("visited_at"), QStringLiteral("summary"),
                QStringLiteral("grid_id"), QStringLiteral("citizen_id"), QStringLiteral("household_id"),
                QStringLiteral("id")};
    if (entity == QLatin1String("task"))
        return {QStringLiteral("action"), QStringLiteral("result"), QStringLiteral("reason"),
                QStringLiteral("title"),  QStringLiteral("due_on"), QStringLiteral("description")};
    if (entity == QLatin1String("incident"))
        return {QStringLiteral("action"),   QStringLiteral("note"),     QStringLiteral("category"),
                QStringLiteral("urgency"),  QStringLiteral("location"), QStringLiteral("description"),
                QStringLiteral("file_name")};
    return {};
}

} // namespace

ConflictFieldModel::ConflictFieldModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConflictFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ConflictFieldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConflictFieldModel::isCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() >= 0 &&
           index.row() < m_fields.size() && index.column() >= 0 && index.column() < ColumnCount;
}

bool ConflictFieldModel::hasServerCopy() const
{
    return m_hasEntry && m_entry.kind == QLatin1String("conflict") && m_entry.server.has_value();
}

QString ConflictFieldModel::valueText(const Field &field, const QJsonValue &value) const
{
    return ConflictText::valueText(m_entry.entity, field.key, value);
}

QVariant ConflictFieldModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Field &field = m_fields.at(index.row());
    const bool differs = hasServerCopy() && field.mine != field.server;
    const auto valueOf = [&field](int column) -> const QJsonValue & {
        switch (column) {
        case MineColumn:
            return field.mine;
        case ServerColumn:
            return field.server;
        default:
            return field.result;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == FieldColumn)
            return ConflictText::fieldLabel(m_entry.entity, field.key);
        return valueText(field, valueOf(index.column()));
    case Qt::ToolTipRole:
        // The field's name as the server knows it; values in full (long remarks wrap in the cell).
        if (index.column() == FieldColumn)
            return field.key;
        return valueText(field, valueOf(index.column()));
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return ConflictText::fieldLabel(m_entry.entity, field.key);
        return valueOf(index.column()).toVariant();
    case Qt::FontRole:
        if (differs) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KeyRole:
        return field.key;
    case DiffersRole:
        return differs;
    case ChoiceValuesRole:
    case ChoiceLabelsRole: {
        QStringList list;
        for (const ConflictText::Choice &choice : ConflictText::choices(m_entry.entity, field.key))
            list.append(role == ChoiceValuesRole ? choice.value : choice.label);
        return list;
    }
    default:
        return {};
    }
}

std::optional<QJsonValue> ConflictFieldModel::accepted(const Field &field, const QVariant &value) const
{
    QJsonValue converted;
    switch (field.mine.type()) {
    case QJsonValue::Double: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        converted = number;
        break;
    }
    case QJsonValue::Bool:
        converted = value.toBool();
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        // Structured values are not edited here; only my version or the server's can be chosen.
        converted = QJsonValue::fromVariant(value);
        if (converted != field.mine && converted != field.server)
            return std::nullopt;
        break;
    default:
        converted = value.toString();
        break;
    }
    const QList<ConflictText::Choice> choices = ConflictText::choices(m_entry.entity, field.key);
    if (!choices.isEmpty() &&
        std::none_of(choices.cbegin(), choices.cend(),
                     [&converted](const ConflictText::Choice &c) { return c.value == converted.toString(); }))
        return std::nullopt;
    return converted;
}

bool ConflictFieldModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isCell(index) || index.column() != ResultColumn || role != Qt::EditRole || !hasServerCopy())
        return false;
    Field &field = m_fields[index.row()];
    const std::optional<QJsonValue> converted = accepted(field, value);
    if (!converted)
        return false;
    if (field.result != *converted) {
        field.result = *converted;
        emit dataChanged(index, index);
    }
    return true;
}

bool ConflictFieldModel::setResult(const QString &key, const QJsonValue &value)
{
    for (int row = 0; row < m_fields.size(); ++row) {
        if (m_fields.at(row).key == key)
            return setData(this->index(row, ResultColumn), value.toVariant(), Qt::EditRole);
    }
    return false;
}

QVariant ConflictFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case MineColumn:
        return tr("My version");
    case ServerColumn:
        return tr("Server version");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

Qt::ItemFlags ConflictFieldModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ResultColumn && hasServerCopy())
        result |= Qt::ItemIsEditable;
    return result;
}

void ConflictFieldModel::setEntry(const store::ConflictEntry &entry)
{
    beginResetModel();
    m_entry = entry;
    m_hasEntry = true;
    m_fields.clear();
    QStringList keys = entry.local.keys();
    keys.removeAll(QStringLiteral("base_version"));
    const QStringList order = preferredOrder(entry.entity);
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        if (ia >= 0 || ib >= 0)
            return ib < 0 || (ia >= 0 && ia < ib);
        return a < b;
    });
    for (const QString &key : keys) {
        Field field;
        field.key = key;
        field.mine = entry.local.value(key);
        field.server = entry.server ? entry.server->value(key) : QJsonValue(QJsonValue::Undefined);
        field.result = field.mine;
        m_fields.append(field);
    }
    endResetModel();
}

void ConflictFieldModel::clear()
{
    beginResetModel();
    m_entry = store::ConflictEntry{};
    m_hasEntry = false;
    m_fields.clear();
    endResetModel();
}

QStringList ConflictFieldModel::keys() const
{
    QStringList list;
    for (const Field &field : m_fields)
        list.append(field.key);
    return list;
}

QJsonObject ConflictFieldModel::result() const
{
    QJsonObject body;
    for (const Field &field : m_fields)
        body.insert(field.key, field.result);
    return body;
}

bool ConflictFieldModel::isResultChanged() const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [](const Field &field) { return field.result != field.mine; });
}

} // namespace gd
