#!/usr/bin/env bash
# Release build, then the engine benchmark: pages per second, whole-process time, peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --static-swift-stdlib --product vanban
swift build -c release --static-swift-stdlib --product vanban-bench
.build/release/vanban-bench --vanban .build/release/vanban "$@"
