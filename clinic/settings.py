"""Run mode and secrets, shared by the Rasa server, the action server and the staff app.

Production is the default. Development mode is chosen explicitly with `CLINIC_ENV=development` (what
`make run` and the tests use). In development, a secret that is not set is created once at random and kept
in `var/secrets/` (readable by this user only), so it stays the same across restarts. In production, every
secret must be set by the clinic; a missing one, or one of the values shipped for local development, stops
the server at start with a message naming the setting to change.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Iterable, Optional

ENV_MODE = "CLINIC_ENV"
DEVELOPMENT = "development"
ROOT = Path(__file__).resolve().parents[1]
DEV_SECRETS_DIR = ROOT / "var" / "secrets"

# Values that ship in the repository for local development; never acceptable in production.
KNOWN_DEVELOPMENT_VALUES = frozenset({
    "local-development-key-replace-in-production",
    "local-standin-token",
    "test",
    "changeme",
    "secret",
})
MIN_SECRET_CHARS = 32


class InsecureSettingError(RuntimeError):
    """A secret is missing or is a development value while running in production."""


def development_mode() -> bool:
    return os.environ.get(ENV_MODE, "").strip().lower() == DEVELOPMENT


def _dev_secret(name: str) -> str:
    path = DEV_SECRETS_DIR / name.lower()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(secrets.token_urlsafe(32))
        tmp.chmod(0o600)
        tmp.replace(path)  # atomic: two servers starting at once agree on one value
    return path.read_text().strip()


def _label(env_name: str, what: str) -> str:
    return f"{what} ({env_name})" if what else env_name


def _refuse_in_production(env_name: str, value: str, what: str, missing_hint: str, shipped_hint: str) -> None:
    """The checks both kinds of setting share in production: set, and not a value shipped with the project."""
    label = _label(env_name, what)
    if not value:
        raise InsecureSettingError(f"{label} is not set. {missing_hint}")
    if value in KNOWN_DEVELOPMENT_VALUES:
        raise InsecureSettingError(
            f"{label} is the development value shipped with the project. Set {env_name} to {shipped_hint} "
            f"before running in production (or run with {ENV_MODE}={DEVELOPMENT})."
        )


def secret(env_name: str, configured: Optional[str] = None, *, what: str = "") -> str:
    """The value of a secret setting: `$env_name`, else `configured` (e.g. from credentials.yml).

    Production: refuses (InsecureSettingError) a missing value, a development value, or one shorter than
    32 characters. Development: a missing or development value is replaced by a random one kept in var/.
    """
    value = setting(env_name, configured)
    if development_mode():
        if not value or value in KNOWN_DEVELOPMENT_VALUES:
            return _dev_secret(env_name)
        return value
    _refuse_in_production(
        env_name, value, what,
        missing_hint=(f"Set {env_name} to a long random value (for example the output of "
                      f"`python3 -c 'import secrets; print(secrets.token_urlsafe(32))'`), or run in development "
                      f"mode with {ENV_MODE}={DEVELOPMENT} (what `make run` does)."),
        shipped_hint="your own long random value",
    )
    if len(value) < MIN_SECRET_CHARS:
        raise InsecureSettingError(
            f"{_label(env_name, what)} is too short: use at least {MIN_SECRET_CHARS} random characters."
        )
    return value


def production_value(env_name: str, configured: Optional[str] = None, *, what: str = "") -> str:
    """A credential the clinic gets from elsewhere (e.g. Twilio's auth token): `$env_name`, else `configured`.

    In development any value is taken (the local stand-ins use the shipped ones); in production a missing
    or shipped development value is refused, as for `secret`.
    """
    value = setting(env_name, configured)
    if not development_mode():
        _refuse_in_production(env_name, value, what,
                              missing_hint=f"Set {env_name} (or the matching credentials.yml entry).",
                              shipped_hint="the real value")
    return value


def setting(env_name: str, configured: Optional[str] = None) -> str:
    """A plain setting, checked in no mode: `$env_name`, else `configured` (e.g. from credentials.yml), else ""."""
    return (os.environ.get(env_name) or str(configured or "")).strip()


def csv_setting(env_name: str, default: Iterable[str] = ()) -> list:
    raw = os.environ.get(env_name)
    if raw is None:
        return list(default)
    return [part.strip() for part in raw.split(",") if part.strip()]
