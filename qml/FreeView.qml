import QtQuick
import QtQuick3D
import Murnau.Bridge

// The free working view (being built: issue 5).
Item {
    id: freeView
    required property ProjectDocument document
    required property Node setScene
}
