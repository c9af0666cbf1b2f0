#include "app/bridge/item_inspector.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <QStringList>

#include <fmt/format.h>

#include "app/bridge/inspector_text.h"
#include "app/bridge/shot_fields.h"
#include "core/edit/actor_edits.h"
#include "core/edit/blocking_edits.h"
#include "core/edit/camera_edits.h"
#include "core/edit/edit_support.h"
#include "core/edit/rig_edits.h"
#include "core/edit/scene_edits.h"
#include "core/edit/set_edits.h"
#include "core/optics/sensor.h"
#include "core/scene/blocking.h"
#include "core/scene/display_units.h"

namespace murnau {

namespace {

using inspector::colorText;

template <typename Items>
auto findNamed(const Items& items, const QString& name) -> decltype(&items.front())
{
    const std::string wanted = name.toStdString();
    const auto found = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.name == wanted; });
    return found == items.end() ? nullptr : &*found;
}

QString str(const std::string& text)
{
    return QString::fromStdString(text);
}

QString degreesText(double degrees)
{
    return str(editing::angleText(degrees));
}

QString millimetresText(double mm)
{
    return str(editing::numberText(mm, 2)) + QStringLiteral(" mm");
}

// Seconds of scene or shot time, as typed back ("2.00 s").
QString secondsText(Flicks time)
{
    return str(editing::secondsText(time));
}

const ActorBlocking* blockingIn(const Project& project, int sceneIndex, const QString& actor)
{
    if (sceneIndex < 0 || static_cast<std::size_t>(sceneIndex) >= project.scenes.size())
        return nullptr;
    const std::string name = actor.toStdString();
    for (const ActorBlocking& blocking : project.scenes[static_cast<std::size_t>(sceneIndex)].blocking)
        if (blocking.actor == name)
            return &blocking;
    return nullptr;
}

const Shot* shotIn(const Project& project, const QString& shotId)
{
    const Result<ShotPlace> place = findShot(project, shotId.toStdString());
    if (!place)
        return nullptr;
    return &project.scenes[place->sceneIndex].shots[place->shotIndex];
}

// The points of a rail, whichever its kind.
std::vector<glm::dvec3> railPointsOf(const RailPath& rail)
{
    if (rail.kind != RailKind::Bezier)
        return rail.pointsM;
    std::vector<glm::dvec3> points;
    for (const BezierRailPoint& point : rail.bezierPoints)
        points.push_back(point.positionM);
    return points;
}

// The lens kits of the project's cameras, each name once, in camera order.
std::vector<LensKit> kitsOf(const Project& project)
{
    std::vector<LensKit> kits;
    for (const CameraSetup& camera : project.cameras) {
        if (camera.lensKit && std::none_of(kits.begin(), kits.end(),
                                           [&](const LensKit& kit) { return kit.name == camera.lensKit->name; }))
            kits.push_back(*camera.lensKit);
    }
    return kits;
}

QString kitLabel(const LensKit& kit)
{
    if (kit.kind == LensKitKind::Zoom)
        return QStringLiteral("%1 (%2\u2013%3 mm)")
            .arg(str(kit.name), str(editing::numberText(kit.zoomMinMm, 1)), str(editing::numberText(kit.zoomMaxMm, 1)));
    return str(kit.name);
}

// A length field, read in the project's display units.
template <typename Apply>
bool withLength(ProjectDocument& document, const QString& text, std::string_view field, Apply apply)
{
    const Result<double> metres = parseLength(text.toStdString(), document.project().displayUnits, field);
    if (!metres)
        return document.perform(metres.error());
    return apply(metres.value());
}

template <typename Value, typename Apply>
bool withValue(ProjectDocument& document, const Result<Value>& value, Apply apply)
{
    if (!value)
        return document.perform(value.error());
    return apply(value.value());
}

} // namespace

ItemInspector::ItemInspector(QObject* parent) : QObject(parent) {}

void ItemInspector::setDocument(ProjectDocument* document)
{
    if (document == m_document)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->selection(), nullptr, this, nullptr);
        disconnect(m_document->player(), nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::revisionChanged, this, &ItemInspector::refresh);
        connect(m_document, &ProjectDocument::documentChanged, this, &ItemInspector::refresh);
        connect(m_document->selection(), &Selection::changed, this, &ItemInspector::refresh);
        connect(m_document->player(), &ShotPlayer::shotChanged, this, &ItemInspector::refresh);
        connect(m_document->player(), &ShotPlayer::shotsChanged, this, &ItemInspector::refresh);
    }
    emit documentChanged();
    refresh();
}

