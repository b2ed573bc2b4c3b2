# Dortmund International: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
MANAGE := $(PY) manage.py

.PHONY: run test test-browser test-db lint check setup db chromium ffmpeg vnu redis wrk bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

setup: $(VENV)/.installed
	$(MANAGE) compile_catalogues

db: setup ffmpeg
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) ensure_admin

## Sets up, loads the demo content and serves the site on http://127.0.0.1:$(PORT)
run: db ffmpeg
	$(MANAGE) runserver 127.0.0.1:$(PORT)

## Sets up and runs the whole test suite (SQLite, or PostgreSQL with DATABASE_URL set),
## browser tests in headless Chromium and the W3C HTML check included.
test: setup chromium ffmpeg vnu redis
	$(PY) -m pytest -q

## The suite without the browser tests (what CI runs a second time on PostgreSQL).
test-db: setup ffmpeg vnu redis
	$(PY) -m pytest -q -m "not browser"

test-browser: setup chromium ffmpeg
	$(PY) -m pytest -q -m browser

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: setup
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check

# Debian's Chromium for the browser tests (Playwright drives it; it downloads nothing).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

# The W3C Nu Html Checker (npm's vnu-jar, run with Java 17) for the HTML validity test.
VNU_VERSION := 26.9.27
vnu:
	@command -v java >/dev/null 2>&1 || { \
	  echo "Installing Debian's Java runtime for the Nu Html Checker"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }
	@command -v npm >/dev/null 2>&1 || { \
	  echo "Installing Debian's npm for the Nu Html Checker"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq npm >/dev/null; }
	@test -f node_modules/vnu-jar/build/dist/vnu.jar || \
	  npm install --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
	    vnu-jar@$(VNU_VERSION) >/dev/null

# Debian's ffmpeg: ffprobe checks uploaded sign-language videos (and the demo's sample).
ffmpeg:
	@command -v ffprobe >/dev/null 2>&1 || { \
	  echo "Installing Debian's ffmpeg (ffprobe checks uploaded videos)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq ffmpeg >/dev/null; }

# A local Redis for the page cache's two-instance test (tests/pagecache): started when
# none answers, installed from Debian when missing.
redis:
	@redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  command -v redis-server >/dev/null 2>&1 || { \
	    echo "Installing Debian's redis-server for the page cache tests"; \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq redis-server >/dev/null; }; \
	  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes >/dev/null; \
	  for _ in $$(seq 1 30); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.2; done; }

# Debian's wrk for the benchmark.
wrk:
	@command -v wrk >/dev/null 2>&1 || { \
	  echo "Installing Debian's wrk for the benchmark"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq wrk >/dev/null; }

## Throughput and latency under gunicorn with production settings, then the sitemap, search
## and admin lists at 10,000 pages (see docs/benchmark.md).
bench: setup wrk
	$(PY) bench/run.py
	$(PY) bench/scale.py

clean:
	rm -rf $(VENV) staticfiles artifacts node_modules
