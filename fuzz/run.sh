#!/usr/bin/env bash
# Runs every fuzz target (or those named) for FUZZ_SECONDS (default 300) each, one after another,
# seeded from fuzz/seeds/<target>, growing fuzz/corpus/<target>, with the target's dictionary.
# Stable Rust: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its -Z flags. Logs: fuzz/artifacts/logs/.
# FUZZ_MAX_LEN caps the input size (default: libFuzzer's guess from the largest seed).
# Usage (from anywhere):  fuzz/run.sh [scenario persona municipality vendor]
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
seconds="${FUZZ_SECONDS:-300}"
sanitizer="${FUZZ_SANITIZER:-address}"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(scenario persona municipality vendor)
mkdir -p fuzz/artifacts/logs
cargo fuzz build -O -a --sanitizer "$sanitizer"
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  log="fuzz/artifacts/logs/$t-$(date -u +%Y%m%dT%H%M%SZ).log"
  echo "== $t: ${seconds}s, log $log"
  status=0
  cargo fuzz run -O -a --sanitizer "$sanitizer" "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
    -max_total_time="$seconds" -print_final_stats=1 -dict="fuzz/dicts/$t.dict" \
    -timeout=10 -rss_limit_mb=2048 ${FUZZ_MAX_LEN:+-max_len=$FUZZ_MAX_LEN} >"$log" 2>&1 || status=$?
  grep -E '^#[0-9]+ +(DONE|pulse)|^Done|stat::number_of_executed_units|stat::average_exec_per_sec|panicked|SUMMARY' "$log" | tail -6 || true
  echo "== $t: exit $status"
done
