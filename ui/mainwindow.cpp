#include "ui/mainwindow.h"

#include "core/clock.h"
#include "core/logfile.h"
#include "core/logging.h"
#include "core/preferences.h"
#include "core/version.h"
#include "models/datacontext.h"
#include "models/navigationmodel.h"
#include "models/newapplicationwatcher.h"
#include "models/queuecountswatcher.h"
#include "net/apiclient.h"
#include "net/healthjob.h"
#include "net/logoutjob.h"
#include "store/store.h"
#include "sync/synchost.h"
#include "ui/aboutdialog.h"
#include "ui/branding.h"
#include "ui/citizenhomepage.h"
#include "ui/citizenspage.h"
#include "ui/conflictqueuedialog.h"
#include "ui/dashboardpage.h"
#include "ui/enterprisehomepage.h"
#include "ui/enterprisespage.h"
#include "ui/errortext.h"
#include "ui/globalsearchpopup.h"
#include "ui/gridpage.h"
#include "ui/idlelock.h"
#include "ui/lockscreen.h"
#include "ui/navigationdelegate.h"
#include "ui/placeholderpage.h"
#include "ui/pushpage.h"
#include "ui/queuepage.h"
#include "ui/roletext.h"
#include "ui/settingspage.h"
#include "ui/theme.h"
#include "ui/todaypage.h"

