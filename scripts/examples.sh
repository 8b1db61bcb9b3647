#!/usr/bin/env bash
# Installs what is missing, builds the release programs (vanban, and vanban-workbench and
# vanban-so, which `vanban serve` and `vanban so` run) and renders the example documents into out/:
# every data file under Examples/ (out/<set>/<document>.pdf), then the engine's own samples.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --static-swift-stdlib --product vanban
# `vanban serve` and `vanban so` run programs of their own, built beside vanban.
swift build -c release --static-swift-stdlib --product vanban-workbench
swift build -c release --static-swift-stdlib --product vanban-so
mkdir -p out
.build/release/vanban render Examples --output out --force
.build/release/vanban samples --output out/engine --force
