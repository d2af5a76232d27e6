#include "screenshotrunner.h"

#include "core/clock.h"
#include "core/logging.h"
#include "exitcode.h"
#include "localdatasession.h"
#include "models/audiencecatalogue.h"
#include "models/audiencecounter.h"
#include "models/campaignlistmodel.h"
#include "models/datacontext.h"
#include "models/drilldownmodel.h"
#include "models/gridmodels.h"
#include "net/apiclient.h"
#include "net/loginjob.h"
#include "store/localreader.h"
#include "store/queuerepository.h"
#include "store/store.h"
#include "sync/synchost.h"
#include "ui/aboutdialog.h"
#include "ui/applicationdetailpanel.h"
#include "ui/audiencebuilderwidget.h"
#include "ui/campaigndetailpanel.h"
#include "ui/campaigneditor.h"
#include "ui/campaignresultsview.h"
#include "ui/citizenhomepage.h"
#include "ui/citizenspage.h"
#include "ui/conflictqueuedialog.h"
#include "ui/dashboardpage.h"
#include "ui/drilldowndialog.h"
#include "ui/enterprisehomepage.h"
#include "ui/enterprisespage.h"
#include "ui/errortext.h"
#include "ui/globalsearchpopup.h"
#include "ui/gridpage.h"
#include "ui/incidentdialog.h"
#include "ui/incidentviewdialog.h"
#include "ui/mainwindow.h"
#include "ui/pushpage.h"
#include "ui/queuepage.h"
#include "ui/signindialog.h"
#include "ui/todaypage.h"
#include "ui/visitdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QTemporaryFile>
#include <QTimer>

#include <cstdio>

namespace gd {

ScreenshotRunner::ScreenshotRunner(ApiClient *client, const Clock &clock, Preferences *preferences,
                                   CommandLineOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_preferences(preferences)
    , m_options(std::move(options))
    , m_localData(new LocalDataSession(client, this))
{
    m_localData->setCacheDirectory(m_options.cacheDirectory);
    connect(m_localData, &LocalDataSession::keychainFailed, this, [this](const Error &error) {
        // Nobody can answer the interactive question here; show what a user who chose it would see.
        std::fprintf(stderr, "govdesk: the cache key is not available (%s); rendering online only\n",
                     qPrintable(errorCodeName(error.code)));
        m_localData->continueOnlineOnly();
    });
}

ScreenshotRunner::~ScreenshotRunner()
{
    delete m_window.data();
    delete m_dialog.data();
    m_localData->close();
}

void ScreenshotRunner::start()
{
    if (m_options.page == QLatin1String("signin")) {
        renderSignIn();
        return;
    }
    m_client->setBaseUrl(*m_options.server);
    auto *job = new LoginJob(m_client, LoginRequest{m_options.user, *m_options.password, std::nullopt}, this);
    connect(job, &LoginJob::finished, this, [this](const Result<AuthTokens> &result) {
        if (!result) {
            const Error &error = result.error();
            fail(ExitSignInFailed,
                 QStringLiteral("sign-in failed (%1): %2")
                     .arg(errorCodeName(error.code),
                          ErrorText::describe(error, ErrorText::Context::SignIn,
                                              ErrorText::displayAddress(*m_options.server))));
            return;
        }
        renderPage();
    });
    job->start();
}

void ScreenshotRunner::renderSignIn()
{
    m_dialog = new SignInDialog(m_client, m_preferences);
    if (m_options.server)
        m_dialog->setServerAddress(m_options.server->toString());
    if (!m_options.user.isEmpty())
        m_dialog->setUsername(m_options.user);
    m_dialog->adjustSize();
    m_dialog->show();
    if (!m_options.password) {
        QTimer::singleShot(0, this, [this] { capture(m_dialog); });
        return;
    }
    // With a password the dialog signs in, and the PNG shows how that ended (the message of a failure).
    m_dialog->setPassword(*m_options.password);
    m_dialog->submit();
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        const SignInDialog *dialog = m_dialog.data();
        if (dialog && dialog->isBusy())
            return;
        poll->stop();
        poll->deleteLater();
        QTimer::singleShot(0, this, [this] { capture(m_dialog); });
    });
    poll->start();
}

