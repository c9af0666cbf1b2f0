import QtQuick
import QtQuick.Window
import Murnau.Bridge

// The main window: header, the shot camera's picture with its HUD, and the side panel.
Window {
    id: root

    // The open project (set by main.cpp / the GUI tests through setInitialProperties).
    required property ProjectDocument document

    width: 1600
    height: 900
    minimumWidth: 1024
    minimumHeight: 600
    visible: false   // main.cpp sizes the window to the screen, then shows it
    color: Theme.window
    title: document.loaded && document.title.length > 0 ? document.title + " \u2014 Murnau" : "Murnau"

    // Header: the wordmark, the project and the camera.
    Rectangle {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.headerHeight
        color: Theme.panel

        Row {
            anchors { left: parent.left; leftMargin: 16; verticalCenter: parent.verticalCenter }
            spacing: 16
            Text {
                text: "MURNAU"
                color: Theme.accent
                font { family: Theme.fontFamily; pixelSize: Theme.fontNormal; bold: true; letterSpacing: 3 }
                anchors.verticalCenter: parent.verticalCenter
            }
            Rectangle { width: 1; height: 18; color: Theme.divider; anchors.verticalCenter: parent.verticalCenter }
            Text {
                text: root.document.loaded ? root.document.title : qsTr("No project")
                color: Theme.text
                font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
                anchors.verticalCenter: parent.verticalCenter
            }
        }
        Text {
            anchors { right: parent.right; rightMargin: 16; verticalCenter: parent.verticalCenter }
            visible: root.document.shotCamera.valid
            text: qsTr("Camera %1  \u00b7  %2 fps").arg(root.document.shotCamera.name).arg(root.document.frameRateLabel)
            color: Theme.textDim
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
        Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } height: 1; color: Theme.divider }
    }

    SidePanel {
        id: sidePanel
        document: root.document
        anchors { top: header.bottom; bottom: parent.bottom; right: parent.right }
        width: Theme.sidePanelWidth
    }

    Viewport {
        id: viewport
        document: root.document
        anchors { top: header.bottom; left: parent.left; right: sidePanel.left; bottom: hud.top }
    }

    Hud {
        id: hud
        shotCamera: root.document.shotCamera
        anchors { left: parent.left; right: sidePanel.left; bottom: parent.bottom }
        height: Theme.hudHeight
    }
}
