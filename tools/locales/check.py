"""Checks a translated locale file against the English one (locales/en.ftl).

Usage: python3 tools/locales/check.py CODE [CODE ...]   (e.g. ko th)

For each file: it must parse; it must have exactly the keys of en.ftl; every message must use
the same variables ($name) as the English one; and no value may still be identical to the
English value unless it is listed in ALLOWED_SAME (names, number patterns).
Needs `pip install fluent.syntax`. Exit code 1 on any problem.
"""
import re
import sys
from pathlib import Path

from fluent.syntax import FluentParser, ast

ROOT = Path(__file__).resolve().parents[2] / "locales"
ALLOWED_SAME = {"office-name-reading", "office-full-no-phone", "office-days-range",
                "office-hours-days", "office-weeks-join", "office-hours-weeks",
                "card-kind-android", "card-kind-iphone",
                # Era names are names: Reiwa, Heisei in every Latin-script language.
                "era-reiwa", "era-heisei"}
# Words that are the same in a language as in English (as the translation helpers reported).
ALLOWED_SAME_IN = {
    "pt": {"confirm-total", "effect-total", "copies-subtotal"},
    # "PIN" is the word these languages use for the card's code (their pin-* keys say it too).
    "es": {"confirm-total", "effect-total", "copies-subtotal", "trainer-error", "flow-step-4"},
    "id": {"confirm-total", "effect-total", "copies-subtotal", "printer-title", "flow-step-4"},
    "tl": {"card-kind-card", "month-3", "month-5", "printer-title", "flow-step-3", "flow-step-4"},
    "ne": {"flow-step-4"},
}
# Placeables ({ $amount }, { NUMBER($n) }) are not words: a value made only of them and
# symbols is never "still English".
PLACEABLE = re.compile(r"\{[^{}]*\}")
# Each language picks the parts of a date (era, Gregorian year, month name …) its readers expect.
FREE_VARIABLES = {"date-full", "date-short", "fiscal-year", "services-cert-issue"}


# The areas kept apart (src/i18n/mod.rs AREAS): locales/<area>/<code>.ftl joins <code>.ftl.
AREAS = ["handbook", "audit", "trainees", "facts", "class"]


def source(code):
    """A language's whole Fluent source: its main file and each area's, as the binary joins them."""
    parts = [ROOT / f"{code}.ftl"] + [ROOT / area / f"{code}.ftl" for area in AREAS]
    return "\n".join(p.read_text(encoding="utf-8") for p in parts)


def messages(code):
    path = ROOT / f"{code}.ftl"
    res = FluentParser(with_spans=False).parse(source(code))
    out, errors = {}, []
    for e in res.body:
        if isinstance(e, ast.Junk):
            errors.append(f"{path.name}: junk: {e.content[:80]!r}")
        elif isinstance(e, ast.Message):
            if e.id.name in out:
                errors.append(f"{path.name}: duplicate key {e.id.name}")
            out[e.id.name] = e
    return out, errors


def variables(msg):
    found = set()

    def walk(node):
        if isinstance(node, ast.VariableReference):
            found.add(node.id.name)
        if isinstance(node, ast.BaseNode):
            for v in vars(node).values():
                if isinstance(v, list):
                    for x in v:
                        walk(x)
                else:
                    walk(v)

    walk(msg.value)
    return found


def text(msg):
    from fluent.syntax import FluentSerializer
    return FluentSerializer().serialize_entry(msg).split("=", 1)[1].strip()


def main(codes):
    en, errs = messages("en")
    problems = list(errs)
    for code in codes:
        tr, errs = messages(code)
        problems += errs
        for k in sorted(set(en) - set(tr)):
            problems.append(f"{code}: missing {k}")
        for k in sorted(set(tr) - set(en)):
            problems.append(f"{code}: extra {k}")
        for k in sorted(set(en) & set(tr)):
            a, b = variables(en[k]), variables(tr[k])
            if a != b and k not in FREE_VARIABLES:
                problems.append(f"{code}: {k}: variables {sorted(b)} differ from English {sorted(a)}")
            allowed = ALLOWED_SAME | ALLOWED_SAME_IN.get(code, set())
            if code != "en" and k not in allowed and k != "language-name" \
                    and text(en[k]) == text(tr[k]) \
                    and re.search(r"[A-Za-z]{3,}", PLACEABLE.sub("", text(en[k]))):
                problems.append(f"{code}: {k}: still the English text")
        if "TODO(translate)" in source(code):
            problems.append(f"{code}: a TODO(translate) marker is left")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
