import QtQuick
import Murnau.Bridge

// The window of `murnau --export-shot-list`: only the frame renderer, for the PDF's pictures.
// It must be shown (the frames come from its render loop) but is small and has nothing else.
Window {
    id: window

    required property ProjectDocument document
    required property ProjectExporter exporter

    width: 320
    height: 180
    visible: false   // shown by the headless export once it is set up
    title: qsTr("Murnau export")
    color: Theme.window

    ShotFrameRenderer {
        document: window.document
        exporter: window.exporter
    }
}
