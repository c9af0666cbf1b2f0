// murnau: the desktop app. Parses the command line, sets up logging, opens the project
// (or the bundled demo) through the bridge, starts crash recovery (autosave) and shows
// Murnau.Ui's main window. Returning from the event loop is a clean exit: the session's
// recovery file is removed.
//
//   murnau [--verbose] [--fullscreen] [--autosave-interval SECONDS]
//          [--profile-frames N | --profile-playback N | --profile-drag N | --profile-scrub N] [PROJECT.murnau]
//   murnau (--export-shot-list OUT | --export-focus-marks OUT) [--shots LIST] [--order editorial|setup]
//          [--page-size A4|Letter] [--half-page] PROJECT.murnau
//   murnau --version | --help

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageSize>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QStringList>
#include <QSurfaceFormat>
#include <QtQml/qqmlextensionplugin.h>

#include <spdlog/spdlog.h>

#include "app/bridge/app_paths.h"
#include "app/bridge/autosave.h"
#include "app/bridge/export_request.h"
#include "app/bridge/frame_profiler.h"
#include "app/bridge/headless_export.h"
#include "app/bridge/main_window.h"
#include "app/bridge/project_document.h"
#include "app/bridge/qt_log_handler.h"
#include "core/export/export_shots.h"
#include "core/log/logging.h"
#include "core/version.h"

// The QML modules are static libraries: pull in their plugins.
Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace {

constexpr const char* kUsage =
    "usage: murnau [--verbose] [--fullscreen] [--autosave-interval SECONDS]\n"
    "              [--profile-frames N | --profile-playback N | --profile-drag N | --profile-scrub N]\n"
    "              [PROJECT.murnau]\n"
    "       murnau (--export-shot-list OUT | --export-focus-marks OUT) [--shots LIST]\n"
    "              [--order editorial|setup] [--page-size A4|Letter] [--half-page] PROJECT.murnau\n"
    "       murnau --version | --help\n"
    "\n"
    "Opens PROJECT.murnau, or the bundled demo project when none is given.\n"
    "  --verbose            debug messages on the console\n"
    "  --fullscreen         fill the screen\n"
    "  --autosave-interval SECONDS  write the crash-recovery copy of unsaved work this\n"
    "                       long after an edit (1 to 3600, default 60)\n"
    "  --profile-frames N   render N frames while the shot camera pans, print one JSON\n"
    "                       line of startup and frame times to stdout, and exit\n"
    "  --profile-playback N the same while the shot shown plays in real time, with\n"
    "                       the shot frames dropped\n"
    "  --profile-drag N     the same while the first actor is dragged (one edit a frame)\n"
    "  --profile-scrub N    the same while the mouse scrubs the timeline's ruler, with\n"
    "                       the latency from each mouse move to the frame that shows it\n"
    "  --export-shot-list OUT  write PROJECT's shot list to OUT (.pdf, .csv or .json),\n"
    "                       print one line and exit (0 written, 1 failed, 2 bad option);\n"
    "                       a PDF renders each shot's frames, so it needs a display:\n"
    "                       on a server run it under `xvfb-run -a murnau ...`\n"
    "  --export-focus-marks OUT  write the focus puller's marks to OUT (.pdf or .csv)\n"
    "  --shots LIST         only these shots: ids or numbers, comma-separated (sh-0001,1A)\n"
    "  --order ORDER        editorial (scene by scene, the default) or setup (grouped by\n"
    "                       camera setup within each scene)\n"
    "  --page-size SIZE     the PDF's page: A4 (the default) or Letter\n"
    "  --half-page          two shots to a PDF page\n"
    "  --version            print \"murnau <version>\" and exit\n"
    "Qt's own options (-platform, -qwindowgeometry ...) are accepted too.\n";

// What the command line asks for.
struct CommandLine {
    bool verbose = false;
    bool fullscreen = false;
    int profileFrames = 0;          // 0: no profiling
    murnau::FrameProfiler::Mode profileMode = murnau::FrameProfiler::Mode::Pan;   // what changes between profiled frames
    int autosaveIntervalS = murnau::Autosave::kDefaultIntervalMs / 1000;   // seconds from an edit to the recovery write
    QString projectPath;            // empty: the bundled demo
    std::optional<murnau::ExportRequest> exportRequest;   // --export-shot-list / --export-focus-marks: export and exit
    QString exportOption;           // which of the two was given, for messages
};

// The kind an export option writes for OUT's suffix, or an error naming the option.
std::optional<QString> exportKindFor(const QString& option, const QString& path, murnau::ExportKind& kind)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool shotList = option == QLatin1String("--export-shot-list");
    if (shotList && suffix == QLatin1String("pdf"))
        kind = murnau::ExportKind::ShotListPdf;
    else if (shotList && suffix == QLatin1String("csv"))
        kind = murnau::ExportKind::ShotListCsv;
    else if (shotList && suffix == QLatin1String("json"))
        kind = murnau::ExportKind::ShotListJson;
    else if (!shotList && suffix == QLatin1String("pdf"))
        kind = murnau::ExportKind::FocusMarksPdf;
    else if (!shotList && suffix == QLatin1String("csv"))
        kind = murnau::ExportKind::FocusMarksCsv;
    else
        return QStringLiteral("%1 writes %2, got '%3'")
            .arg(option, shotList ? QStringLiteral(".pdf, .csv or .json") : QStringLiteral(".pdf or .csv"), path);
    return std::nullopt;
}

