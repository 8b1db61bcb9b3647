#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/ (release, with AddressSanitizer) and runs each for
# SECONDS_PER_HARNESS seconds (default 60) on a copy of its committed seed corpus. Inputs that
# crash, time out (10 s) or run out of memory (2 GB) are kept in fuzz-out/crashes/HARNESS/; the
# script fails when there is one. Inputs merely slow (libFuzzer's "slow-unit", often a machine
# busy with something else) are kept too and listed, without failing. CI calls it with a short
# time: `bash scripts/fuzz.sh 20`.
#
#   bash scripts/fuzz.sh [SECONDS_PER_HARNESS] [HARNESS…]
#   FUZZ_JOBS=2 bash scripts/fuzz.sh 600      # two processes per harness
#
# A crash is replayed with the harness binary and the input:
#   Fuzz/.build/release/FuzzDataLoader fuzz-out/crashes/FuzzDataLoader/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
shift || true
harnesses=(FuzzDataLoader FuzzCSV FuzzSpreadsheet FuzzMarkup FuzzPrepare FuzzTreeCache)
[ $# -gt 0 ] && harnesses=("$@")
jobs=${FUZZ_JOBS:-1}

bash scripts/install-deps.sh

# libFuzzer and AddressSanitizer come with the Swift toolchain (swift.org builds ship
# lib/clang/*/lib/linux/libclang_rt.{fuzzer,asan}-*.a); a distribution's Swift may not.
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
arch=$(uname -m)
if ! ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer-"$arch".a >/dev/null 2>&1 \
   && ! ls "$toolchain"/lib/swift/clang/lib/linux/libclang_rt.fuzzer-"$arch".a >/dev/null 2>&1; then
    echo "Bộ Swift ở $toolchain không có libclang_rt.fuzzer; thử cài gói thư viện sanitizer của clang." >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libclang-rt-dev >/dev/null || {
        echo "Không cài được libclang-rt-dev: hãy dùng bộ Swift của swift.org (có sẵn libFuzzer)." >&2
        exit 1
    }
fi

# SwiftPM gives swiftc `-sanitize=fuzzer -sanitize=address` as two flags, and swiftc keeps only
# the last: Swift code would get no coverage. `-Xswiftc -sanitize=fuzzer,address` comes after
# them; `--sanitize` still links libFuzzer and instruments the C code (libyaml).
build=(swift build --package-path Fuzz -c release --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address)
echo "== dựng các bộ fuzz (release, fuzzer + address sanitizer)"
"${build[@]}" 2>&1 | grep -E "error|Build" | tail -3
bin=$("${build[@]}" --show-bin-path)

out="$root/fuzz-out"
found=0
# libFuzzer prints the stack of a crash itself; Swift's own backtracer would run inside the
# dying process under AddressSanitizer (slow, and reported as a use-after-free of its own).
export SWIFT_BACKTRACE=enable=no
has() { compgen -G "$1" >/dev/null; }
for harness in "${harnesses[@]}"; do
    corpus="$out/corpus/$harness"
    crashes="$out/crashes/$harness"
    mkdir -p "$corpus" "$crashes"
    # The committed seeds, plus whatever earlier runs found (kept between runs in fuzz-out/).
    # (The tree cache's harness reads YAML: it starts from the data loader's seeds.)
    seeds=$harness
    [ "$harness" = FuzzTreeCache ] && seeds=FuzzDataLoader
    cp -n "$root/Fuzz/corpus/$seeds"/* "$corpus"/ 2>/dev/null || true
    dict=()
    [ -f "$root/Fuzz/dictionaries/$harness.dict" ] && dict=(-dict="$root/Fuzz/dictionaries/$harness.dict")
    echo "== $harness: $seconds giây"
    # Bounded work is part of what is tested: 10 s for one input, 2 GB in all, are failures.
    set +e
    # From fuzz-out/: libFuzzer's jobs write their fuzz-N.log files where they run.
    (cd "$out" && rm -f fuzz-*.log && "$bin/$harness" "$corpus" "${dict[@]}" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -jobs="$jobs" -workers="$jobs" \
        -artifact_prefix="$crashes/" -print_final_stats=1 > "$out/$harness.log" 2>&1)
    status=$?
    set -e
    cat "$out"/fuzz-*.log >> "$out/$harness.log" 2>/dev/null && rm -f "$out"/fuzz-*.log
    grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units" "$out/$harness.log" | tail -2 || true
    if has "$crashes/slow-unit-*"; then
        echo "   $harness: có đầu vào chạy chậm (không tính là lỗi): $(ls "$crashes" | grep -c slow-unit-)" >&2
    fi
    if has "$crashes/crash-*" || has "$crashes/timeout-*" || has "$crashes/oom-*" || has "$crashes/leak-*" \
       || [ "$status" -ne 0 ]; then
        echo "!! $harness: lỗi (mã $status); xem $out/$harness.log và $crashes/" >&2
        ls "$crashes" >&2 || true
        found=1
    fi
done
exit $found
