#include "ui/citizenspage.h"

#include "models/citizenlistmodel.h"
#include "models/hometext.h"
#include "models/listfilteroptions.h"

#include <QLocale>
#include <QTableView>

namespace gd {

CitizensPage::CitizensPage(DataContext *context, QWidget *parent)
    : ListPage(context, new CitizenListModel(context),
               new ListFilterOptions(context, ListFilterOptions::Kind::Citizens),
               {ListFilterBar::Filter::District, ListFilterBar::Filter::Grid, ListFilterBar::Filter::Tag,
                ListFilterBar::Filter::RealnameLevel, ListFilterBar::Filter::OverdueBill},
               parent)
{
    view()->setObjectName(QStringLiteral("citizenList"));
    connect(this, &ListPage::activated, this, &CitizensPage::citizenActivated);
    finishSetup();
}

CitizenListModel *CitizensPage::citizens() const
{
    return static_cast<CitizenListModel *>(model());
}

ListPage::Texts CitizensPage::texts() const
{
    Texts t;
    t.title = tr("Citizens");
    t.searchPlaceholder = tr("Name, pinyin, initials, or part of an ID or phone number");
    t.searchAccessibleName = tr("Search citizens");
    t.tableAccessibleName = tr("Citizens");
    t.count = [](qint64 total) {
        return total == 1 ? tr("1 citizen") : tr("%1 citizens").arg(QLocale().toString(total));
    };
    t.emptyTitle = tr("There are no citizens in the local copy");
    t.emptyDetail = tr("The citizens of your area of work appear here once the sync has brought them.");
    t.noMatchSearch = tr("No citizen matches “%1”");
    t.noMatchFilters = tr("No citizen matches these filters");
    t.searchHint =
        tr("Check the spelling, or search by pinyin, initials (such as “zs”), or a few digits of an ID "
           "or phone number.");
    return t;
}

QStringList CitizensPage::columnSamples(int column) const
{
    switch (column) {
    case CitizenListModel::NameColumn:
        return {QStringLiteral("欧阳某某某")};
    case CitizenListModel::GenderColumn:
        return {HomeText::gender(QStringLiteral("male")), HomeText::gender(QStringLiteral("female"))};
    case CitizenListModel::AgeColumn:
        return {QStringLiteral("100")};
    case CitizenListModel::IdNumberColumn:
        return {QStringLiteral("3502**********123X")};
    case CitizenListModel::PhoneColumn:
        return {QStringLiteral("138****8000")};
    case CitizenListModel::RealnameLevelColumn:
        return {HomeText::realnameLevel(1), HomeText::realnameLevel(2), HomeText::realnameLevel(3)};
    case CitizenListModel::DistrictColumn:
        return {QStringLiteral("思明区"), QStringLiteral("350203")};
    case CitizenListModel::GridColumn:
        return {QStringLiteral("莲前西社区 · 第十二网格")};
    default:
        return {};
    }
}

} // namespace gd
