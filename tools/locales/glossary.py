"""Builds locales/GLOSSARY.md from the per-language glossaries in locales/glossary/<code>.md.

Usage: python3 tools/locales/glossary.py   (rewrites locales/GLOSSARY.md)

Each per-language file has a table `| term (ja) | English | <language> | source / note |`; this
joins them on the Japanese term (the first language's order wins) into one table with a column
per language, followed by each language's register line and its sources.
"""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "locales"
CODES = ["zh-Hans", "ko", "pt", "es", "vi", "tl", "id", "th", "ne"]


def key(term):
    # The same term is written a little differently per glossary ("戸籍証明書 (戸籍謄本・抄本)",
    # "戸籍謄本・抄本 / 戸籍証明書"): fold those onto one key.
    if "戸籍証明書" in term or ("戸籍謄本" in term and "抄本" in term):
        return "戸籍証明書"
    if term.startswith("本籍") and not term.startswith("本籍・"):
        return "本籍"
    if "転入" in term and "転出" in term:
        return "転入届転出届"
    if term.startswith("全部事項"):
        return "全部事項証明書"
    if term.startswith("個人事項"):
        return "個人事項証明書"
    term = re.sub(r"\(.*?\)|（.*?）", "", term)
    return re.sub(r"[\s・/／、,]", "", term)


def read(code):
    text = (ROOT / "glossary" / f"{code}.md").read_text(encoding="utf-8")
    rows, notes, register = [], {}, []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 4 and not set(cells[0]) <= set("-: "):
            if cells[0].startswith("term"):
                continue
            rows.append((key(cells[0]), cells[0], cells[1], cells[2]))
            notes[key(cells[0])] = cells[3]
        elif line.startswith("Register") or "register" in line.lower()[:40]:
            register.append(line.strip())
    return rows, notes, " ".join(register)


# How each language writes ¥1,000 (see the "Money" section written below).
MONEY = [("ja", "1,000円"), ("en", "¥1,000"), ("zh-Hans", "1,000日元"), ("ko", "1,000엔"),
         ("pt", "¥ 1.000"), ("es", "¥ 1000"), ("vi", "1.000 yên"), ("tl", "¥1,000"),
         ("id", "¥1.000"), ("th", "1,000 เยน"), ("ne", "१,००० येन")]


def main():
    tables = {c: read(c) for c in CODES}
    order, english, ja = [], {}, {}
    for c in CODES:
        for k, term, en, _ in tables[c][0]:
            if k not in english:
                order.append(k)
                english[k] = en
                ja[k] = term
    out = ["# Glossary: the kiosk's official terms in its eleven languages", "",
           "Built by `tools/locales/glossary.py` from `locales/glossary/<code>.md` (each with its",
           "sources and notes); edit those, then run the script. Japanese (`ja.ftl`) is the source;",
           "a dash means the language's glossary has no row for the term.", "",
           "| 日本語 | English | " + " | ".join(CODES) + " |",
           "|" + "---|" * (2 + len(CODES))]
    for k in order:
        cells = [ja[k], english[k]]
        for c in CODES:
            found = next((t for kk, _, _, t in tables[c][0] if kk == k), "—")
            cells.append(found.replace("|", "/"))
        out.append("| " + " | ".join(cells) + " |")
    out += ["", "## Register on a public kiosk", "",
            "- ja: 丁寧語・尊敬語 (…してください、ご利用いただけます), no casual forms.",
            "- en: plain, polite instructions (\"Please …\" avoided where the imperative is clearer)."]
    for c in CODES:
        reg = tables[c][2] or "see locales/glossary/" + c + ".md"
        out.append(f"- {c}: {reg}")
    out += ["", "## Money, dates and numbers", "",
            "Digits, grouping and dates come from CLDR through ICU4X (`src/i18n/format.rs`):",
            "Japanese dates in the Japanese era (令和), Thai in the Buddhist era (2569 for 2026),",
            "Nepali in Devanagari digits (२०२६) with Indian grouping, Spanish four-digit numbers",
            "ungrouped. The yen is written as each language writes money: the currency's word after",
            "the amount where the language writes its own currency as a word after the amount (Korean",
            "원, Vietnamese đồng, Thai บาท, Nepali रुपैयाँ), and 日元 in Chinese, where a bare ¥ reads as",
            "renminbi; a ¥ before the amount where the language writes its own currency's symbol first",
            "(Philippine ₱, Indonesian Rp without a space; Brazilian R$ and Peruvian S/ with one), which",
            "in Japan is the yen. `money-yen` in each `.ftl` file holds the pattern; a unit test checks",
            "the table below against it (¥1,000 formatted):", "",
            "| language | ¥1,000 |", "|---|---|"]
    out += [f"| {c} | {m} |" for c, m in MONEY]
    (ROOT / "GLOSSARY.md").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
