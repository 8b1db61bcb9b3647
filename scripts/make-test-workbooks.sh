#!/usr/bin/env bash
# Regenerates the workbooks in Tests/DataInputTests/Fixtures/xlsx/ with real writers:
# openpyxl writes them (scripts/make-test-workbooks.py), LibreOffice Calc converts some (so
# formulas get cached values, and for a real .ods and .xls), msoffcrypto-tool encrypts one the
# way Excel does. The generated files are committed, so `swift test` needs none of these tools;
# the tests assert the values the Python script writes. Zip timestamps differ from run to run,
# the contents do not.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Tests/DataInputTests/Fixtures/xlsx

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

python3 -c 'import openpyxl, msoffcrypto' 2>/dev/null || python3 -m pip install --quiet openpyxl msoffcrypto-tool
if ! command -v soffice >/dev/null; then
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-calc-nogui
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/lo"
python3 scripts/make-test-workbooks.py "$work"

# A profile of its own, so that a LibreOffice the user has open does not take the conversion.
convert() { soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to "$1" --outdir "$work/lo" "$2" >/dev/null 2>&1; }
convert xlsx "$work/libreoffice-source.xlsx"
convert ods "$work/libreoffice-source.xlsx"
convert xls "$work/libreoffice-source.xlsx"
convert xlsx "$work/provincial-source.xlsx"

cp "$work/openpyxl-list.xlsx" "$work/openpyxl-1904.xlsx" "$out/"
cp "$work/lo/libreoffice-source.xlsx" "$out/libreoffice-formulas.xlsx"
cp "$work/lo/libreoffice-source.ods" "$out/libreoffice.ods"
cp "$work/lo/libreoffice-source.xls" "$out/libreoffice.xls"
cp "$work/lo/provincial-source.xlsx" "$out/provincial-200.xlsx"
python3 - "$work/openpyxl-1904.xlsx" "$out/encrypted.xlsx" <<'EOF'
import sys
from msoffcrypto.format.ooxml import OOXMLFile
with open(sys.argv[1], "rb") as source, open(sys.argv[2], "wb") as target:
    OOXMLFile(source).encrypt("matkhau", target)
EOF
ls -l "$out"
