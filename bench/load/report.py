#!/usr/bin/env python3
"""Prints throughput and p50/p95/p99 per request type from a Gatling report folder (its statistics table).
usage: report.py REPORT_DIR     Standard library only."""
import html.parser
import os
import sys


class StatsTable(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.row, self.name, self.cell = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr" and a.get("id"):
            self.row, self.name = {}, None
        elif self.row is not None and tag == "span" and a.get("class") == "ellipsed-name":
            self.cell = "name"
        elif self.row is not None and tag == "td" and "value" in (a.get("class") or ""):
            self.cell = next(c for c in a["class"].split() if c.startswith("col-"))

    def handle_data(self, data):
        if self.row is not None and self.cell and data.strip():
            self.row[self.cell] = data.strip()
            self.cell = None

    def handle_endtag(self, tag):
        if tag == "tr" and self.row:
            self.rows.append(self.row)
            self.row = None


table = StatsTable()
table.feed(open(os.path.join(sys.argv[1], "index.html"), encoding="utf-8").read())
print(f"  {'request':36} {'ok':>7} {'ko':>5} {'req/s':>8} {'p50':>6} {'p95':>6} {'p99':>6} {'max':>6}  (ms)")
seen = set()
for r in table.rows:
    if "col-2" not in r or r.get("name") in seen:
        continue
    seen.add(r.get("name"))
    print(f"  {r.get('name', '?'):36} {r['col-3']:>7} {r['col-4']:>5} {r['col-6']:>8} {r['col-8']:>6} {r['col-10']:>6} {r['col-11']:>6} {r['col-12']:>6}")
