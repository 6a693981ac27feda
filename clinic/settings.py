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
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Optional

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


def development_mode(environ: Optional[Mapping[str, str]] = None) -> bool:
    """Whether `$CLINIC_ENV` (in `environ`, else the process environment) chooses development mode."""
    env = os.environ if environ is None else environ
    return (env.get(ENV_MODE) or "").strip().lower() == DEVELOPMENT


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


def production_value(env_name: str, configured: Optional[str] = None, *, what: str = "",
                     environ: Optional[Mapping[str, str]] = None) -> str:
    """A credential the clinic gets from elsewhere (e.g. Twilio's auth token): `$env_name`, else `configured`.

    In development any value is taken (the local stand-ins use the shipped ones); in production a missing
    or shipped development value is refused, as for `secret`.
    """
    value = setting(env_name, configured, environ)
    if not development_mode(environ):
        _refuse_in_production(env_name, value, what,
                              missing_hint=f"Set {env_name} (or the matching credentials.yml entry).",
                              shipped_hint="the real value")
    return value


def setting(env_name: str, configured: Optional[str] = None, environ: Optional[Mapping[str, str]] = None) -> str:
    """A plain setting, checked in no mode: `$env_name` (in `environ`, else the process environment), else
    `configured` (e.g. from credentials.yml), else ""."""
    env = os.environ if environ is None else environ
    return (env.get(env_name) or str(configured or "")).strip()


def csv_setting(env_name: str, default: Iterable[str] = ()) -> list:
    raw = os.environ.get(env_name)
    if raw is None:
        return list(default)
    return [part.strip() for part in raw.split(",") if part.strip()]


def _number(environ: Mapping[str, str], name: str, default: float) -> float:
    raw = (environ.get(name) or "").strip()
    try:
        return float(raw) if raw else default
    except ValueError:
        raise ValueError(f"{name} must be a number, not {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    """What the web server, the action server and the `clinic` command read from the environment, read once
    at start-up (`Settings.from_env()`) and passed in. Secrets are not here: they are looked up through
    `secret()` where they are used, so production refuses a missing one with its own message. The Rasa
    server's channels read theirs once each, from credentials.yml and the environment, when Rasa builds them."""

    development: bool = False
    database_url: Optional[str] = None  # DATABASE_URL: the clinic database (None: the SQLite file in var/)
    tracker_store_url: Optional[str] = None  # TRACKER_STORE_URL: Rasa's conversations, for `clinic purge`
    retention_days: int = 30  # CONVERSATION_RETENTION_DAYS
    profile_path: Optional[str] = None  # CLINIC_PROFILE (None: clinic.yml)
    staff_inactivity_minutes: float = 30.0  # STAFF_INACTIVITY_MINUTES
    staff_secure_cookies: bool = True  # STAFF_INSECURE_COOKIES=1 turns it off, for plain-HTTP local use only
    staff_proxies_count: int = 0  # STAFF_PROXIES_COUNT: reverse proxies in front of the web server
    webchat_server_url: str = "http://localhost:5005"  # WEBCHAT_SERVER_URL: where the widget finds socket.io

    @classmethod
    def from_env(cls, environ: Optional[Mapping[str, str]] = None) -> "Settings":
        env = os.environ if environ is None else environ
        days = int(_number(env, "CONVERSATION_RETENTION_DAYS", cls.retention_days))
        if days < 1:
            raise ValueError("CONVERSATION_RETENTION_DAYS must be at least one day")
        return cls(
            development=development_mode(env),
            database_url=env.get("DATABASE_URL") or None,
            tracker_store_url=env.get("TRACKER_STORE_URL") or None,
            retention_days=days,
            profile_path=env.get("CLINIC_PROFILE") or None,
            staff_inactivity_minutes=_number(env, "STAFF_INACTIVITY_MINUTES", cls.staff_inactivity_minutes),
            staff_secure_cookies=env.get("STAFF_INSECURE_COOKIES") != "1",
            staff_proxies_count=int(_number(env, "STAFF_PROXIES_COUNT", cls.staff_proxies_count)),
            webchat_server_url=env.get("WEBCHAT_SERVER_URL") or cls.webchat_server_url,
        )
