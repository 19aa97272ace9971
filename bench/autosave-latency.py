#!/usr/bin/env python3
"""One portal autosave at a time, on one keep-alive connection: the latency of the request itself, with no queueing.

usage: autosave-latency.py BASE_URL PORTAL_TOKEN QUESTION_ID COUNT
  e.g. autosave-latency.py http://localhost:8090 tgp_... 1 1000   (a token and question from bench/load.sh's
  autosave.csv; start the server with TOLLGATE_RATE_LIMITS_PORTAL_PER_TOKEN_CAPACITY raised, or the portal's
  300 saves a minute per link answer 429)
Alternates two values so that every save changes the answer, sends the version the last save returned, and prints
the percentiles of the second half (the first half warms the path). Standard library only.
"""
import http.client
import json
import sys
import time
import urllib.parse

base, token, question, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port or 80)
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}


def call(method, path, body=None):
    conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = conn.getresponse()
    return response.status, response.read()


status, body = call("GET", "/api/v1/portal/assessment")
if status != 200:
    sys.exit(f"GET /portal/assessment: {status} {body[:200]!r}")
version = next(a["version"] for a in json.loads(body)["answers"] if a["questionId"] == question)
latencies = []
for i in range(count):
    started = time.perf_counter()
    status, body = call("PUT", f"/api/v1/portal/assessment/answers/{question}",
                        {"value": "YES" if i % 2 else "PARTIAL", "version": version})
    latencies.append((time.perf_counter() - started) * 1000)
    if status != 200:
        sys.exit(f"save {i}: {status} {body[:200]!r}")
    version = json.loads(body)["version"]
warm = sorted(latencies[count // 2:])
n = len(warm)
print(f"sequential autosave, last {n} of {count}: p50 {warm[n // 2]:.1f} p90 {warm[int(n * 0.9)]:.1f} "
      f"p99 {warm[min(n - 1, int(n * 0.99))]:.1f} max {warm[-1]:.1f} ms")
