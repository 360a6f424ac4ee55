#!/usr/bin/env bash
# Sets up a new machine and runs every test: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build
swift test --parallel "$@"
