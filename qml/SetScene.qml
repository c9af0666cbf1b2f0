import QtQuick
import QtQuick3D
import Murnau.Bridge

// The set as a 3D scene, shared by the shot camera's view and the free working view (each
// View3D imports it with importScene): the lights, the floor, the set pieces and the actors.
// Everything under `world` is in metres (scaled by Theme.sceneUnitsPerMetre); cameras and
// view-specific overlays live in the views themselves.
Node {
    id: scene

    required property ProjectDocument document

    // Key light: high, from behind the right of the demo's camera (light travels towards
    // -X and -Z), casting shadows. Directions are fixed in the world, not tied to a camera.
    DirectionalLight {
        eulerRotation: Qt.vector3d(-52, 62, 0)
        brightness: 1.2
        color: "#fff3e3"
        ambientColor: Qt.rgba(0.2, 0.2, 0.22, 1.0)
        castsShadow: true
        shadowMapQuality: Light.ShadowMapQualityMedium
        shadowFactor: 55
        shadowMapFar: 6000
    }
    // Fill light from the opposite side, no shadows, so no face of the set goes black.
    DirectionalLight {
        eulerRotation: Qt.vector3d(-30, -120, 0)
        brightness: 0.45
        color: "#dce4ff"
    }

    // The set, in metres: everything below scales by Theme.sceneUnitsPerMetre.
    Node {
        id: world
        scale: Qt.vector3d(Theme.sceneUnitsPerMetre, Theme.sceneUnitsPerMetre, Theme.sceneUnitsPerMetre)

        GridFloor {
            sizeM: scene.document.floorSizeM
            floorColor: scene.document.floorColor
        }
        Repeater3D {
            model: scene.document.setPieces
            delegate: SetPieceModel {}
        }
        Repeater3D {
            model: scene.document.actors
            delegate: ActorProxy {}
        }
    }
}
