// Foundation stub: replaced by its helper.
import QtQuick
import Murnau.Bridge

Rectangle {
    required property ProjectDocument document
    implicitHeight: 40
    color: Theme.panel
    Text { anchors.centerIn: parent; text: "CurveEditorPanel"; color: Theme.text }
}
