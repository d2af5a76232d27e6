#pragma once
// Help → About: what support needs to know about this workstation, as text that can be selected and
// copied in one go ("Copy", for a support ticket): GovDesk's version and build (compiler, build type,
// commit), Qt at run time and at build time, SQLCipher and SQLite as the open local copy reports them
// (PRAGMA cipher_version on the reader's connection; without a local copy, asked of the library itself),
// the keychain, the server's address, version and database (GET /api/v1/health: "checking…", then the
// answer, or "not reachable"), and the log file with a button that opens its folder.
//
// settled() is emitted once both the server's and the database's answers are shown. Keyboard: Copy
// (Alt+C), Open folder (Alt+F), Close (Esc, Enter). GUI thread; owns nothing it is given.

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;

namespace gd {

class ApiClient;
class DataContext;

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    // `client` and `context` may be null (then: not reachable / the library's own versions); `logFilePath`
    // empty when there is no log file.
    AboutDialog(ApiClient *client, DataContext *context, const QString &logFilePath,
                QWidget *parent = nullptr);

    // "Label: value" lines, the product and version first: what Copy puts on the clipboard.
    QString plainText() const;
    bool isSettled() const { return m_serverDone && m_databaseDone; }
    QUrl logFolderUrl() const; // empty without a log file

public slots:
    void copyToClipboard();
    void openLogFolder();

signals:
    void settled();

private:
    QLabel *addRow(const QString &name, const QString &value, const char *objectName);
    void checkServer(ApiClient *client);
    void readDatabaseVersions(DataContext *context);
    void finishPart(bool &done);

    QList<QPair<QLabel *, QLabel *>> m_rows;
    QLabel *m_sqlcipher = nullptr;
    QLabel *m_sqlite = nullptr;
    QLabel *m_server = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_logFilePath;
    bool m_serverDone = false;
    bool m_databaseDone = false;
};

} // namespace gd
