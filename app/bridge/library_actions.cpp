#include "app/bridge/library_actions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include "app/bridge/inspector_text.h"
#include "core/edit/actor_edits.h"
#include "core/edit/blocking_edits.h"
#include "core/edit/camera_edits.h"
#include "core/edit/edit_support.h"
#include "core/edit/rig_edits.h"
#include "core/edit/set_edits.h"
#include "core/optics/sensor.h"
#include "core/scene/display_units.h"
#include "core/scene/item_placement.h"
#include "core/scene/model_file.h"

namespace murnau {

namespace {

// Where a duplicate lands relative to its original: half a metre along +x and +z, metres.
constexpr glm::dvec3 kDuplicateOffsetM{0.5, 0.0, 0.5};

// Statures offered for a new actor, metres: a child, then adults around the average.
constexpr std::array<double, 4> kHeightChoicesM{1.25, 1.60, 1.75, 1.85};

// Proxy colours for new actors (sRGB), taken in turn so neighbours differ.
constexpr std::array<Rgb, 6> kActorColors{
    Rgb{229, 72, 77}, Rgb{62, 142, 232}, Rgb{63, 196, 110}, Rgb{179, 94, 230}, Rgb{240, 165, 48}, Rgb{46, 196, 196}};

// Default sizes of new pieces (width, height, depth), metres: a 1 m box, a 0.6 m x 1 m drum,
// a 4 m x 3 m wall 15 cm thick, a 1 m wide flight rising 1.8 m over 2.5 m (10 risers of 18 cm).
SetPiece newPiece(SetPieceShape shape)
{
    SetPiece piece;
    piece.shape = shape;
    switch (shape) {
    case SetPieceShape::Box: piece.sizeM = {1.0, 1.0, 1.0}; piece.color = {150, 120, 90}; break;
    case SetPieceShape::Cylinder: piece.sizeM = {0.6, 1.0, 0.6}; piece.color = {140, 140, 145}; break;
    case SetPieceShape::Wall: piece.sizeM = {4.0, 3.0, 0.15}; piece.color = {140, 143, 148}; break;
    case SetPieceShape::Stairs:
        piece.sizeM = {1.0, 1.8, 2.5};
        piece.stepCount = 10;
        piece.color = {120, 110, 100};
        break;
    case SetPieceShape::Model: piece.sizeM = glm::dvec3(0.0); break;   // addModel sets the box from the model file (core/scene/model_file.h)
    }
    return piece;
}

QString capitalised(const QString& word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

template <typename Items>
const auto* findNamed(const Items& items, const std::string& name)
{
    const auto found = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.name == name; });
    return found == items.end() ? nullptr : &*found;
}

} // namespace

LibraryActions::LibraryActions(QObject* parent) : QObject(parent) {}

void LibraryActions::setDocument(ProjectDocument* document)
{
    if (document == m_document)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->selection(), nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::revisionChanged, this, &LibraryActions::listsChanged);
        connect(m_document, &ProjectDocument::documentChanged, this, &LibraryActions::listsChanged);
        connect(m_document->selection(), &Selection::changed, this, &LibraryActions::selectionChanged);
    }
    emit documentChanged();
    emit listsChanged();
    emit selectionChanged();
}

QVariantList LibraryActions::sensorChoices() const
{
    QVariantList choices;
    for (const SensorFormat& format : sensorPresets())
        choices.append(QVariantMap{{QStringLiteral("value"), QString::fromStdString(format.id)},
                                   {QStringLiteral("label"), QString::fromStdString(format.name)}});
    return choices;
}

QVariantList LibraryActions::kitChoices() const
{
    QVariantList choices{QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("label"), tr("Any focal length")}}};
    if (!m_document)
        return choices;
    QStringList seen;
    for (const CameraSetup& camera : m_document->project().cameras) {
        if (!camera.lensKit || seen.contains(QString::fromStdString(camera.lensKit->name)))
            continue;
        const QString name = QString::fromStdString(camera.lensKit->name);
        seen.append(name);
        choices.append(QVariantMap{{QStringLiteral("value"), name}, {QStringLiteral("label"), name}});
    }
    return choices;
}

