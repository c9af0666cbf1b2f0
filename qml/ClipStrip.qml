import QtQuick
import QtQuick.Controls
import Murnau.Bridge

// The shots as clips along the top of the timeline panel, like an editor's timeline: every
// scene's shots in script order (ShotClipModel), each as long as the shot, grouped under its
// scene's label. Click a clip to show the shot, drag it to move it (also into another scene),
// drag its right edge to trim the shot in whole frames; each move or trim is one undo step.
// Ctrl+wheel zooms the time scale, the wheel scrolls; the strip opens fitted to its width.
Rectangle {
    id: strip

    required property ProjectDocument document

    // The time scale, pixels per second of shot: the fitted scale times the user's zoom.
    readonly property real pixelsPerSecond: fitScale * zoom
    property real zoom: 1.0
    // Fits every clip into the width; kept while a clip is trimmed or moved, so the edge stays
    // under the pointer, and refitted when the shots or the width change otherwise.
    property real fitScale: 10
    readonly property real sceneGap: 16       // room between two scenes, pixels
    readonly property real leftPadding: 8
    readonly property bool editing: clipRepeater.busy
    readonly property alias clipModel: shotClips

    implicitHeight: 96
    color: Theme.panel

    function refit() {
        if (strip.editing)
            return
        const room = flick.width - 2 * leftPadding - Math.max(0, shotClips.sceneCount - 1) * sceneGap
        fitScale = shotClips.totalSeconds > 0 ? Math.max(1, room / shotClips.totalSeconds) : 10
    }
    onWidthChanged: refit()

    ShotClipModel {
        id: shotClips
        objectName: "shotClipModel"
        document: strip.document
        onCountChanged: strip.refit()
        onDocumentChanged: strip.refit()
    }

    // Moves a shot (one undo step); the document says why when it is refused.
    function moveClip(shotId, sceneIndex, index) { shotClips.moveShot(shotId, sceneIndex, index) }

    // The place a moved clip would land: the nearest gap between clips of one scene, or either
    // end of a scene. {sceneIndex, index (in that scene's list before the clip is taken out),
    // x (content pixels)}.
    function slotNear(contentX) {
        let best = null
        for (let i = 0; i < clipRepeater.count; ++i) {
            const item = clipRepeater.itemAt(i)
            if (!item)
                continue
            const candidates = [{ sceneIndex: item.sceneIndex, index: item.shotIndex, x: item.x - 1 }]
            const next = clipRepeater.itemAt(i + 1)
            if (!next || next.sceneIndex !== item.sceneIndex)
                candidates.push({ sceneIndex: item.sceneIndex, index: item.shotIndex + 1, x: item.x + item.width + 1 })
            for (const c of candidates)
                if (best === null || Math.abs(c.x - contentX) < Math.abs(best.x - contentX))
                    best = c
        }
        return best
    }

    Flickable {
        id: flick
        objectName: "clipFlick"
        anchors { fill: parent; topMargin: 20; bottomMargin: 8 }
        contentWidth: Math.max(width, strip.leftPadding * 2 + shotClips.totalSeconds * strip.pixelsPerSecond
                               + Math.max(0, shotClips.sceneCount - 1) * strip.sceneGap)
        contentHeight: height
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: false
        interactive: false   // the clips take the left button; the wheel and the scroll bar move it
        ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded; height: 6 }

        WheelHandler {
            // Ctrl+wheel zooms the time scale about the pointer; the plain wheel scrolls.
            onWheel: function(event) {
                const delta = event.angleDelta.y !== 0 ? event.angleDelta.y : event.angleDelta.x
                if (event.modifiers & Qt.ControlModifier) {
                    // event.x is in content coordinates (the handler sits in the content item).
                    const factor = Math.pow(1.25, delta / 120)
                    const viewX = event.x - flick.contentX
                    const seconds = (event.x - strip.leftPadding) / strip.pixelsPerSecond
                    strip.zoom = Math.max(0.25, Math.min(64, strip.zoom * factor))
                    flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width,
                                                          strip.leftPadding + seconds * strip.pixelsPerSecond - viewX))
                } else {
                    flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, flick.contentX - delta))
                }
            }
        }

        Repeater {
            id: clipRepeater
            objectName: "clipRepeater"
            model: shotClips
            // A clip is being trimmed or moved.
            property bool busy: false

            delegate: ClipItem {
                id: clipItem
                required property int sceneIndex
                required property int shotIndex
                objectName: "clip_" + shotId
                height: flick.height - 6
                clips: shotClips
                pixelsPerSecond: strip.pixelsPerSecond
                sceneGap: strip.sceneGap
                leftPadding: strip.leftPadding
                onTrimmingChanged: clipRepeater.busy = trimming
                onReorderMoved: function(contentX) {
                    clipRepeater.busy = true
                    const slot = strip.slotNear(contentX)
                    dropMark.visible = slot !== null
                    if (slot)
                        dropMark.x = slot.x - dropMark.width / 2
                }
                onReorderDropped: function(contentX) {
                    dropMark.visible = false
                    const slot = strip.slotNear(contentX)
                    if (slot) {
                        // moveShot's index counts after the clip is taken out of its scene.
                        let index = slot.index
                        if (slot.sceneIndex === sceneIndex && index > shotIndex)
                            index -= 1
                        // After this handler: the move rebuilds the clips, this one included.
                        if (slot.sceneIndex !== sceneIndex || index !== shotIndex)
                            Qt.callLater(strip.moveClip, shotId, slot.sceneIndex, index)
                    }
                    clipRepeater.busy = false
                }
                onReorderCancelled: {
                    dropMark.visible = false
                    clipRepeater.busy = false
                }
            }
        }

        // Where a moved clip will land.
        Rectangle {
            id: dropMark
            objectName: "clipDropMark"
            visible: false
            y: -4
            width: 3
            height: flick.height
            color: Theme.accent
            z: 20
        }
    }

    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: shotClips.count === 0
        text: strip.document.loaded ? qsTr("No shots: add one in the shot list") : ""
        color: Theme.textFaint
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    }

    // The thumbnails' renderer: out of sight, drawing only while a thumbnail is made.
    ClipThumbnailRenderer {
        document: strip.document
        thumbnailer: shotClips.thumbnailer
    }

    Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.divider }
}
