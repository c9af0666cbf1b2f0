import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import Murnau.Bridge

// The window's menus: File (with Export), Edit and View. Every item is an action of DocumentController,
// which owns the behaviour and the shortcuts; the items show the shortcut keys on the right.
MenuBar {
    id: menuBar

    required property DocumentController controller
    readonly property ProjectDocument document: controller.document

    // File ▸ Export ▸ an item: `kind` is an export kind key ("shot-list-pdf"; ProjectExporter).
    signal exportRequested(string kind)

    // A menu as wide as its widest item ("Undo Set Anna's height to 1.78 m"): Menu in Qt 6.4
    // keeps its background's fixed width and would let long item texts run into the shortcuts.
    component FittingMenu: Menu {
        id: fitting
        width: {
            let widest = 200
            for (let i = 0; i < fitting.count; ++i) {
                const entry = fitting.itemAt(i)
                if (entry)
                    widest = Math.max(widest, entry.implicitWidth)
            }
            return widest + fitting.leftPadding + fitting.rightPadding
        }
    }

    // A menu item for an action, its shortcut spelled out ("Ctrl+S") on the right.
    component ActionItem: MenuItem {
        id: item
        contentItem: Item {
            readonly property real indicatorPadding: item.checkable && item.indicator ? item.indicator.width + item.spacing : 0
            implicitWidth: indicatorPadding + label.implicitWidth + (keys.text.length > 0 ? 48 + keys.implicitWidth : 0)
            implicitHeight: Math.max(label.implicitHeight, keys.implicitHeight)
            IconLabel {
                id: label
                x: parent.indicatorPadding
                anchors.verticalCenter: parent.verticalCenter
                alignment: Qt.AlignLeft
                text: item.text
                font: item.font
                color: !item.enabled ? item.palette.disabled.text
                       : item.highlighted ? item.palette.highlightedText : item.palette.text
            }
            Text {
                id: keys
                textFormat: Text.PlainText
                anchors { right: parent.right; verticalCenter: parent.verticalCenter }
                text: item.action ? ShortcutText.nativeText(item.action.shortcut) : ""
                font: item.font
                color: !item.enabled ? item.palette.disabled.text
                       : item.highlighted ? item.palette.highlightedText : item.palette.placeholderText
            }
        }
    }

    FittingMenu {
        id: fileMenu
        objectName: "fileMenu"
        title: qsTr("&File")
        ActionItem { action: menuBar.controller.newAction }
        ActionItem { action: menuBar.controller.openAction }
        FittingMenu {
            id: recentMenu
            objectName: "recentMenu"
            title: qsTr("Open &Recent")
            enabled: menuBar.document.recentFiles.paths.length > 0

            Instantiator {
                model: menuBar.document.recentFiles.paths
                delegate: PlainMenuItem {   // a folder someone else named like a tag stays plain text
                    required property string modelData
                    required property int index
                    text: (index < 9 ? "&" + (index + 1) + "  " : "") + modelData
                    onTriggered: menuBar.controller.openPath(modelData)
                }
                onObjectAdded: function(index, object) { recentMenu.insertItem(index, object) }
                onObjectRemoved: function(index, object) { recentMenu.removeItem(object) }
            }
            MenuSeparator {}
            MenuItem {
                text: qsTr("&Clear Recent")
                onTriggered: menuBar.document.recentFiles.clear()
            }
        }
        MenuSeparator {}
        ActionItem { action: menuBar.controller.saveAction }
        ActionItem { action: menuBar.controller.saveAsAction }
        ActionItem { action: menuBar.controller.revertAction }
        MenuSeparator {}
        // File ▸ Export: each item opens the Export dialog for its kind (ExportDialog.qml).
        FittingMenu {
            id: exportMenu
            objectName: "exportMenu"
            title: qsTr("&Export")
            enabled: menuBar.document.loaded
            MenuItem { objectName: "exportShotListCsvItem"; text: qsTr("Shot List (&CSV)\u2026"); onTriggered: menuBar.exportRequested("shot-list-csv") }
            MenuItem { objectName: "exportShotListJsonItem"; text: qsTr("Shot List (&JSON)\u2026"); onTriggered: menuBar.exportRequested("shot-list-json") }
            MenuItem { objectName: "exportShotListPdfItem"; text: qsTr("Shot List (&PDF)\u2026"); onTriggered: menuBar.exportRequested("shot-list-pdf") }
            MenuSeparator {}
            MenuItem { objectName: "exportFocusMarksCsvItem"; text: qsTr("Focus Marks (C&SV)\u2026"); onTriggered: menuBar.exportRequested("focus-marks-csv") }
            MenuItem { objectName: "exportFocusMarksPdfItem"; text: qsTr("Focus Marks (P&DF)\u2026"); onTriggered: menuBar.exportRequested("focus-marks-pdf") }
            MenuSeparator {}
            MenuItem { objectName: "exportGltfItem"; text: qsTr("Camera: &glTF\u2026"); onTriggered: menuBar.exportRequested("gltf") }
            MenuItem { objectName: "exportGlbItem"; text: qsTr("Camera: GL&B\u2026"); onTriggered: menuBar.exportRequested("glb") }
            MenuItem { objectName: "exportChanItem"; text: qsTr("Camera: &Nuke .chan\u2026"); onTriggered: menuBar.exportRequested("chan") }
            MenuItem { objectName: "exportUsdItem"; text: qsTr("Camera: &USD\u2026"); onTriggered: menuBar.exportRequested("usd") }
            MenuItem { objectName: "exportOtioItem"; text: qsTr("Cut: &OpenTimelineIO\u2026"); onTriggered: menuBar.exportRequested("otio") }
        }
        MenuSeparator {}
        ActionItem { action: menuBar.controller.quitAction }
    }

    // --- The Edit menu's key commands (a property of the bar, an Item, so their shortcuts work
    // while the menu is closed).
    // Cut, Copy and Paste act on the shown shot's keys (document.keys): paste puts the
    // earliest copied key at the playhead. A focused text field keeps these keys for its text.
    readonly property KeyEditor keys: menuBar.document.keys
    readonly property Action cutKeysAction: Action {
        text: qsTr("Cu&t Keys")
        shortcut: StandardKey.Cut
        enabled: menuBar.keys.selectedCount > 0
        onTriggered: menuBar.keys.cut()
    }
    readonly property Action copyKeysAction: Action {
        text: qsTr("&Copy Keys")
        shortcut: StandardKey.Copy
        enabled: menuBar.keys.selectedCount > 0
        onTriggered: menuBar.keys.copy()
    }
    readonly property Action pasteKeysAction: Action {
        text: qsTr("&Paste Keys")
        shortcut: StandardKey.Paste
        enabled: menuBar.keys.canPaste && menuBar.document.player.hasShot
        onTriggered: menuBar.keys.paste()
    }
    // Delete removes the selected keys when there are any, else the selected item
    // (DocumentController's deleteAction). Selecting keys clears the item selection and the
    // other way round, so only one of the two Delete shortcuts is ever enabled.
    readonly property Action deleteKeysAction: Action {
        text: qsTr("&Delete Keys")
        shortcut: StandardKey.Delete
        enabled: menuBar.keys.selectedCount > 0
        onTriggered: menuBar.keys.deleteSelected()
    }

    FittingMenu {
        id: editMenu
        objectName: "editMenu"
        title: qsTr("&Edit")
        ActionItem { objectName: "undoItem"; action: menuBar.controller.undoAction }
        ActionItem { objectName: "redoItem"; action: menuBar.controller.redoAction }
        MenuSeparator {}
        ActionItem { objectName: "cutItem"; action: menuBar.cutKeysAction }
        ActionItem { objectName: "copyItem"; action: menuBar.copyKeysAction }
        ActionItem { objectName: "pasteItem"; action: menuBar.pasteKeysAction }
        MenuSeparator {}
        ActionItem { objectName: "duplicateItem"; action: menuBar.controller.duplicateAction }
        ActionItem {
            objectName: "deleteItem"
            action: menuBar.keys.selectedCount > 0 ? menuBar.deleteKeysAction : menuBar.controller.deleteAction
        }
    }

    FittingMenu {
        id: viewMenu
        objectName: "viewMenu"
        title: qsTr("&View")
        ActionItem { objectName: "metricItem"; action: menuBar.controller.metricAction }
        ActionItem { objectName: "imperialItem"; action: menuBar.controller.imperialAction }
        MenuSeparator {}
        // Guides over the shot camera's picture; safe areas per SMPTE RP 2046-1.
        MenuItem {
            objectName: "thirdsItem"
            text: qsTr("Rule of &Thirds")
            checkable: true
            checked: ViewOptions.showThirds
            onToggled: ViewOptions.showThirds = checked
        }
        MenuItem {
            objectName: "centreItem"
            text: qsTr("&Centre Cross")
            checkable: true
            checked: ViewOptions.showCentre
            onToggled: ViewOptions.showCentre = checked
        }
        MenuItem {
            objectName: "actionSafeItem"
            text: qsTr("&Action Safe (93 %)")
            checkable: true
            checked: ViewOptions.showActionSafe
            onToggled: ViewOptions.showActionSafe = checked
        }
        MenuItem {
            objectName: "titleSafeItem"
            text: qsTr("Title &Safe (90 %)")
            checkable: true
            checked: ViewOptions.showTitleSafe
            onToggled: ViewOptions.showTitleSafe = checked
        }
        MenuSeparator {}
        MenuItem {
            objectName: "depthOfFieldItem"
            text: qsTr("&Depth of Field Preview")
            checkable: true
            checked: ViewOptions.depthOfField
            onToggled: ViewOptions.depthOfField = checked
        }
        MenuItem {
            objectName: "shadowsItem"
            text: qsTr("S&hadows")
            checkable: true
            checked: ViewOptions.shadows
            onToggled: ViewOptions.shadows = checked
        }
        MenuSeparator {}
        // Which views share the window with the shot camera (remembered between runs).
        MenuItem {
            objectName: "freeViewItem"
            text: qsTr("&Free View")
            checkable: true
            checked: menuBar.controller.window.showFreeView
            onToggled: menuBar.controller.window.showFreeView = checked
        }
        MenuItem {
            objectName: "planViewItem"
            text: qsTr("&Plan View")
            checkable: true
            checked: menuBar.controller.window.showPlanView
            onToggled: menuBar.controller.window.showPlanView = checked
        }
        MenuItem {
            objectName: "timelineItem"
            text: qsTr("&Timeline")
            checkable: true
            checked: menuBar.controller.window.showTimeline
            onToggled: menuBar.controller.window.showTimeline = checked
        }
    }
    ShotMenu { controller: menuBar.controller }
}
