#!/usr/bin/env bash
# Installs what is missing, builds a release binary and renders the example documents into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --static-swift-stdlib --product vanban
mkdir -p out
.build/release/vanban samples --output out --force
