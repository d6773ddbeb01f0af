"""Checks that the crate's modules only import downwards (a static layering check over src/).

Usage: python3 tools/layers.py [--graph] [--src DIR]

What it enforces. The top-level modules of the library (the `mod` lines of src/lib.rs) are put
in the ordered LAYERS below, lowest first; the binary's own files (src/main.rs, src/cli/,
src/*_cli.rs, src/soak.rs) form the top layer "cli", which may import anything. A module may
refer to a module in its own layer only when SAME_LAYER_ALLOWED says so, and never to one in a
higher layer. Inside src/domain/ the submodules get their own order the same way
(DOMAIN_LAYERS, DOMAIN_SAME_LAYER_ALLOWED).

Why. Layers only point down: the domain knows no files and no UI, so the rules can be tested
and replayed without a window; the window knows nothing of the reports that drive it (a report
may render the window off-screen, the window may not call back into a report), so the window
can change without breaking a report it never heard of; and the CLI sits on top, wiring
everything together. An arrow that points up is a cycle in waiting, and a reason a change in
a "high" module breaks a "low" one.

What counts as a reference: every path that names a module of this crate, whether in a `use`
declaration (grouped `use crate::{a, b::c}` trees over several lines included) or inline in
code (`crate::report::x::y(`), written from `crate::`, `self::`, `super::` or a child module's
name; in the binary's files `kofu::` names the library. Comments, doc comments and string
literals are ignored, and so is everything inside a `#[cfg(test)]` module, inline
(`#[cfg(test)] mod tests { … }`) or in its own file (`#[cfg(test)] mod tests;`, and that file's
submodules); a `#[cfg(test)]` on a single fn or `use` is not skipped. Names re-exported under another module are counted where the path points, not
where the item is defined: it is a check of what the source says, not of name resolution.

Output: one line per violation, `path:line: <from> -> <to> (<the path as written>)`, then the
count per edge. Exit status 0 when there is none, 1 when there are, 2 on a usage error (or
when a module of src/lib.rs is missing from LAYERS). `--graph` prints instead the
module -> module edges with their number of references (violations marked), the same for the
submodules of domain, and the cycles among them; it exits 0. A name in LAYERS that src/lib.rs
does not declare yet (a planned module) is only noted on stderr.
"""
import argparse
import re
import sys
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path

# ---- The layers, lowest first. Each layer is a set of top-level modules. -------------------
#
# error < domain < store, output < (pdf) < certificate < handout < i18n < kiosk < scenario
#       < training < research < window < report < handbook < cli
#
# error is a leaf (InputError and Source: file:line:col for hand-written files) that the
# domain's parsers return, so it sits under the domain; output (the one way a file is written)
# sits above it, beside store, so the domain can never write a file. research (the timeline
# format and the recorder, out of report/) is below the window that feeds it, and pdf (the
# one PDF engine, out of certificate/pdf) below certificate and handout, as in
# ../shared/reviews/2026-12-window.md, section 5. A name here with no `mod` line in src/lib.rs
# yet is only noted; a module of src/lib.rs in no layer is an error (exit 2).
LAYERS = [
    ["error"],
    ["domain"],
    ["store", "output"],
    ["pdf"],
    ["certificate"],
    ["handout"],
    ["i18n"],
    ["kiosk"],
    ["scenario"],
    ["training"],
    ["research"],
    ["window"],
    ["report"],
    ["handbook"],
    ["cli"],
]
# (from, to) pairs allowed although both sit in the same layer. None so far.
SAME_LAYER_ALLOWED = set()

# ---- The submodules of src/domain/, lowest first. ------------------------------------------
# A submodule not listed here is not checked (it still shows in --graph); domain/mod.rs itself
# only declares the submodules.
DOMAIN_LAYERS = [
    # primitives: dates and service hours, cards and PINs, money, the journal's records
    ["calendar", "card", "payment", "record"],
    # offices, the persona deck, reason codes, the Store trait
    ["office", "registry", "reason", "store"],
    # the municipality profile (data only), and the advice a reason code gives
    ["municipality", "next_step"],
    # the shared words: screens, events, options, faults, statuses, other services
    ["vocab"],
    # the vendor profile (data only)
    ["vendor"],
    # a refusal: reason code + typed facts
    ["refusal"],
    # the rules: who may get what, which options a selection offers
    ["eligibility", "options"],
    # every observable fact of a step
    ["effect"],
    # the state machine
    ["session"],
    # the copier's parts around the panel (reader, slot, trays), driving the session
    ["machine"],
]
DOMAIN_SAME_LAYER_ALLOWED = set()