// Keys of `fields` per kind (every length in display units, every value as the field shows it):
//  actor:    name, height, build, color, x, z, facing
//  setPiece: name, shape, x, y, z, width, height, depth, yaw, color, steps, modelPath, modelScale,
//            openings [{kind, center, width, height, sill}]
//  camera:   name, sensor (id), sensorChoices [{value (id), label}], lensKit (name, "" for none), kitChoices
//            [{value (name), label}], delivery, squeeze, x, y, z, pan, tilt, roll, focal, focalKind ("primes",
//            "zoom", "any"), primes ["32 mm"...], zoomRange, focus, stop
//  mark:     actor, index, name, x, z, facing, arrive, leave, speed ("" for the first mark), viaCount
//  viaPoint: actor, markIndex, index, x, z
//  railPoint: index, x, y, z
//  shot:     label, number, name, camera, cameraChoices, frameRate, frameRateChoices, duration, cast, actorChoices,
//            and the shot-list fields of shot_fields.h (description ... status, the scene's heading)
void ItemInspector::refresh()
{
    QVariantMap fields;
    QString kind;
    if (m_document && m_document->isLoaded()) {
        const Project& project = m_document->project();
        const DisplayUnits units = project.displayUnits;
        const auto length = [&](double metres) { return str(formatLength(metres, units)); };
        const Selection& selection = *m_document->selection();
        const int sceneIndex = m_document->player()->sceneIndex();
        kind = selection.kind();
        fields[QStringLiteral("name")] = selection.name();

        if (kind == QLatin1String("actor")) {
            if (const Actor* actor = findNamed(project.actors, selection.name())) {
                fields[QStringLiteral("height")] = length(actor->heightM);
                fields[QStringLiteral("build")] = buildKey(actor->build);
                fields[QStringLiteral("color")] = colorText(actor->color);
                fields[QStringLiteral("x")] = length(actor->positionM.x);
                fields[QStringLiteral("z")] = length(actor->positionM.z);
                fields[QStringLiteral("facing")] = degreesText(actor->facingDeg);
            } else {
                kind.clear();
            }
        } else if (kind == QLatin1String("setPiece")) {
            if (const SetPiece* piece = findNamed(project.set.pieces, selection.name())) {
                fields[QStringLiteral("shape")] = inspector::shapeWord(piece->shape);
                fields[QStringLiteral("x")] = length(piece->positionM.x);
                fields[QStringLiteral("y")] = length(piece->positionM.y);
                fields[QStringLiteral("z")] = length(piece->positionM.z);
                fields[QStringLiteral("width")] = length(piece->sizeM.x);
                fields[QStringLiteral("height")] = length(piece->sizeM.y);
                fields[QStringLiteral("depth")] = length(piece->sizeM.z);
                fields[QStringLiteral("yaw")] = degreesText(piece->yawDeg);
                fields[QStringLiteral("color")] = colorText(piece->color);
                fields[QStringLiteral("steps")] = QString::number(piece->stepCount);
                fields[QStringLiteral("modelPath")] = str(piece->modelPath);
                fields[QStringLiteral("modelScale")] = str(editing::numberText(piece->modelScale, 6));
                QVariantList openings;
                for (const WallOpening& opening : piece->openings) {
                    openings.append(QVariantMap{
                        {QStringLiteral("kind"), inspector::openingWord(opening.kind)},
                        {QStringLiteral("center"), length(opening.centerM)},
                        {QStringLiteral("width"), length(opening.widthM)},
                        {QStringLiteral("height"), length(opening.heightM)},
                        {QStringLiteral("sill"), length(opening.sillM)},
                    });
                }
                fields[QStringLiteral("openings")] = openings;
            } else {
                kind.clear();
            }
        } else if (kind == QLatin1String("camera")) {
            if (const CameraSetup* camera = findNamed(project.cameras, selection.name())) {
                fields[QStringLiteral("sensor")] = str(camera->sensor.id);
                QVariantList sensors;
                bool preset = false;
                for (const SensorFormat& format : sensorPresets()) {
                    sensors.append(QVariantMap{{QStringLiteral("value"), str(format.id)},
                                               {QStringLiteral("label"), str(format.name)}});
                    preset = preset || format.id == camera->sensor.id;
                }
                if (!preset)   // a custom gate: offered as it is
                    sensors.append(QVariantMap{
                        {QStringLiteral("value"), str(camera->sensor.id)},
                        {QStringLiteral("label"), tr("Custom %1 mm").arg(str(camera->sensor.id))}});
                fields[QStringLiteral("sensorChoices")] = sensors;
                fields[QStringLiteral("lensKit")] = camera->lensKit ? str(camera->lensKit->name) : QString();
                QVariantList kits{QVariantMap{{QStringLiteral("value"), QString()},
                                              {QStringLiteral("label"), tr("Any focal length")}}};
                for (const LensKit& kit : kitsOf(project))
                    kits.append(QVariantMap{{QStringLiteral("value"), str(kit.name)},
                                            {QStringLiteral("label"), kitLabel(kit)}});
                fields[QStringLiteral("kitChoices")] = kits;
                fields[QStringLiteral("delivery")] = camera->deliveryAspect
                    ? str(editing::numberText(*camera->deliveryAspect, 3)) + QStringLiteral(":1")
                    : tr("full gate");
                fields[QStringLiteral("squeeze")] = str(editing::numberText(camera->squeeze, 3)) + QStringLiteral("\u00d7");
                fields[QStringLiteral("x")] = length(camera->positionM.x);
                fields[QStringLiteral("y")] = length(camera->positionM.y);
                fields[QStringLiteral("z")] = length(camera->positionM.z);
                fields[QStringLiteral("pan")] = degreesText(camera->panDeg);
                fields[QStringLiteral("tilt")] = degreesText(camera->tiltDeg);
                fields[QStringLiteral("roll")] = degreesText(camera->rollDeg);
                fields[QStringLiteral("focal")] = millimetresText(camera->focalLengthMm);
                QString focalKind = QStringLiteral("any");
                QVariantList primes;
                if (camera->lensKit && camera->lensKit->kind == LensKitKind::Primes) {
                    focalKind = QStringLiteral("primes");
                    for (const PrimeLens& prime : camera->lensKit->primes)
                        primes.append(millimetresText(prime.focalLengthMm));
                } else if (camera->lensKit) {
                    focalKind = QStringLiteral("zoom");
                    fields[QStringLiteral("zoomRange")] = QStringLiteral("%1\u2013%2 mm")
                        .arg(str(editing::numberText(camera->lensKit->zoomMinMm, 1)),
                             str(editing::numberText(camera->lensKit->zoomMaxMm, 1)));
                }
                fields[QStringLiteral("focalKind")] = focalKind;
                fields[QStringLiteral("primes")] = primes;
                fields[QStringLiteral("focus")] = length(camera->focusDistanceM);
                fields[QStringLiteral("stop")] = QStringLiteral("f/") + str(editing::numberText(camera->fStop, 2));
            } else {
                kind.clear();
            }
        } else if (kind == QLatin1String("mark") || kind == QLatin1String("viaPoint")) {
            const ActorBlocking* blocking = blockingIn(project, sceneIndex, selection.name());
            const int markIndex = kind == QLatin1String("mark") ? selection.index() : selection.markIndex();
            if (blocking && markIndex >= 0 && static_cast<std::size_t>(markIndex) < blocking->marks.size()) {
                const auto m = static_cast<std::size_t>(markIndex);
                const Mark& mark = blocking->marks[m];
                fields[QStringLiteral("actor")] = selection.name();
                fields[QStringLiteral("markName")] = str(mark.name);
                if (kind == QLatin1String("mark")) {
                    fields[QStringLiteral("index")] = markIndex;
                    fields[QStringLiteral("name")] = str(mark.name);
                    fields[QStringLiteral("x")] = length(mark.positionM.x);
                    fields[QStringLiteral("z")] = length(mark.positionM.z);
                    fields[QStringLiteral("facing")] = degreesText(mark.facingDeg);
                    fields[QStringLiteral("arrive")] = secondsText(mark.arriveAt);
                    fields[QStringLiteral("leave")] = secondsText(mark.leaveAt);
                    fields[QStringLiteral("viaCount")] = static_cast<int>(mark.viaM.size());
                    QString speed;
                    if (m > 0) {
                        // Walks run at constant speed: core's pose halfway through the walk has it.
                        const Flicks halfway = blocking->marks[m - 1].leaveAt + (mark.arriveAt - blocking->marks[m - 1].leaveAt) / 2;
                        const ActorPose pose = evaluateBlocking(*blocking, halfway);
                        speed = QString::number(pose.speedMps, 'f', 2) + QStringLiteral(" m/s");
                    }
                    fields[QStringLiteral("speed")] = speed;
                } else if (selection.index() >= 0 && static_cast<std::size_t>(selection.index()) < mark.viaM.size()) {
                    const glm::dvec3& point = mark.viaM[static_cast<std::size_t>(selection.index())];
                    fields[QStringLiteral("markIndex")] = markIndex;
                    fields[QStringLiteral("index")] = selection.index();
                    fields[QStringLiteral("x")] = length(point.x);
                    fields[QStringLiteral("z")] = length(point.z);
                } else {
                    kind.clear();
                }
            } else {
                kind.clear();
            }
        } else if (kind == QLatin1String("railPoint")) {
            const Shot* shot = shotIn(project, m_document->player()->shotId());
            const std::vector<glm::dvec3> points = shot && shot->rig.rail ? railPointsOf(*shot->rig.rail)
                                                                          : std::vector<glm::dvec3>{};
            if (selection.index() >= 0 && static_cast<std::size_t>(selection.index()) < points.size()) {
                const glm::dvec3& point = points[static_cast<std::size_t>(selection.index())];
                fields[QStringLiteral("index")] = selection.index();
                fields[QStringLiteral("x")] = length(point.x);
                fields[QStringLiteral("y")] = length(point.y);
                fields[QStringLiteral("z")] = length(point.z);
            } else {
                kind.clear();
            }
        } else if (kind.isEmpty()) {
            if (const Shot* shot = shotIn(project, m_document->player()->shotId())) {
                kind = QStringLiteral("shot");
                fields[QStringLiteral("label")] = m_document->player()->shotLabel();
                fields[QStringLiteral("number")] = str(shot->number);
                fields[QStringLiteral("name")] = str(shot->name);
                fields[QStringLiteral("camera")] = str(shot->camera);
                QStringList cameras;
                for (const CameraSetup& camera : project.cameras)
                    cameras.append(str(camera.name));
                fields[QStringLiteral("cameraChoices")] = cameras;
                fields[QStringLiteral("frameRate")] = str(frameRateLabel(shot->frameRate));
                QStringList rates;
                for (const FrameRate& rate : standardFrameRates())
                    rates.append(str(frameRateLabel(rate)));
                fields[QStringLiteral("frameRateChoices")] = rates;
                fields[QStringLiteral("duration")] = secondsText(shot->durationFlicks);
                QStringList cast;
                for (const std::string& name : shot->cast)
                    cast.append(str(name));
                fields[QStringLiteral("cast")] = cast.join(QStringLiteral(", "));
                QStringList actors;
                for (const Actor& actor : project.actors)
                    actors.append(str(actor.name));
                fields[QStringLiteral("actorChoices")] = actors;
                shotfields::addFields(fields, project, shot->id);
            }
        } else {
            kind.clear();
        }
    }
    fields[QStringLiteral("kind")] = kind;
    if (kind == m_kind && fields == m_fields)
        return;
    m_kind = kind;
    m_fields = fields;
    emit fieldsChanged();
}