void ScreenshotRunner::renderPage()
{
    const bool dialogOrLock = m_options.page == QLatin1String("conflicts") ||
                              m_options.page == QLatin1String("lock") ||
                              m_options.page == QLatin1String("about");
    m_window = new MainWindow(m_client, m_clock, m_preferences);
    m_window->resize(m_options.size);
    m_window->showPage(dialogOrLock ? QStringLiteral("today") : m_options.page);
    m_localData->bindWindow(m_window);

    // The first server check starts when the window is shown; the first sync when the key is there.
    // Capture once the page shows both results.
    connect(m_window, &MainWindow::serverChecked, this, [this] {
        m_serverChecked = true;
        captureWhenReady();
    });
    SyncHost *host = m_localData->syncHost();
    connect(host, &SyncHost::cycleFinished, this, [this] {
        m_syncSettled = true;
        captureWhenReady();
    });
    connect(host, &SyncHost::statusChanged, this, [this](const SyncStatus &status) {
        // A sync that stopped at an error is what the user would see: render it.
        if (status.phase == SyncStatus::Phase::Waiting || status.phase == SyncStatus::Phase::Failed ||
            status.phase == SyncStatus::Phase::SignedOut) {
            m_syncSettled = true;
            captureWhenReady();
        }
    });
    connect(m_localData, &LocalDataSession::stateChanged, this, [this](LocalDataSession::State state) {
        if (state == LocalDataSession::State::OnlineOnly) {
            m_syncSettled = true;
            captureWhenReady();
        }
    });
    QTimer::singleShot(kPageReadyTimeoutMs, this, [this] {
        if (!m_serverChecked) {
            qCWarning(lcApp) << "the server check did not finish in time";
            m_serverChecked = true;
            captureWhenReady();
        }
    });
    QTimer::singleShot(kSyncReadyTimeoutMs, this, [this] {
        if (!m_syncSettled) {
            qCWarning(lcApp) << "the first sync did not finish in time; capturing anyway";
            m_syncSettled = true;
            captureWhenReady();
        }
    });
    m_window->show();
    m_localData->open();
}

void ScreenshotRunner::captureWhenReady()
{
    if (!m_serverChecked || !m_syncSettled || m_captureStarted)
        return;
    m_captureStarted = true;
    if (m_options.page == QLatin1String("conflicts")) {
        captureConflictQueue();
        return;
    }
    if (m_options.page == QLatin1String("about")) {
        captureAbout();
        return;
    }
    if (m_options.page == QLatin1String("lock"))
        m_window->lock();
    if (!m_options.searchText.isEmpty()) {
        captureSearch();
        return;
    }
    if (m_options.page == QLatin1String("citizen") || m_options.page == QLatin1String("enterprise")) {
        captureHomepage();
        return;
    }
    if (m_options.page == QLatin1String("citizens") || m_options.page == QLatin1String("enterprises")) {
        captureList();
        return;
    }
    if (m_options.page == QLatin1String("pending")) {
        captureQueue();
        return;
    }
    if (m_options.page == QLatin1String("dashboards")) {
        captureDashboards();
        return;
    }
    if (m_options.page == QLatin1String("push")) {
        capturePush();
        return;
    }
    if (m_options.page == QLatin1String("grid")) {
        captureGrid();
        return;
    }
    // The Today page: once its figures are read from the local copy (when there is one).
    TodayPage *today = m_window->todayPage();
    if (m_options.page == QLatin1String("today") && m_window->dataContext()->reader() &&
        !today->hasAreaFigures()) {
        connect(today, &TodayPage::areaFiguresShown, this, &ScreenshotRunner::grabSoon,
                Qt::SingleShotConnection);
        QTimer::singleShot(kPageReadyTimeoutMs, this, [this] {
            MainWindow *window = m_window.data();
            if (window && !window->todayPage()->hasAreaFigures()) {
                qCWarning(lcApp) << "the area figures did not arrive in time; capturing anyway";
                grabSoon();
            }
        });
        return;
    }
    // One more turn of the event loop so the last status reaches the widgets.
    QTimer::singleShot(0, this, [this] { capture(m_window); });
}

