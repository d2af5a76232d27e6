#include "ui/enterprisespage.h"

#include "models/enterpriselistmodel.h"
#include "models/hometext.h"
#include "models/listfilteroptions.h"

#include <QLocale>
#include <QTableView>

namespace gd {

EnterprisesPage::EnterprisesPage(DataContext *context, QWidget *parent)
    : ListPage(context, new EnterpriseListModel(context),
               new ListFilterOptions(context, ListFilterOptions::Kind::Enterprises),
               {ListFilterBar::Filter::District, ListFilterBar::Filter::Industry,
                ListFilterBar::Filter::Stage, ListFilterBar::Filter::Tag},
               parent)
{
    view()->setObjectName(QStringLiteral("enterpriseList"));
    connect(this, &ListPage::activated, this, &EnterprisesPage::enterpriseActivated);
    finishSetup();
}

EnterpriseListModel *EnterprisesPage::enterprises() const
{
    return static_cast<EnterpriseListModel *>(model());
}

ListPage::Texts EnterprisesPage::texts() const
{
    Texts t;
    t.title = tr("Enterprises");
    t.searchPlaceholder = tr("Name, pinyin, initials, or part of a credit code or phone number");
    t.searchAccessibleName = tr("Search enterprises");
    t.tableAccessibleName = tr("Enterprises");
    t.count = [](qint64 total) {
        return total == 1 ? tr("1 enterprise") : tr("%1 enterprises").arg(QLocale().toString(total));
    };
    t.emptyTitle = tr("There are no enterprises in the local copy");
    t.emptyDetail = tr("The enterprises of your area of work appear here once the sync has brought them.");
    t.noMatchSearch = tr("No enterprise matches “%1”");
    t.noMatchFilters = tr("No enterprise matches these filters");
    t.searchHint =
        tr("Check the spelling, or search by pinyin, initials, or a few digits of the credit code or "
           "phone number.");
    return t;
}

QStringList EnterprisesPage::columnSamples(int column) const
{
    switch (column) {
    case EnterpriseListModel::UsccColumn:
        return {QStringLiteral("91350203MA2Y0XXXXX")};
    case EnterpriseListModel::LegalPersonColumn:
        return {QStringLiteral("欧阳某某")};
    case EnterpriseListModel::IndustryColumn:
        return {QStringLiteral("信息传输、软件和信息技术服务业")}; // the longest GB/T 4754 section
    case EnterpriseListModel::StageColumn: {
        QStringList stages;
        for (const char *stage : {"new", "growing", "mature", "closing"})
            stages.append(HomeText::enterpriseStage(QString::fromLatin1(stage)));
        return stages;
    }
    default:
        return {};
    }
}

int EnterprisesPage::stretchColumn() const
{
    return EnterpriseListModel::NameColumn;
}

} // namespace gd
