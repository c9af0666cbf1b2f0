#include "app/bridge/shot_camera.h"

#include <cmath>
#include <limits>

#include <QLocale>

#include <spdlog/spdlog.h>

#include "app/bridge/glm_qt.h"
#include "core/analysis/focus_marks.h"
#include "core/optics/depth_blur.h"
#include "core/optics/depth_of_field.h"
#include "core/optics/lens.h"
#include "core/optics/projection.h"
#include "core/optics/shot_size.h"
#include "core/scene/actor_framing.h"

namespace murnau {

namespace {

// A number as people write it on a slate: no trailing zeros ("35", "27.5", "2.8").
QString plainNumber(double value, int significantDigits)
{
    return QLocale::c().toString(value, 'g', significantDigits);
}

} // namespace

ShotCamera::ShotCamera(QObject* parent) : QObject(parent)
{
    m_errorText = tr("No camera.");
}

void ShotCamera::setCamera(const CameraSetup& setup, std::vector<Actor> actors)
{
    m_hasSetup = true;
    m_evaluated = setup;
    m_setup = setup;
    if (m_pilot) {
        m_setup.positionM = m_pilot->positionM;
        m_setup.panDeg = m_pilot->panDeg;
        m_setup.tiltDeg = m_pilot->tiltDeg;
        m_setup.rollDeg = m_pilot->rollDeg;
        m_setup.focalLengthMm = m_pilot->focalLengthMm;
    }
    m_actors = std::move(actors);
    recompute();
}

void ShotCamera::setPilotOverride(const std::optional<CameraPose>& pose)
{
    if (pose == m_pilot)
        return;
    m_pilot = pose;
    if (m_hasSetup)
        setCamera(m_evaluated, m_actors);
    else
        emit cameraChanged();
}

void ShotCamera::setMotion(const std::optional<RigMotion>& motion)
{
    if (!motion && !m_motion)
        return;
    m_motion = motion;
    emit cameraChanged();
}

void ShotCamera::clear(const QString& reason)
{
    m_hasSetup = false;
    m_actors.clear();
    m_errorText = reason;
    recompute();
}

void ShotCamera::setPanDeg(double panDeg)
{
    if (!m_hasSetup || panDeg == m_setup.panDeg)
        return;
    m_setup.panDeg = panDeg;
    recompute();
}

void ShotCamera::recompute()
{
    m_fullGate.reset();
    m_delivery.reset();
    m_verticalFovDeg = 0.0;
    m_sensorAspect = 1.0;
    m_deliveryRect = QRectF(0.0, 0.0, 1.0, 1.0);
    m_nearestActorName.clear();
    m_nearestActorDistanceM = 0.0;
    m_nearestShotSize.clear();
    m_nearestShotSizeName.clear();

    const auto fail = [this](const Error& error) {
        m_fullGate.reset();
        m_delivery.reset();
        m_errorText = QString::fromStdString(error.describe());
        spdlog::error("shot camera '{}': {}", m_setup.name, error.describe());
        emit cameraChanged();
    };

    if (!m_hasSetup) {
        emit cameraChanged();
        return;
    }
    // The viewport shows the whole sensor; the frame lines enclose the delivery crop.
    const Result<CameraState> full = cameraStateOf(m_setup, GateMode::FullSensor);
    if (!full)
        return fail(full.error());
    const Result<CameraState> delivery = cameraStateOf(m_setup, GateMode::Delivery);
    if (!delivery)
        return fail(delivery.error());
    const Result<AngleOfView> aov = angleOfView(full->gate, m_setup.focalLengthMm);
    if (!aov)
        return fail(aov.error());

    m_fullGate = *full;
    m_delivery = *delivery;
    m_errorText.clear();
    m_verticalFovDeg = aov->verticalDeg;
    m_sensorAspect = full->gate.widthMm * full->gate.squeeze / full->gate.heightMm;
    // The crop is centred on the sensor; both gates share the squeeze, so the fractions
    // of the gate in millimetres are the fractions of the projected image.
    const double widthFraction = delivery->gate.widthMm / full->gate.widthMm;
    const double heightFraction = delivery->gate.heightMm / full->gate.heightMm;
    m_deliveryRect = QRectF((1.0 - widthFraction) / 2.0, (1.0 - heightFraction) / 2.0,
                            widthFraction, heightFraction);

    // Shot sizes are named on the delivered frame, so the nearest actor is framed on it.
    if (const auto nearest = nearestActorInFront(*delivery, m_actors)) {
        const Actor& actor = m_actors[*nearest];
        const Result<ActorFraming> framing = frameActor(*delivery, actor);
        if (framing) {
            m_nearestActorName = QString::fromStdString(actor.name);
            m_nearestActorDistanceM = framing->distanceM;
            m_nearestShotSize = QString::fromUtf8(shotSizeCode(framing->shotSize));
            const std::string_view bandName = shotSizeBand(framing->shotSize).name;
            m_nearestShotSizeName = QString::fromUtf8(bandName.data(), static_cast<qsizetype>(bandName.size()));
        } else {
            spdlog::warn("framing actor '{}': {}", actor.name, framing.error().describe());
        }
    }
    emit cameraChanged();
}

QVariantMap ShotCamera::framingOf(const QString& actorName) const
{
    QVariantMap result{{QStringLiteral("found"), false}, {QStringLiteral("name"), actorName}};
    if (!m_delivery)
        return result;
    const std::string name = actorName.toStdString();
    for (const Actor& actor : m_actors) {
        if (actor.name != name)
            continue;
        const Result<ActorFraming> framing = frameActor(*m_delivery, actor);
        if (!framing)
            return result;
        const std::string_view bandName = shotSizeBand(framing->shotSize).name;
        result.insert(QStringLiteral("found"), true);
        result.insert(QStringLiteral("distanceM"), framing->distanceM);
        result.insert(QStringLiteral("shotSize"), QString::fromUtf8(shotSizeCode(framing->shotSize)));
        result.insert(QStringLiteral("shotSizeName"),
                      QString::fromUtf8(bandName.data(), static_cast<qsizetype>(bandName.size())));
        return result;
    }
    return result;
}

QVariant ShotCamera::projectToView(const QVector3D& worldM, double widthPx, double heightPx) const
{
    if (!m_fullGate || widthPx <= 0.0 || heightPx <= 0.0)
        return {};
    const auto pixel = projectToPixels(*m_fullGate, toGlm(worldM), widthPx, heightPx);
    if (!pixel)
        return {};
    return toQt(*pixel);
}

QString ShotCamera::name() const
{
    return m_hasSetup ? QString::fromStdString(m_setup.name) : QString();
}

QVector3D ShotCamera::positionM() const
{
    return m_fullGate ? toQt(m_fullGate->positionM) : QVector3D();
}

QVector3D ShotCamera::eulerRotationDeg() const
{
    if (!m_fullGate)
        return {};
    // core/rig/camera_state.h: R = Ry(pan) Rx(tilt) Rz(roll), Qt Quick 3D's eulerRotation order.
    return toQt(glm::dvec3(m_fullGate->tiltDeg, m_fullGate->panDeg, m_fullGate->rollDeg));
}

QString ShotCamera::lensLabel() const
{
    if (!m_hasSetup)
        return {};
    QString label = tr("%1 mm").arg(plainNumber(m_setup.focalLengthMm, 4));
    if (m_setup.squeeze != 1.0)
        label += tr(" %1x anamorphic").arg(plainNumber(m_setup.squeeze, 3));
    return label;
}

QString ShotCamera::sensorLabel() const
{
    if (!m_hasSetup)
        return {};
    if (!m_setup.sensor.name.empty())
        return QString::fromStdString(m_setup.sensor.name);
    return tr("%1 x %2 mm").arg(plainNumber(m_setup.sensor.widthMm, 4), plainNumber(m_setup.sensor.heightMm, 4));
}

QString ShotCamera::deliveryLabel() const
{
    if (!m_hasSetup)
        return {};
    if (m_setup.deliveryAspect)
        return tr("%1:1").arg(*m_setup.deliveryAspect, 0, 'f', 2);
    return tr("full gate %1:1").arg(m_sensorAspect, 0, 'f', 2);
}

QString ShotCamera::stopLabel() const
{
    return m_hasSetup ? tr("f/%1").arg(plainNumber(m_setup.fStop, 3)) : QString();
}

namespace {

// Core's depth of field for the camera as shown, if it has one.
std::optional<DepthOfField> depthOfFieldOf(bool valid, const CameraSetup& setup)
{
    if (!valid)
        return std::nullopt;
    const Result<DepthOfField> dof = depthOfField(setup.focalLengthMm, setup.fStop, circleOfConfusionMm(setup),
                                                  setup.focusDistanceM);
    if (!dof)
        return std::nullopt;
    return *dof;
}

// The sharp zone as a blur band, if the camera has a depth of field.
std::optional<DepthBlurBand> blurBandOf(bool valid, const CameraSetup& setup)
{
    const std::optional<DepthOfField> dof = depthOfFieldOf(valid, setup);
    if (!dof)
        return std::nullopt;
    const Result<DepthBlurBand> band = depthBlurBand(*dof, ShotCamera::kBlurFarthestM);
    if (!band)
        return std::nullopt;
    return *band;
}

} // namespace

bool ShotCamera::depthOfFieldValid() const
{
    return depthOfFieldOf(isValid(), m_setup).has_value();
}

double ShotCamera::cocMm() const
{
    return m_hasSetup ? circleOfConfusionMm(m_setup) : 0.0;
}

double ShotCamera::nearLimitM() const
{
    const auto dof = depthOfFieldOf(isValid(), m_setup);
    return dof ? dof->nearM : 0.0;
}

double ShotCamera::farLimitM() const
{
    const auto dof = depthOfFieldOf(isValid(), m_setup);
    if (!dof)
        return 0.0;
    return dof->farM ? *dof->farM : std::numeric_limits<double>::infinity();
}

double ShotCamera::sharpBandCentreM() const
{
    const auto band = blurBandOf(isValid(), m_setup);
    return band ? band->centreM : 0.0;
}

double ShotCamera::backgroundBlurFraction() const
{
    if (!m_fullGate)
        return 0.0;
    const Result<double> discMm = backgroundBlurDiscMm(m_setup.focalLengthMm, m_setup.fStop, m_setup.focusDistanceM);
    // The disc is on the sensor; the picture shows the full gate's width (times the squeeze, which
    // stretches the disc the same way).
    return discMm ? *discMm / m_fullGate->gate.widthMm : 0.0;
}

double ShotCamera::sharpBandWidthM() const
{
    const auto band = blurBandOf(isValid(), m_setup);
    return band ? band->widthM : 0.0;
}

QImage ShotCamera::cropToDelivery(const QImage& fullGate) const
{
    const QRectF frame = m_deliveryRect;
    if (fullGate.isNull() || !frame.isValid())
        return fullGate;
    const QRect crop(static_cast<int>(std::lround(frame.x() * fullGate.width())),
                     static_cast<int>(std::lround(frame.y() * fullGate.height())),
                     static_cast<int>(std::lround(frame.width() * fullGate.width())),
                     static_cast<int>(std::lround(frame.height() * fullGate.height())));
    return fullGate.copy(crop.intersected(fullGate.rect()));
}

} // namespace murnau
