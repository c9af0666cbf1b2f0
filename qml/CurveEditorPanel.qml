import QtQuick
import Murnau.Bridge

// The curve editor beside the timeline's tracks: a toolbar (what the graph shows, framing, and in
// the values mode the interpolation, easing and handle type of the selected keys) over the graph
// (CurveEditorView, C++). The graph shows the channels the timeline's track headers chose
// (document.keys.curveChannels), else those of the selected keys, else the dolly.
Rectangle {
    id: curvePanel
    required property ProjectDocument document

    color: Theme.panel
    implicitHeight: 240

    // A small themed toolbar button; `checked` shows the state in the accent colour.
    component ToolButton: Rectangle {
        id: button
        property string label
        property bool checked: false
        property string tip
        signal clicked()
        width: caption.implicitWidth + 10
        height: 20
        radius: 3
        opacity: enabled ? 1.0 : 0.45
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
    }
    // A caption before a group of buttons.
    component GroupLabel: Text {
        textFormat: Text.PlainText
        color: Theme.textFaint
        height: 20
        verticalAlignment: Text.AlignVCenter
        font { family: Theme.fontFamily; pixelSize: 10; letterSpacing: 1.0 }
    }

    readonly property var keys: document.keys
    readonly property bool valuesMode: curveView.mode === "values"
    readonly property bool hasKeys: keys.selectedCount > 0

    Rectangle {
        id: toolbar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: tools.implicitHeight + 6
        color: Theme.panel
        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.divider }

        Flow {
            id: tools
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 3; leftMargin: 8 }
            spacing: 3
            GroupLabel { text: qsTr("CURVES") }
            Repeater {
                model: [{ mode: "values", label: qsTr("Values") },
                        { mode: "speed", label: qsTr("Speed") },
                        { mode: "acceleration", label: qsTr("Accel.") }]
                ToolButton {
                    required property var modelData
                    objectName: "curveMode_" + modelData.mode
                    label: modelData.label
                    checked: curveView.mode === modelData.mode
                    onClicked: curveView.mode = modelData.mode
                }
            }
            ToolButton {
                objectName: "curveFrameAll"
                label: qsTr("All")
                tip: qsTr("Frame all (Home)")
                onClicked: curveView.frameAll()
            }
            ToolButton {
                objectName: "curveFrameSelection"
                label: qsTr("Selected")
                tip: qsTr("Frame the selected keys (F)")
                enabled: curvePanel.hasKeys
                onClicked: curveView.frameSelection()
            }
            GroupLabel { visible: curvePanel.valuesMode; text: qsTr(" KEYS") }
            Repeater {
                model: curvePanel.valuesMode
                       ? [{ value: "constant", label: qsTr("Const") },
                          { value: "linear", label: qsTr("Linear") },
                          { value: "bezier", label: qsTr("Bézier") }] : []
                ToolButton {
                    required property var modelData
                    objectName: "curveInterpolation_" + modelData.value
                    label: modelData.label
                    enabled: curvePanel.hasKeys
                    checked: curvePanel.keys.interpolation === modelData.value
                    onClicked: curvePanel.keys.setInterpolation(modelData.value)
                }
            }
            GroupLabel { visible: curvePanel.valuesMode; text: qsTr(" EASE") }
            Repeater {
                model: curvePanel.valuesMode
                       ? [{ value: "ease", label: "ease" }, { value: "ease-in", label: "in" },
                          { value: "ease-out", label: "out" }, { value: "ease-in-out", label: "in-out" },
                          { value: "smoothstep", label: "smooth" }] : []
                ToolButton {
                    required property var modelData
                    objectName: "curveEasing_" + modelData.value
                    label: modelData.label
                    enabled: curvePanel.hasKeys
                    checked: curvePanel.keys.easing === modelData.value
                    onClicked: curvePanel.keys.setEasing(modelData.value)
                }
            }
            GroupLabel { visible: curvePanel.valuesMode; text: qsTr(" HANDLES") }
            Repeater {
                model: curvePanel.valuesMode
                       ? [{ value: "autoClamped", label: qsTr("Clamped") },
                          { value: "auto", label: qsTr("Auto") },
                          { value: "aligned", label: qsTr("Aligned") },
                          { value: "free", label: qsTr("Free") }] : []
                ToolButton {
                    required property var modelData
                    objectName: "curveHandle_" + modelData.value
                    label: modelData.label
                    enabled: curvePanel.hasKeys
                    checked: curvePanel.keys.handleType === modelData.value
                    onClicked: curvePanel.keys.setHandleType(modelData.value)
                }
            }
        }
    }

    CurveEditorView {
        id: curveView
        objectName: "curveEditorView"
        anchors { left: parent.left; right: parent.right; top: toolbar.bottom; bottom: status.top }
        document: curvePanel.document
        clip: true
    }

    Rectangle {
        id: status
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: 20
        color: Theme.panel
        Text {
            textFormat: Text.PlainText
            objectName: "curveHint"
            anchors { left: parent.left; leftMargin: 8; right: readout.left; rightMargin: 8; verticalCenter: parent.verticalCenter }
            text: curveView.hintText.length > 0 ? curveView.hintText
                  : (curvePanel.valuesMode ? qsTr("Click, Shift-click or drag a box to select keys; drag them in time and value")
                                           : qsTr("Red: over the limit a grip can do smoothly"))
            color: curveView.hintIsError ? Theme.error : Theme.textDim
            elide: Text.ElideRight
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Text {
            textFormat: Text.PlainText
            id: readout
            objectName: "curveCursorReadout"
            anchors { right: parent.right; rightMargin: 8; verticalCenter: parent.verticalCenter }
            text: curveView.cursorText
            color: Theme.textDim
            font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
        }
    }
}
