#include "models/globalsearchmodel.h"

#include "models/datacontext.h"
#include "store/localreader.h"
#include "store/store.h"

#include <algorithm>

namespace gd {

struct GlobalSearchModel::Reference {
    QHash<QString, QString> districts;   // district code -> name
    QHash<QString, QString> departments; // id -> name
    QList<ServiceItem> services;         // the catalogue, by code
};

struct GlobalSearchModel::Answer {
    QList<Citizen> citizens;
    qint64 citizenTotal = 0;
    QList<Enterprise> enterprises;
    qint64 enterpriseTotal = 0;
    std::shared_ptr<const Reference> reference; // set when it was read with this answer
};

namespace {

constexpr int kReferenceLimit = 5000; // far above the ~250 services, ~30 departments, 6 districts

bool matchesService(const ServiceItem &service, const QString &department, const QStringList &terms)
{
    for (const QString &term : terms) {
        if (!service.name.contains(term, Qt::CaseInsensitive) &&
            !service.code.contains(term, Qt::CaseInsensitive) &&
            !department.contains(term, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

Result<std::shared_ptr<const GlobalSearchModel::Reference>>
GlobalSearchModel::readReference(store::Store &store)
{
    auto reference = std::make_shared<Reference>();
    store::ListQuery districts;
    districts.where(QStringLiteral("level"), QStringLiteral("district"));
    districts.limit = kReferenceLimit;
    auto regions = store.regions().list(districts);
    if (!regions)
        return regions.error();
    for (const Region &region : std::as_const(regions->items))
        reference->districts.insert(region.districtCode, region.name);
    store::ListQuery all;
    all.limit = kReferenceLimit;
    auto departments = store.departments().list(all);
    if (!departments)
        return departments.error();
    for (const Department &department : std::as_const(departments->items))
        reference->departments.insert(department.id, department.name);
    auto services = store.services().list(all);
    if (!services)
        return services.error();
    reference->services = std::move(services->items);
    return std::shared_ptr<const GlobalSearchModel::Reference>(std::move(reference));
}

GlobalSearchModel::GlobalSearchModel(DataContext *context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{
    connect(m_context, &DataContext::dataChanged, this, &GlobalSearchModel::onDataChanged);
    connect(m_context, &DataContext::localDataChanged, this, &GlobalSearchModel::onLocalDataChanged);
}

GlobalSearchModel::~GlobalSearchModel() = default;

int GlobalSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GlobalSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size() || index.column() != 0)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.title;
    case Qt::AccessibleTextRole:
        return row.subtitle.isEmpty() ? row.title : row.title + QStringLiteral(", ") + row.subtitle;
    case Qt::ToolTipRole:
        return row.subtitle.isEmpty() ? QVariant() : QVariant(row.subtitle);
    case KindRole:
        return int(row.kind);
    case IdRole:
        return row.id;
    case SubtitleRole:
        return row.subtitle;
    case SelectableRole:
        return row.kind != RowKind::Header;
    default:
        return {};
    }
}

Qt::ItemFlags GlobalSearchModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).kind == RowKind::Header)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

GlobalSearchModel::RowKind GlobalSearchModel::kindAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : RowKind::Header;
}

QString GlobalSearchModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

bool GlobalSearchModel::isSelectable(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).kind != RowKind::Header;
}

int GlobalSearchModel::nextSelectableRow(int row, int step) const
{
    const int count = int(m_rows.size());
    if (count == 0 || (step != 1 && step != -1))
        return -1;
    int candidate = row < 0 ? (step > 0 ? -1 : count) : row;
    for (int i = 0; i < count; ++i) {
        candidate = (candidate + step + count) % count;
        if (isSelectable(candidate))
            return candidate;
    }
    return -1;
}

