import QtQuick
import QtQuick3D

// One set piece, standing on its base, sized and turned as the project says: a box, a wall
// around its door and window openings, or stairs, drawn as the solid blocks the set piece
// model computes (SetPieceListModel "blocks"); a cylinder; or an imported model
// (ImportedModelPiece). Delegate of the set piece model; units are metres (inside the world node).
Node {
    id: piece

    required property string name
    required property string shape        // "box", "cylinder", "wall", "stairs" or "model"
    required property vector3d positionM  // centre of the base, metres
    required property vector3d sizeM      // local extents, metres (a cylinder's diameter is x; a model's collision box)
    required property real yawDeg         // about +Y, counter-clockwise from above
    required property color color
    required property var blocks          // [{centerM, sizeM}] in the piece's frame, metres (box, wall, stairs)
    required property url modelUrl        // the model's file (model only)
    required property string modelPath    // the model's file as the project writes it
    required property real modelScale     // model units to metres
    required property bool modelMissing   // the model's file cannot be used
    required property bool hasCollisionBox

    readonly property real meshSize: 100  // the built-in #Cube and #Cylinder are 100 units across, centred

    objectName: "setPiece:" + name
    position: positionM
    eulerRotation.y: yawDeg

    PrincipledMaterial {
        id: surface
        baseColor: piece.color
        roughness: 0.85
        metalness: 0.0
    }

    // Boxes, walls and stairs: their solid blocks.
    Repeater3D {
        model: piece.blocks               // none for a cylinder or a model
        delegate: Model {
            required property var modelData
            source: "#Cube"
            position: modelData.centerM
            scale: modelData.sizeM.times(1 / piece.meshSize)
            materials: [surface]
        }
    }

    Model {
        visible: piece.shape === "cylinder"
        source: "#Cylinder"
        y: piece.sizeM.y / 2              // the mesh is centred; the piece stands on its base
        scale: Qt.vector3d(piece.sizeM.x / piece.meshSize, piece.sizeM.y / piece.meshSize,
                           piece.sizeM.x / piece.meshSize)
        materials: [surface]
    }

    Loader3D {
        active: piece.shape === "model"
        sourceComponent: ImportedModelPiece {
            name: piece.name
            source: piece.modelUrl
            modelPath: piece.modelPath
            modelScale: piece.modelScale
            missing: piece.modelMissing
            collisionSizeM: piece.hasCollisionBox ? piece.sizeM : Qt.vector3d(0, 0, 0)
        }
    }
}
