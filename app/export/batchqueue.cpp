// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/batchqueue.h"

#include "export/fileerror.h"
#include "export/slideexport.h"

#include <QSaveFile>
#include <QThread>

#include <chrono>
#include <mutex>
#include <vector>

namespace trendboard {

// Encoded images, kept for the next slides' painting: no more than the queue holds at once.
struct BatchQueue::Recycled
{
    static constexpr int kMaxKept = 2;
    std::mutex mutex;
    std::vector<QImage> images;

    void keep(QImage&& image)
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (int(images.size()) < kMaxKept)
            images.push_back(std::move(image));
    }
    QImage take()
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (images.empty())
            return {};
        QImage image = std::move(images.back());
        images.pop_back();
        return image;
    }
};

// What a worker gets and gives back: the file stays uncommitted until the calling thread
// commits it in its turn.
struct BatchQueue::Job
{
    QString path;
    QImage image; // encoded as PNG when not null
    QByteArray bytes;
    std::unique_ptr<QSaveFile> file;
    QString error;
    std::shared_ptr<Recycled> recycled;

    void run(QThread* owner)
    {
        file = std::make_unique<QSaveFile>(path);
        QString why;
        if (image.isNull() && bytes.isEmpty()) {
            error = QStringLiteral("nothing was rendered for %1").arg(path);
        } else if (!file->open(QIODevice::WriteOnly)) {
            error = QStringLiteral("cannot write %1: %2").arg(path, fileWriteError(*file));
        } else if (!image.isNull() && !writeSlidePng(image, *file, &why)) {
            error =
                QStringLiteral("cannot write %1: %2")
                    .arg(path, file->error() != QFileDevice::NoError ? fileWriteError(*file) : why);
        } else if (image.isNull() && file->write(bytes) != bytes.size()) {
            error = QStringLiteral("cannot write %1: %2").arg(path, fileWriteError(*file));
        }
        // The pixels go as soon as they are encoded, to be painted over by a later slide.
        if (!image.isNull())
            recycled->keep(std::move(image));
        image = QImage();
        bytes.clear();
        if (!error.isEmpty())
            file->cancelWriting();
        // Committed (or dropped) by the thread that queued it.
        file->moveToThread(owner);
    }
};

BatchQueue::BatchQueue(qsizetype budgetBytes)
    : m_recycled(std::make_shared<Recycled>()), m_budget(budgetBytes)
{
    // At most a worker per core: the calling thread renders beside them.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

BatchQueue::~BatchQueue()
{
    discardAll();
}

void BatchQueue::addPng(const QString& path, const QImage& image, Done done)
{
    add(path, image, {}, std::move(done));
}

QImage BatchQueue::recycledImage()
{
    return m_recycled->take();
}

void BatchQueue::addBytes(const QString& path, const QByteArray& bytes, Done done)
{
    add(path, {}, bytes, std::move(done));
}

void BatchQueue::addStep(Done done)
{
    Entry entry;
    entry.done = std::move(done);
    m_entries.push_back(std::move(entry));
}

void BatchQueue::add(const QString& path, const QImage& image, const QByteArray& bytes, Done done)
{
    auto job = std::make_shared<Job>();
    job->path = path;
    job->image = image;
    job->bytes = bytes;
    job->recycled = m_recycled;
    auto promise = std::make_shared<std::promise<void>>();
    Entry entry;
    entry.job = job;
    entry.ready = promise->get_future();
    entry.done = std::move(done);
    entry.bytes = image.sizeInBytes() + bytes.size();
    m_queuedBytes += entry.bytes;
    m_entries.push_back(std::move(entry));
    if (m_stopped) {
        promise->set_value(); // nothing runs after a stop: discarded with the rest
        return;
    }
    QThread* owner = QThread::currentThread();
    m_pool.start([job, promise, owner, finished = &m_finished]() mutable {
        job->run(owner);
        job.reset(); // the calling thread, which owns the file now, deletes it
        ++*finished;
        promise->set_value();
    });
}

void BatchQueue::commitFront()
{
    Entry entry = std::move(m_entries.front());
    m_entries.pop_front();
    m_queuedBytes -= entry.bytes;
    if (!entry.job) {
        m_stopped = !entry.done({});
        return;
    }
    entry.ready.wait();
    Job& job = *entry.job;
    if (job.error.isEmpty() && !job.file->commit())
        job.error = QStringLiteral("cannot write %1: %2").arg(job.path, fileWriteError(*job.file));
    m_stopped = !entry.done(job.error);
}

bool BatchQueue::commitReady()
{
    using namespace std::chrono_literals;
    const auto finished = [](const Entry& e) {
        return !e.job || e.ready.wait_for(0s) == std::future_status::ready;
    };
    // A job for each worker and one waiting keeps them busy; a deeper queue only holds memory
    // (a batch's peak stays about that of one slide per worker above a single thread's).
    const auto full = [this] {
        return m_queuedBytes > m_budget ||
               qsizetype(m_entries.size()) > qsizetype(m_pool.maxThreadCount()) + 1;
    };
    while (!m_stopped && !m_entries.empty() && (finished(m_entries.front()) || full()))
        commitFront();
    if (m_stopped)
        discardAll();
    return !m_stopped;
}

bool BatchQueue::commitAll()
{
    while (!m_stopped && !m_entries.empty())
        commitFront();
    if (m_stopped)
        discardAll();
    return !m_stopped;
}

void BatchQueue::discardAll()
{
    // Every job runs to its end (its temporary file is then removed): none is left writing
    // into the folder after the batch returns.
    m_pool.waitForDone();
    for (Entry& entry : m_entries) {
        if (!entry.job)
            continue;
        entry.ready.wait();
        if (entry.job->file)
            entry.job->file->cancelWriting();
    }
    m_entries.clear();
    m_queuedBytes = 0;
}

} // namespace trendboard
