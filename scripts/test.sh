#!/usr/bin/env bash
# Sets up a new machine and runs every test: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --tests
# The code's own habits: one format (.swift-format), clean shell scripts, and no
# function or file past the lengths of docs/code-layout.md without a reason.
swift format lint --strict -r -p Sources Tests Package.swift
shellcheck .ci/run scripts/*.sh
python3 scripts/long-functions.py
swift build
swift test --parallel "$@"
# Every input the fuzzer ever found (Tests/Fuzz/), replayed by the normal build,
# then each fuzz target for a short while under libFuzzer.
for target in frontmatter objects text; do .build/debug/berkas-fuzz "$target" "Tests/Fuzz/$target"; done
bash scripts/fuzz.sh "${BERKAS_FUZZ_SECONDS:-20}"
# Tests hold in any year: the end-to-end tests again, with the clock of every
# berkas they run (libfaketime) in another year, and just before a new year in
# WIB (16:59:50 UTC) so that the run crosses midnight. The second run also takes
# every plain path instead of the fast ones (BERKAS_PLAIN_GIT=1: libgit2's index,
# status, ancestry and start-up, Yams for every record, no commit-graph listing,
# no rules cache), so both paths pass the same suite.
next=$(( $(date -u +%Y) + 1 ))
for clock in "$next-01-05 10:00:00" "$next-12-31 16:59:50"; do
  echo "== end-to-end tests with berkas's clock at $clock UTC"
  plain=0; [[ $clock == *12-31* ]] && plain=1
  # The faketime command keeps a semaphore and shared memory per process under
  # /dev/shm; a killed one (tests SIGKILL berkas) leaves them, and a later faketime
  # given the same process id then fails ("sem_open: File exists"). Remove those
  # whose process is gone.
  for f in /dev/shm/sem.faketime_sem_* /dev/shm/faketime_shm_*; do
    [ -e "$f" ] || continue
    kill -0 "${f##*_}" 2>/dev/null || rm -f "$f"
  done
  BERKAS_PLAIN_GIT=$plain BERKAS_TEST_FAKETIME="$clock" swift test --parallel --filter BerkasEndToEndTests
done
