#pragma once
// The compare view's model (QML: document.compare): a track out and a zoom out matched on one
// actor's start and end framing, optionally with the dolly zoom, built by core's
// makeComparison() (core/moves/comparison.h) from the shown shot or from nothing, played and
// scrubbed on one playhead of its own, with core's readouts at every frame
// (core/analysis/comparison_readouts.h) and each side's cost (comparison_cost.h).
//
// Each panel's camera at the playhead goes into its own ShotCamera (cameraA, cameraB,
// cameraC); the actors, the same for every side (the shots share their scene and action
// start), into `actors`. The comparison's shots are not in the project until keep() writes the
// chosen sides into it as ONE undo step (core/edit/comparison_edits.h). A change of the project
// rebuilds the open comparison from its request (the set, the actors or the source shot may
// have changed); when it can no longer be built the comparison shows core's error.

#include <optional>
#include <string>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/actor_list_model.h"
#include "app/bridge/shot_camera.h"
#include "core/analysis/comparison_cost.h"
#include "core/analysis/comparison_readouts.h"
#include "core/moves/comparison.h"
#include "core/scene/shot_evaluator.h"
#include "core/time/frame_rate.h"

namespace murnau {

class ProjectDocument;

class ShotComparison : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ShotComparison is owned by ProjectDocument")

    // --- The request (the Compare dialog's fields), as typed. reset() fills them from the shown shot.
    Q_PROPERTY(QStringList subjects READ subjects NOTIFY requestChanged)              // the project's actors
    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY requestChanged)   // the actor framed
    // Framings as a shot-size code ("MCU", "FS", shot_size.h) or a distance in display units ("3.2 m", "10 ft").
    Q_PROPERTY(QString fromText READ fromText WRITE setFromText NOTIFY requestChanged)
    Q_PROPERTY(QString toText READ toText WRITE setToText NOTIFY requestChanged)
    Q_PROPERTY(QString focalLengthText READ focalLengthText WRITE setFocalLengthText NOTIFY requestChanged) // mm; "" = the camera's
    Q_PROPERTY(QString durationText READ durationText WRITE setDurationText NOTIFY requestChanged)          // seconds; "" = the shot's
    Q_PROPERTY(bool withDollyZoom READ withDollyZoom WRITE setWithDollyZoom NOTIFY requestChanged)          // a third panel
    // Build from the shown shot (false: from nothing, the first camera and the actors where they stand).
    Q_PROPERTY(bool fromShot READ fromShot WRITE setFromShot NOTIFY requestChanged)
    Q_PROPERTY(QString sourceLabel READ sourceLabel NOTIFY requestChanged)   // "shot 1/1  Anna walks the aisle", or "nothing (camera A, actors where they stand)"
    Q_PROPERTY(QString requestError READ requestError NOTIFY requestChanged) // core's refusal of the request ("to: ..."), else ""
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY requestChanged) // field ("subject", "from", "to", "focalLength", "duration") -> message

    // --- The open comparison.
    Q_PROPERTY(bool active READ isActive NOTIFY comparisonChanged)          // a comparison is open (the compare view shows)
    Q_PROPERTY(QString errorText READ errorText NOTIFY comparisonChanged)   // why the open comparison cannot be shown, else ""
    // One per side, in order: [{side ("track", "zoom", "dollyzoom"), title ("A  Track out"),
    // description (core's MoveResult::description), lens ("85 mm" / "85 → 19.8 mm"), position
    // ("travels 2.4 → 10.2 m from Anna" / "stands 2.4 m from Anna")}].
    Q_PROPERTY(QVariantList panels READ panels NOTIFY comparisonChanged)
    Q_PROPERTY(int panelCount READ panelCount NOTIFY comparisonChanged)
    Q_PROPERTY(murnau::ShotCamera* cameraA READ cameraA CONSTANT)          // the track's camera at the playhead
    Q_PROPERTY(murnau::ShotCamera* cameraB READ cameraB CONSTANT)          // the zoom's
    Q_PROPERTY(murnau::ShotCamera* cameraC READ cameraC CONSTANT)          // the dolly zoom's (invalid without one)
    Q_PROPERTY(murnau::ActorListModel* actors READ actors CONSTANT)        // the actors at the playhead
    // The background the magnification is read on: "" for a plane `backgroundBehindText` behind
    // the subject, else a set piece's name; `backgrounds` lists the choices [{key, label}]
    // (key "" first: "Plane 10 m behind Anna").
    Q_PROPERTY(QVariantList backgrounds READ backgrounds NOTIFY comparisonChanged)
    Q_PROPERTY(QString background READ background WRITE setBackground NOTIFY comparisonChanged)
    Q_PROPERTY(QString backgroundBehindText READ backgroundBehindText WRITE setBackgroundBehindText NOTIFY comparisonChanged)
    // The cost table: [{label ("Track to lay"), values: [text per side], ok: [bool per side]}].
    Q_PROPERTY(QVariantList costRows READ costRows NOTIFY comparisonChanged)

    // --- The playhead (shared by every panel).
    Q_PROPERTY(int frameCount READ frameCount NOTIFY comparisonChanged)
    Q_PROPERTY(double fps READ fps NOTIFY comparisonChanged)
    Q_PROPERTY(int frame READ frame WRITE setFrame NOTIFY timeChanged)     // 0-based
    Q_PROPERTY(QString timecode READ timecode NOTIFY timeChanged)          // shot time at the playhead
    Q_PROPERTY(bool playing READ isPlaying NOTIFY playingChanged)
    // The readouts at the playhead: {sides: [{distance, focalLength, aov, subject, background} as
    // display text]}, magnification ("1.84×"), predicted ("1.84×")}.
    Q_PROPERTY(QVariantMap readout READ readout NOTIFY timeChanged)

