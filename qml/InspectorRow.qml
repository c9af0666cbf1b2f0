import QtQuick

// One row of the inspector: a label on the left (with its unit, "Height"), an editor on the
// right filling the rest of the row (the children of the row go into it).
Item {
    id: row

    property string label
    property int labelWidth: 92
    default property alias editor: holder.data

    width: parent ? parent.width : 0
    height: 28

    Text {
        textFormat: Text.PlainText
        anchors { left: parent.left; right: holder.left; rightMargin: 6; verticalCenter: parent.verticalCenter }
        text: row.label
        color: Theme.textDim
        elide: Text.ElideRight
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    }
    Item {
        id: holder
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom; topMargin: 2; bottomMargin: 2 }
        width: row.width - row.labelWidth
    }
}