bool ItemInspector::refuse(const std::string& field, const QString& what)
{
    return m_document->perform(fail(field, what.toStdString()));
}

bool ItemInspector::apply(const QString& field, const QString& text)
{
    if (!m_document)
        return false;
    refresh();
    if (m_kind == QLatin1String("actor"))
        return applyActor(field, text);
    if (m_kind == QLatin1String("setPiece"))
        return applySetPiece(field, text);
    if (m_kind == QLatin1String("camera"))
        return applyCamera(field, text);
    if (m_kind == QLatin1String("mark"))
        return applyMark(field, text);
    if (m_kind == QLatin1String("viaPoint"))
        return applyViaPoint(field, text);
    if (m_kind == QLatin1String("railPoint"))
        return applyRailPoint(field, text);
    if (m_kind == QLatin1String("shot"))
        return applyShot(field, text);
    return refuse("selection", tr("nothing is selected"));
}

bool ItemInspector::applyActor(const QString& field, const QString& text)
{
    ProjectDocument& document = *m_document;
    const Project& project = document.project();
    const QString selected = m_document->selection()->name();
    const std::string name = selected.toStdString();
    const Actor* actor = findNamed(project.actors, selected);
    if (!actor)
        return refuse("name", tr("no actor is selected"));
    if (field == QLatin1String("name")) {
        const QString newName = text.trimmed();
        if (!document.perform(renameActor(project, name, newName.toStdString())))
            return false;
        document.selection()->select(QStringLiteral("actor"), newName);
        return true;
    }
    if (field == QLatin1String("height"))
        return withLength(document, text, "heightM",
                          [&](double m) { return document.perform(setActorHeight(project, name, m)); });
    if (field == QLatin1String("build")) {
        const std::optional<ActorBuild> build = inspector::buildFromWord(text);
        if (!build)
            return refuse("build", tr("expected slight, average or heavy, got '%1'").arg(text));
        return document.perform(setActorBuild(project, name, *build));
    }
    if (field == QLatin1String("color"))
        return withValue(document, inspector::parseColor(text, "color"),
                         [&](Rgb c) { return document.perform(setActorColor(project, name, c)); });
    if (field == QLatin1String("x") || field == QLatin1String("z")) {
        const bool isX = field == QLatin1String("x");
        return withLength(document, text, isX ? "positionM.x" : "positionM.z", [&](double m) {
            glm::dvec3 p = actor->positionM;
            (isX ? p.x : p.z) = m;
            return document.perform(moveActor(project, name, p));
        });
    }
    if (field == QLatin1String("facing"))
        return withValue(document, inspector::parseDegrees(text, "facingDeg"),
                         [&](double deg) { return document.perform(turnActor(project, name, deg)); });
    return refuse(field.toStdString(), tr("an actor has no such field"));
}

