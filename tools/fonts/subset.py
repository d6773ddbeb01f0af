#!/usr/bin/env python3
"""Regenerates the GUI fonts in assets/fonts/ from Debian's font packages and the locales.

    apt-get install fonts-noto-core fonts-noto-cjk       # the sources (see PACKAGES below)
    pip install -r tools/fonts/requirements.txt           # fontTools, pinned: same input -> same bytes
    python3 tools/fonts/subset.py                         # writes assets/fonts/*, prints the table
    python3 tools/fonts/subset.py --check                 # rebuilds in a temp dir, compares, exit 1 on drift

Run it again whenever locales/zh-Hans.ftl or locales/ko.ftl gain characters: their characters are
added to the Chinese and Korean subsets (the unit tests in src/ui/fonts.rs fail when a Han or Hangul
character of those locales is missing from its face).

What it makes (decisions and measured sizes: assets/fonts/README.md):
  NotoSans-Regular.subset.ttf          Noto Sans, Latin + Vietnamese + punctuation (no Greek/Cyrillic)
  NotoSansCJKsc-Regular.subset.otf     Noto Sans CJK SC, face 2 of the .ttc: fixed set + GB 2312 level 1
                                       (3,755 hanzi) + every character of locales/zh-Hans*.ftl
  NotoSansCJKkr-Regular.subset.otf     Noto Sans CJK KR, face 1 of the .ttc: fixed set + KS X 1001
                                       Hangul (2,350 syllables) + compatibility jamo + locales/ko*.ftl
  NotoSansThai-Regular.ttf             copied unmodified (38 KB)
  NotoSansDevanagari-Regular.ttf       copied unmodified (229 KB)
  fonts-noto-core-copyright.txt, fonts-noto-cjk-copyright.txt   Debian's copyright files, unmodified
BIZUDGothic-Regular.ttf (the Japanese face, also used by the PDFs) is shipped unmodified and is not
touched here.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FONTTOOLS_VERSION = "4.68.0"

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "assets" / "fonts"
LOCALES = ROOT / "locales"

NOTO_TTF = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
# Face numbers inside NotoSansCJK-Regular.ttc (0 JP, 1 KR, 2 SC, 3 TC, 4 HK, 5-9 Mono).
CJK_KR, CJK_SC = 1, 2

PACKAGES = {
    "fonts-noto-core": "20201225-1",
    "fonts-noto-cjk": "1:20220127+repack1-1",
}

# Latin face: Latin scripts incl. Vietnamese (Latin Extended Additional) and combining marks,
# punctuation, currency, letterlike symbols. Greek/Cyrillic are left out (no UI language uses them).
LATIN_RANGES = [
    (0x0000, 0x024F),  # Basic Latin, Latin-1, Latin Extended-A/B
    (0x0250, 0x02FF),  # IPA extensions, spacing modifier letters
    (0x0300, 0x036F),  # combining diacritical marks (decomposed Vietnamese etc.)
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x1E00, 0x1EFF),  # Latin Extended Additional: Vietnamese precomposed letters
    (0x2000, 0x206F),  # general punctuation
    (0x2070, 0x209F),  # super/subscripts
    (0x20A0, 0x20CF),  # currency
    (0x2100, 0x214F),  # letterlike (№, ℃, ™)
    (0x2150, 0x218F),  # number forms
    (0x2190, 0x21FF),  # arrows (Noto Sans has few)
    (0x2200, 0x22FF),  # math operators
    (0x25A0, 0x25FF),  # geometric shapes (incl. ◌ U+25CC)
    (0x2C60, 0x2C7F),
    (0xA720, 0xA7FF),
    (0xAB30, 0xAB6F),
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFEFF, 0xFEFF),
    (0xFFFC, 0xFFFD),
]

# Fixed set for both CJK subsets (whatever of it the source face has).
CJK_COMMON_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (¥ U+00A5, ×, ÷, ·)
    (0x2000, 0x206F),  # general punctuation (※, ‥, …, ‰)
    (0x2100, 0x214F),  # letterlike
    (0x2150, 0x218F),  # number forms (Roman numerals)
    (0x2190, 0x21FF),  # arrows (←)
    (0x2200, 0x22FF),  # math operators
    (0x2460, 0x24FF),  # enclosed alphanumerics (①)
    (0x25A0, 0x25FF),  # geometric shapes (○ ● ◎ □ △)
    (0x2600, 0x26FF),  # misc symbols (☆ ★ ☎)
    (0x3000, 0x303F),  # CJK symbols and punctuation (、。「」〒)
    (0xFF00, 0xFFEF),  # half-width and full-width forms (￥)
]
KR_EXTRA_RANGES = [(0x3131, 0x318E)]  # Hangul compatibility jamo


def gb2312_level1() -> list[str]:
    """GB 2312 level-1 hanzi: rows 16-55 (bytes B0A1-D7F9), 3,755 characters."""
    out = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # D7FA-D7FE are unassigned
    assert len(out) == 3755, len(out)
    return out


def ksx1001_hangul() -> list[str]:
    """KS X 1001 Hangul syllables: rows 16-40 (bytes B0A1-C8FE), 2,350 characters."""
    out = [bytes([hi, lo]).decode("euc_kr") for hi in range(0xB0, 0xC9) for lo in range(0xA1, 0xFF)]
    assert len(out) == 2350, len(out)
    return out


def expand(ranges) -> set[int]:
    return {cp for lo, hi in ranges for cp in range(lo, hi + 1)}


def locale_text(lang: str) -> str:
    """Every .ftl of a language: locales/<lang>.ftl, locales/<lang>/**/*.ftl and each area's
    locales/<area>/<lang>.ftl (the handbook's, the audit's, …: src/i18n/mod.rs AREAS), sorted."""
    files = (sorted(LOCALES.glob(f"{lang}.ftl")) + sorted((LOCALES / lang).rglob("*.ftl"))
             + sorted(LOCALES.glob(f"*/{lang}.ftl")))
    for f in files:
        print(f"  + {f.relative_to(ROOT)}")
    return "".join(f.read_text(encoding="utf-8") for f in files)


def check_environment(allow_other_fonttools: bool) -> None:
    import fontTools

    if fontTools.version != FONTTOOLS_VERSION:
        msg = f"fontTools {fontTools.version} (pinned: {FONTTOOLS_VERSION}); output bytes may differ"
        if not allow_other_fonttools:
            sys.exit(f"error: {msg}. pip install -r tools/fonts/requirements.txt, or --allow-other-fonttools")
        print(f"warning: {msg}")
    for pkg, version in PACKAGES.items():
        try:
            got = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True, check=True
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            sys.exit(f"error: Debian package {pkg} is not installed (apt-get install {pkg})")
        if got != version:
            print(f"warning: {pkg} is {got}, README records {version}: update assets/fonts/README.md")


# OpenType features left out of the CJK subsets: `locl` pulls in the Japanese, Korean and
# Traditional Chinese forms of every hanzi (SC subset 1.87 MB with it, 1.03 MB without) and would
# swap them in if a shaper were ever told another language; the vertical features are unused
# (egui lays out horizontally, and the vertical tables are dropped).
CJK_DROP_FEATURES = {"locl", "vert", "vrt2", "vhal", "vkrn", "vpal", "valt", "vchw"}


def subset(src: Path, font_number: int, codepoints: set[int], dst: Path, cjk: bool = False) -> set[int]:
    """Subsets one face; returns the requested code points the source does not have."""
    from fontTools import subset as ftsubset

    opts = ftsubset.Options()
    opts.font_number = font_number
    opts.name_IDs = ["*"]  # keep copyright (0), licence (13) and licence URL (14) in the file
    opts.name_languages = ["*"]
    opts.notdef_outline = True  # egui draws the primary face's .notdef ("tofu") for missing chars
    # fontTools' default feature list (kern, mark, mkmk, ccmp, liga, calt, Indic and Hangul
    # shaping features, ...), which keeps what a shaper applies by default.
    if cjk:
        opts.layout_features = [f for f in opts.layout_features if f not in CJK_DROP_FEATURES]
    opts.hinting = True
    opts.drop_tables += ["vhea", "vmtx", "VORG"]  # vertical metrics: egui lays out horizontally
    opts.recalc_timestamp = False  # keep head.modified: reproducible bytes
    opts.recalc_bounds = True

    font = ftsubset.load_font(str(src), opts, dontLoadGlyphNames=True)
    have = set(font.getBestCmap())
    sub = ftsubset.Subsetter(options=opts)
    sub.populate(unicodes=sorted(codepoints))
    sub.subset(font)
    ftsubset.save_font(font, str(dst), opts)
    font.close()
    return codepoints - have


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []

    dst = out / "NotoSans-Regular.subset.ttf"
    subset(NOTO_TTF / "NotoSans-Regular.ttf", 0, expand(LATIN_RANGES), dst)
    made.append(dst)

    common = expand(CJK_COMMON_RANGES)
    for lang, number, name, fixed in [
        ("zh-Hans", CJK_SC, "NotoSansCJKsc-Regular.subset.otf", {ord(c) for c in gb2312_level1()}),
        (
            "ko",
            CJK_KR,
            "NotoSansCJKkr-Regular.subset.otf",
            {ord(c) for c in ksx1001_hangul()} | expand(KR_EXTRA_RANGES),
        ),
    ]:
        print(f"{name}:")
        text = locale_text(lang)
        from_locale = {ord(c) for c in text if c.isprintable() and not c.isspace()}
        dst = out / name
        missing = subset(NOTO_CJK, number, common | fixed | from_locale, dst, cjk=True)
        lost = sorted(from_locale & missing)
        # Characters the source face lacks fall back to another face (Noto Sans, BIZ UDGothic).
        lost = [c for c in lost if c > 0x7F]
        if lost:
            print(f"  note: {len(lost)} locale characters not in the source face: "
                  + "".join(chr(c) for c in lost[:40]))
        made.append(dst)

    for name in ["NotoSansThai-Regular.ttf", "NotoSansDevanagari-Regular.ttf"]:
        dst = out / name
        shutil.copyfile(NOTO_TTF / name, dst)
        made.append(dst)

    # Debian's copyright files (copyright lines, OFL text), as for BIZ UDGothic.
    for pkg in PACKAGES:
        dst = out / f"{pkg}-copyright.txt"
        shutil.copyfile(Path("/usr/share/doc") / pkg / "copyright", dst)
        made.append(dst)
    return made


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="rebuild in a temp dir and compare with assets/fonts")
    ap.add_argument("--allow-other-fonttools", action="store_true")
    args = ap.parse_args()
    check_environment(args.allow_other_fonttools)

    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            made = build(Path(tmp))
            drift = [p.name for p in made if not (OUT / p.name).is_file() or not filecmp.cmp(p, OUT / p.name, shallow=False)]
        if drift:
            print("differs from assets/fonts: " + ", ".join(drift))
            return 1
        print("assets/fonts is up to date")
        return 0

    made = build(OUT)
    print("\n| file | bytes | SHA-256 |\n| --- | ---: | --- |")
    for p in sorted(OUT.iterdir()):
        if p.suffix in (".ttf", ".otf"):
            print(f"| `{p.name}` | {p.stat().st_size:,} | `{sha256(p)}` |")
    total = sum(p.stat().st_size for p in OUT.iterdir() if p.is_file())
    print(f"\nassets/fonts total: {total:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