QTimer *ScreenshotRunner::pollUntil(std::function<bool()> ready, std::function<void()> then, const char *what)
{
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [poll, ready = std::move(ready), then] {
        if (!ready())
            return;
        poll->stop();
        poll->deleteLater();
        then();
    });
    QTimer::singleShot(kPageReadyTimeoutMs, this, [this, poll, what] {
        if (!poll->isActive())
            return;
        qCWarning(lcApp) << what << "did not load in time; capturing anyway";
        poll->stop();
        grabSoon();
    });
    return poll;
}

void ScreenshotRunner::capturePush()
{
    MainWindow *window = m_window.data();
    PushPage *page = window ? window->pushPage() : nullptr;
    if (!page) {
        grabSoon();
        return;
    }
    const QPointer<PushPage> guard(page);
    const QString view = m_options.pushView;
    // Ready when the campaigns are listed; then the view asked for is opened and, for the editor and the
    // results, its live count or figures have arrived.
    auto ready = [guard, view, opened = false]() mutable {
        PushPage *push = guard.data();
        // The campaigns from the local copy (the demo has some; without any the poll's timeout captures).
        if (!push || !push->isLoaded() || push->model()->all().isEmpty())
            return false;
        if (!opened) {
            opened = true;
            const QList<Campaign> &all = push->model()->all();
            if (view == QLatin1String("editor")) {
                push->newCampaign();
            } else if (view == QLatin1String("results")) {
                const Campaign *best = nullptr;
                for (const Campaign &c : all) {
                    if (c.state == QLatin1String("sent") && (!best || c.members > best->members))
                        best = &c;
                }
                if (best) {
                    push->selectCampaign(best->id);
                    push->detail()->showResults();
                }
            } else if (view == QLatin1String("approval")) {
                push->setFilter(QStringLiteral("pending_approval"));
                for (const Campaign &c : all) {
                    if (c.state == QLatin1String("pending_approval")) {
                        push->selectCampaign(c.id);
                        break;
                    }
                }
            } else if (!all.isEmpty()) {
                push->selectCampaign(all.first().id);
            }
            return false;
        }
        if (view == QLatin1String("editor")) {
            CampaignEditor *editor = push->editor();
            // The catalogue of services and the builder's names of tags and regions, from the local copy.
            if (!editor->hasCatalog() || editor->audienceBuilder()->catalogue()->names().tags.isEmpty())
                return false;
            if (editor->createRequest().title.isEmpty()) {
                // A campaign as the health commission would make it: pregnant women aged 20 to 40 in
                // 湖里区, told that the mother-and-child handbook can be applied for online.
                CampaignCreateRequest example;
                example.title = QStringLiteral("孕期服务提醒：母子健康手册可在线办理");
                example.content =
                    QStringLiteral("您已建立孕产妇档案，可通过市民网上办事大厅在线办理母子健康手册，"
                                   "免跑窗口。如需帮助请拨打12345。");
                example.serviceId = editor->serviceIdByName(QStringLiteral("母子健康手册办理"));
                const auto node = [](const char *key, const QJsonValue &value) {
                    return QJsonObject{{QLatin1String(key), value}};
                };
                example.audience =
                    QJsonObject{{QStringLiteral("op"), QStringLiteral("and")},
                                {QStringLiteral("args"),
                                 QJsonArray{node("tag", QStringLiteral("t_pregnant")),
                                            node("region", QStringLiteral("350206")),
                                            node("age", QJsonObject{{QStringLiteral("min"), 20},
                                                                    {QStringLiteral("max"), 40}})}}};
                example.schedule.kind = QStringLiteral("now");
                example.channel = QStringLiteral("app");
                example.frequencyCapDays = 7;
                example.holdoutPercent = 10;
                editor->setFields(example);
                return false;
            }
            return !editor->audienceBuilder()->counter()->isBusy();
        }
        if (view == QLatin1String("results")) {
            const auto state = push->detail()->resultsView()->state();
            return state != CampaignResultsView::State::Loading &&
                   state != CampaignResultsView::State::Nothing;
        }
        return true;
    };
    pollUntil(
        ready, [this] { grabSoon(); }, "the Push page")
        ->start();
}

