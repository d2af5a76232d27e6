#pragma once
// The citizens of the local copy as a table for the 市民 list: name, gender, age (from the birth date and
// the DataContext's clock), ID number and phone exactly as cached (masked; never unmasked here), real-name
// level, district, grid and the first few tags. Read a page at a time on the reader thread; filtered
// (grid, community, street, district, household, realname_level, tag, overdue_bill "1"), searched (name,
// pinyin, initials, ID/phone fragments) and sorted (name; age = birth date) in SQL — see PagedListModel.
// Refreshes on change sets with citizens, regions or tags (and bills while filtering by overdue bills).
//
// IdRole (Qt::UserRole) is the citizen's id in every column. GUI thread.

#include "models/pagedlistmodel.h"

#include <QDate>
#include <QStringList>

namespace gd {

class ListNames;

struct CitizenRow {
    QString id;
    QString name;
    QString gender; // "male" / "female"
    QDate birthDate;
    QString idNumber; // masked as cached
    QString phone;    // masked as cached
    int realnameLevel = 0;
    QString districtCode;
    QString district; // name; empty when the region tree lacks it
    QString gridId;
    QString grid;     // "community · grid"; empty when the region tree lacks it
    QStringList tags; // names, in the citizen's order (unknown tags left out)
};

class CitizenListModel : public PagedRowsModel<CitizenRow> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        GenderColumn,
        AgeColumn,
        IdNumberColumn,
        PhoneColumn,
        RealnameLevelColumn,
        DistrictColumn,
        GridColumn,
        TagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int kTagsShown = 3; // further tags show as "+n" (all of them in the tooltip)

    explicit CitizenListModel(DataContext *context, QObject *parent = nullptr);
    ~CitizenListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "孕产妇、有车族、家有老人 +2": at most `shown` names, then how many more.
    static QString tagSummary(const QStringList &tags, int shown = kTagsShown);

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
