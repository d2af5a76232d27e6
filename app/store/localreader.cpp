#include "store/localreader.h"

#include "store/store.h"

namespace gd::store {

// Lives on the reader thread and owns the read-only Store. Every task carries the generation it was
// queued under; a task of an older generation (queued before close() or a later open()) gets no store.
class ReaderWorker : public QObject {
public:
    void open(quint64 generation, const QString &path, const QByteArray &key,
              const std::function<void(Result<void>)> &answer)
    {
        m_store.reset();
        m_generation = generation;
        auto store = Store::openForReading(path, key);
        if (!store) {
            answer(store.error());
            return;
        }
        m_store = std::move(*store);
        answer({});
    }

    void close(quint64 generation)
    {
        m_generation = generation;
        m_store.reset();
    }

    void execute(quint64 generation, const std::function<void(Store *)> &task)
    {
        task(generation == m_generation ? m_store.get() : nullptr);
    }

private:
    std::unique_ptr<Store> m_store;
    quint64 m_generation = 0;
};

LocalReader::LocalReader(QObject *parent)
    : QObject(parent)
    , m_worker(new ReaderWorker)
{
    m_thread.setObjectName(QStringLiteral("govdesk-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LocalReader::~LocalReader()
{
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation] { worker->close(generation); });
    m_thread.quit();
    m_thread.wait();
}

void LocalReader::open(const QString &path, const QByteArray &key)
{
    const quint64 generation = ++m_generation;
    m_open = false;
    m_path = path;
    QPointer<LocalReader> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, path, key, self] {
        worker->open(generation, path, key, [self, generation](Result<void> result) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, result] {
                    if (LocalReader *reader = self.data())
                        reader->onOpened(generation, result);
                },
                Qt::QueuedConnection);
        });
    });
}

void LocalReader::onOpened(quint64 generation, const Result<void> &result)
{
    if (generation != m_generation)
        return;
    if (!result) {
        emit openFailed(result.error());
        return;
    }
    m_open = true;
    emit opened();
}

void LocalReader::close()
{
    const quint64 generation = ++m_generation;
    const bool wasOpen = m_open;
    m_open = false;
    m_path.clear();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation] { worker->close(generation); });
    if (wasOpen)
        emit closed();
}

Error LocalReader::notOpen()
{
    return makeError(ErrorCode::Unavailable, QStringLiteral("the local copy is not open"));
}

void LocalReader::post(quint64 generation, std::function<void(Store *)> task)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, task = std::move(task)] {
        worker->execute(generation, task);
    });
}

} // namespace gd::store
