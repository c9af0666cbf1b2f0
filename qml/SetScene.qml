import QtQuick
import QtQuick3D
import Murnau.Bridge

// The set as a 3D scene, shared by the shot camera's view and the free working view (each
// View3D imports it with importScene): the floor, the set pieces and the actors. Everything
// under `world` is in metres (scaled by Theme.sceneUnitsPerMetre); cameras, lights (SetLights:
// each view chooses whether to pay for shadows) and view-specific overlays live in the views.
Node {
    id: scene

    required property ProjectDocument document
    // The actors to show: the document's (posed at the playhead) unless a view brings its own,
    // as the clip thumbnails do (each shot's first frame).
    property ActorListModel actors: document.actors

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
            model: scene.actors
            delegate: ActorProxy {}
        }
    }
}
