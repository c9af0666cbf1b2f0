#pragma once
// What the free working view draws over the set, from core (core/plan/plan_scene.h and
// core/optics/view_frustum.h): the shot's track, the camera's path over the shot, the actors'
// walking paths and marks, and the shot camera's frustum. The paths are rebuilt when the
// project or the shot shown changes (coalesced to once per event-loop turn), never per frame;
// the frustum (in the camera's own space, so it moves with the camera body) when the lens or
// focus changes. Everything is in metres; polylines are lists of lists of vector3d for LineGeometry.

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace murnau {

class ProjectDocument;

class ShotOverlay : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QVariantList trackLines READ trackLines NOTIFY pathsChanged)        // the shot's rail or straight track, world metres
    Q_PROPERTY(QVariantList railPoints READ railPoints NOTIFY pathsChanged)        // the rail's user points (vector3d), world metres
    Q_PROPERTY(QVariantList cameraPathLines READ cameraPathLines NOTIFY pathsChanged) // the lens over the shot, world metres
    Q_PROPERTY(QVariantList walkLines READ walkLines NOTIFY pathsChanged)          // every blocked actor's walks, on the floor, world metres
    // The scene's marks: [{actor, name, label ("Anna A1"), positionM (vector3d on the floor), facingDeg (pan convention)}].
    Q_PROPERTY(QVariantList marks READ marks NOTIFY pathsChanged)
    Q_PROPERTY(QRectF planBoundsM READ planBoundsM NOTIFY pathsChanged)            // extent of the set on the floor: x = world x, y = world z, metres
    Q_PROPERTY(int pathsRevision READ pathsRevision NOTIFY pathsChanged)           // counts rebuilds of the paths (for tests)
    Q_PROPERTY(QString errorText READ errorText NOTIFY pathsChanged)               // why the paths could not be built, else ""
    // The frustum in the shot camera's space (lens at the origin, looking down -Z), on the delivery
    // gate, to the focus distance clamped to [kMinFrustumDepthM, kMaxFrustumDepthM]: four edges and the far rectangle.
    Q_PROPERTY(QVariantList frustumLines READ frustumLines NOTIFY frustumChanged)
    Q_PROPERTY(double frustumDepthM READ frustumDepthM NOTIFY frustumChanged)

public:
    explicit ShotOverlay(QObject* parent = nullptr);

    // Frustum depth limits, metres: long enough to read, short enough not to cross the whole set.
    static constexpr double kMinFrustumDepthM = 0.5;
    static constexpr double kMaxFrustumDepthM = 30.0;

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    QVariantList trackLines() const { return m_trackLines; }
    QVariantList railPoints() const { return m_railPoints; }
    QVariantList cameraPathLines() const { return m_cameraPathLines; }
    QVariantList walkLines() const { return m_walkLines; }
    QVariantList marks() const { return m_marks; }
    QRectF planBoundsM() const { return m_planBoundsM; }
    int pathsRevision() const { return m_pathsRevision; }
    QString errorText() const { return m_errorText; }
    QVariantList frustumLines() const { return m_frustumLines; }
    double frustumDepthM() const { return m_frustumDepthM; }

signals:
    void documentChanged();
    void pathsChanged();
    void frustumChanged();

private:
    void scheduleRebuild();
    void rebuildPaths();
    void rebuildFrustum();

    QPointer<ProjectDocument> m_document;
    bool m_rebuildPending = false;
    QVariantList m_trackLines;
    QVariantList m_railPoints;
    QVariantList m_cameraPathLines;
    QVariantList m_walkLines;
    QVariantList m_marks;
    QRectF m_planBoundsM;
    int m_pathsRevision = 0;
    QString m_errorText;
    QVariantList m_frustumLines;
    double m_frustumDepthM = 0.0;
};

} // namespace murnau
