import QtQuick
import Murnau.Bridge

// Name tags over the placeholders of imported models whose file is missing, over the picture:
// the piece's name and the file the project asks for. Each tag sits where core's projection
// (ShotCamera.projectToView) puts a point just above the placeholder box (the collision box,
// or 1 m when the piece has none; ImportedModelPiece.qml draws the box).
Item {
    id: overlay

    property SetPieceListModel pieces
    property ShotCamera shotCamera

    readonly property real liftM: 0.2                 // gap between the box's top and the tag, metres
    readonly property real defaultBoxHeightM: 1.0     // ImportedModelPiece's box without a collision box
    readonly property color placeholderColor: "#ff2bd6"   // the placeholder box's colour (ImportedModelPiece.qml)

    // Where the tag over a box standing at positionM (metres) and heightM tall is pinned, in
    // pixels of this item, or undefined when that point is behind the lens. Reading
    // shotCamera.valid ties the calling binding to cameraChanged(), so tags follow the camera.
    function tagAnchor(positionM: vector3d, heightM: real): var {
        if (!shotCamera || !shotCamera.valid)
            return undefined
        return shotCamera.projectToView(Qt.vector3d(positionM.x, positionM.y + heightM + liftM, positionM.z),
                                        width, height)
    }

    Repeater {
        model: overlay.pieces
        delegate: Item {
            id: tag

            required property string name
            required property string modelPath
            required property bool modelMissing
            required property string modelProblem
            required property bool hasCollisionBox
            required property vector3d positionM
            required property vector3d sizeM

            readonly property var anchorPx: modelMissing
                                            ? overlay.tagAnchor(positionM, hasCollisionBox ? sizeM.y : overlay.defaultBoxHeightM)
                                            : undefined

            objectName: "placeholderLabel:" + name
            visible: anchorPx !== undefined && anchorPx.x >= 0 && anchorPx.x <= overlay.width
                     && anchorPx.y >= 0 && anchorPx.y <= overlay.height
            x: visible ? Math.round(anchorPx.x - card.width / 2) : 0
            y: visible ? Math.round(anchorPx.y - card.height) : 0

            Rectangle {
                id: card
                width: column.implicitWidth + 16
                height: column.implicitHeight + 8
                radius: 4
                color: Qt.rgba(0.05, 0.05, 0.06, 0.8)
                border { width: 1; color: overlay.placeholderColor }

                Column {
                    id: column
                    anchors.centerIn: parent
                    Text {
                        textFormat: Text.PlainText
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: tag.name
                        color: Theme.text
                        font { family: Theme.fontFamily; pixelSize: Theme.fontSmall; bold: true }
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "placeholderText"
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: tag.modelProblem === "not found" ? qsTr("missing model: %1").arg(tag.modelPath)
                                                              : qsTr("unusable model: %1").arg(tag.modelPath)
                        color: overlay.placeholderColor
                        font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
                    }
                }
            }
        }
    }
}
