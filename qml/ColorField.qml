import QtQuick

// A colour typed as "#rrggbb" (or a colour name), with a swatch of the document's colour.
Item {
    id: colorField

    property string shown
    property Item focusAfterCommit: null
    signal commit(string text)

    anchors.fill: parent

    Rectangle {
        id: swatch
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: height
        radius: 3
        color: colorField.shown.length > 0 ? colorField.shown : "transparent"
        border { width: 1; color: Theme.divider }
    }
    Item {
        anchors { left: swatch.right; leftMargin: 6; right: parent.right; top: parent.top; bottom: parent.bottom }
        InspectorField {
            objectName: colorField.objectName.length > 0 ? colorField.objectName + "Text" : ""
            shown: colorField.shown
            focusAfterCommit: colorField.focusAfterCommit
            onCommit: function(text) { colorField.commit(text) }
        }
    }
}
