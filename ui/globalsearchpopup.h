#pragma once
// The results list under the toolbar's search box (Ctrl+K): while the user types, it waits kDebounceMs
// after the last keystroke, asks the GlobalSearchModel and shows the grouped answer (citizens,
// enterprises, services, "show all citizens matching …") or a state line ("Searching…", "No results",
// "No local copy"). The search box keeps the keyboard focus: Up/Down move through the results (group
// headers are skipped), Enter opens the current one (the first one when none is chosen), Escape closes the
// list (a second Escape clears the box); a click opens a result. Leaving the box closes the list.
//
// A child widget of the main window laid over its content (not a separate window: no focus stealing, and
// a screenshot of the window shows it). It opens nothing itself: the *Activated signals tell the main
// window. GUI thread. Owns the model; does not own the search box or the DataContext.

#include "models/globalsearchmodel.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace gd {

class DataContext;

class GlobalSearchPopup : public QFrame {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 200;

    // `box`: the search box it belongs to; `window`: the widget it is laid over (its parent).
    GlobalSearchPopup(QLineEdit *box, DataContext *context, QWidget *window);

    GlobalSearchModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    int currentRow() const;
    QString stateText() const;

public slots:
    // Searches for the box's text now (no debounce) and shows the list.
    void searchNow();
    // Opens the current row (or the first one).
    void activateCurrent();
    void dismiss();

signals:
    void citizenActivated(const QString &id);
    void enterpriseActivated(const QString &id);
    void serviceActivated(const QString &id);
    void showAllCitizensRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onAnswered();
    void activateRow(int row);
    void moveCurrent(int step);
    void place();
    void showPopup();
    void updateState();

    QLineEdit *m_box;
    GlobalSearchModel *m_model;
    QListView *m_view;
    QLabel *m_state;
    QTimer *m_debounce;
};

} // namespace gd
