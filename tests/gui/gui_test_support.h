#pragma once
// Scaffolding shared by the GUI tests (tests/gui): the demo project copied to a temporary
// folder, a fixture that skips without a display, showing the real main window and waiting
// for its frames, a mouse click, and the main() that runs the tests under Xvfb or skips them.
// Header-only; each test executable includes it from its one .cpp. The test .cpp files keep
// their Q_IMPORT_QML_PLUGIN lines: the plugins must be imported in a translation unit of each
// executable, and each file's main() is the three lines
//     int main(int argc, char* argv[])
//     {
//         return murnau::guitest::runGuiTests(argc, argv);
//     }
// Needs MURNAU_SOURCE_DIR (every GUI test target defines it).

#include <memory>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRectF>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include "app/bridge/main_window.h"
#include "app/bridge/project_document.h"

namespace murnau::guitest {

// CTest's SKIP_RETURN_CODE: what a GUI test executable returns when there is no display.
inline constexpr int kSkipExitCode = 77;
// Guards waits for the window against a display that never answers; not a timing assertion.
inline constexpr int kWaitLimitMs = 60000;
// The longer guard for waits on 3D frames, which Mesa's software rasteriser renders slowly.
inline constexpr int kRenderWaitLimitMs = 120000;

// The bundled demo folder (the project and its models), for copying; never written to.
inline const QString kDemoFolder = QStringLiteral(MURNAU_SOURCE_DIR "/assets/demo");
// The bundled demo project itself, for tests that only read it.
inline const QString kDemoPath = QStringLiteral(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");

// The demo project and its models copied into a temporary folder, so saves never touch the source tree.
class DemoCopy {
public:
    DemoCopy()
    {
        EXPECT_TRUE(m_dir.isValid());
        copy(kDemoFolder + QStringLiteral("/warehouse.murnau"), path());
        const QDir models(kDemoFolder + QStringLiteral("/models"));
        if (models.exists()) {
            QDir(m_dir.path()).mkdir(QStringLiteral("models"));
            for (const QString& name : models.entryList(QDir::Files))
                copy(models.filePath(name), m_dir.filePath(QStringLiteral("models/") + name));
        }
    }
    // The copied project file, to load and save.
    QString path() const { return m_dir.filePath(QStringLiteral("warehouse.murnau")); }
    // A file `name` in the temporary folder, for a test's own extra files.
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    // Copies one file and makes it writable (the source tree's files may be read-only).
    static void copy(const QString& from, const QString& to)
    {
        EXPECT_TRUE(QFile::copy(from, to));
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }

    QTemporaryDir m_dir;
};

// Base fixture of the GUI tests: skips each test when main() made no QGuiApplication (no DISPLAY).
// A fixture that overrides SetUp calls GuiTest::SetUp() first and returns if IsSkipped().
class GuiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!QGuiApplication::instance())
            GTEST_SKIP() << "no DISPLAY: the GUI tests render with OpenGL on X11; run them under xvfb-run";
        // Every test starts from the app's first-run layout: the window saves its splits and
        // shown views when it closes (test-mode settings), and a test must not inherit them.
        QSettings().clear();
    }
};

// Calls `start` (which must lead to a frame) and waits for `frames` frames, requesting each after
// the first; the common part of waitForFrames and showAndWaitForFrames.
template <typename Start>
bool waitForFramesAfter(QQuickWindow& window, int frames, int waitLimitMs, Start start)
{
    int swapped = 0;
    QEventLoop loop;
    const auto connection = QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&] {
        if (++swapped >= frames)
            loop.quit();
        else
            window.update();
    }, Qt::QueuedConnection);
    QTimer::singleShot(waitLimitMs, &loop, &QEventLoop::quit);
    start();
    loop.exec();
    QObject::disconnect(connection);
    return swapped >= frames;
}

// Requests and waits for `frames` rendered frames of a shown window; false if they did not come in time.
inline bool waitForFrames(QQuickWindow& window, int frames, int waitLimitMs = kWaitLimitMs)
{
    return waitForFramesAfter(window, frames, waitLimitMs, [&] { window.update(); });
}

// Shows a hidden window and waits until it has presented `frames` frames, for render tests that
// grab the first pictures (and, on a shown window, for the frames a change brings). False if late.
inline bool showAndWaitForFrames(QQuickWindow& window, int frames, int waitLimitMs = kRenderWaitLimitMs)
{
    return waitForFramesAfter(window, frames, waitLimitMs, [&] { window.show(); });
}

// How showMainWindow shows the window: its size, whether to wait for the keyboard focus, the frames to wait for.
struct ShowOptions {
    QSize size{1600, 900};          // the window's size in pixels
    int frames = 2;                 // rendered frames to wait for once shown
    bool waitUntilActive = true;    // wait for the keyboard focus (tests that send keys need it)
    int waitLimitMs = kWaitLimitMs; // the guard for each wait
};

// Loads the main window for `document` into `engine` (declare the engine after the document, so
// the window goes first), resizes, shows and activates it, and waits for it to be exposed (and
// active) and for `options.frames` frames. Returns the window, or nullptr if it failed to load.
inline QQuickWindow* showMainWindow(QQmlApplicationEngine& engine, ProjectDocument& document,
                                    const ShowOptions& options = {})
{
    QQuickWindow* window = loadMainWindow(engine, document);
    if (!window)
        return nullptr;
    window->resize(options.size);
    window->show();
    window->requestActivate();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window, options.waitLimitMs));
    if (options.waitUntilActive) {
        EXPECT_TRUE(QTest::qWaitForWindowActive(window, options.waitLimitMs));
    }
    waitForFrames(*window, options.frames, options.waitLimitMs);
    return window;
}

// Clicks the centre of `target` with the left button; expects it to lie inside the window.
inline void click(QQuickWindow& window, QQuickItem& target)
{
    const QPointF centre = target.mapToScene(QPointF(target.width() / 2.0, target.height() / 2.0));
    EXPECT_TRUE(QRectF(0, 0, window.width(), window.height()).contains(centre))
        << target.objectName().toStdString() << " is outside the window at " << centre.x() << ", " << centre.y();
    QTest::mouseClick(&window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

// The body of each GUI test's main(): runs the tests with a QGuiApplication when DISPLAY is set,
// and without one (every test skipped by GuiTest) returns kSkipExitCode unless something failed.
// QStandardPaths' test mode keeps settings and autosaves out of the user's own folders.
inline int runGuiTests(int argc, char* argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // QGuiApplication aborts without a display, so only create it when there is one.
    std::unique_ptr<QGuiApplication> app;
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY");
    if (hasDisplay)
        app = std::make_unique<QGuiApplication>(argc, argv);
    const int result = RUN_ALL_TESTS();
    return hasDisplay ? result : (result == 0 ? kSkipExitCode : result);
}

} // namespace murnau::guitest
