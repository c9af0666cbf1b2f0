#pragma once
// The timeline's tracks for the shown shot as a Qt Quick item (QML type TimelineView): a ruler,
// the feasibility warnings, one row per rig channel with its keys and one per actor with their
// marks (timeline_tracks.h, timeline_layout.h), painted by TimelinePainter. The track headers
// are QML (TimelineTracks.qml) laid out from `rows`.
//
// Mouse: in the ruler a press or drag scrubs the playhead (the player's frame follows every
// move, so every view follows); in the warnings lane a click puts the playhead at the warning's
// start, shows its channel in the curve editor and selects that channel's keys in the range. On
// the tracks a click selects a key (Shift adds or toggles; on the Camera row every key at that
// time), a drag on empty space selects keys in a box, a drag of a selected key moves the
// selection in time (KeyEditor::beginMove/moveSelection/endMove) snapping to frames, to other
// keys, the playhead and the in/out points (Ctrl held: no snapping), and a drag of a mark bar
// retimes the mark (its ends: arrival or departure only) through core's setMarkTimes. Every drag
// is one undo step. Right-click asks QML for the key menu (contextMenuRequested). Wheel scrolls
// time, Ctrl+wheel zooms about the pointer, Shift+wheel scrolls the rows; F fits the shot.

#include <optional>
#include <string>
#include <vector>

#include <QPointF>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/timeline_layout.h"
#include "app/bridge/timeline_painter.h"
#include "app/bridge/timeline_tracks.h"

namespace murnau {

class ProjectDocument;

class TimelineView : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    // The rows shown, top to bottom: [{id, kind ("group", "channel", "actor"), label, unit, group,
    // channel (RigChannel as int, -1), actor, y (item pixels, scrolled), height, folded}].
    Q_PROPERTY(QVariantList rows READ rows NOTIFY rowsChanged)
    // Every track of the shot, hidden ones too, for the Tracks menu: [{id, kind, label, hidden}].
    Q_PROPERTY(QVariantList tracks READ tracks NOTIFY rowsChanged)
    Q_PROPERTY(double tracksTop READ tracksTop CONSTANT)                       // item y where the rows start
    Q_PROPERTY(bool timecodeLabels READ timecodeLabels WRITE setTimecodeLabels NOTIFY timecodeLabelsChanged)
    Q_PROPERTY(QString hoverText READ hoverText NOTIFY hoverTextChanged)       // what is under the pointer
    Q_PROPERTY(QString hintText READ hintText NOTIFY hintTextChanged)          // what a drag does, or why it was refused
    Q_PROPERTY(bool hintIsError READ hintIsError NOTIFY hintTextChanged)
    Q_PROPERTY(double pixelsPerSecond READ pixelsPerSecond NOTIFY viewChanged) // zoom
    Q_PROPERTY(double startSeconds READ startSeconds NOTIFY viewChanged)       // shot time at the left edge

public:
    explicit TimelineView(QQuickItem* parent = nullptr);

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    QVariantList rows() const;
    QVariantList tracks() const;
    double tracksTop() const { return TimelineLayout::tracksTop(); }
    bool timecodeLabels() const { return m_timecodeLabels; }
    void setTimecodeLabels(bool on);
    QString hoverText() const { return m_hoverText; }
    QString hintText() const { return m_hintText; }
    bool hintIsError() const { return m_hintIsError; }
    double pixelsPerSecond() const { return m_axis.pixelsPerSecond; }
    double startSeconds() const { return m_axis.startSeconds; }

    // Frames the whole shot.
    Q_INVOKABLE void fit();
    // Zooms by `factor` (> 1: in) keeping the time under item x fixed.
    Q_INVOKABLE void zoomAt(double x, double factor);
    // Scrolls the rows by `px` (positive: later rows come into view), for the wheel over the headers.
    Q_INVOKABLE void scrollRows(double px);
    // Hides or shows a track by id; folds or unfolds a group by id.
    Q_INVOKABLE void setTrackHidden(const QString& id, bool hidden);
    Q_INVOKABLE void toggleFolded(const QString& id);
    Q_INVOKABLE void showAllTracks();
    // The playhead to the frame at item x (nearest frame start, clamped to the shot).
    Q_INVOKABLE void movePlayheadTo(double x);
    // A key at the playhead after moving it to item x: in the channel of the row at item y, or
    // (on the Camera row) in every channel. False when refused or off a camera row.
    Q_INVOKABLE bool addKeyAt(double x, double y);