void ScreenshotRunner::captureGrid()
{
    MainWindow *window = m_window.data();
    GridPage *page = window ? window->gridPage() : nullptr;
    if (!page) {
        grabSoon();
        return;
    }
    const QPointer<GridPage> guard(page);
    const QString view = m_options.gridView;
    // Ready when the first grid is shown; then the tab or dialog asked for is opened and filled in.
    auto ready = [guard, view]() {
        GridPage *grid = guard.data();
        if (!grid || !grid->isLoaded() || grid->currentGrid().isEmpty())
            return false;
        if (view == QLatin1String("residents"))
            grid->showTab(GridPage::Residents);
        else if (view == QLatin1String("groups"))
            grid->showTab(GridPage::Groups);
        else if (view == QLatin1String("tasks"))
            grid->showTab(GridPage::Tasks);
        else if (view == QLatin1String("visits") || view == QLatin1String("incident"))
            grid->showTab(GridPage::Activity);
        else
            grid->showTab(GridPage::Households);
        return true;
    };
    pollUntil(
        ready,
        [this, guard, view] {
            GridPage *grid = guard.data();
            QDialog *dialog = nullptr;
            if (grid && view == QLatin1String("visit-form")) {
                VisitDialog *visit = grid->recordVisit();
                if (visit && visit->residentCombo()->count() > 1) {
                    visit->residentCombo()->setCurrentIndex(1);
                    visit->summaryEdit()->setPlainText(
                        QStringLiteral("老人身体状况良好，独自居住，子女每周探望一次。已提醒冬季用电安全，"
                                       "并告知社区助餐服务的报名方式。"));
                }
                dialog = visit;
            } else if (grid && view == QLatin1String("incident-form")) {
                IncidentDialog *incident = grid->reportIncident();
                if (incident) {
                    incident->categoryCombo()->setCurrentIndex(1);
                    incident->urgencyCombo()->setCurrentIndex(2);
                    incident->locationEdit()->setText(QStringLiteral("3号楼2单元楼道"));
                    incident->descriptionEdit()->setPlainText(QStringLiteral(
                        "楼道内堆放大量纸箱和旧家具，堵塞消防通道，已口头提醒住户，需物业协助清理。"));
                    // A refused file shows how the dialog explains what it takes.
                    QTemporaryFile text(QDir::tempPath() + QStringLiteral("/govdesk-XXXXXX.txt"));
                    if (text.open()) {
                        text.write("not a photo");
                        text.flush();
                        incident->addPhotoFiles({text.fileName()});
                    }
                }
                dialog = incident;
            } else if (grid && view == QLatin1String("incident")) {
                // The newest incident of the grid (with photos if it has any).
                for (const store::GridActivity &a : grid->activityModel()->activity()) {
                    if (a.incident) {
                        dialog = grid->viewIncident(a.id);
                        break;
                    }
                }
            }
            if (!dialog) {
                grabSoon();
                return;
            }
            // The window with the dialog over it, as the user sees it.
            QTimer::singleShot(100, this, [this, dialog = QPointer<QDialog>(dialog)] {
                MainWindow *target = m_window.data();
                if (!target || !dialog) {
                    grabSoon();
                    return;
                }
                for (int pass = 0; pass < 4; ++pass)
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QPixmap pixmap = target->grab();
                {
                    QPainter painter(&pixmap);
                    painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 60));
                    const QPixmap form = dialog->grab();
                    const QPoint at((pixmap.width() - form.width()) / 2,
                                    (pixmap.height() - form.height()) / 2);
                    painter.drawPixmap(at, form);
                }
                m_captured = true;
                if (!pixmap.save(m_options.screenshotFile, "PNG")) {
                    fail(ExitScreenshotFailed,
                         QStringLiteral("cannot write the screenshot to %1").arg(m_options.screenshotFile));
                    return;
                }
                emit finished(ExitOk);
            });
        },
        "the Grid page")
        ->start();
}

