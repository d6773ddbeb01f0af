//! Several kiosk processes on one journal: contiguous issue numbers, and processes killed
//! in the middle of an append. The child processes re-run this test binary.

use super::super::*;
use super::{done, fields};

const CHILD_DIR: &str = "KOFU_JOURNAL_TEST_CHILD_DIR";
/// Set in child processes: how many issues to begin before exiting.
const CHILD_COUNT: &str = "KOFU_JOURNAL_TEST_CHILD_COUNT";

/// Kills (SIGKILL on Unix) and reaps the children when dropped, even if the test panics.
struct Children(Vec<std::process::Child>);

impl Drop for Children {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn spawn_children(dir: &Path, n: usize, count: usize) -> Children {
    let exe = std::env::current_exe().unwrap();
    Children(
        (0..n)
            .map(|_| {
                std::process::Command::new(&exe)
                    .args([
                        "--exact",
                        "store::journal::tests::processes::child_process_appender",
                        "--test-threads=1",
                        "--quiet",
                    ])
                    .env(CHILD_DIR, dir)
                    .env(CHILD_COUNT, count.to_string())
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect(),
    )
}

/// Not a test on its own: the body of the child processes of the multi-process tests.
#[test]
fn child_process_appender() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let count: usize = std::env::var(CHILD_COUNT).unwrap().parse().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut j = Journal::open(Path::new(&dir)).unwrap();
    let card = format!("card-{}", std::process::id());
    for _ in 0..count {
        let n = j
            .begin_issue(fields(&format!("pid-{}", std::process::id())))
            .unwrap();
        let _count = j.record_pin_entry(&card, 0, false, "t").unwrap();
        j.append(&done(n)).unwrap();
        if std::time::Instant::now() > deadline {
            break;
        }
    }
}

fn assert_contiguous_issues(dir: &Path) -> u64 {
    let (records, stats) = Journal::read_all_with_stats(dir).unwrap();
    assert_eq!(stats.corrupt_lines, 0);
    assert_eq!(stats.unknown_records, 0);
    let started: Vec<u64> = records
        .iter()
        .filter_map(|r| match r {
            Record::IssueStarted { issue, .. } => Some(issue.0),
            _ => None,
        })
        .collect();
    let expected: Vec<u64> = (1..=started.len() as u64).collect();
    assert_eq!(started, expected);
    started.len() as u64
}

#[test]
fn processes_allocate_contiguous_distinct_issue_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let mut children = spawn_children(tmp.path(), 4, 100);
    for child in &mut children.0 {
        assert!(child.wait().unwrap().success());
    }
    assert_eq!(assert_contiguous_issues(tmp.path()), 400);
    let mut j = Journal::open(tmp.path()).unwrap();
    assert_eq!(j.stats().records, 1200);
    assert!(j.issue(IssueNumber(400)).unwrap().unwrap().1.is_some());
    assert_eq!(j.begin_issue(fields("s")).unwrap(), IssueNumber(401));
}

#[test]
fn processes_killed_mid_append_leave_a_valid_journal() {
    let tmp = tempfile::tempdir().unwrap();
    let children = spawn_children(tmp.path(), 4, 1_000_000);
    // Wait until they are busy appending, then SIGKILL them all.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while Journal::read_all(tmp.path()).map_or(0, |r| r.len()) < 200 {
        assert!(
            std::time::Instant::now() < deadline,
            "children never appended"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    drop(children);

    let before = assert_contiguous_issues(tmp.path());
    let mut j = Journal::open(tmp.path()).unwrap();
    assert_eq!(j.stats().corrupt_lines, 0);
    let n = j.begin_issue(fields("after")).unwrap();
    assert_eq!(n, IssueNumber(before + 1));
    let (_, stats) = Journal::read_all_with_stats(tmp.path()).unwrap();
    assert_eq!(stats.torn_tail_bytes, 0);
    assert_eq!(stats.corrupt_lines, 0);
    assert_eq!(assert_contiguous_issues(tmp.path()), before + 1);
}
