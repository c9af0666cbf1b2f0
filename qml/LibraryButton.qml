import QtQuick
import QtQuick.Controls

// A library button: an icon over a short label ("Box"); clicking adds the item.
AbstractButton {
    id: button

    property string shape

    implicitWidth: 50
    implicitHeight: 44
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus

    background: Rectangle {
        radius: 3
        color: button.down ? Qt.lighter(Theme.panelRaised, 1.6)
             : button.hovered ? Qt.lighter(Theme.panelRaised, 1.3) : Theme.panelRaised
        border { width: button.visualFocus ? 1 : 0; color: Theme.accent }
    }
    contentItem: Column {
        spacing: 2
        topPadding: 4
        LibraryIcon {
            anchors.horizontalCenter: parent.horizontalCenter
            shape: button.shape
            color: button.enabled ? Theme.text : Theme.textFaint
        }
        Text {
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            text: button.text
            color: button.enabled ? Theme.textDim : Theme.textFaint
            font { family: Theme.fontFamily; pixelSize: 10 }
        }
    }
}