QStringList LibraryActions::heightChoices() const
{
    const DisplayUnits units = m_document ? m_document->project().displayUnits : DisplayUnits::Metric;
    QStringList choices;
    for (const double heightM : kHeightChoicesM)
        choices.append(QString::fromStdString(formatLength(heightM, units)));
    return choices;
}

QVariantList LibraryActions::cameras() const
{
    QVariantList list;
    if (!m_document)
        return list;
    for (const CameraSetup& camera : m_document->project().cameras) {
        QString label = QString::fromStdString(editing::numberText(camera.focalLengthMm, 2)) + QStringLiteral(" mm");
        if (camera.deliveryAspect)
            label += QStringLiteral("  ") + QString::fromStdString(editing::numberText(*camera.deliveryAspect, 3)) + QStringLiteral(":1");
        list.append(QVariantMap{{QStringLiteral("name"), QString::fromStdString(camera.name)}, {QStringLiteral("label"), label}});
    }
    return list;
}

int LibraryActions::rowOf(const QString& kind, const QString& name) const
{
    if (!m_document)
        return -1;
    const Project& project = m_document->project();
    const std::string wanted = name.toStdString();
    const auto rowIn = [&](const auto& items) {
        const auto found = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.name == wanted; });
        return found == items.end() ? -1 : static_cast<int>(found - items.begin());
    };
    if (kind == QLatin1String("setPiece"))
        return rowIn(project.set.pieces);
    if (kind == QLatin1String("actor"))
        return rowIn(project.actors);
    if (kind == QLatin1String("camera"))
        return rowIn(project.cameras);
    return -1;
}

bool LibraryActions::canDelete() const
{
    return m_document && !m_document->selection()->isEmpty();
}

bool LibraryActions::canDuplicate() const
{
    if (!m_document)
        return false;
    const QString kind = m_document->selection()->kind();
    return kind == QLatin1String("actor") || kind == QLatin1String("setPiece") || kind == QLatin1String("camera");
}

glm::dvec3 LibraryActions::placement() const
{
    const Project& project = m_document->project();
    const ShotCamera& camera = *m_document->shotCamera();
    if (camera.isValid())
        return placementInFrontOf(camera.setup(), project.set.floorSizeM);
    return glm::dvec3(0.0);   // no camera to stand in front of: the floor centre
}

bool LibraryActions::addSetPiece(const QString& shape)
{
    if (!m_document)
        return false;
    const std::optional<SetPieceShape> parsed = inspector::shapeFromWord(shape);
    if (!parsed || *parsed == SetPieceShape::Model)
        return m_document->perform(fail("shape", "expected box, cylinder, wall or stairs, got '" + shape.toStdString() + "'"));
    const Project& project = m_document->project();
    SetPiece piece = newPiece(*parsed);
    piece.name = uniqueSetPieceName(project, capitalised(shape).toStdString());
    piece.positionM = placement();
    if (!m_document->perform(murnau::addSetPiece(project, piece)))
        return false;
    m_document->selection()->select(QStringLiteral("setPiece"), QString::fromStdString(piece.name));
    return true;
}

