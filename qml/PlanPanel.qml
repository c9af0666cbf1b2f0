import QtQuick
import Murnau.Bridge

// The plan view (being built: issue 5).
Item {
    id: planPanel
    required property ProjectDocument document
}
