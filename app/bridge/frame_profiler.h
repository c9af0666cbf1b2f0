#pragma once
// `murnau --profile-frames N`: measures startup and frame times of the real window
// while the shot camera pans slowly (so every frame is a real redraw), then prints one
// JSON line to stdout: {"mode": "pan", "startup_to_first_frame_ms", "frames", "mean_frame_ms",
// "p95_frame_ms", "max_frame_ms", "width", "height"} and emits finished().
// `murnau --profile-playback N`: the same while the shot shown plays in real time (looping);
// the line adds "shot_frames_advanced" (shot frames the clock moved through while N frames
// were drawn) and "frames_dropped" (those not drawn), with "mode": "playback".
// `murnau --profile-drag N`: the same while the first actor is dragged round a 1 m circle, one
// drag step (an undoable edit, merged into one undo step) per frame, "mode": "drag".

#include <mutex>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QQuickWindow;

namespace murnau {

class ShotCamera;
class ShotPlayer;
class ProjectDocument;

class FrameProfiler : public QObject {
    Q_OBJECT

public:
    // Watches `window` from now on. `sinceStart` was started first thing in main();
    // `frames` is how many frame intervals to measure after the first frame.
    // What changes between frames.
    enum class Mode {
        Pan,        // the shot camera pans
        Playback,   // the shot shown plays in real time
        Drag,       // the first actor is dragged (document edits)
    };
    FrameProfiler(QQuickWindow* window, ProjectDocument* document, Mode mode, int frames, QElapsedTimer sinceStart,
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
    QPointer<ProjectDocument> m_document;
    Mode m_mode = Mode::Pan;
    int m_dragStep = 0;
    std::vector<int> m_shownFrames;      // the shot frame at each swap (playback mode), GUI thread
    int m_frames = 0;
    QElapsedTimer m_sinceStart;
    std::mutex m_mutex;                  // guards m_swapNs (written on the render thread)
    std::vector<qint64> m_swapNs;        // frameSwapped times since start, nanoseconds
    bool m_reported = false;
};

} // namespace murnau
