import QtQuick
import QtQuick3D
import Murnau.Bridge

// The shot camera's picture, through the shot player's camera at the playhead. The View3D is letterboxed to the projected aspect of the full
// sensor gate, so the vertical angle of view from core maps exactly onto it; frame lines
// mark the delivery crop inside it. Shows the error text instead when nothing can be shown.
Item {
    id: viewport

    required property ProjectDocument document
    // The shared 3D set (SetScene), imported into this view.
    required property Node setScene
    readonly property ShotCamera shotCamera: document.shotCamera
    readonly property bool showsPicture: document.loaded && shotCamera.valid
    readonly property real aspect: showsPicture ? shotCamera.sensorAspect : 16 / 9
    readonly property int margin: 16   // breathing room around the picture, pixels

    clip: true

    View3D {
        id: view
        objectName: "shotView"   // the GUI tests find the picture by this name

        // Whole pixels with exactly the gate's aspect, centred in the free space.
        width: Math.max(1, Math.floor(Math.min(viewport.width - 2 * viewport.margin,
                                               (viewport.height - 2 * viewport.margin) * viewport.aspect)))
        height: Math.max(1, Math.round(width / viewport.aspect))
        x: Math.floor((viewport.width - width) / 2)
        y: Math.floor((viewport.height - height) / 2)
        visible: viewport.showsPicture
        camera: shotCam
        // Drawn straight into the window beneath the Qt Quick items, saving an offscreen
        // texture and its copy: ~23 ms a frame on llvmpipe at 1920x1080 (docs/performance.md).
        // Post-processing effects (the depth-of-field preview) need the offscreen texture.
        renderMode: ViewOptions.depthOfField ? View3D.Offscreen : View3D.Underlay

        environment: SceneEnvironment {
            backgroundMode: SceneEnvironment.Color
            clearColor: Theme.viewportClear
            // Progressive AA: no cost while the picture moves (playback, drags), accumulated
            // jittered frames once it is still. 4x MSAA cost ~65 ms a frame on llvmpipe at
            // 1920x1080 (docs/performance.md), more than the rest of the frame.
            antialiasingMode: SceneEnvironment.ProgressiveAA
            antialiasingQuality: SceneEnvironment.Medium
            // Depth-of-field preview (View menu): sharp between core's near and far limits.
            effects: ViewOptions.depthOfField && viewport.shotCamera.depthOfFieldValid ? [depthOfFieldBlur] : []
        }

        Texture { id: depthOfFieldPlaceholder }   // declared before the effect (DepthOfFieldBlur.qml)
        // The sharp zone [near, far] as the effect's band: focusDistance its middle, focusRange its
        // width (full blur one more width outside it), scene units (core/optics/depth_blur.h).
        DepthOfFieldBlur {
            id: depthOfFieldBlur
            placeholder: depthOfFieldPlaceholder
            focusDistance: viewport.shotCamera.sharpBandCentreM * Theme.sceneUnitsPerMetre
            focusRange: viewport.shotCamera.sharpBandWidthM * Theme.sceneUnitsPerMetre
            // The blur disc of the far background (core), in pixels of the picture; the effect's
            // three taps turn into ghosts beyond a few dozen pixels.
            blurAmount: Math.min(48, Math.max(2, viewport.shotCamera.backgroundBlurFraction * view.width))
        }

        // The shot camera, outside the scaled world node (see Theme.sceneUnitsPerMetre), so
        // its clip planes are plain scene units: 10 cm to 1 km.
        PerspectiveCamera {
            id: shotCam
            position: viewport.shotCamera.positionM.times(Theme.sceneUnitsPerMetre)
            eulerRotation: viewport.shotCamera.eulerRotationDeg   // (tilt, pan, roll), core's convention
            fieldOfViewOrientation: PerspectiveCamera.Vertical
            fieldOfView: viewport.shotCamera.verticalFovDeg
            clipNear: 10
            clipFar: 100000
        }

        // The set, shared with the free view; the shot camera above stays this view's own.
        importScene: viewport.setScene
        SetLights { shadows: ViewOptions.shadows }
    }

    FrameLines {
        x: view.x
        y: view.y
        width: view.width
        height: view.height
        visible: viewport.showsPicture
        frameRect: viewport.shotCamera.deliveryRect
        label: viewport.shotCamera.deliveryLabel
    }

    Guides {
        objectName: "guides"
        x: view.x
        y: view.y
        width: view.width
        height: view.height
        visible: viewport.showsPicture
        frameRect: viewport.shotCamera.deliveryRect
        showThirds: ViewOptions.showThirds
        showCentre: ViewOptions.showCentre
        showActionSafe: ViewOptions.showActionSafe
        showTitleSafe: ViewOptions.showTitleSafe
    }

    ActorLabels {
        x: view.x
        y: view.y
        width: view.width
        height: view.height
        visible: viewport.showsPicture
        actors: viewport.document.actors
        shotCamera: viewport.shotCamera
    }

    ModelPlaceholderLabels {
        x: view.x
        y: view.y
        width: view.width
        height: view.height
        visible: viewport.showsPicture
        pieces: viewport.document.setPieces
        shotCamera: viewport.shotCamera
    }

    // Piloting the shot camera (mouse look, WASD) and Set key, over the picture.
    PilotController {
        x: view.x
        y: view.y
        width: view.width
        height: view.height
        visible: viewport.showsPicture
        document: viewport.document
    }

    // Why there is no picture: the load error (Error::describe()) or the camera's problem.
    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 720)
        spacing: 10
        visible: !viewport.showsPicture

        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: viewport.document.loaded ? qsTr("Cannot show the shot camera") : qsTr("Cannot open the project")
            color: Theme.error
            font { family: Theme.fontFamily; pixelSize: Theme.fontLarge; bold: true }
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            visible: text.length > 0
            text: viewport.document.filePath
            color: Theme.textDim
            font { family: Theme.monoFamily; pixelSize: Theme.fontSmall }
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideMiddle
        }
        Text {
            textFormat: Text.PlainText
            objectName: "errorText"
            width: parent.width
            text: viewport.document.loaded ? viewport.shotCamera.errorText : viewport.document.errorText
            color: Theme.text
            font { family: Theme.fontFamily; pixelSize: Theme.fontNormal }
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
