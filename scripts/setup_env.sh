#!/usr/bin/env bash
# Creates one of the project's two Python environments from its pinned lock file:
#   scripts/setup_env.sh rasa      -> .venv/rasa     (Rasa 3.6.21, spaCy, TensorFlow; the Rasa server)
#   scripts/setup_env.sh actions   -> .venv/actions  (rasa-sdk and current libraries; the action server)
# Both need a Python 3.10: Rasa 3.6 supports 3.8-3.10 only, and the action server shares the same core code.
set -euo pipefail
cd "$(dirname "$0")/.."

which_env="${1:?usage: scripts/setup_env.sh rasa|actions}"
lock="requirements/${which_env}.lock.txt"
venv=".venv/${which_env}"
[ -f "$lock" ] || { echo "setup: no lock file $lock" >&2; exit 2; }

find_python310() {
  local candidates=()
  [ -n "${PYTHON310:-}" ] && candidates+=("$PYTHON310")
  command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")
  if command -v pyenv >/dev/null 2>&1; then
    local root; root="$(pyenv root 2>/dev/null || true)"
    [ -n "$root" ] && candidates+=("$root"/versions/3.10*/bin/python3.10)
  fi
  candidates+=("$HOME"/.pyenv/versions/3.10*/bin/python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10)
  local py
  for py in "${candidates[@]}"; do
    if [ -x "$py" ] && "$py" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  return 1
}

stamp="$venv/.installed"
want="$(sha256sum "$lock" | cut -c1-16)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

if ! py="$(find_python310)"; then
  cat >&2 <<'MSG'
setup: no Python 3.10 found. Rasa Open Source 3.6 runs on Python 3.8-3.10 only.
  Install one, then run the command again. Any of these works:
    pyenv install 3.10.13              (if you use pyenv)
    apt-get install python3.10-venv    (Debian/Ubuntu with a python3.10 package)
  or point the project at an existing interpreter:
    PYTHON310=/path/to/python3.10 make run
MSG
  exit 1
fi

echo "setup: creating $venv with $py ($("$py" --version 2>&1))"
rm -rf "$venv"
"$py" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade "pip<25" >/dev/null
"$venv/bin/python" -m pip install --quiet --no-deps -r "$lock"
"$venv/bin/python" -m pip check
echo "$want" > "$stamp"
echo "setup: $venv ready"
