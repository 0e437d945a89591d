"""ReplicaServer: serves a ReplicaSite on 127.0.0.1 from a daemon thread and logs requests."""

from __future__ import annotations

import hashlib
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from .site import ReplicaSite, Route

NOT_FOUND = Route(404, {"Content-Type": "text/html; charset=utf-8"},
                  b"<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
                  b"<body><h1>Not Found</h1></body></html>")


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    server_version = "replica/1.0"
    sys_version = ""

    def do_GET(self) -> None:  # the name http.server calls
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def _answer(self, with_body: bool) -> None:
        replica = self.server.replica
        with replica.lock:
            replica.requests.append((self.command, self.path))
            replica.hits.append(Hit(time.monotonic(), self.command, self.path,
                                    dict(self.headers.items())))
        if replica.delay:
            time.sleep(replica.delay)
        route = (replica.gate(self.path, self.headers) if replica.gate else None) \
            or (replica.override(self.path) if replica.override else None) \
            or replica.site.lookup(self.path) or NOT_FOUND
        if route.fault is not None:
            self._fault(route, replica.hang)
            return
        etag = f'"{hashlib.sha1(route.body).hexdigest()[:16]}"'
        if route.status == 200 and _not_modified(self.headers, etag,
                                                 route.headers.get("Last-Modified")):
            self.send_response(304)
            self.send_header("ETag", etag)
            if "Last-Modified" in route.headers:
                self.send_header("Last-Modified", route.headers["Last-Modified"])
            self.end_headers()
            return
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.status == 200:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        if with_body:
            self.wfile.write(route.body)

    def _fault(self, route: Route, hang: float) -> None:
        self.close_connection = True
        if route.fault == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
            return
        if route.fault == "hang":
            time.sleep(hang)
            return
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.fault == "truncate":
            self.send_header("Content-Length", str(len(route.body) * 2 + 1000))
        elif route.fault != "unsized":
            raise ValueError(f"unknown fault {route.fault!r}")
        self.end_headers()
        self.wfile.write(route.body)
        self.wfile.flush()

    def log_message(self, format: str, *args: object) -> None:
        pass


def _not_modified(headers: Any, etag: str, last_modified: str | None) -> bool:
    """RFC 9110: If-None-Match decides when sent; else If-Modified-Since against the route's
    Last-Modified (a route without one is never "not modified" by date)."""
    if headers.get("If-None-Match") is not None:
        return headers.get("If-None-Match") == etag
    since = headers.get("If-Modified-Since")
    if since is None or last_modified is None:
        return False
    try:
        return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


@dataclass(frozen=True)
class Hit:
    """One request as the replica received it: when (monotonic seconds), method, raw path,
    headers."""

    at: float
    method: str
    path: str
    headers: dict[str, str]


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops connections under a crawler's concurrency;
    # the client's SYN retry then takes a second (a timeout under a short DOWNLOAD_TIMEOUT).
    request_queue_size = 128
    replica: ReplicaServer

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up mid-answer is not the replica's concern


class ReplicaServer:
    """Context manager: `with ReplicaServer() as srv: srv.base_url, srv.site, srv.requests`."""

    def __init__(self, n_articles: int = 60, seed: int = 1, port: int = 0,
                 host: str = "127.0.0.1", delay: float = 0.0,
                 site_factory: Callable[..., Any] = ReplicaSite) -> None:
        self.lock = threading.Lock()
        # Seconds to wait before each answer (to catch a crawl mid-way), and a hook that may
        # answer a path differently (a site gone bad: errors, challenges, new markup).
        self.delay = delay
        self.override: Callable[[str], Route | None] | None = None
        # Answers a request by its headers before anything else (a challenge wanting a cookie).
        self.gate: Callable[[str, Any], Route | None] | None = None
        self.requests: list[tuple[str, str]] = []
        self.hits: list[Hit] = []  # the same requests with their time and headers
        self.hang = 3.0  # seconds a `hang` fault waits before closing
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.replica = self
        self.host, self.port = self._httpd.server_address[:2]
        self.base_url = f"http://{self.host}:{self.port}"
        # Another site served the same way (tests/replica_wp): anything with lookup(path).
        self.site = site_factory(self.base_url, n_articles=n_articles, seed=seed)
        self._thread: threading.Thread | None = None
        self._closed = False

    def start(self) -> ReplicaServer:
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.1,),
                                            name=f"replica-{self.port}", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._thread is not None:
            self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def requested_paths(self) -> list[str]:
        """A snapshot of the raw paths requested so far."""
        with self.lock:
            return [path for _, path in self.requests]

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
