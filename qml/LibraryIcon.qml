import QtQuick

// A small line drawing of what a library button adds ("box", "cylinder", "wall", "stairs",
// "model", "actor", "camera"), 22 x 18 logical pixels, in `color`.
Item {
    id: icon

    property string shape
    property color color: Theme.text

    implicitWidth: 22
    implicitHeight: 18

    // Box: a square.
    Rectangle {
        visible: icon.shape === "box"
        anchors.centerIn: parent
        width: 14; height: 14
        color: "transparent"
        border { width: 1.5; color: icon.color }
    }
    // Cylinder: a tall rounded outline.
    Rectangle {
        visible: icon.shape === "cylinder"
        anchors.centerIn: parent
        width: 12; height: 16
        radius: 5
        color: "transparent"
        border { width: 1.5; color: icon.color }
    }
    // Wall: a long thin slab with a door gap.
    Row {
        visible: icon.shape === "wall"
        anchors.centerIn: parent
        spacing: 4
        Rectangle { width: 6; height: 12; color: icon.color }
        Rectangle { width: 8; height: 12; color: "transparent"; border { width: 1; color: icon.color } }
        Rectangle { width: 4; height: 12; color: icon.color }
    }
    // Stairs: three steps.
    Item {
        visible: icon.shape === "stairs"
        anchors.fill: parent
        Repeater {
            model: 3
            Rectangle {
                required property int index
                x: 2 + index * 6
                y: parent.height - 5 * (index + 1) - 1
                width: 6
                height: 5 * (index + 1)
                color: icon.color
            }
        }
    }
    // Model: a triangle outline (a mesh).
    Canvas {
        visible: icon.shape === "model"
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = icon.color
            ctx.lineWidth = 1.5
            ctx.beginPath()
            ctx.moveTo(width / 2, 2)
            ctx.lineTo(width - 3, height - 2)
            ctx.lineTo(3, height - 2)
            ctx.closePath()
            ctx.moveTo(width / 2, 2)
            ctx.lineTo(width / 2 + 1, height - 2)
            ctx.stroke()
        }
    }
    // Actor: a head over a body.
    Column {
        visible: icon.shape === "actor"
        anchors.centerIn: parent
        spacing: 1
        Rectangle { anchors.horizontalCenter: parent.horizontalCenter; width: 6; height: 6; radius: 3; color: icon.color }
        Rectangle { anchors.horizontalCenter: parent.horizontalCenter; width: 10; height: 10; radius: 3; color: icon.color }
    }
    // Camera: a body and a lens.
    Row {
        visible: icon.shape === "camera"
        anchors.centerIn: parent
        Rectangle { width: 12; height: 10; radius: 2; color: icon.color; anchors.verticalCenter: parent.verticalCenter }
        Rectangle { width: 5; height: 6; color: icon.color; anchors.verticalCenter: parent.verticalCenter }
    }
}
