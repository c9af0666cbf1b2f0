#!/usr/bin/env python3
"""Writes the demo's imported set pieces as glTF 2.0 files built from boxes and cylinders.

    python3 assets/demo/make_models.py          # writes assets/demo/models/*

- models/forklift.glb: a counterbalance forklift (binary glTF, one file).
- models/pallet_crate.gltf + pallet_crate.bin: a wooden crate on a pallet (JSON glTF with
  its buffer beside it).

Conventions of both (glTF 2.0 section 3.4): metres, +Y up, the front towards +Z, the origin on
the floor at the centre of the footprint, so a set piece places it by its base centre. Faces are
flat shaded (each face has its own vertices and normal), counter-clockwise seen from outside.
The output is deterministic: the same bytes on every run. Check them with
`node assets/demo/validate_models.mjs` (Khronos glTF-Validator).
"""

import json
import math
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODELS = HERE / "models"

# glTF constants (glTF 2.0 specification, accessor component types and buffer view targets).
FLOAT = 5126
UNSIGNED_SHORT = 5123
ARRAY_BUFFER = 34962
ELEMENT_ARRAY_BUFFER = 34963


class MeshBuilder:
    """Triangles grouped by material: one glTF primitive per material."""

    def __init__(self):
        self.groups = {}  # material name -> (positions, normals, indices)

    def _group(self, material):
        return self.groups.setdefault(material, ([], [], []))

    def quad(self, material, a, b, c, d):
        """A flat quad a-b-c-d, counter-clockwise seen from its front."""
        positions, normals, indices = self._group(material)
        ux, uy, uz = (b[i] - a[i] for i in range(3))
        vx, vy, vz = (d[i] - a[i] for i in range(3))
        n = (uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx)
        length = math.sqrt(sum(x * x for x in n))
        n = tuple(x / length for x in n)
        base = len(positions)
        for p in (a, b, c, d):
            positions.append(p)
            normals.append(n)
        indices.extend([base, base + 1, base + 2, base, base + 2, base + 3])

    def triangle(self, material, a, b, c):
        positions, normals, indices = self._group(material)
        ux, uy, uz = (b[i] - a[i] for i in range(3))
        vx, vy, vz = (c[i] - a[i] for i in range(3))
        n = (uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx)
        length = math.sqrt(sum(x * x for x in n))
        n = tuple(x / length for x in n)
        base = len(positions)
        for p in (a, b, c):
            positions.append(p)
            normals.append(n)
        indices.extend([base, base + 1, base + 2])

    def box(self, material, centre, size):
        """An axis-aligned box: centre (x, y, z) and size (width x, height y, depth z), metres."""
        cx, cy, cz = centre
        hx, hy, hz = (s / 2 for s in size)
        x0, x1, y0, y1, z0, z1 = cx - hx, cx + hx, cy - hy, cy + hy, cz - hz, cz + hz
        self.quad(material, (x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1))  # +Z
        self.quad(material, (x1, y0, z0), (x0, y0, z0), (x0, y1, z0), (x1, y1, z0))  # -Z
        self.quad(material, (x1, y0, z1), (x1, y0, z0), (x1, y1, z0), (x1, y1, z1))  # +X
        self.quad(material, (x0, y0, z0), (x0, y0, z1), (x0, y1, z1), (x0, y1, z0))  # -X
        self.quad(material, (x0, y1, z1), (x1, y1, z1), (x1, y1, z0), (x0, y1, z0))  # +Y
        self.quad(material, (x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1))  # -Y

    def wheel(self, material, centre, radius, width, segments=16):
        """A cylinder along x (a wheel on an axle across the vehicle)."""
        cx, cy, cz = centre
        xl, xr = cx - width / 2, cx + width / 2
        ring = [(cy + radius * math.cos(2 * math.pi * i / segments), cz + radius * math.sin(2 * math.pi * i / segments))
                for i in range(segments)]
        for i in range(segments):
            (y0, z0), (y1, z1) = ring[i], ring[(i + 1) % segments]
            # Tread: outward normal, counter-clockwise seen from outside.
            self.quad(material, (xl, y0, z0), (xl, y1, z1), (xr, y1, z1), (xr, y0, z0))
            # Side walls: the right one faces +X, the left one -X.
            self.triangle(material, (xr, cy, cz), (xr, y0, z0), (xr, y1, z1))
            self.triangle(material, (xl, cy, cz), (xl, y1, z1), (xl, y0, z0))


def pad4(data, fill=b"\x00"):
    return data + fill * ((4 - len(data) % 4) % 4)


def recentre(builder):
    """Moves the geometry so the origin is on the floor at the centre of its footprint."""
    points = [p for positions, _, _ in builder.groups.values() for p in positions]
    cx = (min(p[0] for p in points) + max(p[0] for p in points)) / 2
    cz = (min(p[2] for p in points) + max(p[2] for p in points)) / 2
    floor = min(p[1] for p in points)
    for positions, _, _ in builder.groups.values():
        positions[:] = [(x - cx, y - floor, z - cz) for x, y, z in positions]


