#!/usr/bin/env python3
"""Writes a heavy set for frame-time measurements: the warehouse demo with its shots, plus set
pieces up to 500 and stand-in actors up to 20, spread over the floor (a crowd of crates, pillars
and walls). Deterministic. Usage: make_heavy_project.py DEMO.murnau OUT.murnau

The models the demo references are dropped (the output lives elsewhere), so every piece is a
primitive: the measurement is of the renderer, not of model loading.
"""
import json
import random
import sys

PIECES = 500
ACTORS = 20


def main(demo_path, out_path):
    with open(demo_path, encoding="utf-8") as f:
        project = json.load(f)
    rng = random.Random(5)
    pieces = [p for p in project["set"]["pieces"] if p["shape"] != "model"]
    half_x = project["set"]["floorSizeM"][0] / 2 - 1.0
    half_z = project["set"]["floorSizeM"][1] / 2 - 1.0
    shapes = ["box", "box", "cylinder", "wall"]
    n = 0
    while len(pieces) < PIECES:
        n += 1
        shape = shapes[n % len(shapes)]
        piece = {
            "name": f"Heavy {n}",
            "shape": shape,
            "positionM": [round(rng.uniform(-half_x, half_x), 2), 0.0, round(rng.uniform(-half_z, half_z), 2)],
            "yawDeg": round(rng.uniform(-180, 180), 1),
            "color": "#%02x%02x%02x" % (rng.randrange(60, 200), rng.randrange(60, 200), rng.randrange(60, 200)),
        }
        if shape == "wall":
            piece["sizeM"] = [round(rng.uniform(1.0, 4.0), 2), 2.4, 0.15]
            piece["openings"] = []
        elif shape == "cylinder":
            d = round(rng.uniform(0.3, 0.8), 2)
            piece["sizeM"] = [d, round(rng.uniform(0.5, 3.0), 2), d]
        else:
            piece["sizeM"] = [round(rng.uniform(0.4, 1.6), 2), round(rng.uniform(0.4, 1.8), 2), round(rng.uniform(0.4, 1.6), 2)]
        pieces.append(piece)
    project["set"]["pieces"] = pieces
    actors = project["actors"]
    k = 0
    while len(actors) < ACTORS:
        k += 1
        actors.append({
            "name": f"Extra {k}",
            "heightM": round(rng.uniform(1.5, 1.95), 2),
            "build": rng.choice(["slight", "average", "heavy"]),
            "positionM": [round(rng.uniform(-half_x, half_x), 2), 0.0, round(rng.uniform(-half_z, half_z), 2)],
            "facingDeg": round(rng.uniform(-180, 180), 1),
            "color": "#%02x%02x%02x" % (rng.randrange(80, 230), rng.randrange(80, 230), rng.randrange(80, 230)),
        })
    project["title"] = "Heavy set (500 pieces, 20 actors)"
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(project, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
