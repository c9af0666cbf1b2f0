import QtQuick
import QtQuick3D
import Murnau.Bridge

// The free working view: the set seen through its own camera (orbit, pan, dolly, fly: FlyController),
// with what the shot camera view never shows: the shot camera as a body with its frustum, the
// shot's track, the camera's path over the shot, and the actors' walking paths and marks. The
// overlays are this view's own nodes, not part of the shared SetScene.
//
// Cost on a software renderer: the View3D renders offscreen, so it renders again only when its
// scene changes (the camera moves, an edit, the playhead); the window redrawing for other reasons
// reuses its last picture. No antialiasing (docs/performance.md).
Item {
    id: freeView

    required property ProjectDocument document
    // The shared 3D set (SetScene), imported into this view.
    required property Node setScene
    readonly property ShotCamera shotCamera: document.shotCamera
    readonly property real unitsPerMetre: Theme.sceneUnitsPerMetre

    clip: true

    // The paths and the frustum from core, rebuilt on edits and shot changes.
    ShotOverlay {
        id: overlay
        objectName: "shotOverlay"
        document: freeView.document
    }

    View3D {
        id: view
        objectName: "freeView3D"
        anchors.fill: parent
        visible: freeView.document.loaded
        camera: freeCam
        importScene: freeView.setScene
        // A working view: the same light without shadows, at half the cost (docs/performance.md).
        SetLights { shadows: false }

        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Color
            clearColor: Theme.viewportClear
            antialiasingMode: SceneEnvironment.NoAA
        }

        // The free camera: scene units like the shot camera (10 cm to 1 km clip).
        PerspectiveCamera {
            id: freeCam
            objectName: "freeCamera"
            fieldOfView: 50
            clipNear: 10
            clipFar: 100000
        }

        // The overlays, in metres.
        Node {
            id: overlays
            scale: Qt.vector3d(freeView.unitsPerMetre, freeView.unitsPerMetre, freeView.unitsPerMetre)

            // The track: the rail (or straight track) with its user points.
            PathLines {
                objectName: "trackLines"
                polylines: overlay.trackLines
                color: "#5fe0c8"
                lineWidth: 2
            }
            Repeater3D {
                model: overlay.railPoints
                delegate: Model {
                    required property vector3d modelData
                    source: "#Sphere"
                    position: modelData
                    scale: Qt.vector3d(0.0008, 0.0008, 0.0008)
                    castsShadows: false
                    materials: DefaultMaterial { lighting: DefaultMaterial.NoLighting; diffuseColor: "#5fe0c8" }
                }
            }
            // The lens over the shot.
            PathLines {
                objectName: "cameraPathLines"
                polylines: overlay.cameraPathLines
                color: Theme.accent
                lineWidth: 2
            }
            // The actors' walks, lifted 1 cm off the floor so the floor does not hide them.
            PathLines {
                objectName: "walkLines"
                y: 0.01
                polylines: overlay.walkLines
                color: "#ff5ccd"
                lineWidth: 2
            }
            // Marks: a disc on the floor with a tick towards where the actor faces.
            Repeater3D {
                id: marks
                model: overlay.marks
                delegate: Node {
                    required property var modelData
                    position: modelData.positionM
                    eulerRotation: Qt.vector3d(0, modelData.facingDeg, 0)
                    Model {
                        source: "#Cylinder"
                        y: 0.005
                        scale: Qt.vector3d(0.0024, 0.0001, 0.0024)
                        castsShadows: false
                        materials: DefaultMaterial { lighting: DefaultMaterial.NoLighting; diffuseColor: "#ff5ccd" }
                    }
                    Model {
                        source: "#Cube"
                        position: Qt.vector3d(0, 0.006, -0.18)
                        scale: Qt.vector3d(0.0004, 0.0001, 0.0024)
                        castsShadows: false
                        materials: DefaultMaterial { lighting: DefaultMaterial.NoLighting; diffuseColor: "#ff5ccd" }
                    }
                }
            }
            // The shot camera at the playhead.
            CameraBody {
                id: cameraBody
                objectName: "cameraBody"
                visible: freeView.shotCamera.valid
                position: freeView.shotCamera.positionM
                eulerRotation: freeView.shotCamera.eulerRotationDeg
                frustumLines: overlay.frustumLines
            }
        }
    }

    FlyController {
        id: controller
        objectName: "freeViewController"
        anchors.fill: view
        camera: freeCam
        view: view
        boundsM: overlay.planBoundsM
    }

    // The marks' names, pinned over the 3D view where the free camera sees them. Reading the
    // camera's position and rotation ties each binding to the camera, so the names follow it.
    Repeater {
        model: overlay.marks
        delegate: Text {
            textFormat: Text.PlainText
            required property var modelData
            readonly property vector3d anchorPx: {
                freeCam.position; freeCam.eulerRotation; view.width; view.height
                const m = modelData.positionM
                return view.mapFrom3DScene(Qt.vector3d(m.x * freeView.unitsPerMetre, 0.05 * freeView.unitsPerMetre,
                                                       m.z * freeView.unitsPerMetre))
            }
            visible: view.visible && anchorPx.z > 0 && anchorPx.x >= 0 && anchorPx.x <= view.width
                     && anchorPx.y >= 0 && anchorPx.y <= view.height
            x: Math.round(anchorPx.x + 6)
            y: Math.round(anchorPx.y - height / 2)
            text: modelData.label
            color: "#ffa3e4"
            style: Text.Outline
            styleColor: "#000000"
            font { family: Theme.fontFamily; pixelSize: Theme.fontSmall }
        }
    }

    // The caption: what this view is and how to drive it.
    Rectangle {
        anchors { left: parent.left; top: parent.top; margins: 8 }
        width: captionColumn.width + 12
        height: captionColumn.implicitHeight + 8
        radius: 3
        color: Qt.rgba(0, 0, 0, 0.45)
        Column {
            id: captionColumn
            x: 6
            y: 4
            width: Math.min(Math.max(captionTitle.implicitWidth, captionHint.implicitWidth), freeView.width - 28)
            Text {
                textFormat: Text.PlainText
                id: captionTitle
                text: qsTr("FREE VIEW")
                color: Theme.textDim
                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall; bold: true; letterSpacing: 1 }
            }
            Text {
                textFormat: Text.PlainText
                id: captionHint
                width: parent.width
                text: qsTr("drag orbit · Shift/middle pan · wheel dolly · right-drag+WASD/QE fly · F frame")
                color: Theme.textFaint
                elide: Text.ElideRight
                font { family: Theme.fontFamily; pixelSize: Theme.fontSmall - 1 }
            }
        }
    }
}