bool ItemInspector::applySetPiece(const QString& field, const QString& text)
{
    ProjectDocument& document = *m_document;
    const Project& project = document.project();
    const QString selected = m_document->selection()->name();
    const std::string name = selected.toStdString();
    const SetPiece* piece = findNamed(project.set.pieces, selected);
    if (!piece)
        return refuse("name", tr("no set piece is selected"));
    if (field == QLatin1String("name")) {
        const QString newName = text.trimmed();
        if (!document.perform(renameSetPiece(project, name, newName.toStdString())))
            return false;
        document.selection()->select(QStringLiteral("setPiece"), newName);
        return true;
    }
    if (field == QLatin1String("shape")) {
        const std::optional<SetPieceShape> shape = inspector::shapeFromWord(text);
        if (!shape)
            return refuse("shape", tr("expected box, cylinder, wall, stairs or model, got '%1'").arg(text));
        return document.perform(setSetPieceShape(project, name, *shape));
    }
    const auto axisOf = [&](std::initializer_list<const char*> names) -> int {
        int axis = 0;
        for (const char* candidate : names) {
            if (field == QLatin1String(candidate))
                return axis;
            ++axis;
        }
        return -1;
    };
    if (const int axis = axisOf({"x", "y", "z"}); axis >= 0) {
        return withLength(document, text, fmt::format("positionM.{}", "xyz"[axis]), [&](double m) {
            glm::dvec3 p = piece->positionM;
            p[axis] = m;
            return document.perform(moveSetPiece(project, name, p));
        });
    }
    if (const int axis = axisOf({"width", "height", "depth"}); axis >= 0) {
        return withLength(document, text, fmt::format("sizeM.{}", "xyz"[axis]), [&](double m) {
            glm::dvec3 size = piece->sizeM;
            size[axis] = m;
            return document.perform(resizeSetPiece(project, name, size));
        });
    }
    if (field == QLatin1String("yaw"))
        return withValue(document, inspector::parseDegrees(text, "yawDeg"),
                         [&](double deg) { return document.perform(turnSetPiece(project, name, deg)); });
    if (field == QLatin1String("color"))
        return withValue(document, inspector::parseColor(text, "color"),
                         [&](Rgb c) { return document.perform(setSetPieceColor(project, name, c)); });
    if (field == QLatin1String("steps"))
        return withValue(document, inspector::parseWholeNumber(text, "stepCount"),
                         [&](int steps) { return document.perform(setStairSteps(project, name, steps)); });
    if (field == QLatin1String("modelPath"))
        return document.perform(setModelPath(project, name, text.trimmed().toStdString()));
    if (field == QLatin1String("modelScale"))
        return withValue(document, inspector::parseNumber(text, "modelScale"),
                         [&](double scale) { return document.perform(setModelScale(project, name, scale)); });
    return refuse(field.toStdString(), tr("a set piece has no such field"));
}

