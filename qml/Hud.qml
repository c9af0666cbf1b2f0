import QtQuick
import Murnau.Bridge

// The HUD strip under the picture: lens, sensor, delivery aspect, stop, focus, camera
// height and the nearest actor with distance and shot size. Values come from the bridge.
Rectangle {
    id: hud

    required property ProjectDocument document
    readonly property ShotCamera shotCamera: document.shotCamera

    readonly property bool valid: shotCamera !== null && shotCamera.valid
    readonly property bool compact: width < 1150   // tighter type and spacing on small windows

    color: Theme.panel

    // A caption over a value.
    component Field: Column {
        property string caption
        property string value
        property color valueColor: Theme.text
        property bool compact: false   // smaller value type for small windows
        spacing: 3
        Text {
            text: parent.caption
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: 10; letterSpacing: 1.2 }
        }
        Text {
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

    Row {
        id: fields
        anchors { left: parent.left; leftMargin: hud.compact ? 14 : 20; verticalCenter: parent.verticalCenter }
        spacing: hud.compact ? 14 : 22
        visible: hud.valid

        Field { compact: hud.compact; caption: qsTr("LENS"); value: hud.valid ? hud.shotCamera.lensLabel : "" }
        Field { compact: hud.compact; caption: qsTr("SENSOR"); value: hud.valid ? hud.shotCamera.sensorLabel : "" }
        Field { compact: hud.compact; caption: qsTr("DELIVERY"); value: hud.valid ? hud.shotCamera.deliveryLabel : "" }
        Separator { anchors.verticalCenter: parent.verticalCenter }
        Field { compact: hud.compact; caption: qsTr("STOP"); value: hud.valid ? hud.shotCamera.stopLabel : "" }
        Field { compact: hud.compact; caption: qsTr("FOCUS"); value: hud.valid ? hud.shotCamera.focusDistanceM.toFixed(2) + " m" : "" }
        Field { compact: hud.compact; caption: qsTr("HEIGHT"); value: hud.valid ? hud.shotCamera.cameraHeightM.toFixed(2) + " m" : "" }
        Separator { anchors.verticalCenter: parent.verticalCenter }
        Field {
            compact: hud.compact
            caption: qsTr("NEAREST ACTOR")
            value: !hud.valid ? ""
                 : hud.shotCamera.hasNearestActor
                   ? qsTr("%1  %2 m").arg(hud.shotCamera.nearestActorName).arg(hud.shotCamera.nearestActorDistanceM.toFixed(2))
                   : qsTr("none in front")
        }
        Field {
            compact: hud.compact
            caption: qsTr("SHOT SIZE")
            value: hud.valid && hud.shotCamera.hasNearestActor ? hud.shotCamera.nearestShotSize : "\u2014"
            valueColor: Theme.accent
        }
    }
    // The shot size spelled out, where there is room for it.
    Text {
        anchors { right: parent.right; rightMargin: 20; verticalCenter: parent.verticalCenter }
        visible: hud.valid && hud.shotCamera.hasNearestActor
                 && fields.x + fields.width + 24 + implicitWidth <= hud.width - 20
        text: hud.valid ? hud.shotCamera.nearestShotSizeName : ""
        color: Theme.textDim
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall; italic: true }
    }
}
