#!/usr/bin/env bash
# Release build, then the engine benchmark: pages per second, whole-process time, peak memory;
# then VanBan against the floor program and Typst, runs interleaved (the targets of issue 11).
# `bash scripts/bench.sh --paired` runs only the last part; `--paired-runs N` sets its rounds;
# `--pipeline` only the in-process pipeline (check and render to memory of two examples).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --static-swift-stdlib --product vanban
swift build -c release --static-swift-stdlib --product vanban-bench

# The floor: the covenant's text shaped and written with HarfBuzz and Cairo, nothing else.
mkdir -p .build/bench
cc -O2 -o .build/bench/floor Benchmarks/floor/floor.c $(pkg-config --cflags --libs harfbuzz cairo freetype2)
yardsticks=(--floor .build/bench/floor)

# Typst from PyPI, in a virtual environment of its own; without it the comparison is skipped.
typst_version=0.15.2
venv=.build/bench-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import importlib.metadata as m; assert m.version('typst') == '$typst_version'" 2>/dev/null; then
    echo "Cài typst $typst_version (pip) vào $venv"
    # Debian's own python3 makes virtual environments only with python3-venv.
    if ! python3 -c "import ensurepip" 2>/dev/null; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null || true
    fi
    if ! { python3 -m venv "$venv" && "$venv/bin/pip" install -q "typst==$typst_version"; }; then
        echo "Không cài được typst: bỏ qua phần so sánh với Typst." >&2
    fi
fi
"$venv/bin/python" -c "import typst" 2>/dev/null && yardsticks+=(--typst-python "$venv/bin/python")

.build/release/vanban-bench --vanban .build/release/vanban "${yardsticks[@]}" "$@"