// True if argv holds `flag` (checked before QGuiApplication exists, which needs a display).
bool hasFlag(int argc, char* argv[], const char* flag)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

// Parses the command line; an error message on failure. Before QGuiApplication exists
// (`qtHasTakenItsOptions` false) only our "--" options are checked, since Qt's own options
// (-platform xcb ...) and their values are still in the list; afterwards everything is.
std::optional<QString> parseCommandLine(const QStringList& arguments, bool qtHasTakenItsOptions, CommandLine& out)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--verbose")) {
            out.verbose = true;
        } else if (arg == QLatin1String("--fullscreen")) {
            out.fullscreen = true;
        } else if (arg == QLatin1String("--autosave-interval")) {
            bool ok = false;
            const QString value = i + 1 < arguments.size() ? arguments[i + 1] : QString();
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < murnau::Autosave::kMinIntervalS || seconds > murnau::Autosave::kMaxIntervalS)
                return QStringLiteral("--autosave-interval must be a whole number of seconds from %1 to %2, got '%3'")
                    .arg(murnau::Autosave::kMinIntervalS)
                    .arg(murnau::Autosave::kMaxIntervalS)
                    .arg(i + 1 < arguments.size() ? value : QStringLiteral("nothing"));
            out.autosaveIntervalS = seconds;
            ++i;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("--help")) {
            continue;   // handled before anything else
        } else if (arg == QLatin1String("--profile-frames") || arg == QLatin1String("--profile-playback")
                   || arg == QLatin1String("--profile-drag") || arg == QLatin1String("--profile-scrub")) {
            bool ok = false;
            const int frames = i + 1 < arguments.size() ? arguments[i + 1].toInt(&ok) : 0;
            // FrameProfiler keeps every frame's timing (reserved up front): 100,000 frames is
            // half an hour at 60 fps; 2^31 - 1 would reserve 16 GiB.
            constexpr int kMaxProfileFrames = 100000;
            if (!ok || frames < 1 || frames > kMaxProfileFrames)
                return QStringLiteral("%1 needs a number of frames from 1 to %2").arg(arg).arg(kMaxProfileFrames);
            out.profileFrames = frames;
            out.profileMode = arg == QLatin1String("--profile-playback") ? murnau::FrameProfiler::Mode::Playback
                              : arg == QLatin1String("--profile-drag")   ? murnau::FrameProfiler::Mode::Drag
                              : arg == QLatin1String("--profile-scrub")  ? murnau::FrameProfiler::Mode::Scrub
                                                                         : murnau::FrameProfiler::Mode::Pan;
            ++i;
        } else if (arg == QLatin1String("--export-shot-list") || arg == QLatin1String("--export-focus-marks")) {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty())
                return QStringLiteral("%1 needs the file to write").arg(arg);
            if (!out.exportOption.isEmpty())
                return QStringLiteral("one export at a time: %1 and %2").arg(out.exportOption, arg);
            murnau::ExportKind kind = murnau::ExportKind::ShotListPdf;
            if (const auto error = exportKindFor(arg, arguments[i + 1], kind))
                return error;
            if (!out.exportRequest)
                out.exportRequest.emplace();
            out.exportRequest->kind = kind;
            out.exportRequest->path = arguments[++i];
            out.exportOption = arg;
        } else if (arg == QLatin1String("--shots") || arg == QLatin1String("--order") || arg == QLatin1String("--page-size")) {
            if (i + 1 >= arguments.size())
                return QStringLiteral("%1 needs a value").arg(arg);
            const QString value = arguments[++i];
            if (!out.exportRequest)
                out.exportRequest.emplace();
            if (arg == QLatin1String("--shots")) {
                out.exportRequest->shotKeys = murnau::splitShotKeys(value.toStdString());
                if (out.exportRequest->shotKeys.empty())
                    return QStringLiteral("--shots needs shot ids or numbers, got '%1'").arg(value);
            } else if (arg == QLatin1String("--order")) {
                const murnau::Result<murnau::ShotOrder> order = murnau::parseShotOrder(value.toStdString());
                if (!order)
                    return QStringLiteral("--order must be editorial or setup, got '%1'").arg(value);
                out.exportRequest->order = *order;
            } else {
                const murnau::Result<QPageSize::PageSizeId> page = murnau::parsePageSize(value, "--page-size");
                if (!page)
                    return QString::fromStdString(page.error().describe());
                out.exportRequest->pageSize = *page;
            }
        } else if (arg == QLatin1String("--half-page")) {
            if (!out.exportRequest)
                out.exportRequest.emplace();
            out.exportRequest->halfPagePerShot = true;
        } else if (arg.startsWith(QLatin1String("--")) || (qtHasTakenItsOptions && arg.startsWith(QLatin1Char('-')))) {
            return QStringLiteral("unknown option '%1'").arg(arg);
        } else if (!qtHasTakenItsOptions || arg.startsWith(QLatin1Char('-'))) {
            continue;   // Qt's option or its value: QGuiApplication takes it
        } else if (out.projectPath.isEmpty()) {
            out.projectPath = arg;
        } else {
            return QStringLiteral("only one project can be opened, got '%1' and '%2'").arg(out.projectPath, arg);
        }
    }
    if (out.exportRequest && out.exportOption.isEmpty())
        return QStringLiteral("--shots, --order, --page-size and --half-page go with --export-shot-list or --export-focus-marks");
    if (out.exportRequest && out.profileFrames > 0)
        return QStringLiteral("%1 and --profile-... cannot be combined").arg(out.exportOption);
    if (qtHasTakenItsOptions && out.exportRequest && out.projectPath.isEmpty())
        return QStringLiteral("%1 needs the PROJECT.murnau to export").arg(out.exportOption);
    return std::nullopt;
}

