#pragma once
// The shot being shown and the playhead: evaluation between the document and the views. It
// resolves the chosen shot with core's ShotEvaluator whenever the project changes, and at the
// playhead's time publishes the camera (into ShotCamera) and the actors' poses (into
// ActorListModel), so every view shows the same instant. Without a shot, the set is shown as
// it stands: the first camera setup where it is set and the actors at their own positions.
//
// Playback runs in real time at the shot's frame rate: the frame shown is the one the wall
// clock says (core/time/playback_clock.h), so slow frames are dropped rather than the shot
// running long. An in/out range (I and O in the timeline) limits playback and looping to its
// frames; J/K/L shuttle plays backwards or forwards at 1x, 2x, 4x, 8x, as editing software does.

#include <cstdint>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "core/scene/project.h"
#include "core/scene/shot_evaluator.h"
#include "core/time/frame_rate.h"

namespace murnau {

class ActorListModel;
class ShotCamera;

class ShotPlayer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ShotPlayer is owned by ProjectDocument")

    // Every shot of the project in script order: [{shotId, sceneIndex, number, name, label
    // ("12/1A  Anna alone"), durationSeconds, frameRate ("24")}].
    Q_PROPERTY(QVariantList shots READ shots NOTIFY shotsChanged)
    Q_PROPERTY(QString shotId READ shotId NOTIFY shotChanged)               // the shot shown; "" for the set as it stands
    Q_PROPERTY(int sceneIndex READ sceneIndex NOTIFY shotChanged)           // its scene (Project::scenes index), -1 without a shot
    Q_PROPERTY(QString shotLabel READ shotLabel NOTIFY shotChanged)         // "12/1A  Anna alone", or "" without a shot
    Q_PROPERTY(bool hasShot READ hasShot NOTIFY shotChanged)                // a shot is shown and core evaluates it
    Q_PROPERTY(QString errorText READ errorText NOTIFY shotChanged)         // why the chosen shot cannot be shown, else ""
    Q_PROPERTY(int frameCount READ frameCount NOTIFY shotChanged)           // frames in the shot (1 without a shot)
    Q_PROPERTY(double fps READ fps NOTIFY shotChanged)                      // the shot's frame rate, frames per second
    Q_PROPERTY(QString frameRateLabel READ frameRateLabel NOTIFY shotChanged) // "23.976"
    Q_PROPERTY(double durationSeconds READ durationSeconds NOTIFY shotChanged)
    Q_PROPERTY(int frame READ frame WRITE setFrame NOTIFY timeChanged)      // the playhead, 0-based frame of the shot
    Q_PROPERTY(double timeSeconds READ timeSeconds NOTIFY timeChanged)      // shot time at the playhead, seconds
    Q_PROPERTY(QString timecode READ timecode NOTIFY timeChanged)           // shot time as SMPTE timecode ("00:00:02:11", ';' for drop-frame)
    Q_PROPERTY(bool playing READ isPlaying NOTIFY playingChanged)
    Q_PROPERTY(bool looping READ isLooping WRITE setLooping NOTIFY loopingChanged)
    Q_PROPERTY(int speed READ speed WRITE setSpeed NOTIFY speedChanged)     // playback speed: 1 real time, -1 backwards, 2 double ... (-8..8, not 0)
    Q_PROPERTY(int inFrame READ inFrame NOTIFY rangeChanged)                // first frame of the in/out range, -1 when unset
    Q_PROPERTY(int outFrame READ outFrame NOTIFY rangeChanged)              // last frame of the in/out range (included), -1 when unset
    Q_PROPERTY(bool hasRange READ hasRange NOTIFY rangeChanged)             // an in or an out point is set

public:
    ShotPlayer(ShotCamera* camera, ActorListModel* actors, QObject* parent = nullptr);

    // The document calls this after every change of the project (and with nullptr when none is
    // open). The project must outlive the next call. Keeps the shot and the frame if they still exist.
    void setProject(const Project* project);
    // After a new project is opened: shows its first shot at frame 0 (the set without shots).
    void showFirstShot();

