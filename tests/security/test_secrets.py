"""No default secrets in production: the servers refuse to start with a missing or shipped development
secret and say which setting to change; development keeps its secrets stable across restarts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clinic import settings
from tests.conftest import ROOT, MODEL

SHIPPED = "local-development-key-replace-in-production"


@pytest.fixture
def production(monkeypatch):
    monkeypatch.delenv("CLINIC_ENV", raising=False)


@pytest.fixture
def development(monkeypatch, tmp_path):
    monkeypatch.setenv("CLINIC_ENV", "development")
    monkeypatch.setattr(settings, "DEV_SECRETS_DIR", tmp_path / "secrets")
    return tmp_path / "secrets"


@pytest.mark.parametrize("value", [None, "", SHIPPED, "local-standin-token", "too-short"])
def test_production_refuses_a_missing_shipped_or_short_secret_and_names_the_setting(production, monkeypatch, value):
    monkeypatch.delenv("SOME_SECRET", raising=False)
    with pytest.raises(settings.InsecureSettingError, match="SOME_SECRET"):
        settings.secret("SOME_SECRET", value, what="a secret")


def test_production_takes_a_real_secret_from_the_environment_first(production, monkeypatch):
    monkeypatch.setenv("SOME_SECRET", "r" * 40)
    assert settings.secret("SOME_SECRET", SHIPPED) == "r" * 40


def test_development_keeps_one_random_secret_across_restarts(development, monkeypatch):
    monkeypatch.delenv("SOME_SECRET", raising=False)
    first = settings.secret("SOME_SECRET", SHIPPED)
    assert first != SHIPPED and len(first) >= 32
    assert settings.secret("SOME_SECRET") == first  # a second start reads the same one
    kept = development / "some_secret"
    assert kept.read_text().strip() == first and oct(kept.stat().st_mode & 0o777) == "0o600"


def test_a_website_chat_survives_a_restart_of_the_assistant(development, monkeypatch):
    """The chat-session secret is stable: a token issued before a restart is still honoured after it."""
    from assistant.channels.webchat import WebchatInput

    monkeypatch.delenv("WEBCHAT_SESSION_SECRET", raising=False)
    monkeypatch.delenv("WEBCHAT_ALLOWED_ORIGINS", raising=False)
    before = WebchatInput.from_credentials({})
    token = before.tokens.issue()
    after = WebchatInput.from_credentials({})  # a new process reads the same secret
    assert after.tokens.valid(token)


def test_the_website_chat_needs_its_origins_in_production(production, monkeypatch):
    from assistant.channels.webchat import allowed_origins

    monkeypatch.delenv("WEBCHAT_ALLOWED_ORIGINS", raising=False)
    with pytest.raises(settings.InsecureSettingError, match="WEBCHAT_ALLOWED_ORIGINS"):
        allowed_origins()
    monkeypatch.setenv("WEBCHAT_ALLOWED_ORIGINS", "*")
    with pytest.raises(settings.InsecureSettingError):
        allowed_origins()
    monkeypatch.setenv("WEBCHAT_ALLOWED_ORIGINS", "https://www.example-clinic.com/, https://example-clinic.com")
    assert allowed_origins() == ["https://www.example-clinic.com", "https://example-clinic.com"]


def _rasa_run(env: dict, tmp_path: Path) -> subprocess.CompletedProcess:
    rasa = Path(sys.executable).parent / "rasa"
    return subprocess.run(
        [str(rasa), "run", "--model", str(MODEL), "--port", "1", "--credentials", str(ROOT / "credentials.yml"),
         "--endpoints", str(ROOT / "endpoints.yml")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )


def test_the_assistant_refuses_to_start_in_production_with_the_shipped_credentials(tmp_path):
    """`rasa run` with the repository's credentials.yml and no CLINIC_ENV: it names the setting and stops.
    With each secret set in turn, it names the next one; nothing is left with a usable default."""
    base = {k: v for k, v in os.environ.items()
            if k not in ("CLINIC_ENV", "WEBCHAT_SESSION_SECRET", "SMS_HASH_KEY", "TWILIO_AUTH_TOKEN",
                         "WEBCHAT_ALLOWED_ORIGINS")}
    base.update(PYTHONPATH=str(ROOT), RASA_TELEMETRY_ENABLED="false")
    steps = [
        ({}, "WEBCHAT_SESSION_SECRET"),
        ({"WEBCHAT_SESSION_SECRET": "w" * 40}, "WEBCHAT_ALLOWED_ORIGINS"),
        ({"WEBCHAT_ALLOWED_ORIGINS": "https://www.example-clinic.com"}, "TWILIO_AUTH_TOKEN"),
        ({"TWILIO_AUTH_TOKEN": "t" * 32}, "SMS_HASH_KEY"),
    ]
    env = dict(base)
    for extra, named in steps:
        env.update(extra)
        done = _rasa_run(env, tmp_path)
        output = done.stdout + done.stderr
        assert done.returncode != 0 and named in output, (named, output[-1500:])
