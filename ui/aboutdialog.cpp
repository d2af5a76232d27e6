#include "ui/aboutdialog.h"

#include "core/version.h"
#include "models/datacontext.h"
#include "net/apiclient.h"
#include "net/healthjob.h"
#include "store/libraryversions.h"
#include "store/localreader.h"
#include "store/store.h"
#include "ui/branding.h"
#include "ui/errortext.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd {

AboutDialog::AboutDialog(ApiClient *client, DataContext *context, const QString &logFilePath, QWidget *parent)
    : QDialog(parent)
    , m_logFilePath(logFilePath)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About GovDesk"));
    setMinimumWidth(560);

    auto *icon = new QLabel(this);
    icon->setPixmap(Branding::appIcon().pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setText(QStringLiteral("%1 %2").arg(Branding::productName(), applicationVersion()));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *blurb =
        new QLabel(tr("The staff workstation of the city's Internet + government services platform, "
                      "for service officers, grid managers, supervisors and administrators."),
                   this);
    blurb->setWordWrap(true);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(blurb);
    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    header->addWidget(icon);
    header->addLayout(headerText, 1);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    // Built first, laid out below: addRow() keeps them in m_rows for plainText().
    auto place = [this, form](QLabel *value) {
        form->addRow(m_rows.constLast().first, value);
    };

    place(addRow(tr("Version"), applicationVersion(), "aboutVersion"));
    QStringList build{compilerDescription()};
    if (!buildType().isEmpty())
        build << buildType();
    if (!gitCommit().isEmpty())
        build << tr("commit %1").arg(gitCommit());
    place(addRow(tr("Build"), build.join(QStringLiteral(", ")), "aboutBuild"));
    place(
        addRow(tr("Qt"),
               tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
               "aboutQt"));
    m_sqlcipher = addRow(tr("SQLCipher"), tr("checking…"), "aboutSqlcipher");
    place(m_sqlcipher);
    m_sqlite = addRow(tr("SQLite"), tr("checking…"), "aboutSqlite");
    place(m_sqlite);
#if defined(Q_OS_LINUX)
    place(addRow(tr("Keychain"), tr("QtKeychain, Secret Service (libsecret)"), "aboutKeychain"));
#endif
    const QString address =
        client && client->baseUrl().isValid() ? ErrorText::displayAddress(client->baseUrl()) : QString();
    place(addRow(tr("Server address"), address.isEmpty() ? tr("none") : address, "aboutServerAddress"));
    m_server = addRow(tr("Server version"), tr("checking…"), "aboutServer");
    place(m_server);

    QLabel *log = addRow(tr("Log file"), logFilePath.isEmpty() ? tr("none") : logFilePath, "aboutLogFile");
    log->setWordWrap(true);
    auto *openFolder = new QPushButton(tr("Open &folder"), this);
    openFolder->setObjectName(QStringLiteral("aboutOpenLogFolder"));
    openFolder->setEnabled(!logFilePath.isEmpty());
    openFolder->setAutoDefault(false);
    connect(openFolder, &QPushButton::clicked, this, &AboutDialog::openLogFolder);
    // The path alone in its row (a wrapped label beside the button in a nested layout was cut off after
    // its first line: the form gives nested layouts no height for their width), the button below it.
    form->addRow(m_rows.constLast().first, log);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(openFolder);
    folderRow->addStretch(1);
    form->addRow(QString(), folderRow);

    auto *buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("aboutCopy"));
    m_copy->setToolTip(tr("Copy these versions as text, for a support request"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyToClipboard);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("aboutClose"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_copy, openFolder);
    setTabOrder(openFolder, close);
    close->setFocus();

    checkServer(client);
    readDatabaseVersions(context);
}

QLabel *AboutDialog::addRow(const QString &name, const QString &value, const char *objectName)
{
    auto *label = new QLabel(name, this);
    auto *text = new QLabel(value, this);
    text->setObjectName(QLatin1String(objectName));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setTextFormat(Qt::PlainText);
    label->setBuddy(text);
    m_rows.append(qMakePair(label, text));
    return text;
}

void AboutDialog::checkServer(ApiClient *client)
{
    if (!client || !client->baseUrl().isValid()) {
        m_server->setText(tr("not reachable"));
        finishPart(m_serverDone);
        return;
    }
    auto *job = new HealthJob(client, this);
    connect(job, &HealthJob::finished, this, [this](const Result<ServerHealth> &health) {
        if (!health)
            m_server->setText(tr("not reachable"));
        else if (health->isOk())
            m_server->setText(tr("%1, database %2").arg(health->version, health->database));
        else
            m_server->setText(tr("%1, database %2 (not answering)").arg(health->version, health->database));
        finishPart(m_serverDone);
    });
    job->start();
}

void AboutDialog::readDatabaseVersions(DataContext *context)
{
    const auto show = [this](const Result<store::LibraryVersions> &versions) {
        if (versions) {
            m_sqlcipher->setText(versions->sqlcipher.isEmpty() ? tr("none (plain SQLite)")
                                                               : versions->sqlcipher);
            m_sqlite->setText(versions->sqlite);
        } else {
            m_sqlcipher->setText(tr("unknown"));
            m_sqlite->setText(tr("unknown"));
        }
        finishPart(m_databaseDone);
    };
    store::LocalReader *reader = context ? context->reader() : nullptr;
    if (reader && reader->isOpen()) {
        reader->run<store::LibraryVersions>(
            this, [](store::Store &store) { return store::libraryVersions(store.connection()); }, show);
        return;
    }
    // No local copy open (online only, or still unlocking): the linked library answers, without a file.
    show(store::linkedLibraryVersions());
}

void AboutDialog::finishPart(bool &done)
{
    if (done)
        return;
    done = true;
    if (isSettled())
        emit settled();
}

QString AboutDialog::plainText() const
{
    QStringList lines{QStringLiteral("%1 %2").arg(Branding::productName(), applicationVersion())};
    for (const auto &[name, value] : m_rows)
        lines << QStringLiteral("%1: %2").arg(name->text(), value->text());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QUrl AboutDialog::logFolderUrl() const
{
    if (m_logFilePath.isEmpty())
        return {};
    return QUrl::fromLocalFile(QFileInfo(m_logFilePath).absolutePath());
}

void AboutDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(plainText());
    m_copy->setText(tr("Copied"));
}

void AboutDialog::openLogFolder()
{
    const QUrl url = logFolderUrl();
    if (!url.isEmpty())
        QDesktopServices::openUrl(url);
}

} // namespace gd
