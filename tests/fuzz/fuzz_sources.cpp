// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the data-source compiler reads any bytes as a section file (beside valid
// report, unit, measure and entity files) and reports errors, never crashes or aborts.
#include "compiler/sourceloader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// The valid report, unit, measure and entity files, copied into a folder of their own.
struct SourceFolder
{
    SourceFolder()
    {
        const QDir data(QStringLiteral(TRENDBOARD_DATA_DIR));
        for (const char* name : {"report.yaml", "units.yaml", "measures.yaml", "entities.yaml"})
            QFile::copy(data.filePath(QString::fromLatin1(name)),
                        dir.filePath(QString::fromLatin1(name)));
    }
    QTemporaryDir dir;
};

// Made on the first input. A static object, not a heap one never deleted: its destructor
// removes the folder when the process exits (libFuzzer calls exit() after -max_total_time or
// -runs, the replay returns from main), so that no run leaves a qt_temp-* folder behind.
const QTemporaryDir& folder()
{
    static const SourceFolder folder;
    return folder.dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QFile section(folder().filePath(QStringLiteral("section-x.yaml")));
    if (!section.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    section.write(reinterpret_cast<const char*>(data), qint64(size));
    section.close();
    const trendboard::LoadResult result = trendboard::loadSources(folder().path());
    for (const trendboard::SourceError& e : result.errors) {
        if (e.message.size() > 400)
            std::abort(); // messages quote a short prefix only
    }
    return 0;
}
