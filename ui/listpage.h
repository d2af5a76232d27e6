#pragma once
// What the citizen and enterprise list pages share: a title with the result count ("共 12,345 人"), a
// ListFilterBar, and a QTableView over a PagedListModel — or, instead of the table, the state of the list
// in words: the local copy not available or still opening, loading, the first sync still running, nothing
// in the copy, nothing matching (with Clear filters), or an error (with Retry).
//
// Search: typing searches 200 ms after the last key (a single-shot QTimer), Enter at once; the model drops
// answers to older texts, so results appear while typing and never go back to an older text. Filters
// apply at once. Sorting: clicking a header with an SQL sort key re-queries; other headers keep the
// indicator where it was. Enter or a double click on a row emits activated(id).
//
// The table never sizes to its contents (100k rows): fixed row heights, column widths from sample texts
// in the current font (columnSamples()), one column stretched (stretchColumn()); rows are fetched as the view
// scrolls.
//
// Subclasses make the model, the filters and the texts (texts(), columnSamples()) and call finishSetup()
// at the end of their constructor. GUI thread. Owns its widgets; the model and the filter options it is
// given become children of the page.

#include "ui/listfilterbar.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace gd {

class DataContext;
class ListFilterOptions;
class PagedListModel;

class ListPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 200;

    enum class State {
        Table,       // rows to show
        Unavailable, // no local copy (signed out, online only)
        Opening,     // the local copy is being opened
        Loading,     // the first page is being read, or the first sync still fills the copy
        Empty,       // no rows, no search or filter
        NoMatch,     // no rows for the search or filters
        Error,       // the list could not be read
    };
    Q_ENUM(State)

    ~ListPage() override;

    // Shows `text` in the search field and searches at once (the toolbar's search hands over here).
    void setSearchText(const QString &text);
    QString searchText() const;

    PagedListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ListFilterBar *filterBar() const { return m_bar; }
    State state() const { return m_state; }
    QString countText() const;

signals:
    void activated(const QString &id);

protected:
    struct Texts {
        QString title;
        QString searchPlaceholder;
        QString searchAccessibleName;
        QString tableAccessibleName;
        std::function<QString(qint64)> count; // "共 12,345 人"
        QString emptyTitle;                   // nothing in the local copy
        QString emptyDetail;
        QString noMatchSearch; // %1: the search text
        QString noMatchFilters;
        QString searchHint; // what the search understands (shown when nothing matches a search)
    };

    ListPage(DataContext *context, PagedListModel *model, ListFilterOptions *options,
             const QList<ListFilterBar::Filter> &filters, QWidget *parent);

    virtual Texts texts() const = 0;
    // Texts the column must fit (the header's own text is added), in the current language.
    virtual QStringList columnSamples(int column) const = 0;
    // The column that takes the width the others leave (default: the last).
    virtual int stretchColumn() const;
    void finishSetup();

    void changeEvent(QEvent *event) override;

private:
    void buildUi(ListFilterOptions *options, const QList<ListFilterBar::Filter> &filters);
    void retranslate();
    void resizeColumns();
    void applyQuery();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showSortIndicator();
    void moveToResults();
    void followSync();
    void updateState();
    void showState(State state, const QString &title, const QString &detail);

    DataContext *m_context;
    PagedListModel *m_model;
    Texts m_texts;
    State m_state = State::Loading;
    QTimer m_searchTimer;
    QMetaObject::Connection m_syncConnection;

    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    ListFilterBar *m_bar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_statePanel = nullptr;
    QLabel *m_stateTitle = nullptr;
    QLabel *m_stateDetail = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_retryButton = nullptr;
};

} // namespace gd
