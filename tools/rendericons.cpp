// SPDX-License-Identifier: GPL-3.0-or-later
// trendboard-render-icons: renders the app's SVG icon to the PNG sizes of the hicolor icon theme,
// at build time, so that the package needs no SVG rasterizer beyond Qt's own.
// Usage: trendboard-render-icons ICON.svg OUTDIR NAME SIZE...; writes OUTDIR/<S>x<S>/apps/NAME.png.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform notes that it has no runtime folder; that does not matter to the
// icons and would only clutter the build's output.
void quietOffscreenNotes(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char* argv[])
{
    // Runs during the build, where no display need exist. (A QGuiApplication all the same, so
    // that text in the SVG would find its fonts.)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietOffscreenNotes);
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        err << "usage: trendboard-render-icons ICON.svg OUTDIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        err << "trendboard-render-icons: cannot read " << args.at(1) << '\n';
        return 1;
    }
    for (int i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            err << "trendboard-render-icons: not an icon size: " << args.at(i) << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, args.at(3));
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            err << "trendboard-render-icons: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
