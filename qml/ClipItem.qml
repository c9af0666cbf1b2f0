import QtQuick
import QtQuick.Controls
import Murnau.Bridge

// One shot as a clip on the strip (ClipStrip): as long as the shot (pixelsPerSecond), its number
// and name on top, its first frame as a thumbnail under them, its length as timecode. A click
// shows the shot; a drag moves it (the strip finds where it lands); dragging the right edge trims
// the shot's length in whole frames, one undo step per drag. Positions are in the strip's content
// coordinates (the item's parent).
Item {
    id: shotClip

    // The row, from ShotClipModel's roles.
    required property int index
    required property string shotId
    required property int sceneOrdinal
    required property string sceneLabel
    required property bool firstInScene
    required property string number
    required property string name
    required property double startSeconds
    required property double durationSeconds
    required property int frameCount
    required property string durationLabel
    required property string frameRateLabel
    required property double fps
    required property bool isShown
    required property string thumbnail

    // Set by the strip.
    required property ShotClipModel clips
    required property real pixelsPerSecond   // the strip's time scale
    required property real sceneGap          // room between two scenes, pixels
    required property real leftPadding       // room before the first clip, pixels

    // While the clip is dragged to a new place: where the pointer is, content x.
    signal reorderMoved(real contentX)
    signal reorderDropped(real contentX)
    signal reorderCancelled()

    readonly property int gap: 2   // pixels between neighbouring clips
    readonly property bool reordering: body.reordering
    readonly property bool trimming: trimHandle.pressed

    x: leftPadding + startSeconds * pixelsPerSecond + sceneOrdinal * sceneGap
    width: Math.max(3, durationSeconds * pixelsPerSecond - gap)
    z: reordering ? 10 : 0

    // The scene's label over its first shotClip.
    Text {
        textFormat: Text.PlainText
        visible: shotClip.firstInScene
        y: -height - 3
        width: Math.max(shotClip.width, 40)
        text: shotClip.sceneLabel
        color: Theme.textDim
        elide: Text.ElideRight
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    }

    Rectangle {
        id: card
        objectName: "clipCard"
        width: shotClip.width
        height: shotClip.height
        // Follows the pointer while the clip is being moved.
        x: body.reordering ? body.dragOffset : 0
        opacity: body.reordering ? 0.75 : 1.0
        radius: 2
        color: shotClip.isShown ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.16) : Theme.panelRaised
        border.color: shotClip.isShown ? Theme.accent : (body.containsMouse ? Theme.textFaint : Theme.divider)
        border.width: shotClip.isShown ? 2 : 1
        clip: true

        // Number (bold) and name: plain text, since both come from the project file.
        Text {
            id: numberLabel
            anchors { left: parent.left; top: parent.top; leftMargin: 5; topMargin: 3 }
            text: shotClip.number
            textFormat: Text.PlainText
            color: title.color
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall; bold: true }
        }
        Text {
            id: title
            anchors { left: numberLabel.right; right: parent.right; top: parent.top; leftMargin: 8; rightMargin: 5; topMargin: 3 }
            text: shotClip.name
            textFormat: Text.PlainText
            color: shotClip.isShown ? Theme.text : Theme.textDim
            elide: Text.ElideRight
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }

        // The shot's first frame, rendered (ShotThumbnailer); the panel colour until it is.
        Rectangle {
            id: frame
            anchors { left: parent.left; top: title.bottom; bottom: parent.bottom; margins: 3; topMargin: 3 }
            width: Math.min(parent.width - 6, height * (picture.implicitHeight > 0 ? picture.implicitWidth / picture.implicitHeight : 16 / 9))
            color: Theme.window
            Image {
                id: picture
                objectName: "clipThumbnail"
                anchors.fill: parent
                source: shotClip.thumbnail
                cache: false
                smooth: true
                mipmap: true
                fillMode: Image.PreserveAspectCrop
            }
        }

        // The length as timecode, over the thumbnail's corner when the clip is narrow.
        Rectangle {
            anchors { right: parent.right; bottom: parent.bottom; margins: 4 }
            width: lengthText.implicitWidth + 8
            height: lengthText.implicitHeight + 2
            color: Qt.rgba(0, 0, 0, 0.55)
            radius: 2
            Text {
                textFormat: Text.PlainText
                id: lengthText
                anchors.centerIn: parent
                text: shotClip.durationLabel
                color: shotClip.trimming ? Theme.accent : Theme.text
                font { family: Theme.monoFamily; pixelSize: Theme.fontSmall - 1 }
            }
        }
    }

    // Click: show the shot. Drag: move it (the strip shows and makes the move).
    MouseArea {
        id: body
        objectName: "clipBody"
        anchors.fill: parent
        anchors.rightMargin: trimHandle.width
        hoverEnabled: true
        acceptedButtons: Qt.LeftButton

        property real pressContentX: 0
        property real dragOffset: 0
        property bool reordering: false
        readonly property real threshold: 6   // pixels before a press becomes a move

        function contentX(mouse) { return mapToItem(shotClip.parent, mouse.x, mouse.y).x }

        onPressed: function(mouse) {
            pressContentX = contentX(mouse)
            dragOffset = 0
            reordering = false
        }
        onPositionChanged: function(mouse) {
            if (!pressed)
                return
            const x = contentX(mouse)
            if (!reordering && Math.abs(x - pressContentX) < threshold)
                return
            reordering = true
            dragOffset = x - pressContentX
            shotClip.reorderMoved(x)
        }
        onReleased: function(mouse) {
            if (reordering) {
                reordering = false
                dragOffset = 0
                shotClip.reorderDropped(contentX(mouse))
            } else {
                shotClip.clips.select(shotClip.shotId)
            }
        }
        onCanceled: {
            if (reordering)
                shotClip.reorderCancelled()
            reordering = false
            dragOffset = 0
        }

        ToolTip.visible: containsMouse && !pressed
        ToolTip.delay: 700
        ToolTip.text: qsTr("Shot %1  %2\n%3 (%4 frames at %5 fps)\nClick to show, drag to move, drag the right edge to trim")
                      .arg(shotClip.number).arg(shotClip.name).arg(shotClip.durationLabel).arg(shotClip.frameCount).arg(shotClip.frameRateLabel)
    }

    // The right edge: drag to trim the shot's length, in whole frames of its rate, one undo step.
    MouseArea {
        id: trimHandle
        objectName: "clipTrimHandle"
        anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
        width: 7
        hoverEnabled: true
        cursorShape: Qt.SizeHorCursor
        preventStealing: true

        property real pressContentX: 0
        property real pressSeconds: 0
        property int lastFrames: 0

        Rectangle {
            anchors { top: parent.top; bottom: parent.bottom; right: parent.right }
            width: 3
            color: Theme.accent
            visible: trimHandle.containsMouse || trimHandle.pressed
        }

        onPressed: function(mouse) {
            pressContentX = mapToItem(shotClip.parent, mouse.x, mouse.y).x
            pressSeconds = shotClip.durationSeconds
            lastFrames = shotClip.frameCount
        }
        onPositionChanged: function(mouse) {
            if (!pressed)
                return
            const dx = mapToItem(shotClip.parent, mouse.x, mouse.y).x - pressContentX
            // The pointer's travel on the strip's scale, to whole frames, never under one frame.
            const frames = Math.max(1, shotClip.clips.snappedFrames(shotClip.shotId, pressSeconds + dx / shotClip.pixelsPerSecond))
            if (frames === lastFrames)
                return
            lastFrames = frames
            shotClip.clips.trimShot(shotClip.shotId, frames / shotClip.fps)
        }
        onReleased: shotClip.clips.endTrim()
        onCanceled: shotClip.clips.endTrim()
    }
}
