import QtQuick
import QtQuick.Controls

// A multi-line row of the inspector (a shot's description and notes; props and equipment, one
// item a line): the label on the left, aligned like InspectorRow's, and a text area on the right
// that grows with its text. It shows `shown` (the document's value); Ctrl+Enter, or leaving the
// area, sends what was typed to `commit` (one undo step), then the area shows the document's
// value again, taken or refused. Enter starts a new line, Escape throws the typing away, Tab and
// Shift+Tab move to the next and previous field like everywhere else in the form.
Item {
    id: row

    property string label
    property int labelWidth: 92
    property string shown
    property string placeholderText
    // Where the keyboard goes after Ctrl+Enter or Escape (the side panel).
    property Item focusAfterCommit: null
    // The text area itself (tests type into it).
    readonly property alias area: area
    signal commit(string text)

    width: parent ? parent.width : 0
    height: Math.max(28, area.implicitHeight + 4)

    Text {
        textFormat: Text.PlainText
        // On the first line's middle, where InspectorRow centres its label on a one-line row.
        anchors { left: parent.left; right: area.left; rightMargin: 6; top: parent.top }
        height: 28
        verticalAlignment: Text.AlignVCenter
        text: row.label
        color: Theme.textDim
        elide: Text.ElideRight
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
    }
    TextArea {
        id: area

        anchors { right: parent.right; top: parent.top; topMargin: 2 }
        width: row.width - row.labelWidth
        text: row.shown
        placeholderText: row.placeholderText
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        leftPadding: 6
        rightPadding: 6
        topPadding: 5
        bottomPadding: 5
        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        // A text area has no background of its own: the one a TextField of the style has, so
        // the area reads as a field like the rows above it.
        background: Rectangle {
            color: area.palette.base
            border.width: area.activeFocus ? 2 : 1
            border.color: area.activeFocus ? area.palette.highlight : area.palette.mid
        }

        function finish() {
            if (text !== row.shown)
                row.commit(text)
            // Back to the document's value (the new one, or the old one after a refusal).
            text = Qt.binding(function() { return row.shown })
        }
        function leave() {
            if (row.focusAfterCommit)
                row.focusAfterCommit.forceActiveFocus()
        }
        onActiveFocusChanged: if (!activeFocus && text !== row.shown) finish()
        Keys.onPressed: function(event) {
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                finish()
                leave()
                event.accepted = true
            } else if (event.key === Qt.Key_Escape) {
                text = Qt.binding(function() { return row.shown })
                leave()
                event.accepted = true
            } else if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
                const next = area.nextItemInFocusChain(event.key === Qt.Key_Tab && !(event.modifiers & Qt.ShiftModifier))
                if (next)
                    next.forceActiveFocus(event.key === Qt.Key_Tab ? Qt.TabFocusReason : Qt.BacktabFocusReason)
                event.accepted = true
            }
        }
    }
}