bool ItemInspector::applyOpening(int index, const QString& field, const QString& text)
{
    if (!m_document)
        return false;
    refresh();
    ProjectDocument& document = *m_document;
    const Project& project = document.project();
    const SetPiece* wall = m_kind == QLatin1String("setPiece") ? findNamed(project.set.pieces, document.selection()->name()) : nullptr;
    if (!wall || wall->shape != SetPieceShape::Wall)
        return refuse("openings", tr("no wall is selected"));
    if (index < 0 || static_cast<std::size_t>(index) >= wall->openings.size())
        return refuse("openings", tr("the wall has no opening %1").arg(index + 1));
    const std::string name = wall->name;
    WallOpening opening = wall->openings[static_cast<std::size_t>(index)];
    const auto change = [&] {
        return document.perform(changeWallOpening(project, name, static_cast<std::size_t>(index), opening));
    };
    if (field == QLatin1String("kind")) {
        const std::optional<OpeningKind> kind = inspector::openingFromWord(text);
        if (!kind)
            return refuse("kind", tr("expected door or window, got '%1'").arg(text));
        opening.kind = *kind;
        return change();
    }
    double* target = field == QLatin1String("center") ? &opening.centerM
                   : field == QLatin1String("width")  ? &opening.widthM
                   : field == QLatin1String("height") ? &opening.heightM
                   : field == QLatin1String("sill")   ? &opening.sillM
                                                      : nullptr;
    if (!target)
        return refuse(field.toStdString(), tr("an opening has no such field"));
    const std::string fieldName = fmt::format("openings[{}].{}M", index, field.toStdString());
    return withLength(document, text, fieldName, [&](double m) {
        *target = m;
        return change();
    });
}

