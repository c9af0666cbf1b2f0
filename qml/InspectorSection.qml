import QtQuick

// A section heading of the side panel ("LIBRARY", "INSPECTOR"): small dim capitals.
Text {
    textFormat: Text.PlainText
    width: parent ? parent.width : 0
    color: Theme.textDim
    elide: Text.ElideRight
    font { family: Theme.fontFamily; pixelSize: 10; letterSpacing: 1.5; bold: true }
    topPadding: 16
    bottomPadding: 6
}
