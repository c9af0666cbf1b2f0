import QtQuick
import QtQuick3D
import Murnau.Bridge

// Unlit polylines in the free view (rails, paths, the frustum), in the parent node's units.
Model {
    id: lines

    property alias polylines: geometry.polylines   // list of lists of vector3d (LineGeometry)
    property color color: "white"
    property real lineWidth: 1                      // pixels, where the OpenGL driver draws wide lines

    visible: geometry.segmentCount > 0
    castsShadows: false
    receivesShadows: false
    geometry: LineGeometry { id: geometry }
    materials: DefaultMaterial {
        lighting: DefaultMaterial.NoLighting
        diffuseColor: lines.color
        lineWidth: lines.lineWidth
    }
}
