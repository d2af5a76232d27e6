#pragma once
// The 市民 Citizens page: the citizens of the local copy as a table (CitizenListModel), searched by name,
// pinyin, initials or a fragment of the (masked) ID number or phone, filtered by district → grid, tag,
// real-name level and "with overdue bills", sorted by name or age — all in SQL on the reader thread (see
// ListPage for the search debounce, the states and the keyboard). Enter or a double click on a row emits
// citizenActivated(id); the main window opens the homepage.
//
// GUI thread. Does not own the DataContext.

#include "ui/listpage.h"

namespace gd {

class CitizenListModel;

class CitizensPage : public ListPage {
    Q_OBJECT
public:
    explicit CitizensPage(DataContext *context, QWidget *parent = nullptr);

    CitizenListModel *citizens() const;

signals:
    void citizenActivated(const QString &id);

protected:
    Texts texts() const override;
    QStringList columnSamples(int column) const override;
};

} // namespace gd
