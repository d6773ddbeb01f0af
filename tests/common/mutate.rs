//! Malformed variants of a valid input file for the bad-input harness
//! (`tests/harness_inputs.rs`): cut, lines lost, doubled or swapped, values replaced by edge
//! values, stray syntax, bytes that are not UTF-8, deep nesting, a 2,000,000-character value.

use super::Rng;

/// Values that break a field's type, range or size.
const VALUES: &[&str] = &[
    "\"\"",
    "-1",
    "0",
    "99999999999999999999999",
    "1e309",
    "nan",
    "-inf",
    "true",
    "[]",
    "{}",
    "null",
    "\"2026-13-45\"",
    "\"2026-02-30T25:61:00+09:00\"",
    "\"../../../../etc/passwd\"",
    "\"/dev/zero\"",
    "\"\\u0000\"",
    "\"\u{202e}\u{0301}🙂\"",
    "\"card-tsukuba-hanako\"",
    "[1, \"two\", [3]]",
    "{ a = 1 }",
];

/// Lines that are stray syntax wherever they land.
const LINES: &[&str] = &[
    "[[person]]",
    "[certificates]",
    "steps = 5",
    "x = ",
    "\"\"\"",
    "[",
    "]]",
    "= 1",
    "a.b.c = 1",
    "title = \"twice\"",
    "{",
    "}",
    "\"t_ms\": -1,",
    ",,",
];

/// One malformed variant of `text`: what was done (for the failure message) and the bytes.
pub fn variant(text: &[u8], rng: &mut Rng) -> (String, Vec<u8>) {
    let lines: Vec<&[u8]> = text.split(|b| *b == b'\n').collect();
    let n = lines.len() as u64;
    let line = usize::try_from(rng.range(0, n)).unwrap_or(0);
    let pick = |rng: &mut Rng, list: &[&'static str]| {
        list[usize::try_from(rng.range(0, list.len() as u64)).unwrap_or(0)]
    };
    let join = |ls: &[Vec<u8>]| ls.join(&b'\n');
    let mut owned: Vec<Vec<u8>> = lines.iter().map(|l| l.to_vec()).collect();
    let kind = rng.range(0, 12);
    let label = match kind {
        0 => {
            let at = usize::try_from(rng.range(0, text.len() as u64)).unwrap_or(0);
            return (format!("cut at byte {at}"), text[..at].to_vec());
        }
        1 => {
            owned.remove(line);
            format!("line {} removed", line + 1)
        }
        2 => {
            owned.insert(line, owned[line].clone());
            format!("line {} doubled", line + 1)
        }
        3 => {
            let other = usize::try_from(rng.range(0, n)).unwrap_or(0);
            owned.swap(line, other);
            format!("lines {} and {} swapped", line + 1, other + 1)
        }
        4 | 5 => {
            let v = pick(rng, VALUES);
            let l = &owned[line];
            match l.iter().position(|b| *b == b'=' || *b == b':') {
                Some(p) => {
                    let mut nl = l[..=p].to_vec();
                    nl.extend_from_slice(b" ");
                    nl.extend_from_slice(v.as_bytes());
                    owned[line] = nl;
                    format!("line {} value replaced by {v}", line + 1)
                }
                None => {
                    owned.insert(line, format!("x = {v}").into_bytes());
                    format!("x = {v} inserted at line {}", line + 1)
                }
            }
        }
        6 => {
            let s = pick(rng, LINES);
            owned.insert(line, s.as_bytes().to_vec());
            format!("{s:?} inserted at line {}", line + 1)
        }
        7 => {
            let at = usize::try_from(rng.range(0, text.len() as u64)).unwrap_or(0);
            let mut b = text.to_vec();
            let v = [0xff, 0x00, 0xc3, 0xe3, b'"', b'[', b'\\'][at % 7];
            b[at] = v;
            return (format!("byte {at} set to {v:#04x}"), b);
        }
        8 => {
            owned[line].insert(0, b'x');
            format!("key renamed at line {}", line + 1)
        }
        9 => {
            let depth = 20_000;
            owned.insert(
                line,
                format!("deep = {}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes(),
            );
            format!("{depth} nested arrays at line {}", line + 1)
        }
        10 => {
            let huge = "x".repeat(2_000_000);
            let l = &owned[line];
            match l.iter().position(|b| *b == b'=' || *b == b':') {
                Some(p) => {
                    let mut nl = l[..=p].to_vec();
                    nl.extend_from_slice(format!(" \"{huge}\"").as_bytes());
                    owned[line] = nl;
                }
                None => owned.insert(line, format!("huge = \"{huge}\"").into_bytes()),
            }
            format!("a 2,000,000-character value at line {}", line + 1)
        }
        _ => {
            owned.truncate(line);
            format!("lines from {} on removed", line + 1)
        }
    };
    (label, join(&owned))
}
