#!/usr/bin/env bash
# The workbench in a real browser: installs Debian's chromium and chromium-driver and pip's
# selenium when missing, builds vanban, starts `vanban serve` on a free loopback port with a
# temporary workspace, and runs Tests/browser/workbench_test.py. Screenshots of each step go
# to .build/screenshots/. Bounded: the test itself is stopped after 10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null; then
    echo "browser-test: installing chromium, chromium-driver, poppler-utils"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
fi
if ! python3 -c "import selenium" 2>/dev/null; then
    echo "browser-test: installing selenium"
    # A Debian python refuses pip's installs into its own packages: then Debian's selenium.
    python3 -m pip install -q selenium || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-selenium >/dev/null
fi

# `vanban serve` runs the workbench's program beside it: both are built.
swift build --product vanban
swift build --product vanban-workbench
binary="$(swift build --show-bin-path)/vanban"
workspace="$(mktemp -d)"
log="$workspace.log"
shots=".build/screenshots"
rm -rf "$shots" && mkdir -p "$shots"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

"$binary" serve --workspace "$workspace" --port "$port" >"$log" 2>&1 &
server=$!
# The server must end on SIGTERM, even after it has saved files (a deaf server once hung CI).
cleanup() {
    local status=$?
    kill "$server" 2>/dev/null || true
    # Alive: neither gone nor a zombie waiting to be reaped.
    alive() { ps -o stat= -p "$server" 2>/dev/null | grep -qv Z; }
    for _ in $(seq 1 100); do alive || break; sleep 0.1; done
    if alive; then
        echo "browser-test: vanban serve did not end on SIGTERM within 10 s" >&2
        kill -9 "$server" 2>/dev/null || true
        status=1
    fi
    wait "$server" 2>/dev/null || true
    rm -rf "$workspace" "$log"
    exit "$status"
}
trap cleanup EXIT
for _ in $(seq 1 300); do
    grep -q "http://127.0.0.1:$port/" "$log" && break
    kill -0 "$server" 2>/dev/null || { echo "browser-test: vanban serve stopped:"; cat "$log"; exit 1; }
    sleep 0.1
done
grep -q "http://127.0.0.1:$port/" "$log" || { echo "browser-test: vanban serve did not start in 30 s:"; cat "$log"; exit 1; }

timeout 600 python3 Tests/browser/workbench_test.py "http://127.0.0.1:$port" "$shots"
echo "browser-test: screenshots in $shots"
