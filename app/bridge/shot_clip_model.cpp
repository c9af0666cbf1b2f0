#include "app/bridge/shot_clip_model.h"

#include <algorithm>
#include <atomic>
#include <cmath>

#include <QQmlEngine>

#include "app/bridge/project_document.h"
#include "core/edit/scene_edits.h"
#include "core/time/timecode.h"

namespace murnau {

namespace {

// Numbers the image providers of clip models, so two strips in one engine never clash.
std::atomic<int> g_providerCount{0};

// Frames that start inside a shot of this length: a started frame counts (ShotEvaluator::frameCount).
std::int64_t framesIn(Flicks duration, FrameRate rate)
{
    const Flicks perFrame = rate.flicksPerFrame();
    return (duration + perFrame - 1) / perFrame;
}

// A count of frames as timecode at `rate` (drop-frame labels at 29.97 and 59.94).
QString timecodeOf(std::int64_t frames, FrameRate rate)
{
    const Result<Timecode> tc = frameToTimecode(frames, rate, rate.supportsDropFrame());
    return tc ? QString::fromStdString(formatTimecode(*tc)) : QString();
}

} // namespace

ShotClipModel::ShotClipModel(QObject* parent) : QAbstractListModel(parent)
{
    connect(&m_thumbnailer, &ShotThumbnailer::thumbnailChanged, this, &ShotClipModel::onThumbnailChanged);
}

ShotClipModel::~ShotClipModel()
{
    if (QQmlEngine* engine = qmlEngine(this); engine && !m_providerId.isEmpty())
        engine->removeImageProvider(m_providerId);
}

void ShotClipModel::componentComplete()
{
    QQmlEngine* engine = qmlEngine(this);
    if (!engine)
        return;
    m_providerId = QStringLiteral("murnau-shot-thumbnails-%1").arg(++g_providerCount);
    engine->addImageProvider(m_providerId, new ThumbnailImageProvider(m_thumbnailer.store()));
    m_thumbnailer.setProviderId(m_providerId);
}

void ShotClipModel::setDocument(ProjectDocument* document)
{
    if (m_document == document)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->player(), nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::revisionChanged, this, &ShotClipModel::refresh);
        connect(m_document->player(), &ShotPlayer::shotChanged, this, &ShotClipModel::onShownShotChanged);
    }
    m_thumbnailer.setDocument(m_document);
    refresh();
    onShownShotChanged();
    emit documentChanged();
}

void ShotClipModel::refresh()
{
    std::vector<Clip> clips;
    int sceneOrdinal = 0;
    if (m_document) {
        const Project& project = m_document->project();
        Flicks start = 0;
        for (std::size_t s = 0; s < project.scenes.size(); ++s) {
            const Scene& scene = project.scenes[s];
            if (scene.shots.empty())
                continue;   // nothing to show on a strip of clips
            QString label = tr("Scene %1").arg(QString::fromStdString(scene.number.empty() ? std::string("-") : scene.number));
            if (!scene.name.empty())
                label += QStringLiteral("  ") + QString::fromStdString(scene.name);
            for (std::size_t k = 0; k < scene.shots.size(); ++k) {
                const Shot& shot = scene.shots[k];
                clips.push_back(Clip{shot.id, static_cast<int>(s), sceneOrdinal, label, k == 0, static_cast<int>(k),
                                     QString::fromStdString(shot.number), QString::fromStdString(shot.name), start,
                                     shot.durationFlicks, shot.frameRate});
                start += shot.durationFlicks;
            }
            ++sceneOrdinal;
        }
    }
    const bool sameRows = clips.size() == m_clips.size()
                          && std::equal(clips.begin(), clips.end(), m_clips.begin(),
                                        [](const Clip& a, const Clip& b) { return a.shotId == b.shotId; });
    if (sameRows) {
        // The same shots in the same order (a trim, a rename): only the changed rows are
        // announced, so the strip keeps its delegates (and a trim drag its mouse area).
        for (std::size_t row = 0; row < clips.size(); ++row) {
            if (clips[row] == m_clips[row])
                continue;
            m_clips[row] = std::move(clips[row]);
            const QModelIndex changed = index(static_cast<int>(row), 0);
            emit dataChanged(changed, changed);
        }
    } else {
        const bool countChanges = clips.size() != m_clips.size();
        beginResetModel();
        m_clips = std::move(clips);
        endResetModel();
        if (countChanges)
            emit countChanged();
    }
    m_sceneCount = sceneOrdinal;
    emit clipsChanged();
}

void ShotClipModel::onShownShotChanged()
{
    const QString shown = m_document ? m_document->player()->shotId() : QString();
    if (shown == m_shownShotId)
        return;
    const int before = rowOf(m_shownShotId);
    m_shownShotId = shown;
    const QList<int> roles{IsShownRole};
    for (const int row : {before, rowOf(shown)})
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, 0), roles);
    emit clipsChanged();
}

void ShotClipModel::onThumbnailChanged(const QString& shotId)
{
    const int row = rowOf(shotId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, 0), QList<int>{ThumbnailRole});
}

double ShotClipModel::totalSeconds() const
{
    return m_clips.empty() ? 0.0 : flicksToSeconds(m_clips.back().startFlicks + m_clips.back().durationFlicks);
}