bool ItemInspector::addOpening(const QString& kind)
{
    if (!m_document)
        return false;
    refresh();
    const Project& project = m_document->project();
    const SetPiece* wall = m_kind == QLatin1String("setPiece") ? findNamed(project.set.pieces, m_document->selection()->name()) : nullptr;
    if (!wall || wall->shape != SetPieceShape::Wall)
        return refuse("openings", tr("no wall is selected"));
    const std::optional<OpeningKind> openingKind = inspector::openingFromWord(kind);
    if (!openingKind)
        return refuse("kind", tr("expected door or window, got '%1'").arg(kind));
    WallOpening opening;   // a door: 0.9 m x 2.1 m at the wall's middle
    opening.kind = *openingKind;
    if (*openingKind == OpeningKind::Window) {
        opening.widthM = 1.2;
        opening.heightM = 1.2;
        opening.sillM = 1.0;
    }
    return m_document->perform(addWallOpening(project, wall->name, opening));
}

bool ItemInspector::removeOpening(int index)
{
    if (!m_document)
        return false;
    refresh();
    const Project& project = m_document->project();
    const SetPiece* wall = m_kind == QLatin1String("setPiece") ? findNamed(project.set.pieces, m_document->selection()->name()) : nullptr;
    if (!wall || index < 0)
        return refuse("openings", tr("no wall is selected"));
    return m_document->perform(removeWallOpening(project, wall->name, static_cast<std::size_t>(index)));
}