bool LibraryActions::addModel(const QUrl& file)
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty())
        return m_document->perform(fail("modelPath", "save the project first: a model's file is stored relative to "
                                                     "the project's folder, and an unsaved project has none"));
    const QString localFile = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QFileInfo info(localFile);
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("gltf") && suffix != QLatin1String("glb") && suffix != QLatin1String("obj"))
        return m_document->perform(fail("modelPath", "expected a .gltf, .glb or .obj file, got '" + localFile.toStdString() + "'"));
    const QDir projectDir = QFileInfo(m_document->filePath()).absoluteDir();
    const QString relative = projectDir.relativeFilePath(info.absoluteFilePath());
    const Project& project = m_document->project();
    SetPiece piece = newPiece(SetPieceShape::Model);
    piece.name = uniqueSetPieceName(project, info.completeBaseName().toStdString());
    piece.positionM = placement();
    piece.modelPath = QDir::fromNativeSeparators(relative).toStdString();
    // A file inside the project's folder is read before it is added (a file outside it is core's
    // refusal below): a malformed model, or one whose buffers or textures lie outside the
    // folder, is refused with the reader's words; else its collision box is the box standing on
    // the piece's base centre that holds the model (core/scene/model_file.h), in metres.
    if (!relative.startsWith(QLatin1String("../")) && relative != QLatin1String("..") && !QDir::isAbsolutePath(relative)) {
        const Result<ModelFacts> facts = readModelFile(info.absoluteFilePath().toStdString(), projectDir.absolutePath().toStdString());
        if (!facts)
            return m_document->perform(fail("modelPath", "'" + piece.modelPath + "': " + facts.error().describe()));
        for (const std::string& warning : facts->warnings)
            spdlog::warn("model '{}': {}", piece.modelPath, warning);
        const ModelCollisionBox box = modelCollisionBox(facts.value(), piece.modelScale);
        piece.sizeM = box.sizeM;
        if (!box.note.empty())
            spdlog::info("model '{}': {}", piece.modelPath, box.note);
    }
    if (!m_document->perform(murnau::addSetPiece(project, piece)))
        return false;
    m_document->selection()->select(QStringLiteral("setPiece"), QString::fromStdString(piece.name));
    return true;
}

bool LibraryActions::addActor(const QString& heightText)
{
    if (!m_document)
        return false;
    const Project& project = m_document->project();
    const Result<double> heightM = parseLength(heightText.toStdString(), project.displayUnits, "heightM");
    if (!heightM)
        return m_document->perform(heightM.error());
    Actor actor;
    actor.name = uniqueActorName(project, "Actor");
    actor.heightM = heightM.value();
    actor.positionM = placement();
    actor.color = kActorColors[project.actors.size() % kActorColors.size()];
    if (!m_document->perform(murnau::addActor(project, actor)))
        return false;
    m_document->selection()->select(QStringLiteral("actor"), QString::fromStdString(actor.name));
    return true;
}

bool LibraryActions::addCamera(const QString& sensorId, const QString& kitName)
{
    if (!m_document)
        return false;
    const Project& project = m_document->project();
    const Result<SensorFormat> sensor = resolveSensor(sensorId.toStdString(), "sensor");
    if (!sensor)
        return m_document->perform(sensor.error());
    CameraSetup camera;
    if (m_document->shotCamera()->isValid()) {
        const CameraSetup& shown = m_document->shotCamera()->setup();
        camera.positionM = shown.positionM;
        camera.panDeg = shown.panDeg;
        camera.tiltDeg = shown.tiltDeg;
        camera.rollDeg = shown.rollDeg;
        camera.focusDistanceM = shown.focusDistanceM;
    }
    camera.sensor = sensor.value();
    if (!kitName.isEmpty()) {
        for (const CameraSetup& other : project.cameras) {
            if (other.lensKit && QString::fromStdString(other.lensKit->name) == kitName) {
                camera.lensKit = other.lensKit;
                break;
            }
        }
        if (!camera.lensKit)
            return m_document->perform(fail("lensKit", "no camera of the project carries a lens kit named '"
                                                           + kitName.toStdString() + "'"));
        // Start on a lens the kit has: the prime nearest 35 mm, or 35 mm within the zoom's range.
        const LensKit& kit = *camera.lensKit;
        if (kit.kind == LensKitKind::Primes && !kit.primes.empty()) {
            const auto nearest = std::min_element(kit.primes.begin(), kit.primes.end(), [](const PrimeLens& a, const PrimeLens& b) {
                return std::abs(a.focalLengthMm - 35.0) < std::abs(b.focalLengthMm - 35.0);
            });
            camera.focalLengthMm = nearest->focalLengthMm;
        } else if (kit.kind == LensKitKind::Zoom) {
            camera.focalLengthMm = std::clamp(35.0, kit.zoomMinMm, kit.zoomMaxMm);
        }
    }
    // Cameras are lettered A, B, C... on set: the first free letter, else "Camera 2"...
    camera.name = uniqueCameraName(project, "Camera");
    for (char letter = 'A'; letter <= 'Z'; ++letter) {
        const std::string name(1, letter);
        if (!findNamed(project.cameras, name)) {
            camera.name = name;
            break;
        }
    }
    if (!m_document->perform(murnau::addCamera(project, camera)))
        return false;
    m_document->selection()->select(QStringLiteral("camera"), QString::fromStdString(camera.name));
    return true;
}

