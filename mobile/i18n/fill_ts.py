#!/usr/bin/env python3
"""Fills gridwork_zh_CN.ts from zh_CN.txt (English source <TAB> Chinese, one per line).

Workflow: lupdate -no-obsolete qml src -ts i18n/gridwork_zh_CN.ts, add the new strings to
zh_CN.txt, run this script; it fails listing any source string left without a translation."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

here = Path(__file__).parent
table = {}
for line in (here / "zh_CN.txt").read_text(encoding="utf-8").splitlines():
    if "\t" in line:
        src, dst = line.split("\t", 1)
        table[src] = dst
ts_path = here / "gridwork_zh_CN.ts"
tree = ET.parse(ts_path)
missing = []
for msg in tree.iter("message"):
    src = msg.find("source").text or ""
    tr = msg.find("translation")
    if src in table:
        tr.text = table[src]
        tr.attrib.pop("type", None)
    else:
        missing.append(src)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
if missing:
    print("untranslated:", *missing, sep="\n  ")
    sys.exit(1)
