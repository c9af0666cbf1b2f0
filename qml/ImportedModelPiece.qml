import QtQuick
import QtQuick3D
import QtQuick3D.AssetUtils

// An imported set piece: a glTF 2.0 (.gltf/.glb) or OBJ file loaded at run time, its origin on
// the piece's base centre, scaled from the model's units to metres. Core reads the file first
// (core/scene/model_file.h): a file that is missing, or that the reader refuses (malformed, or
// referring to buffers or textures outside the project's folder), never reaches RuntimeLoader.
// When the file is missing, refused or fails to load, a magenta wire box stands in its place (its
// collision box, or 1 m when it has none) and a warning goes to the log (the set piece model warns
// about a missing or refused file, this item about a file that fails to load); the rest of the
// set is unaffected. The viewport names missing models over the picture (ModelPlaceholderLabels).
// Lives inside SetPieceModel (metres, already placed and turned).
Node {
    id: root

    property string name                              // the piece's name
    property url source                               // resolved file URL
    property string modelPath                         // the file as the project writes it
    property real modelScale: 1                       // model units to metres
    property bool missing: false                      // core found no usable file there: missing or refused (already warned)
    property vector3d collisionSizeM: Qt.vector3d(0, 0, 0)   // zero: no collision box

    readonly property bool failed: missing || loader.status === RuntimeLoader.Error
    readonly property bool hasCollisionBox: collisionSizeM.x > 0 || collisionSizeM.y > 0 || collisionSizeM.z > 0
    readonly property vector3d placeholderSizeM: hasCollisionBox ? collisionSizeM : Qt.vector3d(1, 1, 1)
    readonly property real meshSize: 100              // the built-in #Cube is 100 units across, centred
    readonly property real edgeM: 0.03                // thickness of the placeholder's wire edges, metres
    readonly property color placeholderColor: "#ff2bd6"

    RuntimeLoader {
        id: loader
        objectName: "modelLoader:" + root.name
        source: root.missing ? "" : root.source
        scale: Qt.vector3d(root.modelScale, root.modelScale, root.modelScale)
        onStatusChanged: {
            if (loader.status === RuntimeLoader.Error)
                console.warn("set piece '" + root.name + "': model file '" + root.modelPath
                             + "' failed to load (" + loader.errorString + "); a placeholder box is shown")
        }
    }

    // The stand-in for a model that cannot be shown.
    Node {
        id: placeholder
        objectName: "modelPlaceholder:" + root.name
        visible: root.failed

        readonly property vector3d s: root.placeholderSizeM

        PrincipledMaterial {
            id: wireMaterial
            baseColor: root.placeholderColor
            lighting: PrincipledMaterial.NoLighting
        }
        PrincipledMaterial {
            id: fillMaterial
            baseColor: root.placeholderColor
            lighting: PrincipledMaterial.NoLighting
            opacity: 0.3
            cullMode: Material.NoCulling
        }

        // A faint fill, so the box reads as a volume.
        Model {
            source: "#Cube"
            y: placeholder.s.y / 2
            scale: placeholder.s.times(1 / root.meshSize)
            materials: [fillMaterial]
            castsShadows: false
        }
        // The twelve edges: four along each axis, at the box's corners.
        Repeater3D {
            model: [
                [0, -1, -1], [0, 1, -1], [0, -1, 1], [0, 1, 1],
                [-1, 0, -1], [1, 0, -1], [-1, 0, 1], [1, 0, 1],
                [-1, -1, 0], [1, -1, 0], [-1, 1, 0], [1, 1, 0]
            ]
            delegate: Model {
                required property var modelData
                readonly property vector3d s: placeholder.s
                source: "#Cube"
                castsShadows: false
                position: Qt.vector3d(modelData[0] * s.x / 2, s.y / 2 + modelData[1] * s.y / 2, modelData[2] * s.z / 2)
                scale: Qt.vector3d(modelData[0] === 0 ? s.x + root.edgeM : root.edgeM,
                                   modelData[1] === 0 ? s.y + root.edgeM : root.edgeM,
                                   modelData[2] === 0 ? s.z + root.edgeM : root.edgeM).times(1 / root.meshSize)
                materials: [wireMaterial]
            }
        }
    }
}
