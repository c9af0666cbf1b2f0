#!/usr/bin/env python3
"""Autosave recovery, end to end (issue 9): crash the real app after edits, start it again,
recover, compare.

Drives the murnau binary from outside like a user, under an X server (ctest runs it under
`xvfb-run -a -s "-screen 0 1920x1080x24"`): xdotool mouse clicks (keyboard events do not reach
the window under bare Xvfb), ImageMagick `import` screenshots to find the recovery dialog.

  1. a sandbox: HOME, XDG_* and TMPDIR in a temporary folder, a copy of the demo project;
  2. `murnau --autosave-interval 1 COPY`, two edits with the mouse (Library ▸ Box, Cylinder);
  3. waits for the session's recovery file and checks it is the original plus exactly the two
     new set pieces;
  4. SIGKILLs the app and reaps it: the recovery file and the session marker stay;
  5. starts the app again on the same copy: the recovery dialog must appear; clicks Recover;
  6. checks the new session's own recovery file and then the project file written by
     File ▸ Save are byte-equal to the crashed session's recovery file;
  7. File ▸ Quit: a clean exit that leaves no session files and no process.

Times (window, first autosave, dialog) are printed. On failure the screenshots are kept in the
sandbox and their paths printed. Exit 0 passed, 1 failed (a missing tool too), 77 skipped (no display).

usage: test_autosave_recovery.py --app PATH/murnau --demo PATH/warehouse.murnau
                                 [--no-interval-option] [--keep]
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77

# Positions in the main window, pixels from its top-left corner (or right edge: `fromRight`),
# taken from screenshots of the app on a 1920x1080 screen.
FILE_MENU = (16, 12)           # the menu bar's "File"
FILE_SAVE = (22, 121)          # File ▸ Save (the open menu's fourth row)
FILE_QUIT = (20, 230)          # File ▸ Quit (its last row)
LIBRARY_BOX_FROM_RIGHT = (261, 125)        # Library ▸ Box, from the window's right edge
LIBRARY_CYLINDER_FROM_RIGHT = (206, 125)   # Library ▸ Cylinder
DIALOG_WIDTH = 520             # recoveryDialog's width (qml/DocumentController.qml), pixels


class Failure(Exception):
    """A check that did not hold: the test fails with this message."""


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def poll(what, timeout_s, probe, interval_s=0.25):
    """Calls probe() until it returns something truthy; that value, or Failure after timeout_s."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failure(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(interval_s)


