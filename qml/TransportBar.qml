import QtQuick
import QtQuick.Controls
import Murnau.Bridge

// The transport under the views: which shot is shown, play/pause, frame steps, loop, the in/out
// range, the shuttle speed, a scrub bar, timecode and frame number. Keys as in editing software:
// Space play/pause, Left/Right one frame, Shift+Left/Right one second, Home/End first/last
// frame, J/K/L shuttle (L forward 1x, 2x, 4x, 8x; J backwards; K pauses), I/O in and out
// points, Alt+X clears them, K while paused sets a key at the playhead (in the channels the
// curve editor shows, else in all; S does the same outside pilot mode, PilotController.qml).
// The shortcuts are the window's: a text field with the focus keeps its letters.
Rectangle {
    id: transport

    required property ProjectDocument document
    readonly property ShotPlayer player: document.player

    implicitHeight: 44
    height: implicitHeight
    color: Theme.panel

    Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.divider }

    // A flat text button in the theme.
    component TransportButton: ToolButton {
        property string tip
        implicitWidth: 34
        implicitHeight: 30
        font { family: Theme.fontFamily; pixelSize: Theme.fontLarge }
        ToolTip.visible: hovered && tip.length > 0
        ToolTip.text: tip
        ToolTip.delay: 600
    }

    Row {
        id: controls
        anchors { left: parent.left; leftMargin: 10; verticalCenter: parent.verticalCenter }
        spacing: 4

        ComboBox {
            id: shotBox
            delegate: PlainComboDelegate { combo: shotBox }   // shot names as plain text
            objectName: "shotBox"
            width: 250
            anchors.verticalCenter: parent.verticalCenter
            // "Set (no shot)" first, then every shot in script order.
            model: [qsTr("Set \u2014 no shot")].concat(transport.player.shots.map(s => s.label))
            currentIndex: {
                const shots = transport.player.shots
                for (let i = 0; i < shots.length; ++i)
                    if (shots[i].shotId === transport.player.shotId)
                        return i + 1
                return 0
            }
            onActivated: function(index) {
                transport.player.selectShot(index === 0 ? "" : transport.player.shots[index - 1].shotId)
            }
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Item { width: 8; height: 1 }
        TransportButton {
            objectName: "firstFrameButton"
            text: "|\u25c2"
            tip: qsTr("First frame (Home)")
            enabled: transport.player.hasShot
            onClicked: transport.player.frame = 0
        }
        TransportButton {
            text: "\u25c2"
            tip: qsTr("Previous frame (Left)")
            enabled: transport.player.hasShot
            onClicked: transport.player.stepFrames(-1)
        }
        TransportButton {
            objectName: "playButton"
            text: transport.player.playing ? "\u2016" : "\u25b6"
            tip: transport.player.playing ? qsTr("Pause (Space)") : qsTr("Play (Space)")
            enabled: transport.player.hasShot
            onClicked: transport.player.togglePlay()
        }
        TransportButton {
            text: "\u25b8"
            tip: qsTr("Next frame (Right)")
            enabled: transport.player.hasShot
            onClicked: transport.player.stepFrames(1)
        }
        TransportButton {
            text: "\u25b8|"
            tip: qsTr("Last frame (End)")
            enabled: transport.player.hasShot
            onClicked: transport.player.frame = transport.player.frameCount - 1
        }
        TransportButton {
            objectName: "inButton"
            text: "["
            tip: transport.player.inFrame >= 0 ? qsTr("In point at frame %1 (I sets it at the playhead)").arg(transport.player.inFrame)
                                               : qsTr("Set the in point at the playhead (I)")
            checked: transport.player.inFrame >= 0
            enabled: transport.player.hasShot
            onClicked: transport.player.markIn()
        }
        TransportButton {
            objectName: "outButton"
            text: "]"
            tip: transport.player.outFrame >= 0 ? qsTr("Out point at frame %1 (O sets it at the playhead)").arg(transport.player.outFrame)
                                                : qsTr("Set the out point at the playhead (O)")
            checked: transport.player.outFrame >= 0
            enabled: transport.player.hasShot
            onClicked: transport.player.markOut()
        }
        TransportButton {
            objectName: "clearRangeButton"
            text: "\u2715"
            tip: qsTr("Clear the in and out points (Alt+X)")
            enabled: transport.player.hasRange
            onClicked: transport.player.clearRange()
        }
        TransportButton {
            objectName: "loopButton"
            text: "\u21bb"
            tip: qsTr("Loop")
            checkable: true
            checked: transport.player.looping
            enabled: transport.player.hasShot
            onToggled: transport.player.looping = checked
        }
    }

    // The shuttle speed and the in/out range, when they are not the plain defaults.
    Text {
        textFormat: Text.PlainText
        id: playState
        objectName: "transportPlayState"
        anchors { right: readout.left; rightMargin: 14; verticalCenter: parent.verticalCenter }
        text: {
            const parts = []
            if (transport.player.speed !== 1)
                parts.push((transport.player.speed < 0 ? "\u25c0 " : "\u25b6 ") + Math.abs(transport.player.speed) + "\u00d7")
            if (transport.player.hasRange)
                parts.push(qsTr("in %1 \u2013 out %2")
                           .arg(transport.player.inFrame >= 0 ? transport.player.inFrame : 0)
                           .arg(transport.player.outFrame >= 0 ? transport.player.outFrame : transport.player.frameCount - 1))
            return parts.join("   ")
        }
        color: Theme.accent
        font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
    }

    // Timecode and frame number at the right.
    Column {
        id: readout
        anchors { right: parent.right; rightMargin: 14; verticalCenter: parent.verticalCenter }
        Text {
            textFormat: Text.PlainText
            objectName: "transportTimecode"
            anchors.right: parent.right
            text: transport.player.hasShot ? transport.player.timecode : "\u2014"
            color: Theme.text
            font { family: Theme.monoFamily; pixelSize: Theme.fontNormal }
        }
        Text {
            textFormat: Text.PlainText
            anchors.right: parent.right
            text: transport.player.hasShot
                  ? qsTr("frame %1 / %2  \u00b7  %3 fps").arg(transport.player.frame).arg(transport.player.frameCount - 1)
                    .arg(transport.player.frameRateLabel)
                  : transport.player.errorText.length > 0 ? transport.player.errorText : qsTr("the set as it stands")
            color: transport.player.errorText.length > 0 ? Theme.error : Theme.textDim
            font { family: Theme.fontFamily; pixelSize: 10 }
        }
    }

    // The scrub bar: one step per frame; the views follow while it is dragged.
    Slider {
        id: scrub
        objectName: "scrubBar"
        anchors { left: controls.right; leftMargin: 12; right: playState.left; rightMargin: 14; verticalCenter: parent.verticalCenter }
        enabled: transport.player.hasShot
        from: 0
        to: Math.max(1, transport.player.frameCount - 1)
        stepSize: 1
        snapMode: Slider.SnapAlways
        value: transport.player.frame
        onMoved: transport.player.frame = Math.round(value)
    }

    // Window-wide keys (a text field with focus keeps its own).
    Shortcut { sequence: "Space"; enabled: transport.player.hasShot; onActivated: transport.player.togglePlay() }
    Shortcut { sequence: "Left"; enabled: transport.player.hasShot; onActivated: transport.player.stepFrames(-1) }
    Shortcut { sequence: "Right"; enabled: transport.player.hasShot; onActivated: transport.player.stepFrames(1) }
    Shortcut {
        sequence: "Shift+Left"
        enabled: transport.player.hasShot
        onActivated: transport.player.stepFrames(-Math.round(transport.player.fps))
    }
    Shortcut {
        sequence: "Shift+Right"
        enabled: transport.player.hasShot
        onActivated: transport.player.stepFrames(Math.round(transport.player.fps))
    }
    Shortcut { sequence: "Home"; enabled: transport.player.hasShot; onActivated: transport.player.frame = 0 }
    Shortcut { sequence: "End"; enabled: transport.player.hasShot; onActivated: transport.player.frame = transport.player.frameCount - 1 }
    // Shuttle, in/out, set key.
    Shortcut { sequence: "L"; enabled: transport.player.hasShot; onActivated: transport.player.shuttleForward() }
    Shortcut { sequence: "J"; enabled: transport.player.hasShot; onActivated: transport.player.shuttleBackward() }
    Shortcut {
        objectName: "kShortcut"
        sequence: "K"
        enabled: transport.player.hasShot
        // Playing: pause (the shuttle stops). Paused: set a key at the playhead.
        onActivated: {
            if (transport.player.playing)
                transport.player.shuttleStop()
            else
                TimelineCommands.setKey(transport.document)
        }
    }
    Shortcut { sequence: "I"; enabled: transport.player.hasShot; onActivated: transport.player.markIn() }
    Shortcut { sequence: "O"; enabled: transport.player.hasShot; onActivated: transport.player.markOut() }
    Shortcut { sequence: "Alt+X"; enabled: transport.player.hasRange; onActivated: transport.player.clearRange() }
}
