import QtQuick
import QtQuick3D
import Murnau.Bridge

// Where the PDF shot list's frames are rendered (ProjectExporter's ShotFrameGrabber): a View3D of
// the set of its own, through one shot's camera with the actors at the time being rendered, as
// the clip thumbnails are (ClipThumbnailRenderer.qml) but large enough to print. It sits in a
// zero-size, clipping item so the user never sees it, and is only visible while frames are made.
Item {
    id: renderer

    required property ProjectDocument document
    required property ProjectExporter exporter
    readonly property ShotFrameGrabber frames: exporter.frames
    // The width the picture is rendered at, pixels; the height follows the full gate's aspect.
    // 1280 px across a frame printed about 9 cm wide is some 360 dpi.
    readonly property int renderWidth: 1280

    width: 0
    height: 0
    clip: true

    View3D {
        id: view
        objectName: "exportFrameView"
        visible: renderer.frames.rendering
        width: renderer.renderWidth
        height: Math.max(1, Math.round(renderer.renderWidth / Math.max(0.1, renderer.frames.camera.sensorAspect)))
        // Grabbed as a texture (QQuickItem::grabToImage), never drawn into the window.
        renderMode: View3D.Offscreen
        camera: frameCamera

        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Color
            clearColor: Theme.viewportClear
            antialiasingMode: SceneEnvironment.MSAA
            antialiasingQuality: SceneEnvironment.High
        }

        // As the shot view's camera (Viewport.qml), posed at the time being rendered.
        PerspectiveCamera {
            id: frameCamera
            position: renderer.frames.camera.positionM.times(Theme.sceneUnitsPerMetre)
            eulerRotation: renderer.frames.camera.eulerRotationDeg
            fieldOfViewOrientation: PerspectiveCamera.Vertical
            fieldOfView: renderer.frames.camera.verticalFovDeg
            clipNear: 10
            clipFar: 100000
        }

        SetLights { shadows: ViewOptions.shadows }
        SetScene {
            document: renderer.document
            actors: renderer.frames.actors
        }
    }

    Component.onCompleted: renderer.frames.view = view
}
