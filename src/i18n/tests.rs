//! Unit tests of the parent module.

use super::*;

#[test]
fn every_locale_parses_and_has_exactly_the_source_keys() {
    let source = keys_of(LOCALES[0].1);
    assert!(source.len() > 100);
    let mut sorted = source.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), source.len(), "ja.ftl has a duplicate key");
    for (code, text) in LOCALES {
        assert!(
            parse_errors(code, text).is_empty(),
            "{:?}",
            parse_errors(code, text)
        );
        let keys = keys_of(text);
        let missing: Vec<_> = source.iter().filter(|k| !keys.contains(k)).collect();
        let extra: Vec<_> = keys.iter().filter(|k| !source.contains(k)).collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{code}.ftl has keys ja.ftl does not: {extra:?}"
        );
    }
}

#[test]
fn every_ftl_file_on_disk_is_bundled() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| {
                    let p = e.path();
                    (p.extension()? == "ftl")
                        .then(|| p.file_stem()?.to_str().map(str::to_string))?
                })
                .collect()
        })
        .unwrap_or_default();
    on_disk.sort();
    let mut bundled: Vec<String> = LOCALES.iter().map(|(c, _)| c.to_string()).collect();
    bundled.sort();
    assert_eq!(
        on_disk, bundled,
        "add new locales/*.ftl files to i18n::LOCALES"
    );
    for (code, text) in LOCALES {
        let mut disk = std::fs::read_to_string(dir.join(format!("{code}.ftl"))).unwrap_or_default();
        for area in super::AREAS {
            let part = std::fs::read_to_string(dir.join(area).join(format!("{code}.ftl")));
            disk.push('\n');
            disk.push_str(&part.unwrap_or_else(|e| panic!("locales/{area}/{code}.ftl: {e}")));
        }
        assert_eq!(disk, text, "{code}");
    }
}

/// Every variable a message of a locale uses: each is set (to 2) when every message is
/// formatted, so a message that names another is caught as an error.
const MESSAGE_VARIABLES: &[&str] = &[
    "amount",
    "fee",
    "kind",
    "count",
    "tries",
    "date",
    "max",
    "copies",
    "list",
    "done",
    "total",
    "fault",
    "open",
    "close",
    "now",
    "city",
    "hall",
    "seconds",
    "name",
    "path",
    "digit",
    "text",
    "x",
    "message",
    "rule",
    "next",
    "vendor",
    "era",
    "eraYear",
    "year",
    "month",
    "monthName",
    "day",
    "weekday",
    "time",
    "incomeYear",
    "title",
    "reopens",
    "stopFrom",
    "stopUntil",
    "registered",
    "age",
    "hotline",
    "button",
    "office",
    "hours",
    "phone",
    "reading",
    "from",
    "to",
    "weeks",
    "days",
    "of",
    "printed",
    "copy",
    "number",
    "remaining",
    "why",
    "status",
    "sentence",
    "lang",
    "ceiling",
    "device",
    "case",
    "first",
    "others",
    "vendors",
    "coins",
    "max",
    "years",
    "tasks",
    "code",
    "scenario",
    "until",
    "error",
    "page",
    "pages",
    "service",
    "services",
    "n",
    "anchor",
    "low",
    "high",
    "on",
    // The trainer console's words (`trainer-*`).
    "event",
    "result",
    "screen",
    "label",
    "value",
    "options",
    "card",
    "after",
    "chosen",
    "chosenRule",
    "expected",
    "given",
    "correct",
    "percent",
    "question",
    "exercise",
    "file",
    "dir",
    "control",
    "pos",
    // The trainees' words (locales/trainees: results and persona case cards).
    "situation",
    "pin",
    "outcome",
    "refusal",
    "failures",
    "nationality",
];

#[test]
fn every_message_formats_without_errors_and_without_leftover_braces() {
    let i = I18n::new();
    for (code, text) in LOCALES {
        let id: unic_langid::LanguageIdentifier = code.parse().expect("langid");
        let mut b = FluentBundle::new_concurrent(vec![id]);
        b.set_use_isolating(false);
        b.add_resource(FluentResource::try_new(text.to_string()).expect("parse"))
            .expect("add");
        let mut args = FluentArgs::new();
        for n in MESSAGE_VARIABLES {
            args.set(*n, FluentValue::from(2));
        }
        for key in keys_of(text) {
            let msg = b.get_message(&key).expect("message");
            let pattern = msg.value().expect("value");
            let mut errors = Vec::new();
            let out = b.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{code} {key}: {errors:?}");
            assert!(!out.contains('{'), "{code} {key}: {out}");
        }
    }
    assert_eq!(i.lang(), "ja");
}

