#pragma once
// The search field and filter row above the citizen and enterprise lists. Which filters it shows is
// chosen at construction; their choices come from a ListFilterOptions (district → grid cascade: picking
// a district loads its grids). filters() gives them as the repositories' filter names and values.
//
//   searchEdited(text)   the user changed the search text (the page debounces it)
//   searchSubmitted()    Enter in the search field (the page searches at once)
//   filtersChanged()     a filter changed, or clear() (at once: combo boxes need no debounce; the page
//                        then takes the search text too)
//   moveToResultsRequested()  Down arrow in the search field
//
// Every control has a label with a mnemonic (buddy), an accessible name and an object name; the tab order
// is search, the filters left to right, Clear filters. GUI thread. Does not own the options.

#include "models/pagedlistmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gd {

class ListFilterOptions;
struct FilterChoice;

class ListFilterBar : public QWidget {
    Q_OBJECT
public:
    enum class Filter { District, Grid, Tag, RealnameLevel, OverdueBill, Industry, Stage };

    ListFilterBar(ListFilterOptions *options, const QList<Filter> &filters, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QString searchText() const;
    // Sets the text without searchEdited() (the caller searches itself).
    void setSearchText(const QString &text);
    void setSearchPlaceholder(const QString &text);
    void setSearchAccessibleName(const QString &text);

    PagedListModel::Filters filters() const;
    bool hasFilters() const; // a filter other than the search is set
    // Resets the search and every filter; emits filtersChanged() once (when anything was set).
    void clear();
    // The last widget of the bar in tab order (for the page's tab chain).
    QWidget *lastInTabOrder() const;

signals:
    void searchEdited(const QString &text);
    void searchSubmitted();
    void filtersChanged();
    void moveToResultsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QComboBox *addCombo(Filter filter, const char *objectName);
    void fill(QComboBox *combo, const QList<FilterChoice> &choices, const QString &anyText);
    void fillOptions();
    void fillGrids();
    void onDistrictChanged();
    void retranslate();
    bool has(Filter filter) const { return m_filters.contains(filter); }

    ListFilterOptions *m_options;
    QList<Filter> m_filters;
    bool m_updating = false; // filling combos: no filtersChanged()

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QMap<Filter, QLabel *> m_labels;
    QMap<Filter, QComboBox *> m_combos;
    QCheckBox *m_overdue = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace gd
