import QtQuick
import Murnau.Bridge

// Name tags floating above the actors' heads, over the picture. Each tag sits where core's
// projection (ShotCamera.projectToView) puts a point just above the actor's crown.
Item {
    id: overlay

    property ActorListModel actors
    property ShotCamera shotCamera

    readonly property real liftM: 0.12   // gap between the crown and the tag, metres

    // Where the tag of an actor standing at positionM (metres) and heightM tall is pinned, in
    // pixels of this item, or undefined when that point is behind the lens. Reading
    // shotCamera.valid ties the calling binding to cameraChanged(), so tags follow the camera.
    function tagAnchor(positionM: vector3d, heightM: real): var {
        if (!shotCamera || !shotCamera.valid)
            return undefined
        return shotCamera.projectToView(Qt.vector3d(positionM.x, positionM.y + heightM + liftM, positionM.z),
                                        width, height)
    }

    Repeater {
        model: overlay.actors
        delegate: Item {
            id: tag

            required property string name
            required property real heightM
            required property vector3d positionM
            required property color color

            readonly property var anchorPx: overlay.tagAnchor(positionM, heightM)

            visible: anchorPx !== undefined && anchorPx.x >= 0 && anchorPx.x <= overlay.width
                     && anchorPx.y >= 0 && anchorPx.y <= overlay.height
            x: visible ? Math.round(anchorPx.x - pill.width / 2) : 0
            y: visible ? Math.round(anchorPx.y - pill.height) : 0

            Rectangle {
                id: pill
                width: row.implicitWidth + 14
                height: row.implicitHeight + 6
                radius: height / 2
                color: Qt.rgba(0.05, 0.05, 0.06, 0.72)
                border { width: 1; color: Qt.rgba(tag.color.r, tag.color.g, tag.color.b, 0.8) }

                Row {
                    id: row
                    anchors.centerIn: parent
                    spacing: 5
                    Rectangle {
                        width: 7; height: 7; radius: 3.5
                        color: tag.color
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Text {
                        textFormat: Text.PlainText
                        text: tag.name
                        color: Theme.text
                        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
                    }
                }
            }
        }
    }
}
