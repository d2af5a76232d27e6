#include "ui/mainwindow.h"

#include "models/datacontext.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/version.h"
#include "models/navigationmodel.h"
#include "net/apiclient.h"
#include "net/healthjob.h"
#include "net/logoutjob.h"
#include "store/store.h"
#include "sync/synchost.h"
#include "ui/branding.h"
#include "ui/conflictqueuedialog.h"
#include "ui/errortext.h"
#include "ui/navigationdelegate.h"
#include "ui/placeholderpage.h"
#include "ui/roletext.h"
#include "ui/settingspage.h"
#include "ui/theme.h"
#include "ui/todaypage.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace gd {
namespace {
constexpr int kStatusMessageMs = 8000;
} // namespace

MainWindow::MainWindow(ApiClient *client, const Clock &clock, Preferences *preferences, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_clock(clock)
    , m_data(new DataContext(client, clock, this))
    , m_preferences(preferences)
    , m_navigation(new NavigationModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Branding::appIcon());
    const StaffUser &user = m_client->user();
    // The platform appends the application display name (the product name): "王芳 — 政务工作台".
    setWindowTitle(user.displayName.isEmpty() ? user.username : user.displayName);

    m_navigationView = new QListView(this);
    m_navigationView->setObjectName(QStringLiteral("navigationList"));
    m_navigationView->setAccessibleName(tr("Pages"));
    m_navigationView->setModel(m_navigation);
    m_navigationView->setItemDelegate(new NavigationDelegate(m_navigationView));
    m_navigationView->setIconSize(QSize(24, 24));
    m_navigationView->setFrameShape(QFrame::NoFrame);
    m_navigationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigationView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigationView->setFixedWidth(200);
    m_navigationView->setSpacing(2);

    // Made first: its Sync now action goes into the File menu and the settings page.
    m_syncBar = new SyncStatusBar(m_clock, this);
    connect(m_syncBar, &SyncStatusBar::syncNowRequested, this, &MainWindow::syncNow);
    connect(m_syncBar, &SyncStatusBar::conflictsRequested, this, &MainWindow::openConflictQueue);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    buildPages();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigationView);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildMenus();
    buildToolBar();
    buildStatusBar();

    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onNavigationChanged(current); });
    connect(m_client, &ApiClient::connectionStateChanged, this, [this] { updateConnectionLabel(); });
    connect(m_client, &ApiClient::tokensChanged, this, [this] { updateUserLabel(); });
    connect(m_client, &ApiClient::sessionExpired, this, [this] {
        if (!m_signingOut)
            emit sessionExpired();
    });

    m_healthTimer = new QTimer(this);
    m_healthTimer->setInterval(kHealthIntervalMs);
    connect(m_healthTimer, &QTimer::timeout, this, &MainWindow::checkServer);

    showPage(QStringLiteral("today"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageKeys()
{
    QStringList keys = NavigationModel::pageKeys();
    keys << QStringLiteral("citizen") << QStringLiteral("enterprise");
    return keys;
}

void MainWindow::buildPages()
{
    m_today = new TodayPage(m_clock, m_stack);
    m_today->setUser(m_client->user());
    m_today->setServerAddress(m_client->baseUrl());
    connect(m_today, &TodayPage::checkServerRequested, this, &MainWindow::checkServer);
    addPage(QStringLiteral("today"), m_today);

    const auto placeholder = [this](const QString &key, const QString &title, const QString &description) {
        addPage(key, new PlaceholderPage(title, description, m_stack));
    };
    placeholder(
        QStringLiteral("citizens"), tr("Citizens"),
        tr("Find the citizens in your area of work — by name, pinyin or initials, or a fragment of their "
           "ID or phone number — see their real-name level and tags, and open a citizen's homepage."));
    placeholder(
        QStringLiteral("citizen"), tr("Citizen homepage"),
        tr("One citizen on one page: profile and real-name level, tags, items handled before, pending "
           "items, bills due, subsidy and tax-refund applications, the assigned officer, and recommended "
           "services with the reason for each."));
    placeholder(
        QStringLiteral("enterprises"), tr("Enterprises"),
        tr("Find enterprises by name or unified social credit code, filter them by lifecycle stage (newly "
           "established, growing, mature, deregistering) and open an enterprise's homepage."));
    placeholder(
        QStringLiteral("enterprise"), tr("Enterprise homepage"),
        tr("One enterprise on one page: registration details and lifecycle stage, tags, applications and "
           "pending items, and the policies and services recommended for it with the reason for each."));
    placeholder(
        QStringLiteral("pending"), tr("Pending"),
        tr("The applications waiting for your department: every step across departments with its deadline "
           "(SLA), approving or returning a step with a note, and the citizen's rating of the handling."));
    placeholder(
        QStringLiteral("grid"), tr("Grid"),
        tr("Your grids from district to street, community and grid: residents and households, special "
           "groups, visit records, incident reports up the chain and tasks pushed down to grid managers."));
    placeholder(
        QStringLiteral("push"), tr("Push"),
        tr("Proactive push: choose an audience by tags and attributes, see the recommended services with "
           "their match degree and reason, schedule the push, send large pushes for approval, and track "
           "delivered, opened, applied and completed against a hold-out group."));
    placeholder(
        QStringLiteral("dashboards"), tr("Dashboards"),
        tr("Platform usage (sign-ins by channel, active users, applications by service and department, "
           "handling time, SLA compliance, satisfaction) and public opinion (messages, sentiment, hot "
           "topics by district, with spikes flagged)."));

    m_settings = new SettingsPage(m_preferences, m_stack);
    connect(m_settings, &SettingsPage::syncNowRequested, this, &MainWindow::syncNow);
    connect(m_settings, &SettingsPage::wipeRequested, this, &MainWindow::wipeLocalDataRequested);
    addPage(QStringLiteral("settings"), m_settings);
}

void MainWindow::addPage(const QString &key, QWidget *page)
{
    page->setObjectName(key + QStringLiteral("Page"));
    m_pages.insert(key, page);
    m_stack->addWidget(page);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings =
        file->addAction(tr("&Settings"), this, [this] { showPage(QStringLiteral("settings")); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    file->addAction(m_syncBar->syncNowAction());
    m_conflictsAction = file->addAction(tr("&Conflict queue…"), this, &MainWindow::openConflictQueue);
    m_conflictsAction->setObjectName(QStringLiteral("conflictQueueAction"));
    m_conflictsAction->setEnabled(false);
    file->addSeparator();
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QStringList keys = m_navigation->keys();
    for (int row = 0; row < keys.size(); ++row) {
        const QString key = keys.at(row);
        QAction *action = go->addAction(m_navigation->titleOf(key), this, [this, key] { showPage(key); });
        action->setObjectName(key + QStringLiteral("PageAction"));
        action->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + row))));
    }
    go->addSeparator();
    QAction *search = go->addAction(tr("&Search"), this, &MainWindow::focusSearch);
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About GovDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    auto *brand = new QWidget(bar);
    auto *brandLayout = new QHBoxLayout(brand);
    brandLayout->setContentsMargins(10, 2, 10, 2);
    brandLayout->setSpacing(8);
    auto *logo = new QLabel(brand);
    logo->setPixmap(Branding::appIcon().pixmap(QSize(22, 22)));
    auto *name = new QLabel(Branding::productName(), brand);
    name->setObjectName(QStringLiteral("brandLabel"));
    QFont nameFont = name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.1);
    name->setFont(nameFont);
    brandLayout->addWidget(logo);
    brandLayout->addWidget(name);
    bar->addWidget(brand);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setPlaceholderText(tr("Search citizens, enterprises, applications (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setFixedWidth(420);
    bar->addWidget(m_search);
    auto *trailing = new QWidget(bar);
    trailing->setFixedWidth(8);
    bar->addWidget(trailing);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        statusBar()->showMessage(tr("Search arrives with the local store in a later release."),
                                 kStatusMessageMs);
    });
}

