#pragma once
// The conflict queue (冲突队列): the local changes the server did not take, one at a time.
//   - "conflict" entries (409: someone changed the object meanwhile) show a side-by-side table — field |
//     my version | server version | result — where the result column starts as mine and can be edited
//     field by field; the user keeps theirs (保留我的), takes the server's (采用服务器的) or sends the
//     result column (合并后提交).
//   - "rejected" entries show the server's reason and offer only 放弃此更改 (discard).
// Nothing is resolved without the user's click.
//
// The dialog does not talk to the sync engine itself (testable without threads): it shows the entries
// given to setEntries() and hands each decision to the resolver callback, which reports back through
// `done`; the main window's glue runs SyncEngine::resolveConflict on the sync thread and reloads the
// entries when the engine says they changed. A reload keeps the selected entry and its unsent result.
//
// GUI thread. Keyboard: the list, the fields table (F2 or typing edits a result), the buttons with
// Alt mnemonics, Escape closes.

#include "domain/result.h"
#include "store/conflictrepository.h"
#include "sync/syncengine.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace gd {

class ConflictFieldModel;
class ConflictListModel;

class ConflictQueueDialog : public QDialog {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<void> &result)>;
    using Resolver = std::function<void(qint64 id, SyncEngine::Resolution resolution,
                                        const QJsonObject &merged, Done done)>;

    explicit ConflictQueueDialog(QWidget *parent = nullptr);
    ~ConflictQueueDialog() override;

    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }

    // Replaces the list (a snapshot from the store). Keeps the selected entry if it is still there.
    void setEntries(const QList<store::ConflictEntry> &entries);
    // The list could not be read (the local copy is closed or failed).
    void showLoadError(const Error &error);

    ConflictListModel *listModel() const { return m_list; }
    ConflictFieldModel *fieldModel() const { return m_fields; }
    qint64 currentId() const; // 0 when nothing is selected
    bool selectEntry(qint64 id);
    bool isBusy() const { return m_busy; }

public slots:
    void keepMine();
    void takeServer();
    void submitMerge();
    void discard();

signals:
    // A decision was taken by the engine (the entry is gone from the queue).
    void resolved(qint64 id, gd::SyncEngine::Resolution resolution);
    // setEntries() or showLoadError() has filled the dialog.
    void loaded();

private:
    void buildUi();
    void onCurrentChanged();
    void showEntry(const store::ConflictEntry *entry);
    void resolve(SyncEngine::Resolution resolution);
    void onResolved(qint64 id, SyncEngine::Resolution resolution, const Result<void> &result);
    void updateButtons();
    void setMessage(const QString &text, bool error);

    Resolver m_resolver;
    ConflictListModel *m_list;
    ConflictFieldModel *m_fields;
    bool m_busy = false;

    QLabel *m_intro = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_listView = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_fieldView = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeServer = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace gd
