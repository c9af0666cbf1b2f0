import QtQuick
import QtQuick.Controls
import Murnau.Bridge

// The project's set pieces, actors and cameras as lists: a click selects the item (shared
// with the plan and the 3D views, document.selection), and an item selected elsewhere is
// highlighted here and scrolled into view.
Column {
    id: lists

    required property ProjectDocument document
    required property LibraryActions actions
    readonly property Selection selection: document.selection

    // A list row: a colour tab, the name, a detail on the right; highlighted when selected.
    component ItemRow: Item {
        id: row
        property string itemKind
        property string itemName
        property string detail
        property color tab: "transparent"
        objectName: "row_" + itemKind + "_" + itemName
        readonly property bool selected: lists.selection.kind === itemKind && lists.selection.name === itemName
        width: ListView.view ? ListView.view.width : 0
        height: 26
        Rectangle {
            anchors.fill: parent
            radius: 3
            color: row.selected ? Qt.lighter(Theme.panelRaised, 1.5) : Theme.panelRaised
            border { width: row.selected ? 1 : 0; color: Theme.accent }
        }
        Rectangle {
            anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
            width: 3
            radius: 1
            color: row.tab
        }
        Text {
            textFormat: Text.PlainText
            anchors { left: parent.left; leftMargin: 10; right: detailText.left; rightMargin: 6; verticalCenter: parent.verticalCenter }
            text: row.itemName
            color: Theme.text
            elide: Text.ElideRight
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Text {
            textFormat: Text.PlainText
            id: detailText
            anchors { right: parent.right; rightMargin: 8; verticalCenter: parent.verticalCenter }
            width: Math.min(implicitWidth, row.width * 0.55)
            horizontalAlignment: Text.AlignRight
            text: row.detail
            color: Theme.textDim
            elide: Text.ElideLeft
            font { family: Theme.monoFamily; pixelSize: 10 }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: lists.selection.select(row.itemKind, row.itemName)
        }
    }

    // A titled list that scrolls itself to the selected row.
    component ItemList: Column {
        id: itemList
        property string title
        property string kind
        property alias model: view.model
        property alias delegate: view.delegate
        property alias view: view
        property int maxHeight: 156
        width: parent.width
        InspectorSection { text: itemList.title; topPadding: 10; bottomPadding: 4 }
        ListView {
            id: view
            width: parent.width
            height: Math.min(contentHeight, itemList.maxHeight)
            interactive: contentHeight > height
            clip: true
            spacing: 2
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: view.contentHeight > view.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }
        }
        Connections {
            target: lists.selection
            function onChanged() {
                if (lists.selection.kind !== itemList.kind)
                    return
                const row = lists.actions.rowOf(itemList.kind, lists.selection.name)
                if (row >= 0)
                    view.positionViewAtIndex(row, ListView.Contain)
            }
        }
    }

    ItemList {
        objectName: "setPieceList"
        title: qsTr("SET PIECES  (%1)").arg(lists.document.setPieces.count)
        kind: "setPiece"
        model: lists.document.setPieces
        delegate: ItemRow {
            required property string name
            required property string shape
            required property color color
            itemKind: "setPiece"
            itemName: name
            detail: shape
            tab: color
        }
    }
    ItemList {
        objectName: "castList"
        title: qsTr("CAST  (%1)").arg(lists.document.actors.count)
        kind: "actor"
        model: lists.document.actors
        delegate: ItemRow {
            required property string name
            required property real heightM
            required property color color
            itemKind: "actor"
            itemName: name
            detail: lists.document.formatLength(heightM, lists.document.displayUnits)
            tab: color
        }
    }
    ItemList {
        objectName: "cameraList"
        title: qsTr("CAMERAS  (%1)").arg(lists.actions.cameras.length)
        kind: "camera"
        model: lists.actions.cameras
        delegate: ItemRow {
            required property var modelData
            itemKind: "camera"
            itemName: modelData.name
            detail: modelData.label
            tab: Theme.accent
        }
    }
}
