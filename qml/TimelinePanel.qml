// The timeline panel under the views: the scene's shots as clips (ClipStrip), the shown shot's
// tracks with their keys (TimelineTracks), and the curve editor (CurveEditorPanel) beside them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Murnau.Bridge

Rectangle {
    id: root
    required property ProjectDocument document
    color: Theme.panel

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        ClipStrip {
            id: clipStrip
            objectName: "clipStrip"
            document: root.document
            Layout.fillWidth: true
        }
        SplitView {
            id: timelineSplit
            objectName: "timelineSplit"
            orientation: Qt.Horizontal
            Layout.fillWidth: true
            Layout.fillHeight: true
            TimelineTracks {
                id: tracks
                objectName: "timelineTracks"
                document: root.document
                SplitView.fillWidth: true
                SplitView.minimumWidth: 360
            }
            CurveEditorPanel {
                id: curves
                objectName: "curveEditorPanel"
                document: root.document
                SplitView.preferredWidth: 720
                SplitView.minimumWidth: 280
            }
        }
    }
}
