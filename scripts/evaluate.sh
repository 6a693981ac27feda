#!/usr/bin/env bash
# `make evaluate`: answer quality of the trained model on the development sets (tuned on) and on the frozen
# blind test set (never tuned on; measured at the start and the end of a piece of work). Starts its own
# action server on a free port with a throw-away database, so handoff turns are real.
set -euo pipefail
cd "$(dirname "$0")/.."

MODEL="${MODEL:-models/clinic.tar.gz}"
work="$(mktemp -d)"
port="$(.venv/rasa/bin/python -c 'from testbed.ports import free_port; print(free_port())')"
export CLINIC_ENV=development DATABASE_URL="sqlite:///$work/clinic.db"
export ACTION_SERVER_TOKEN="evaluate-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
.venv/actions/bin/python -m clinic db upgrade >/dev/null
.venv/actions/bin/python -m actions --port "$port" >"$work/actions.log" 2>&1 &
actions=$!
trap 'kill $actions 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

echo "== development set (tests/nlu_eval/visitor_messages.yml) =="
.venv/rasa/bin/python -m tests.nlu_eval.evaluate "$MODEL" --action-server "http://127.0.0.1:$port/webhook" 2>/dev/null
for set in tests/nlu_eval/dev_sets/*.yml; do
  echo
  echo "== development conversation set $set (tuned on) =="
  .venv/rasa/bin/python -m tests.nlu_eval.frozen "$MODEL" --set "$set" --action-server "http://127.0.0.1:$port/webhook" 2>/dev/null \
    | grep -v '^  ' | grep -v ': 0/0$' | grep -v '^per label'
done
echo
echo "== frozen blind test set (tests/nlu_eval/frozen_test_set.yml; never tune on it) =="
.venv/rasa/bin/python -m tests.nlu_eval.frozen "$MODEL" --action-server "http://127.0.0.1:$port/webhook" 2>/dev/null \
  | grep -v '^  ' | grep -v '^per label'
echo
echo "== frozen blind Spanish test set (tests/nlu_eval/frozen_es_test_set.yml, issue 14; never tune on it) =="
.venv/rasa/bin/python -m tests.nlu_eval.frozen "$MODEL" --set tests/nlu_eval/frozen_es_test_set.yml \
  --action-server "http://127.0.0.1:$port/webhook" 2>/dev/null | grep -v '^  ' | grep -v '^per label'
