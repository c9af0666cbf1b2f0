#pragma once
// The shot camera as the viewport and the HUD see it. Holds the project's camera
// setup and the actors, and republishes what core computes from them: the pose, the
// vertical angle of view on the full sensor gate, the delivery frame lines, the labels,
// and the framing of the nearest actor. No optics are computed here.

#include <optional>
#include <vector>

#include <QImage>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

#include "core/rig/camera_state.h"
#include "core/rig/rig_evaluator.h"
#include "core/rig/rig_pose.h"
#include "core/scene/project.h"

namespace murnau {

class ShotCamera : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ShotCamera is owned by ProjectDocument")

    // Every property below changes together: one notify signal, cameraChanged().
    Q_PROPERTY(bool valid READ isValid NOTIFY cameraChanged)                       // a camera is set and core accepted it
    Q_PROPERTY(QString errorText READ errorText NOTIFY cameraChanged)              // why not valid
    Q_PROPERTY(QString name READ name NOTIFY cameraChanged)                        // the setup's name ("A")
    Q_PROPERTY(QVector3D positionM READ positionM NOTIFY cameraChanged)            // entrance pupil, metres
    Q_PROPERTY(QVector3D eulerRotationDeg READ eulerRotationDeg NOTIFY cameraChanged) // (tilt, pan, roll) degrees: Qt Quick 3D eulerRotation
    Q_PROPERTY(double panDeg READ panDeg WRITE setPanDeg NOTIFY cameraChanged)     // pan, degrees (see camera_state.h)
    Q_PROPERTY(double verticalFovDeg READ verticalFovDeg NOTIFY cameraChanged)     // vertical angle of view of the full sensor gate, degrees
    Q_PROPERTY(double sensorAspect READ sensorAspect NOTIFY cameraChanged)         // projected (desqueezed) width / height of the full gate
    Q_PROPERTY(QRectF deliveryRect READ deliveryRect NOTIFY cameraChanged)         // delivery frame lines as fractions of the full gate
    Q_PROPERTY(double focalLengthMm READ focalLengthMm NOTIFY cameraChanged)       // millimetres
    Q_PROPERTY(double fStop READ fStop NOTIFY cameraChanged)                       // f-number
    Q_PROPERTY(double focusDistanceM READ focusDistanceM NOTIFY cameraChanged)     // metres from the film plane
    Q_PROPERTY(double cameraHeightM READ cameraHeightM NOTIFY cameraChanged)       // lens height above the floor, metres
    Q_PROPERTY(QString lensLabel READ lensLabel NOTIFY cameraChanged)              // "35 mm", "50 mm 2x anamorphic"
    Q_PROPERTY(QString sensorLabel READ sensorLabel NOTIFY cameraChanged)          // "Super 35 4-perf"
    Q_PROPERTY(QString deliveryLabel READ deliveryLabel NOTIFY cameraChanged)      // "2.39:1", or "full gate 1.33:1"
    Q_PROPERTY(QString stopLabel READ stopLabel NOTIFY cameraChanged)              // "f/2.8"
    Q_PROPERTY(bool hasNearestActor READ hasNearestActor NOTIFY cameraChanged)     // some actor is in front of the lens
    Q_PROPERTY(QString nearestActorName READ nearestActorName NOTIFY cameraChanged)
    Q_PROPERTY(double nearestActorDistanceM READ nearestActorDistanceM NOTIFY cameraChanged) // lens to the actor's eyes, metres
    Q_PROPERTY(QString nearestShotSize READ nearestShotSize NOTIFY cameraChanged)  // shot size code on the delivery gate ("MS")
    Q_PROPERTY(QString nearestShotSizeName READ nearestShotSizeName NOTIFY cameraChanged) // "Medium shot"
    Q_PROPERTY(bool hasMotion READ hasMotion NOTIFY cameraChanged)                 // the camera is on a shot's rig (speeds below are meaningful)
    Q_PROPERTY(double speedMps READ speedMps NOTIFY cameraChanged)                 // speed of the lens through space, metres per second
    Q_PROPERTY(double dollySpeedMps READ dollySpeedMps NOTIFY cameraChanged)       // speed along the track, metres per second
    Q_PROPERTY(bool piloted READ isPiloted NOTIFY cameraChanged)                   // a pilot's live pose is shown instead of the evaluated one
    // Depth of field on the delivery gate (core/optics/depth_of_field.h), with the setup's circle of confusion.
    Q_PROPERTY(bool depthOfFieldValid READ depthOfFieldValid NOTIFY cameraChanged) // core computed the limits below
    Q_PROPERTY(double cocMm READ cocMm NOTIFY cameraChanged)                       // circle of confusion used, millimetres
    Q_PROPERTY(double nearLimitM READ nearLimitM NOTIFY cameraChanged)             // near limit of acceptable sharpness, metres
    Q_PROPERTY(double farLimitM READ farLimitM NOTIFY cameraChanged)               // far limit, metres; Infinity past the hyperfocal distance
    Q_PROPERTY(double sharpBandCentreM READ sharpBandCentreM NOTIFY cameraChanged) // the sharp zone as a depth-blur band (core/optics/depth_blur.h): its middle, metres
    Q_PROPERTY(double sharpBandWidthM READ sharpBandWidthM NOTIFY cameraChanged)   // and its width, metres (an infinite far limit taken at kBlurFarthestM)
    Q_PROPERTY(double backgroundBlurFraction READ backgroundBlurFraction NOTIFY cameraChanged) // blur disc of a point at infinity / full gate's projected width

public:
    explicit ShotCamera(QObject* parent = nullptr);

