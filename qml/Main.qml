import QtQuick
import QtQuick.Controls
import Qt.labs.settings
import Murnau.Bridge

// The main window: the menus, a header, the views (shot camera with its HUD, free view, plan)
// in resizable splits, the side panel (library and inspector) and the transport. A .murnau file dropped on the window is opened (after the unsaved-changes prompt).
ApplicationWindow {
    id: root

    // The open project (set by main.cpp / the GUI tests through setInitialProperties).
    required property ProjectDocument document

    width: 1600
    height: 900
    minimumWidth: 1024
    minimumHeight: 600
    visible: false   // main.cpp sizes the window to the screen, then shows it
    color: Theme.window
    // "warehouse.murnau* — Murnau": the file, a star while there are unsaved changes.
    title: document.loaded ? document.displayName + (document.modified ? "*" : "") + " \u2014 Murnau" : "Murnau"

    // The Controls (menus, fields, dialogs) in the theme's colours.
    palette {
        window: Theme.panel
        windowText: Theme.text
        base: Theme.panelRaised
        alternateBase: Theme.panel
        text: Theme.text
        button: Theme.panelRaised
        buttonText: Theme.text
        brightText: Theme.text
        highlight: Theme.accent
        highlightedText: Theme.window
        placeholderText: Theme.textFaint
        light: Theme.panelRaised
        midlight: Theme.divider
        mid: Theme.divider
        dark: Theme.window
        shadow: "#000000"
        toolTipBase: Theme.panelRaised
        toolTipText: Theme.text
        disabled {
            windowText: Theme.textFaint
            text: Theme.textFaint
            buttonText: Theme.textFaint
        }
    }

    onClosing: function(close) { controller.requestClose(close) }

    DocumentController {
        id: controller
        document: root.document
        window: root
    }

    menuBar: MainMenuBar {
        controller: controller
        onExportRequested: function(kind) { exportDialog.openFor(kind) }
    }

    // File ▸ Export: the exporter, the frames it renders for PDFs (never seen), and its dialog.
    ProjectExporter {
        id: exporter
        objectName: "projectExporter"
        document: root.document
    }
    ShotFrameRenderer {
        document: root.document
        exporter: exporter
    }
    ExportDialog {
        id: exportDialog
        parent: root.contentItem
        document: root.document
        exporter: exporter
    }

    // Header: the wordmark, the project and the camera.
    Rectangle {
        id: header
        // Every attached ToolTip shares one instance whose label would take a project's name
        // starting with a tag as rich text (fetching <img> sources): make it plain, once.
        Component.onCompleted: ToolTip.toolTip.contentItem.textFormat = Text.PlainText
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.headerHeight
        color: Theme.panel

        Row {
            anchors { left: parent.left; leftMargin: 16; verticalCenter: parent.verticalCenter }
            spacing: 16
            Text {
                textFormat: Text.PlainText
                text: "MURNAU"
                color: Theme.accent
                font { family: Theme.fontFamily; pixelSize: Theme.fontNormal; bold: true; letterSpacing: 3 }
                anchors.verticalCenter: parent.verticalCenter
            }
            Rectangle { width: 1; height: 18; color: Theme.divider; anchors.verticalCenter: parent.verticalCenter }
            Text {
                textFormat: Text.PlainText
                text: root.document.loaded ? root.document.title : qsTr("No project")
                color: Theme.text
                font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
                anchors.verticalCenter: parent.verticalCenter
            }
        }
        Text {
            textFormat: Text.PlainText
            anchors { right: parent.right; rightMargin: 16; verticalCenter: parent.verticalCenter }
            visible: root.document.shotCamera.valid
            text: qsTr("Camera %1  \u00b7  %2 fps").arg(root.document.shotCamera.name).arg(root.document.frameRateLabel)
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.divider }
    }

    // Pixels a split handle takes, at most, in the sums of minimum heights below.
    readonly property int splitHandleAllowance: 8

    // Which views are shown (View menu) and how the window is divided, remembered between runs.
    property bool showFreeView: true
    property bool showPlanView: true
    property bool showTimeline: true
    Settings {
        id: layoutSettings
        category: "layout"
        property alias showFreeView: root.showFreeView
        property alias showPlanView: root.showPlanView
        property alias showTimeline: root.showTimeline
        property var outerSplit
        property var mainSplit
        property var viewsSplit
        property var topSplit
    }
    Component.onCompleted: {
        if (layoutSettings.outerSplit) outerSplit.restoreState(layoutSettings.outerSplit)
        if (layoutSettings.mainSplit) mainSplit.restoreState(layoutSettings.mainSplit)
        if (layoutSettings.viewsSplit) viewsSplit.restoreState(layoutSettings.viewsSplit)
        if (layoutSettings.topSplit) topSplit.restoreState(layoutSettings.topSplit)
    }
    Component.onDestruction: {
        layoutSettings.outerSplit = outerSplit.saveState()
        layoutSettings.mainSplit = mainSplit.saveState()
        layoutSettings.viewsSplit = viewsSplit.saveState()
        layoutSettings.topSplit = topSplit.saveState()
    }

    // The set in 3D, shown by the shot view and the free view.
    SetScene {
        id: setScene
        document: root.document
    }

    // Views on the left (shot camera and free view side by side over the plan), the library and
    // inspector on the right, the timeline under them; the transport under everything.

    SplitView {
        id: outerSplit
        objectName: "outerSplit"
        anchors { top: header.bottom; left: parent.left; right: parent.right; bottom: transport.top }
        orientation: Qt.Vertical

    SplitView {
        id: mainSplit
        objectName: "mainSplit"
        orientation: Qt.Horizontal
        SplitView.fillHeight: true
        // Room for the shot view and, when shown, the plan at their smallest (and the handle
        // between them); the timeline gives way below this instead of covering them.
        SplitView.minimumHeight: topSplit.SplitView.minimumHeight
                                 + (planPanel.visible ? planPanel.SplitView.minimumHeight + root.splitHandleAllowance : 0)

        SplitView {
            id: viewsSplit
            objectName: "viewsSplit"
            orientation: Qt.Vertical
            SplitView.fillWidth: true
            visible: !root.document.compare.active   // the compare view takes its place

            SplitView {
                id: topSplit
                objectName: "topSplit"
                orientation: Qt.Horizontal
                SplitView.fillHeight: true
                SplitView.minimumHeight: 240

                Item {
                    id: shotPane
                    SplitView.fillWidth: true
                    SplitView.minimumWidth: 320
                    Viewport {
                        id: viewport
                        document: root.document
                        setScene: setScene
                        anchors { top: parent.top; left: parent.left; right: parent.right; bottom: hud.top }
                    }
                    Hud {
                        id: hud
                        document: root.document
                        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
                        height: Theme.hudHeight
                    }
                }
                FreeView {
                    id: freeView
                    objectName: "freeView"
                    document: root.document
                    setScene: setScene
                    visible: root.showFreeView
                    SplitView.preferredWidth: 560
                    SplitView.minimumWidth: 240
                }
            }
            PlanPanel {
                id: planPanel
                objectName: "planPanel"
                document: root.document
                visible: root.showPlanView
                SplitView.preferredHeight: 240
                SplitView.minimumHeight: 160
                // Never so tall that the shot view above is pushed under it.
                SplitView.maximumHeight: Math.max(SplitView.minimumHeight, viewsSplit.height
                                                  - topSplit.SplitView.minimumHeight - root.splitHandleAllowance)
            }
        }
        // While a comparison is open: the compare view in place of the views (Shot > Compare…).
        ComparePanel {
            id: comparePanel
            objectName: "comparePanel"
            document: root.document
            visible: root.document.compare.active
            SplitView.fillWidth: true
            SplitView.minimumWidth: 480
        }
        SidePanel {
            id: sidePanel
            document: root.document
            SplitView.preferredWidth: Theme.sidePanelWidth
            SplitView.minimumWidth: 260
        }
    }

    // The shots as clips, the shown shot's tracks and keys, and the curve editor, across the window.
    TimelinePanel {
        id: timelinePanel
        objectName: "timelinePanel"
        document: root.document
        // The compare view has its own playhead and plots: the shot's timeline steps aside.
        visible: root.showTimeline && !root.document.compare.active
        SplitView.preferredHeight: 420
        SplitView.minimumHeight: 160
        // In a short window the timeline shrinks rather than cover the views.
        SplitView.maximumHeight: Math.max(SplitView.minimumHeight, outerSplit.height
                                          - mainSplit.SplitView.minimumHeight - root.splitHandleAllowance)
    }
    }

    TransportBar {
        id: transport
        objectName: "transportBar"
        document: root.document
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
    }

    // Drop a project file on the window to open it.
    DropArea {
        id: dropArea
        anchors.fill: parent
        // The first dropped .murnau file, as a local path ("" if none).
        function projectPath(urls) {
            for (let i = 0; i < urls.length; ++i) {
                const path = root.document.localPath(urls[i])
                if (path.toLowerCase().endsWith(".murnau"))
                    return path
            }
            return ""
        }
        onEntered: function(drag) { drag.accepted = drag.hasUrls && projectPath(drag.urls).length > 0 }
        onDropped: function(drop) {
            const path = projectPath(drop.urls)
            if (path.length === 0)
                return
            drop.acceptProposedAction()
            controller.openPath(path)
        }
        Rectangle {
            anchors.fill: parent
            visible: dropArea.containsDrag
            color: "transparent"
            border { color: Theme.accent; width: 3 }
        }
    }
}
