#!/usr/bin/env bash
# Runs the several-replica set-up on this machine and stops it on Ctrl-C (or SIGTERM): PostgreSQL (databases
# `clinic` and `rasa`), Redis, two action servers, two Rasa replicas, the website and staff app under gunicorn,
# and nginx in front (deploy/nginx.conf). Everything listens on 127.0.0.1 except nginx's public port.
# Called by `make cluster`, which has already installed what is missing and trained the model.
#
# Its working folder is $CLUSTER_DIR (default var/cluster/): the databases' files, Redis's append-only file,
# the rendered nginx and channel configuration, logs/ and pids/. It is kept between runs, so conversations
# and handoffs are still there after a restart. When every server answers, it prints a table and writes
# $CLUSTER_DIR/ready (the test waits for that file). Ports and settings: README, "Running several replicas".
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

CLUSTER_DIR="$(mkdir -p "${CLUSTER_DIR:-var/cluster}" && cd "${CLUSTER_DIR:-var/cluster}" && pwd)"
MODEL="${MODEL:-models/clinic.tar.gz}"
PROXY_BIND="${PROXY_BIND:-0.0.0.0}"
PROXY_PORT="${PROXY_PORT:-8080}"
TLS_PORT="${TLS_PORT:-8443}"
RASA_PORT_1="${RASA_PORT_1:-5105}"
RASA_PORT_2="${RASA_PORT_2:-5106}"
ACTIONS_PORT_1="${ACTIONS_PORT_1:-5155}"
ACTIONS_PORT_2="${ACTIONS_PORT_2:-5156}"
ACTIONS_PROXY_PORT="${ACTIONS_PROXY_PORT:-5150}"
STAFF_PORT="${STAFF_PORT:-5180}"
PG_PORT="${PG_PORT:-5440}"
REDIS_PORT="${REDIS_PORT:-6390}"
DB_USER="${CLUSTER_DB_USER:-clinic}"
export CLUSTER_DIR PROXY_BIND PROXY_PORT TLS_PORT RASA_PORT_1 RASA_PORT_2 ACTIONS_PORT_1 ACTIONS_PORT_2 \
  ACTIONS_PROXY_PORT STAFF_PORT  # deploy/nginx.conf's placeholders
PUBLIC_URL="${CLUSTER_PUBLIC_URL:-http://localhost:$PROXY_PORT}"
export TWILIO_PUBLIC_URL="${TWILIO_PUBLIC_URL:-$PUBLIC_URL/webhooks/twilio/webhook}"
export CLINIC_ENV="${CLINIC_ENV:-development}"
if [ "$CLINIC_ENV" != development ] && [ -z "${CLUSTER_PUBLIC_URL:-}" ]; then
  echo "the cluster was not started: set CLUSTER_PUBLIC_URL to the address visitors use" \
       "(e.g. https://chat.example-clinic.com)" >&2
  exit 2
fi
export PYTHONPATH="$ROOT" RASA_TELEMETRY_ENABLED=false PYTHONUNBUFFERED=1
RASA_PY=.venv/rasa/bin/python
ACTIONS_PY=.venv/actions/bin/python