def gltf_document(builder, materials, name, generator):
    """The glTF JSON and its binary buffer for one node with one mesh."""
    recentre(builder)
    blob = bytearray()
    buffer_views, accessors, primitives = [], [], []
    material_index = {}
    for material in sorted(builder.groups):
        positions, normals, indices = builder.groups[material]
        assert len(positions) < 65536
        material_index.setdefault(material, len(material_index))

        def view(data, target):
            offset = len(blob)
            blob.extend(pad4(data))
            buffer_views.append({"buffer": 0, "byteOffset": offset, "byteLength": len(data), "target": target})
            return len(buffer_views) - 1

        pos_bytes = b"".join(struct.pack("<3f", *p) for p in positions)
        nor_bytes = b"".join(struct.pack("<3f", *n) for n in normals)
        idx_bytes = b"".join(struct.pack("<H", i) for i in indices)
        # Bounds of the float32 values actually stored (the validator compares them exactly).
        stored = [struct.unpack("<3f", struct.pack("<3f", *p)) for p in positions]
        accessors.append({"bufferView": view(pos_bytes, ARRAY_BUFFER), "componentType": FLOAT, "count": len(positions),
                          "type": "VEC3", "min": [min(p[i] for p in stored) for i in range(3)],
                          "max": [max(p[i] for p in stored) for i in range(3)]})
        accessors.append({"bufferView": view(nor_bytes, ARRAY_BUFFER), "componentType": FLOAT, "count": len(normals),
                          "type": "VEC3"})
        accessors.append({"bufferView": view(idx_bytes, ELEMENT_ARRAY_BUFFER), "componentType": UNSIGNED_SHORT,
                          "count": len(indices), "type": "SCALAR"})
        primitives.append({"attributes": {"POSITION": len(accessors) - 3, "NORMAL": len(accessors) - 2},
                           "indices": len(accessors) - 1, "material": material_index[material]})
    document = {
        "asset": {"version": "2.0", "generator": generator},
        "scene": 0,
        "scenes": [{"name": name, "nodes": [0]}],
        "nodes": [{"name": name, "mesh": 0}],
        "meshes": [{"name": name, "primitives": primitives}],
        "materials": [dict(name=m, **materials[m]) for m in sorted(material_index, key=material_index.get)],
        "accessors": accessors,
        "bufferViews": buffer_views,
        "buffers": [{"byteLength": len(blob)}],
    }
    return document, bytes(blob)


def pbr(rgb, metallic=0.0, roughness=0.8):
    """A metallic-roughness material from an sRGB colour (0-255); glTF factors are linear."""
    def linear(c):
        c = c / 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return {"pbrMetallicRoughness": {"baseColorFactor": [round(linear(c), 4) for c in rgb] + [1.0],
                                     "metallicFactor": metallic, "roughnessFactor": roughness}}


def forklift():
    """A 2.5 t class counterbalance forklift: 1.2 m wide, 2.3 m to the fork face, guard at 2.15 m,
    mast lowered 2.05 m, 1.07 m (42 in) forks. The front (mast and forks) towards +Z."""
    b = MeshBuilder()
    # Chassis and counterweight (rear, -Z).
    b.box("body", (0.0, 0.55, -0.1), (1.10, 0.65, 1.9))
    b.box("body", (0.0, 0.85, -0.95), (1.16, 0.75, 0.45))
    b.box("dark", (0.0, 0.95, -0.25), (0.50, 0.12, 0.45))         # seat
    b.box("dark", (0.0, 1.15, -0.45), (0.50, 0.45, 0.10))         # seat back
    b.box("dark", (0.0, 1.10, 0.45), (0.08, 0.55, 0.08))          # steering column
    # Overhead guard: four posts and a roof.
    for x in (-0.5, 0.5):
        for z in (-0.75, 0.55):
            b.box("dark", (x, 1.5, z), (0.07, 1.3, 0.07))
    b.box("dark", (0.0, 2.15, -0.1), (1.10, 0.07, 1.45))
    # Mast: two uprights and cross members, ahead of the front axle.
    for x in (-0.32, 0.32):
        b.box("dark", (x, 1.05, 0.95), (0.10, 2.0, 0.14))
    b.box("dark", (0.0, 2.0, 0.95), (0.74, 0.10, 0.14))
    b.box("dark", (0.0, 0.35, 0.95), (0.74, 0.08, 0.14))
    # Carriage and forks (1.07 m tines, 0.10 m wide, 0.045 m thick).
    b.box("steel", (0.0, 0.45, 1.07), (0.95, 0.40, 0.06))
    for x in (-0.25, 0.25):
        b.box("steel", (x, 0.42, 1.12), (0.10, 0.50, 0.05))
        b.box("steel", (x, 0.0225 + 0.05, 1.12 + 0.535), (0.10, 0.045, 1.07))
    # Wheels: drive wheels at the front, steer wheels at the rear.
    for x in (-0.47, 0.47):
        b.wheel("tyre", (x, 0.33, 0.55), 0.33, 0.22)
        b.wheel("tyre", (x, 0.27, -0.75), 0.27, 0.18)
    materials = {
        "body": pbr((214, 168, 38), roughness=0.55),
        "dark": pbr((48, 50, 54), roughness=0.6),
        "steel": pbr((150, 152, 156), metallic=0.7, roughness=0.45),
        "tyre": pbr((22, 22, 24), roughness=0.9),
    }
    return gltf_document(b, materials, "Forklift", "Murnau assets/demo/make_models.py")


