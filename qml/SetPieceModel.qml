import QtQuick
import QtQuick3D

// One set piece: a box or a cylinder standing on its base, sized and turned as the
// project says. Delegate of the set piece model; units are metres (inside the world node).
Node {
    id: piece

    required property string name
    required property string shape        // "box" or "cylinder"
    required property vector3d positionM  // centre of the base, metres
    required property vector3d sizeM      // width (x), height (y), depth (z); a cylinder's diameter is x
    required property real yawDeg         // about +Y, counter-clockwise from above
    required property color color

    readonly property real meshSize: 100  // the built-in #Cube and #Cylinder are 100 units across, centred
    readonly property bool isCylinder: shape === "cylinder"

    objectName: name
    position: positionM
    eulerRotation.y: yawDeg

    Model {
        source: piece.isCylinder ? "#Cylinder" : "#Cube"
        y: piece.sizeM.y / 2              // the mesh is centred; the piece stands on its base
        scale: Qt.vector3d(piece.sizeM.x / piece.meshSize,
                           piece.sizeM.y / piece.meshSize,
                           (piece.isCylinder ? piece.sizeM.x : piece.sizeM.z) / piece.meshSize)
        materials: PrincipledMaterial {
            baseColor: piece.color
            roughness: 0.85
            metalness: 0.0
        }
    }
}
