#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a Query Metric Aggregates response body for the end-to-end benchmark.

The body has Klaviyo's JSON:API shape (shared/klaviyo-api.md section 4.4): one
`metric-aggregate` resource whose attributes hold the hourly `dates` of 2025 (8,760 UTC
instants written `2025-01-01T00:00:00+00:00`) and 100 `$message` groups, each with the three
measurements `count`, `sum_value` and `unique` as arrays of floats aligned with `dates`.
Values are pseudo-random but deterministic (splitmix64, fixed seed), written as Klaviyo writes
them: `count` and `unique` as integral floats (`2.0`, `0.0`), `sum_value` with cents (`13.57`).
The JSON is compact (no spaces), as Klaviyo's API serves it; about 18 MB.

Usage: make_response.py OUTPUT.json [--groups N] [--year YYYY]
"""

import argparse
import datetime
import json
import sys

MASK64 = (1 << 64) - 1
ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32, as in ULIDs


class SplitMix64:
    """Small deterministic generator: the same bytes on every Python version and platform."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n


def message_id(rng):
    """A 26-character ULID-like campaign/flow-message id, e.g. 01GMRWDSA0ARTAKE1SFX8JGXAY."""
    return "01" + "".join(ULID_ALPHABET[rng.below(32)] for _ in range(24))


def hourly_dates(year):
    start = datetime.datetime(year, 1, 1, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(year + 1, 1, 1, tzinfo=datetime.timezone.utc)
    hours = int((end - start).total_seconds() // 3600)
    return [(start + datetime.timedelta(hours=h)).isoformat() for h in range(hours)]


def group_series(rng, hours):
    """count/sum_value/unique for one group: mostly small counts, some empty hours."""
    activity = 1 + rng.below(5000)  # how busy this message is
    count, sum_value, unique = [], [], []
    for _ in range(hours):
        r = rng.next()
        if r % 10 == 0:  # an hour without events
            count.append(0.0)
            sum_value.append(0.0)
            unique.append(0.0)
            continue
        c = 1 + (r >> 8) % activity
        u = 1 + (r >> 20) % c
        cents = (r >> 32) % (c * 10000)  # up to 100.00 per event
        count.append(float(c))
        sum_value.append(cents / 100)
        unique.append(float(u))
    return {"count": count, "sum_value": sum_value, "unique": unique}


def build(groups, year):
    rng = SplitMix64(0x4B6C6176697969)  # "Klaviyi"
    dates = hourly_dates(year)
    rows = []
    seen = set()
    for _ in range(groups):
        mid = message_id(rng)
        while mid in seen:
            mid = message_id(rng)
        seen.add(mid)
        rows.append({"dimensions": [mid], "measurements": group_series(rng, len(dates))})
    self_link = "https://a.klaviyo.com/api/metric-aggregates"
    return {
        "data": {
            "type": "metric-aggregate",
            "id": "4290621170589644056",
            "attributes": {"dates": dates, "data": rows},
            "links": {"self": self_link, "next": None, "prev": None},
        },
        "links": {"self": self_link, "next": None, "prev": None},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--groups", type=int, default=100)
    parser.add_argument("--year", type=int, default=2025)
    args = parser.parse_args()
    body = build(args.groups, args.year)
    text = json.dumps(body, separators=(",", ":"), allow_nan=False)
    with open(args.output, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    attrs = body["data"]["attributes"]
    print(f"{args.output}: {len(text)} bytes, {len(attrs['data'])} groups x 3 measurements x "
          f"{len(attrs['dates'])} dates", file=sys.stderr)


if __name__ == "__main__":
    main()