public:
    explicit ShotComparison(ProjectDocument* document, QObject* parent = nullptr);

    // Fills the request from the shown shot: its subject (the aim actor, else the first in its
    // cast, else the first actor), the framing it starts and ends on (else MCU to FS), its
    // duration, the camera's focal length, fromShot = whether a shot is shown.
    Q_INVOKABLE void reset();
    // Builds the comparison from the request and opens it at frame 0; false (and the open one
    // stays as it was) when core refuses the request (requestError says why).
    Q_INVOKABLE bool open();
    Q_INVOKABLE void close();
    // Keeps the sides named ("track", "zoom", "dollyzoom"; several = alternatives of one setup)
    // in the project as one undo step, closes the comparison and shows the (first) kept shot;
    // false with nothing changed when core refuses (errorText says why).
    Q_INVOKABLE bool keep(const QStringList& sides);

    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void togglePlay();
    Q_INVOKABLE void stepFrames(int delta);

    // The document calls this after every change of the project.
    void projectChanged();

    // For C++ views (plots, the comparison sheet): the open comparison and its figures.
    [[nodiscard]] const Comparison* comparison() const { return m_comparison ? &*m_comparison : nullptr; }
    [[nodiscard]] const ComparisonReadouts* readouts() const { return m_readouts ? &*m_readouts : nullptr; }
    [[nodiscard]] const std::vector<SideCost>& costs() const { return m_costs; }

    QStringList subjects() const;
    QString subject() const { return m_subject; }
    void setSubject(const QString& subject);
    QString fromText() const { return m_fromText; }
    void setFromText(const QString& text);
    QString toText() const { return m_toText; }
    void setToText(const QString& text);
    QString focalLengthText() const { return m_focalLengthText; }
    void setFocalLengthText(const QString& text);
    QString durationText() const { return m_durationText; }
    void setDurationText(const QString& text);
    bool withDollyZoom() const { return m_withDollyZoom; }
    void setWithDollyZoom(bool on);
    bool fromShot() const { return m_fromShot; }
    void setFromShot(bool on);
    QString sourceLabel() const;
    QString requestError() const { return m_requestError; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }

    bool isActive() const { return m_active; }
    QString errorText() const { return m_errorText; }
    QVariantList panels() const;
    int panelCount() const;
    ShotCamera* cameraA() { return &m_cameras[0]; }
    ShotCamera* cameraB() { return &m_cameras[1]; }
    ShotCamera* cameraC() { return &m_cameras[2]; }
    ActorListModel* actors() { return &m_actors; }
    QVariantList backgrounds() const;
    QString background() const { return m_background; }
    void setBackground(const QString& key);
    QString backgroundBehindText() const { return m_backgroundBehindText; }
    void setBackgroundBehindText(const QString& text);
    QVariantList costRows() const;
    int frameCount() const;
    double fps() const;
    int frame() const { return m_frame; }
    void setFrame(int frame);
    QString timecode() const;
    bool isPlaying() const { return m_playing; }
    QVariantMap readout() const;