LOGS="$CLUSTER_DIR/logs" PIDS="$CLUSTER_DIR/pids"
mkdir -p "$LOGS" "$PIDS" "$CLUSTER_DIR/redis" "$CLUSTER_DIR/nginx/tmp"
chmod 755 "$CLUSTER_DIR"  # PostgreSQL's own account must reach its folder in here when started by root
for pidfile in "$PIDS"/*.pid; do  # a run that was itself killed leaves its servers running
  if [ -e "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "$(basename "$pidfile" .pid) of an earlier run is still running (pid $(cat "$pidfile")): stop it first" >&2
    exit 1
  fi
done
rm -f "$CLUSTER_DIR/ready" "$PIDS"/*.pid

# --- secrets ---------------------------------------------------------------------------------------------
# clinic/settings.py decides: in development (the default here) each one that is not set is made once at
# random and kept in var/secrets/; in production (CLINIC_ENV=production) a missing, short or
# shipped value stops the script here, naming the setting, before anything starts.
secrets_sh="$("$ACTIONS_PY" - <<'PY'
import os, shlex, sys
from urllib.parse import quote
from clinic.settings import InsecureSettingError, development_mode, secret

names = ["ACTION_SERVER_TOKEN", "WEBCHAT_SESSION_SECRET", "SMS_HASH_KEY", "STAFF_SECRET_KEY",
         "CLUSTER_DB_PASSWORD", "CLUSTER_REDIS_PASSWORD"]
if development_mode() or os.environ.get("CLINIC_REST_TOKEN"):  # production without it: REST stays off
    names.append("CLINIC_REST_TOKEN")
try:
    values = {name: secret(name) for name in names}
except InsecureSettingError as problem:
    sys.exit(f"the cluster was not started: {problem}")
for name, value in values.items():
    print(f"export {name}={shlex.quote(value)}")
for name in ("CLUSTER_DB_PASSWORD", "CLUSTER_REDIS_PASSWORD"):  # as they go into URLs
    print(f"{name}_URL={shlex.quote(quote(values[name], safe=''))}")
PY
)" || exit 2
eval "$secrets_sh"

# --- where everything is, for the servers (endpoints.cluster.yml reads these) ------------------------------
export DATABASE_URL="postgresql://$DB_USER:$CLUSTER_DB_PASSWORD_URL@127.0.0.1:$PG_PORT/clinic"
export TRACKER_STORE_URL="postgresql://$DB_USER:$CLUSTER_DB_PASSWORD_URL@127.0.0.1:$PG_PORT/rasa"  # for purge
export TRACKER_DB_HOST=127.0.0.1 TRACKER_DB_PORT="$PG_PORT" TRACKER_DB_NAME=rasa TRACKER_DB_USER="$DB_USER"
export TRACKER_DB_PASSWORD="$CLUSTER_DB_PASSWORD"
export LOCK_REDIS_HOST=127.0.0.1 LOCK_REDIS_PORT="$REDIS_PORT" LOCK_REDIS_DB=1
export LOCK_REDIS_PASSWORD="$CLUSTER_REDIS_PASSWORD"
# Rasa's own pool default is 50 + 100 connections per replica; its store uses one at a time
export SQL_POOL_SIZE="${SQL_POOL_SIZE:-5}" SQL_MAX_OVERFLOW="${SQL_MAX_OVERFLOW:-10}"
# the channels' shared state: socket.io's rooms through Redis (db 0), SMS opt-outs, handled messages and
# numbered-button state in the clinic database
export WEBCHAT_REDIS_URL="${WEBCHAT_REDIS_URL:-redis://:$CLUSTER_REDIS_PASSWORD_URL@127.0.0.1:$REDIS_PORT/0}"
export SMS_STATE_URL="${SMS_STATE_URL:-$DATABASE_URL}"
# the website is served through the proxy, and the chat widget talks to socket.io on the same address
export WEBCHAT_SERVER_URL="$PUBLIC_URL"
origins="$PUBLIC_URL"
[ "$CLINIC_ENV" = development ] && origins="$origins,http://localhost:$PROXY_PORT,http://127.0.0.1:$PROXY_PORT"
export WEBCHAT_ALLOWED_ORIGINS="${WEBCHAT_ALLOWED_ORIGINS:-$origins}"

# --- stopping ----------------------------------------------------------------------------------------------
names=() pids=()
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
PG_BIN="${PG_BIN:-$(dirname "$(command -v initdb || echo /usr/bin/initdb)")}"
PGDATA="$CLUSTER_DIR/postgres/data" PGRUN="$CLUSTER_DIR/postgres/run"
as_pg=()
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi  # PostgreSQL refuses to run as root

stop() {
  trap - INT TERM EXIT
  echo; echo "stopping the cluster..."
  rm -f "$CLUSTER_DIR/ready"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -f "$PGDATA/postmaster.pid" ]; then
    "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -f "$PIDS"/*.pid
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

# start NAME COMMAND...: in the background, output in logs/NAME.log, pid in pids/NAME.pid
start() {
  local name="$1"; shift
  "$@" >"$LOGS/$name.log" 2>&1 &
  names+=("$name"); pids+=($!)
  echo $! >"$PIDS/$name.pid"
}

# wait_for NAME URL: until URL answers (any HTTP status), or fail naming the log to read
wait_for() {
  local name="$1" url="$2" deadline=$((SECONDS + 300))
  until curl -s -o /dev/null --max-time 2 "$url"; do
    if [ -f "$PIDS/$name.pid" ] && ! kill -0 "$(cat "$PIDS/$name.pid")" 2>/dev/null; then
      echo "$name stopped while starting; its log: $LOGS/$name.log" >&2; tail -n 20 "$LOGS/$name.log" >&2; exit 1
    fi
    if [ $SECONDS -gt $deadline ]; then
      echo "$name did not answer at $url within 300 s ($LOGS/$name.log)" >&2; exit 1
    fi
    sleep 0.3
  done
}

# --- PostgreSQL: its own cluster in $CLUSTER_DIR/postgres, TCP on 127.0.0.1 with passwords (scram), the
# superuser only through a Unix socket in the same folder that only its owner can open ----------------------
mkdir -p "$PGRUN"
[ "$(id -u)" = 0 ] && chown postgres: "$CLUSTER_DIR/postgres" "$PGRUN"
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  echo "creating the PostgreSQL cluster in $PGDATA..."
  "${as_pg[@]}" "$PG_BIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 >"$LOGS/initdb.log"
fi
if "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then  # left over from a killed run
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
fi
pg_options="-p $PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=200"
pg_options+=" -c unix_socket_directories=$PGRUN -c unix_socket_permissions=0700"
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -w -l "$CLUSTER_DIR/postgres/server.log" -o "$pg_options" \
  start >/dev/null
# the role and both databases when missing, and the role's password set to the current secret (through
# stdin: a password never appears in a command line)
quoted_password="${CLUSTER_DB_PASSWORD//\'/\'\'}"
"${as_pg[@]}" "$PG_BIN/psql" -q -h "$PGRUN" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  >/dev/null <<SQL
SELECT format('CREATE ROLE %I LOGIN', '$DB_USER')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER')
\gexec
ALTER ROLE "$DB_USER" PASSWORD '$quoted_password';
SELECT format('CREATE DATABASE %I OWNER %I', d, '$DB_USER') FROM unnest(ARRAY['clinic', 'rasa']) AS d
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d)
\gexec
SQL
"$ACTIONS_PY" -m clinic db upgrade >"$LOGS/migrations.log" 2>&1 || { cat "$LOGS/migrations.log" >&2; exit 1; }

# --- Redis: 127.0.0.1, a password, every write in the append-only file (fsync each second) ----------------
umask 077
cat >"$CLUSTER_DIR/redis/redis.conf" <<CONF
bind 127.0.0.1
port $REDIS_PORT
protected-mode yes
requirepass $CLUSTER_REDIS_PASSWORD
dir $CLUSTER_DIR/redis
appendonly yes
appendfsync everysec
save ""
daemonize no
CONF
umask 022
start redis redis-server "$CLUSTER_DIR/redis/redis.conf"
redis_ping() { REDISCLI_AUTH="$CLUSTER_REDIS_PASSWORD" redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null; }
until [ "$(redis_ping)" = PONG ]; do
  if ! kill -0 "$(cat "$PIDS/redis.pid")" 2>/dev/null; then
    echo "redis-server did not start ($LOGS/redis.log)" >&2; exit 1
  fi
  sleep 0.1
done

# --- the channels' settings: credentials.yml with Twilio's public URL, $TWILIO_PUBLIC_URL (the address Twilio
# posts to, which its signatures are computed over: the proxy's, never a replica's) ---------------------------
"$RASA_PY" - "$CLUSTER_DIR/credentials.yml" <<'PY'
import os, sys, yaml
channels = yaml.safe_load(open("credentials.yml"))
sms = channels["assistant.channels.sms.ClinicTwilioInput"]
sms["public_url"] = os.environ["TWILIO_PUBLIC_URL"]
if os.environ.get("TWILIO_API_BASE"):  # a Twilio stand-in (testbed/twilio_standin.py), as in the tests
    sms["api_base"] = os.environ["TWILIO_API_BASE"]
with open(sys.argv[1], "w") as out:
    out.write("# made by scripts/cluster.sh from credentials.yml; edit that file, not this one\n")
    yaml.safe_dump(channels, out, sort_keys=False)
PY

# --- the servers --------------------------------------------------------------------------------------------
start actions-1 "$ACTIONS_PY" -m actions --host 127.0.0.1 --port "$ACTIONS_PORT_1"
start actions-2 "$ACTIONS_PY" -m actions --host 127.0.0.1 --port "$ACTIONS_PORT_2"
start staff env STAFF_PROXIES_COUNT=1 "$ACTIONS_PY" -m staff serve --host 127.0.0.1 --port "$STAFF_PORT"
# one alert worker (more would be safe: each claims rows with FOR UPDATE SKIP LOCKED)
start alerts env STAFF_BASE_URL="${STAFF_BASE_URL:-http://localhost:$PROXY_PORT}" "$ACTIONS_PY" -m clinic alerts
for n in 1 2; do
  port_var="RASA_PORT_$n"
  start "rasa-$n" env SANIC_PROXIES_COUNT=1 .venv/rasa/bin/rasa run --model "$MODEL" \
    --interface 127.0.0.1 --port "${!port_var}" \
    --credentials "$CLUSTER_DIR/credentials.yml" --endpoints endpoints.cluster.yml
done

"$RASA_PY" - deploy/nginx.conf "$CLUSTER_DIR/nginx/nginx.conf" <<'PY'
import os, re, sys
env = dict(os.environ, PROXY_LISTEN=f"{os.environ['PROXY_BIND']}:{os.environ['PROXY_PORT']}", TLS="")
cert, key = os.environ.get("CLUSTER_TLS_CERT"), os.environ.get("CLUSTER_TLS_KEY")
if cert and key:
    env["TLS"] = (f"    listen {os.environ['PROXY_BIND']}:{os.environ['TLS_PORT']} ssl;\n"
                  f"    ssl_certificate {cert};\n    ssl_certificate_key {key};\n"
                  "    ssl_protocols TLSv1.2 TLSv1.3;")
text = re.sub(r"\{\{(\w+)\}\}", lambda m: env[m.group(1)], open(sys.argv[1]).read())
open(sys.argv[2], "w").write(text)
PY
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
"$NGINX" -t -q -p "$CLUSTER_DIR/nginx" -e "$CLUSTER_DIR/nginx/error.log" -c "$CLUSTER_DIR/nginx/nginx.conf"

wait_for actions-1 "http://127.0.0.1:$ACTIONS_PORT_1/health"
wait_for actions-2 "http://127.0.0.1:$ACTIONS_PORT_2/health"
wait_for staff "http://127.0.0.1:$STAFF_PORT/"
wait_for rasa-1 "http://127.0.0.1:$RASA_PORT_1/webhooks/rest/"
wait_for rasa-2 "http://127.0.0.1:$RASA_PORT_2/webhooks/rest/"
start nginx "$NGINX" -p "$CLUSTER_DIR/nginx" -e "$CLUSTER_DIR/nginx/error.log" -c "$CLUSTER_DIR/nginx/nginx.conf"
wait_for nginx "http://127.0.0.1:$PROXY_PORT/"

tls_row=""
if [ -n "${CLUSTER_TLS_CERT:-}" ] && [ -n "${CLUSTER_TLS_KEY:-}" ]; then
  tls_row="$(printf '\n  %-22s %s' "proxy, TLS" "https://$PROXY_BIND:$TLS_PORT")"
fi
cat <<MSG

The cluster is up (${SECONDS} s). Working folder $CLUSTER_DIR (logs in logs/).
  what                   where
  proxy (nginx), public  http://$PROXY_BIND:$PROXY_PORT ($PUBLIC_URL): the website, /staff/, /socket.io/,
                         /webhooks/rest/webhook, /webhooks/twilio/webhook; nothing else$tls_row
  website + staff app    127.0.0.1:$STAFF_PORT, gunicorn
  Rasa replicas          127.0.0.1:$RASA_PORT_1 and :$RASA_PORT_2 (endpoints.cluster.yml)
  action servers         127.0.0.1:$ACTIONS_PORT_1 and :$ACTIONS_PORT_2, behind nginx on 127.0.0.1:$ACTIONS_PROXY_PORT
  PostgreSQL             127.0.0.1:$PG_PORT, role $DB_USER: databases clinic (handoffs, transcripts, SMS state)
                         and rasa (conversations)
  Redis                  127.0.0.1:$REDIS_PORT: locks (db 1), socket.io rooms (db 0); append-only file
  Twilio webhook URL     $TWILIO_PUBLIC_URL
Try it (development mode's REST token):
  curl -s $PUBLIC_URL/webhooks/rest/webhook -H "Authorization: Bearer \$(cat var/secrets/clinic_rest_token)" \\
       -d '{"sender": "me", "message": "hi"}'
A server that stops is reported here and the others carry on. Press Ctrl-C to stop everything.

MSG
touch "$CLUSTER_DIR/ready"

# Keep running while anything does; say which server stopped (a killed replica does not stop the rest).
reported=()
while true; do
  wait -n 2>/dev/null || true
  alive=0
  for i in "${!pids[@]}"; do
    if kill -0 "${pids[$i]}" 2>/dev/null; then alive=1
    elif [ -z "${reported[$i]:-}" ]; then
      reported[$i]=1; echo "$(date +%T) ${names[$i]} stopped (log: $LOGS/${names[$i]}.log)"
    fi
  done
  [ "$alive" = 1 ] || break
done
