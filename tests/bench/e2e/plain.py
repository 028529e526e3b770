#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end comparison: a plain Python script (urllib + json + csv, standard library only)
runs one Query Metric Aggregates request and writes the same long CSV as
`klaviyo-explorer run --format csv --layout long`.

Usage: plain.py BASE_URL OUTPUT.csv [BODY.json]
  BASE_URL   e.g. http://127.0.0.1:PORT (serve.py)
  BODY.json  the raw request body; default: the same query run_e2e.sh writes
The key comes from KLAVIYO_API_KEY (default pk_bench).

CSV as the app writes it: header `date,<by dimensions>,measurement,value`; one record per
date x group x measurement (dates outermost, then groups in response order, then measurements
in query order); CRLF line ends (csv's default dialect); `date` is the ISO 8601 wall time in
the query timezone with its offset; integral numbers without a fraction, others as the
shortest text that reads back to the same double (repr; exponent notation is not reproduced).
"""

import csv
import datetime
import json
import os
import sys
import urllib.request
import zoneinfo

REVISION = "2026-07-15"
DEFAULT_BODY = {
    "data": {
        "type": "metric-aggregate",
        "attributes": {
            "metric_id": "RESQ6t",
            "measurements": ["count", "sum_value", "unique"],
            "by": ["$message"],
            "interval": "hour",
            "timezone": "UTC",
            "filter": ["greater-or-equal(datetime,2025-01-01T00:00:00+00:00)",
                       "less-than(datetime,2026-01-01T00:00:00+00:00)"],
        },
    }
}


def format_number(value):
    if value is None or value != value:  # missing or NaN
        return ""
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: plain.py BASE_URL OUTPUT.csv [BODY.json]")
    base_url, output = sys.argv[1].rstrip("/"), sys.argv[2]
    body = DEFAULT_BODY
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as f:
            body = json.load(f)
    attributes = body["data"]["attributes"]

    request = urllib.request.Request(
        base_url + "/api/metric-aggregates", data=json.dumps(body).encode(), method="POST",
        headers={"Authorization": "Klaviyo-API-Key " + os.environ.get("KLAVIYO_API_KEY", "pk_bench"),
                 "revision": REVISION, "Accept": "application/vnd.api+json",
                 "Content-Type": "application/vnd.api+json"})
    with urllib.request.urlopen(request) as response:
        document = json.load(response)

    result = document["data"]["attributes"]
    zone = zoneinfo.ZoneInfo(attributes.get("timezone") or "UTC")
    dates = [datetime.datetime.fromisoformat(d).astimezone(zone).isoformat() for d in result["dates"]]
    by = attributes.get("by") or []
    measurements = attributes["measurements"]
    # One formatted column per group x measurement (with its dimension values), then the records.
    columns = []
    for group in result["data"]:
        dims = [group["dimensions"][i] if i < len(group["dimensions"]) else "" for i in range(len(by))]
        for m in measurements:
            series = group["measurements"].get(m) or [None] * len(dates)
            columns.append((dims, m, [format_number(v) for v in series]))

    with open(output, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["date", *by, "measurement", "value"])
        for d, date in enumerate(dates):
            writer.writerows([date, *dims, m, values[d]] for dims, m, values in columns)


if __name__ == "__main__":
    main()