#[test]
fn numbers_follow_cldr_digits_and_grouping() {
    let n = |code: &str, v: u64| format::number(code, v);
    assert_eq!(n("ja", 0), "0");
    assert_eq!(n("en", 150), "150");
    assert_eq!(n("en", 1000), "1,000");
    assert_eq!(n("ja", 1_234_567), "1,234,567");
    assert_eq!(n("pt", 1000), "1.000");
    assert_eq!(n("id", 1000), "1.000");
    assert_eq!(n("vi", 1000), "1.000");
    // Spanish leaves four digits ungrouped (CLDR minimum grouping digits 2).
    assert_eq!(n("es", 1000), "1000");
    assert_eq!(n("es", 10_000), "10.000");
    // Nepali: Devanagari digits, Indian grouping.
    assert_eq!(n("ne", 1000), "१,०००");
    assert_eq!(n("ne", 1_234_567), "१२,३४,५६७");
    assert_eq!(n("ne", 100_000), "१,००,०००");
    assert_eq!(format::digits("ne", 2026), "२०२६");
    assert_eq!(format::digits("en", 2026), "2026");
}

/// Money as the glossary (locales/GLOSSARY.md, "Money") says each language writes the yen.
#[test]
fn money_renders_per_language_as_the_glossary_says() {
    let expected = [
        ("ja", "1,000円"),
        ("en", "¥1,000"),
        ("zh-Hans", "1,000日元"),
        ("ko", "1,000엔"),
        ("pt", "¥ 1.000"),
        ("es", "¥ 1000"),
        ("vi", "1.000 yên"),
        ("tl", "¥1,000"),
        ("id", "¥1.000"),
        ("th", "1,000 เยน"),
        ("ne", "१,००० येन"),
    ];
    let glossary = include_str!("../../locales/GLOSSARY.md");
    for (code, money) in expected {
        assert_eq!(I18n::in_lang(code).yen(1000), money, "{code}");
        assert!(
            glossary.contains(&format!("| {code} | {money} |")),
            "GLOSSARY.md's Money table has no row | {code} | {money} |"
        );
    }
    // A bare ¥ never stands alone in Chinese, where it reads as renminbi.
    assert!(!I18n::in_lang("zh-Hans").yen(150).contains('¥'));
    let mut i = I18n::new();
    assert!(!i.set_lang("xx"));
    assert_eq!(i.lang(), "ja");
}

fn tokyo(y: i32, m: u32, d: u32, h: u32, min: u32) -> chrono::DateTime<Tz> {
    chrono::TimeZone::with_ymd_and_hms(&crate::domain::calendar::TOKYO, y, m, d, h, min, 0)
        .single()
        .expect("time")
}

#[test]
fn japanese_dates_use_the_era() {
    let mut i = I18n::new();
    let d = NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    assert_eq!(i.date(d), "令和8年11月25日");
    let first = NaiveDate::from_ymd_opt(2019, 5, 1).expect("date");
    assert_eq!(i.date(first), "令和元年5月1日");
    let heisei = NaiveDate::from_ymd_opt(2019, 4, 30).expect("date");
    assert_eq!(i.date(heisei), "平成31年4月30日");
    let header = i.date_time(tokyo(2026, 11, 25, 10, 0));
    assert!(header.starts_with("令和8年11月25日"), "{header}");
    assert!(
        header.contains('水') && header.ends_with("10:00"),
        "{header}"
    );
    assert!(i.fiscal_year(2026).starts_with("令和8年度"));
    assert!(i.fiscal_year(2019).starts_with("令和元年度"));
    i.set_lang("en");
    assert_eq!(i.date(d), "November 25, 2026");
    let header = i.date_time(tokyo(2026, 11, 25, 10, 0));
    assert!(header.starts_with("Wed, Nov 25, 2026"), "{header}");
    assert!(header.contains("10:00"), "{header}");
    assert_eq!(i.fiscal_year(2026), "Fiscal year 2026 (income of 2025)");
}