# The binary's own files (relative to src/): the "cli" layer.
CLI = "cli"
BIN_FILES = re.compile(r"^(main\.rs|soak\.rs|[a-z0-9_]+_cli\.rs|cli/.*\.rs)$")
LIB_NAME = "kofu"  # how the binary's files name the library
DOMAIN = "domain"

# ---- Lexing: blank out comments and literals, keeping every newline. ------------------------

RAW_STRING = re.compile(r'[bc]?r(#*)"')
STRING = re.compile(r'[bc]?"')
CHAR = re.compile(r"b?'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]*\}|.)|[^\\'\n])'")


def is_ident_char(ch):
    return ch.isalnum() or ch == "_"


def strip_comments_and_literals(src):
    """The source with comments, strings and char literals replaced by spaces (newlines kept,
    so offsets and line numbers stay the same)."""
    out = list(src)
    n = len(src)

    def blank(a, b):
        for k in range(a, min(b, n)):
            if out[k] != "\n":
                out[k] = " "

    i = 0
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            end = src.find("\n", i)
            end = n if end < 0 else end
            blank(i, end)
            i = end
            continue
        if src.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if src.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif src.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            blank(i, j)
            i = j
            continue
        starts_token = i == 0 or not is_ident_char(src[i - 1])
        if c in "bcr" and starts_token:
            m = RAW_STRING.match(src, i)
            if m:
                close = '"' + m.group(1)
                end = src.find(close, m.end())
                end = n if end < 0 else end + len(close)
                blank(i, end)
                i = end
                continue
        if c == '"' or (c in "bc" and starts_token and STRING.match(src, i)):
            j = src.index('"', i) + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            blank(i, j + 1)
            i = j + 1
            continue
        if c == "'" or (c == "b" and starts_token):
            m = CHAR.match(src, i)
            if m:  # otherwise a lifetime or a label
                blank(i, m.end())
                i = m.end()
                continue
        i += 1
    return "".join(out)


def matching_brace(text, open_at):
    """Offset just past the `}` that closes the `{` at open_at."""
    depth = 0
    for k in range(open_at, len(text)):
        if text[k] == "{":
            depth += 1
        elif text[k] == "}":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(text)


CFG_TEST = re.compile(r"#\s*\[\s*cfg\s*\(\s*test\s*\)\s*\]")
INNER_CFG_TEST = re.compile(r"#\s*!\s*\[\s*cfg\s*\(\s*test\s*\)\s*\]")
ATTRIBUTE = re.compile(r"\s*#\s*\[")
MOD_HEADER = re.compile(r"\s*(?:pub\s*(?:\([^)]*\))?\s*)?mod\s+(?:r#)?(\w+)\s*([;{])")


def strip_test_modules(text):
    """The cleaned text with every `#[cfg(test)] mod …` blanked, and the names of the
    `#[cfg(test)] mod name;` declared in it (their files are test code too)."""
    test_files = []
    out = list(text)
    pos = 0
    while True:
        m = CFG_TEST.search(text, pos)
        if not m:
            break
        j = m.end()
        while True:  # other attributes between #[cfg(test)] and the item
            a = ATTRIBUTE.match(text, j)
            if not a:
                break
            depth, k = 1, a.end()
            while k < len(text) and depth:
                depth += {"[": 1, "]": -1}.get(text[k], 0)
                k += 1
            j = k
        header = MOD_HEADER.match(text, j)
        if not header:  # a test-only fn, use or impl: not a module, left in
            pos = m.end()
            continue
        if header.group(2) == ";":
            test_files.append(header.group(1))
            end = header.end()
        else:
            end = matching_brace(text, header.end() - 1)
        for k in range(m.start(), end):
            if out[k] != "\n":
                out[k] = " "
        pos = end
    return "".join(out), test_files


# ---- Files and modules ----------------------------------------------------------------------