int ShotClipModel::shownRow() const
{
    return rowOf(m_shownShotId);
}

int ShotClipModel::rowOf(const QString& shotId) const
{
    const std::string id = shotId.toStdString();
    for (std::size_t row = 0; row < m_clips.size(); ++row)
        if (m_clips[row].shotId == id)
            return static_cast<int>(row);
    return -1;
}

const ShotClipModel::Clip* ShotClipModel::clipOf(const QString& shotId) const
{
    const int row = rowOf(shotId);
    return row < 0 ? nullptr : &m_clips[static_cast<std::size_t>(row)];
}

void ShotClipModel::select(const QString& shotId)
{
    if (m_document)
        m_document->player()->selectShot(shotId);
}

bool ShotClipModel::moveShot(const QString& shotId, int toSceneIndex, int toIndex)
{
    if (!m_document)
        return false;
    if (toSceneIndex < 0 || toIndex < 0)
        return m_document->perform(fail(toSceneIndex < 0 ? "toSceneIndex" : "toIndex", "must not be negative"));
    return m_document->perform(murnau::moveShot(m_document->project(), shotId.toStdString(),
                                                static_cast<std::size_t>(toSceneIndex), static_cast<std::size_t>(toIndex)));
}

int ShotClipModel::snappedFrames(const QString& shotId, double durationSeconds) const
{
    const Clip* clip = clipOf(shotId);
    if (!clip || !std::isfinite(durationSeconds))
        return 0;
    // Whole frames of the shot's rate: frames = seconds × numerator / denominator, to the nearest.
    const double frames = durationSeconds * clip->frameRate.numerator / clip->frameRate.denominator;
    return static_cast<int>(std::clamp(std::round(frames), 0.0, 1.0e9));
}

QString ShotClipModel::framesLabel(const QString& shotId, int frames) const
{
    const Clip* clip = clipOf(shotId);
    return clip && frames >= 0 ? timecodeOf(frames, clip->frameRate) : QString();
}

bool ShotClipModel::trimShot(const QString& shotId, double durationSeconds)
{
    if (!m_document)
        return false;
    const Clip* clip = clipOf(shotId);
    if (!clip)
        return m_document->perform(fail("shotId", "no shot has the id '" + shotId.toStdString() + "'"));
    const int frames = snappedFrames(shotId, durationSeconds);
    if (frames < 1)
        return m_document->perform(fail("durationSeconds", "a shot lasts at least one frame ("
                                                               + timecodeOf(1, clip->frameRate).toStdString() + ")"));
    const std::string id = shotId.toStdString();
    return m_document->perform(murnau::setShotDuration(m_document->project(), id, framesToFlicks(frames, clip->frameRate),
                                                       m_document->dragKey("trim-shot:" + id)));
}

void ShotClipModel::endTrim()
{
    if (m_document)
        m_document->endDrag();
}

int ShotClipModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_clips.size());
}

QVariant ShotClipModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Clip& clip = m_clips[static_cast<std::size_t>(index.row())];
    const QString shotId = QString::fromStdString(clip.shotId);
    switch (role) {
    case ShotIdRole: return shotId;
    case SceneIndexRole: return clip.sceneIndex;
    case SceneOrdinalRole: return clip.sceneOrdinal;
    case SceneLabelRole: return clip.sceneLabel;
    case FirstInSceneRole: return clip.firstInScene;
    case ShotIndexRole: return clip.shotIndex;
    case NumberRole: return clip.number;
    case NameRole: return clip.name;
    case StartSecondsRole: return flicksToSeconds(clip.startFlicks);
    case DurationSecondsRole: return flicksToSeconds(clip.durationFlicks);
    case FrameCountRole: return static_cast<int>(framesIn(clip.durationFlicks, clip.frameRate));
    case DurationLabelRole: return timecodeOf(framesIn(clip.durationFlicks, clip.frameRate), clip.frameRate);
    case FrameRateLabelRole: return QString::fromStdString(frameRateLabel(clip.frameRate));
    case FpsRole: return clip.frameRate.fps();
    case IsShownRole: return shotId == m_shownShotId;
    case ThumbnailRole: return m_thumbnailer.source(shotId);
    default: return {};
    }
}

QHash<int, QByteArray> ShotClipModel::roleNames() const
{
    return {
        {ShotIdRole, "shotId"},
        {SceneIndexRole, "sceneIndex"},
        {SceneOrdinalRole, "sceneOrdinal"},
        {SceneLabelRole, "sceneLabel"},
        {FirstInSceneRole, "firstInScene"},
        {ShotIndexRole, "shotIndex"},
        {NumberRole, "number"},
        {NameRole, "name"},
        {StartSecondsRole, "startSeconds"},
        {DurationSecondsRole, "durationSeconds"},
        {FrameCountRole, "frameCount"},
        {DurationLabelRole, "durationLabel"},
        {FrameRateLabelRole, "frameRateLabel"},
        {FpsRole, "fps"},
        {IsShownRole, "isShown"},
        {ThumbnailRole, "thumbnail"},
    };
}

} // namespace murnau
