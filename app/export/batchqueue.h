// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <functional>
#include <future>
#include <memory>

QT_BEGIN_NAMESPACE
class QSaveFile;
QT_END_NAMESPACE

namespace trendboard {

// The files of a batch, encoded and written on a bounded pool of worker threads while the
// calling (GUI) thread renders the next slide, and committed there in the order they were
// added. Each file goes through a QSaveFile that a worker fills and the calling thread
// commits, so a batch that stops leaves complete files only, and what the caller reports as
// written (progress, index) follows the order of the deck whatever order the workers finish in.
class BatchQueue
{
public:
    // Called on the calling thread, in the order of add(), once the entry's file is complete
    // in its folder (error empty) or could not be written (error names the file and why).
    // Returning false stops the batch: every later entry's file is discarded.
    using Done = std::function<bool(const QString& error)>;

    // Memory the queued files may hold (one always fits, however large). Below one 1080p
    // slide (8.3 MB): a batch of PNG slides paints the next slide once the last is encoded,
    // so it holds one slide's pixels, not two (--export-all's peak: 65 MB with one queued
    // beside the painted one, 57 MB without; the unfiltered encoder is a fifth of a slide's
    // time, so the batch stays over three times matplotlib's speed). Small files (SVG, PDF,
    // CSV, a 720p slide) are still written by the workers while the next one is drawn.
    static constexpr qsizetype kDefaultBudget = 4 * 1024 * 1024;

    explicit BatchQueue(qsizetype budgetBytes = kDefaultBudget);
    ~BatchQueue(); // waits for every job; discards what was not committed
    BatchQueue(const BatchQueue&) = delete;
    BatchQueue& operator=(const BatchQueue&) = delete;

    // The image encoded as PNG (writeSlidePng), or the bytes as they are, written to path.
    void addPng(const QString& path, const QImage& image, Done done);
    // An image a worker has encoded, to paint the next slide into (SlideRenderer::image): a
    // batch reuses a few slides' pixels rather than allocate and fault in 8 MB a slide, which
    // the allocator kept as fragments (16 MB more at the peak). Null when none is free.
    QImage recycledImage();
    void addBytes(const QString& path, const QByteArray& bytes, Done done);
    // No file: a step (a deck's page) reported in its place in the order.
    void addStep(Done done);

    // Commits the finished entries at the front; waits for the front one while the queue holds
    // more than its budget or its workers' share. False once a Done stopped the batch.
    bool commitReady();
    // Commits everything, waiting for the workers.
    bool commitAll();
    bool stopped() const { return m_stopped; }
    int workers() const { return m_pool.maxThreadCount(); }
    // Jobs the workers ran to their end, committed or not (for tests: every job finishes).
    int finishedJobs() const { return m_finished.load(); }

private:
    struct Job;
    struct Recycled; // images the workers are done with, shared with them
    struct Entry
    {
        std::shared_ptr<Job> job; // none for a step
        std::future<void> ready;
        Done done;
        qsizetype bytes = 0;
    };
    void add(const QString& path, const QImage& image, const QByteArray& bytes, Done done);
    void commitFront();
    void discardAll();

    std::shared_ptr<Recycled> m_recycled;
    QThreadPool m_pool;
    std::deque<Entry> m_entries;
    qsizetype m_budget;
    qsizetype m_queuedBytes = 0;
    std::atomic<int> m_finished{0};
    bool m_stopped = false;
};

} // namespace trendboard
