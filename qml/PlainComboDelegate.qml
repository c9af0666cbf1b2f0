import QtQuick
import QtQuick.Controls

// One choice of a ComboBox's list, as plain text. A choice may be a name from someone else's
// project file (a camera, a lens kit, an actor), and the Controls' own label takes a text that
// starts with a tag as rich text: an <img> source is then fetched, and in Qt 6.4 it crashes the
// app. `combo` is the box; an entry is a string, or an object whose `combo.textRole` (or "label")
// names its text.
ItemDelegate {
    id: choice

    required property var modelData
    required property int index
    property ComboBox combo                      // the box this choice belongs to

    readonly property string label: {
        if (typeof modelData !== "object" || modelData === null)
            return String(modelData)
        const role = combo && combo.textRole ? combo.textRole : "label"
        return String(modelData[role])
    }

    width: combo ? combo.width : implicitWidth
    highlighted: combo !== null && combo.highlightedIndex === index
    contentItem: Text {
        text: choice.label
        textFormat: Text.PlainText
        font: choice.font
        color: choice.highlighted ? choice.palette.highlightedText : choice.palette.text
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
