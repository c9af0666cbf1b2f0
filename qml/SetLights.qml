import QtQuick
import QtQuick3D

// The set's lighting, placed in each view (lights are not shared through importScene, so a view
// can do without shadows): a key light high from behind the right of the demo's camera (light
// travelling towards -X and -Z) and a cooler fill from the opposite side, so no face goes black.
// Directions are fixed in the world, not tied to a camera. Shadows are the costliest part of a
// frame on a software renderer (docs/performance.md).
Node {
    id: lights

    // The key light casts shadows.
    property bool shadows: true

    // Key light: high, from behind the right of the demo's camera (light travels towards
    // -X and -Z), casting shadows. Directions are fixed in the world, not tied to a camera.
    DirectionalLight {
        eulerRotation: Qt.vector3d(-52, 62, 0)
        brightness: 1.2
        color: "#fff3e3"
        ambientColor: Qt.rgba(0.2, 0.2, 0.22, 1.0)
        castsShadow: lights.shadows
        shadowMapQuality: Light.ShadowMapQualityLow
        shadowFactor: 55
        shadowMapFar: 6000
    }
    // Fill light from the opposite side, no shadows, so no face of the set goes black.
    DirectionalLight {
        eulerRotation: Qt.vector3d(-30, -120, 0)
        brightness: 0.45
        color: "#dce4ff"
    }
}
