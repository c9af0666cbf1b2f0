import QtQuick
import QtQuick3D

// Mouse and keyboard control of the free view's camera, like a 3D package: left-drag orbits
// around a pivot, middle-drag (or Shift+left-drag) pans, the wheel dollies towards the point under
// the cursor, right-drag looks around and WASD/QE fly while the right button is held (Shift: 4x
// faster), F frames the set. Takes keyboard focus only when clicked. Positions in scene units.
Item {
    id: control

    required property PerspectiveCamera camera
    required property View3D view
    property rect boundsM: Qt.rect(0, 0, 0, 0)    // the set on the floor (x, z), metres, for F
    property real unitsPerMetre: Theme.sceneUnitsPerMetre

    // The orbit: the camera sits `distance` from `pivot`, turned by yaw (about +Y) and pitch (about its +X).
    property vector3d pivot: Qt.vector3d(0, 0, 0)
    property real distance: 1500
    property real yawDeg: 20
    property real pitchDeg: -68

    readonly property real orbitDegPerPx: 0.3
    readonly property real lookDegPerPx: 0.2
    readonly property real wheelStep: 0.85          // distance kept per wheel notch towards the scene
    readonly property real flySpeedMps: 3           // WASD speed, metres per second (Shift: 4x)
    readonly property real minDistance: 0.2 * unitsPerMetre
    readonly property real maxDistance: 2000 * unitsPerMetre
    property bool framedOnce: false                  // the set has been framed automatically once

    // Keys held while flying.
    property var held: ({})
    property bool fast: false

    focus: false
    activeFocusOnTab: false

    function clampPitch(deg) { return Math.max(-89, Math.min(89, deg)) }

    // The camera's forward for eulerRotation (pitch, yaw, 0): Ry(yaw) Rx(pitch) (0, 0, -1).
    function forwardOf(yawDegrees, pitchDegrees) {
        const yaw = yawDegrees * Math.PI / 180
        const pitch = pitchDegrees * Math.PI / 180
        return Qt.vector3d(-Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch))
    }

    // Writes the orbit into the camera.
    function apply() {
        camera.eulerRotation = Qt.vector3d(pitchDeg, yawDeg, 0)
        camera.position = pivot.minus(forwardOf(yawDeg, pitchDeg).times(distance))
    }

    // Frames the set: the pivot at the floor's centre, the whole floor's diagonal in view.
    function frameSet() {
        if (boundsM.width <= 0 && boundsM.height <= 0)
            return
        const cx = (boundsM.x + boundsM.width / 2) * unitsPerMetre
        const cz = (boundsM.y + boundsM.height / 2) * unitsPerMetre
        const radius = 0.5 * Math.sqrt(boundsM.width * boundsM.width + boundsM.height * boundsM.height) * unitsPerMetre
        const halfFov = Math.min(camera.fieldOfView, camera.fieldOfView * Math.max(1, view.width / Math.max(1, view.height))) / 2
        pivot = Qt.vector3d(cx, 0.5 * unitsPerMetre, cz)
        distance = Math.min(maxDistance, Math.max(minDistance, radius / Math.sin(halfFov * Math.PI / 180)))
        apply()
    }

    onBoundsMChanged: {
        if (!framedOnce && (boundsM.width > 0 || boundsM.height > 0)) {
            framedOnce = true
            frameSet()
        }
    }
    Component.onCompleted: apply()

    // Scene units per pixel at the pivot's depth (for panning so the pivot follows the cursor).
    function unitsPerPixel() {
        return 2 * distance * Math.tan(camera.fieldOfView * Math.PI / 360) / Math.max(1, view.height)
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.MiddleButton | Qt.RightButton
        hoverEnabled: false
        property point last
        property int mode: 0   // 0 none, 1 orbit, 2 pan, 3 look/fly

        onPressed: function(event) {
            control.forceActiveFocus()
            last = Qt.point(event.x, event.y)
            if (event.button === Qt.MiddleButton || (event.button === Qt.LeftButton && (event.modifiers & Qt.ShiftModifier)))
                mode = 2
            else if (event.button === Qt.LeftButton)
                mode = 1
            else {
                mode = 3
                control.lastTickMs = Date.now()
                flyTimer.start()
            }
        }
        onReleased: function(event) {
            if ((mode === 3 && event.button === Qt.RightButton) || mode !== 3) {
                mode = 0
                flyTimer.stop()
                control.held = ({})
            }
        }
        onPositionChanged: function(event) {
            const dx = event.x - last.x
            const dy = event.y - last.y
            last = Qt.point(event.x, event.y)
            if (mode === 1) {
                control.yawDeg -= dx * control.orbitDegPerPx
                control.pitchDeg = control.clampPitch(control.pitchDeg - dy * control.orbitDegPerPx)
                control.apply()
            } else if (mode === 2) {
                const k = control.unitsPerPixel()
                control.pivot = control.pivot.plus(control.camera.right.times(-dx * k)).plus(control.camera.up.times(dy * k))
                control.apply()
            } else if (mode === 3) {
                // Look around from where the camera stands: turn, then move the pivot in front of it.
                const eye = control.pivot.minus(control.forwardOf(control.yawDeg, control.pitchDeg).times(control.distance))
                control.yawDeg -= dx * control.lookDegPerPx
                control.pitchDeg = control.clampPitch(control.pitchDeg - dy * control.lookDegPerPx)
                control.pivot = eye.plus(control.forwardOf(control.yawDeg, control.pitchDeg).times(control.distance))
                control.apply()
            }
        }
        onWheel: function(wheel) {
            const notches = wheel.angleDelta.y / 120
            if (notches === 0)
                return
            const keep = Math.pow(control.wheelStep, notches)
            const newDistance = Math.min(control.maxDistance, Math.max(control.minDistance, control.distance * keep))
            // Towards the cursor: the point under it at the pivot's depth stays under it.
            const target = control.view.mapTo3DScene(Qt.vector3d(wheel.x, wheel.y, control.distance))
            const moved = 1 - newDistance / control.distance
            control.pivot = control.pivot.plus(target.minus(control.pivot).times(moved))
            control.distance = newDistance
            control.apply()
        }
    }

    Keys.onPressed: function(event) {
        if (event.key === Qt.Key_F && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
            frameSet()
            event.accepted = true
            return
        }
        fast = (event.modifiers & Qt.ShiftModifier) !== 0
        if (mouse.mode === 3 && !event.isAutoRepeat && [Qt.Key_W, Qt.Key_A, Qt.Key_S, Qt.Key_D, Qt.Key_Q, Qt.Key_E].indexOf(event.key) >= 0) {
            const keys = held
            keys[event.key] = true
            held = keys
            event.accepted = true
        }
    }
    Keys.onReleased: function(event) {
        fast = (event.modifiers & Qt.ShiftModifier) !== 0
        if (event.isAutoRepeat || !(event.key in held))
            return
        const keys = held
        delete keys[event.key]
        held = keys
        event.accepted = true
    }

    // Flying: moves the camera and the pivot together while keys are held.
    property real lastTickMs: 0
    Timer {
        id: flyTimer
        interval: 16
        repeat: true
        onTriggered: {
            const now = Date.now()
            const seconds = Math.min(0.1, (now - control.lastTickMs) / 1000)
            control.lastTickMs = now
            const k = held
            const along = (k[Qt.Key_W] ? 1 : 0) - (k[Qt.Key_S] ? 1 : 0)
            const side = (k[Qt.Key_D] ? 1 : 0) - (k[Qt.Key_A] ? 1 : 0)
            const rise = (k[Qt.Key_E] ? 1 : 0) - (k[Qt.Key_Q] ? 1 : 0)
            if (along === 0 && side === 0 && rise === 0)
                return
            const step = control.flySpeedMps * (control.fast ? 4 : 1) * seconds * control.unitsPerMetre
            const move = control.forwardOf(control.yawDeg, control.pitchDeg).times(along * step)
                         .plus(control.camera.right.times(side * step))
                         .plus(Qt.vector3d(0, rise * step, 0))
            control.pivot = control.pivot.plus(move)
            control.apply()
        }
    }
}
