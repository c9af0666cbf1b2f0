#include "app/bridge/shot_overlay.h"

#include <algorithm>

#include <QVector3D>

#include <spdlog/spdlog.h>

#include "app/bridge/glm_qt.h"
#include "app/bridge/project_document.h"
#include "core/optics/view_frustum.h"
#include "core/plan/plan_scene.h"

namespace murnau {

namespace {

// A plan point on the floor as a world point, metres.
QVector3D onFloor(const glm::dvec2& planM)
{
    return toQt(glm::dvec3(planM.x, 0.0, planM.y));
}

// The shot `shotId` of scene `sceneIndex`, or nullptr.
const Shot* findShot(const Project& project, std::optional<std::size_t> sceneIndex, const std::string& shotId)
{
    if (!sceneIndex || *sceneIndex >= project.scenes.size() || shotId.empty())
        return nullptr;
    const auto& shots = project.scenes[*sceneIndex].shots;
    const auto found = std::find_if(shots.begin(), shots.end(), [&](const Shot& shot) { return shot.id == shotId; });
    return found == shots.end() ? nullptr : &*found;
}

} // namespace

ShotOverlay::ShotOverlay(QObject* parent) : QObject(parent) {}

void ShotOverlay::setDocument(ProjectDocument* document)
{
    if (document == m_document)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->player(), nullptr, this, nullptr);
        disconnect(m_document->shotCamera(), nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::revisionChanged, this, &ShotOverlay::scheduleRebuild);
        connect(m_document, &ProjectDocument::documentChanged, this, &ShotOverlay::scheduleRebuild);
        connect(m_document->player(), &ShotPlayer::shotChanged, this, &ShotOverlay::scheduleRebuild);
        connect(m_document->shotCamera(), &ShotCamera::cameraChanged, this, &ShotOverlay::rebuildFrustum);
    }
    emit documentChanged();
    rebuildPaths();
    rebuildFrustum();
}

void ShotOverlay::scheduleRebuild()
{
    // The document, the player and the models all react to one change: build once, after them.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QMetaObject::invokeMethod(this, &ShotOverlay::rebuildPaths, Qt::QueuedConnection);
}

void ShotOverlay::rebuildPaths()
{
    m_rebuildPending = false;
    m_trackLines.clear();
    m_railPoints.clear();
    m_cameraPathLines.clear();
    m_walkLines.clear();
    m_marks.clear();
    m_planBoundsM = QRectF();
    m_errorText.clear();

    if (m_document && m_document->isLoaded()) {
        const Project& project = m_document->project();
        const ShotPlayer* player = m_document->player();
        const Shot* shot = findShot(project, player->sceneIndexOpt(), player->shotId().toStdString());
        PlanRequest request;
        request.sceneIndex = player->sceneIndexOpt();
        request.shotId = shot ? shot->id : std::string();
        const Result<PlanScene> plan = buildPlanScene(project, request);
        if (!plan) {
            m_errorText = QString::fromStdString(plan.error().describe());
            spdlog::warn("free view overlays: {}", plan.error().describe());
        } else {
            if (plan->track && shot) {
                // A rail keeps its heights (a rostrum); a straight track lies at its origin's height.
                const Rail* rail = shot->rig.rail ? shot->rig.rail->built.get() : nullptr;
                QVariantList line;
                const PlanPolyline& path = plan->track->path;
                for (std::size_t i = 0; i < path.pointsM.size(); ++i) {
                    const double heightM = rail ? rail->pointAt(path.distancesM[i]).positionM.y : shot->rig.originM.y;
                    line.append(toQt(glm::dvec3(path.pointsM[i].x, heightM, path.pointsM[i].y)));
                }
                m_trackLines.append(QVariant(line));
                if (rail) {
                    for (std::size_t i = 0; i <= rail->segmentCount(); ++i)
                        m_railPoints.append(toQt(rail->pointAt(rail->distanceToPointM(i)).positionM));
                }
            }
            QVariantList cameraLine;
            for (const PlanCameraSample& sample : plan->cameraPath)
                cameraLine.append(toQt(glm::dvec3(sample.positionM.x, sample.heightM, sample.positionM.y)));
            if (!cameraLine.isEmpty())
                m_cameraPathLines.append(QVariant(cameraLine));
            for (const PlanBlocking& blocking : plan->blocking) {
                for (const PlanWalk& walk : blocking.walks) {
                    QVariantList walkLine;
                    for (const glm::dvec2& point : walk.path.pointsM)
                        walkLine.append(onFloor(point));
                    if (walkLine.size() > 1)
                        m_walkLines.append(QVariant(walkLine));
                }
                const QString actor = QString::fromStdString(blocking.actor);
                for (const PlanMark& mark : blocking.marks) {
                    const QString name = QString::fromStdString(mark.name);
                    m_marks.append(QVariantMap{
                        {QStringLiteral("actor"), actor},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("label"), name.isEmpty() ? actor : actor + QLatin1Char(' ') + name},
                        {QStringLiteral("positionM"), onFloor(mark.positionM)},
                        {QStringLiteral("facingDeg"), mark.facingDeg},
                    });
                }
            }
            if (plan->boundsM.valid) {
                m_planBoundsM = QRectF(plan->boundsM.minM.x, plan->boundsM.minM.y, plan->boundsM.maxM.x - plan->boundsM.minM.x,
                                       plan->boundsM.maxM.y - plan->boundsM.minM.y);
            }
        }
    }
    ++m_pathsRevision;
    emit pathsChanged();
}

void ShotOverlay::rebuildFrustum()
{
    QVariantList lines;
    double depthM = 0.0;
    const ShotCamera* camera = m_document ? m_document->shotCamera() : nullptr;
    if (camera && camera->deliveryState()) {
        const CameraState& state = *camera->deliveryState();
        depthM = std::clamp(state.focusDistanceM, kMinFrustumDepthM, kMaxFrustumDepthM);
        const Result<FrustumCorners> corners = frustumCornersInCamera(state.gate, state.focalLengthMm, depthM);
        if (corners) {
            const QVector3D apex;
            QVariantList rectangle;
            for (const glm::dvec3& corner : *corners) {
                lines.append(QVariant(QVariantList{apex, toQt(corner)}));
                rectangle.append(toQt(corner));
            }
            rectangle.append(toQt((*corners)[0]));
            lines.append(QVariant(rectangle));
        } else {
            depthM = 0.0;
        }
    }
    if (lines == m_frustumLines && depthM == m_frustumDepthM)
        return;
    m_frustumLines = lines;
    m_frustumDepthM = depthM;
    emit frustumChanged();
}

} // namespace murnau
