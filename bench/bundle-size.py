#!/usr/bin/env python3
"""Initial JavaScript of a page of the built SPA, gzipped: the entry chunk plus the lazy chunks the page's route
needs before it can render (by default the app shell and the dashboard route), each with everything they import
statically. Chunks fetched later by dynamic import() (such as the trend chart and recharts) are not counted.

Usage: bench/bundle-size.py [dist-dir] [route-chunk-prefix ...]
       (default: frontend/target/classes/public app-layout dashboard)
"""
import gzip
import pathlib
import re
import sys

dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "frontend/target/classes/public")
prefixes = sys.argv[2:] or ["app-layout", "dashboard"]
assets = dist / "assets"
html = (dist / "index.html").read_text()
entry = re.findall(r'<script[^>]+src="/assets/([^"]+\.js)"', html)
preloads = re.findall(r'<link[^>]+rel="modulepreload"[^>]+href="/assets/([^"]+\.js)"', html)
# Static imports in Rollup output: import{..}from"./x.js" / import"./x.js" (not import("./x.js")).
static_import = re.compile(r'(?:from|import)\s*"\./([^"]+\.js)"')


def closure(names):
    seen, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(static_import.findall((assets / name).read_text()))
    return seen


roots = entry + preloads
for prefix in prefixes:
    matches = sorted(p.name for p in assets.glob(prefix + "-*.js"))
    if not matches:
        sys.exit(f"no chunk named {prefix}-*.js in {assets}")
    roots.append(matches[0])
chunks = closure(roots)
total_raw = total_gz = 0
for name in sorted(chunks):
    raw = (assets / name).read_bytes()
    gz = len(gzip.compress(raw, 9))
    total_raw += len(raw)
    total_gz += gz
    print(f"{gz / 1000:8.1f} kB gz {len(raw) / 1000:8.1f} kB  {name}")
print(f"{total_gz / 1000:8.1f} kB gz (= {total_gz / 1024:.1f} KiB) {total_raw / 1000:8.1f} kB  total initial JS ({len(chunks)} chunks; roots: {', '.join(roots)})")
