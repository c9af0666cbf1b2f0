#include "app/bridge/pilot.h"

#include <vector>

#include "app/bridge/glm_qt.h"
#include "core/edit/blocking_edits.h"
#include "core/edit/camera_edits.h"
#include "core/edit/rig_edits.h"
#include "core/rig/fly_step.h"

namespace murnau {

namespace {

// The merge key base of the pilot's drag of camera setup 0.
std::string pilotDragBase(const std::string& camera)
{
    return "pilot-camera:" + camera;
}

// The shot with this id, or nullptr.
const Shot* shotWithId(const Project& project, const QString& shotId)
{
    const std::string id = shotId.toStdString();
    for (const Scene& scene : project.scenes)
        for (const Shot& shot : scene.shots)
            if (shot.id == id)
                return &shot;
    return nullptr;
}

} // namespace

Pilot::Pilot(QObject* parent) : QObject(parent) {}

Pilot::~Pilot()
{
    if (m_active)
        leave();
}

void Pilot::setDocument(ProjectDocument* document)
{
    if (document == m_document)
        return;
    if (m_active)
        leave();
    QObject::disconnect(m_shotConnection);
    m_document = document;
    if (m_document)
        m_shotConnection
            = connect(m_document->player(), &ShotPlayer::shotChanged, this, &Pilot::onShotChanged);
    emit documentChanged();
}

bool Pilot::enter()
{
    if (m_active)
        return true;
    if (!m_document || !m_document->isLoaded())
        return false;
    const std::optional<CameraState>& shown = m_document->shotCamera()->fullGateState();
    if (!shown) {
        setMessage(tr("There is no camera to pilot."));
        return false;
    }
    m_document->player()->pause();
    m_pose = poseOf(*shown);
    m_shotId = m_document->player()->hasShot() ? m_document->player()->shotId() : QString();
    m_keyed = false;
    m_active = true;
    if (m_shotId.isEmpty())
        m_document->endDrag();   // the pilot's moves start their own undo step
    setMessage({});
    apply();
    emit activeChanged();
    emit poseChanged();
    return true;
}

void Pilot::leave()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_document) {
        m_document->shotCamera()->setPilotOverride(std::nullopt);
        if (m_shotId.isEmpty())
            m_document->endDrag();
    }
    m_shotId.clear();
    emit activeChanged();
}

void Pilot::look(double dxPx, double dyPx, double viewHeightPx)
{
    if (!m_active || !m_document)
        return;
    const double fovDeg = m_document->shotCamera()->verticalFovDeg();
    m_pose = lookStep(m_pose, dxPx, dyPx, lookDegreesPerPixel(fovDeg, viewHeightPx));
    apply();
    emit poseChanged();
}

void Pilot::fly(const QVector3D& direction, double seconds, bool fast)
{
    if (!m_active)
        return;
    const double speedMps = fast ? kPilotWalkSpeedMps * kPilotFastFactor : kPilotWalkSpeedMps;
    m_pose = flyStep(m_pose, toGlm(direction), speedMps, seconds);
    apply();
    emit poseChanged();
}

void Pilot::zoom(int steps)
{
    if (!m_active || !m_document || steps == 0)
        return;
    const CameraSetup& setup = m_document->shotCamera()->evaluatedSetup();
    const RigChannelInfo& range = rigChannelInfo(RigChannel::FocalLength);
    std::vector<double> primesMm;
    double minMm = range.minValue;
    double maxMm = range.maxValue;
    if (setup.lensKit && setup.lensKit->kind == LensKitKind::Primes) {
        for (const PrimeLens& prime : setup.lensKit->primes)
            primesMm.push_back(prime.focalLengthMm);
    } else if (setup.lensKit) {
        minMm = setup.lensKit->zoomMinMm;
        maxMm = setup.lensKit->zoomMaxMm;
    }
    m_pose.focalLengthMm = stepFocalLength(m_pose.focalLengthMm, steps, primesMm, minMm, maxMm);
    apply();
    emit poseChanged();
}

bool Pilot::setKey()
{
    if (!m_document || !m_document->isLoaded())
        return false;
    if (!m_active) {
        // Not piloting: key the camera as it is shown.
        const std::optional<CameraState>& shown = m_document->shotCamera()->fullGateState();
        if (!shown)
            return false;
        m_pose = poseOf(*shown);
    }
    ShotPlayer* player = m_document->player();
    if (!player->hasShot()) {
        // Without a shot the camera setup itself was moved: close the step.
        m_document->endDrag();
        m_keyed = true;
        setMessage(tr("Camera %1 placed").arg(m_document->shotCamera()->name()));
        emit poseChanged();
        return true;
    }
    const bool done = m_document->perform(
        keyCameraPose(m_document->project(), player->shotId().toStdString(), player->timeFlicks(), m_pose));
    if (done) {
        m_keyed = true;
        setMessage(m_document->undoText());
        emit poseChanged();
    } else {
        setMessage(m_document->errorText());
    }
    return done;
}

bool Pilot::setActorKey()
{
    if (!m_document || !m_document->isLoaded())
        return false;
    Selection* selection = m_document->selection();
    ShotPlayer* player = m_document->player();
    const ShotEvaluator* evaluator = player->evaluator();
    if (selection->kind() != QStringLiteral("actor")) {
        setMessage(tr("Select an actor to key."));
        return false;
    }
    const Shot* shot = shotWithId(m_document->project(), player->shotId());
    if (!evaluator || !shot || !player->sceneIndexOpt()) {
        setMessage(tr("Choose a shot: an actor is keyed at its action time."));
        return false;
    }
    const std::string name = selection->name().toStdString();
    const auto actors = evaluator->actors();
    for (std::size_t i = 0; i < actors.size(); ++i) {
        if (actors[i].name != name)
            continue;
        const Flicks t = player->timeFlicks();
        const ActorPose pose = evaluator->actorPose(i, t);
        const bool done = m_document->perform(keyActorPose(m_document->project(), *player->sceneIndexOpt(), name,
                                                           shot->actionStart + t, pose.positionM, pose.facingDeg));
        setMessage(done ? m_document->undoText() : m_document->errorText());
        return done;
    }
    setMessage(tr("No actor named %1.").arg(selection->name()));
    return false;
}

QVector3D Pilot::positionM() const
{
    return toQt(m_pose.positionM);
}

void Pilot::apply()
{
    if (!m_active || !m_document)
        return;
    if (!m_shotId.isEmpty()) {
        m_document->shotCamera()->setPilotOverride(m_pose);
        return;
    }
    const Project& project = m_document->project();
    if (project.cameras.empty())
        return;
    const std::string camera = project.cameras.front().name;
    const std::string key = m_document->dragKey(pilotDragBase(camera));
    m_document->perform(moveCamera(m_document->project(), camera, m_pose.positionM, key));
    m_document->perform(
        aimCamera(m_document->project(), camera, m_pose.panDeg, m_pose.tiltDeg, m_pose.rollDeg, key));
    if (m_document->project().cameras.front().focalLengthMm != m_pose.focalLengthMm)
        m_document->perform(setFocalLength(m_document->project(), camera, m_pose.focalLengthMm, key));
}

void Pilot::onShotChanged()
{
    // Another shot chosen (or this one gone): the pose belongs to the shot it was piloted on.
    if (m_active && m_document && m_document->player()->shotId() != m_shotId)
        leave();
}

void Pilot::setMessage(const QString& message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace murnau