bool ItemInspector::applyCamera(const QString& field, const QString& text)
{
    ProjectDocument& document = *m_document;
    const Project& project = document.project();
    const QString selected = m_document->selection()->name();
    const std::string name = selected.toStdString();
    const CameraSetup* camera = findNamed(project.cameras, selected);
    if (!camera)
        return refuse("name", tr("no camera is selected"));
    if (field == QLatin1String("name")) {
        const QString newName = text.trimmed();
        if (!document.perform(renameCamera(project, name, newName.toStdString())))
            return false;
        document.selection()->select(QStringLiteral("camera"), newName);
        return true;
    }
    if (field == QLatin1String("sensor"))
        return withValue(document, resolveSensor(text.trimmed().toStdString(), "sensor"),
                         [&](const SensorFormat& s) { return document.perform(setCameraSensor(project, name, s)); });
    if (field == QLatin1String("lensKit")) {
        const QString kitName = text.trimmed();
        if (kitName.isEmpty())
            return document.perform(setCameraLensKit(project, name, std::nullopt));
        for (const LensKit& kit : kitsOf(project)) {
            if (str(kit.name) == kitName)
                return document.perform(setCameraLensKit(project, name, kit));
        }
        return refuse("lensKit", tr("no camera of the project carries a lens kit named '%1'").arg(kitName));
    }
    if (field == QLatin1String("delivery"))
        return withValue(document, inspector::parseAspect(text, "deliveryAspect"), [&](std::optional<double> aspect) {
            return document.perform(setDeliveryAspect(project, name, aspect));
        });
    if (field == QLatin1String("squeeze")) {
        QString bare = text.trimmed();
        if (bare.endsWith(QChar(0x00d7)) || bare.endsWith(QLatin1Char('x')) || bare.endsWith(QLatin1Char('X')))
            bare.chop(1);
        return withValue(document, inspector::parseNumber(bare, "squeeze"),
                         [&](double s) { return document.perform(setSqueeze(project, name, s)); });
    }
    if (field == QLatin1String("x") || field == QLatin1String("y") || field == QLatin1String("z")) {
        const int axis = field == QLatin1String("x") ? 0 : field == QLatin1String("y") ? 1 : 2;
        return withLength(document, text, fmt::format("positionM.{}", "xyz"[axis]), [&](double m) {
            glm::dvec3 p = camera->positionM;
            p[axis] = m;
            return document.perform(moveCamera(project, name, p));
        });
    }
    if (field == QLatin1String("pan") || field == QLatin1String("tilt") || field == QLatin1String("roll")) {
        const std::string fieldName = field.toStdString() + "Deg";
        return withValue(document, inspector::parseDegrees(text, fieldName), [&](double deg) {
            double pan = camera->panDeg, tilt = camera->tiltDeg, roll = camera->rollDeg;
            (field == QLatin1String("pan") ? pan : field == QLatin1String("tilt") ? tilt : roll) = deg;
            return document.perform(aimCamera(project, name, pan, tilt, roll));
        });
    }
    if (field == QLatin1String("focal"))
        return withValue(document, inspector::parseNumber(text, "focalLengthMm", QStringLiteral("mm")),
                         [&](double mm) { return document.perform(setFocalLength(project, name, mm)); });
    if (field == QLatin1String("focus"))
        return withLength(document, text, "focusDistanceM",
                          [&](double m) { return document.perform(setFocusDistance(project, name, m)); });
    if (field == QLatin1String("stop"))
        return withValue(document, inspector::parseFStop(text, "fStop"),
                         [&](double n) { return document.perform(setFStop(project, name, n)); });
    return refuse(field.toStdString(), tr("a camera has no such field"));
}

bool ItemInspector::applyMark(const QString& field, const QString& text)
{
    ProjectDocument& document = *m_document;
    const Project& project = document.project();
    const Selection& selection = *document.selection();
    const int sceneIndex = document.player()->sceneIndex();
    const ActorBlocking* blocking = blockingIn(project, sceneIndex, selection.name());
    if (!blocking || selection.index() < 0 || static_cast<std::size_t>(selection.index()) >= blocking->marks.size())
        return refuse("mark", tr("no mark is selected"));
    const auto scene = static_cast<std::size_t>(sceneIndex);
    const auto index = static_cast<std::size_t>(selection.index());
    const std::string actor = selection.name().toStdString();
    const Mark& mark = blocking->marks[index];
    if (field == QLatin1String("name"))
        return document.perform(renameMark(project, scene, actor, index, text.trimmed().toStdString()));
    if (field == QLatin1String("x") || field == QLatin1String("z")) {
        const bool isX = field == QLatin1String("x");
        return withLength(document, text, isX ? "positionM.x" : "positionM.z", [&](double m) {
            glm::dvec3 p = mark.positionM;
            (isX ? p.x : p.z) = m;
            return document.perform(moveMark(project, scene, actor, index, p));
        });
    }
    if (field == QLatin1String("facing"))
        return withValue(document, inspector::parseDegrees(text, "facingDeg"),
                         [&](double deg) { return document.perform(turnOnMark(project, scene, actor, index, deg)); });
    if (field == QLatin1String("arrive") || field == QLatin1String("leave")) {
        const bool arrive = field == QLatin1String("arrive");
        return withValue(document, inspector::parseTime(text, arrive ? "arriveAt" : "leaveAt"), [&](Flicks t) {
            return document.perform(setMarkTimes(project, scene, actor, index, arrive ? t : mark.arriveAt,
                                                 arrive ? mark.leaveAt : t));
        });
    }
    if (field == QLatin1String("speed"))
        return withValue(document, inspector::parseNumber(text, "speedMps", QStringLiteral("m/s")),
                         [&](double mps) { return document.perform(setWalkSpeed(project, scene, actor, index, mps)); });
    return refuse(field.toStdString(), tr("a mark has no such field"));
}

