//! Several kiosk processes share one state folder: issue numbers stay unique and no document
//! ever carries another person's data (the 2023 incident where two requests crossed).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Stdio};

use kofu::domain::record::Record;
use kofu::store::Database;

#[test]
fn eight_kiosks_two_thousand_issues_no_crossed_documents() {
    let kiosks: usize = 8;
    let per: usize = 250;
    let dir = tempfile::tempdir().expect("tmp");
    let deck = dir.path().join("deck.toml");
    common::write_deck(&deck, kiosks);
    let state = dir.path().join("state");
    let out = dir.path().join("docs");
    let children: Vec<_> = (0..kiosks)
        .map(|i| {
            Command::new(env!("CARGO_BIN_EXE_kofu"))
                .args(["soak", "--pin", "1234", "--sessions", &per.to_string()])
                .args(["--card", &format!("c{i}"), "--kiosk", &format!("kiosk-{i}")])
                .arg("--state")
                .arg(&state)
                .arg("--personas")
                .arg(&deck)
                .arg("--out")
                .arg(&out)
                .env(
                    "KOFU_ASSETS",
                    concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
                )
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for c in children {
        let o = c.wait_with_output().expect("wait");
        assert!(
            o.status.success(),
            "kiosk failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let reg = kofu::kiosk::load_deck(&deck).expect("deck");
    let records = Database::read_all(&state).expect("journal");
    let mut holder_of: BTreeMap<String, String> = BTreeMap::new();
    let mut numbers = BTreeSet::new();
    let mut done = 0;
    for r in &records {
        match r {
            Record::IssueStarted {
                issue,
                card,
                holder,
                ..
            } => {
                assert!(numbers.insert(*issue), "duplicate issue number {issue}");
                let card_holder = &reg.cards.get(card).expect("card").holder;
                assert_eq!(
                    holder, card_holder,
                    "{issue}: journal holder differs from card"
                );
                holder_of.insert(issue.to_string(), holder.clone());
            }
            Record::IssueDone { .. } => done += 1,
            _ => {}
        }
    }
    assert_eq!(numbers.len(), kiosks * per);
    assert_eq!(done, kiosks * per);
    // Every document written names the holder of the card that asked for it.
    let mut docs = 0;
    let mut crossed = 0;
    for e in std::fs::read_dir(&out).expect("docs") {
        let p = e.expect("entry").path();
        if p.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&p).expect("read")).expect("json");
        let n = v["issue_number"].as_str().expect("number").to_string();
        let doc_holder = v["holder"].as_str().expect("holder");
        let first_block = v["blocks"][0]["person"].as_str().expect("block");
        if holder_of.get(&n).map(String::as_str) != Some(doc_holder) || first_block != doc_holder {
            crossed += 1;
        }
        docs += 1;
    }
    assert_eq!(docs, kiosks * per);
    assert_eq!(crossed, 0, "documents carrying another person's data");
}
