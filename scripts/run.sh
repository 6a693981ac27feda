#!/usr/bin/env bash
# Starts the action server (:5055), the alert worker, the website and staff app (:5080) and the Rasa server
# (:5005, REST and socket.io), and stops them all on Ctrl-C.
# Called by `make run`, which has already set up the environments and trained the model.
set -euo pipefail
cd "$(dirname "$0")/.."

RASA_PORT="${RASA_PORT:-5005}"
ACTIONS_PORT="${ACTIONS_PORT:-5055}"
MODEL="${MODEL:-models/clinic.tar.gz}"

# `make run` is the development mode: shipped development values are accepted, and every secret that is not
# set is created once at random in var/secrets/ and kept across restarts (clinic/settings.py). Production
# runs without CLINIC_ENV and refuses to start until the clinic has set each secret.
export CLINIC_ENV="${CLINIC_ENV:-development}"
dev_secret() { .venv/actions/bin/python -c "from clinic.settings import secret; print(secret('$1'))"; }
export ACTION_SERVER_TOKEN="${ACTION_SERVER_TOKEN:-$(dev_secret ACTION_SERVER_TOKEN)}"
export CLINIC_REST_TOKEN="${CLINIC_REST_TOKEN:-$(dev_secret CLINIC_REST_TOKEN)}"
# the chat widget is served by the staff app's web server; socket.io accepts only that site's origin
export WEBCHAT_ALLOWED_ORIGINS="${WEBCHAT_ALLOWED_ORIGINS:-http://localhost:${STAFF_PORT:-5080},http://127.0.0.1:${STAFF_PORT:-5080}}"

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "stopping the assistant..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

.venv/rasa/bin/python - <<'PY'
from clinic.profile import load_profile
p = load_profile()
if p.phone_is_placeholder:
    print(f"note: the clinic profile's phone {p.phone} is a placeholder; set the real one in clinic.yml "
          "(or point CLINIC_PROFILE at your own profile) before visitors see it.")
PY

# the handoff database: $DATABASE_URL, or the embedded SQLite file in var/ (brought to the newest schema)
.venv/actions/bin/python -m clinic db upgrade
# the action server: 127.0.0.1 only, and every call must carry ACTION_SERVER_TOKEN (actions/__main__.py)
.venv/actions/bin/python -m actions --port "$ACTIONS_PORT" &
pids+=($!)
# staff alerts for new handoffs (clinic/alerts.py): without SMTP or Twilio settings, files in var/alerts/
STAFF_BASE_URL="${STAFF_BASE_URL:-http://localhost:${STAFF_PORT:-5080}}" .venv/actions/bin/python -m clinic alerts &
pids+=($!)
# the staff review app (accounts: .venv/actions/bin/python -m staff add-user NAME [--admin])
.venv/actions/bin/python -m staff serve --port "${STAFF_PORT:-5080}" &
pids+=($!)
.venv/rasa/bin/rasa run --model "$MODEL" --port "$RASA_PORT" \
  --credentials credentials.yml --endpoints endpoints.yml &
pids+=($!)

cat <<MSG

The assistant is starting (about 15 seconds). Then:
  website    http://localhost:${STAFF_PORT:-5080}/   (the chat widget talks to socket.io on :${RASA_PORT})
  REST       for integrations, with the development token (kept in var/secrets/):
             curl -s localhost:${RASA_PORT}/webhooks/rest/webhook -H "Authorization: Bearer \$(cat var/secrets/clinic_rest_token)" \\
                  -d '{"sender": "me", "message": "hi"}'
  actions    http://127.0.0.1:${ACTIONS_PORT}/health   (calls need ACTION_SERVER_TOKEN)
  staff app  http://localhost:${STAFF_PORT:-5080}/staff/   (create an account first: .venv/actions/bin/python -m staff add-user NAME --admin)
  handoffs   make handoffs   (or .venv/actions/bin/python -m clinic handoffs show CODE)
  alerts     a file per staff alert in var/alerts/ (set ALERT_EMAIL_TO and SMTP_HOST, or ALERT_SMS_TO, to send them)
Press Ctrl-C to stop them all (Rasa, the action server, the alert worker, the website and staff app).

MSG
wait -n "${pids[@]}"
