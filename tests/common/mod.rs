//! Shared helpers for the process-level tests: a synthetic deck of N valid cardholders.

#![allow(dead_code)]

pub mod damage;
pub mod harness;
pub mod mutate;

use std::path::Path;

use kofu::domain::card::my_number_from_prefix;

/// Writes a deck with `n` Tsukuba residents `p0..pN`, each with card `c0..cN` and PIN 1234.
pub fn write_deck(path: &Path, n: usize) {
    let mut s = String::new();
    for i in 0..n {
        let number = my_number_from_prefix(&format!("{:011}", 90_000_000_000u64 + i as u64 * 7919))
            .expect("prefix");
        s.push_str(&format!(
            "[[household]]\nid = \"h{i}\"\nmunicipality = \"tsukuba\"\naddress = \"茨城県つくば市見本町{i}番地\"\n\n\
             [[person]]\nid = \"p{i}\"\nname = \"見本 {i}郎\"\nkana = \"ミホン {i}ロウ\"\nborn = \"1980-04-02\"\nsex = \"M\"\n\
             household = \"h{i}\"\nrelationship = \"householder\"\nmoved_in = \"2010-01-01\"\n\n\
             [[card]]\nid = \"c{i}\"\nholder = \"p{i}\"\nmy_number = \"{}\"\napplied = \"2022-05-01\"\n\
             issued = \"2022-06-01\"\ncert_issued = \"2022-06-01\"\npin = \"1234\"\n\n",
            number.as_str()
        ));
    }
    std::fs::write(path, s).expect("deck");
}

/// A tiny deterministic generator (no extra crates): xorshift64*.
pub struct Rng(pub u64);

impl Rng {
    /// Next value in [lo, hi).
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        lo + self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % (hi - lo)
    }
}

/// A Tsukuba-like profile held in the test, so these tests do not depend on the bundled file.
pub const PROFILE: &str = r#"
id = "tsukuba"
name = "つくば市"
name_en = "Tsukuba City"
prefecture = "茨城県"
mayor = "見本 太郎"
max_copies = 10
registration_business_days = 3
[hours]
open = "06:30"
close = "23:00"
[[office]]
id = "tsukuba-city-hall"
name = { ja = "つくば市役所 市民窓口課", en = "Citizen Services Division, Tsukuba City Hall" }
reading = "Tsukuba Shiyakusho Shimin Madoguchi-ka"
phone = "029-883-1111"
hours = [{ days = "mon-sat", open = "08:45", close = "16:30" }]
[certificates.resident_certificate]
fee = 150
[certificates.seal_certificate]
fee = 150
[certificates.tax_certificate]
fee = 150
[certificates.family_register_appendix]
fee = 150
[certificates.family_register]
fee = 350
weekdays_only = { open = "08:30", close = "17:15" }
"#;

/// Issues one copy of `kind` for `card` of the deck `deck_text` at the bundled profile
/// `municipality` (Fujifilm, 25 November 2026 10:00, PIN 1234, ¥1,000), with the certificate
/// step's `options_entry` (`""`, or `, options = { … }`), in `dir`; the printed PDF's path.
pub fn print_one(
    dir: &Path,
    municipality: &str,
    deck_text: &str,
    card: &str,
    kind: &str,
    options_entry: &str,
) -> std::path::PathBuf {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let deck_path = dir.join("deck.toml");
    std::fs::write(&deck_path, deck_text).expect("deck");
    let profile = assets.join(format!("municipalities/{municipality}.toml"));
    let scenario = format!(
        "title = \"printed\"\nmunicipality = \"{}\"\npersonas = \"{}\"\nvendor = \"fujifilm\"\n\
         at = \"2026-11-25T10:00:00+09:00\"\nuse_card = \"{card}\"\nsteps = [\n\
         {{ do = \"services\" }},\n{{ do = \"cert_issue\" }},\n{{ do = \"place_card\" }},\n\
         {{ do = \"residence\" }},\n{{ do = \"pin\", value = \"1234\" }},\n\
         {{ do = \"remove_card\" }},\n\
         {{ do = \"certificate\", value = \"{kind}\"{options_entry} }},\n\
         {{ do = \"copies\", value = 1 }},\n{{ do = \"confirm\" }},\n\
         {{ do = \"insert\", value = 1000 }},\n{{ do = \"take_items\" }},\n]\n\n\
         [expect]\nstatus = \"issued\"\ndocuments = 1\n",
        profile.display(),
        deck_path.display()
    );
    let sc_path = dir.join("s.toml");
    std::fs::write(&sc_path, scenario).expect("scenario");
    print_scenario(dir, &sc_path)
}

/// Runs the bundled scenario `assets/scenarios/<file>` into `dir` (`out/`, `state/`), its
/// expectations met; the first document's first copy.
pub fn print_bundled(dir: &Path, file: &str) -> std::path::PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/scenarios")
        .join(file);
    print_scenario(dir, &path)
}

/// Runs the scenario at `path` into `dir` (`out/`, `state/`), its expectations met; the
/// first document's first copy.
pub fn print_scenario(dir: &Path, path: &Path) -> std::path::PathBuf {
    use kofu::scenario::run::{RunOptions, run};
    let sc = kofu::scenario::load(path).expect("scenario loads");
    let opts = RunOptions {
        out: Some(dir.join("out")),
        state: Some(dir.join("state")),
        ..RunOptions::default()
    };
    let o = run(&sc, &opts).expect("run");
    assert!(o.expectations_met, "{:?}", o.mismatches);
    std::path::PathBuf::from(&o.documents[0].files[0])
}