bool LibraryActions::deleteSelection()
{
    if (!m_document)
        return false;
    const Project& project = m_document->project();
    const Selection& selection = *m_document->selection();
    const QString kind = selection.kind();
    const std::string name = selection.name().toStdString();
    const int sceneIndex = m_document->player()->sceneIndex();
    const auto scene = static_cast<std::size_t>(std::max(sceneIndex, 0));
    if (kind == QLatin1String("actor"))
        return m_document->perform(removeActor(project, name));
    if (kind == QLatin1String("setPiece"))
        return m_document->perform(removeSetPiece(project, name));
    if (kind == QLatin1String("camera"))
        return m_document->perform(removeCamera(project, name));
    if (sceneIndex < 0 && (kind == QLatin1String("mark") || kind == QLatin1String("viaPoint")))
        return m_document->perform(fail("sceneIndex", "no shot is shown, so no scene's blocking is"));
    if (kind == QLatin1String("mark"))
        return m_document->perform(removeMark(project, scene, name, static_cast<std::size_t>(std::max(selection.index(), 0))));
    if (kind == QLatin1String("viaPoint"))
        return m_document->perform(removeViaPoint(project, scene, name,
                                                  static_cast<std::size_t>(std::max(selection.markIndex(), 0)),
                                                  static_cast<std::size_t>(std::max(selection.index(), 0))));
    if (kind == QLatin1String("railPoint"))
        return m_document->perform(removeRailPoint(project, m_document->player()->shotId().toStdString(),
                                                   static_cast<std::size_t>(std::max(selection.index(), 0))));
    return m_document->perform(fail("selection", "nothing is selected"));
}

bool LibraryActions::duplicateSelection()
{
    if (!m_document)
        return false;
    const Project& project = m_document->project();
    const Selection& selection = *m_document->selection();
    const QString kind = selection.kind();
    const std::string name = selection.name().toStdString();
    std::string copyName;
    bool done = false;
    if (kind == QLatin1String("setPiece")) {
        copyName = uniqueSetPieceName(project, name);
        done = m_document->perform(duplicateSetPiece(project, name, kDuplicateOffsetM));
    } else if (kind == QLatin1String("actor")) {
        const Actor* original = findNamed(project.actors, name);
        if (!original)
            return m_document->perform(fail("name", "no actor named '" + name + "'"));
        Actor copy = *original;
        copy.name = copyName = uniqueActorName(project, name);
        copy.positionM += kDuplicateOffsetM;
        done = m_document->perform(murnau::addActor(project, copy));
    } else if (kind == QLatin1String("camera")) {
        const CameraSetup* original = findNamed(project.cameras, name);
        if (!original)
            return m_document->perform(fail("name", "no camera named '" + name + "'"));
        CameraSetup copy = *original;
        copy.name = copyName = uniqueCameraName(project, name);
        done = m_document->perform(murnau::addCamera(project, copy));
    } else {
        return m_document->perform(fail("selection", "only a set piece, an actor or a camera can be duplicated"));
    }
    if (done)
        m_document->selection()->select(kind, QString::fromStdString(copyName));
    return done;
}

} // namespace murnau
