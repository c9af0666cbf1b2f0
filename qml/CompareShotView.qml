import QtQuick
import QtQuick3D
import Murnau.Bridge

// One side of the compare view (ComparePanel.qml): the set through that side's camera at the
// comparison's playhead (a ShotCamera of document.compare), with the comparison's actors, the
// delivery frame lines and a label with the side's move, lens and position. Like the shot view
// (Viewport.qml) the picture is letterboxed to the full gate's projected aspect, so every side
// of one comparison (one camera setup) gets a picture of exactly the same size in the same slot.
// The View3D renders offscreen: it is a texture provider, so the overlay modes composite the
// sides' pictures (`view`) in a ShaderEffect, and the comparison sheet grabs them.
Item {
    id: side

    required property ProjectDocument document
    required property ShotCamera camera
    // The set with the comparison's actors (a SetScene shared by the sides), imported into this view.
    required property Node setScene
    // The side as ShotComparison::panels lists it: {side, title, description, lens, position}.
    property var panel: ({})
    // Shows the frame lines and the label over the picture (off under the overlay, which draws its own).
    property bool decorated: true
    // The picture's item: the View3D (for grabs and the comparison sheet).
    property alias view: view
    // The picture's rectangle in this item, whole pixels.
    readonly property rect pictureRect: Qt.rect(picture.x, picture.y, picture.width, picture.height)
    property alias picture: picture
    readonly property bool showsPicture: camera.valid
    readonly property real aspect: camera.valid ? camera.sensorAspect : 16 / 9
    readonly property int margin: 8   // room around the picture, pixels

    clip: true

    // The picture in whole pixels with exactly the gate's aspect, centred in the free space.
    Item {
        id: picture
        width: Math.max(1, Math.floor(Math.min(side.width - 2 * side.margin,
                                               (side.height - 2 * side.margin) * side.aspect)))
        height: Math.max(1, Math.round(width / side.aspect))
        x: Math.floor((side.width - width) / 2)
        y: Math.floor((side.height - height) / 2)
        visible: side.showsPicture

        View3D {
            id: view
            objectName: "compareView_" + (side.panel.side || "")
            anchors.fill: parent
            camera: sideCam
            // Offscreen: the overlay layers it and the comparison sheet grabs it.
            renderMode: View3D.Offscreen

            environment: SceneEnvironment {
                backgroundMode: SceneEnvironment.Color
                clearColor: Theme.viewportClear
                antialiasingMode: SceneEnvironment.ProgressiveAA
                antialiasingQuality: SceneEnvironment.Medium
            }

            // As the shot view's camera (Viewport.qml): outside the scaled world, plain scene units.
            PerspectiveCamera {
                id: sideCam
                position: side.camera.positionM.times(Theme.sceneUnitsPerMetre)
                eulerRotation: side.camera.eulerRotationDeg
                fieldOfViewOrientation: PerspectiveCamera.Vertical
                fieldOfView: side.camera.verticalFovDeg
                clipNear: 10
                clipFar: 100000
            }

            // The set with the comparison's actors, shared by every side; the lights stay each
            // view's own. Shadows cost most on a software renderer, and two or three views render at once.
            importScene: side.setScene
            SetLights { shadows: false }
        }
    }

    FrameLines {
        x: picture.x
        y: picture.y
        width: picture.width
        height: picture.height
        visible: side.showsPicture && side.decorated
        frameRect: side.camera.deliveryRect
        label: side.camera.deliveryLabel
    }

    // The side's move, lens and position, on a dark plate over the picture's top right corner.
    Rectangle {
        id: plate
        objectName: "compareLabel_" + (side.panel.side || "")
        x: picture.x + picture.width - width - 6
        y: picture.y + 6
        width: labelColumn.implicitWidth + 16
        height: labelColumn.implicitHeight + 10
        visible: side.showsPicture && side.decorated
        color: Qt.rgba(0.055, 0.06, 0.067, 0.78)
        radius: 3
        Column {
            id: labelColumn
            x: 8
            y: 5
            spacing: 1
            Text {
                textFormat: Text.PlainText
                width: Math.min(implicitWidth, picture.width - 28)
                text: side.panel.title || ""
                color: Theme.accent
                elide: Text.ElideRight
                font { family: Theme.fontFamily; pixelSize: Theme.fontNormal; bold: true }
            }
            Text {
                textFormat: Text.PlainText
                width: Math.min(implicitWidth, picture.width - 28)
                text: side.panel.lens || ""
                color: Theme.text
                elide: Text.ElideRight
                font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
            }
            Text {
                textFormat: Text.PlainText
                width: Math.min(implicitWidth, picture.width - 28)
                text: side.panel.position || ""
                color: Theme.textDim
                elide: Text.ElideRight
                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
            }
        }
    }

    // Why this side shows nothing (core's words).
    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        width: parent.width - 32
        visible: !side.showsPicture
        text: side.camera.errorText
        color: Theme.error
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
    }
}