    Q_INVOKABLE void selectShot(const QString& shotId);   // "" shows the set as it stands
    Q_INVOKABLE void stepFrames(int delta);              // moves the playhead, clamped to the shot
    Q_INVOKABLE void play();                             // from the playhead (from the start when at the end)
    Q_INVOKABLE void pause();
    Q_INVOKABLE void togglePlay();

    // --- In/out range: playback, its stop and its loop run within [rangeFirst, rangeLast].
    Q_INVOKABLE void markIn();                           // in point at the playhead (an out point before it is cleared)
    Q_INVOKABLE void markOut();                          // out point at the playhead (an in point after it is cleared)
    // Both points at once, -1 for unset; false (and nothing changes) when a point lies outside
    // the shot or in comes after out.
    Q_INVOKABLE bool setRange(int inFrame, int outFrame);
    Q_INVOKABLE void clearRange();                       // no in and no out point: the whole shot plays

    // --- Shuttle (J/K/L): L plays forward at 1x, pressed again 2x, 4x, 8x; J the same backwards
    // (L while playing backwards slows down one step, then plays forward, and J likewise);
    // K pauses and resets the speed to 1x.
    Q_INVOKABLE void shuttleForward();
    Q_INVOKABLE void shuttleBackward();
    Q_INVOKABLE void shuttleStop();

    // For the views and the edit builders.
    [[nodiscard]] std::optional<std::size_t> sceneIndexOpt() const { return m_sceneIndex; }
    [[nodiscard]] Flicks timeFlicks() const;                          // shot time at the playhead
    [[nodiscard]] const ShotEvaluator* evaluator() const { return m_evaluator ? &*m_evaluator : nullptr; }
    [[nodiscard]] FrameRate frameRate() const { return m_frameRate; }

    QVariantList shots() const { return m_shots; }
    QString shotId() const { return m_shotId; }
    int sceneIndex() const { return m_sceneIndex ? static_cast<int>(*m_sceneIndex) : -1; }
    QString shotLabel() const { return m_shotLabel; }
    bool hasShot() const { return m_evaluator.has_value(); }
    QString errorText() const { return m_errorText; }
    int frameCount() const;
    double fps() const { return m_frameRate.fps(); }
    QString frameRateLabel() const;
    double durationSeconds() const;
    int frame() const { return static_cast<int>(m_frame); }
    void setFrame(int frame);
    double timeSeconds() const;
    QString timecode() const;
    bool isPlaying() const { return m_playing; }
    bool isLooping() const { return m_looping; }
    void setLooping(bool looping);
    int speed() const { return m_speed; }
    void setSpeed(int speed);
    int inFrame() const { return static_cast<int>(m_inFrame); }
    int outFrame() const { return static_cast<int>(m_outFrame); }
    bool hasRange() const { return m_inFrame >= 0 || m_outFrame >= 0; }
    // The frames playback runs over: the in/out range, else the whole shot.
    [[nodiscard]] std::int64_t rangeFirst() const;
    [[nodiscard]] std::int64_t rangeLast() const;

signals:
    void shotsChanged();
    void shotChanged();
    void timeChanged();
    void playingChanged();
    void loopingChanged();
    void speedChanged();
    void rangeChanged();

private:
    void rebuildShotList();
    // Resolves m_shotId against the project (evaluator, scene, rate); false if it is gone.
    bool resolveShot();
    void publish();
    void onTick();
    void setFrameInternal(std::int64_t frame);
    // Restarts the playback clock from the playhead (after a scrub, a speed or range change).
    void restartClock();
    // One shuttle press: +1 for L, -1 for J.
    void shuttle(int direction);

    const Project* m_project = nullptr;
    ShotCamera* m_camera;
    ActorListModel* m_actors;
    QVariantList m_shots;
    QString m_shotId;
    QString m_shotLabel;
    QString m_errorText;
    std::optional<std::size_t> m_sceneIndex;
    std::optional<ShotEvaluator> m_evaluator;
    FrameRate m_frameRate{24, 1};
    std::int64_t m_frame = 0;
    bool m_playing = false;
    bool m_looping = false;
    int m_speed = 1;
    std::int64_t m_inFrame = -1;    // -1: unset
    std::int64_t m_outFrame = -1;   // -1: unset
    std::int64_t m_playStartFrame = 0;
    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace murnau