void ScreenshotRunner::captureDashboards()
{
    MainWindow *window = m_window.data();
    DashboardPage *page = window ? window->dashboardPage() : nullptr;
    if (!page) {
        grabSoon();
        return;
    }
    const QPointer<DashboardPage> guard(page);
    const QPointer<DataContext> context(window->dataContext());
    if (m_options.periodDays != 30)
        page->setPeriodDays(m_options.periodDays);
    // Ready when the server's figures are shown (or the page says why not) with the names from the local
    // copy; with --drill, when the hottest topic's messages have loaded in the drill-down.
    auto ready = [this, guard, context, drillOpened = false]() mutable {
        DashboardPage *dashboards = guard.data();
        const DataContext *data = context.data();
        if (!dashboards || !data)
            return true;
        if (dashboards->loader()->isLoading() || dashboards->statusText().isEmpty())
            return false;
        if (data->hasLocalData() && !dashboards->loader()->hasNames())
            return false;
        if (!m_options.drill || dashboards->models()->topics()->rowCount() == 0)
            return true;
        if (!drillOpened) {
            drillOpened = true;
            dashboards->openDrill(dashboards->models()->drillTopic(0));
            return false;
        }
        const DrillDownDialog *dialog = dashboards->drillDialog();
        return !dialog || !dialog->model()->isLoading();
    };
    pollUntil(
        std::move(ready),
        [this, guard] {
            DashboardPage *dashboards = guard.data();
            DrillDownDialog *shown = dashboards ? dashboards->drillDialog() : nullptr;
            if (!shown || !shown->isVisible()) {
                grabSoon();
                return;
            }
            const QPointer<DrillDownDialog> dialog(shown);
            QTimer::singleShot(100, this, [this, dialog] {
                if (DrillDownDialog *open = dialog.data())
                    capture(open);
            });
        },
        "the dashboards")
        ->start();
}

void ScreenshotRunner::captureConflictQueue()
{
    m_window->openConflictQueue();
    ConflictQueueDialog *dialog = m_window->conflictQueue();
    if (!dialog) {
        qCWarning(lcApp) << "no local copy, so no conflict queue; capturing the window";
        QTimer::singleShot(0, this, [this] { capture(m_window); });
        return;
    }
    // Sized as it would open over a window of --size.
    dialog->resize(qMin(m_options.size.width() - 180, 1300), qMin(m_options.size.height() - 120, 800));
    const QPointer<ConflictQueueDialog> guard(dialog);
    const auto grabDialog = [this, guard] {
        if (guard)
            capture(guard);
        else
            capture(m_window);
    };
    connect(dialog, &ConflictQueueDialog::loaded, this,
            [this, grabDialog] { QTimer::singleShot(0, this, grabDialog); });
    QTimer::singleShot(kPageReadyTimeoutMs, this, [grabDialog] {
        qCWarning(lcApp) << "the conflict queue did not load in time; capturing anyway";
        grabDialog();
    });
}

