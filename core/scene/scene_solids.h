#pragma once
// The solid shapes of the set and the actors, which the viewport draws (app/bridge's set-piece and
// actor models) and the glTF export meshes, in the owner's local frame (metres,
// +Y up, the base centre at the origin; project.h): a set piece as boxes (a box; a wall as the
// solid stretches around its doors and windows; stairs as one block per step; a model as its
// collision box, or a placeholder cube when it has none) or an upright cylinder, and an actor
// as a low-poly mannequin of boxes of their real stature (the proportions of qml/ActorProxy.qml
// from the anthropometry table, core/scene/anthropometry.h).

#include <optional>
#include <vector>

#include <glm/vec3.hpp>

#include "core/scene/project.h"

namespace murnau {

// An axis-aligned box in a local frame.
struct LocalBox {
    glm::dvec3 centerM{0.0};   // centre, metres
    glm::dvec3 sizeM{0.0};     // extents along local x, y, z, metres
    friend bool operator==(const LocalBox&, const LocalBox&) = default;
};

// Edge of the cube standing in for a model piece without a collision box, metres (the size of
// the plan's marker cross, 2 x kModelMarkerHalfSizeM).
inline constexpr double kModelPlaceholderSizeM = 0.5;

// An upright cylinder standing on the local origin.
struct LocalCylinder {
    double radiusM = 0.0;   // metres
    double heightM = 0.0;   // metres
};

// The solid of one set piece.
struct SetPieceSolid {
    std::vector<LocalBox> boxes;              // Box, Wall, Stairs, Model: the blocks
    std::optional<LocalCylinder> cylinder;    // Cylinder only
    bool placeholder = false;                 // a Model without a collision box: a kModelPlaceholderSizeM cube
};

// The solid of `piece` (its fields checked beforehand, e.g. by planOutline). A wall's openings
// are clipped to the wall; overlapping openings merge; the wall above and below each opening
// stays. Stairs: step k (0 = lowest, at local +z) is a block from the floor to its tread,
// (k + 1) * rise / stepCount high and run / stepCount deep.
[[nodiscard]] SetPieceSolid setPieceSolid(const SetPiece& piece);

// How much wider and deeper than an average build of the same stature an actor's proxy is
// (shoulder and hip breadth, chest and pelvis depth, limb and neck thickness): slight 0.85,
// average 1.0, heavy 1.25, for the viewport's proxies and the glTF ones alike. Heights never
// change. Styling for a readable silhouette, not survey data: Drillis & Contini give stature
// fractions for an average build only.
[[nodiscard]] double actorGirthFactor(ActorBuild build) noexcept;

// Which material a proxy part wears.
enum class ProxyMaterial { Body, Visor };
// One box of an actor proxy.
struct ProxyPart {
    LocalBox box;                                // in the actor's frame (feet at the origin, facing -Z), metres
    ProxyMaterial material = ProxyMaterial::Body;
};

// The proxy of `actor`: head, visor at eye height on the face side (-Z), neck, torso, pelvis,
// and per side upper arm, forearm, hand, thigh, shank and foot. Crown at y = heightM, soles at 0.
[[nodiscard]] std::vector<ProxyPart> actorProxyParts(const Actor& actor);

} // namespace murnau
