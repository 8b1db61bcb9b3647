#!/usr/bin/env python3
"""Checks VanBan's reproductions of real published documents against their texts.

For each real document in REAL_DIR (the texts kept outside the repository, in ../shared), the
data file written for it here is rendered, and every sentence of the original must come out of
the PDF (pdftotext), in order — the header's lines in any order, since the header is two
columns. Words and spacing are compared, not punctuation, case or tone placement (hoà/hòa);
what the source garbled is corrected first, each correction listed below with why.

Usage: reproduce-real-documents.py REAL_DIR VANBAN_BINARY
"""
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

# Real document → data file in this repository, and the corrections of what its text garbled.
REPRODUCTIONS = {
    "qd-khen-thuong-263-QD-TTg-2011.txt": ("Examples/thu-tuong-2011/quyet-dinh-263-2011.yaml", [
        ("giai đoạn từ năm 200 đến", "giai đoạn từ năm 2000 đến"),   # a digit lost in the source
    ]),
    "ke-hoach-thi-dua-khen-thuong-th-noi-hoang-2020.txt": ("Examples/th-noi-hoang-2020/ke-hoach-thi-dua-khen-thuong-2020-2021.yaml", [
        ("Hồ Chi Minh", "Hồ Chí Minh"),                                # a tone lost
        ("II. Nguyên tắc thi đua, khen Thi đua phải dựa trên nguyên tắc",   # a heading run into its text, cut
         "II. Nguyên tắc thi đua, khen thưởng\nThi đua phải dựa trên nguyên tắc"),
    ]),
    "bien-ban-hop-hd-binh-xet-thi-dua-mn-hong-duong-2017.txt": ("Examples/mn-hong-duong-2017/bien-ban-binh-xet-thi-dua-2016-2017.yaml", [
        ("Hạnh phúcHồng Dương", "Hạnh phúc\nHồng Dương"),             # two lines run together in extraction
        ("2016 - 2017Hôm nay", "2016 - 2017\nHôm nay"),
        ("Phó chủ HĐ", "Phó Chủ tịch HĐ"),                             # a word lost
        ("–Phó chủ tịch HĐ –Phó", "– Phó Chủ tịch HĐ – Phó"),
    ]),
}

TITLES = ("quyết định", "kế hoạch", "biên bản", "giao ước thi đua", "tờ trình", "báo cáo")
NEW_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
             "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}


def words(text):
    """Lower case, classic tone placement, letters and digits only, one space between words."""
    text = unicodedata.normalize("NFC", text).lower()
    for new, classic in NEW_TONES.items():
        text = re.sub(new + r"(?=\b|$)", classic, text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def is_spaced_out(line):
    """'T H  Ủ   T  Ư Ớ N G …': a heading spaced letter by letter, where the spaces no longer
    tell the words apart; such a line is compared letter by letter, without spaces."""
    parts = line.split()
    return len(parts) > 4 and all(len(p) <= 1 for p in parts)


def found_in(line, rendered):
    if is_spaced_out(line):
        return words(line).replace(" ", "") in rendered.replace(" ", "")
    return words(line) in rendered


def sentences(original, corrections):
    for old, new in corrections:
        if old not in original:
            sys.exit(f"correction no longer applies: «{old}»")
        original = original.replace(old, new)
    header, body, in_header = [], [], True
    for line in original.split("\n")[1:]:           # line 1 is where it was published
        line = line.strip()
        if not line:
            continue
        if in_header and words(line) in TITLES:
            in_header = False
        for part in re.split(r"(?<=[.;:,])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ“\"])", line):
            if words(part):
                (header if in_header else body).append(part)
    return header, body


# A violation of NĐ 30 as `vanban check` prints it: "trang 1 [dia-danh-ngay]: …".
CONFORMANCE = re.compile(r"trang \d+ \[[a-z0-9-]+\]")


def conformance_problems(data_file, vanban):
    """The reproduction must be valid and break no NĐ 30 rule (ND30Conformance, run by check)."""
    checked = subprocess.run([vanban, "check", data_file], capture_output=True, text=True)
    lines = (checked.stdout + checked.stderr).splitlines()
    problems = [f"NĐ 30: {line}" for line in lines if CONFORMANCE.search(line)]
    if checked.returncode != 0:
        problems.append(f"vanban check exits {checked.returncode}: " + " | ".join(lines[-3:]))
    return problems


def check(real_dir, name, data_file, corrections, vanban):
    original = open(os.path.join(real_dir, name), encoding="utf-8").read()
    header, body = sentences(original, corrections)
    with tempfile.TemporaryDirectory() as folder:
        pdf = os.path.join(folder, "out.pdf")
        subprocess.run([vanban, "render", data_file, "-o", pdf, "--force"], check=True, capture_output=True)
        rendered = words(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True, text=True).stdout)
    problems = [f"header line not found: «{line}»" for line in header if not found_in(line, rendered)]
    problems += conformance_problems(data_file, vanban)
    position = 0
    for sentence in body:
        found = rendered.find(words(sentence), position)
        if found < 0:
            problems.append(f"not found after what came before: «{sentence}»")
        else:
            position = found + len(words(sentence))
    print(f"{name}: {len(header)} header lines, {len(body)} sentences — " + ("all found, in order" if not problems else f"{len(problems)} problems"))
    for problem in problems:
        print("    " + problem)
    return not problems


def main():
    real_dir, vanban = sys.argv[1], sys.argv[2]
    names = sorted(n for n in os.listdir(real_dir) if n.endswith(".txt"))
    unknown = [n for n in names if n not in REPRODUCTIONS]
    if unknown:
        sys.exit("real documents without a reproduction: " + ", ".join(unknown))
    results = [check(real_dir, n, *REPRODUCTIONS[n], vanban) for n in names]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
