//! Personal data blanked in walkthrough reports: the deck's names, addresses, My Numbers and
//! dates of birth, on the paint list before a picture is rasterised and in the tree's strings,
//! so a masked picture never held the data.

use chrono::NaiveDate;
use egui::epaint::{ClippedShape, RectShape, Shape};

use crate::domain::registry::Registry;
use crate::i18n::I18n;
use crate::report::offscreen::A11yNode;

/// Personal data to blank: the deck's names, addresses, My Numbers and dates of birth.
#[derive(Debug, Clone, Default)]
pub struct Mask {
    needles: Vec<String>,
}

/// What masked text reads as.
pub const MASKED: &str = "■■■";

impl Mask {
    /// The strings of `deck` a report must not show, with dates of birth as every language
    /// writes them.
    pub fn for_deck(deck: &Registry) -> Self {
        let mut tr = I18n::new();
        let langs: Vec<&'static str> = tr.languages().iter().map(|(c, _)| *c).collect();
        let mut dates: Vec<NaiveDate> = Vec::new();
        let mut needles = Vec::new();
        for p in deck.persons.values() {
            for n in [Some(&p.name), Some(&p.kana), p.latin.as_ref()]
                .into_iter()
                .flatten()
            {
                needles.push(n.clone());
                let tight: String = n.split_whitespace().collect();
                needles.push(tight);
            }
            dates.push(p.born);
        }
        for h in deck.households.values() {
            needles.push(h.address.clone());
        }
        for c in deck.cards.values() {
            needles.push(c.my_number.as_str().to_string());
        }
        for d in &dates {
            needles.push(d.format("%Y-%m-%d").to_string());
            for l in &langs {
                tr.set_lang(l);
                needles.push(tr.date(*d));
            }
        }
        needles.retain(|n| n.chars().count() >= 2);
        needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
        needles.dedup();
        Self { needles }
    }

    /// Whether `s` holds personal data.
    pub fn hits(&self, s: &str) -> bool {
        self.needles.iter().any(|n| s.contains(n.as_str()))
    }

    /// `s` with personal data replaced by [`MASKED`].
    pub fn text(&self, s: &str) -> String {
        let mut out = s.to_string();
        for n in &self.needles {
            if out.contains(n.as_str()) {
                out = out.replace(n.as_str(), MASKED);
            }
        }
        out
    }

    /// Replaces every text shape holding personal data by a blank box of `fill`.
    pub fn shapes(&self, shapes: &mut [ClippedShape], fill: egui::Color32) {
        for s in shapes {
            self.shape(&mut s.shape, fill);
        }
    }

    fn shape(&self, shape: &mut Shape, fill: egui::Color32) {
        match shape {
            Shape::Vec(v) => {
                for s in v {
                    self.shape(s, fill);
                }
            }
            Shape::Text(t) if self.hits(t.galley.text()) => {
                let r = t.visual_bounding_rect();
                *shape = Shape::Rect(RectShape::filled(r, 2, fill));
            }
            _ => {}
        }
    }

    /// A tree with personal data replaced.
    pub fn tree(&self, nodes: &mut [A11yNode]) {
        for n in nodes {
            if self.hits(&n.name) {
                n.name = self.text(&n.name);
            }
            if self.hits(&n.value) {
                n.value = self.text(&n.value);
            }
        }
    }
}
