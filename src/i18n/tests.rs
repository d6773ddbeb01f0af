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
        let disk = std::fs::read_to_string(dir.join(format!("{code}.ftl"))).unwrap_or_default();
        assert_eq!(disk, text, "{code}");
    }
}

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
        for n in [
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
        ] {
            args.set(n, FluentValue::from(2));
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
fn numbers_and_yen_per_language() {
    assert_eq!(group(0, "ja"), "0");
    assert_eq!(group(150, "en"), "150");
    assert_eq!(group(1000, "en"), "1,000");
    assert_eq!(group(1_234_567, "ja"), "1,234,567");
    assert_eq!(group(1000, "pt"), "1.000");
    assert_eq!(group(1000, "es"), "1000");
    assert_eq!(group(10_000, "es"), "10.000");
    assert_eq!(group(1_234_567, "ne"), "12,34,567");
    assert_eq!(group(100_000, "ne"), "1,00,000");
    assert_eq!(group(1000, "ne"), "1,000");
    let mut i = I18n::new();
    assert_eq!(i.yen(1000), "1,000円");
    assert!(i.set_lang("en"));
    assert_eq!(i.yen(1000), "¥1,000");
    assert!(!i.set_lang("xx"));
    assert_eq!(i.lang(), "en");
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
    let t =
        chrono::TimeZone::with_ymd_and_hms(&crate::domain::calendar::TOKYO, 2026, 11, 25, 10, 0, 0)
            .single()
            .expect("time");
    assert_eq!(i.date_time(t), "令和8年11月25日（水） 10:00");
    assert!(i.fiscal_year(2026).starts_with("令和8年度"));
    assert!(i.fiscal_year(2019).starts_with("令和元年度"));
    i.set_lang("en");
    assert_eq!(i.date(d), "25 Nov 2026");
    assert_eq!(i.date_time(t), "Wed 25 Nov 2026, 10:00");
    assert_eq!(i.fiscal_year(2026), "Fiscal year 2026 (income of 2025)");
}

#[test]
fn plurals_and_missing_keys() {
    let mut i = I18n::new();
    i.set_lang("en");
    assert_eq!(i.ta("copies-value", &[("count", Arg::Num(1))]), "1 copy");
    assert_eq!(i.ta("copies-value", &[("count", Arg::Num(3))]), "3 copies");
    assert_eq!(i.t("no-such-key"), "no-such-key");
    let names: Vec<_> = i.languages().into_iter().map(|(_, n)| n).collect();
    assert_eq!(names[0], "日本語");
    assert_eq!(names[1], "English");
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "language names must differ");
}
