#pragma once
// `murnau --profile-frames N`: measures startup and frame times of the real window
// while the shot camera pans slowly (so every frame is a real redraw), then prints one
// JSON line to stdout: {"startup_to_first_frame_ms", "frames", "mean_frame_ms",
// "p95_frame_ms", "max_frame_ms", "width", "height"} and emits finished().

#include <mutex>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QQuickWindow;

namespace murnau {

class ShotCamera;

class FrameProfiler : public QObject {
    Q_OBJECT

public:
    // Watches `window` from now on. `sinceStart` was started first thing in main();
    // `frames` is how many frame intervals to measure after the first frame.
    FrameProfiler(QQuickWindow* window, ShotCamera* camera, int frames, QElapsedTimer sinceStart,
                  QObject* parent = nullptr);

    // Pan added per frame, degrees: slow enough to read as a camera move.
    static constexpr double kPanStepDeg = 0.05;

signals:
    // The JSON line has been printed.
    void finished();

private:
    void onFrameSwapped();   // render thread: timestamps the swap
    void advance();          // GUI thread: moves the camera or reports
    void report();

    QPointer<QQuickWindow> m_window;
    QPointer<ShotCamera> m_camera;
    int m_frames = 0;
    QElapsedTimer m_sinceStart;
    std::mutex m_mutex;                  // guards m_swapNs (written on the render thread)
    std::vector<qint64> m_swapNs;        // frameSwapped times since start, nanoseconds
    bool m_reported = false;
};

} // namespace murnau