class SourceFile:
    def __init__(self, path, rel, crate, modpath):
        self.path = path  # Path
        self.rel = rel  # "domain/session/card.rs"
        self.crate = crate  # "lib" or "bin"
        self.modpath = modpath  # ("domain", "session", "card")
        raw = path.read_text(encoding="utf-8")
        cleaned = strip_comments_and_literals(raw)
        self.text, self.test_mods = strip_test_modules(cleaned)
        self.whole_file_test = bool(INNER_CFG_TEST.search(cleaned))
        self.newlines = [k for k, ch in enumerate(raw) if ch == "\n"]

    def line_of(self, offset):
        return bisect_right(self.newlines, offset - 1) + 1

    def child_dir(self):
        """Where this file's `mod x;` files live."""
        if self.path.name in ("mod.rs", "lib.rs", "main.rs"):
            return self.path.parent
        return self.path.with_suffix("")


def module_path(rel):
    """("domain", "session") for domain/session/mod.rs, ("domain", "effect") for
    domain/effect.rs, () for lib.rs and main.rs."""
    parts = rel[:-3].split("/")
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def load_files(src):
    files = []
    for path in sorted(src.rglob("*.rs")):
        rel = path.relative_to(src).as_posix()
        crate = "bin" if BIN_FILES.match(rel) else "lib"
        files.append(SourceFile(path, rel, crate, module_path(rel)))
    # Drop the files of `#[cfg(test)] mod x;` and everything below them.
    test_roots = []
    for f in files:
        for name in f.test_mods:
            base = f.child_dir() / name
            test_roots += [base.with_suffix(".rs"), base]
    kept = []
    for f in files:
        under_test = any(f.path == r or r in f.path.parents for r in test_roots)
        if not under_test and not f.whole_file_test:
            kept.append(f)
    return kept


def lib_modules(src):
    lib = src / "lib.rs"
    text, _ = strip_test_modules(strip_comments_and_literals(lib.read_text(encoding="utf-8")))
    return re.findall(r"(?:^|[;}\s])(?:pub\s*(?:\([^)]*\))?\s*)?mod\s+(?:r#)?(\w+)\s*;", text)


# ---- Finding the references ----------------------------------------------------------------

USE = re.compile(r"(?<![\w$:])use\s")
USE_TOKEN = re.compile(r"(?:r#)?\w+|::|[{},*]")
INLINE_PATH = re.compile(r"(?<![\w$:])(?:r#)?\w+(?:\s*::\s*(?:r#)?\w+)+")
INLINE_MOD = re.compile(r"(?<![\w$:])mod\s+(?:r#)?(\w+)\s*\{")


def use_leaves(tokens):
    """Every leaf path of a use tree, as (segments, offset of its last segment)."""
    leaves = []

    def tree(i, prefix):
        path = list(prefix)
        last = tokens[i][1] if i < len(tokens) else 0
        while i < len(tokens):
            tok, at = tokens[i]
            if tok == "::":
                i += 1
            elif tok == "{":
                i += 1
                while i < len(tokens) and tokens[i][0] != "}":
                    i = tree(i, path)
                    if i < len(tokens) and tokens[i][0] == ",":
                        i += 1
                return i + 1
            elif tok == "*":
                leaves.append((path + ["*"], at))
                return i + 1
            elif tok in (",", "}"):
                break
            else:
                if not (tok == "self" and prefix and path == list(prefix)):
                    path.append(tok.removeprefix("r#"))
                last = at
                i += 1
                if i < len(tokens) and tokens[i][0] == "as":
                    i += 2
                if i < len(tokens) and tokens[i][0] == "::":
                    continue
                break
        if path:
            leaves.append((path, last))
        return i

    i = 0
    while i < len(tokens):
        before = i
        i = tree(i, [])
        if i == before:
            i += 1
    return leaves


def children_of(known):
    kids = defaultdict(set)
    for crate, mp in known:
        if mp:
            kids[(crate, mp[:-1])].add(mp[-1])
    return kids


def resolve(segments, f, modpath, kids):
    """(crate, absolute module path segments) a path points at, or None when it is not a
    path into this crate (std, a dependency, a local name)."""
    first = segments[0]
    if first == "crate":
        return f.crate, tuple(segments[1:])
    if first == LIB_NAME and f.crate == "bin":
        return "lib", tuple(segments[1:])
    if first in ("self", "super"):
        base = list(modpath)
        k = 0
        while k < len(segments) and segments[k] in ("self", "super"):
            if segments[k] == "super":
                if not base:
                    return None
                base.pop()
            k += 1
        return f.crate, tuple(base) + tuple(segments[k:])
    if first in kids.get((f.crate, tuple(modpath)), ()):
        return f.crate, tuple(modpath) + tuple(segments)
    return None


