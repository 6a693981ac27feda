# The two commands a newcomer needs: `make run` and `make test`. Everything else is what they build on.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
.DEFAULT_GOAL := help

RASA_ENV := .venv/rasa
ACTIONS_ENV := .venv/actions
RASA := $(RASA_ENV)/bin/rasa
RASA_PY := $(RASA_ENV)/bin/python
ACTIONS_PY := $(ACTIONS_ENV)/bin/python
SPACY_PIPELINE := build/spacy/clinic_en
MODEL := models/clinic.tar.gz
WEB_MODULES := website/node_modules/.package-lock.json

export PYTHONPATH := $(CURDIR)
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONWARNINGS := ignore::DeprecationWarning,ignore::PendingDeprecationWarning
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml') \
	$(SPACY_PIPELINE)/meta.json assistant/nlu.py assistant/policies.py assistant/language.py

.PHONY: FORCE help run cluster scale-check test lint bench evaluate setup spacy train validate test-stories pytest postgres redis nginx browser screenshots sms handoffs clean

help:
	@echo "make run    set up what is missing, train if needed, start the assistant (REST + socket.io on :5005)"
	@echo "make cluster  the same with 2 Rasa replicas, 2 action servers, PostgreSQL, Redis and nginx (:8080)"
	@echo "make scale-check  40 visitors' intakes through that set-up while a replica, Redis and an action server fail"
	@echo "make test   set up what is missing, then lint (ruff, mypy), validate the data, run the test stories and pytest"
	@echo "make bench  latency, throughput, memory, start-up and training time, against Rasa's stock assistant"
	@echo "make evaluate  answer quality on the development set and the frozen blind test set"

setup: $(RASA_ENV)/.installed $(ACTIONS_ENV)/.installed

$(RASA_ENV)/.installed: requirements/rasa.lock.txt scripts/setup_env.sh
	@scripts/setup_env.sh rasa

$(ACTIONS_ENV)/.installed: requirements/actions.lock.txt scripts/setup_env.sh
	@scripts/setup_env.sh actions

spacy: $(SPACY_PIPELINE)/meta.json

$(SPACY_PIPELINE)/meta.json: clinic/lexicon.yml clinic.yml assistant/spacy_pipeline.py | $(RASA_ENV)/.installed
	$(RASA_PY) -m assistant.spacy_pipeline $(SPACY_PIPELINE)

train: $(MODEL)

# The list of training files, rewritten only when a file is added or removed (a removed data file changes no
# date, so without it the model would keep what the file taught).
TRAINING_LIST := build/training-inputs.txt
$(TRAINING_LIST): FORCE
	@mkdir -p build && printf '%s\n' $(TRAINING_INPUTS) | sort > $@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi

FORCE:

# Retrains only when the data, config, domain, spaCy pipeline or a trained component's code changed.
$(MODEL): $(TRAINING_INPUTS) $(TRAINING_LIST) | $(RASA_ENV)/.installed
	$(RASA) train --force --fixed-model-name clinic --out models
	@touch $(MODEL)

run: setup $(MODEL) $(WEB_MODULES)
	@scripts/run.sh

# Several replicas on this machine: PostgreSQL, Redis, 2 action servers, 2 Rasa servers, the staff app and
# the website, nginx in front on :8080 (README: "Running several replicas"). Ctrl-C stops everything.
cluster: setup postgres redis nginx $(MODEL) $(WEB_MODULES)
	@scripts/cluster.sh

# The same set-up on ports and in a folder of its own, 40 visitors completing intakes over REST, socket.io
# and SMS while a replica is killed, Redis restarted and an action server killed (bench/scale_check.py).
scale-check: setup postgres redis nginx $(MODEL) $(WEB_MODULES)
	$(RASA_PY) -m bench.scale_check

validate: $(RASA_ENV)/.installed $(SPACY_PIPELINE)/meta.json
	@mkdir -p results
	$(RASA) data validate --fail-on-warnings --data data tests/validation 2>&1 | tee results/validate.log
	@! grep -q "UserWarning" results/validate.log || { echo "rasa data validate printed warnings (above)"; exit 1; }

test-stories: $(MODEL)
	$(RASA) test core --model $(MODEL) --stories tests/stories --fail-on-prediction-errors --out results/stories

# The action-server environment runs the tests of what it imports (core, storage, actions); the Rasa
# environment runs the rest (its SQLAlchemy 1.4 cannot import the storage layer).
ACTIONS_SIDE_TESTS := tests/core tests/storage tests/actions tests/staff tests/security/test_staff_security.py \
	tests/test_readability.py

postgres:
	@scripts/ensure_postgres.sh

redis:
	@scripts/ensure_redis.sh

nginx:
	@scripts/ensure_nginx.sh

# the widget's socket.io client and the browser tests' driver (npm), and Debian's Chromium
$(WEB_MODULES): website/package.json website/package-lock.json
	cd website && npm ci --no-audit --no-fund --silent

browser: $(WEB_MODULES)
	@scripts/ensure_browser.sh

pytest: setup postgres redis nginx browser $(MODEL)
	$(ACTIONS_PY) -m pytest -q $(ACTIONS_SIDE_TESTS)
	$(RASA_PY) -m pytest -q tests $(addprefix --ignore=,$(filter-out tests/core,$(ACTIONS_SIDE_TESTS)))

# ruff over the whole tree, mypy over the core and the action server (settings: pyproject.toml)
lint: setup
	$(ACTIONS_PY) -m ruff check .
	$(ACTIONS_PY) -m mypy

test: setup lint validate test-stories pytest

bench: setup postgres redis nginx $(MODEL)
	$(RASA_PY) -m bench.run

# answer quality on the development set and on the frozen blind test set (figures only, no misses)
evaluate: setup $(MODEL)
	@scripts/evaluate.sh

# screenshots of the landing page, the privacy notice, the open chat (desktop and phone, unreachable, a crisis
# reply) and the staff pages, into screenshots/
screenshots: setup browser $(MODEL)
	SCREENSHOTS_DIR=$(CURDIR)/screenshots $(RASA_PY) -m pytest -q tests/test_browser.py
	@echo "screenshots in $(CURDIR)/screenshots/"

# Text the assistant from this terminal through the local Twilio stand-in (run `make run` in another one).
sms: $(RASA_ENV)/.installed
	@$(RASA_PY) -m testbed.twilio_standin --port 5099 & standin=$$!; trap "kill $$standin" EXIT; sleep 1; \
	$(RASA_PY) -m testbed.twilio_standin --chat --port 5099

handoffs: $(ACTIONS_ENV)/.installed
	$(ACTIONS_PY) -m clinic handoffs list

clean:
	rm -rf build models results .pytest_cache
