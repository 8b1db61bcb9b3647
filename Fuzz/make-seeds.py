#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz harnesses from the repository's own files: the example
data sets, the templates, the markup examples of docs/markup.md and a few hostile shapes the
tests hold. Run from the repository root: python3 Fuzz/make-seeds.py (the result is committed).
"""
import csv as csvmodule, glob, json, os, re, hashlib
import yaml

root = os.getcwd()
out = os.path.join(root, "Fuzz", "corpus")

def put(harness, text, name=None):
    data = text.encode() if isinstance(text, str) else text
    name = name or hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(out, harness, name), "wb") as f:
        f.write(data)

examples = sorted(glob.glob("Examples/*/*.yaml"))
for path in examples + sorted(glob.glob("Templates/*/mau.yaml")) + sorted(glob.glob("Templates/_chung/*.yaml")):
    text = open(path).read()
    put("FuzzDataLoader", text, path.replace("/", "_"))
    # The examples as JSON too (the harness reads odd first bytes as JSON: "{" is odd).
    if path.startswith("Examples/"):
        put("FuzzDataLoader", json.dumps(yaml.safe_load(text), ensure_ascii=False, default=str), path.replace("/", "_") + ".json")

hostile = {
    "laughs": "a0: &a0 [x,x,x,x,x,x,x,x,x]\n" + "".join(f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 9) + "]\n" for i in range(1, 6)),
    "merge": "md: &md {hinh_thuc: Giấy khen, don_vi: Sở}\nca_nhan:\n  - {<<: *md, ho_ten: A}\n  - {<<: [*md, {x: 1}], ho_ten: B}\n",
    "deep": "a: " + "[" * 40 + "]" * 40 + "\n",
    "escapes": 'so: "\\e[31m12\\u202E\\0"\n"\\e]0;x\\a": 1\nngay: 31/02/2023\nnam: 9223372036854775807\n',
    "numbers": "a: 1.490.000\nb: 1,5\nc: 1.250\nd: -0\ne: 999999999999999,99\nf: 2024-02-29\ng: có\n",
    "dup": "a: 1\nb: {x: 1, x: 2}\n",
}
for name, text in hostile.items():
    put("FuzzDataLoader", text, "hostile-" + name)

for path in sorted(glob.glob("Examples/*/*.csv")):
    put("FuzzCSV", open(path, "rb").read(), path.replace("/", "_"))
for name, text in {
    "quoted": 'Họ và tên;Đơn vị\n"A; B";"có ""trích"" dẫn"\n\n;;\n"C\nD";E\r\n',
    "sep": "sep=,\nHọ tên,Số tiền\nA,1.490.000\n",
    "tab": "STT\tHọ và tên\tĐơn vị công tác\n1\tA\tB\n",
    "extra": "Họ và tên;\nA;B;C\n",
    "unclosed": 'Họ và tên\n"A\n',
}.items():
    put("FuzzCSV", text, "seed-" + name)

# Markup: the templates' bodies and the ```text examples of docs/markup.md.
for path in sorted(glob.glob("Templates/*/than.mustache")):
    put("FuzzMarkup", open(path).read(), path.replace("/", "_"))
doc = open("docs/markup.md").read()
for i, block in enumerate(re.findall(r"```text\n(.*?)```", doc, re.S)):
    put("FuzzMarkup", block, f"docs-{i:02d}")

# The check path: each example with its shared file written into it (no files are read).
for path in examples:
    text = open(path).read()
    m = re.search(r"^dung_chung: *(\S+)\n", text, re.M)
    if not m:
        continue
    shared = open(os.path.join(os.path.dirname(path), m.group(1))).read()
    text = text.replace(m.group(0), "")
    # Lists named as CSV files are read from no folder: write them out as YAML lists.
    for key, csv in re.findall(r"^(\w+): *(\S+\.csv)\n", text, re.M):
        lines = open(os.path.join(os.path.dirname(path), csv), encoding="utf-8-sig").read().splitlines()
        sep = ";" if ";" in lines[0] else ","
        table = list(csvmodule.reader(lines, delimiter=sep))
        header = table[0]
        items = [dict(zip(header, row)) for row in table[1:6] if row]
        mapping = {"Họ và tên": "ho_ten", "Chức vụ": "chuc_vu", "Đơn vị công tác": "don_vi", "Đơn vị": "don_vi", "Điểm": "diem", "Tổng điểm": "diem"}
        rows = [{mapping[k]: v for k, v in item.items() if k in mapping and v} for item in items]
        text = text.replace(f"{key}: {csv}\n", f"{key}: " + json.dumps(rows, ensure_ascii=False) + "\n")
    put("FuzzPrepare", shared + "\n" + text, path.replace("/", "_"))

# Workbooks as offices send them (and the formats refused with advice), from the tests' fixtures.
for path in sorted(glob.glob("Tests/DataInputTests/Fixtures/xlsx/*")):
    put("FuzzSpreadsheet", open(path, "rb").read(), os.path.basename(path))
