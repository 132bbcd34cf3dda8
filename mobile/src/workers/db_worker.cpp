#include "workers/db_worker.h"

#include "base/log.h"

namespace gridwork::mobile {

DbWorker::DbWorker(QObject* parent) : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("gridwork-db"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

DbWorker::~DbWorker() {
    // The store must close on its own thread: queue its destruction, then stop the thread.
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void DbWorker::open(const QString& path) {
    m_path = path;
    if (!m_thread.isRunning()) m_thread.start();
    enqueue([this, path](Store*) {
        auto options = deviceStoreOptions(path.toStdString());  // encrypted at rest
        auto opened =
            options ? Store::open(path.toStdString(), *options) : Result<std::unique_ptr<Store>>(options.status());
        if (!opened) {
            qCWarning(lcDb) << "store cannot be opened:" << path << opened.status().toString().c_str();
            emit this->opened(false, QString::fromStdString(opened.status().toString()));
            return;
        }
        m_store = std::move(opened).value();
        qCInfo(lcDb) << "store opened:" << path;
        emit this->opened(true, QString());
    });
}

void DbWorker::enqueue(std::function<void(Store*)> fn) {
    if (!m_thread.isRunning()) m_thread.start();
    ++m_pending;
    emit pendingJobsChanged();
    QMetaObject::invokeMethod(
        m_context,
        [this, fn = std::move(fn)] {
            fn(m_store.get());
            {
                std::lock_guard lock(m_idleMutex);
                --m_pending;
            }
            m_idleCv.notify_all();
            emit pendingJobsChanged();
        },
        Qt::QueuedConnection);
}

void DbWorker::waitIdle() {
    std::unique_lock lock(m_idleMutex);
    m_idleCv.wait(lock, [this] { return m_pending.load() == 0; });
}

}  // namespace gridwork::mobile