bool ItemInspector::applyViaPoint(const QString& field, const QString& text)
{
    ProjectDocument& document = *m_document;
    const Project& project = document.project();
    const Selection& selection = *document.selection();
    const int sceneIndex = document.player()->sceneIndex();
    const ActorBlocking* blocking = blockingIn(project, sceneIndex, selection.name());
    const int markIndex = selection.markIndex();
    if (!blocking || markIndex < 0 || static_cast<std::size_t>(markIndex) >= blocking->marks.size()
        || selection.index() < 0
        || static_cast<std::size_t>(selection.index()) >= blocking->marks[static_cast<std::size_t>(markIndex)].viaM.size())
        return refuse("viaM", tr("no walk point is selected"));
    const auto scene = static_cast<std::size_t>(sceneIndex);
    const auto via = static_cast<std::size_t>(selection.index());
    const auto m = static_cast<std::size_t>(markIndex);
    const std::string actor = selection.name().toStdString();
    if (field != QLatin1String("x") && field != QLatin1String("z"))
        return refuse(field.toStdString(), tr("a walk point has no such field"));
    const bool isX = field == QLatin1String("x");
    return withLength(document, text, isX ? "viaM.x" : "viaM.z", [&](double metres) {
        glm::dvec3 p = blocking->marks[m].viaM[via];
        (isX ? p.x : p.z) = metres;
        return document.perform(moveViaPoint(project, scene, actor, m, via, p));
    });
}

bool ItemInspector::applyRailPoint(const QString& field, const QString& text)
{
    ProjectDocument& document = *m_document;
    const Project& project = document.project();
    const QString shotId = document.player()->shotId();
    const Shot* shot = shotIn(project, shotId);
    const std::vector<glm::dvec3> points = shot && shot->rig.rail ? railPointsOf(*shot->rig.rail) : std::vector<glm::dvec3>{};
    const int index = document.selection()->index();
    if (index < 0 || static_cast<std::size_t>(index) >= points.size())
        return refuse("rail", tr("no rail point is selected"));
    const int axis = field == QLatin1String("x") ? 0 : field == QLatin1String("y") ? 1 : field == QLatin1String("z") ? 2 : -1;
    if (axis < 0)
        return refuse(field.toStdString(), tr("a rail point has no such field"));
    return withLength(document, text, fmt::format("rail.points[{}].{}", index, "xyz"[axis]), [&](double m) {
        glm::dvec3 p = points[static_cast<std::size_t>(index)];
        p[axis] = m;
        return document.perform(moveRailPoint(project, shotId.toStdString(), static_cast<std::size_t>(index), p));
    });
}

bool ItemInspector::applyShot(const QString& field, const QString& text)
{
    ProjectDocument& document = *m_document;
    const Project& project = document.project();
    const std::string shotId = document.player()->shotId().toStdString();
    if (const std::optional<Result<Edit>> edit = shotfields::editFor(project, shotId, field, text))
        return document.perform(*edit);
    if (field == QLatin1String("number"))
        return document.perform(setShotText(project, shotId, ShotText::Number, text.trimmed().toStdString()));
    if (field == QLatin1String("name"))
        return document.perform(setShotText(project, shotId, ShotText::Name, text.trimmed().toStdString()));
    if (field == QLatin1String("camera"))
        return document.perform(setShotCamera(project, shotId, text.trimmed().toStdString()));
    if (field == QLatin1String("frameRate"))
        return withValue(document, parseFrameRate(text.trimmed().toStdString()),
                         [&](FrameRate rate) { return document.perform(setShotFrameRate(project, shotId, rate)); });
    if (field == QLatin1String("duration"))
        return withValue(document, inspector::parseTime(text, "durationFlicks"), [&](Flicks duration) {
            return document.perform(setShotDuration(project, shotId, duration));
        });
    if (field == QLatin1String("cast")) {
        std::vector<std::string> cast;
        for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                cast.push_back(name.trimmed().toStdString());
        }
        return document.perform(setShotCast(project, shotId, cast));
    }
    return refuse(field.toStdString(), tr("a shot has no such field"));
}

} // namespace murnau