// The headless export (--export-shot-list / --export-focus-marks): opens the project, writes,
// prints one line; 0 written, 1 failed, 2 a bad option (a shot --shots names is not there).
int runExport(const CommandLine& commandLine)
{
    murnau::ProjectDocument document;
    if (!document.load(commandLine.projectPath)) {
        std::fprintf(stderr, "murnau: cannot open %s: %s\n", qPrintable(commandLine.projectPath),
                     qPrintable(document.errorText()));
        return 1;
    }
    const murnau::ExportRequest& request = *commandLine.exportRequest;
    const murnau::Result<std::vector<murnau::ExportShot>> shots =
        murnau::selectExportShots(document.project(), request.shotKeys, request.order);
    if (!shots) {
        std::fprintf(stderr, "murnau: --shots: %s\n", shots.error().message.c_str());
        return 2;
    }
    const murnau::HeadlessExportResult result = murnau::runHeadlessExport(document, request);
    std::fprintf(result.exitCode == 0 ? stdout : stderr, "%s%s\n", result.exitCode == 0 ? "" : "murnau: ",
                 qPrintable(result.message));
    return result.exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    if (hasFlag(argc, argv, "--version")) {
        std::printf("murnau %s\n", murnau::kVersion);
        return 0;
    }
    if (hasFlag(argc, argv, "--help") || hasFlag(argc, argv, "-h")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    // Our options are checked before QGuiApplication, which needs a display.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine commandLine;
    if (const auto error = parseCommandLine(rawArguments, false, commandLine)) {
        std::fprintf(stderr, "murnau: %s\n%s", qPrintable(*error), kUsage);
        return 2;
    }
    if (commandLine.profileFrames > 0) {
        // Measure rendering, not the display's refresh: no vsync.
        QSurfaceFormat format = QSurfaceFormat::defaultFormat();
        format.setSwapInterval(0);
        QSurfaceFormat::setDefaultFormat(format);
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("murnau"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Murnau"));
    QGuiApplication::setApplicationVersion(QString::fromLatin1(murnau::kVersion));
    QGuiApplication::setOrganizationName(QStringLiteral("Murnau"));

    commandLine = CommandLine{};
    if (const auto error = parseCommandLine(QGuiApplication::arguments(), true, commandLine)) {
        std::fprintf(stderr, "murnau: %s\n%s", qPrintable(*error), kUsage);
        return 2;
    }

    murnau::setupLogging("murnau", murnau::LoggingOptions{.verbose = commandLine.verbose});
    murnau::installQtMessageHandler();
    spdlog::info("murnau {} starting", murnau::kVersion);

    if (commandLine.exportRequest)
        return runExport(commandLine);

    murnau::ProjectDocument document;
    document.setRecordsRecentFiles(true);
    const QString projectPath =
        commandLine.projectPath.isEmpty() ? murnau::bundledDemoProjectPath() : commandLine.projectPath;
    document.load(projectPath);   // on failure the window shows document.errorText
    // Autosave and the offer to recover a crashed session's work (the window asks once shown).
    // Profiling runs are measurements, not sessions: they neither offer nor leave a recovery.
    if (commandLine.profileFrames == 0) {
        document.autosave()->setIntervalMs(commandLine.autosaveIntervalS * 1000);
        document.autosave()->start(murnau::Autosave::defaultDirectory());
    }

    QQmlApplicationEngine engine;
    QQuickWindow* window = murnau::loadMainWindow(engine, document);
    if (!window)
        return 1;

    std::unique_ptr<murnau::FrameProfiler> profiler;
    if (commandLine.profileFrames > 0) {
        profiler = std::make_unique<murnau::FrameProfiler>(window, &document, commandLine.profileMode,
                                                           commandLine.profileFrames, sinceStart);
        QObject::connect(profiler.get(), &murnau::FrameProfiler::finished, &app, &QGuiApplication::quit,
                         Qt::QueuedConnection);
    }

    if (commandLine.fullscreen || commandLine.profileFrames > 0) {
        window->setGeometry(window->screen()->geometry());
        window->showFullScreen();
    } else {
        // Main.qml's default size, centred; maximized when that would not fit or would leave
        // only a thin margin (1920x1080 and smaller screens).
        const QRect available = window->screen()->availableGeometry();
        const QSize preferred = window->size();
        if (available.width() * 4 <= preferred.width() * 5 && available.height() * 4 <= preferred.height() * 5) {
            window->setGeometry(available);
            window->showMaximized();
        } else {
            window->setPosition(available.center() - QPoint(preferred.width() / 2, preferred.height() / 2));
            window->show();
        }
    }
    const int status = QGuiApplication::exec();
    document.autosave()->finish();
    return status;
}