std::optional<ServiceItem> GlobalSearchModel::service(const QString &id) const
{
    if (!m_reference)
        return std::nullopt;
    for (const ServiceItem &item : m_reference->services) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

QString GlobalSearchModel::departmentName(const QString &departmentId) const
{
    return m_reference ? m_reference->departments.value(departmentId) : QString();
}

void GlobalSearchModel::setQuery(const QString &text)
{
    const QString query = text.simplified();
    if (query == m_query && m_state != State::Idle && m_state != State::Failed)
        return;
    m_query = query;
    run();
}

void GlobalSearchModel::clear()
{
    m_query.clear();
    run();
}

void GlobalSearchModel::run()
{
    const quint64 generation = ++m_generation;
    if (m_query.isEmpty()) {
        setRows({});
        m_citizenTotal = m_enterpriseTotal = 0;
        setState(State::Idle);
        return;
    }
    store::LocalReader *reader = m_context->reader();
    if (!reader || !m_context->hasLocalData()) {
        setRows({});
        m_citizenTotal = m_enterpriseTotal = 0;
        setState(State::NoLocalData);
        emit answered();
        return;
    }
    setState(State::Searching);
    const QString query = m_query;
    const bool needReference = !m_reference;
    reader->run<Answer>(
        this,
        [query, needReference](store::Store &store) -> Result<Answer> {
            Answer answer;
            store::ListQuery search;
            search.search = query;
            search.limit = kGroupLimit;
            auto citizens = store.citizens().list(search);
            if (!citizens)
                return citizens.error();
            answer.citizens = std::move(citizens->items);
            answer.citizenTotal = citizens->total;
            auto enterprises = store.enterprises().list(search);
            if (!enterprises)
                return enterprises.error();
            answer.enterprises = std::move(enterprises->items);
            answer.enterpriseTotal = enterprises->total;
            if (needReference) {
                auto reference = readReference(store);
                if (!reference)
                    return reference.error();
                answer.reference = std::move(*reference);
            }
            return answer;
        },
        [this, generation](const Result<Answer> &answer) { onAnswer(generation, answer); });
}

void GlobalSearchModel::onAnswer(quint64 generation, const Result<Answer> &answer)
{
    if (generation != m_generation)
        return; // a newer query (or a change of the local copy) superseded this one
    if (!answer) {
        setRows({});
        m_citizenTotal = m_enterpriseTotal = 0;
        m_error = answer.error();
        setState(m_context->hasLocalData() ? State::Failed : State::NoLocalData);
        emit answered();
        return;
    }
    if (answer->reference)
        m_reference = answer->reference;
    QList<Row> rows;
    if (!answer->citizens.isEmpty()) {
        rows.append(Row{RowKind::Header, {}, tr("Citizens"), {}});
        for (const Citizen &citizen : answer->citizens) {
            QStringList subtitle{citizen.idNumber};
            const QString district =
                m_reference ? m_reference->districts.value(citizen.districtCode) : QString();
            if (!district.isEmpty())
                subtitle << district;
            subtitle.removeAll(QString());
            rows.append(
                Row{RowKind::Citizen, citizen.id, citizen.name, subtitle.join(QStringLiteral(" · "))});
        }
    }
    if (!answer->enterprises.isEmpty()) {
        rows.append(Row{RowKind::Header, {}, tr("Enterprises"), {}});
        for (const Enterprise &enterprise : answer->enterprises)
            rows.append(Row{RowKind::Enterprise, enterprise.id, enterprise.name, enterprise.uscc});
    }
    if (m_reference) {
        const QStringList terms = m_query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QList<const ServiceItem *> matches;
        for (const ServiceItem &service : m_reference->services) {
            if (matchesService(service, m_reference->departments.value(service.departmentId), terms))
                matches.append(&service);
        }
        // Names that start with the text first; otherwise the catalogue's order (by code).
        std::stable_sort(matches.begin(), matches.end(), [this](const ServiceItem *a, const ServiceItem *b) {
            return a->name.startsWith(m_query, Qt::CaseInsensitive) &&
                   !b->name.startsWith(m_query, Qt::CaseInsensitive);
        });
        if (!matches.isEmpty()) {
            rows.append(Row{RowKind::Header, {}, tr("Services"), {}});
            for (int i = 0; i < matches.size() && i < kGroupLimit; ++i) {
                const ServiceItem *service = matches.at(i);
                rows.append(Row{RowKind::Service, service->id, service->name,
                                m_reference->departments.value(service->departmentId)});
            }
        }
    }
    if (!answer->citizens.isEmpty())
        rows.append(
            Row{RowKind::ShowAllCitizens,
                {},
                tr("Show all %1 citizens matching “%2”").arg(QString::number(answer->citizenTotal), m_query),
                {}});
    m_citizenTotal = answer->citizenTotal;
    m_enterpriseTotal = answer->enterpriseTotal;
    const bool empty = rows.isEmpty();
    setRows(std::move(rows));
    setState(empty ? State::NoResults : State::Results);
    emit answered();
}

void GlobalSearchModel::setRows(QList<Row> rows)
{
    if (rows.isEmpty() && m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void GlobalSearchModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void GlobalSearchModel::onDataChanged(const ChangeSet &changes)
{
    static const QStringList reference{QStringLiteral("region"), QStringLiteral("department"),
                                       QStringLiteral("service")};
    for (const QString &entity : reference) {
        if (changes.changed.contains(entity))
            m_reference.reset();
    }
    if (m_query.isEmpty())
        return;
    if (!m_reference || changes.changed.contains(QStringLiteral("citizen")) ||
        changes.changed.contains(QStringLiteral("enterprise")))
        run();
}

void GlobalSearchModel::onLocalDataChanged()
{
    m_reference.reset();
    if (!m_query.isEmpty())
        run();
}

} // namespace gd
