#!/usr/bin/env bash
# Counts where the instructions of `vanban render` go (docs/performance.md): callgrind on a
# release build for the covenant and the award decision of Examples/tay-nam-bo-2023, and on the
# floor program, then the phases of each profile (Benchmarks/profile/phases.py). Instruction
# counts do not depend on the machine's load, unlike the wall times of scripts/bench.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/install-deps.sh
if ! command -v valgrind >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq valgrind >/dev/null
fi
swift build -c release --static-swift-stdlib --product vanban
out=.build/profile
mkdir -p "$out"
# Valgrind 3.19 cannot read the DWARF of Swift 6 release builds ("possibly corrupted
# debuginfo"): profile a copy without it; the symbol table still names every function.
strip --strip-debug -o "$out/vanban" .build/release/vanban
cc -O2 -o "$out/floor" Benchmarks/floor/floor.c $(pkg-config --cflags --libs harfbuzz cairo freetype2)

# The reading cache in a folder of the profile's own, filled by a first run of each
# command (as every run after a clerk's first finds it); "decision-cold" reads without it.
export VANBAN_TEMPLATES="$PWD/Templates" VANBAN_FONTS="$PWD/Fonts" VANBAN_CACHE="$PWD/$out/cache"
examples=Examples/tay-nam-bo-2023
profile() {   # name, command…
    local name=$1; shift
    "$@" >/dev/null 2>&1 || true
    valgrind --tool=callgrind --callgrind-out-file="$out/$name.callgrind" "$@" >/dev/null 2>"$out/$name.log"
    grep -o "refs: .*" "$out/$name.log" | sed "s/^/$name: /"
}
profile covenant "$out/vanban" render "$examples/giao-uoc-thi-dua-2023.yaml" -o "$out/covenant.pdf" --force
profile decision "$out/vanban" render "$examples/quyet-dinh-khen-thuong-2022.yaml" -o "$out/decision.pdf" --force
VANBAN_CACHE=0 profile decision-cold "$out/vanban" render "$examples/quyet-dinh-khen-thuong-2022.yaml" -o "$out/decision.pdf" --force
profile floor "$out/floor" Fonts Benchmarks/floor/covenant.txt "$out/floor.pdf"
python3 Benchmarks/profile/phases.py "$out/covenant.callgrind" "$out/decision.callgrind" "$out/decision-cold.callgrind"
echo "Profiles in $out/*.callgrind (callgrind_annotate, or kcachegrind, reads them)."
