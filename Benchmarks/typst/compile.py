"""Compiles a Typst file to PDF with the fonts of one folder only, as the Typst CLI does with
`--font-path DIR --ignore-system-fonts`: `python compile.py INPUT.typ OUTPUT.pdf FONT_DIR`.
`python compile.py --startup-only` stops before importing Typst: scripts/bench.sh subtracts
the interpreter's own start-up, measured so, from the whole process's time."""
import sys

if sys.argv[1:] == ["--startup-only"]:
    sys.exit(0)

import typst  # noqa: E402  (after the start-up-only exit on purpose)

source, output, fonts = sys.argv[1:4]
typst.compile(source, output=output, font_paths=[fonts], ignore_system_fonts=True)
