#include "models/applicationloader.h"

#include "core/clock.h"
#include "core/logging.h"
#include "domain/workflow.h"
#include "models/datacontext.h"
#include "store/localreader.h"
#include "store/store.h"

namespace gd {

namespace {

struct Loaded {
    Application application;
    bool pendingSync = false;
};

} // namespace

ApplicationLoader::ApplicationLoader(DataContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    qRegisterMetaType<Application>();
    m_delay.setSingleShot(true);
    m_delay.setInterval(kRefreshDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &ApplicationLoader::reload);
    connect(m_context, &DataContext::dataChanged, this, &ApplicationLoader::onDataChanged);
    connect(m_context, &DataContext::localDataChanged, this, [this] {
        if (!m_id.isEmpty())
            reload();
    });
}

void ApplicationLoader::load(const QString &applicationId)
{
    if (applicationId != m_id) {
        m_application.reset();
        m_pendingSync = false;
    }
    m_id = applicationId;
    reload();
}

void ApplicationLoader::clear()
{
    ++m_generation;
    m_delay.stop();
    m_id.clear();
    m_application.reset();
    m_pendingSync = false;
    m_loading = false;
}

void ApplicationLoader::onDataChanged(const ChangeSet &changes)
{
    if (m_id.isEmpty())
        return;
    const auto it = changes.changed.constFind(QStringLiteral("application"));
    if (it != changes.changed.constEnd() && it->contains(m_id) && !m_delay.isActive())
        m_delay.start();
}

void ApplicationLoader::reload()
{
    m_delay.stop();
    if (m_id.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    store::LocalReader *reader = m_context->reader();
    if (!reader || !m_context->hasLocalData()) {
        const Error error = makeError(ErrorCode::Unavailable, QStringLiteral("the local copy is not open"));
        QMetaObject::invokeMethod(
            this,
            [this, generation, error] {
                if (generation == m_generation)
                    emit failed(error);
            },
            Qt::QueuedConnection);
        return;
    }
    m_loading = true;
    reader->run<Loaded>(
        this,
        [id = m_id, now = m_context->clock().nowUtc()](store::Store &store) -> Result<Loaded> {
            auto found = store.applications().get(id);
            if (!found)
                return found.error();
            if (!*found)
                return makeError(ErrorCode::NotFound,
                                 QStringLiteral("no such application in the local copy"));
            auto pending = store.applications().hasPendingWrites(id);
            if (!pending)
                return pending.error();
            Loaded answer{std::move(**found), *pending};
            applySlaStates(answer.application, now);
            return answer;
        },
        [this, generation](const Result<Loaded> &answer) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!answer) {
                if (answer.error().code != ErrorCode::NotFound)
                    qCWarning(lcModels)
                        << "an application could not be read:" << errorCodeName(answer.error().code);
                m_application.reset();
                emit failed(answer.error());
                return;
            }
            m_application = answer->application;
            m_pendingSync = answer->pendingSync;
            emit loaded(*m_application, m_pendingSync);
        });
}

} // namespace gd
