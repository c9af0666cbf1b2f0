import QtQuick
import QtQuick.Controls
import Murnau.Bridge

// The side panel, right of the views: the library (add set pieces, actors, cameras), the
// lists of the project's items (click selects), the inspector for the selection (or the shot
// shown), and the project. It scrolls when taller than the window. Every change goes through
// the document as one undo step; lengths show in the project's display units.
Rectangle {
    id: panel

    required property ProjectDocument document

    // Takes the keyboard back from a field after Enter (so Ctrl+Z and Delete reach the window).
    color: Theme.panel

    component KeyValue: Item {
        property string key
        property string value
        width: parent ? parent.width : 0
        height: 22
        Text {
            textFormat: Text.PlainText
            anchors { left: parent.left; verticalCenter: parent.verticalCenter }
            text: parent.key
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Text {
            textFormat: Text.PlainText
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

    Flickable {
        id: scroller
        objectName: "sidePanelScroller"
        anchors { fill: parent; leftMargin: 14; rightMargin: 12 }
        contentHeight: content.height + 24
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { parent: panel; anchors { right: parent.right; top: parent.top; bottom: parent.bottom } }

        Column {
            id: content
            width: scroller.width
            spacing: 0

            LibraryPanel {
                id: library
                objectName: "libraryPanel"
                width: parent.width
                document: panel.document
                visible: panel.document.loaded
            }
            ItemLists {
                objectName: "itemLists"
                width: parent.width
                document: panel.document
                actions: library.actions
                visible: panel.document.loaded
            }
            Inspector {
                id: inspector
                objectName: "inspector"
                width: parent.width
                document: panel.document
                panel: panel
                visible: panel.document.loaded
            }

            InspectorSection { text: qsTr("PROJECT") }
            KeyValue { key: qsTr("Title"); value: panel.document.title; visible: panel.document.loaded }
            KeyValue { key: qsTr("Set"); value: panel.document.setName; visible: panel.document.loaded }
            KeyValue {
                visible: panel.document.loaded
                key: qsTr("Floor")
                value: qsTr("%1 \u00d7 %2").arg(panel.document.formatLength(panel.document.floorSizeM.width, panel.document.displayUnits))
                                          .arg(panel.document.formatLength(panel.document.floorSizeM.height, panel.document.displayUnits))
            }
            KeyValue { key: qsTr("Frame rate"); value: panel.document.frameRateLabel + " fps"; visible: panel.document.loaded }
            KeyValue { key: qsTr("Units"); value: panel.document.displayUnits === "imperial" ? qsTr("feet and inches") : qsTr("metres"); visible: panel.document.loaded }
            KeyValue { key: qsTr("File"); value: panel.document.filePath.length > 0 ? panel.document.filePath : qsTr("not saved yet") }
        }
    }
}