#[test]
fn thai_counts_years_in_the_buddhist_era_and_nepali_in_devanagari() {
    let th = I18n::in_lang("th");
    let header = th.date_time(tokyo(2026, 11, 25, 10, 0));
    assert!(header.contains("2569"), "{header}");
    assert!(!header.contains("2026"), "{header}");
    let d = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
    assert!(th.date(d).contains("2569"), "{}", th.date(d));
    assert!(
        th.fiscal_year(2026).contains("2569"),
        "{}",
        th.fiscal_year(2026)
    );
    assert!(
        th.fiscal_year(2026).contains("2568"),
        "{}",
        th.fiscal_year(2026)
    );

    let ne = I18n::in_lang("ne");
    let header = ne.date_time(tokyo(2026, 11, 25, 10, 0));
    assert!(header.contains("२०२६") && header.contains("२५"), "{header}");
    assert!(!header.chars().any(|c| c.is_ascii_digit()), "{header}");
    assert!(ne.date(d).contains("३०"), "{}", ne.date(d));
    // Counts in sentences use the same digits (Fluent's numbers go through CLDR too).
    let copies = ne.ta("copies-value", &[("count", Arg::Num(3))]);
    assert!(copies.contains('३') && !copies.contains('3'), "{copies}");
}

/// Every selector on a number renders for counts that reach every CLDR plural category of
/// every bundled language (0, 1, 2, 5, 21, 101), prints the count it was given, and names
/// only categories the language has.
#[test]
fn every_plural_category_of_each_language_renders() {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement, VariantKey};
    use intl_pluralrules::{PluralRuleType, PluralRules};
    let counts = [0i64, 1, 2, 5, 21, 101];
    for (code, text) in LOCALES {
        // CLDR's plural rules are per language (zh for zh-Hans; Tagalog's are Filipino's).
        let primary = code.split('-').next().unwrap_or(code);
        let rules = [primary, "fil"]
            .iter()
            .filter(|c| **c == primary || primary == "tl")
            .find_map(|c| {
                let lang: unic_langid::LanguageIdentifier = c.parse().ok()?;
                PluralRules::create(lang, PluralRuleType::CARDINAL).ok()
            })
            .expect("plural rules");
        // The categories whole numbers reach (decimals are never shown).
        let mut categories: Vec<String> = (0u32..=1000)
            .filter_map(|n| rules.select(n).ok())
            .map(|c| format!("{c:?}").to_lowercase())
            .collect();
        categories.sort();
        categories.dedup();
        let i = I18n::in_lang(code);
        let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
        for entry in res.body {
            let Entry::Message(m) = entry else { continue };
            let Some(pattern) = m.value else { continue };
            for element in &pattern.elements {
                let PatternElement::Placeable {
                    expression: Expression::Select { selector, variants },
                } = element
                else {
                    continue;
                };
                let InlineExpression::VariableReference { id } = selector else {
                    continue;
                };
                let numeric = variants.iter().any(|v| {
                    matches!(&v.key, VariantKey::NumberLiteral { .. })
                        || matches!(&v.key, VariantKey::Identifier { name }
                            if ["zero", "one", "two", "few", "many"].contains(name))
                });
                if !numeric {
                    continue;
                }
                for v in variants {
                    if let VariantKey::Identifier { name } = &v.key {
                        assert!(
                            categories.contains(&name.to_string()) || *name == "other",
                            "{code} {}: [{name}] is not a plural category of {code} {categories:?}",
                            m.id.name
                        );
                    }
                }
                let mut names = Vec::new();
                variables(&pattern, &mut names);
                for n in counts {
                    let mut args: Vec<(&str, Arg)> = names
                        .iter()
                        .filter(|v| **v != id.name)
                        .map(|v| (*v, Arg::Str("x".into())))
                        .collect();
                    args.push((id.name, Arg::Num(n)));
                    let out = i.ta(m.id.name, &args);
                    assert!(
                        !out.contains('{') && !out.is_empty(),
                        "{code} {}",
                        m.id.name
                    );
                    // A variant for this very number (Japanese 元年 for 1) need not show it.
                    let exact = variants.iter().any(|v| {
                        matches!(&v.key, VariantKey::NumberLiteral { value }
                            if value.parse::<i64>() == Ok(n))
                    });
                    if exact {
                        continue;
                    }
                    // A variant may leave the count unsaid ("your certificate"), but any
                    // number it shows is the count it was given, never a literal one.
                    let shown = format::number(code, n.unsigned_abs());
                    let runs: Vec<String> = out
                        .split(|c: char| !c.is_numeric())
                        .filter(|r| !r.is_empty())
                        .map(str::to_string)
                        .collect();
                    assert!(
                        runs.iter().all(|r| *r == shown),
                        "{code} {} with {n}: \"{out}\" shows a number other than {shown}",
                        m.id.name
                    );
                }
            }
        }
    }
}