    // Takes a camera setup and the actors it frames; recomputes everything through core.
    void setCamera(const CameraSetup& setup, std::vector<Actor> actors);
    // How the camera moves at this instant (a shot's rig), or nullopt for a camera standing still.
    void setMotion(const std::optional<RigMotion>& motion);
    // Shows a piloted pose (position, pan, tilt, roll, focal length) over the evaluated camera
    // until cleared with nullopt; the evaluated camera keeps arriving through setCamera() and is
    // shown again when the override is cleared. The document is not touched (app/bridge/pilot.h).
    void setPilotOverride(const std::optional<CameraPose>& pose);
    [[nodiscard]] const std::optional<CameraPose>& pilotOverride() const { return m_pilot; }
    [[nodiscard]] bool isPiloted() const { return m_pilot.has_value(); }
    // The setup as evaluated (without the pilot's override).
    [[nodiscard]] const CameraSetup& evaluatedSetup() const { return m_evaluated; }
    // No camera: valid() turns false with `reason` as the error text.
    void clear(const QString& reason);

    // The core camera state on the full sensor gate (what the viewport shows), if valid.
    const std::optional<CameraState>& fullGateState() const { return m_fullGate; }
    // The core camera state on the delivery gate (what the frame lines enclose), if valid.
    const std::optional<CameraState>& deliveryState() const { return m_delivery; }

    // How the shot camera frames the named actor at this instant, on the delivery gate:
    // {found (false: no such actor, or their eyes are behind the lens), name, distanceM (lens to
    // the eyes, metres), shotSize ("MS"), shotSizeName ("Medium shot")}. Bind with `valid` to follow changes.
    Q_INVOKABLE QVariantMap framingOf(const QString& actorName) const;

    // Where a world point (metres) lands in a view of widthPx x heightPx showing the full
    // gate (origin top-left): a QPointF, or undefined if the point is behind the lens.
    Q_INVOKABLE QVariant projectToView(const QVector3D& worldM, double widthPx, double heightPx) const;

    bool isValid() const { return m_fullGate.has_value(); }
    QString errorText() const { return m_errorText; }
    QString name() const;
    QVector3D positionM() const;
    QVector3D eulerRotationDeg() const;
    double panDeg() const { return m_setup.panDeg; }
    void setPanDeg(double panDeg);
    double verticalFovDeg() const { return m_verticalFovDeg; }
    double sensorAspect() const { return m_sensorAspect; }
    QRectF deliveryRect() const { return m_deliveryRect; }
    // `fullGate` (a picture of the whole gate, any size) cut to the delivery frame lines;
    // unchanged when null or without valid frame lines.
    [[nodiscard]] QImage cropToDelivery(const QImage& fullGate) const;
    double focalLengthMm() const { return m_setup.focalLengthMm; }
    double fStop() const { return m_setup.fStop; }
    double focusDistanceM() const { return m_setup.focusDistanceM; }
    double cameraHeightM() const { return m_setup.positionM.y; }
    QString lensLabel() const;
    QString sensorLabel() const;
    QString deliveryLabel() const;
    QString stopLabel() const;
    bool hasNearestActor() const { return !m_nearestActorName.isEmpty(); }
    QString nearestActorName() const { return m_nearestActorName; }
    double nearestActorDistanceM() const { return m_nearestActorDistanceM; }
    QString nearestShotSize() const { return m_nearestShotSize; }
    QString nearestShotSizeName() const { return m_nearestShotSizeName; }
    bool hasMotion() const { return m_motion.has_value(); }
    double speedMps() const { return m_motion ? m_motion->speedMps : 0.0; }
    double dollySpeedMps() const { return m_motion ? m_motion->dollySpeedMps : 0.0; }
    // Farthest depth a depth-blur band reaches, metres: the viewports' far clip plane (1 km).
    static constexpr double kBlurFarthestM = 1000.0;
    bool depthOfFieldValid() const;
    double cocMm() const;
    double nearLimitM() const;
    double farLimitM() const;
    double sharpBandCentreM() const;
    double sharpBandWidthM() const;
    double backgroundBlurFraction() const;
    // The setup as shown (a shot's camera carries the rig's pose and lens at the playhead).
    const CameraSetup& setup() const { return m_setup; }
    // The actors as placed at this instant.
    const std::vector<Actor>& actorsNow() const { return m_actors; }

signals:
    void cameraChanged();

private:
    void recompute();

    bool m_hasSetup = false;
    CameraSetup m_setup;
    std::vector<Actor> m_actors;
    std::optional<CameraState> m_fullGate;
    std::optional<CameraState> m_delivery;
    QString m_errorText;
    double m_verticalFovDeg = 0.0;
    double m_sensorAspect = 1.0;
    QRectF m_deliveryRect{0.0, 0.0, 1.0, 1.0};
    QString m_nearestActorName;
    double m_nearestActorDistanceM = 0.0;
    QString m_nearestShotSize;
    QString m_nearestShotSizeName;
    std::optional<RigMotion> m_motion;
    CameraSetup m_evaluated;               // the last setup given to setCamera()
    std::optional<CameraPose> m_pilot;     // the pilot's override of the pose, if piloting
};

} // namespace murnau