void MainWindow::buildStatusBar()
{
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextFormat(Qt::RichText);
    for (QLabel *label : {m_serverLabel, m_userLabel, m_connectionLabel})
        label->setContentsMargins(10, 2, 10, 2);
    statusBar()->addPermanentWidget(m_syncBar);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_serverLabel->setText(tr("Server: %1").arg(ErrorText::displayAddress(m_client->baseUrl())));
    m_serverLabel->setToolTip(m_client->baseUrl().toString());
    updateUserLabel();
    updateConnectionLabel();
}

void MainWindow::updateUserLabel()
{
    const StaffUser &user = m_client->user();
    if (!m_client->isSignedIn()) {
        m_userLabel->setText(tr("Not signed in"));
        return;
    }
    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
    m_userLabel->setText(tr("%1 · %2").arg(name, RoleText::roleTitle(user.role)));
}

void MainWindow::updateConnectionLabel()
{
    QString text;
    QColor color;
    switch (m_client->connectionState()) {
    case ApiClient::ConnectionState::Online:
        text = tr("Connected");
        color = Theme::successColor(palette());
        break;
    case ApiClient::ConnectionState::Offline:
        text = tr("Server unreachable");
        color = Theme::errorColor(palette());
        break;
    case ApiClient::ConnectionState::Unknown:
        text = tr("Connecting…");
        color = palette().color(QPalette::PlaceholderText);
        break;
    }
    m_connectionLabel->setText(
        QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2").arg(color.name(), text.toHtmlEscaped()));
    m_connectionLabel->setAccessibleName(tr("Connection: %1").arg(text));
}

QString MainWindow::currentPageKey() const
{
    return m_pages.key(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString &key)
{
    QWidget *page = m_pages.value(key);
    if (!page)
        return false;
    m_stack->setCurrentWidget(page);
    // The homepages belong to their lists in the navigation.
    QString navigationKey = key;
    if (key == QLatin1String("citizen"))
        navigationKey = QStringLiteral("citizens");
    else if (key == QLatin1String("enterprise"))
        navigationKey = QStringLiteral("enterprises");
    m_syncingNavigation = true;
    m_navigationView->setCurrentIndex(m_navigation->indexOf(navigationKey));
    m_syncingNavigation = false;
    return true;
}

void MainWindow::onNavigationChanged(const QModelIndex &current)
{
    if (m_syncingNavigation || !current.isValid())
        return;
    showPage(current.data(NavigationModel::KeyRole).toString());
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    statusBar()->showMessage(tr("Search arrives with the local store in a later release."), kStatusMessageMs);
}

void MainWindow::checkServer()
{
    if (m_healthJob)
        return;
    m_today->setChecking();
    auto *job = new HealthJob(m_client, this);
    m_healthJob = job;
    connect(job, &HealthJob::finished, this, [this](const Result<ServerHealth> &health) {
        m_healthJob = nullptr;
        m_today->setServerHealth(health, m_clock.nowUtc());
        updateConnectionLabel();
        emit serverChecked();
    });
    job->start();
}

void MainWindow::setLocalDataMode(SyncStatusBar::Mode mode)
{
    m_syncBar->setMode(mode);
    m_settings->setLocalData(mode, m_cachePath);
    // While a sync engine reports, the status bar's own connection indicator replaces the health check's.
    m_connectionLabel->setVisible(mode != SyncStatusBar::Mode::Sync);
    m_conflictsAction->setEnabled(mode == SyncStatusBar::Mode::Sync);
    if (m_conflictDialog && mode != SyncStatusBar::Mode::Sync)
        m_conflictDialog->close();
}

void MainWindow::detachSyncHost()
{
    if (SyncHost *host = m_sync.data())
        disconnect(host, nullptr, this, nullptr);
    m_sync = nullptr;
    m_cachePath.clear();
    m_data->setLocalData(nullptr, nullptr);
}

void MainWindow::setLocalDataUnlocking()
{
    detachSyncHost();
    setLocalDataMode(SyncStatusBar::Mode::Unlocking);
}

void MainWindow::setOnlineOnly()
{
    detachSyncHost();
    setLocalDataMode(SyncStatusBar::Mode::OnlineOnly);
}

void MainWindow::clearLocalData()
{
    detachSyncHost();
    setLocalDataMode(SyncStatusBar::Mode::Hidden);
}

void MainWindow::setSyncHost(SyncHost *host, store::LocalReader *reader, const QString &cachePath)
{
    detachSyncHost();
    if (!host) {
        setLocalDataMode(SyncStatusBar::Mode::Hidden);
        return;
    }
    m_sync = host;
    m_cachePath = cachePath;
    m_data->setLocalData(reader, host);
    connect(host, &SyncHost::statusChanged, this, &MainWindow::onSyncStatus);
    connect(host, &SyncHost::conflictsChanged, this, &MainWindow::reloadConflicts);
    connect(host, &SyncHost::storeOpened, this, [this](bool, const QString &movedAsidePath) {
        if (!movedAsidePath.isEmpty())
            statusBar()->showMessage(
                tr("The local copy on this computer could not be read and was set aside; "
                   "GovDesk is downloading a fresh copy."),
                4 * kStatusMessageMs);
    });
    setLocalDataMode(SyncStatusBar::Mode::Sync);
    onSyncStatus(host->status());
}

void MainWindow::onSyncStatus(const SyncStatus &status)
{
    m_syncBar->setStatus(status);
    m_settings->setSyncStatus(status);
}

ConflictQueueDialog *MainWindow::conflictQueue() const
{
    return m_conflictDialog.data();
}

SyncHost *MainWindow::runningSync() const
{
    SyncHost *host = m_sync.data();
    return host && host->isRunning() ? host : nullptr;
}

void MainWindow::syncNow()
{
    SyncHost *host = runningSync();
    if (!host)
        return;
    host->syncNow();
    statusBar()->showMessage(tr("Syncing with the server…"), kStatusMessageMs / 2);
}

void MainWindow::openConflictQueue()
{
    if (!runningSync())
        return;
    if (!m_conflictDialog) {
        auto *dialog = new ConflictQueueDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_conflictDialog = dialog;
        // Decisions run on the sync thread; the answer comes back here while the dialog exists.
        dialog->setResolver([this, dialog](qint64 id, SyncEngine::Resolution resolution,
                                           const QJsonObject &merged, const ConflictQueueDialog::Done &done) {
            SyncHost *host = runningSync();
            if (!host) {
                done(makeError(ErrorCode::Storage, QStringLiteral("the local copy is not open")));
                return;
            }
            host->run<Result<void>>(
                dialog,
                [id, resolution, merged](SyncEngine &engine) {
                    return engine.resolveConflict(id, resolution, merged);
                },
                done);
        });
    }
    reloadConflicts();
    m_conflictDialog->show();
    m_conflictDialog->raise();
    m_conflictDialog->activateWindow();
}

void MainWindow::reloadConflicts()
{
    ConflictQueueDialog *dialog = m_conflictDialog;
    if (!dialog)
        return;
    SyncHost *host = runningSync();
    if (!host) {
        dialog->showLoadError(makeError(ErrorCode::Storage, QStringLiteral("the local copy is not open")));
        return;
    }
    using Entries = Result<QList<store::ConflictEntry>>;
    host->run<Entries>(
        dialog,
        [](SyncEngine &engine) -> Entries {
            if (!engine.store())
                return makeError(ErrorCode::Storage, QStringLiteral("the local copy is not open"));
            return engine.store()->conflicts().list();
        },
        [dialog](const Entries &entries) {
            if (entries)
                dialog->setEntries(*entries);
            else
                dialog->showLoadError(entries.error());
        });
}

void MainWindow::signOut()
{
    if (m_signingOut)
        return;
    m_signingOut = true;
    emit signingOut();
    centralWidget()->setEnabled(false);
    statusBar()->showMessage(tr("Signing out…"));
    auto *job = new LogoutJob(m_client, this);
    connect(job, &LogoutJob::finished, this, [this](const Result<void> &) {
        m_signingOut = false;
        emit signedOut();
    });
    job->start();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About"));
    box->setIconPixmap(Branding::appIcon().pixmap(QSize(64, 64)));
    box->setText(tr("%1 %2").arg(Branding::productName(), applicationVersion()));
    box->setInformativeText(tr("The staff workstation of the city's Internet + government services platform, "
                               "for service officers, grid managers, supervisors and administrators.\n\n"
                               "Built with Qt %1.")
                                .arg(QString::fromLatin1(qVersion())));
    box->addButton(tr("Close"), QMessageBox::AcceptRole);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    emit quitRequested();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_connectionLabel)
        updateConnectionLabel(); // the status dot's colour depends on light/dark
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_checkedOnce) {
        m_checkedOnce = true;
        checkServer();
        m_healthTimer->start();
    }
}

} // namespace gd
