#pragma once
// The enterprises of the local copy as a table for the 企业 list: name, USCC (统一社会信用代码, public, as
// given), legal representative, industry, lifecycle stage (新设立/成长期/成熟期/注销中) and district. Read a
// page at a time on the reader thread; filtered (grid, community, district, industry, stage, tag),
// searched (name, pinyin, USCC and phone fragments) and sorted (name) in SQL — see PagedListModel.
// Refreshes on change sets with enterprises, regions or tags.
//
// IdRole (Qt::UserRole) is the enterprise's id in every column. GUI thread.

#include "models/pagedlistmodel.h"

namespace gd {

class ListNames;

struct EnterpriseRow {
    QString id;
    QString name;
    QString uscc;
    QString legalPerson;
    QString industry;
    QString stage; // "new", "growing", "mature", "closing"
    QString districtCode;
    QString district; // name; empty when the region tree lacks it
};

class EnterpriseListModel : public PagedRowsModel<EnterpriseRow> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        UsccColumn,
        LegalPersonColumn,
        IndustryColumn,
        StageColumn,
        DistrictColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit EnterpriseListModel(DataContext *context, QObject *parent = nullptr);
    ~EnterpriseListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    PageReader pageReader() const override;
    Counter counter() const override;
    std::optional<SortKey> sortKeyFor(int column) const override;
    bool affectedBy(const ChangeSet &changes) const override;
    void forgetNames() override;

private:
    std::shared_ptr<ListNames> m_names;
};

} // namespace gd
