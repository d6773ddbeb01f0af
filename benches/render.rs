//! Criterion bench: rendering one copy of a family register (12 person blocks, 3 front pages,
//! so 6 PDF pages) with a renderer whose face was parsed once, the drawing digest of every page
//! included. Also reports the file size.
//!
//! Targets (issue 26): ≤ 1.5 ms per document, ≥ 25× ReportLab on the same document
//! (`benches/peer/reportlab_register.py`), ≤ 150 KB per file. README, "How fast a certificate
//! renders", has the figures.

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

use kofu::certificate::model::{Block, DocumentModel, Line, SPECIMEN};
use kofu::certificate::pdf::Renderer;
use kofu::pdf::BUNDLED_FONT;

const MEMBERS: [(&str, &str, &str, &str); 12] = [
    (
        "筑波 源一郎",
        "ツクバ ゲンイチロウ",
        "昭和28年3月2日（1953年3月2日）",
        "男",
    ),
    (
        "筑波 静子",
        "ツクバ シズコ",
        "昭和31年11月20日（1956年11月20日）",
        "女",
    ),
    (
        "筑波 太郎",
        "ツクバ タロウ",
        "昭和58年5月5日（1983年5月5日）",
        "男",
    ),
    (
        "筑波 花子",
        "ツクバ ハナコ",
        "昭和63年7月14日（1988年7月14日）",
        "女",
    ),
    (
        "筑波 一郎",
        "ツクバ イチロウ",
        "平成25年4月8日（2013年4月8日）",
        "男",
    ),
    (
        "筑波 桜",
        "ツクバ サクラ",
        "平成28年3月27日（2016年3月27日）",
        "女",
    ),
    (
        "筑波 健太",
        "ツクバ ケンタ",
        "平成30年9月1日（2018年9月1日）",
        "男",
    ),
    (
        "筑波 美咲",
        "ツクバ ミサキ",
        "令和元年5月1日（2019年5月1日）",
        "女",
    ),
    (
        "筑波 翔太",
        "ツクバ ショウタ",
        "令和2年12月24日（2020年12月24日）",
        "男",
    ),
    (
        "筑波 陽菜",
        "ツクバ ヒナ",
        "令和4年2月22日（2022年2月22日）",
        "女",
    ),
    (
        "筑波 蓮",
        "ツクバ レン",
        "令和5年8月15日（2023年8月15日）",
        "男",
    ),
    (
        "筑波 結衣",
        "ツクバ ユイ",
        "令和7年1月9日（2025年1月9日）",
        "女",
    ),
];

fn line(label: &str, value: &str) -> Line {
    Line {
        label: label.to_string(),
        value: value.to_string(),
    }
}

fn family_register() -> DocumentModel {
    let blocks = MEMBERS
        .iter()
        .enumerate()
        .map(|(i, (name, kana, born, sex))| Block {
            person: Some(format!("member-{i}")),
            lines: vec![
                line("氏名", name),
                line("フリガナ", kana),
                line("生年月日", born),
                line("性別", sex),
                line("住所", "茨城県つくば市研究学園一丁目1番地1"),
                line("住民となった日", "平成27年4月1日（2015年4月1日）"),
                line("本籍", "茨城県つくば市研究学園一丁目1番地"),
                line("筆頭者", "筑波 源一郎"),
            ],
        })
        .collect();
    DocumentModel {
        certificate: "family_register".to_string(),
        title: "戸籍全部事項証明書".to_string(),
        issue_number: "S000000123".to_string(),
        copy: 1,
        copies: 1,
        municipality: "つくば市".to_string(),
        prefecture: "茨城県".to_string(),
        issued_at: "2026-11-25 10:00".to_string(),
        holder: "member-3".to_string(),
        blocks,
        certification: "これは、戸籍に記録されている事項の全部（個人）を証明した書面である。"
            .to_string(),
        mayor: "つくば市長　筑波 一葉".to_string(),
        specimen: SPECIMEN.to_string(),
    }
}

fn bench(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BUNDLED_FONT);
    let renderer = match Renderer::from_font_file(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("render bench skipped: {e}");
            return;
        }
    };
    let doc = family_register();
    match renderer.render(&doc) {
        Ok(out) => println!(
            "render: family register, {} blocks -> {} sheets ({} PDF pages), {} bytes ({:.1} KB)",
            doc.blocks.len(),
            out.sheets,
            2 * out.sheets,
            out.bytes.len(),
            out.bytes.len() as f64 / 1024.0
        ),
        Err(e) => {
            eprintln!("render bench skipped: {e}");
            return;
        }
    }
    c.bench_function("render/family_register_3_sheets", |b| {
        b.iter(|| renderer.render(black_box(&doc)));
    });
    c.bench_function("render/load_font_once", |b| {
        b.iter(|| Renderer::from_font_file(black_box(&path)));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
