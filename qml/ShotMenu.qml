import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import Murnau.Bridge

// The Shot menu: New Move… (Ctrl+M) opens the New Move dialog on the shown shot; Compare
// Track-out vs Zoom-out… (Ctrl+Shift+M) the Compare dialog (from the shown shot or from nothing);
// Previous and Next Shot step through the shots in script order (the transport's list).
Menu {
    id: shotMenu
    objectName: "shotMenu"

    required property DocumentController controller
    readonly property ProjectDocument document: controller.document

    title: qsTr("&Shot")
    width: 340   // the longest item ("Compare Track-out vs Zoom-out…") and its shortcut

    // The shown shot's index in the player's list, -1 without a shot.
    function shownIndex() {
        const shots = document.player.shots
        for (let i = 0; i < shots.length; ++i) {
            if (shots[i].shotId === document.player.shotId)
                return i
        }
        return -1
    }
    function showShotAt(index) {
        const shots = document.player.shots
        if (index >= 0 && index < shots.length)
            document.player.selectShot(shots[index].shotId)
    }

    readonly property Action newMoveAction: Action {
        text: qsTr("New &Move\u2026")
        shortcut: "Ctrl+M"
        enabled: shotMenu.document.loaded && shotMenu.document.player.hasShot
        onTriggered: shotMenu.newMoveDialog.openFor()
    }

    readonly property Action compareAction: Action {
        text: qsTr("&Compare Track-out vs Zoom-out\u2026")
        shortcut: "Ctrl+Shift+M"
        enabled: shotMenu.document.loaded
        onTriggered: shotMenu.compareDialog.openFor()
    }

    // The dialogs live in the window, centred on its content.
    readonly property CompareDialog compareDialog: CompareDialog {
        parent: shotMenu.controller.window.contentItem
        document: shotMenu.document
    }
    readonly property NewMoveDialog newMoveDialog: NewMoveDialog {
        parent: shotMenu.controller.window.contentItem
        document: shotMenu.document
    }

    // A menu item showing its action's shortcut on the right ("Ctrl+M").
    component ShortcutItem: MenuItem {
        id: item
        contentItem: Item {
            implicitWidth: label.implicitWidth + (keys.text.length > 0 ? 48 + keys.implicitWidth : 0)
            implicitHeight: Math.max(label.implicitHeight, keys.implicitHeight)
            IconLabel {
                id: label
                anchors.verticalCenter: parent.verticalCenter
                alignment: Qt.AlignLeft
                text: item.text
                font: item.font
                color: !item.enabled ? item.palette.disabled.text
                       : item.highlighted ? item.palette.highlightedText : item.palette.text
            }
            Text {
                textFormat: Text.PlainText
                id: keys
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                text: item.action ? ShortcutText.nativeText(item.action.shortcut) : ""
                font: item.font
                color: !item.enabled ? item.palette.disabled.text
                       : item.highlighted ? item.palette.highlightedText : item.palette.placeholderText
            }
        }
    }

    ShortcutItem { objectName: "newMoveItem"; action: shotMenu.newMoveAction }
    ShortcutItem { objectName: "compareItem"; action: shotMenu.compareAction }
    MenuSeparator {}
    MenuItem {
        objectName: "previousShotItem"
        text: qsTr("&Previous Shot")
        enabled: shotMenu.shownIndex() > 0
        onTriggered: shotMenu.showShotAt(shotMenu.shownIndex() - 1)
    }
    MenuItem {
        objectName: "nextShotItem"
        text: qsTr("&Next Shot")
        enabled: shotMenu.document.player.shots.length > 0
                 && shotMenu.shownIndex() < shotMenu.document.player.shots.length - 1
        onTriggered: shotMenu.showShotAt(shotMenu.shownIndex() + 1)
    }
}