void ScreenshotRunner::captureAbout()
{
    m_window->showAbout();
    AboutDialog *found = m_window->findChild<AboutDialog *>(QStringLiteral("aboutDialog"));
    const QPointer<AboutDialog> dialog(found);
    const auto grabDialog = [this, dialog] {
        if (dialog)
            capture(dialog);
        else
            capture(m_window);
    };
    if (!found || found->isSettled()) {
        QTimer::singleShot(0, this, grabDialog);
        return;
    }
    connect(found, &AboutDialog::settled, this,
            [this, grabDialog] { QTimer::singleShot(0, this, grabDialog); });
    QTimer::singleShot(kPageReadyTimeoutMs, this, [grabDialog] {
        qCWarning(lcApp) << "the About dialog's versions did not arrive in time; capturing anyway";
        grabDialog();
    });
}

void ScreenshotRunner::captureSearch()
{
    MainWindow *window = m_window.data();
    if (!window)
        return;
    QLineEdit *box = window->searchBox();
    GlobalSearchPopup *popup = window->searchPopup();
    const auto grabWindow = [this] {
        QTimer::singleShot(0, this, [this] { capture(m_window); });
    };
    connect(popup->model(), &GlobalSearchModel::answered, this, grabWindow, Qt::SingleShotConnection);
    QTimer::singleShot(kPageReadyTimeoutMs, this, [grabWindow] {
        qCWarning(lcApp) << "the search did not answer in time; capturing anyway";
        grabWindow();
    });
    box->setFocus(Qt::ShortcutFocusReason);
    box->setText(m_options.searchText);
    popup->searchNow();
}

void ScreenshotRunner::grabSoon()
{
    QTimer::singleShot(0, this, [this] { capture(m_window); });
}

void ScreenshotRunner::captureHomepage()
{
    MainWindow *window = m_window.data();
    if (!window)
        return;
    const bool citizen = m_options.page == QLatin1String("citizen");
    const auto open = [this, citizen](const QString &id) {
        MainWindow *target = m_window.data();
        if (!target)
            return;
        if (id.isEmpty()) {
            qCWarning(lcApp) << "nothing to show on the homepage; capturing it empty";
            grabSoon();
            return;
        }
        if (citizen) {
            connect(target->citizenHomePage(), &CitizenHomePage::loaded, this, &ScreenshotRunner::grabSoon);
            connect(target->citizenHomePage(), &CitizenHomePage::loadFailed, this,
                    &ScreenshotRunner::grabSoon);
            target->openCitizen(id);
        } else {
            connect(target->enterpriseHomePage(), &EnterpriseHomePage::loaded, this,
                    &ScreenshotRunner::grabSoon);
            connect(target->enterpriseHomePage(), &EnterpriseHomePage::loadFailed, this,
                    &ScreenshotRunner::grabSoon);
            target->openEnterprise(id);
        }
    };
    QTimer::singleShot(kPageReadyTimeoutMs, this, [this] {
        qCWarning(lcApp) << "the homepage did not load in time; capturing anyway";
        grabSoon();
    });
    const QString given = citizen ? m_options.citizenId : m_options.enterpriseId;
    store::LocalReader *reader = window->dataContext()->reader();
    if (!given.isEmpty() || !reader || !window->dataContext()->hasLocalData()) {
        open(given);
        return;
    }
    // The first one of the local copy by name (the lists' default order).
    reader->run<QString>(
        this,
        [citizen](store::Store &store) -> Result<QString> {
            store::ListQuery query;
            query.limit = 1;
            if (citizen) {
                auto first = store.citizens().list(query);
                if (!first)
                    return first.error();
                return first->items.isEmpty() ? QString() : first->items.constFirst().id;
            }
            auto first = store.enterprises().list(query);
            if (!first)
                return first.error();
            return first->items.isEmpty() ? QString() : first->items.constFirst().id;
        },
        [open](const Result<QString> &id) { open(id ? *id : QString()); });
}

