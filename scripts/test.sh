#!/usr/bin/env bash
# Installs what is missing and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift test "$@"
# The workbench in a real browser (installs chromium, chromium-driver and selenium if missing).
bash scripts/browser-test.sh
