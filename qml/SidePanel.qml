import QtQuick
import Murnau.Bridge

// The side panel: the set (name, floor, pieces), the cast (name, colour, height) and the camera.
Rectangle {
    id: panel

    required property ProjectDocument document

    color: Theme.panel

    component SectionTitle: Text {
        color: Theme.textDim
        font { family: Theme.fontFamily; pixelSize: 10; letterSpacing: 1.5; bold: true }
        topPadding: 18
        bottomPadding: 8
    }
    component KeyValue: Item {
        property string key
        property string value
        width: parent ? parent.width : 0
        height: 22
        Text {
            anchors { left: parent.left; verticalCenter: parent.verticalCenter }
            text: parent.key
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Text {
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            width: Math.min(implicitWidth, parent.width - 90)
            horizontalAlignment: Text.AlignRight
            elide: Text.ElideLeft
            text: parent.value
            color: Theme.text
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
    }

    Rectangle { anchors { left: parent.left; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.divider }

    Column {
        anchors { fill: parent; leftMargin: 18; rightMargin: 16 }
        spacing: 0

        SectionTitle { text: qsTr("SET") }
        Text {
            width: parent.width
            text: panel.document.loaded ? panel.document.setName : qsTr("No project open")
            color: Theme.text
            elide: Text.ElideRight
            font { family: Theme.fontFamily; pixelSize: Theme.fontLarge }
            bottomPadding: 6
        }
        KeyValue {
            visible: panel.document.loaded
            key: qsTr("Floor")
            value: qsTr("%1 \u00d7 %2 m").arg(panel.document.floorSizeM.width).arg(panel.document.floorSizeM.height)
        }
        KeyValue {
            visible: panel.document.loaded
            key: qsTr("Set pieces")
            value: panel.document.setPieces.count
        }

        SectionTitle { text: qsTr("CAST  (%1)").arg(panel.document.actors.count); visible: panel.document.loaded }
        ListView {
            id: cast
            objectName: "castList"
            width: parent.width
            height: Math.min(contentHeight, 320)
            interactive: contentHeight > height
            clip: true
            model: panel.document.actors
            spacing: 4
            delegate: Item {
                id: castRow
                required property string name
                required property real heightM
                required property color color
                width: ListView.view.width
                height: 34
                Rectangle {
                    anchors.fill: parent
                    radius: 3
                    color: Theme.panelRaised
                }
                Rectangle {
                    anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
                    width: 3
                    radius: 1
                    color: castRow.color
                }
                Text {
                    anchors { left: parent.left; leftMargin: 14; verticalCenter: parent.verticalCenter }
                    text: castRow.name
                    color: Theme.text
                    font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
                }
                Text {
                    anchors { right: parent.right; rightMargin: 12; verticalCenter: parent.verticalCenter }
                    text: castRow.heightM.toFixed(2) + " m"
                    color: Theme.textDim
                    font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
                }
            }
        }

        SectionTitle { text: qsTr("CAMERA"); visible: panel.document.shotCamera.valid }
        Column {
            width: parent.width
            visible: panel.document.shotCamera.valid
            KeyValue { key: qsTr("Name"); value: panel.document.shotCamera.name }
            KeyValue { key: qsTr("Sensor"); value: panel.document.shotCamera.sensorLabel }
            KeyValue { key: qsTr("Lens"); value: panel.document.shotCamera.lensLabel }
            KeyValue {
                key: qsTr("Position")
                value: qsTr("%1, %2, %3 m").arg(panel.document.shotCamera.positionM.x.toFixed(2))
                                           .arg(panel.document.shotCamera.positionM.y.toFixed(2))
                                           .arg(panel.document.shotCamera.positionM.z.toFixed(2))
            }
            KeyValue {
                key: qsTr("Pan / tilt / roll")
                value: qsTr("%1\u00b0 / %2\u00b0 / %3\u00b0").arg(panel.document.shotCamera.eulerRotationDeg.y.toFixed(1))
                                                          .arg(panel.document.shotCamera.eulerRotationDeg.x.toFixed(1))
                                                          .arg(panel.document.shotCamera.eulerRotationDeg.z.toFixed(1))
            }
        }

        SectionTitle { text: qsTr("PROJECT") }
        KeyValue { key: qsTr("Title"); value: panel.document.title; visible: panel.document.loaded }
        KeyValue { key: qsTr("Frame rate"); value: panel.document.frameRateLabel + " fps"; visible: panel.document.loaded }
        KeyValue { key: qsTr("File"); value: panel.document.filePath }
    }
}
