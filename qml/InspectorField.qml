import QtQuick
import QtQuick.Controls

// A typed value of the inspector: shows `shown` (the document's value as text, "1.68 m"),
// and on Enter (or leaving the field) sends what was typed to `commit`. Whether the edit was
// taken or refused, the field goes back to showing the document's value. Enter also hands the
// keyboard back to the window, so Ctrl+Z and Delete act on the document again.
TextField {
    id: field

    property string shown
    // Where the keyboard goes after Enter (the side panel).
    property Item focusAfterCommit: null
    signal commit(string text)

    anchors.fill: parent
    text: shown
    selectByMouse: true
    leftPadding: 6
    rightPadding: 6
    topPadding: 0
    bottomPadding: 0
    font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
    horizontalAlignment: Text.AlignRight
    verticalAlignment: Text.AlignVCenter

    function finish() {
        if (text !== shown)
            commit(text)
        // Back to the document's value (the new one, or the old one after a refusal).
        text = Qt.binding(function() { return field.shown })
    }
    onAccepted: {
        finish()
        if (focusAfterCommit)
            focusAfterCommit.forceActiveFocus()
    }
    onActiveFocusChanged: if (!activeFocus && text !== shown) finish()
    Keys.onEscapePressed: {
        text = Qt.binding(function() { return field.shown })
        if (focusAfterCommit)
            focusAfterCommit.forceActiveFocus()
    }
}
