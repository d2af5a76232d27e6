#include "models/citizenlistmodel.h"

#include "core/clock.h"
#include "core/logging.h"
#include "domain/citizen.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "models/listnames.h"
#include "store/store.h"

#include <QJsonDocument>

namespace gd {

CitizenListModel::CitizenListModel(DataContext *context, QObject *parent)
    : PagedRowsModel<CitizenRow>(context, parent)
    , m_names(std::make_shared<ListNames>())
{
    start();
}

CitizenListModel::~CitizenListModel() = default;

int CitizenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CitizenListModel::tagSummary(const QStringList &tags, int shown)
{
    QString text = tags.mid(0, shown).join(tr(", "));
    if (tags.size() > shown)
        text += QStringLiteral(" +") + QString::number(tags.size() - shown);
    return text;
}

QVariant CitizenListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const CitizenRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case GenderColumn:
            return HomeText::gender(row.gender);
        case AgeColumn: {
            const int age = HomeText::age(row.birthDate, context()->clock().nowLocal().date());
            return age < 0 ? QVariant() : QVariant(age);
        }
        case IdNumberColumn:
            return row.idNumber;
        case PhoneColumn:
            return row.phone;
        case RealnameLevelColumn:
            return HomeText::realnameLevel(row.realnameLevel);
        case DistrictColumn:
            return row.district.isEmpty() ? row.districtCode : row.district;
        case GridColumn:
            return row.grid.isEmpty() ? row.gridId : row.grid;
        case TagsColumn:
            return tagSummary(row.tags);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TagsColumn && row.tags.size() > kTagsShown)
            return row.tags.join(tr(", "));
        if (index.column() == GridColumn && !row.grid.isEmpty())
            return row.grid;
        return {};
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant CitizenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GenderColumn:
        return tr("Gender");
    case AgeColumn:
        return tr("Age");
    case IdNumberColumn:
        return tr("ID number");
    case PhoneColumn:
        return tr("Phone");
    case RealnameLevelColumn:
        return tr("Real-name level");
    case DistrictColumn:
        return tr("District");
    case GridColumn:
        return tr("Grid");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

PagedListModel::PageReader CitizenListModel::pageReader() const
{
    return [names = m_names](store::Store &store, const store::ListQuery &query) -> Result<ChunkPtr> {
        auto json = store.citizens().reader().listJson(query);
        if (!json)
            return json.error();
        auto chunk = std::make_shared<Rows>();
        chunk->rows.reserve(json->size());
        for (const QByteArray &text : std::as_const(*json)) {
            const QJsonObject object = QJsonDocument::fromJson(text).object();
            CitizenRow row;
            auto citizen = fromJson<Citizen>(object);
            if (!citizen) {
                // Keep the row (paging counts it) with what is certain: its id.
                qCWarning(lcModels) << "a cached citizen cannot be read";
                row.id = object.value(QLatin1String("id")).toString();
                chunk->rows.append(row);
                continue;
            }
            const Citizen &c = *citizen;
            row.id = c.id;
            row.name = c.name;
            row.gender = c.gender;
            row.birthDate = c.birthDate;
            row.idNumber = c.idNumber;
            row.phone = c.phone;
            row.realnameLevel = c.realnameLevel;
            row.districtCode = c.districtCode;
            row.district = names->district(store, c.districtCode);
            row.gridId = c.gridId;
            row.grid = names->grid(store, c.gridId);
            for (const TagAssignment &tag : c.tags) {
                const QString name = names->tag(store, tag.tagId);
                if (!name.isEmpty())
                    row.tags.append(name);
            }
            chunk->rows.append(row);
        }
        return ChunkPtr(chunk);
    };
}

PagedListModel::Counter CitizenListModel::counter() const
{
    return [](store::Store &store, const store::ListQuery &query) {
        return store.citizens().count(query);
    };
}

std::optional<PagedListModel::SortKey> CitizenListModel::sortKeyFor(int column) const
{
    switch (column) {
    case NameColumn:
        return SortKey{QStringLiteral("name")};
    case AgeColumn:
        return SortKey{QStringLiteral("birth_date"), true}; // youngest first = latest birth date first
    default:
        return std::nullopt;
    }
}

bool CitizenListModel::affectedBy(const ChangeSet &changes) const
{
    const auto &changed = changes.changed;
    if (changed.contains(QStringLiteral("citizen")) || changed.contains(QStringLiteral("region")) ||
        changed.contains(QStringLiteral("tag")))
        return true;
    if (changed.contains(QStringLiteral("bill"))) {
        for (const auto &filter : filters()) {
            if (filter.first == QLatin1String("overdue_bill"))
                return true;
        }
    }
    return false;
}

void CitizenListModel::forgetNames()
{
    m_names = std::make_shared<ListNames>();
}

} // namespace gd
