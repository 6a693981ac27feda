"""The staff review app: clinic staff sign in, work through the handoff list, read one handoff with its
transcript, change its status, add notes and export the list; admins read the audit log.

Built by `create_app()` (a factory: nothing is opened at import). Runs in the action-server environment,
since it shares the storage layer (SQLAlchemy 2.0).
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any, Dict, Optional

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from clinic.storage.db import session_factory

SECRET_FILE = Path(__file__).resolve().parents[1] / "var" / "staff_secret_key"
INACTIVITY_MINUTES = float(os.environ.get("STAFF_INACTIVITY_MINUTES", "30"))

csrf = CSRFProtect()


def _secret_key() -> str:
    """$STAFF_SECRET_KEY, else a random key kept in var/ (created once, readable by this user only)."""
    if os.environ.get("STAFF_SECRET_KEY"):
        return os.environ["STAFF_SECRET_KEY"]
    if not SECRET_FILE.exists():
        SECRET_FILE.parent.mkdir(parents=True, exist_ok=True)
        SECRET_FILE.write_text(secrets.token_hex(32))
        SECRET_FILE.chmod(0o600)
    return SECRET_FILE.read_text().strip()


def create_app(config: Optional[Dict[str, Any]] = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=_secret_key(),
        DATABASE_URL=None,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=os.environ.get("STAFF_INSECURE_COOKIES") != "1",
        SESSION_COOKIE_NAME="clinic_staff",
        # the cookie's absolute limit; inactivity ends a session much sooner (staff/auth.py checks it)
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        SESSION_REFRESH_EACH_REQUEST=True,
        INACTIVITY_MINUTES=INACTIVITY_MINUTES,
        LOGIN_RATE_LIMIT="5 per minute",
        WTF_CSRF_TIME_LIMIT=None,  # the session's own expiry bounds the token's life
        PAGE_SIZE=50,
    )
    app.config.update(config or {})
    app.extensions["sessions"] = session_factory(app.config["DATABASE_URL"])
    csrf.init_app(app)

    from staff import auth, views
    from website import blueprint as website

    auth.init_app(app)
    app.register_blueprint(views.blueprint)
    # the visitors' landing page and chat widget share this small web server (at /)
    app.register_blueprint(website)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    return app
