#!/usr/bin/env bash
# Fuzzes berkas's readers with libFuzzer, SECONDS per target (default 20):
#   bash scripts/fuzz.sh [SECONDS]
# Targets (Sources/berkas-fuzz): frontmatter (reader and editor), objects
# (commit reader, signature splitter, SSHSIG parser and checker), text
# (trailers, secrets, dates, paths). The seed corpus is Tests/Fuzz/TARGET/;
# new inputs the fuzzer finds go to .build-fuzz/corpus/TARGET (not committed).
# A crash stops the run, keeps the input as .build-fuzz/crash-*, and fails:
# copy it into Tests/Fuzz/TARGET/ so that the normal test run replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
bash scripts/ensure-deps.sh
swift build --product berkas-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >&2
bin=$(swift build --product berkas-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld --show-bin-path)/berkas-fuzz
for target in frontmatter objects text; do
  mkdir -p ".build-fuzz/corpus/$target"
  echo "== fuzzing $target for ${seconds}s"
  SWIFT_BACKTRACE=enable=no BERKAS_FUZZ=$target "$bin" ".build-fuzz/corpus/$target" "Tests/Fuzz/$target" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=".build-fuzz/crash-$target-" -print_final_stats=1 > ".build-fuzz/fuzz-$target.log" 2>&1 || {
      grep -E "Fatal error|SUMMARY|Test unit written" ".build-fuzz/fuzz-$target.log" >&2
      echo "fuzz: $target crashed; the input is in .build-fuzz/ (copy it into Tests/Fuzz/$target/)" >&2
      exit 1
    }
  grep -E "^stat::number_of_executed_units|^Done" ".build-fuzz/fuzz-$target.log" || true
done
echo "fuzz: every target ran ${seconds}s without a crash"