#include <QAction>
#include <QApplication>
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
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace gd {
namespace {
constexpr int kStatusMessageMs = 8000;
constexpr int kHistoryLimit = 50;

// A dialog, message box or other window of `window` (its parent chain leads there).
bool belongsTo(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (w == window)
            return true;
    }
    return false;
}
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

    // The toolbar first, so that Tab goes from the search box to the navigation and on to the page.
    buildToolBar();

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

    // Made before the pages: its Sync now action goes into the File menu and the settings page. Without a
    // parent until the status bar takes it, so that its buttons come last in the Tab order.
    m_syncBar = new SyncStatusBar(m_clock);
    connect(m_syncBar, &SyncStatusBar::syncNowRequested, this, &MainWindow::syncNow);
    connect(m_syncBar, &SyncStatusBar::conflictsRequested, this, &MainWindow::openConflictQueue);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    buildPages();

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("windowContent"));
    auto *layout = new QHBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigationView);
    auto *separator = new QFrame(m_content);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);

    m_lockScreen = new LockScreen(m_client, this);
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_content);
    m_central->addWidget(m_lockScreen);
    setCentralWidget(m_central);

    buildMenus();
    buildStatusBar();

    m_idleLock = new IdleLock(m_clock, this);
    m_idleLock->setTimeout(std::chrono::minutes(m_preferences->idleLockMinutes()));
    connect(m_idleLock, &IdleLock::locked, this, [this] { setLocked(true); });
    connect(m_idleLock, &IdleLock::unlocked, this, [this] { setLocked(false); });
    connect(m_lockScreen, &LockScreen::unlocked, m_idleLock, &IdleLock::unlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);
    connect(m_settings, &SettingsPage::idleLockChanged, this,
            [this](int minutes) { m_idleLock->setTimeout(std::chrono::minutes(minutes)); });

    m_newApplications = new NewApplicationWatcher(m_data, this);
    connect(m_newApplications, &NewApplicationWatcher::arrived, this, &MainWindow::onNewApplications);

    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onNavigationChanged(current); });
    connect(m_client, &ApiClient::connectionStateChanged, this, [this] { updateConnectionLabel(); });
    connect(m_client, &ApiClient::tokensChanged, this, [this] {
        updateUserLabel();
        m_queue->setUser(m_client->user());
        m_dashboards->setUser(m_client->user());
        m_push->setUser(m_client->user());
        m_grid->setUser(m_client->user());
    });
    connect(m_client, &ApiClient::sessionExpired, this, [this] {
        if (!m_signingOut)
            emit sessionExpired();
    });

    m_healthTimer = new QTimer(this);
    m_healthTimer->setInterval(kHealthIntervalMs);
    connect(m_healthTimer, &QTimer::timeout, this, &MainWindow::checkServer);

    showPageOf(QStringLiteral("today"), {}, false);
    // The search box comes first in the Tab order, but the window opens with the navigation focused.
    m_navigationView->setFocus(Qt::OtherFocusReason);
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
    m_today->setDataContext(m_data);
    connect(m_today, &TodayPage::checkServerRequested, this, &MainWindow::checkServer);
    connect(m_today, &TodayPage::pageRequested, this, &MainWindow::showPage);
    connect(m_today, &TodayPage::citizenRequested, this, &MainWindow::openCitizen);
    connect(m_today, &TodayPage::enterpriseRequested, this, &MainWindow::openEnterprise);
    addPage(QStringLiteral("today"), m_today);

    m_citizens = new CitizensPage(m_data, m_stack);
    connect(m_citizens, &CitizensPage::citizenActivated, this, &MainWindow::openCitizen);
    addPage(QStringLiteral("citizens"), m_citizens);
    m_citizenHome = new CitizenHomePage(m_data, m_stack);
    connect(m_citizenHome, &CitizenHomePage::citizenActivated, this, &MainWindow::openCitizen);
    connect(m_citizenHome, &CitizenHomePage::loaded, this, [this] {
        m_today->noteOpened(QStringLiteral("citizen"), m_citizenHome->citizenId(),
                            m_citizenHome->profile().citizen.name);
    });
    addPage(QStringLiteral("citizen"), m_citizenHome);
    m_enterprises = new EnterprisesPage(m_data, m_stack);
    connect(m_enterprises, &EnterprisesPage::enterpriseActivated, this, &MainWindow::openEnterprise);
    addPage(QStringLiteral("enterprises"), m_enterprises);
    m_enterpriseHome = new EnterpriseHomePage(m_data, m_stack);
    connect(m_enterpriseHome, &EnterpriseHomePage::citizenActivated, this, &MainWindow::openCitizen);
    connect(m_enterpriseHome, &EnterpriseHomePage::loaded, this, [this] {
        m_today->noteOpened(QStringLiteral("enterprise"), m_enterpriseHome->enterpriseId(),
                            m_enterpriseHome->profile().enterprise.name);
    });
    addPage(QStringLiteral("enterprise"), m_enterpriseHome);

    m_queue = new QueuePage(m_data, m_preferences, m_stack);
    m_queue->setUser(m_client->user());
    connect(m_queue, &QueuePage::citizenRequested, this, &MainWindow::openCitizen);
    connect(m_queue, &QueuePage::enterpriseRequested, this, &MainWindow::openEnterprise);
    connect(m_queue, &QueuePage::countsChanged, this, &MainWindow::updatePendingBadge);
    connect(m_queue->countsWatcher(), &QueueCountsWatcher::counted, this, &MainWindow::onQueueCounts);
    addPage(QStringLiteral("pending"), m_queue);
    m_grid = new GridPage(m_data, m_stack);
    m_grid->setUser(m_client->user());
    connect(m_grid, &GridPage::citizenRequested, this, &MainWindow::openCitizen);
    addPage(QStringLiteral("grid"), m_grid);
    m_push = new PushPage(m_data, m_stack);
    m_push->setUser(m_client->user());
    addPage(QStringLiteral("push"), m_push);
    // A notice to a grid or one of its special groups is a campaign: the Push page's editor, pre-filled.
    connect(m_grid, &GridPage::pushNoticeRequested, this,
            [this](const QString &gridId, const QString &group) {
                if (showPage(QStringLiteral("push")))
                    m_push->startNotice(gridId, group);
            });
    m_dashboards = new DashboardPage(m_data, m_stack);
    m_dashboards->setUser(m_client->user());
    connect(m_dashboards, &DashboardPage::citizenRequested, this, &MainWindow::openCitizen);
    connect(m_dashboards, &DashboardPage::enterpriseRequested, this, &MainWindow::openEnterprise);
    addPage(QStringLiteral("dashboards"), m_dashboards);

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
    QAction *lock = file->addAction(tr("&Lock"), this, &MainWindow::lock);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_backAction);
    go->addSeparator();
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
    m_backAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_backAction->setToolTip(tr("Back to the previous page (%1)")
                                 .arg(m_backAction->shortcut().toString(QKeySequence::NativeText)));
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    bar->addAction(m_backAction);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setPlaceholderText(tr("Search citizens, enterprises, services (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setFixedWidth(420);
    bar->addWidget(m_search);
    auto *trailing = new QWidget(bar);
    trailing->setFixedWidth(8);
    bar->addWidget(trailing);
    m_toolBar = bar;

    m_searchPopup = new GlobalSearchPopup(m_search, m_data, this);
    connect(m_searchPopup, &GlobalSearchPopup::citizenActivated, this, &MainWindow::openCitizen);
    connect(m_searchPopup, &GlobalSearchPopup::enterpriseActivated, this, &MainWindow::openEnterprise);
    connect(m_searchPopup, &GlobalSearchPopup::serviceActivated, this, &MainWindow::showService);
    connect(m_searchPopup, &GlobalSearchPopup::showAllCitizensRequested, this, &MainWindow::openCitizens);
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
    m_newPendingButton = new QToolButton(this);
    m_newPendingButton->setObjectName(QStringLiteral("newPendingButton"));
    m_newPendingButton->setAutoRaise(true);
    m_newPendingButton->setToolTip(tr("Open Pending (Ctrl+4)"));
    m_newPendingButton->setVisible(false);
    connect(m_newPendingButton, &QToolButton::clicked, this, [this] { showPage(QStringLiteral("pending")); });
    statusBar()->addPermanentWidget(m_newPendingButton);
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
    if (!m_pages.contains(key))
        return false;
    showPageOf(key, {}, true);
    return true;
}

void MainWindow::showPageOf(const QString &key, const QString &objectId, bool remember)
{
    QWidget *page = m_pages.value(key);
    if (!page)
        return;
    if (remember)
        rememberCurrentPage();
    if (key == QLatin1String("citizen") && !objectId.isEmpty())
        m_citizenId = objectId;
    else if (key == QLatin1String("enterprise") && !objectId.isEmpty())
        m_enterpriseId = objectId;
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
    if (key == QLatin1String("pending"))
        clearNewPending();
    updateBackAction();
}

void MainWindow::rememberCurrentPage()
{
    const QString key = currentPageKey();
    if (key.isEmpty())
        return;
    Visit visit{key, {}};
    if (key == QLatin1String("citizen"))
        visit.objectId = m_citizenId;
    else if (key == QLatin1String("enterprise"))
        visit.objectId = m_enterpriseId;
    if (!m_history.isEmpty() && m_history.constLast().key == visit.key &&
        m_history.constLast().objectId == visit.objectId)
        return;
    m_history.append(visit);
    if (m_history.size() > kHistoryLimit)
        m_history.removeFirst();
}

bool MainWindow::goBack()
{
    if (isLocked())
        return false;
    const QString current = currentPageKey();
    const QString currentObject = current == QLatin1String("citizen")      ? m_citizenId
                                  : current == QLatin1String("enterprise") ? m_enterpriseId
                                                                           : QString();
    while (!m_history.isEmpty()) {
        const Visit visit = m_history.takeLast();
        if (visit.key == current && visit.objectId == currentObject)
            continue; // the page shown now
        if (visit.key == QLatin1String("citizen"))
            openCitizenPage(visit.objectId, false);
        else if (visit.key == QLatin1String("enterprise"))
            openEnterprisePage(visit.objectId, false);
        else
            showPageOf(visit.key, {}, false);
        updateBackAction();
        return true;
    }
    updateBackAction();
    return false;
}

void MainWindow::updateBackAction()
{
    if (m_backAction)
        m_backAction->setEnabled(!m_history.isEmpty());
}

void MainWindow::openCitizen(const QString &id)
{
    if (id.isEmpty())
        return;
    openCitizenPage(id, true);
}

void MainWindow::openEnterprise(const QString &id)
{
    if (id.isEmpty())
        return;
    openEnterprisePage(id, true);
}

void MainWindow::openCitizenPage(const QString &id, bool remember)
{
    if (remember && currentPageKey() == QLatin1String("citizen") && id == m_citizenId)
        return;
    showPageOf(QStringLiteral("citizen"), id, remember);
    if (!id.isEmpty() && (m_citizenHome->citizenId() != id || !m_citizenHome->hasProfile()))
        m_citizenHome->showCitizen(id);
}

void MainWindow::openEnterprisePage(const QString &id, bool remember)
{
    if (remember && currentPageKey() == QLatin1String("enterprise") && id == m_enterpriseId)
        return;
    showPageOf(QStringLiteral("enterprise"), id, remember);
    if (!id.isEmpty() && (m_enterpriseHome->enterpriseId() != id || !m_enterpriseHome->hasProfile()))
        m_enterpriseHome->showEnterprise(id);
}

void MainWindow::openCitizens(const QString &text)
{
    showPage(QStringLiteral("citizens"));
    m_citizens->setSearchText(text);
}

void MainWindow::showService(const QString &id)
{
    const std::optional<ServiceItem> service = m_searchPopup->model()->service(id);
    if (!service)
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("serviceBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("Service"));
    box->setText(service->name);
    QStringList lines;
    const QString department = m_searchPopup->model()->departmentName(service->departmentId);
    if (!department.isEmpty())
        lines << tr("Department: %1").arg(department);
    lines << tr("Code: %1").arg(service->code);
    if (!service->category.isEmpty())
        lines << tr("Category: %1").arg(service->category);
    lines << (service->applicantType == QLatin1String("enterprise") ? tr("For enterprises")
                                                                    : tr("For citizens"));
    if (service->slaDays > 0)
        lines << tr("Time limit: %1 working days").arg(service->slaDays);
    lines << (service->online ? tr("Can be applied for online") : tr("Applied for at a service counter"));
    if (!service->materials.isEmpty())
        lines << tr("Materials: %1").arg(service->materials.join(tr(", ")));
    if (!service->description.isEmpty())
        lines << QString() << service->description;
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->addButton(tr("Close"), QMessageBox::AcceptRole);
    box->open();
}

void MainWindow::onNavigationChanged(const QModelIndex &current)
{
    if (m_syncingNavigation || !current.isValid())
        return;
    showPage(current.data(NavigationModel::KeyRole).toString());
}

void MainWindow::focusSearch()
{
    if (isLocked())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    if (!m_search->text().trimmed().isEmpty())
        m_searchPopup->searchNow();
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
    if (SyncHost *host = m_sync.data()) {
        disconnect(host, nullptr, this, nullptr);
        disconnect(host, nullptr, m_newApplications, nullptr);
    }
    m_newApplications->reset();
    m_lastOpenCount = -1;
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
    // What the first cycle brings is the backlog since the last session; news start after it.
    connect(host, &SyncHost::cycleFinished, this, [this] {
        if (!m_newApplications->isArmed()) {
            // A count read while the first cycle was still writing would make its last changes look new:
            // the baseline is a fresh count taken now (refresh() drops answers to older reads).
            m_lastOpenCount = -1;
            m_queue->countsWatcher()->refresh();
        }
        m_newApplications->arm();
    });
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
    if (!runningSync() || isLocked())
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
    auto *dialog = new AboutDialog(m_client, m_data, MessageLog::activePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
        m_idleLock->start();
    }
}

bool MainWindow::isLocked() const
{
    return m_central->currentWidget() == m_lockScreen;
}

void MainWindow::lock()
{
    m_idleLock->lock(); // → setLocked(true)
}

void MainWindow::setLocked(bool locked)
{
    if (locked == isLocked() || (locked && m_signingOut))
        return;
    if (locked) {
        qCInfo(lcApp) << "the window is locked";
        m_searchPopup->dismiss();
        QWidget *focus = QApplication::focusWidget();
        m_focusBeforeLock = focus && (focus == this || isAncestorOf(focus)) ? focus : nullptr;
        // The window's other windows show data too (conflict queue, dialogs of the pages). Message boxes
        // stay: their exec() would end if they were hidden, and they show no records.
        m_hiddenWhileLocked.clear();
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window->isVisible() && belongsTo(window, this) && !qobject_cast<QMessageBox *>(window)) {
                m_hiddenWhileLocked.append(window);
                window->hide();
            }
        }
        menuBar()->hide(); // and with it the menus' shortcuts (Ctrl+1 … Ctrl+8, Ctrl+K)
        m_toolBar->hide();
        m_central->setCurrentWidget(m_lockScreen);
        m_lockScreen->reset();
        activateWindow();
    } else {
        qCInfo(lcApp) << "the window is unlocked";
        m_central->setCurrentWidget(m_content);
        menuBar()->show();
        m_toolBar->show();
        for (const QPointer<QWidget> &window : std::as_const(m_hiddenWhileLocked)) {
            if (window)
                window->show();
        }
        m_hiddenWhileLocked.clear();
        if (QWidget *focus = m_focusBeforeLock.data(); focus && focus->isVisible())
            focus->setFocus(Qt::OtherFocusReason);
        else
            m_navigationView->setFocus(Qt::OtherFocusReason);
    }
    emit lockedChanged(locked);
}