signals:
    void requestChanged();
    void comparisonChanged();
    void timeChanged();
    void playingChanged();

private:
    // A comparison and what it needs to be shown: each side's evaluator and camera setup.
    struct Built {
        Comparison comparison;
        std::vector<ShotEvaluator> evaluators;   // one per side, Comparison::sides order
        std::vector<CameraSetup> setups;         // each side's camera setup (body, kit, delivery)
    };
    // The request as typed, parsed; errors name the dialog's fields ("from", "focalLength", ...).
    Result<ComparisonRequest> readRequest() const;
    // Builds and resolves a comparison of `shotId` ("" from nothing) against the project.
    Result<Built> build(const std::string& shotId, const ComparisonRequest& request) const;
    // Makes `built` the open comparison at `frame` (clamped) and reads its figures.
    void install(Built built, int frame);
    // Drops the open comparison's content (not m_active), clearing the cameras with `reason`.
    void dropComparison(const QString& reason);
    // Reads the readouts (at m_background) and the costs; failures go to m_errorText.
    void readFigures();
    // The background the readouts use, from m_background and m_backgroundBehindText.
    Result<CompareBackground> readBackground() const;
    // Publishes every side's camera and the actors at the playhead.
    void publish();
    void setFrameInternal(int frame);
    void onTick();
    // The shown shot's id, or "" (also when fromShot is off).
    std::string sourceShotId() const;
    DisplayUnits units() const;

    ProjectDocument* m_document;
    // The request as typed.
    QString m_subject;
    QString m_fromText = QStringLiteral("MCU");
    QString m_toText = QStringLiteral("FS");
    QString m_focalLengthText;
    QString m_durationText;
    bool m_withDollyZoom = false;
    bool m_fromShot = true;
    QString m_requestError;
    QVariantMap m_fieldErrors;
    // The open comparison: m_active while the compare view shows; m_comparison is empty when a
    // change of the project left it unbuildable (m_errorText says why).
    bool m_active = false;
    std::string m_sourceShotId;                 // the shot it is built from; "" from nothing
    ComparisonRequest m_request;                // what it was built from (rebuilt on project changes)
    std::optional<Comparison> m_comparison;
    std::vector<ShotEvaluator> m_evaluators;    // per side
    std::vector<CameraSetup> m_setups;          // per side
    FrameRate m_frameRate{24, 1};               // the shots' rate
    std::optional<ComparisonReadouts> m_readouts;
    std::vector<SideCost> m_costs;
    QString m_errorText;
    QString m_background;
    QString m_backgroundBehindText = QStringLiteral("10");
    ShotCamera m_cameras[3];
    ActorListModel m_actors;
    int m_frame = 0;
    bool m_playing = false;
    int m_playStartFrame = 0;   // the frame playback (re)started from
    bool m_keeping = false;     // keep() is writing the project: no rebuild meanwhile
    QElapsedTimer m_clock;
    QTimer m_tick;
};

} // namespace murnau