class Screen:
    """The X display: xdotool for windows and the mouse, ImageMagick for screenshots."""

    def __init__(self, env, shots_dir):
        self.env = env
        self.shots_dir = shots_dir
        self.shots = 0

    def run(self, *args, check=True):
        done = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=60)
        if check and done.returncode != 0:
            raise Failure(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout

    def windows_of(self, pid):
        """Visible windows of process `pid` whose title ends in "Murnau": [(id, title)]."""
        out = self.run("xdotool", "search", "--onlyvisible", "--pid", str(pid), check=False)
        found = []
        for wid in out.split():
            title = self.run("xdotool", "getwindowname", wid, check=False).strip()
            if title.endswith("Murnau"):
                found.append((wid, title))
        return found

    def title(self, wid):
        return self.run("xdotool", "getwindowname", wid, check=False).strip()

    def geometry(self, wid):
        """(x, y, width, height) of a window, pixels."""
        values = {}
        for line in self.run("xdotool", "getwindowgeometry", "--shell", wid).splitlines():
            key, _, value = line.partition("=")
            values[key] = int(value) if value.lstrip("-").isdigit() else value
        return values["X"], values["Y"], values["WIDTH"], values["HEIGHT"]

    def move(self, x, y):
        """Moves the pointer to (x, y) and waits until it is there. (xdotool's own --sync
        waits for a motion, so it stalls when the pointer is already at the place.)"""
        self.run("xdotool", "mousemove", str(x), str(y))

        def arrived():
            out = self.run("xdotool", "getmouselocation", "--shell", check=False)
            place = dict(line.partition("=")[::2] for line in out.splitlines())
            return place.get("X") == str(x) and place.get("Y") == str(y)
        poll(f"the pointer to reach ({x}, {y})", 10, arrived, 0.05)

    def click(self, x, y):
        self.move(x, y)
        time.sleep(0.15)   # let the hover land before the press
        self.run("xdotool", "click", "1")

    def park_mouse(self):
        """Moves the pointer off every control (between the shot strip and the tracks), so no
        hover or tooltip changes the screen."""
        self.move(960, 700)

    def grab(self, name=None):
        """The whole screen: (width, height, RGB bytes); also saved as a PNG if `name` is given."""
        width, height = (int(v) for v in self.run("xdotool", "getdisplaygeometry").split())
        raw = subprocess.run(["import", "-window", "root", "-depth", "8", "rgb:-"], env=self.env,
                             capture_output=True, timeout=60).stdout
        if len(raw) != width * height * 3:
            raise Failure(f"screenshot has {len(raw)} bytes, expected {width}x{height}x3")
        if name:
            self.save_png(name)
        return width, height, raw

    def save_png(self, name):
        self.shots += 1
        path = os.path.join(self.shots_dir, f"{self.shots:02d}-{name}.png")
        subprocess.run(["import", "-window", "root", path], env=self.env, capture_output=True, timeout=60)
        return path


def find_dialog_buttons(shot, window):
    """The recovery dialog's footer buttons, if the dialog is on screen: [(x, y)] of their
    centres, left to right, or None.

    The dialog (DIALOG_WIDTH wide) is centred in the window; its height depends on how its text
    wraps. Its background colour is sampled inside its left padding at the window's centre; the
    dialog's bottom is where that colour ends going down. The buttons are the one row above the
    bottom padding with three separate runs of other colours, each 50..250 pixels wide."""
    width, height, raw = shot
    wx, wy, ww, wh = window

    def px(x, y):
        i = (y * width + x) * 3
        return raw[i:i + 3]

    cx, cy = wx + ww // 2, wy + wh // 2
    left, right = cx - DIALOG_WIDTH // 2 + 4, cx + DIALOG_WIDTH // 2 - 4
    background = px(left, cy)
    # The dialog's padding column is one colour from the centre down to the dialog's bottom.
    bottom = cy
    while bottom + 1 < wy + wh and px(left, bottom + 1) == background:
        bottom += 1
    if bottom - cy < 30 or bottom - cy > 300:
        return None
    for y in range(bottom - 4, max(cy, bottom - 80), -1):
        runs, start = [], None
        for x in range(left, right + 1):
            other = px(x, y) != background
            if other and start is None:
                start = x
            elif not other and start is not None:
                runs.append((start, x - 1))
                start = None
        if start is not None:
            runs.append((start, right))
        # Glyphs inside a button leave short gaps: join runs closer than 4 pixels.
        joined = []
        for run in runs:
            if joined and run[0] - joined[-1][1] < 4:
                joined[-1] = (joined[-1][0], run[1])
            else:
                joined.append(run)
        if len(joined) == 3 and all(50 <= b - a <= 250 for a, b in joined):
            return [((a + b) // 2, y) for a, b in joined]
    return None


def make_sandbox(demo):
    """A temporary folder with its own HOME, XDG folders and TMPDIR and a copy of the demo."""
    root = tempfile.mkdtemp(prefix="murnau-recovery-")
    env = dict(os.environ)
    for var, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "runtime"), ("TMPDIR", "tmp")):
        path = os.path.join(root, sub)
        os.makedirs(path, mode=0o700)
        os.chmod(path, 0o700)
        env[var] = path
    env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("QT_QUICK_BACKEND", None)
    project_dir = os.path.join(root, "project")
    os.makedirs(project_dir)
    project = os.path.join(project_dir, os.path.basename(demo))
    shutil.copy2(demo, project)
    models = os.path.join(os.path.dirname(demo), "models")
    if os.path.isdir(models):
        shutil.copytree(models, os.path.join(project_dir, "models"))
    shots = os.path.join(root, "screenshots")
    os.makedirs(shots)
    return root, env, project, shots


def recovery_dir(env):
    return os.path.join(env["XDG_STATE_HOME"], "murnau", "recovery")


def session_files(env, pid, suffix):
    """This session's files in the recovery folder: session-<pid>-<id><suffix>."""
    folder = recovery_dir(env)
    if not os.path.isdir(folder):
        return []
    return sorted(os.path.join(folder, n) for n in os.listdir(folder)
                  if n.startswith(f"session-{pid}-") and n.endswith(suffix))


def read_json(path):
    with open(path, "rb") as f:
        return json.loads(f.read())


def check_edits(original, edited):
    """Checks `edited` is `original` plus exactly a new "Box" (shape box) and a new "Cylinder"
    (shape cylinder) set piece at the end of set.pieces, nothing else changed."""
    if set(edited) != set(original):
        raise Failure(f"top-level keys changed: {sorted(set(edited) ^ set(original))}")
    for key in original:
        if key != "set" and edited[key] != original[key]:
            raise Failure(f"'{key}' changed, but the edits only added set pieces")
    for key in original["set"]:
        if key != "pieces" and edited["set"][key] != original["set"][key]:
            raise Failure(f"set.{key} changed, but the edits only added set pieces")
    before, after = original["set"]["pieces"], edited["set"]["pieces"]
    if len(after) != len(before) + 2 or after[:len(before)] != before:
        raise Failure(f"set.pieces: expected the {len(before)} original pieces and two new ones, "
                      f"got {len(after)} pieces")
    added = [(p.get("name"), p.get("shape")) for p in after[len(before):]]
    if added != [("Box", "box"), ("Cylinder", "cylinder")]:
        raise Failure(f"the new set pieces are {added}, expected Box (box) and Cylinder (cylinder)")


class App:
    """One run of the murnau binary in the sandbox, its console in a log file."""

    def __init__(self, args, env, log_path):
        self.log_path = log_path
        self.log_file = open(log_path, "wb")
        self.started = time.monotonic()
        self.proc = subprocess.Popen(args, env=env, stdout=self.log_file, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)
        self.pid = self.proc.pid

    def console(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    def alive(self):
        return self.proc.poll() is None

    def kill(self):
        """SIGKILL and reap (an unreaped zombie still counts as a running session)."""
        if self.alive():
            os.kill(self.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.log_file.close()

    def wait_exit(self, timeout_s):
        try:
            code = self.proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            return None
        self.log_file.close()
        return code


def wait_for_window(screen, app, settle=True, timeout_s=90):
    """Waits for the app's main window titled "<file> — Murnau" and, if `settle`, for the screen
    to settle (two identical screenshots in a row); its id and geometry."""
    def window():
        if not app.alive():
            raise Failure(f"the app exited ({app.proc.returncode}) before showing its window:\n{app.console()}")
        found = screen.windows_of(app.pid)
        return found[0] if found else None
    wid, title = poll("the app's window", timeout_s, window, 0.5)
    shown_s = time.monotonic() - app.started
    geometry = screen.geometry(wid)
    log(f"window '{title}' shown {shown_s:.1f} s after start, at {geometry}")
    screen.park_mouse()
    if not settle:
        return wid, geometry
    previous = [None]

    def settled():
        shot = screen.grab()[2]
        same = shot == previous[0]
        previous[0] = shot
        return same
    poll("the window to finish drawing", timeout_s, settled, 1.0)
    log(f"window settled {time.monotonic() - app.started:.1f} s after start")
    return wid, geometry


def wait_title(screen, wid, what, test, timeout_s=30):
    """Waits until test(window title) holds; the title."""
    try:
        return poll(f"the window title to show {what}", timeout_s,
                    lambda: test(screen.title(wid)) and screen.title(wid), 0.25)
    except Failure as failure:
        raise Failure(f"{failure}; it is '{screen.title(wid)}'") from None


def run(options):
    demo = os.path.abspath(options.demo)
    with open(demo, "rb") as f:
        original_bytes = f.read()
    original = json.loads(original_bytes)
    root, env, project, shots = make_sandbox(demo)
    screen = Screen(env, shots)
    log(f"1. sandbox {root}; project copy {project}")
    interval = [] if options.no_interval_option else ["--autosave-interval", "1"]
    first_write_timeout = 150 if options.no_interval_option else 60
    apps = []
    ok = False
    # Xvfb resets (and for a moment refuses connections) when its last client leaves, as when
    # the killed app was the only one: a client that stays connected keeps the server up.
    holder = subprocess.Popen(["xdotool", "search", "--sync", "--name", "^no window has this name$"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # 2. First session: two edits with the mouse.
        app = App([options.app, "--verbose", *interval, project], env, os.path.join(root, "app1.log"))
        apps.append(app)
        log(f"2. started {' '.join([options.app, *interval, project])} (pid {app.pid})")
        wid, (wx, wy, ww, wh) = wait_for_window(screen, app)
        title = screen.title(wid)
        if "*" in title:
            raise Failure(f"the freshly opened project already shows unsaved changes: '{title}'")
        screen.click(wx + ww - LIBRARY_BOX_FROM_RIGHT[0], wy + LIBRARY_BOX_FROM_RIGHT[1])
        edited_at = time.monotonic()
        title = wait_title(screen, wid, "unsaved changes after Library ▸ Box", lambda t: "*" in t)
        log(f"   clicked Library ▸ Box: title '{title}'")
        screen.click(wx + ww - LIBRARY_CYLINDER_FROM_RIGHT[0], wy + LIBRARY_CYLINDER_FROM_RIGHT[1])
        last_edit_at = time.monotonic()
        last_edit_clock = time.time()   # wall clock, to compare with the file's mtime
        log("   clicked Library ▸ Cylinder")
        screen.park_mouse()
        screen.save_png("edited")

        # 3. The recovery file, with both edits.
        first_write = [None]

        def recovery_with_both_edits():
            files = session_files(env, app.pid, ".murnau")
            if not files:
                return None
            if first_write[0] is None:
                first_write[0] = time.monotonic()
            try:
                content = read_json(files[0])
            except (OSError, ValueError):
                return None   # removed or replaced between listing and reading
            pieces = content.get("set", {}).get("pieces", [])
            return files[0] if len(pieces) == len(original["set"]["pieces"]) + 2 else None
        recovery = poll("the recovery file with both edits", first_write_timeout, recovery_with_both_edits)
        with_both_at = time.monotonic()
        with open(recovery, "rb") as f:
            crashed_bytes = f.read()
        crashed_copy = os.path.join(root, "crashed-session.murnau")
        with open(crashed_copy, "wb") as f:
            f.write(crashed_bytes)
        written_after = os.stat(recovery).st_mtime - last_edit_clock
        log(f"3. recovery file {recovery}: first seen {first_write[0] - edited_at:.1f} s after the "
            f"first edit; the version with both edits was written {written_after:.1f} s after the "
            f"second (file time) and seen {with_both_at - last_edit_at:.1f} s after it; copied to "
            f"{crashed_copy}")
        if crashed_bytes == original_bytes:
            raise Failure("the recovery file equals the original project: the edits are missing")
        check_edits(original, json.loads(crashed_bytes))
        log(f"   it is the original plus exactly the new Box and Cylinder "
            f"({len(original_bytes)} -> {len(crashed_bytes)} bytes)")
        with open(project, "rb") as f:
            if f.read() != original_bytes:
                raise Failure("the project file changed although nothing was saved")

        # 4. The crash.
        markers = session_files(env, app.pid, ".json")
        if len(markers) != 1:
            raise Failure(f"expected one session marker of pid {app.pid}, found {markers}")
        app.kill()
        log(f"4. SIGKILLed pid {app.pid} (exit status {app.proc.returncode})")
        for path in (recovery, markers[0]):
            if not os.path.isfile(path):
                raise Failure(f"{path} is gone after the kill")
        marker = read_json(markers[0])
        if marker.get("pid") != app.pid or os.path.realpath(marker.get("sourcePath", "")) != os.path.realpath(project):
            raise Failure(f"the marker {markers[0]} says {marker}, expected pid {app.pid} and {project}")
        with open(recovery, "rb") as f:
            if f.read() != crashed_bytes:
                raise Failure("the recovery file changed after the kill")
        log(f"   recovery file and marker are still there; marker {marker}")

        # 5. Second session: the offer to recover.
        app2 = App([options.app, "--verbose", *interval, project], env, os.path.join(root, "app2.log"))
        apps.append(app2)
        log(f"5. started the app again (pid {app2.pid})")
        wid, window = wait_for_window(screen, app2, settle=False)
        if "did not exit cleanly" not in app2.console():
            raise Failure("the second session did not find the crashed session's work")
        seen = [None]

        def dialog():
            # The same buttons in two screenshots in a row: the dialog is drawn and still.
            buttons = find_dialog_buttons(screen.grab(), window)
            steady = buttons is not None and buttons == seen[0]
            if buttons and seen[0] is None:
                seen.append(time.monotonic())
            seen[0] = buttons
            return buttons if steady else None
        buttons = poll("the recovery dialog's buttons", 60, dialog, 0.5)
        dialog_s = seen[1] - app2.started
        screen.save_png("recovery-dialog")
        log(f"   recovery dialog on screen {dialog_s:.1f} s after start; buttons at {buttons} "
            f"(Recover, Discard, Decide Later)")
        screen.click(*buttons[0])
        recovered_at = time.monotonic()
        screen.park_mouse()
        title = wait_title(screen, wid, "the recovered, unsaved work", lambda t: "*" in t)
        poll("the recovery dialog to close", 30, lambda: not find_dialog_buttons(screen.grab(), window), 0.5)
        log(f"   clicked Recover: title '{title}'")

        # 6. Compare: this session's recovery file, then the saved project.
        def own_recovery():
            files = session_files(env, app2.pid, ".murnau")
            return files[0] if files else None
        own = poll("the new session's recovery file", 30, own_recovery)
        own_s = time.monotonic() - recovered_at
        with open(own, "rb") as f:
            own_bytes = f.read()
        if own_bytes != crashed_bytes:
            raise Failure(f"the new session's recovery file {own} differs from the crashed session's")
        log(f"6. the new session's recovery file ({own_s:.1f} s after Recover) equals the crashed "
            f"session's byte for byte")
        poll("the crashed session's files to be removed", 30,
             lambda: not os.path.exists(recovery) and not os.path.exists(markers[0]))
        log("   the crashed session's recovery file and marker are removed")
        screen.click(wx + FILE_MENU[0], wy + FILE_MENU[1])
        time.sleep(1.0)   # the menu opens
        screen.save_png("file-menu")
        screen.click(wx + FILE_SAVE[0], wy + FILE_SAVE[1])
        screen.park_mouse()
        title = wait_title(screen, wid, "no unsaved changes after File ▸ Save", lambda t: "*" not in t)
        with open(project, "rb") as f:
            saved_bytes = f.read()
        if saved_bytes != crashed_bytes:
            if json.loads(saved_bytes) != json.loads(crashed_bytes):
                raise Failure(f"the saved project {project} is not the crashed session's work")
            raise Failure(f"the saved project {project} holds the crashed session's work, but not "
                          f"byte for byte (the serialisation is not stable)")
        check_edits(original, json.loads(saved_bytes))
        log(f"   File ▸ Save: title '{title}'; {project} equals the crashed session's recovery "
            f"file byte for byte ({len(saved_bytes)} bytes)")
        poll("the saved session's recovery file to be removed", 30, lambda: not own_recovery())
        log("   the session's recovery file is removed once saved")

        # 7. A clean exit.
        screen.click(wx + FILE_MENU[0], wy + FILE_MENU[1])
        time.sleep(1.0)
        screen.click(wx + FILE_QUIT[0], wy + FILE_QUIT[1])
        code = app2.wait_exit(60)
        if code is None:
            raise Failure("the app did not exit within 60 s of File ▸ Quit")
        if code != 0:
            raise Failure(f"the app exited with {code} after File ▸ Quit")
        left = os.listdir(recovery_dir(env))
        if left:
            raise Failure(f"a clean exit left files in the recovery folder: {left}")
        log(f"7. File ▸ Quit: exit status 0, the recovery folder is empty")
        ok = True
    except Failure as failure:
        log(f"FAILED: {failure}")
        try:
            log(f"   screenshot {screen.save_png('failure')}")
        except (OSError, subprocess.SubprocessError):
            pass
    finally:
        holder.kill()
        holder.wait()
        for app in apps:
            if app.alive():
                log(f"   killing pid {app.pid}, still running")
                app.kill()
        leftover = [a.pid for a in apps if a.alive()]
        if leftover:
            log(f"FAILED: processes left: {leftover}")
            ok = False
        with open(demo, "rb") as f:
            if f.read() != original_bytes:
                log(f"FAILED: the demo project {demo} changed")
                ok = False
    if ok and not options.keep:
        shutil.rmtree(root, ignore_errors=True)
        log("PASSED")
    elif ok:
        log(f"PASSED; sandbox kept: {root}")
    else:
        log(f"sandbox kept for inspection: {root}; screenshots in {shots}; consoles app1.log, app2.log")
        for app in apps:
            log(f"--- console of pid {app.pid} (last lines) ---")
            print("\n".join(app.console().splitlines()[-20:]), flush=True)
    return 0 if ok else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="the murnau binary")
    parser.add_argument("--demo", required=True, help="the demo project (its models/ is copied too)")
    parser.add_argument("--no-interval-option", action="store_true",
                        help="for an older binary without --autosave-interval: wait for the default minute")
    parser.add_argument("--keep", action="store_true", help="keep the sandbox after a pass")
    options = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("skipped: DISPLAY is not set (run under xvfb-run -a -s \"-screen 0 1920x1080x24\")")
        return SKIP
    missing = [tool for tool in ("xdotool", "import") if shutil.which(tool) is None]
    if missing:
        print(f"failed: {', '.join(missing)} missing: run ./scripts/dev deps (Debian xdotool, imagemagick)")
        return 1
    return run(options)


if __name__ == "__main__":
    sys.exit(main())