void MainWindow::onNewApplications(const QStringList &ids)
{
    const bool looking = currentPageKey() == QLatin1String("pending") && !isLocked() && isActiveWindow();
    if (!looking) {
        for (const QString &id : ids)
            m_newPending.insert(id);
    }
    // The queue's counts notify the desktop when they are there (steps moving to this department count
    // too); new applications alone do it without them.
    notifyNewPending(int(ids.size()), !m_queue->countsWatcher()->hasCounts());
}

void MainWindow::onQueueCounts(const QueueCounts &counts)
{
    const qint64 open = counts.open;
    // Growth after the first sync cycle is news: new applications, and steps that reached this
    // department (the previous stage finished elsewhere, a transfer).
    if (m_lastOpenCount >= 0 && m_newApplications->isArmed() && open > m_lastOpenCount) {
        const bool looking = currentPageKey() == QLatin1String("pending") && !isLocked() && isActiveWindow();
        if (!looking)
            m_newByCounts += int(open - m_lastOpenCount);
        notifyNewPending(int(open - m_lastOpenCount), true);
    }
    m_lastOpenCount = open;
}

int MainWindow::newPendingCount() const
{
    return qMax(int(m_newPending.size()), m_newByCounts);
}

void MainWindow::notifyNewPending(int arrived, bool desktop)
{
    const int count = newPendingCount();
    updatePendingBadge();
    m_newPendingButton->setText(tr("New pending: %1").arg(count));
    m_newPendingButton->setVisible(count > 0);
    // Counts only: names and numbers stay out of the status bar history and the desktop's notifications.
    const QString text = tr("%n new pending application(s). Press Ctrl+4 to open Pending.", nullptr, arrived);
    statusBar()->showMessage(text, 2 * kStatusMessageMs);
    if (desktop && count > 0 && QSystemTrayIcon::isSystemTrayAvailable() &&
        QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(Branding::appIcon(), this);
            m_tray->setToolTip(Branding::productName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
                if (!isLocked())
                    showPage(QStringLiteral("pending"));
            });
            m_tray->show();
        }
        m_tray->showMessage(Branding::productName(), text, QSystemTrayIcon::Information, 10000);
    }
    if (count > 0)
        emit newPendingArrived(count);
}

void MainWindow::clearNewPending()
{
    if (m_newPending.isEmpty() && m_newByCounts == 0)
        return;
    m_newPending.clear();
    m_newByCounts = 0;
    updatePendingBadge();
    m_newPendingButton->setVisible(false);
}

void MainWindow::updatePendingBadge()
{
    // 待办 N: the open steps of the queue once they are counted; before that (no local copy), the new
    // applications not looked at yet.
    const QueueCountsWatcher *counts = m_queue->countsWatcher();
    const int count = counts->hasCounts() ? int(counts->counts().open) : int(m_newPending.size());
    m_navigation->setBadge(QStringLiteral("pending"), count);
}

} // namespace gd