/// The variables a pattern uses, selectors and variants included.
fn variables<'s>(p: &fluent_syntax::ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for e in &p.elements {
        let PatternElement::Placeable { expression } = e else {
            continue;
        };
        match expression {
            Expression::Inline(InlineExpression::VariableReference { id }) => out.push(id.name),
            Expression::Select { selector, variants } => {
                if let InlineExpression::VariableReference { id } = selector {
                    out.push(id.name);
                }
                for v in variants {
                    variables(&v.value, out);
                }
            }
            Expression::Inline(_) => {}
        }
    }
}

/// Names and brands that stay as written in every language (checked by a reader of each),
/// so a translation may keep them.
const NAMES: &[&str] = &[
    "kofu",
    "specimen",
    "android",
    "iphone",
    "number",
    "card",
    "sharp",
    "fujifilm",
    "lawson",
    "familymart",
    "ministop",
    "seven",
    "eleven",
    "reiwa",
    "heisei",
    "tsukuba",
    "ibaraki",
    "espeak",
    "json",
    "chip",
    "face",
    "gaiji",
    // The language button says "Language" in every language, as on the machines, for a
    // person who cannot read the current one.
    "language",
    // The key printed on the keyboard (the console's note field: "Enter adds").
    "enter",
    // Languages that keep their own name in several languages (the console's event log).
    "tagalog",
    "thai",
    "nepali",
];

/// The words each language shares with English (checked by a reader of it).
const SHARED_WORDS: &[(&str, &[&str])] = &[
    (
        "pt",
        &[
            "total",
            "erro",
            "normal",
            "local",
            "data",
            "fiscal",
            "individual",
            "material",
            "menu",
            "persona",
            "smartphone",
            "smartphones",
            "status",
            "subtotal",
        ],
    ),
    (
        "es",
        &[
            "total",
            "error",
            "normal",
            "local",
            "final",
            "fiscal",
            "individual",
            "material",
            "persona",
            "subtotal",
            "instructor",
        ],
    ),
    // Filipino loanwords in everyday and government use, mostly with Tagalog affixes
    // (i-print, mag-apply, mala-lock, i-reset); the Tagalog reader kept them
    // (locales/glossary/tl.md). Core terms (certificates, trays) are Tagalog.
    (
        "tl",
        &[
            "printer",
            "profile",
            "residence",
            "chip",
            "total",
            "apply",
            "convenience",
            "counter",
            "headset",
            "japan",
            "kiosk",
            "lock",
            "print",
            "renew",
            "reset",
            "screen",
            "smartphone",
            "store",
            "unlock",
        ],
    ),
    (
        "id",
        &[
            "total", "normal", "earphone", "printer", "chip", "profile", "data", "persona",
            "status", "subtotal",
        ],
    ),
];

/// Words of the English file's values that a translation must not leave in English.
#[test]
fn no_english_content_word_is_left_in_a_translation() {
    let word = |w: &str| w.chars().all(|c| c.is_ascii_alphabetic()) && w.len() >= 4;
    let en_words: std::collections::BTreeSet<String> = super::message_texts(LOCALES[1].1)
        .iter()
        .flat_map(|v| {
            v.split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| word(w))
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut left = Vec::new();
    for (code, text) in LOCALES.iter().skip(2) {
        let allowed: Vec<&str> = SHARED_WORDS
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, w)| w.to_vec())
            .unwrap_or_default();
        let mut found = std::collections::BTreeSet::new();
        for value in super::message_texts(text) {
            // Words end at any non-letter; "digitá-la" is one Portuguese word, not "digit".
            for w in value
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| word(w))
            {
                let lower = w.to_lowercase();
                if en_words.contains(&lower)
                    && !NAMES.contains(&lower.as_str())
                    && !allowed.contains(&lower.as_str())
                {
                    found.insert(lower);
                }
            }
        }
        if !found.is_empty() {
            left.push(format!("{code}: {found:?}"));
        }
    }
    assert!(left.is_empty(), "English words left: {left:#?}");
}
