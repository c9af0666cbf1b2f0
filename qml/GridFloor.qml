import QtQuick
import QtQuick3D

// The floor of the set with a metric grid (1 m lines, stronger 5 m lines), drawn by a
// small shaded custom material so it stays one draw call, lit and shadowed like the rest.
// Lives inside the world node: units are metres.
Model {
    id: floor

    property size sizeM: Qt.size(40, 40)   // extent along x (width) and z (height), metres
    property color floorColor: "#3c3c3e"   // sRGB

    readonly property real meshSize: 100   // the built-in #Rectangle is 100 units across

    source: "#Rectangle"
    eulerRotation.x: -90                   // the rectangle lies in XY; turn it onto the XZ floor
    scale: Qt.vector3d(sizeM.width / meshSize, sizeM.height / meshSize, 1)
    castsShadows: false
    receivesShadows: true

    materials: CustomMaterial {
        shadingMode: CustomMaterial.Shaded
        fragmentShader: "grid_floor.frag"
        property color floorColor: floor.floorColor
        property color minorLineColor: Theme.gridMinor
        property color majorLineColor: Theme.gridMajor
        property real unitsPerMetre: Theme.sceneUnitsPerMetre   // world position to metres
    }
}
