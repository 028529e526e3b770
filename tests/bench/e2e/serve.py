#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Loopback HTTP/1.1 server for the end-to-end benchmark.

Answers `POST /api/metric-aggregates` (and the 2023-era `/api/metric-aggregates/`) with one
fixed response body held in memory: status 200, `Content-Type: application/vnd.api+json`, an
exact Content-Length. Like Klaviyo it wants `Authorization: Klaviyo-API-Key <key>` (any key)
and a `revision` header; without them it answers a JSON:API error (401 / 400). Other paths get
404. Threaded, keep-alive, binds 127.0.0.1 only, and prints `listening on http://127.0.0.1:PORT`
as its first stdout line.

Usage: serve.py --body RESPONSE.json [--port 0] [--max-requests N]
"""

import argparse
import http.server
import json
import sys
import threading

AGGREGATE_PATHS = ("/api/metric-aggregates", "/api/metric-aggregates/")
API_REVISION = "2026-07-15"


def error_body(status, code, title, detail):
    return json.dumps({"errors": [{"id": "00000000-0000-0000-0000-000000000000", "status": status,
                                   "code": code, "title": title, "detail": detail,
                                   "source": {"pointer": "/data/"}}]}).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kx-bench-e2e"
    sys_version = ""

    def log_message(self, fmt, *args):  # one line per request on stderr, no key in it
        sys.stderr.write("serve.py: %s\n" % (fmt % args))

    def send_body(self, status, body, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.api+json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Klaviyo-API-Revision", self.headers.get("revision") or API_REVISION)
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def drain_request_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        remaining = length
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 65536))
            if not chunk:
                break
            remaining -= len(chunk)

    def do_POST(self):
        self.drain_request_body()
        path = self.path.split("?", 1)[0]
        if path not in AGGREGATE_PATHS:
            self.send_body(404, error_body(404, "not_found", "Not found.", "No route for %s." % path))
            return
        auth = self.headers.get("Authorization", "")
        if not auth.startswith("Klaviyo-API-Key ") or len(auth) <= len("Klaviyo-API-Key "):
            self.send_body(401, error_body(401, "not_authenticated",
                                           "Authentication credentials were not provided.",
                                           "Missing or invalid authorization scheme. Please use Klaviyo-API-Key."))
            return
        if not self.headers.get("revision"):
            self.send_body(400, error_body(400, "invalid", "Invalid input.",
                                           "A revision header is required."))
            return
        self.send_body(200, self.server.response_body,
                       (("RateLimit-Limit", "3, 3;w=1, 60;w=60"), ("RateLimit-Remaining", "2"),
                        ("RateLimit-Reset", "0")))
        self.server.count_request()

    def do_GET(self):
        self.send_body(404, error_body(404, "not_found", "Not found.", "Only POST /api/metric-aggregates is served."))


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, body, max_requests):
        super().__init__(address, Handler)
        self.response_body = body
        self.max_requests = max_requests
        self.served = 0
        self.lock = threading.Lock()

    def count_request(self):
        with self.lock:
            self.served += 1
            if self.max_requests and self.served >= self.max_requests:
                threading.Thread(target=self.shutdown, daemon=True).start()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--body", required=True, help="response body file (make_response.py output)")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--max-requests", type=int, default=0,
                        help="stop after this many successful aggregate answers (0: never)")
    args = parser.parse_args()
    with open(args.body, "rb") as f:
        body = f.read()
    json.loads(body)  # refuse to serve a broken file
    server = Server(("127.0.0.1", args.port), body, args.max_requests)
    print("listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
