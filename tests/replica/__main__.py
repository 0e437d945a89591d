"""`python -m tests.replica [--port N] [--articles N] [--seed N]`: serve until stopped."""

from __future__ import annotations

import argparse
import signal
import threading

from .server import ReplicaServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.replica", description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    server = ReplicaServer(n_articles=args.articles, seed=args.seed, port=args.port,
                           host=args.host)
    with server:
        print(f"serving replica on {server.base_url}", flush=True)
        site = server.site
        print(f"{len(site.expected)} articles, {len(site.not_articles)} broken pages; "
              "Ctrl-C to stop", flush=True)
        while not stop.wait(0.2):
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
