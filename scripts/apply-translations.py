#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts file from TSV files of "context<TAB>source<TAB>translation" lines.

    scripts/apply-translations.py translations/govdesk_zh_CN.ts new-strings.tsv [more.tsv ...]

Run after `cmake --build build --target update_translations` has added the new source strings. An entry
is filled when its context and source match a TSV line (source and translation use \\n for a newline and
\\t for a tab). Prints how many entries were filled and lists those still unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    ts_path, tsv_paths = sys.argv[1], sys.argv[2:]
    table = {}
    for path in tsv_paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    print(f"{path}:{number}: expected 3 tab-separated fields", file=sys.stderr)
                    continue
                context, source, translation = parts
                table[(context, unescape(source))] = unescape(translation)
    # Fallback by source alone when a TSV named another context (e.g. gd::X for a Q_DECLARE_TR_FUNCTIONS
    # class, whose context is X): used only when every such line agrees on the translation.
    by_source = {}
    for (context, source), translation in table.items():
        by_source.setdefault(source, set()).add(translation)
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            key = (name, source)
            candidates = by_source.get(source, set())
            if message.get("numerus") == "yes":
                missing.append(key)
            elif key in table or len(candidates) == 1:
                tr.text = table[key] if key in table else next(iter(candidates))
                del tr.attrib["type"]
                filled += 1
            else:
                missing.append(key)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # Qt's own files use <!DOCTYPE TS>; keep the header lupdate writes.
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"filled {filled}; still unfinished {len(missing)}")
    for context, source in missing:
        print(f"  {context}\t{source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
