import QtQuick

// Frame lines for the delivery aspect over the full-gate picture: the picture outside the
// lines is dimmed, the lines themselves are one thin pixel, with the aspect in the corner.
Item {
    id: lines

    property rect frameRect: Qt.rect(0, 0, 1, 1)   // delivery frame as fractions of the picture
    property string label                          // "2.39:1"

    // The frame in whole pixels of this item.
    readonly property int frameLeft: Math.round(frameRect.x * width)
    readonly property int frameTop: Math.round(frameRect.y * height)
    readonly property int frameRight: Math.round((frameRect.x + frameRect.width) * width)
    readonly property int frameBottom: Math.round((frameRect.y + frameRect.height) * height)

    // Dimmed picture outside the frame: above, below, left, right.
    Rectangle { x: 0; y: 0; width: lines.width; height: lines.frameTop; color: "black"; opacity: Theme.outsideFrameOpacity }
    Rectangle { x: 0; y: lines.frameBottom; width: lines.width; height: lines.height - lines.frameBottom; color: "black"; opacity: Theme.outsideFrameOpacity }
    Rectangle { x: 0; y: lines.frameTop; width: lines.frameLeft; height: lines.frameBottom - lines.frameTop; color: "black"; opacity: Theme.outsideFrameOpacity }
    Rectangle { x: lines.frameRight; y: lines.frameTop; width: lines.width - lines.frameRight; height: lines.frameBottom - lines.frameTop; color: "black"; opacity: Theme.outsideFrameOpacity }

    // The line.
    Rectangle {
        x: lines.frameLeft
        y: lines.frameTop
        width: lines.frameRight - lines.frameLeft
        height: lines.frameBottom - lines.frameTop
        color: "transparent"
        border { width: 1; color: Theme.frameLine }
        opacity: 0.8
    }

    Text {
        textFormat: Text.PlainText
        x: lines.frameLeft + 8
        y: lines.frameTop - height - 4 >= 0 ? lines.frameTop - height - 4 : lines.frameTop + 6
        text: lines.label
        color: Theme.frameLine
        opacity: 0.8
        font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
    }
}
