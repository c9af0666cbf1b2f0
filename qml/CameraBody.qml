import QtQuick
import QtQuick3D

// The shot camera as a body in the free view: a box, a lens barrel, an amber "front" marker on top
// pointing where the lens looks, and its frustum lines. Metres, camera space: the lens (entrance
// pupil) at the origin looking down -Z, +Y up; the parent node places it at the camera's pose.
Node {
    id: body

    property var frustumLines: []        // camera-space polylines, metres (ShotOverlay.frustumLines)
    property color bodyColor: "#3a3d44"
    property color frontColor: Theme.accent
    property color frustumColor: "#f7c873"

    // Qt Quick 3D's primitives are 100 units across; at metre scale one unit is 1 cm.
    readonly property real unit: 0.01

    // Body: 12 cm wide, 16 cm high, 26 cm long, behind the lens.
    Model {
        source: "#Cube"
        position: Qt.vector3d(0, 0.01, 0.22)
        scale: Qt.vector3d(0.12 * body.unit, 0.16 * body.unit, 0.26 * body.unit)
        castsShadows: false
        materials: PrincipledMaterial { baseColor: body.bodyColor; roughness: 0.6 }
    }
    // Lens barrel: 9 cm across, 12 cm long, along the lens axis.
    Model {
        source: "#Cylinder"
        position: Qt.vector3d(0, 0, 0.03)
        eulerRotation: Qt.vector3d(90, 0, 0)
        scale: Qt.vector3d(0.09 * body.unit, 0.12 * body.unit, 0.09 * body.unit)
        castsShadows: false
        materials: PrincipledMaterial { baseColor: "#202226"; roughness: 0.4 }
    }
    // Front marker: a cone on the top of the body, pointing forward (-Z).
    Model {
        source: "#Cone"
        position: Qt.vector3d(0, 0.13, 0.12)
        eulerRotation: Qt.vector3d(-90, 0, 0)
        scale: Qt.vector3d(0.07 * body.unit, 0.10 * body.unit, 0.07 * body.unit)
        castsShadows: false
        materials: PrincipledMaterial { baseColor: body.frontColor; lighting: PrincipledMaterial.NoLighting }
    }
    PathLines {
        objectName: "frustumLines"
        polylines: body.frustumLines
        color: body.frustumColor
        lineWidth: 1.5
    }
}