    // For tests and the painter.
    const TimeAxis& axis() const { return m_axis; }
    const TimelineLayout& layout();
    // The centre of a key's diamond in item pixels, if its row is shown.
    std::optional<QPointF> keyCentre(KeyId key);
    // A mark's bar in item pixels, if its actor's row is shown.
    std::optional<QRectF> markBar(const std::string& actor, std::size_t markIndex);
    // How long the last paint took, milliseconds.
    double lastPaintMs() const { return m_lastPaintMs; }

    void paint(QPainter* painter) override;

signals:
    void documentChanged();
    void rowsChanged();
    void timecodeLabelsChanged();
    void hoverTextChanged();
    void hintTextChanged();
    void viewChanged();
    // A right click at item (x, y): `onKeys` when it hit keys (now selected), `channel` the
    // RigChannel of the row (-1 when not a channel row), `cameraRow` on the Camera group row.
    void contextMenuRequested(double x, double y, bool onKeys, int channel, bool cameraRow);

protected:
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void hoverMoveEvent(QHoverEvent* event) override;
    void hoverLeaveEvent(QHoverEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private:
    enum class DragMode { None, Scrub, PressKey, MoveKeys, PressMark, MoveMark, Box };

    void onProjectChanged();
    void onShotChanged();
    void relayout();
    void setAxis(const TimeAxis& axis);
    void setScrollY(double y);
    void setHover(const QString& text, int warning);
    void setHint(const QString& text, bool isError);
    std::vector<TimelineWarning> warnings() const;
    const std::vector<ActorBlocking>* sceneBlocking() const;
    Flicks actionStart() const;
    const CameraRig* rig() const;
    // The time a drag puts its reference at: `time` snapped (frames, other keys, the playhead,
    // in/out) unless Ctrl is held.
    Flicks snapped(Flicks time, Qt::KeyboardModifiers modifiers, bool toKeys) const;
    void scrubTo(double x);
    void clickWarning(int index);
    void continueKeyMove(double x, Qt::KeyboardModifiers modifiers);
    void continueMarkMove(double x, Qt::KeyboardModifiers modifiers);
    void endDrag();
    QString describeAt(double x, double y);
    void followPlayhead();

    QPointer<ProjectDocument> m_document;
    TimelinePainter m_painter;
    TimeAxis m_axis;
    TimelineLayout m_layout;
    bool m_layoutStale = true;
    std::vector<TimelineTrack> m_tracks;
    TrackVisibility m_visibility;
    double m_scrollY = 0.0;
    bool m_needsFit = true;
    bool m_fitted = false;             // the axis shows the whole shot (refit when the width changes)
    bool m_timecodeLabels = false;
    QString m_hoverText;
    int m_hoveredWarning = -1;
    QString m_hintText;
    bool m_hintIsError = false;
    double m_lastPaintMs = 0.0;

    // The drag in progress.
    DragMode m_dragMode = DragMode::None;
    QPointF m_pressPx;
    QPointF m_lastPx;
    Flicks m_pressTime = 0;            // shot time under the press
    Flicks m_referenceTime = 0;        // the pressed key's time, or the grabbed mark time (shot time)
    std::optional<MarkHit> m_mark;     // the mark being retimed
    Flicks m_markArrive = 0;           // its times at the press (scene action time)
    Flicks m_markLeave = 0;
    std::string m_mergeKey;
    bool m_moved = false;              // a move step was made (beginMove called or a mark edit performed)
    bool m_boxAdds = false;            // Shift at the press: the box adds to the selection
};

} // namespace murnau
