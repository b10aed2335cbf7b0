# The single entry point: every documented command is a target here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=
DEMO_ARGS ?=

.PHONY: demo test lint format e2e bench serve migrations-check messages api-contract cluster cluster-down cluster-bench compose-check clean

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

# English for the strings set in Python: one catalog per app, and lib/locale for lib/ and
# admin_site.py, which belong to no app (templates' strings: src/xuanyong/locale). makemessages
# runs without settings: with them it would write every app's strings into LOCALE_PATHS[0].
# The templates' strings (pages and e-mails) go to the project catalog, src/xuanyong/locale
# (--ignore='*/locale': else makemessages would file content's and opendata's templates under
# those apps' catalogs, dropping their Python strings).
# Fill the new msgstr lines, then `make messages` again to compile. The compiled .mo files are
# committed, so only this target needs gettext (installed with apt when missing).
MESSAGE_APPS := accounts analytics api catalog content leads opendata portal privacy reviews runtime search security web
messages: $(VENV)
	@command -v msgfmt >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext; }
	cd src/xuanyong && env -u DJANGO_SETTINGS_MODULE $(CURDIR)/$(BIN)/django-admin makemessages -l en -e html,txt \
		--add-location=file --no-obsolete --ignore='static/*' --ignore='*/locale' -v 0
	@for app in $(MESSAGE_APPS); do (cd src/xuanyong/$$app && mkdir -p locale && env -u DJANGO_SETTINGS_MODULE \
		$(CURDIR)/$(BIN)/django-admin makemessages -l en -e py --add-location=file --no-obsolete --ignore=migrations -v 0) || exit 1; done
	cd src/xuanyong && xgettext -L Python --from-code=UTF-8 --add-location=file -o lib/locale/django.pot \
		--keyword=gettext_noop --keyword=gettext_lazy --keyword=pgettext:1c,2 --keyword=pgettext_lazy:1c,2 lib/*.py admin_site.py \
		&& msgmerge -q --update --backup=none --add-location=file lib/locale/en/LC_MESSAGES/django.po lib/locale/django.pot \
		&& msgattrib --no-obsolete --add-location=file -o lib/locale/en/LC_MESSAGES/django.po lib/locale/en/LC_MESSAGES/django.po \
		&& rm lib/locale/django.pot
	cd src/xuanyong && for po in locale/en/LC_MESSAGES/django.po */locale/en/LC_MESSAGES/django.po; do msgfmt --check -o $${po%.po}.mo $$po || exit 1; done

# The browser journeys drive Debian's chromium; no browser is ever downloaded.
# Chinese glyphs (Noto CJK) so pages render as users see them: axe's contrast checks and the
# LCP/CLS budgets measure real text, not missing-glyph boxes.
e2e: $(VENV)
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@dpkg -s fonts-noto-cjk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk; }
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
