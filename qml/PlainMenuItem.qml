import QtQuick
import QtQuick.Controls

// A menu item whose label is plain text. Its text may hold a name from someone else's project
// file (a track's actor, a recent file's folder), and the Controls' own label takes a text that
// starts with a tag as rich text: an <img> source is then fetched, and in Qt 6.4 it crashes the
// app. An "&" mnemonic in `text` still works; the label shows it without the "&".
MenuItem {
    id: item

    contentItem: Text {
        leftPadding: item.checkable && item.indicator && !item.mirrored ? item.indicator.width + item.spacing : 0
        rightPadding: item.checkable && item.indicator && item.mirrored ? item.indicator.width + item.spacing : 0
        text: item.text.replace(/&(.)/g, "$1")
        textFormat: Text.PlainText
        font: item.font
        color: item.highlighted ? item.palette.highlightedText : item.palette.text
        elide: Text.ElideMiddle
        verticalAlignment: Text.AlignVCenter
    }
}
