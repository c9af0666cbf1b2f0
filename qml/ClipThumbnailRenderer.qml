import QtQuick
import QtQuick3D
import Murnau.Bridge

// Where the clip thumbnails are rendered (ShotThumbnailer): a small View3D of the set of its own,
// through one shot's camera with the actors at that shot's first frame. It sits in a zero-size,
// clipping item so the user never sees it, and is only visible while the thumbnailer makes a
// thumbnail (when the app is idle), so it costs the other views nothing the rest of the time.
Item {
    id: renderer

    required property ProjectDocument document
    required property ShotThumbnailer thumbnailer
    // The width the picture is rendered at, pixels; the height follows the full gate's aspect.
    // About twice the size a thumbnail is shown at, so it scales down smoothly.
    readonly property int renderWidth: 384

    width: 0
    height: 0
    clip: true

    View3D {
        id: view
        objectName: "thumbnailView"
        visible: renderer.thumbnailer.rendering
        width: renderer.renderWidth
        height: Math.max(1, Math.round(renderer.renderWidth / Math.max(0.1, renderer.thumbnailer.camera.sensorAspect)))
        // Grabbed as a texture (QQuickItem::grabToImage), never drawn into the window.
        renderMode: View3D.Offscreen
        camera: thumbnailCamera

        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Color
            clearColor: Theme.viewportClear
            antialiasingMode: SceneEnvironment.MSAA
            antialiasingQuality: SceneEnvironment.High
        }

        // As the shot view's camera (Viewport.qml), posed at the shot's first frame.
        PerspectiveCamera {
            id: thumbnailCamera
            position: renderer.thumbnailer.camera.positionM.times(Theme.sceneUnitsPerMetre)
            eulerRotation: renderer.thumbnailer.camera.eulerRotationDeg
            fieldOfViewOrientation: PerspectiveCamera.Vertical
            fieldOfView: renderer.thumbnailer.camera.verticalFovDeg
            clipNear: 10
            clipFar: 100000
        }

        SetLights { shadows: ViewOptions.shadows }
        SetScene {
            document: renderer.document
            actors: renderer.thumbnailer.actors
        }
    }

    Component.onCompleted: renderer.thumbnailer.view = view
}
