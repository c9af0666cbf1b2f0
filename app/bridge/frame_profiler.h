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
// `murnau --profile-scrub N`: the same while the mouse scrubs the timeline's ruler (a press,
// then one move a frame, sent to the window as real mouse events at the ruler of the item named
// "timelineView"), "mode": "scrub"; the line adds the latency from each mouse move to the swap of
// the frame that shows its playhead ("scrub_latency_mean_ms", "_p95_ms", "_max_ms") and
// "scrub_frames_missed" (moves whose frame was not the one shown at the next swap).

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
        Scrub,      // the mouse scrubs the timeline ruler
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
    void scrubStep();        // sends the next mouse event to the timeline's ruler

    QPointer<QQuickWindow> m_window;
    QPointer<ProjectDocument> m_document;
    Mode m_mode = Mode::Pan;
    int m_dragStep = 0;
    std::vector<int> m_shownFrames;      // the shot frame at each swap (playback mode), GUI thread
    qint64 m_scrubSentNs = -1;           // when the last scrub move was sent, ns since start (-1: none pending)
    int m_scrubExpectedFrame = -1;       // the player frame that move set
    std::vector<double> m_scrubLatencyMs;   // per move: send to the swap that shows it
    int m_scrubMissed = 0;               // moves whose frame was not shown by the next swap
    int m_frames = 0;
    QElapsedTimer m_sinceStart;
    std::mutex m_mutex;                  // guards m_swapNs (written on the render thread)
    std::vector<qint64> m_swapNs;        // frameSwapped times since start, nanoseconds
    bool m_reported = false;
};

} // namespace murnau
