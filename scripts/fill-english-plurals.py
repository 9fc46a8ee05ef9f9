#!/usr/bin/env python3
"""Fill the English catalog's plural forms from the "(s)" in each source text.

English needs a catalog only for messages with a count (%n): "%n lesson(s)" becomes
"%n lesson" / "%n lessons", "%n address(es)" "%n address" / "%n addresses", and
"%n entr(y/ies)" "%n entry" / "%n entries". Run after `cmake --build build/release --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/ccacademy_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text or ""
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.pop("type", None)
    # "lesson(s)", "address(es)", "entr(y/ies)": the singular and plural endings.
    singular = re.sub(r"\((\w*)/(\w*)\)", r"\1", source).replace("(es)", "").replace("(s)", "")
    plural = re.sub(r"\((\w*)/(\w*)\)", r"\2", source).replace("(es)", "es").replace("(s)", "s")
    for form in (singular, plural):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
    changed += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text)
    f.truncate()
print(f"{path}: {changed} plural message(s) filled")
