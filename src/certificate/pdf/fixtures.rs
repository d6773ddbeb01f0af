//! Test fixtures shared by the renderer's unit tests: the bundled renderer, a family register
//! of up to twelve people, and small helpers to read the output back.

use std::path::Path;

use super::{Rendered, Renderer};
use crate::certificate::model::{Block, DocumentModel, Line, SPECIMEN};
use crate::pdf::BUNDLED_FONT;

pub(super) const GIVEN: [&str; 12] = [
    "太郎", "花子", "一郎", "次郎", "三郎", "桜", "梅子", "健太", "美咲", "翔太", "陽菜", "蓮",
];
const KANA: [&str; 12] = [
    "タロウ",
    "ハナコ",
    "イチロウ",
    "ジロウ",
    "サブロウ",
    "サクラ",
    "ウメコ",
    "ケンタ",
    "ミサキ",
    "ショウタ",
    "ヒナ",
    "レン",
];

pub(super) fn renderer() -> Renderer {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BUNDLED_FONT);
    match Renderer::from_font_file(&path) {
        Ok(r) => r,
        Err(e) => panic!("bundled font: {e}"),
    }
}

fn person(i: usize) -> Block {
    let l = |label: &str, value: &str| Line {
        label: label.to_string(),
        value: value.to_string(),
    };
    Block {
        person: Some(format!("p{i}")),
        lines: vec![
            l("氏名", &format!("筑波 {}", GIVEN[i % 12])),
            l("フリガナ", &format!("ツクバ {}", KANA[i % 12])),
            l("生年月日", "昭和63年7月14日（1988年7月14日）"),
            l("性別", if i.is_multiple_of(2) { "男" } else { "女" }),
            l("住所", "茨城県つくば市研究学園一丁目1番地1"),
            l("住民となった日", "平成27年4月1日（2015年4月1日）"),
            l("本籍", "茨城県つくば市研究学園一丁目1番地"),
            l("筆頭者", "筑波 源一郎"),
        ],
    }
}

pub(super) fn model(blocks: usize, title: &str) -> DocumentModel {
    DocumentModel {
        certificate: "family_register".to_string(),
        title: title.to_string(),
        issue_number: "S000000123".to_string(),
        copy: 1,
        copies: 2,
        municipality: "つくば市".to_string(),
        prefecture: "茨城県".to_string(),
        issued_at: "2026-11-25 10:00".to_string(),
        holder: "p0".to_string(),
        blocks: (0..blocks).map(person).collect(),
        certification: "これは、戸籍に記録されている事項の全部（個人）を証明した書面である。"
            .to_string(),
        mayor: "つくば市長　見本 太郎".to_string(),
        specimen: SPECIMEN.to_string(),
    }
}

pub(super) fn render(r: &Renderer, m: &DocumentModel) -> Rendered {
    match r.render(m) {
        Ok(out) => out,
        Err(e) => panic!("render failed: {e}"),
    }
}

pub(super) fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

pub(super) fn load(bytes: &[u8]) -> lopdf::Document {
    match lopdf::Document::load_mem(bytes) {
        Ok(d) => d,
        Err(e) => panic!("lopdf cannot read the output: {e}"),
    }
}

pub(super) fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}
