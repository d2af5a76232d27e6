#!/usr/bin/env python3
"""Builds labelled.tsv from src/<topic in pinyin>.txt (lines "sentiment|text", written by hand).

The split is fixed here, before any evaluation: within each (topic, sentiment) group, in file order,
the 1st, 3rd, 5th… message goes to dev and the 2nd, 4th… to test (stratified by topic and sentiment).
Run once; the committed labelled.tsv is the dataset, this script only documents how it was split."""
import pathlib

TOPICS = [("噪音", "zaoyin"), ("停车", "tingche"), ("物业", "wuye"), ("学位", "xuewei"), ("医保", "yibao"),
          ("交通", "jiaotong"), ("环境卫生", "huanjingweisheng"), ("社保", "shebao"), ("户籍", "huji"),
          ("养老", "yanglao"), ("其他", "qita")]
here = pathlib.Path(__file__).parent
rows = []
for topic, file in TOPICS:
    seen = {}
    for line in (here / "src" / f"{file}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        sentiment, text = line.split("|", 1)
        k = seen.get(sentiment, 0)
        seen[sentiment] = k + 1
        rows.append((("dev" if k % 2 == 0 else "test"), topic, sentiment, text.strip()))
with open(here / "labelled.tsv", "w", encoding="utf-8") as out:
    out.write("id\tsplit\ttopic\tsentiment\ttext\n")
    for i, (split, topic, sentiment, text) in enumerate(rows, 1):
        assert "\t" not in text
        out.write(f"op{i:04d}\t{split}\t{topic}\t{sentiment}\t{text}\n")