void ScreenshotRunner::captureList()
{
    MainWindow *window = m_window.data();
    if (!window)
        return;
    ListPage *page = m_options.page == QLatin1String("citizens")
                         ? static_cast<ListPage *>(window->citizensPage())
                         : static_cast<ListPage *>(window->enterprisesPage());
    // Polled: the page shows its first rows (or says why there are none) once the reader answered.
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    const QPointer<ListPage> guard(page);
    connect(poll, &QTimer::timeout, this, [this, poll, guard] {
        const ListPage *list = guard.data();
        if (list && (list->state() == ListPage::State::Loading || list->state() == ListPage::State::Opening))
            return;
        poll->stop();
        poll->deleteLater();
        grabSoon();
    });
    poll->start();
    QTimer::singleShot(kPageReadyTimeoutMs, this, [this] {
        qCWarning(lcApp) << "the list did not load in time; capturing anyway";
        grabSoon();
    });
}

void ScreenshotRunner::capture(QWidget *widget)
{
    if (m_captured || !widget)
        return;
    m_captured = true;
    // Texts that changed in this event-loop turn have posted layout requests up the widget tree (one
    // level per request); settle them so no label is grabbed at its old width.
    for (int pass = 0; pass < 4; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(m_options.screenshotFile, "PNG")) {
        fail(ExitScreenshotFailed,
             QStringLiteral("cannot write the screenshot to %1").arg(m_options.screenshotFile));
        return;
    }
    qCInfo(lcApp) << "screenshot written:" << pixmap.width() << "x" << pixmap.height();
    emit finished(ExitOk);
}

void ScreenshotRunner::fail(int exitCode, const QString &message)
{
    m_captured = true;
    std::fprintf(stderr, "govdesk: %s\n", message.toLocal8Bit().constData());
    emit finished(exitCode);
}

void ScreenshotRunner::captureQueue()
{
    MainWindow *window = m_window.data();
    if (!window)
        return;
    QueuePage *page = window->queuePage();
    const QPointer<QueuePage> guard(page);
    // Polled: the table shows its rows (or says why there are none) and the chosen application's
    // detail has arrived.
    QTimer *poll = pollUntil(
        [this, guard] {
            const QueuePage *queue = guard.data();
            if (queue &&
                (queue->state() == QueuePage::State::Loading || queue->state() == QueuePage::State::Opening))
                return false;
            return !(queue && queue->state() == QueuePage::State::Table &&
                     (!queue->detail()->hasApplication() ||
                      (!m_wantedApplication.isEmpty() &&
                       queue->detail()->application().id != m_wantedApplication)));
        },
        [this] { grabSoon(); }, "the pending queue");
    const auto open = [this, guard, poll](const QString &id) {
        m_wantedApplication = id;
        if (guard && !id.isEmpty())
            guard->openApplication(id);
        poll->start();
    };
    store::LocalReader *reader = window->dataContext()->reader();
    if (!m_options.applicationId.isEmpty() || !reader || !window->dataContext()->hasLocalData()) {
        open(m_options.applicationId);
        return;
    }
    // A multi-department application shows the workflow best: the first one in the signed-in officer's
    // queue (by due date, as the queue sorts) with >= 3 steps across >= 2 departments, so that the row
    // selected in the table is the one whose detail is shown.
    const QString department = window->dataContext()->client()->user().departmentId.value_or(QString());
    const QDateTime now = window->dataContext()->clock().nowUtc();
    reader->run<QString>(
        this,
        [department, now](store::Store &store) -> Result<QString> {
            store::ListQuery query;
            query.limit = 500;
            if (!department.isEmpty())
                query.where(QStringLiteral("department"), department);
            auto items = store.queue().list(query, now);
            if (!items)
                return items.error();
            for (const store::QueueItem &item : std::as_const(*items)) {
                auto application = store.applications().get(item.applicationId);
                if (!application || !*application)
                    continue;
                QSet<QString> departments;
                for (const ApplicationStep &step : (**application).steps)
                    departments.insert(step.departmentId);
                if ((**application).steps.size() >= 3 && departments.size() >= 2)
                    return item.applicationId;
            }
            return items->isEmpty() ? QString() : items->constFirst().applicationId;
        },
        [open](const Result<QString> &id) { open(id ? *id : QString()); });
}

} // namespace gd
