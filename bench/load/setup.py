#!/usr/bin/env python3
"""Prepares the data the load mix needs on a running Tollgate, through its API, and writes the feeder CSVs.

usage: setup.py BASE_URL ADMIN_PASSWORD OUT_DIR AUTOSAVE_ASSESSMENTS SUBMIT_ASSESSMENTS

- vendors.csv: every vendor id (risk reads pick from it);
- autosave.csv: token,questionId,value for the YES/NO questions of AUTOSAVE_ASSESSMENTS assessments of the
  built-in 52-question baseline template (the portal's real autosave: whole questionnaire evaluated per save);
- submit.csv: tokens of SUBMIT_ASSESSMENTS assessments of a small three-question template, every required
  question answered, so each submit succeeds once.
Only the standard library, so it runs wherever python3 does.
"""
import concurrent.futures
import csv
import datetime
import json
import os
import sys
import urllib.request
import uuid

BASE, PASSWORD, OUT, N_AUTOSAVE, N_SUBMIT = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])


def call(method, path, body=None, token=None):
    req = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read() or b"null")


admin = call("POST", "/api/v1/auth/login", {"username": "admin", "password": PASSWORD})["accessToken"]
os.makedirs(OUT, exist_ok=True)

vendor_ids, page = [], 0
while True:
    p = call("GET", f"/api/v1/vendors?page={page}&size=100&sort=name", token=admin)
    vendor_ids += [v["id"] for v in p["items"]]
    page += 1
    if page >= p["totalPages"]:
        break
with open(os.path.join(OUT, "vendors.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["vendorId"])
    w.writerows([v] for v in vendor_ids)

templates = call("GET", "/api/v1/questionnaire-templates", token=admin)
templates = templates["items"] if isinstance(templates, dict) else templates
baseline = next(t for t in templates if t["name"].startswith("SaaS security baseline"))["id"]
yes_no = lambda key, code: {"key": key, "type": "YES_NO_PARTIAL_NA", "text": f"Is {key} in place?", "required": True,
                            "controls": [{"controlCode": code, "rules": [{"answers": ["YES"], "status": "MET"},
                                                                         {"answers": ["NO"], "status": "NOT_MET"}]}]}
small = call("POST", "/api/v1/questionnaire-templates", {
    "name": "Load benchmark " + uuid.uuid4().hex[:8], "version": 1, "status": "PUBLISHED",
    "sections": [{"title": "Identity", "questions": [yes_no("mfa", "C01"), yes_no("sso", "C03"), yes_no("logging", "C11")]}]},
    token=admin)["id"]
due = (datetime.date.today() + datetime.timedelta(days=60)).isoformat()


def invite(i, template):
    a = call("POST", "/api/v1/assessments", {"vendorId": vendor_ids[i % len(vendor_ids)], "templateId": template,
                                             "dueDate": due, "respondentEmail": f"respondent{i}@bench.example"}, token=admin)
    return a["portalToken"]


def autosave_rows(i):
    token = invite(i, baseline)
    view = call("GET", "/api/v1/portal/assessment", token=token)
    return [(token, q["id"], "YES") for s in view["sections"] for q in s["questions"]
            if q["type"] == "YES_NO_PARTIAL_NA" and not q.get("showWhen")]


def ready_to_submit(i):
    token = invite(100000 + i, small)
    for s in call("GET", "/api/v1/portal/assessment", token=token)["sections"]:
        for q in s["questions"]:
            call("PUT", f"/api/v1/portal/assessment/answers/{q['id']}", {"value": "YES", "version": 0}, token=token)
    return token


with concurrent.futures.ThreadPoolExecutor(8) as pool:
    rows = [r for rs in pool.map(autosave_rows, range(N_AUTOSAVE)) for r in rs]
    tokens = list(pool.map(ready_to_submit, range(N_SUBMIT)))
with open(os.path.join(OUT, "autosave.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["portalToken", "questionId", "value"])
    w.writerows(rows)
with open(os.path.join(OUT, "submit.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["portalToken"])
    w.writerows([t] for t in tokens)
with open(os.path.join(OUT, "admin.token"), "w") as f:
    f.write(admin)
print(f"setup: {len(vendor_ids)} vendors, {N_AUTOSAVE} autosave assessments ({len(rows)} answers), {len(tokens)} ready to submit")
