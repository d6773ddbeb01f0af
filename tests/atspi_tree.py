#!/usr/bin/python3
"""AT-SPI client for tests/atspi.rs: reads the accessibility tree of a running kofu window.

Run with Debian's /usr/bin/python3 (package python3-pyatspi), on the session bus and display
that tests/atspi.rs set up:

    /usr/bin/python3 tests/atspi_tree.py --pid PID [--expect FILE] [--timeout 60]

Waits (at most --timeout seconds) until an application with that process id (or, failing the
id, named "kofu") is on the AT-SPI desktop and its tree holds every (name, role) pair listed in
--expect (a JSON list of {"name": ..., "role": ...}), or, without --expect, at least one push
button. Then prints on stdout one JSON object:

    {"found": true, "app": "kofu", "seconds": 3.2,
     "nodes": [{"name", "role", "states", "extents": [x, y, w, h] or null,
                "window": name of the frame or window the node is in, or null}, ...]}

with every node of the application's tree ("found": false and the last tree seen on timeout).
Progress goes to stderr. Exit code 0 when the application was found, 1 otherwise, 2 on an
unusable environment (no pyatspi).
"""

import argparse
import json
import sys
import time

try:
    import pyatspi
    from gi.repository import Atspi
except ImportError as e:  # pragma: no cover - reported to the Rust side
    print(f"atspi_tree.py: cannot import pyatspi: {e}", file=sys.stderr)
    sys.exit(2)

# States worth reporting (the rest are noise for this check).
STATES = {
    pyatspi.STATE_CHECKED: "checked",
    pyatspi.STATE_PRESSED: "pressed",
    pyatspi.STATE_ENABLED: "enabled",
    pyatspi.STATE_SENSITIVE: "sensitive",
    pyatspi.STATE_FOCUSABLE: "focusable",
    pyatspi.STATE_FOCUSED: "focused",
    pyatspi.STATE_SHOWING: "showing",
    pyatspi.STATE_VISIBLE: "visible",
}

MAX_NODES = 5000


def log(msg):
    print(f"atspi_tree.py: {msg}", file=sys.stderr, flush=True)


def find_app(pid):
    """The kofu application on the desktop, by process id, else by name."""
    desktop = pyatspi.Registry.getDesktop(0)
    by_name = None
    for i in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(i)
        except Exception:  # a dying application
            continue
        if app is None:
            continue
        try:
            if pid is not None and app.get_process_id() == pid:
                return app
        except Exception:
            pass
        try:
            if app.name == "kofu":
                by_name = app
        except Exception:
            pass
    return by_name


def walk(app):
    """Every node below the application: (name, role, states), depth first, in tree order."""
    out = []
    stack = [(app, None)]
    while stack and len(out) < MAX_NODES:
        acc, window = stack.pop()
        try:
            acc.clear_cache()
        except Exception:
            pass
        try:
            name = acc.name or ""
            role = acc.getRoleName()
            state = acc.getState()
            states = [s for k, s in STATES.items() if state.contains(k)]
            count = acc.childCount
        except Exception as e:  # node went away between two calls
            log(f"skipping a node: {e}")
            continue
        try:
            e = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            extents = [e.x, e.y, e.width, e.height]
        except Exception:  # not a component
            extents = None
        if role in ("frame", "window"):
            window = name
        if acc is not app:
            out.append(
                {"name": name, "role": role, "states": states, "extents": extents, "window": window}
            )
        children = []
        for i in range(count):
            try:
                c = acc.getChildAtIndex(i)
            except Exception:
                c = None
            if c is not None:
                children.append(c)
        stack.extend((c, window) for c in reversed(children))
    return out


def complete(nodes, expect):
    have = {(n["name"], n["role"]) for n in nodes}
    if expect is None:
        return any(n["role"] == "push button" for n in nodes)
    return all((e["name"], e["role"]) in have for e in expect)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pid", type=int, default=None)
    ap.add_argument("--expect", default=None)
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args()
    expect = None
    if args.expect:
        with open(args.expect, encoding="utf-8") as f:
            expect = json.load(f)

    # Bounded D-Bus calls: 5 s each (15 s while an application starts).
    try:
        Atspi.set_timeout(5000, 15000)
    except Exception:
        pass

    start = time.monotonic()
    deadline = start + args.timeout
    app = None
    nodes = []
    found = False
    last_note = 0.0
    while True:
        now = time.monotonic()
        try:
            app = find_app(args.pid)
            if app is not None:
                nodes = walk(app)
                if complete(nodes, expect):
                    found = True
                    break
        except Exception as e:
            log(f"while reading the desktop: {e}")
        if now >= deadline:
            break
        if now - last_note >= 5.0:
            log(
                f"{now - start:.0f} s: application {'found' if app else 'not yet on the desktop'}, "
                f"{len(nodes)} nodes"
            )
            last_note = now
        time.sleep(0.5)

    app_name = None
    if app is not None:
        try:
            app_name = app.name or "kofu"
        except Exception:  # went away since it was read
            app_name = "kofu"
    print(
        json.dumps(
            {
                "found": found,
                "app": app_name,
                "seconds": round(time.monotonic() - start, 2),
                "nodes": nodes,
            },
            ensure_ascii=False,
        )
    )
    return 0 if app is not None else 1


if __name__ == "__main__":
    sys.exit(main())
