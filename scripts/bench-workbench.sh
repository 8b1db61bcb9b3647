#!/usr/bin/env bash
# The workbench benchmark (a command, not a timed test): release build, `vanban serve` on a
# free loopback port over a temporary workspace holding the examples, then
# scripts/bench-workbench.py: 100 preview edits of the 4-page example decision (median, p95),
# then 20 simulated users editing at once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product vanban
swift build -c release --product vanban-workbench
binary="$(swift build -c release --show-bin-path)/vanban"
workspace="$(mktemp -d)"
log="$workspace.log"
cp -r Examples/tay-nam-bo-2023 "$workspace/vi-du-tay-nam-bo-2023"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
"$binary" serve --workspace "$workspace" --port "$port" >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$workspace" "$log"; }
trap cleanup EXIT
for _ in $(seq 1 300); do
    grep -q "http://127.0.0.1:$port/" "$log" && break
    kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.1
done
echo "machine: $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
timeout 900 python3 scripts/bench-workbench.py "http://127.0.0.1:$port" "$@"
