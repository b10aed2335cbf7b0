# The single entry point: every documented command is a target here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=
DEMO_ARGS ?=

.PHONY: demo test lint format e2e bench serve migrations-check api-contract cluster cluster-down cluster-bench compose-check clean

# A target named .venv: created on a fresh machine, refreshed when pyproject.toml changes.
$(VENV): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)

demo: $(VENV)
	$(BIN)/xuanyong demo $(DEMO_ARGS)

test: $(VENV)
	$(BIN)/pytest -m "not e2e" -n 2 $(PYTEST_ARGS)

lint: $(VENV)
	$(BIN)/ruff check src tests bench deploy
	$(BIN)/ruff format --check src tests bench deploy
	$(BIN)/mypy

format: $(VENV)
	$(BIN)/ruff check --fix src tests bench deploy
	$(BIN)/ruff format src tests bench deploy

migrations-check: $(VENV)
	$(BIN)/xuanyong manage makemigrations --check --dry-run

# The browser journeys drive Debian's chromium; no browser is ever downloaded.
e2e: $(VENV)
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	$(BIN)/pytest -m e2e $(PYTEST_ARGS)

# Schemathesis runs every operation of the OpenAPI document against a live server (sample data).
api-contract: $(VENV)
	BIN=$(BIN) bash deploy/api-contract

# The whole topology on loopback (PostgreSQL primary + replica, Redis, two app nodes, haproxy,
# worker, beat, event consumer); haproxy is installed with apt when missing.
cluster: $(VENV)
	deploy/local/cluster up

cluster-down:
	deploy/local/cluster down

# Load through haproxy with one and two nodes, then the fault rounds; exits 1 on any loss.
cluster-bench: $(VENV)
	$(BIN)/python bench/cluster.py

# docker compose config where Docker's compose is present, else Debian's docker-compose (apt).
compose-check:
	@if docker compose version >/dev/null 2>&1; then SECRET_KEY=check docker compose -f deploy/compose.yaml config -q; \
	else command -v docker-compose >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null; }; \
	SECRET_KEY=check docker-compose -f deploy/compose.yaml config -q; fi
	@echo "deploy/compose.yaml is valid"

bench: $(VENV)
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

serve: $(VENV)
	$(BIN)/xuanyong serve

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
