import QtQuick

// Composition guides over the shot camera's picture, drawn inside the delivery frame lines (not
// the full gate): rule-of-thirds lines, a centre cross, and the action-safe and title-safe areas
// of SMPTE RP 2046-1 (Safe Areas for Widescreen 16:9 Television Production): action safe is the
// central 93 % of the frame's width and height, title safe the central 90 %.
Item {
    id: guides

    property rect frameRect: Qt.rect(0, 0, 1, 1)   // delivery frame as fractions of the picture
    property bool showThirds: false
    property bool showCentre: false
    property bool showActionSafe: false
    property bool showTitleSafe: false

    readonly property real actionSafeFraction: 0.93   // SMPTE RP 2046-1 action safe
    readonly property real titleSafeFraction: 0.90    // SMPTE RP 2046-1 title safe
    readonly property color lineColor: Theme.frameLine
    readonly property real lineOpacity: 0.55

    // The delivery frame in pixels of this item.
    readonly property real frameX: frameRect.x * width
    readonly property real frameY: frameRect.y * height
    readonly property real frameW: frameRect.width * width
    readonly property real frameH: frameRect.height * height

    // A centred rectangle covering `fraction` of the frame's width and height.
    component SafeArea: Rectangle {
        property real fraction: 1
        x: Math.round(guides.frameX + guides.frameW * (1 - fraction) / 2)
        y: Math.round(guides.frameY + guides.frameH * (1 - fraction) / 2)
        width: Math.round(guides.frameW * fraction)
        height: Math.round(guides.frameH * fraction)
        color: "transparent"
        border { width: 1; color: guides.lineColor }
        opacity: guides.lineOpacity
    }

    // Thirds: two vertical and two horizontal lines.
    Repeater {
        model: guides.showThirds ? [1, 2] : []
        delegate: Item {
            required property int modelData
            Rectangle {
                objectName: "thirdsVertical"
                x: Math.round(guides.frameX + guides.frameW * modelData / 3)
                y: Math.round(guides.frameY)
                width: 1
                height: Math.round(guides.frameH)
                color: guides.lineColor
                opacity: guides.lineOpacity
            }
            Rectangle {
                x: Math.round(guides.frameX)
                y: Math.round(guides.frameY + guides.frameH * modelData / 3)
                width: Math.round(guides.frameW)
                height: 1
                color: guides.lineColor
                opacity: guides.lineOpacity
            }
        }
    }

    // Centre cross, 3 % of the frame's width each way.
    Item {
        visible: guides.showCentre
        readonly property real armPx: Math.max(6, Math.round(guides.frameW * 0.03))
        readonly property real cx: Math.round(guides.frameX + guides.frameW / 2)
        readonly property real cy: Math.round(guides.frameY + guides.frameH / 2)
        Rectangle { x: parent.cx - parent.armPx; y: parent.cy; width: 2 * parent.armPx + 1; height: 1; color: guides.lineColor; opacity: guides.lineOpacity * 1.4 }
        Rectangle { x: parent.cx; y: parent.cy - parent.armPx; width: 1; height: 2 * parent.armPx + 1; color: guides.lineColor; opacity: guides.lineOpacity * 1.4 }
    }

    SafeArea { objectName: "actionSafe"; visible: guides.showActionSafe; fraction: guides.actionSafeFraction }
    SafeArea { objectName: "titleSafe"; visible: guides.showTitleSafe; fraction: guides.titleSafeFraction }
}
