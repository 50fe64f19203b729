# newsmon: two commands do all set-up on a fresh machine with python3 (3.11+) and make:
#   make demo   creates .venv from the lock, then runs the monitor over the bundled sources
#   make test   creates .venv from the lock, then runs the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= data/newsmon.duckdb

.PHONY: demo test bench bench-profile bench-extract bench-extract-stages bench-parse replay-dev lock clean install

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newsmon needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -qq --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsmon run --sources seeds/sources.toml --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q

# make bench ARTICLES=5000 RUNNERS=processes,threads,dask REPEAT=3
bench: $(STAMP)
	$(BIN)/python tests/bench/bench_e2e.py --articles $(or $(ARTICLES),1000) --runners $(or $(RUNNERS),processes) \
		--repeat $(or $(REPEAT),3)

bench-profile: $(STAMP)
	$(BIN)/python tests/bench/bench_profile.py --articles $(or $(ARTICLES),300)

bench-extract: $(STAMP)
	$(BIN)/python tests/bench/bench_extract.py

bench-extract-stages: $(STAMP)
	$(BIN)/python tests/bench/bench_extract_stages.py

bench-parse: $(STAMP)
	$(BIN)/python tests/bench/bench_parse.py

replay-dev: $(STAMP)
	$(BIN)/python tests/bench/replay_dev.py

# Re-resolve the pinned dependencies from pyproject.toml (needs the package index).
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install -qq --disable-pip-version-check ".[test,bench]"
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^newsmon' > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) data .pytest_cache
