#!/usr/bin/env python3
"""Writes a project of many shots for export timing: the warehouse demo's five scenes repeated
until the project holds SHOTS shots (default 500). Each copy of a scene keeps its blocking and
its shots (rigs, cameras, lens, cast), with new scene numbers ("1-r2"), unique shot ids
("sh-0501") and the scene's shot numbers. Deterministic. Usage:
    make_many_shots.py DEMO.murnau OUT.murnau [SHOTS]

The models the demo references are dropped (the output lives elsewhere and a missing model
only draws a placeholder), so the set is its primitives.
"""
import copy
import json
import sys


def main(demo_path, out_path, shots_wanted):
    with open(demo_path, encoding="utf-8") as f:
        project = json.load(f)
    project["set"]["pieces"] = [p for p in project["set"]["pieces"] if p["shape"] != "model"]
    template = project["scenes"]
    scenes = []
    total = 0
    copy_index = 0
    while total < shots_wanted:
        copy_index += 1
        for scene in template:
            if total >= shots_wanted:
                break
            clone = copy.deepcopy(scene)
            clone["number"] = scene["number"] if copy_index == 1 else f'{scene["number"]}-r{copy_index}'
            clone["shots"] = clone["shots"][: shots_wanted - total]
            for shot in clone["shots"]:
                total += 1
                shot["id"] = f"sh-{total:04d}"
            scenes.append(clone)
    project["scenes"] = scenes
    project["title"] = f"Many shots ({total})"
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(project, f, indent=1)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 500)
