import QtQuick
import Murnau.Bridge

// The HUD strip under the picture: timecode and frame, lens, stop, focus, camera height, the
// move's speed, and the selected (else the nearest) actor's distance and shot size. Values come
// from the bridge; lengths in the project's display units.
Rectangle {
    id: hud

    required property ProjectDocument document
    readonly property ShotCamera shotCamera: document.shotCamera

    readonly property bool valid: shotCamera !== null && shotCamera.valid
    readonly property bool compact: width < 1000   // tighter type and spacing on small windows

    color: Theme.panel

    // A caption over a value.
    component Field: Column {
        property string caption
        property string value
        property color valueColor: Theme.text
        property bool compact: false   // smaller value type for small windows
        spacing: 3
        Text {
            textFormat: Text.PlainText
            text: parent.caption
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: 10; letterSpacing: 1.2 }
        }
        Text {
            textFormat: Text.PlainText
            text: parent.value
            color: parent.valueColor
            font { family: Theme.monoFamily; pixelSize: parent.compact ? Theme.fontNormal : Theme.fontLarge }
        }
    }
    component Separator: Rectangle {
        width: 1
        height: 30
        color: Theme.divider
    }

    Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.divider }

    // The actor the distance and shot size are about: the selected actor, else the nearest in front.
    readonly property string subjectName: document.selection.kind === "actor" ? document.selection.name
                                        : (valid && shotCamera.hasNearestActor ? shotCamera.nearestActorName : "")
    readonly property var subject: valid && subjectName.length > 0 ? shotCamera.framingOf(subjectName) : ({ found: false })
    function length(metres) { return document.formatLength(metres, document.displayUnits) }

    Row {
        id: fields
        anchors { left: parent.left; leftMargin: hud.compact ? 12 : 18; verticalCenter: parent.verticalCenter }
        spacing: hud.compact ? 12 : 20
        visible: hud.valid

        Field {
            objectName: "hudTimecode"
            compact: hud.compact
            caption: hud.document.player.hasShot ? qsTr("TC  ·  FRAME %1").arg(hud.document.player.frame) : qsTr("TC")
            value: hud.document.player.hasShot ? hud.document.player.timecode : "—"
        }
        Separator { anchors.verticalCenter: parent.verticalCenter }
        Field { compact: hud.compact; caption: qsTr("LENS"); value: hud.valid ? hud.shotCamera.lensLabel : "" }
        Field { compact: hud.compact; caption: qsTr("STOP"); value: hud.valid ? hud.shotCamera.stopLabel : "" }
        Field { compact: hud.compact; caption: qsTr("FOCUS"); value: hud.valid ? hud.length(hud.shotCamera.focusDistanceM) : "" }
        Field { compact: hud.compact; caption: qsTr("HEIGHT"); value: hud.valid ? hud.length(hud.shotCamera.cameraHeightM) : "" }
        Field {
            objectName: "hudSpeed"
            compact: hud.compact
            caption: qsTr("SPEED")
            // The lens's speed through space: what the move asks of the dolly, crane and grip.
            value: hud.valid && hud.shotCamera.hasMotion ? hud.length(hud.shotCamera.speedMps) + "/s" : "—"
        }
        Separator { anchors.verticalCenter: parent.verticalCenter }
        Field {
            objectName: "hudSubject"
            compact: hud.compact
            caption: hud.document.selection.kind === "actor" ? qsTr("SELECTED") : qsTr("NEAREST")
            value: !hud.valid ? ""
                 : hud.subject.found ? qsTr("%1  %2").arg(hud.subject.name).arg(hud.length(hud.subject.distanceM))
                 : hud.subjectName.length > 0 ? qsTr("%1 behind").arg(hud.subjectName) : qsTr("none in front")
        }
        Field {
            compact: hud.compact
            caption: qsTr("SIZE")
            value: hud.subject.found ? hud.subject.shotSize : "—"
            valueColor: Theme.accent
        }
    }
    // The shot size spelled out, where there is room for it.
    Text {
        textFormat: Text.PlainText
        anchors { right: parent.right; rightMargin: 20; verticalCenter: parent.verticalCenter }
        visible: hud.subject.found && fields.x + fields.width + 24 + implicitWidth <= hud.width - 20
        text: hud.subject.found ? hud.subject.shotSizeName : ""
        color: Theme.textDim
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall; italic: true }
    }
}