def references(f, kids):
    """(line, segments as written, crate, absolute path) for each reference in a file."""
    text = f.text
    inline_mods = []  # (start, end, name)
    for m in INLINE_MOD.finditer(text):
        inline_mods.append((m.start(), matching_brace(text, m.end() - 1), m.group(1)))

    def modpath_at(offset):
        return f.modpath + tuple(name for a, b, name in inline_mods if a <= offset < b)

    found = []
    blanked = list(text)
    for m in USE.finditer(text):
        end = text.find(";", m.end())
        end = len(text) if end < 0 else end
        body = text[m.end():end]
        tokens = [(t.group(0), m.end() + t.start()) for t in USE_TOKEN.finditer(body)]
        for segments, at in use_leaves(tokens):
            target = resolve(segments, f, modpath_at(at), kids)
            if target:
                found.append((f.line_of(at), "::".join(segments), target))
        for k in range(m.start(), end):
            if blanked[k] != "\n":
                blanked[k] = " "
    code = "".join(blanked)
    for m in INLINE_PATH.finditer(code):
        segments = [s.strip().removeprefix("r#") for s in m.group(0).split("::")]
        target = resolve(segments, f, modpath_at(m.start()), kids)
        if target:
            found.append((f.line_of(m.start()), "::".join(segments), target))
    return found


# ---- The graph ------------------------------------------------------------------------------


class Edge:
    def __init__(self):
        self.refs = []  # (rel path, line, text)


def build(src, tops):
    files = load_files(src)
    known = {(f.crate, f.modpath) for f in files}
    kids = children_of(known)
    top_edges = defaultdict(Edge)
    domain_edges = defaultdict(Edge)
    domain_subs = set(kids.get(("lib", (DOMAIN,)), ()))
    for f in files:
        if f.crate == "bin":
            source = CLI
        elif f.modpath and f.modpath[0] in tops:
            source = f.modpath[0]
        else:
            continue  # lib.rs, or a file no `mod` line reaches
        for line, written, (crate, path) in references(f, kids):
            if crate == "bin" or not path or path[0] not in tops:
                continue
            target = path[0]
            where = (f"src/{f.rel}", line, written)
            if target != source:
                top_edges[(source, target)].refs.append(where)
            elif target == DOMAIN and f.crate == "lib":
                a = f.modpath[1] if len(f.modpath) > 1 else DOMAIN
                b = path[1] if len(path) > 1 and path[1] in domain_subs else DOMAIN
                if a != b:
                    domain_edges[(a, b)].refs.append(where)
    return top_edges, domain_edges, domain_subs


def rank(layers):
    return {name: k for k, layer in enumerate(layers) for name in layer}


def upward(edges, layers, allowed):
    """The edges that break the order: to a higher layer, or inside a layer when not allowed.
    Modules in no layer are not checked."""
    level = rank(layers)
    bad = {}
    for (a, b), edge in edges.items():
        if a not in level or b not in level:
            continue
        if level[b] > level[a] or (level[b] == level[a] and (a, b) not in allowed):
            bad[(a, b)] = edge
    return bad


