#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages VanBan needs, only those that are missing.
# The Swift toolchain itself is expected on PATH (swift 6.x).
set -euo pipefail
# libxml2 is opened with dlopen when a workbook is read (Sources/CXMLReader).
packages=(pkg-config libharfbuzz-dev libcairo2-dev libfreetype-dev zlib1g-dev libsqlite3-dev libxml2 poppler-utils python3)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Cài các gói còn thiếu: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "Không tìm thấy swift (cần Swift 6.x trên PATH)." >&2; exit 1; }
