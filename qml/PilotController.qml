import QtQuick
import Murnau.Bridge

// The pilot's input layer over the shot picture: P (or the Pilot button) enters and leaves, Esc
// leaves; while piloting, drag with the left button to look, W A D forward/left/right, Q E
// down/up (arrow keys too), S back while dragging, Shift faster, the wheel steps the lens. The
// Set key actions live here too: S keys the camera at the playhead (outside pilot mode the
// timeline's Set key), Shift+S the selected actor. A "PILOT" badge lists the keys. All the
// maths is in the bridge's Pilot (core/rig/fly_step.h).
Item {
    id: controller
    objectName: "pilotController"

    required property ProjectDocument document
    readonly property alias pilot: pilot

    // Keys held now, by Qt key code (fly keys only).
    property var held: ({})
    property bool dragging: false
    property real lastX: 0
    property real lastY: 0
    property real wheelAngle: 0   // wheel travel not yet turned into notches, eighths of a degree
    property double lastFlyMs: 0

    Pilot {
        id: pilot
        objectName: "pilot"
        document: controller.document
        onActiveChanged: {
            controller.held = ({})
            controller.dragging = false
            if (active)
                controller.forceActiveFocus()
        }
    }

    function isHeld(key) { return controller.held[key] === true }
    function axis(plus, minus) { return (plus ? 1 : 0) - (minus ? 1 : 0) }
    // The direction of flight from the held keys: x right, y up, z forward.
    function direction() {
        return Qt.vector3d(axis(isHeld(Qt.Key_D) || isHeld(Qt.Key_Right), isHeld(Qt.Key_A) || isHeld(Qt.Key_Left)),
                           axis(isHeld(Qt.Key_E) || isHeld(Qt.Key_PageUp), isHeld(Qt.Key_Q) || isHeld(Qt.Key_PageDown)),
                           axis(isHeld(Qt.Key_W) || isHeld(Qt.Key_Up), isHeld(Qt.Key_S) || isHeld(Qt.Key_Down)))
    }
    readonly property var flyKeys: [Qt.Key_W, Qt.Key_A, Qt.Key_D, Qt.Key_Q, Qt.Key_E, Qt.Key_Up, Qt.Key_Down,
                                    Qt.Key_Left, Qt.Key_Right, Qt.Key_PageUp, Qt.Key_PageDown, Qt.Key_Shift]
    function isFlyKey(key) { return flyKeys.indexOf(key) >= 0 || (key === Qt.Key_S && controller.dragging) }
    function setHeld(key, down) {
        const next = Object.assign({}, controller.held)
        if (down)
            next[key] = true
        else
            delete next[key]
        controller.held = next
    }
    readonly property bool flying: {
        const d = direction()
        return d.x !== 0 || d.y !== 0 || d.z !== 0
    }
    onFlyingChanged: lastFlyMs = Date.now()

    function toggle() {
        if (pilot.active)
            pilot.leave()
        else
            pilot.enter()
    }

    Keys.enabled: pilot.active
    // Claim the fly keys from the window's shortcuts while piloting (S only while dragging).
    Keys.onShortcutOverride: function(event) {
        // Ctrl+W and the like stay the window's.
        const plain = (event.modifiers & ~(Qt.ShiftModifier | Qt.KeypadModifier)) === 0
        if (pilot.active && plain && (isFlyKey(event.key) || event.key === Qt.Key_Escape))
            event.accepted = true
    }
    Keys.onPressed: function(event) {
        if (event.key === Qt.Key_Escape) {
            pilot.leave()
            event.accepted = true
            return
        }
        if (!isFlyKey(event.key))
            return
        event.accepted = true
        if (!event.isAutoRepeat)
            setHeld(event.key, true)
    }
    Keys.onReleased: function(event) {
        if (event.isAutoRepeat || controller.held[event.key] === undefined)
            return
        event.accepted = true
        setHeld(event.key, false)
    }
    onActiveFocusChanged: if (!activeFocus) held = ({})

    // One fly step per tick while a fly key is held, for the wall time since the last one.
    Timer {
        interval: 16
        repeat: true
        running: pilot.active && controller.flying
        onTriggered: {
            const now = Date.now()
            const seconds = Math.min(0.1, (now - controller.lastFlyMs) / 1000)
            controller.lastFlyMs = now
            pilot.fly(controller.direction(), seconds, controller.isHeld(Qt.Key_Shift))
        }
    }

    // Mouse look while the left button is held; the wheel steps the lens.
    MouseArea {
        anchors.fill: parent
        enabled: pilot.active
        acceptedButtons: Qt.LeftButton
        cursorShape: pressed ? Qt.ClosedHandCursor : Qt.CrossCursor
        onPressed: function(mouse) {
            controller.forceActiveFocus()
            controller.dragging = true
            controller.lastX = mouse.x
            controller.lastY = mouse.y
        }
        onPositionChanged: function(mouse) {
            pilot.look(mouse.x - controller.lastX, mouse.y - controller.lastY, controller.height)
            controller.lastX = mouse.x
            controller.lastY = mouse.y
        }
        onReleased: {
            controller.dragging = false
            controller.setHeld(Qt.Key_S, false)
        }
        onCanceled: controller.dragging = false
        onWheel: function(wheel) {
            controller.wheelAngle += wheel.angleDelta.y
            const notches = controller.wheelAngle > 0 ? Math.floor(controller.wheelAngle / 120)
                                                      : Math.ceil(controller.wheelAngle / 120)
            if (notches !== 0) {
                controller.wheelAngle -= notches * 120
                pilot.zoom(notches)
            }
        }
    }

    Shortcut {
        sequence: "P"
        enabled: controller.document.loaded && controller.visible
        onActivated: controller.toggle()
    }
    Shortcut {
        objectName: "setKeyShortcut"
        sequence: "S"
        enabled: controller.document.loaded
        // Piloting: key the piloted pose. Otherwise the timeline's Set key (TimelineCommands.setKey:
        // the channels the curve editor shows, else all), or the camera setup without a shot.
        onActivated: {
            if (pilot.active || !controller.document.player.hasShot)
                pilot.setKey()
            else
                TimelineCommands.setKey(controller.document)
        }
    }
    Shortcut {
        sequence: "Shift+S"
        enabled: controller.document.loaded
        onActivated: pilot.setActorKey()
    }

    // The way in: a button in the picture's corner.
    Rectangle {
        id: enterButton
        objectName: "pilotButton"
        anchors { right: parent.right; top: parent.top; margins: 10 }
        visible: !pilot.active
        width: enterLabel.implicitWidth + 20
        height: 26
        radius: 4
        color: enterArea.containsMouse ? Theme.panelRaised : Qt.rgba(0.09, 0.09, 0.10, 0.75)
        border { color: Theme.divider; width: 1 }
        Text {
            textFormat: Text.PlainText
            id: enterLabel
            anchors.centerIn: parent
            text: qsTr("Pilot  P")
            color: Theme.text
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        MouseArea {
            id: enterArea
            anchors.fill: parent
            hoverEnabled: true
            onClicked: pilot.enter()
        }
    }

    // While piloting: an accent frame round the picture and the badge with the keys.
    Rectangle {
        anchors.fill: parent
        visible: pilot.active
        color: "transparent"
        border { color: Theme.accent; width: 2 }
    }
    Rectangle {
        id: badge
        objectName: "pilotBadge"
        visible: pilot.active
        anchors { left: parent.left; top: parent.top; margins: 10 }
        width: badgeColumn.implicitWidth + 20
        height: badgeColumn.implicitHeight + 14
        radius: 4
        color: Qt.rgba(0.06, 0.06, 0.07, 0.82)
        border { color: Theme.accent; width: 1 }
        Column {
            id: badgeColumn
            x: 10
            y: 7
            spacing: 3
            Row {
                spacing: 10
                Text {
                    textFormat: Text.PlainText
                    text: qsTr("PILOT")
                    color: Theme.accent
                    font { family: Theme.fontFamily; pixelSize: Theme.fontNormal; bold: true; letterSpacing: 2 }
                }
                Text {
                    textFormat: Text.PlainText
                    anchors.verticalCenter: parent.verticalCenter
                    text: pilot.onShot ? qsTr("keys at %1").arg(controller.document.player.timecode)
                                       : qsTr("moves camera %1").arg(controller.document.shotCamera.name)
                    color: Theme.textDim
                    font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                }
            }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Drag to look  \u00b7  W A D, \u2190\u2191\u2192\u2193 fly  \u00b7  Q E down/up  \u00b7  S back while dragging  \u00b7  Shift fast")
                color: Theme.text
                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
            }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Wheel lens (%1 mm)  \u00b7  S set key  \u00b7  Shift+S key actor  \u00b7  Esc leave")
                          .arg(Math.round(pilot.focalLengthMm * 10) / 10)
                color: Theme.text
                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pilotMessage"
                visible: text.length > 0
                text: pilot.messageText
                color: controller.document.errorText.length > 0 && text === controller.document.errorText
                       ? Theme.error : Theme.accent
                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                width: Math.min(implicitWidth, controller.width - 40)
                wrapMode: Text.Wrap
            }
        }
    }
}