def pallet_crate():
    """A EUR pallet (EN 13698-1: 1200 x 800 x 144 mm) carrying a 1.1 x 0.75 x 0.9 m wooden crate.
    The pallet's long side runs along x."""
    b = MeshBuilder()
    # Pallet, bottom up: three bottom boards along x, nine blocks, three cross boards along z,
    # five deck boards along x (the outer and middle ones wider); 22 + 78 + 22 + 22 = 144 mm.
    for z in (-0.3275, 0.0, 0.3275):
        b.box("pallet", (0.0, 0.011, z), (1.2, 0.022, 0.145))
        for x in (-0.5275, 0.0, 0.5275):
            b.box("pallet", (x, 0.022 + 0.039, z), (0.145, 0.078, 0.145))
    for x in (-0.5275, 0.0, 0.5275):
        b.box("pallet", (x, 0.100 + 0.011, 0.0), (0.145, 0.022, 0.8))
    for z, width in ((-0.3275, 0.145), (-0.1638, 0.10), (0.0, 0.145), (0.1638, 0.10), (0.3275, 0.145)):
        b.box("pallet", (0.0, 0.122 + 0.011, z), (1.2, 0.022, width))
    # The crate: a box with battens on its faces.
    b.box("crate", (0.0, 0.144 + 0.45, 0.0), (1.1, 0.9, 0.75))
    for y in (0.144 + 0.05, 0.144 + 0.85):
        b.box("batten", (0.0, y, 0.0), (1.14, 0.07, 0.79))
    for x in (-0.52, 0.52):
        b.box("batten", (x, 0.144 + 0.45, 0.0), (0.07, 0.9, 0.79))
    materials = {
        "pallet": pbr((176, 140, 96), roughness=0.9),
        "crate": pbr((160, 122, 78), roughness=0.85),
        "batten": pbr((124, 92, 58), roughness=0.85),
    }
    return gltf_document(b, materials, "Pallet crate", "Murnau assets/demo/make_models.py")


def write_glb(path, document, blob):
    """Binary glTF (glTF 2.0 section 4.4): header, JSON chunk (space padded), BIN chunk."""
    document = json.loads(json.dumps(document))
    json_bytes = pad4(json.dumps(document, separators=(",", ":")).encode(), b" ")
    bin_bytes = pad4(blob)
    length = 12 + 8 + len(json_bytes) + 8 + len(bin_bytes)
    out = struct.pack("<4sII", b"glTF", 2, length)
    out += struct.pack("<I4s", len(json_bytes), b"JSON") + json_bytes
    out += struct.pack("<I4s", len(bin_bytes), b"BIN\x00") + bin_bytes
    path.write_bytes(out)


def write_gltf(path, document, blob):
    """JSON glTF with its buffer in a .bin file beside it (a relative URI)."""
    bin_path = path.with_suffix(".bin")
    document["buffers"][0]["uri"] = bin_path.name
    bin_path.write_bytes(blob)
    path.write_text(json.dumps(document, indent=2) + "\n")


def main():
    MODELS.mkdir(exist_ok=True)
    write_glb(MODELS / "forklift.glb", *forklift())
    write_gltf(MODELS / "pallet_crate.gltf", *pallet_crate())
    for name in ("forklift.glb", "pallet_crate.gltf", "pallet_crate.bin"):
        print(f"wrote {MODELS / name} ({(MODELS / name).stat().st_size} bytes)")
    for name, (document, _) in (("forklift", forklift()), ("pallet crate", pallet_crate())):
        low = [min(a["min"][i] for a in document["accessors"] if "min" in a) for i in range(3)]
        high = [max(a["max"][i] for a in document["accessors"] if "max" in a) for i in range(3)]
        print(f"{name}: {' x '.join(f'{h - l:.3f}' for l, h in zip(low, high))} m (x, y, z): its collision box")


if __name__ == "__main__":
    main()