def components(nodes, edges):
    """Strongly connected components with more than one node (Tarjan)."""
    succ = defaultdict(set)
    for a, b in edges:
        succ[a].add(b)
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(succ[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return out


def simple_cycles(comp, edges, limit=40):
    """Elementary cycles inside one component, shortest first, each starting at its
    alphabetically smallest node (at most `limit`)."""
    succ = defaultdict(set)
    for a, b in edges:
        if a in comp and b in comp:
            succ[a].add(b)
    cycles = []

    def walk(start, v, path, seen):
        for w in sorted(succ[v]):
            if w == start:
                cycles.append(path + [start])
            elif w > start and w not in seen:
                walk(start, w, path + [w], seen | {w})

    for start in sorted(comp):
        walk(start, start, [start], {start})
    cycles.sort(key=lambda c: (len(c), c))
    return cycles[:limit], len(cycles)


# ---- Output ---------------------------------------------------------------------------------


def print_edges(title, edges, bad):
    print(title)
    width = max((len(f"{a} -> {b}") for a, b in edges), default=0)
    for (a, b), edge in sorted(edges.items()):
        mark = "  UP" if (a, b) in bad else ""
        print(f"  {f'{a} -> {b}':<{width}}  {len(edge.refs):>4}{mark}")


def print_cycles(title, nodes, edges):
    print(title)
    comps = components(nodes, edges)
    if not comps:
        print("  none")
    for comp in comps:
        print(f"  component: {', '.join(comp)}")
        cycles, total = simple_cycles(set(comp), edges)
        for cycle in cycles:
            print(f"    {' -> '.join(cycle)}")
        if total > len(cycles):
            print(f"    … and {total - len(cycles)} longer cycles")


def graph(top_edges, domain_edges, domain_subs, tops):
    bad_top = upward(top_edges, LAYERS, SAME_LAYER_ALLOWED)
    bad_dom = upward(domain_edges, DOMAIN_LAYERS, DOMAIN_SAME_LAYER_ALLOWED)
    print_edges("module -> module (references; UP: breaks LAYERS)", top_edges, bad_top)
    print()
    print_cycles("cycles between modules:", set(tops) | {CLI}, top_edges)
    print()
    print_edges(f"{DOMAIN}::a -> {DOMAIN}::b (references; UP: breaks DOMAIN_LAYERS; "
                f"'{DOMAIN}' is domain/mod.rs)", domain_edges, bad_dom)
    unlisted = sorted(domain_subs - set(rank(DOMAIN_LAYERS)))
    if unlisted:
        print(f"  not in DOMAIN_LAYERS (unchecked): {', '.join(unlisted)}")
    print()
    print_cycles(f"cycles between {DOMAIN} submodules:", domain_subs | {DOMAIN}, domain_edges)


def plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def report(top_edges, domain_edges):
    groups = [("", upward(top_edges, LAYERS, SAME_LAYER_ALLOWED)),
              (f"{DOMAIN}::", upward(domain_edges, DOMAIN_LAYERS, DOMAIN_SAME_LAYER_ALLOWED))]
    lines = []
    for prefix, bad in groups:
        for (a, b), edge in bad.items():
            for path, line, text in edge.refs:
                lines.append((path, line, f"{prefix}{a} -> {prefix}{b}", text))
    for path, line, edge, text in sorted(lines):
        print(f"{path}:{line}: {edge} ({text})")
    if not lines:
        return 0
    print()
    print("by edge:")
    for prefix, bad in groups:
        for (a, b), edge in sorted(bad.items(), key=lambda kv: (-len(kv[1].refs), kv[0])):
            files = sorted({p for p, _, _ in edge.refs})
            print(f"  {prefix}{a} -> {prefix}{b}: {plural(len(edge.refs), 'ref')} in "
                  f"{plural(len(files), 'file')}: {', '.join(files)}")
    n_top = sum(len(e.refs) for e in groups[0][1].values())
    n_dom = sum(len(e.refs) for e in groups[1][1].values())
    print(f"{plural(len(lines), 'layering violation')} ({n_top} between modules, "
          f"{n_dom} between {DOMAIN} submodules)")
    return 1


def main(argv):
    default_src = Path(__file__).resolve().parents[1] / "src"
    parser = argparse.ArgumentParser(description="Layering check over src/ (see the docstring).")
    parser.add_argument("--graph", action="store_true",
                        help="print the module graph, the domain graph and their cycles")
    parser.add_argument("--src", type=Path, default=default_src, help="the crate's src/")
    args = parser.parse_args(argv)  # exits 2 on a usage error
    if not (args.src / "lib.rs").is_file():
        print(f"layers.py: no lib.rs in {args.src}", file=sys.stderr)
        return 2
    tops = lib_modules(args.src)
    missing = [m for m in tops if m not in rank(LAYERS)]
    if missing:
        print(f"layers.py: in src/lib.rs but in no layer of LAYERS: {', '.join(missing)}",
              file=sys.stderr)
        return 2
    absent = [m for m in rank(LAYERS) if m not in tops and m != CLI]
    if absent:
        print(f"layers.py: note: in LAYERS, not (yet) in src/lib.rs: {', '.join(absent)}",
              file=sys.stderr)
    top_edges, domain_edges, domain_subs = build(args.src, set(tops))
    if args.graph:
        graph(top_edges, domain_edges, domain_subs, tops)
        return 0
    return report(top_edges, domain_edges)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
