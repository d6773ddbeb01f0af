//! The names of the local taxes a tax certificate prints. The municipal tax is named after the
//! kind of municipality (市民税, 町民税, 村民税, 特別区民税 for Tokyo's special wards) and the
//! prefectural one after the prefecture (県民税, 府民税, 道民税, 都民税), so they are profile data
//! rather than words fixed in the certificate.

use serde::{Deserialize, Serialize};

/// The two local taxes' names as printed (without 「額」).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalTaxNames {
    /// Municipal tax (市町村民税 / 特別区民税), e.g. 「町民税」.
    pub municipal: String,
    /// Prefectural tax (道府県民税 / 都民税), e.g. 「都民税」.
    pub prefectural: String,
}

impl LocalTaxNames {
    /// The profile's names where it gives them (`municipal_tax`, `prefectural_tax`), else the
    /// documented default: from the last character of the municipality's name (市 → 市民税,
    /// 町 → 町民税, 村 → 村民税, 区 → 特別区民税 — only Tokyo's special wards are municipalities
    /// named 区) and of the prefecture's (県 → 県民税, 府 → 府民税, 道 → 道民税, 都 → 都民税);
    /// anything else falls back to 市民税 / 県民税, the names printed before profiles had them.
    pub fn from_profile(
        name: &str,
        prefecture: &str,
        municipal: Option<String>,
        prefectural: Option<String>,
    ) -> Self {
        let municipal = municipal.unwrap_or_else(|| {
            match name.chars().last() {
                Some('町') => "町民税",
                Some('村') => "村民税",
                Some('区') => "特別区民税",
                _ => "市民税",
            }
            .to_string()
        });
        let prefectural = prefectural.unwrap_or_else(|| {
            match prefecture.chars().last() {
                Some('都') => "都民税",
                Some('道') => "道民税",
                Some('府') => "府民税",
                _ => "県民税",
            }
            .to_string()
        });
        LocalTaxNames {
            municipal,
            prefectural,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: &str, p: &str) -> (String, String) {
        let t = LocalTaxNames::from_profile(n, p, None, None);
        (t.municipal, t.prefectural)
    }

    #[test]
    fn defaults_follow_the_kind_of_municipality_and_prefecture() {
        assert_eq!(
            names("豊島区", "東京都"),
            ("特別区民税".into(), "都民税".into())
        );
        assert_eq!(
            names("播磨町", "兵庫県"),
            ("町民税".into(), "県民税".into())
        );
        assert_eq!(
            names("十津川村", "奈良県"),
            ("村民税".into(), "県民税".into())
        );
        assert_eq!(
            names("札幌市", "北海道"),
            ("市民税".into(), "道民税".into())
        );
        assert_eq!(names("堺市", "大阪府"), ("市民税".into(), "府民税".into()));
        let given = LocalTaxNames::from_profile("x", "y", Some("区民税".into()), None);
        assert_eq!(given.municipal, "区民税");
    }
}
