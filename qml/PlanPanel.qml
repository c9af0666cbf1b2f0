import QtQuick
import Murnau.Bridge

// The plan view under the shot view: a toolbar (Fit, snapping, distance readouts, the pointer's
// position, what a drag moves or why it was refused) over the top-down plan (PlanView, C++).
Rectangle {
    id: planPanel
    required property ProjectDocument document

    color: Theme.panel

    // A small themed toolbar button; `checkable` ones show their state in the accent colour.
    component ToolToggle: Rectangle {
        id: toggle
        property string label
        property bool checkable: false
        property bool checked: false
        property string tip
        signal clicked()
        width: caption.implicitWidth + 18
        height: 22
        radius: 3
        color: area.pressed ? Theme.divider : (toggle.checked ? Qt.rgba(0.94, 0.65, 0.19, 0.18) : Theme.panelRaised)
        border { width: 1; color: toggle.checked ? Theme.accent : Theme.divider }
        Text {
            textFormat: Text.PlainText
            id: caption
            anchors.centerIn: parent
            text: toggle.label
            color: toggle.checked ? Theme.accent : Theme.text
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        MouseArea {
            id: area
            anchors.fill: parent
            onClicked: {
                if (toggle.checkable)
                    toggle.checked = !toggle.checked
                toggle.clicked()
            }
        }
    }

    Rectangle {
        id: toolbar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: 30
        color: Theme.panel
        Rectangle { anchors { left: parent.left; right: parent.right; top: parent.top } height: 1; color: Theme.divider }
        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.divider }

        Row {
            id: tools
            anchors { left: parent.left; leftMargin: 10; verticalCenter: parent.verticalCenter }
            spacing: 6
            Text {
                textFormat: Text.PlainText
                text: qsTr("PLAN")
                color: Theme.textDim
                font { family: Theme.fontFamily; pixelSize: 10; letterSpacing: 1.2 }
                anchors.verticalCenter: parent.verticalCenter
            }
            ToolToggle {
                objectName: "planFitButton"
                label: qsTr("Fit  (F)")
                onClicked: planView.fit()
            }
            ToolToggle {
                objectName: "planSnapButton"
                label: qsTr("Snap %1").arg(planView.snapLabel)
                checkable: true
                checked: planView.snapToGrid
                onCheckedChanged: planView.snapToGrid = checked
            }
            ToolToggle {
                objectName: "planDistancesButton"
                label: qsTr("Distances")
                checkable: true
                checked: planView.showDistances
                onCheckedChanged: planView.showDistances = checked
            }
        }
        Text {
            textFormat: Text.PlainText
            id: hint
            objectName: "planHint"
            anchors { left: tools.right; leftMargin: 14; right: cursorReadout.left; rightMargin: 14; verticalCenter: parent.verticalCenter }
            text: planView.planError.length > 0 ? planView.planError : planView.hintText
            color: planView.hintIsError || planView.planError.length > 0 ? Theme.error : Theme.textDim
            elide: Text.ElideRight
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Text {
            textFormat: Text.PlainText
            id: cursorReadout
            objectName: "planCursorReadout"
            anchors { right: parent.right; rightMargin: 12; verticalCenter: parent.verticalCenter }
            text: planView.cursorText
            color: Theme.textDim
            font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
        }
    }

    PlanView {
        id: planView
        objectName: "planView"
        anchors { left: parent.left; right: parent.right; top: toolbar.bottom; bottom: parent.bottom }
        document: planPanel.document
        clip: true
    }
}
