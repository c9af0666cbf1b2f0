#pragma once
// Piloting the shot camera by looking through it: mouse look, WASD flight, the wheel on the lens,
// and Set key. While active, the piloted pose is shown through the shot camera's override
// (ShotCamera::setPilotOverride), so every view follows, without writing the document. With a
// shot, Set key writes keys at the playhead so the rig passes through the pose (core
// keyCameraPose: one undo step "Key camera at 2.00 s"); leaving without a key shows the evaluated
// camera again and the document is unchanged. Without a shot, piloting moves the first camera
// setup directly (moveCamera + aimCamera + focal length as one drag step, ended on leave or Set key).
// Set key for an actor writes a mark where the selected actor stands at the playhead
// (core keyActorPose). The maths is core's (core/rig/fly_step.h, core/rig/rig_pose.h).

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/project_document.h"
#include "core/rig/rig_pose.h"

namespace murnau {

class Pilot : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)                 // piloting now
    Q_PROPERTY(bool onShot READ isOnShot NOTIFY activeChanged)                 // piloting a shot's rig (else camera setup 0)
    Q_PROPERTY(bool keyed READ isKeyed NOTIFY poseChanged)                     // a key was set since entering
    Q_PROPERTY(QVector3D positionM READ positionM NOTIFY poseChanged)          // the live pose: entrance pupil, metres
    Q_PROPERTY(double panDeg READ panDeg NOTIFY poseChanged)                   // degrees (camera_state.h)
    Q_PROPERTY(double tiltDeg READ tiltDeg NOTIFY poseChanged)                 // degrees
    Q_PROPERTY(double rollDeg READ rollDeg NOTIFY poseChanged)                 // degrees
    Q_PROPERTY(double focalLengthMm READ focalLengthMm NOTIFY poseChanged)     // millimetres
    Q_PROPERTY(QString messageText READ messageText NOTIFY messageChanged)     // the last Set key's outcome or error

public:
    explicit Pilot(QObject* parent = nullptr);
    ~Pilot() override;

    // Starts piloting from the camera shown (pauses playback); false without a valid camera.
    Q_INVOKABLE bool enter();
    // Stops piloting (Esc): the override is dropped (the evaluated camera shows again); without
    // a shot the drag step ends.
    Q_INVOKABLE void leave();
    // Mouse look: dx right, dy down, pixels, in a view `viewHeightPx` high.
    Q_INVOKABLE void look(double dxPx, double dyPx, double viewHeightPx);
    // A fly step of `seconds`: direction x right, y up, z forward (-1..1 each); `fast`: Shift.
    Q_INVOKABLE void fly(const QVector3D& direction, double seconds, bool fast);
    // Wheel notches on the lens: + longer; the kit's primes or its zoom range (fly_step.h).
    Q_INVOKABLE void zoom(int steps);
    // Set key for the camera at the playhead (the live pose, or the camera shown when not piloting).
    Q_INVOKABLE bool setKey();
    // Set key for the selected actor (document.selection kind "actor") at the playhead.
    Q_INVOKABLE bool setActorKey();

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    bool isActive() const { return m_active; }
    bool isOnShot() const { return m_active && !m_shotId.isEmpty(); }
    bool isKeyed() const { return m_keyed; }
    // The live pose (the camera shown when not active).
    const CameraPose& pose() const { return m_pose; }
    QVector3D positionM() const;
    double panDeg() const { return m_pose.panDeg; }
    double tiltDeg() const { return m_pose.tiltDeg; }
    double rollDeg() const { return m_pose.rollDeg; }
    double focalLengthMm() const { return m_pose.focalLengthMm; }
    QString messageText() const { return m_message; }

signals:
    void documentChanged();
    void activeChanged();
    void poseChanged();
    void messageChanged();

private:
    // Shows the pose: the override on a shot, or the camera setup's drag step without one.
    void apply();
    void onShotChanged();
    void setMessage(const QString& message);

    QPointer<ProjectDocument> m_document;
    QMetaObject::Connection m_shotConnection;
    bool m_active = false;
    bool m_keyed = false;
    QString m_shotId;       // the shot piloted ("" = camera setup 0)
    CameraPose m_pose;
    QString m_message;
};

} // namespace murnau
