import QtQuick
import QtQuick.Controls
import Murnau.Bridge

// The shown shot's tracks over time: a toolbar (Fit, zoom, frame or timecode labels, the Tracks
// menu to show hidden tracks), the track headers (name, unit, fold, hide; a click shows the
// channel in the curve editor, Shift adds it) and the tracks themselves (TimelineView, C++):
// ruler, warnings, keys, marks, in/out and the playhead. The gestures are listed in the hint
// line and in timeline_view.h; the right-click menu holds the key commands (document.keys).
Rectangle {
    id: root
    required property ProjectDocument document
    readonly property KeyEditor keys: document.keys
    readonly property alias view: view
    // The last key command's refusal, shown in the hint line until the next gesture.
    property string commandError: ""

    color: Theme.panel
    implicitHeight: 200

    // Runs a key command and keeps core's message when it is refused.
    function run(ok) {
        root.commandError = ok ? "" : root.document.errorText
    }
    // Toggles (Shift) or sets the channels the curve editor shows.
    function pickChannel(channel, add) {
        let list = add ? root.keys.curveChannels.slice() : []
        const at = list.indexOf(channel)
        if (add && at >= 0)
            list.splice(at, 1)
        else
            list.push(channel)
        list.sort((a, b) => a - b)
        root.keys.curveChannels = list
    }
    function isCurveChannel(channel) { return root.keys.curveChannels.indexOf(channel) >= 0 }

    // A small themed toolbar button, as in the plan's toolbar.
    component ToolButtonSmall: Rectangle {
        id: button
        property string label
        property bool checked: false
        property string tip
        signal clicked()
        width: caption.implicitWidth + 16
        height: 22
        radius: 3
        color: area.pressed ? Theme.divider : (button.checked ? Qt.rgba(0.94, 0.65, 0.19, 0.18) : Theme.panelRaised)
        border { width: 1; color: button.checked ? Theme.accent : Theme.divider }
        Text {
            textFormat: Text.PlainText
            id: caption
            anchors.centerIn: parent
            text: button.label
            color: button.checked ? Theme.accent : Theme.text
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        MouseArea {
            id: area
            anchors.fill: parent
            hoverEnabled: true
            onClicked: button.clicked()
        }
        ToolTip.visible: area.containsMouse && tip.length > 0
        ToolTip.text: tip
        ToolTip.delay: 600
    }

    Rectangle {
        id: toolbar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 30
        color: Theme.panel
        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.divider }
        Row {
            id: tools
            anchors { left: parent.left; leftMargin: 10; verticalCenter: parent.verticalCenter }
            spacing: 6
            Text {
                textFormat: Text.PlainText
                text: qsTr("TRACKS")
                color: Theme.textDim
                font { family: Theme.fontFamily; pixelSize: 10; letterSpacing: 1.2 }
                anchors.verticalCenter: parent.verticalCenter
            }
            ToolButtonSmall {
                objectName: "timelineFitButton"
                label: qsTr("Fit  (F)")
                tip: qsTr("Show the whole shot")
                onClicked: view.fit()
            }
            ToolButtonSmall {
                label: "\u2212"
                tip: qsTr("Zoom out (Ctrl+wheel)")
                onClicked: view.zoomAt(view.width / 2, 0.5)
            }
            ToolButtonSmall {
                label: "+"
                tip: qsTr("Zoom in (Ctrl+wheel)")
                onClicked: view.zoomAt(view.width / 2, 2)
            }
            ToolButtonSmall {
                objectName: "timelineTimecodeButton"
                label: view.timecodeLabels ? qsTr("Timecode") : qsTr("Frames")
                checked: view.timecodeLabels
                tip: qsTr("Label the ruler with frame numbers or timecode (drop-frame at 29.97 and 59.94)")
                onClicked: view.timecodeLabels = !view.timecodeLabels
            }
            ToolButtonSmall {
                id: tracksButton
                objectName: "timelineTracksButton"
                label: qsTr("Tracks \u25be")
                tip: qsTr("Show or hide tracks")
                onClicked: tracksMenu.popup(tracksButton, 0, tracksButton.height)
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "timelineHint"
            anchors { left: tools.right; leftMargin: 14; right: parent.right; rightMargin: 12; verticalCenter: parent.verticalCenter }
            text: root.commandError.length > 0 ? root.commandError
                  : view.hintText.length > 0 ? view.hintText
                  : qsTr("Click a key to select (Shift adds), drag to move (Ctrl: no snapping), drag empty space to box-select; right-click for key commands")
            color: root.commandError.length > 0 || view.hintIsError ? Theme.error : Theme.textFaint
            elide: Text.ElideRight
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
    }

    Menu {
        id: tracksMenu
        Repeater {
            model: view.tracks
            delegate: PlainMenuItem {
                required property var modelData
                text: modelData.label
                checkable: true
                checked: !modelData.hidden
                onTriggered: view.setTrackHidden(modelData.id, !checked)
            }
        }
        MenuSeparator {}
        MenuItem { text: qsTr("Show all tracks"); onTriggered: view.showAllTracks() }
    }

    // Headers on the left, aligned with the rows of the view.
    Item {
        id: headers
        objectName: "timelineHeaders"
        anchors { left: parent.left; top: toolbar.bottom; bottom: parent.bottom }
        width: 170
        clip: true

        Text {
            textFormat: Text.PlainText
            x: 10
            y: 0
            height: 26
            verticalAlignment: Text.AlignVCenter
            text: view.timecodeLabels ? qsTr("timecode") : qsTr("frame")
            color: Theme.textFaint
            font { family: Theme.fontFamily; pixelSize: 10 }
        }
        Text {
            textFormat: Text.PlainText
            x: 10
            y: 26
            height: 12
            verticalAlignment: Text.AlignVCenter
            text: qsTr("warnings")
            color: Theme.textFaint
            font { family: Theme.fontFamily; pixelSize: 9 }
        }

        // The wheel over the headers scrolls the rows.
        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.NoButton
            onWheel: function(wheel) { view.scrollRows(-wheel.angleDelta.y / 120 * 24) }
        }

        Item {
            // The rows, clipped below the ruler and the lane.
            anchors { left: parent.left; right: parent.right; top: parent.top; topMargin: view.tracksTop; bottom: parent.bottom }
            clip: true
            Repeater {
                model: view.rows
                delegate: Rectangle {
                    id: header
                    required property var modelData
                    readonly property bool isGroup: modelData.kind === "group"
                    readonly property bool isChannel: modelData.kind === "channel"
                    readonly property bool picked: isChannel && root.isCurveChannel(modelData.channel)
                    objectName: "trackHeader_" + modelData.id
                    x: 0
                    y: modelData.y - view.tracksTop
                    width: headers.width
                    height: modelData.height
                    color: isGroup ? Theme.panelRaised : picked ? Qt.rgba(0.94, 0.65, 0.19, 0.16) : Theme.panel
                    Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.divider }
                    Rectangle {
                        visible: header.picked
                        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
                        width: 2
                        color: Theme.accent
                    }

                    MouseArea {
                        id: headerArea
                        anchors.fill: parent
                        hoverEnabled: true
                        onClicked: function(mouse) {
                            const shift = (mouse.modifiers & Qt.ShiftModifier) !== 0
                            if (header.isChannel) {
                                root.pickChannel(header.modelData.channel, shift)
                            } else if (header.modelData.kind === "actor") {
                                root.document.selection.select("actor", header.modelData.actor)
                            } else if (header.modelData.group === "camera") {
                                root.keys.curveChannels = [0, 1, 2, 3, 4, 5, 6, 7, 8]
                            }
                        }
                    }
                    ToolTip.visible: headerArea.containsMouse
                    ToolTip.delay: 800
                    ToolTip.text: header.isChannel ? qsTr("Show %1 in the curve editor (Shift adds or removes)").arg(header.modelData.label)
                                  : header.modelData.kind === "actor" ? qsTr("Select %1").arg(header.modelData.label)
                                  : header.modelData.group === "camera" ? qsTr("Show every camera channel in the curve editor")
                                  : ""

                    Text {
                        textFormat: Text.PlainText
                        id: fold
                        visible: header.isGroup
                        x: 6
                        anchors.verticalCenter: parent.verticalCenter
                        text: header.modelData.folded ? "\u25b8" : "\u25be"
                        color: Theme.textDim
                        font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
                        MouseArea {
                            anchors { fill: parent; margins: -5 }
                            onClicked: view.toggleFolded(header.modelData.id)
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        id: name
                        x: header.isGroup ? 22 : 14
                        anchors.verticalCenter: parent.verticalCenter
                        text: header.isGroup ? header.modelData.label.toUpperCase() : header.modelData.label
                        color: header.picked ? Theme.accent : header.isGroup ? Theme.textDim : Theme.text
                        font {
                            family: Theme.fontFamily
                            pixelSize: header.isGroup ? 10 : Theme.fontSmall
                            letterSpacing: header.isGroup ? 1.2 : 0
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        anchors { left: name.right; leftMargin: 6; verticalCenter: parent.verticalCenter }
                        visible: header.modelData.unit.length > 0
                        text: header.modelData.unit
                        color: Theme.textFaint
                        font { family: Theme.fontFamily; pixelSize: 10 }
                    }
                    Text {
                        textFormat: Text.PlainText
                        // Hide the track (the Tracks menu shows it again).
                        objectName: "hideTrack_" + header.modelData.id
                        visible: !header.isGroup && (headerArea.containsMouse || eyeArea.containsMouse)
                        anchors { right: parent.right; rightMargin: 8; verticalCenter: parent.verticalCenter }
                        text: "\u25c9"
                        color: eyeArea.containsMouse ? Theme.text : Theme.textFaint
                        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                        MouseArea {
                            id: eyeArea
                            anchors { fill: parent; margins: -4 }
                            hoverEnabled: true
                            onClicked: view.setTrackHidden(header.modelData.id, true)
                        }
                        ToolTip.visible: eyeArea.containsMouse
                        ToolTip.text: qsTr("Hide this track")
                    }
                }
            }
        }
        Rectangle { anchors { right: parent.right; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.divider }
    }

    TimelineView {
        id: view
        objectName: "timelineView"
        anchors { left: headers.right; right: parent.right; top: toolbar.bottom; bottom: parent.bottom }
        document: root.document
        clip: true
        onContextMenuRequested: function(x, y, onKeys, channel, cameraRow) {
            keyMenu.atX = x
            keyMenu.atY = y
            keyMenu.channel = channel
            keyMenu.cameraRow = cameraRow
            root.commandError = ""
            keyMenu.popup(view, x, y)
        }
        onHintTextChanged: root.commandError = ""

        HoverHandler { id: hover }
        ToolTip {
            objectName: "timelineToolTip"
            parent: view
            visible: hover.hovered && view.hoverText.length > 0 && !keyMenu.visible
            delay: 300
            text: view.hoverText
            x: Math.min(hover.point.position.x + 14, view.width - implicitWidth - 4)
            y: hover.point.position.y + 18
        }
    }

    // Right-click on the tracks: the key commands, on the selected keys (document.keys).
    Menu {
        id: keyMenu
        objectName: "timelineKeyMenu"
        property real atX: 0
        property real atY: 0
        property int channel: -1
        property bool cameraRow: false
        readonly property bool hasKeys: root.keys.selectedCount > 0

        MenuItem {
            text: keyMenu.cameraRow ? qsTr("Add keys here (all channels)") : qsTr("Add key here")
            enabled: keyMenu.channel >= 0 || keyMenu.cameraRow
            onTriggered: root.run(view.addKeyAt(keyMenu.atX, keyMenu.atY))
        }
        MenuItem {
            text: qsTr("Select all keys in this track")
            enabled: keyMenu.channel >= 0
            onTriggered: root.keys.selectAll(keyMenu.channel)
        }
        MenuSeparator {}
        Menu {
            title: qsTr("Interpolation")
            enabled: keyMenu.hasKeys
            Repeater {
                model: [["constant", qsTr("Constant")], ["linear", qsTr("Linear")], ["bezier", qsTr("Bezier")]]
                delegate: PlainMenuItem {
                    required property var modelData
                    text: modelData[1]
                    checkable: true
                    checked: root.keys.interpolation === modelData[0]
                    onTriggered: root.run(root.keys.setInterpolation(modelData[0]))
                }
            }
        }
        Menu {
            title: qsTr("Easing")
            enabled: keyMenu.hasKeys
            Repeater {
                model: ["ease", "ease-in", "ease-out", "ease-in-out", "smoothstep"]
                delegate: PlainMenuItem {
                    required property var modelData
                    text: modelData
                    checkable: true
                    checked: root.keys.easing === modelData
                    onTriggered: root.run(root.keys.setEasing(modelData))
                }
            }
        }
        Menu {
            title: qsTr("Handles")
            enabled: keyMenu.hasKeys
            Repeater {
                model: [["free", qsTr("Free")], ["aligned", qsTr("Aligned")], ["auto", qsTr("Auto")],
                        ["autoClamped", qsTr("Auto clamped")]]
                delegate: PlainMenuItem {
                    required property var modelData
                    text: modelData[1]
                    checkable: true
                    checked: root.keys.handleType === modelData[0]
                    onTriggered: root.run(root.keys.setHandleType(modelData[0]))
                }
            }
        }
        Menu {
            title: qsTr("Extrapolation")
            enabled: keyMenu.hasKeys
            MenuItem { text: qsTr("Constant"); onTriggered: root.run(root.keys.setExtrapolation("constant")) }
            MenuItem { text: qsTr("Linear"); onTriggered: root.run(root.keys.setExtrapolation("linear")) }
        }
        MenuSeparator {}
        MenuItem { text: qsTr("Copy"); enabled: keyMenu.hasKeys; onTriggered: root.keys.copy() }
        MenuItem { text: qsTr("Cut"); enabled: keyMenu.hasKeys; onTriggered: root.run(root.keys.cut()) }
        MenuItem {
            text: qsTr("Paste at the playhead")
            enabled: root.keys.canPaste
            onTriggered: root.run(root.keys.paste())
        }
        MenuItem {
            text: qsTr("Delete")
            enabled: keyMenu.hasKeys
            onTriggered: root.run(root.keys.deleteSelected())
        }
    }
}
