import QtQuick
import Murnau.Bridge

// The transport (being built: issue 5).
Item {
    id: transport
    required property ProjectDocument document
    height: 0
}
