import QtQuick
import QtQuick3D
import Murnau.Bridge

// A stand-in actor: a mannequin of the actor's real height, with the landmark heights and
// segment lengths of the anthropometry table (core/scene/anthropometry.h, via the
// Anthropometry singleton). The actor's build (slight, average, heavy) changes the girth only:
// breadths, depths and limb thicknesses scale by the model's girthFactor (the factors live in
// app/bridge/actor_list_model.h); heights never change. A dark visor at eye height shows where
// the actor faces. Delegate of the actor model; units are metres (inside the world node).
Node {
    id: actor

    required property string name
    required property real heightM        // stature, metres
    required property vector3d positionM  // point on the floor between the feet, metres
    required property real facingDeg      // like a camera's pan: 0 faces -Z, 90 faces -X
    required property color color
    required property real girthFactor    // breadths and depths relative to an average build

    // Breadths and depths of the proxy, fraction of stature, for an average build. Styling for
    // a readable silhouette: the table gives heights, lengths and the shoulder, hip and foot
    // widths only. Those of the trunk, neck and limbs scale with the build's girth; head,
    // hands and feet do not.
    readonly property real headWidth: 0.085
    readonly property real headDepth: 0.105
    readonly property real neckDiameter: 0.05 * girthFactor
    readonly property real shoulderWidth: Anthropometry.shoulderWidth * girthFactor
    readonly property real hipWidth: Anthropometry.hipWidth * girthFactor
    readonly property real torsoWidth: 0.8 * shoulderWidth
    readonly property real torsoDepth: 0.12 * girthFactor
    readonly property real pelvisDepth: 0.11 * girthFactor
    readonly property real thighDiameter: 0.08 * girthFactor
    readonly property real shankDiameter: 0.055 * girthFactor
    readonly property real upperArmDiameter: 0.045 * girthFactor
    readonly property real forearmDiameter: 0.038 * girthFactor
    readonly property real handWidth: 0.025
    readonly property real handDepth: 0.05

    // Where the parts hang, fraction of stature.
    readonly property real legX: hipWidth / 4
    readonly property real armX: shoulderWidth / 2
    readonly property real elbowHeight: Anthropometry.shoulderHeight - Anthropometry.upperArmLength
    readonly property real wristHeight: elbowHeight - Anthropometry.forearmLength

    objectName: name
    position: positionM
    eulerRotation.y: facingDeg

    PrincipledMaterial {
        id: bodyMaterial
        baseColor: actor.color
        roughness: 0.6
        metalness: 0.0
    }
    PrincipledMaterial {
        id: visorMaterial
        baseColor: "#1c1d21"
        roughness: 0.3
        metalness: 0.0
    }

    // One body part: centre and size in fractions of stature, in the actor's own frame
    // (+Y up, the actor faces -Z). Parts sit in `body`, which is scaled by the stature.
    component Part: Model {
        property vector3d centre
        property vector3d size
        property Material material
        readonly property real meshSize: 100   // the built-in meshes are 100 units across, centred
        source: "#Cube"
        position: centre
        scale: size.times(1 / meshSize)
        materials: [material]
    }

    Node {
        id: body
        scale: Qt.vector3d(actor.heightM, actor.heightM, actor.heightM)   // fractions of stature -> metres

        // Head, visor, neck.
        Part {
            source: "#Sphere"
            material: bodyMaterial
            centre: Qt.vector3d(0, (Anthropometry.crownHeight + Anthropometry.chinHeight) / 2, 0)
            size: Qt.vector3d(actor.headWidth, Anthropometry.crownHeight - Anthropometry.chinHeight, actor.headDepth)
        }
        Part {
            material: visorMaterial
            centre: Qt.vector3d(0, Anthropometry.eyeHeight, -0.4 * actor.headDepth)
            size: Qt.vector3d(0.72 * actor.headWidth, 0.014, 0.3 * actor.headDepth)
        }
        Part {
            source: "#Cylinder"
            material: bodyMaterial
            centre: Qt.vector3d(0, (Anthropometry.shoulderHeight + Anthropometry.chinHeight) / 2, 0)
            size: Qt.vector3d(actor.neckDiameter, Anthropometry.chinHeight - Anthropometry.shoulderHeight + 0.02, actor.neckDiameter)
        }

        // Torso (waist to shoulders) and pelvis (hips to waist).
        Part {
            material: bodyMaterial
            centre: Qt.vector3d(0, (Anthropometry.waistHeight + Anthropometry.shoulderHeight) / 2, 0)
            size: Qt.vector3d(actor.torsoWidth, Anthropometry.shoulderHeight - Anthropometry.waistHeight, actor.torsoDepth)
        }
        Part {
            material: bodyMaterial
            centre: Qt.vector3d(0, (Anthropometry.hipHeight + Anthropometry.waistHeight) / 2, 0)
            size: Qt.vector3d(actor.hipWidth, Anthropometry.waistHeight - Anthropometry.hipHeight + 0.04, actor.pelvisDepth)
        }

        // Left of the centre line (-x): shoulder joint, upper arm, forearm, hand; thigh, shank, foot (toes towards -Z).
        Part {
            source: "#Sphere"
            material: bodyMaterial
            centre: Qt.vector3d(-actor.armX, Anthropometry.shoulderHeight - 0.015, 0)
            size: Qt.vector3d(1.3 * actor.upperArmDiameter, 1.3 * actor.upperArmDiameter, 1.3 * actor.upperArmDiameter)
        }
        Part {
            source: "#Cylinder"
            material: bodyMaterial
            centre: Qt.vector3d(-actor.armX, Anthropometry.shoulderHeight - Anthropometry.upperArmLength / 2, 0)
            size: Qt.vector3d(actor.upperArmDiameter, Anthropometry.upperArmLength, actor.upperArmDiameter)
        }
        Part {
            source: "#Cylinder"
            material: bodyMaterial
            centre: Qt.vector3d(-actor.armX, actor.elbowHeight - Anthropometry.forearmLength / 2, 0)
            size: Qt.vector3d(actor.forearmDiameter, Anthropometry.forearmLength, actor.forearmDiameter)
        }
        Part {
            material: bodyMaterial
            centre: Qt.vector3d(-actor.armX, actor.wristHeight - Anthropometry.handLength / 2, 0)
            size: Qt.vector3d(actor.handWidth, Anthropometry.handLength, actor.handDepth)
        }
        Part {
            source: "#Cylinder"
            material: bodyMaterial
            centre: Qt.vector3d(-actor.legX, (Anthropometry.kneeHeight + Anthropometry.hipHeight) / 2, 0)
            size: Qt.vector3d(actor.thighDiameter, Anthropometry.hipHeight - Anthropometry.kneeHeight, actor.thighDiameter)
        }
        Part {
            source: "#Cylinder"
            material: bodyMaterial
            centre: Qt.vector3d(-actor.legX, (Anthropometry.ankleHeight + Anthropometry.kneeHeight) / 2, 0)
            size: Qt.vector3d(actor.shankDiameter, Anthropometry.kneeHeight - Anthropometry.ankleHeight, actor.shankDiameter)
        }
        Part {
            material: bodyMaterial
            centre: Qt.vector3d(-actor.legX, Anthropometry.ankleHeight / 2, -0.25 * Anthropometry.footLength)
            size: Qt.vector3d(Anthropometry.footWidth, Anthropometry.ankleHeight, Anthropometry.footLength)
        }

        // Right of the centre line (+x): shoulder joint, upper arm, forearm, hand; thigh, shank, foot (toes towards -Z).
        Part {
            source: "#Sphere"
            material: bodyMaterial
            centre: Qt.vector3d(actor.armX, Anthropometry.shoulderHeight - 0.015, 0)
            size: Qt.vector3d(1.3 * actor.upperArmDiameter, 1.3 * actor.upperArmDiameter, 1.3 * actor.upperArmDiameter)
        }
        Part {
            source: "#Cylinder"
            material: bodyMaterial
            centre: Qt.vector3d(actor.armX, Anthropometry.shoulderHeight - Anthropometry.upperArmLength / 2, 0)
            size: Qt.vector3d(actor.upperArmDiameter, Anthropometry.upperArmLength, actor.upperArmDiameter)
        }
        Part {
            source: "#Cylinder"
            material: bodyMaterial
            centre: Qt.vector3d(actor.armX, actor.elbowHeight - Anthropometry.forearmLength / 2, 0)
            size: Qt.vector3d(actor.forearmDiameter, Anthropometry.forearmLength, actor.forearmDiameter)
        }
        Part {
            material: bodyMaterial
            centre: Qt.vector3d(actor.armX, actor.wristHeight - Anthropometry.handLength / 2, 0)
            size: Qt.vector3d(actor.handWidth, Anthropometry.handLength, actor.handDepth)
        }
        Part {
            source: "#Cylinder"
            material: bodyMaterial
            centre: Qt.vector3d(actor.legX, (Anthropometry.kneeHeight + Anthropometry.hipHeight) / 2, 0)
            size: Qt.vector3d(actor.thighDiameter, Anthropometry.hipHeight - Anthropometry.kneeHeight, actor.thighDiameter)
        }
        Part {
            source: "#Cylinder"
            material: bodyMaterial
            centre: Qt.vector3d(actor.legX, (Anthropometry.ankleHeight + Anthropometry.kneeHeight) / 2, 0)
            size: Qt.vector3d(actor.shankDiameter, Anthropometry.kneeHeight - Anthropometry.ankleHeight, actor.shankDiameter)
        }
        Part {
            material: bodyMaterial
            centre: Qt.vector3d(actor.legX, Anthropometry.ankleHeight / 2, -0.25 * Anthropometry.footLength)
            size: Qt.vector3d(Anthropometry.footWidth, Anthropometry.ankleHeight, Anthropometry.footLength)
        }
    }
}
