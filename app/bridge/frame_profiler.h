#pragma once
// `murnau --profile-frames N`: measures startup and frame times of the real window
// while the shot camera pans slowly (so every frame is a real redraw), then prints one
// JSON line to stdout: {"mode": "pan", "startup_to_first_frame_ms", "frames", "mean_frame_ms",
// "p95_frame_ms", "max_frame_ms", "width", "height"} and emits finished().
// `murnau --profile-playback N`: the same while the shot shown plays in real time (looping);
// the line adds "shot_frames_advanced" (shot frames the clock moved through while N frames
// were drawn) and "frames_dropped" (those not drawn), with "mode": "playback".

#include <mutex>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QQuickWindow;

namespace murnau {

class ShotCamera;
class ShotPlayer;

class FrameProfiler : public QObject {
    Q_OBJECT

public:
    // Watches `window` from now on. `sinceStart` was started first thing in main();
    // `frames` is how many frame intervals to measure after the first frame.
    // With a `player`, plays its shot instead of panning the camera.
    FrameProfiler(QQuickWindow* window, ShotCamera* camera, ShotPlayer* player, int frames, QElapsedTimer sinceStart,
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
    QPointer<ShotPlayer> m_player;
    std::vector<int> m_shownFrames;      // the shot frame at each swap (playback mode), GUI thread
    int m_frames = 0;
    QElapsedTimer m_sinceStart;
    std::mutex m_mutex;                  // guards m_swapNs (written on the render thread)
    std::vector<qint64> m_swapNs;        // frameSwapped times since start, nanoseconds
    bool m_reported = false;
};

} // namespace murnau
