#pragma once
// The shots as clips, the way an editor's timeline shows a cut (QML type ShotClipModel, under the
// timeline's clip strip): every scene's shots in script order, one row a shot, each scene's first
// clip carrying the scene's label. All scenes rather than the shown one, because the strip is
// also how one moves between shots, and a shot can be dragged into another scene as in an
// editor's sequence. Selecting a clip shows its shot (ShotPlayer::selectShot); reordering is
// core's moveShot and trimming core's setShotDuration, each one undo step through the document.
// The thumbnails are rendered frames of each shot (ShotThumbnailer, owned here).

#include <string>
#include <vector>

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/shot_thumbnailer.h"
#include "core/time/frame_rate.h"

namespace murnau {

class ProjectDocument;

class ShotClipModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(double totalSeconds READ totalSeconds NOTIFY clipsChanged)    // the clips' lengths added, seconds
    Q_PROPERTY(int sceneCount READ sceneCount NOTIFY clipsChanged)           // scenes that have clips (the strip's groups)
    Q_PROPERTY(int shownRow READ shownRow NOTIFY clipsChanged)               // the row of the shot shown, -1 for none
    Q_PROPERTY(murnau::ShotThumbnailer* thumbnailer READ thumbnailer CONSTANT)

public:
    // The roles QML reads (names in roleNames()).
    enum Role {
        ShotIdRole = Qt::UserRole + 1,   // "shotId": QString, Shot::id
        SceneIndexRole,                  // "sceneIndex": int, its scene in Project::scenes
        SceneOrdinalRole,                // "sceneOrdinal": int, its scene among the scenes with clips (0, 1, ...)
        SceneLabelRole,                  // "sceneLabel": QString, "Scene 2  Dev alone"
        FirstInSceneRole,                // "firstInScene": bool, the scene's first clip (carries the label)
        ShotIndexRole,                   // "shotIndex": int, its place in the scene's shot list
        NumberRole,                      // "number": QString, "2A"
        NameRole,                        // "name": QString
        StartSecondsRole,                // "startSeconds": double, where the clip starts in the strip (earlier clips' lengths), seconds
        DurationSecondsRole,             // "durationSeconds": double, seconds
        FrameCountRole,                  // "frameCount": int, frames that start inside the shot
        DurationLabelRole,               // "durationLabel": QString, the length as SMPTE timecode ("00:00:25:00", ';' drop-frame)
        FrameRateLabelRole,              // "frameRateLabel": QString, "23.976"
        FpsRole,                         // "fps": double, frames per second
        IsShownRole,                     // "isShown": bool, the shot the player shows
        ThumbnailRole,                   // "thumbnail": QString, image URL of the rendered first frame, "" until rendered
    };
    Q_ENUM(Role)

    explicit ShotClipModel(QObject* parent = nullptr);
    ~ShotClipModel() override;

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    double totalSeconds() const;
    int sceneCount() const { return m_sceneCount; }
    int shownRow() const;
    ShotThumbnailer* thumbnailer() { return &m_thumbnailer; }

    // Shows the shot in the player (its first frame).
    Q_INVOKABLE void select(const QString& shotId);
    // Moves the shot so it ends at `toIndex` of scene `toSceneIndex`'s shot list (after taking
    // it out); one undo step. False, with the document's errorText saying why, when refused.
    Q_INVOKABLE bool moveShot(const QString& shotId, int toSceneIndex, int toIndex);
    // Sets the shot's length to `durationSeconds` snapped to whole frames of its rate; refused
    // below one frame. Drag-style: calls until endTrim() are one undo step.
    Q_INVOKABLE bool trimShot(const QString& shotId, double durationSeconds);
    // Ends a trim drag (the next trim starts a new undo step).
    Q_INVOKABLE void endTrim();
    // The frames `durationSeconds` snaps to at the shot's rate (nearest whole frame); 0 for an unknown shot.
    Q_INVOKABLE int snappedFrames(const QString& shotId, double durationSeconds) const;
    // A frame count at the shot's rate as timecode ("00:00:08:00"), for the label during a trim.
    Q_INVOKABLE QString framesLabel(const QString& shotId, int frames) const;
    // The row of a shot, -1 if none.
    Q_INVOKABLE int rowOf(const QString& shotId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void classBegin() override {}
    void componentComplete() override;   // registers the thumbnails' image provider with the engine

signals:
    void documentChanged();
    void countChanged();
    void clipsChanged();

private:
    // One row.
    struct Clip {
        std::string shotId;
        int sceneIndex = 0;
        int sceneOrdinal = 0;
        QString sceneLabel;
        bool firstInScene = false;
        int shotIndex = 0;
        QString number;
        QString name;
        Flicks startFlicks = 0;
        Flicks durationFlicks = 0;
        FrameRate frameRate;
        friend bool operator==(const Clip&, const Clip&) = default;
    };
    // Rebuilds the rows from the project: changed rows announced, a reset when the order changed.
    void refresh();
    void onShownShotChanged();
    void onThumbnailChanged(const QString& shotId);
    const Clip* clipOf(const QString& shotId) const;

    QPointer<ProjectDocument> m_document;
    std::vector<Clip> m_clips;
    int m_sceneCount = 0;
    QString m_shownShotId;
    ShotThumbnailer m_thumbnailer;
    QString m_providerId;   // the image provider registered with the engine, "" before
};

} // namespace murnau
