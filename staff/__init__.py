"""The staff review app: clinic staff sign in, work through the handoff list, read one handoff with its
transcript, change its status, add notes and export the list; admins read the audit log.

Built by `create_app()` (a factory: nothing is opened at import). Runs in the action-server environment,
since it shares the storage layer (SQLAlchemy 2.0); `python -m staff serve`, the web entry point, runs it
under gunicorn (staff/server.py) with the visitors' landing page (website/, its own factory) beside it at /.

The key that signs the session cookie is `$STAFF_SECRET_KEY`, looked up through clinic.settings when the
app is made: in production a missing or development value stops the app (InsecureSettingError); in
development (`CLINIC_ENV=development`) a random key is kept in var/secrets/. A `SECRET_KEY` given in
`config` (the tests) is used as it is.

Behind a reverse proxy (`make cluster`'s nginx) every request comes from the proxy's address, so the sign-in
limit per address would hold for all staff at once: `$STAFF_PROXIES_COUNT` (or `PROXIES_COUNT`), the number
of proxies in front, makes the app take the client's address from their X-Forwarded-For (and the scheme from
X-Forwarded-Proto). Never set it without a proxy that sets that header itself: a client could choose its own.

An unexpected error is logged with its type and where it happened, not with its message: a database
error's message quotes the statement's parameters, such as the name someone searched for.
"""

from __future__ import annotations

import logging
import traceback
from datetime import timedelta
from typing import Any, Dict, Optional

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from clinic.phone import readable
from clinic.settings import Settings, secret
from clinic.storage.db import session_factory

csrf = CSRFProtect()


class _WhereNotWhat(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            kind, _, frames = record.exc_info
            record.msg = f"{record.getMessage()}: {kind.__name__}\n" + "".join(traceback.format_tb(frames)).rstrip()
            record.args, record.exc_info, record.exc_text = None, None, None
        return True


logging.getLogger(__name__).addFilter(_WhereNotWhat())  # the app's logger (Flask names it after the package)


def phone_display(e164: Optional[str]) -> str:
    """How staff read a stored number (clinic/phone.py), "—" for none."""
    return readable(e164) or "—"


def create_app(config: Optional[Dict[str, Any]] = None, settings: Optional[Settings] = None) -> Flask:
    """The staff app, from `settings` (read from the environment when not given) and `config` overrides."""
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.update(
        DATABASE_URL=settings.database_url,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=settings.staff_secure_cookies,
        SESSION_COOKIE_NAME="clinic_staff",
        # a session's absolute limit; inactivity ends it much sooner (staff/auth.py checks both on the server)
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        SESSION_REFRESH_EACH_REQUEST=True,
        INACTIVITY_MINUTES=settings.staff_inactivity_minutes,
        # failed sign-ins only (staff/auth.py): per account, and a looser limit per address
        LOGIN_LIMIT_PER_ACCOUNT="5 per minute",
        LOGIN_LIMIT_PER_ADDRESS="30 per 10 minutes",
        WTF_CSRF_TIME_LIMIT=None,  # the session's own expiry bounds the token's life
        PAGE_SIZE=50,
        PROXIES_COUNT=settings.staff_proxies_count,
    )
    app.config.update(config or {})
    if app.config["PROXIES_COUNT"]:
        from werkzeug.middleware.proxy_fix import ProxyFix

        count = int(app.config["PROXIES_COUNT"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secret("STAFF_SECRET_KEY", what="the staff app's secret key")
    app.extensions["sessions"] = session_factory(app.config["DATABASE_URL"])
    csrf.init_app(app)

    from clinic.profile import load_profile
    from staff import auth, display, views

    auth.init_app(app)
    app.register_blueprint(views.blueprint)
    clock = display.ClinicClock(load_profile(settings.profile_path).time_zone)
    app.extensions["clock"] = clock
    app.add_template_filter(phone_display, "phone")
    app.add_template_filter(clock.local, "local")
    app.add_template_filter(display.channel_words, "channel")
    app.add_template_filter(display.language_words, "language")
    app.add_template_global(display.contact_words, "contact_words")

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    return app
