#include "models/enterpriselistmodel.h"

#include "core/logging.h"
#include "domain/citizen.h"
#include "models/datacontext.h"
#include "models/hometext.h"
#include "models/listnames.h"
#include "store/store.h"

#include <QJsonDocument>

namespace gd {

EnterpriseListModel::EnterpriseListModel(DataContext *context, QObject *parent)
    : PagedRowsModel<EnterpriseRow>(context, parent)
    , m_names(std::make_shared<ListNames>())
{
    start();
}

EnterpriseListModel::~EnterpriseListModel() = default;

int EnterpriseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnterpriseListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const EnterpriseRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case UsccColumn:
            return row.uscc;
        case LegalPersonColumn:
            return row.legalPerson;
        case IndustryColumn:
            return row.industry;
        case StageColumn:
            return HomeText::enterpriseStage(row.stage);
        case DistrictColumn:
            return row.district.isEmpty() ? row.districtCode : row.district;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // Long names and industries ("信息传输、软件和信息技术服务业") may be cut by the column.
        if (index.column() == NameColumn)
            return row.name;
        if (index.column() == IndustryColumn)
            return row.industry;
        return {};
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant EnterpriseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Enterprise name");
    case UsccColumn:
        return tr("Unified social credit code");
    case LegalPersonColumn:
        return tr("Legal representative");
    case IndustryColumn:
        return tr("Industry");
    case StageColumn:
        return tr("Stage");
    case DistrictColumn:
        return tr("District");
    default:
        return {};
    }
}

PagedListModel::PageReader EnterpriseListModel::pageReader() const
{
    return [names = m_names](store::Store &store, const store::ListQuery &query) -> Result<ChunkPtr> {
        auto json = store.enterprises().reader().listJson(query);
        if (!json)
            return json.error();
        auto chunk = std::make_shared<Rows>();
        chunk->rows.reserve(json->size());
        for (const QByteArray &text : std::as_const(*json)) {
            const QJsonObject object = QJsonDocument::fromJson(text).object();
            EnterpriseRow row;
            auto enterprise = fromJson<Enterprise>(object);
            if (!enterprise) {
                qCWarning(lcModels) << "a cached enterprise cannot be read";
                row.id = object.value(QLatin1String("id")).toString();
                chunk->rows.append(row);
                continue;
            }
            const Enterprise &e = *enterprise;
            row.id = e.id;
            row.name = e.name;
            row.uscc = e.uscc;
            row.legalPerson = e.legalPerson;
            row.industry = e.industry;
            row.stage = e.stage;
            row.districtCode = e.districtCode;
            row.district = names->district(store, e.districtCode);
            chunk->rows.append(row);
        }
        return ChunkPtr(chunk);
    };
}

PagedListModel::Counter EnterpriseListModel::counter() const
{
    return [](store::Store &store, const store::ListQuery &query) {
        return store.enterprises().count(query);
    };
}

std::optional<PagedListModel::SortKey> EnterpriseListModel::sortKeyFor(int column) const
{
    if (column == NameColumn)
        return SortKey{QStringLiteral("name")};
    return std::nullopt;
}

bool EnterpriseListModel::affectedBy(const ChangeSet &changes) const
{
    const auto &changed = changes.changed;
    return changed.contains(QStringLiteral("enterprise")) || changed.contains(QStringLiteral("region")) ||
           changed.contains(QStringLiteral("tag"));
}

void EnterpriseListModel::forgetNames()
{
    m_names = std::make_shared<ListNames>();
}

} // namespace gd
