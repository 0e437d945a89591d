# Quick start: `make crawl` (real site) and `make test`. Both create/update .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= archive.db
PORT ?= 8001
ARGS ?=

.PHONY: install install-test crawl demo serve lint test quality bench bench-browser bench-peers bench-search bench-size bench-dates clean

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Fails when the crawl fails (exit 1 failed, 75 archive held by another run): make itself
# then exits 2, its message naming the crawl's code; cron runs `scrapy crawl` for the code.
crawl: install  ## crawl arabic.rt.com into ./archive.db (ARGS="-a since=2024-01-01")
	$(BIN)/scrapy crawl rtarabic -s ARCHIVE_DB=$(DB) $(ARGS)

demo: install  ## crawl the bundled replica site on 127.0.0.1 into ./demo.db (no internet)
	$(BIN)/python -m tests.replica.demo --db demo.db

serve: install  ## browse the archive with Datasette (DB=demo.db for the demo; PORT=8001)
	$(BIN)/python -m archive serve --db $(DB) --port $(PORT)

lint: install-test  ## ruff (pyproject.toml config), then imports one way and modules <= 400 lines
	$(BIN)/ruff check .
	$(BIN)/python .ci/import_direction.py

test: install-test
	$(BIN)/python -m pytest $(ARGS)

quality: install  ## extraction quality, ours vs trafilatura alone; fails when a pinned floor drops
	$(BIN)/python -m archive evaluate --floors tests/eval_baseline.json $(ARGS)

bench: install-test  ## extraction cost, end-to-end crawl, writes, re-extraction (a few minutes)
	$(BIN)/python -m bench.extraction --skip-peers
	$(BIN)/python -m bench.crawl --articles 2000
	$(BIN)/python -m bench.writes
	$(BIN)/python -m bench.reextract

bench-browser: install-test  ## a headless-browser page vs a plain page; plain share behind a challenge
	$(BIN)/python -m bench.browser $(ARGS)

bench-search: install-test  ## search latency p50/p95 on a 100,000-article synthetic archive
	$(BIN)/python -m bench.search_latency $(ARGS)

bench-size: install-test  ## archive bytes per article by table on a 2,000-article replica crawl
	$(BIN)/python -m bench.archive_size $(ARGS)

bench-dates: install-test  ## Arabic dates: our rules vs dateparser on tests/arabic_date_cases.py
	$(BIN)/pip install --quiet -e '.[bench-dates]'
	$(BIN)/python -m bench.dates

bench-peers:  ## ours vs trafilatura vs news-please vs newspaper4k, in a separate .venv-bench
	test -d .venv-bench || $(PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install --quiet -e .
	# two steps: one resolver pass over both trips pip on lxml's extras
	.venv-bench/bin/pip install --quiet news-please==1.6.16 newspaper4k==0.9.6 nltk==3.10.4
	.venv-bench/bin/python -m bench.extraction --skip-cost

clean:
	rm -rf $(VENV) .pytest_cache demo.db demo.db-wal demo.db-shm demo.db.lock
