"""Sign-in: argon2 password hashes, limits on failed attempts, and sessions kept on the server.

Sessions. The session cookie (signed by Flask) carries only a random token; the server keeps the token's
SHA-256 in `staff_sessions` with who and when. Every request looks the row up, so signing out, or
INACTIVITY_MINUTES without a request, ends the session for every copy of the cookie, not just for the
browser that signed out. To spare the database a write on every request, `last_seen_at` is moved on at
most once a minute (or once per tenth of the inactivity limit, when that is shorter): an idle session may
end up to a minute early, never late.

Failed sign-ins. Two limits, and only failures (a 401) count: per account (`LOGIN_LIMIT_PER_ACCOUNT`, 5 a
minute), so guessing one account's password is slow from any number of addresses; and a looser one per
address (`LOGIN_LIMIT_PER_ADDRESS`, 30 per 10 minutes), so one address cannot sweep many accounts. A whole
office behind one address is therefore not locked out by one attacker guessing at one colleague's account.
The counters live in this process's memory (see staff/server.py on why it runs one worker process).
"""

from __future__ import annotations

import functools
import hashlib
import secrets
import time
from datetime import datetime, timedelta, timezone
from functools import wraps
from typing import Callable, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Flask, Response, abort, current_app, g, redirect, request, session, url_for
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from sqlalchemy.orm import Session

from clinic.storage import review
from clinic.storage.models import StaffUser

hasher = PasswordHasher()
TOKEN = "sid"  # the only thing the session cookie says about who is signed in
TOUCH_SECONDS = 60.0
FORGET_AFTER = timedelta(days=1)  # rows idle this long are deleted at the next sign-in (long over by then)


def _now() -> float:
    return time.time()


limiter = Limiter(key_func=get_remote_address, storage_uri="memory://", default_limits=[])
@functools.lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash to check against when the user does not exist, so both cases take the same time (made at the
    first sign-in, not at import)."""
    return hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return hasher.hash(password)


def check_password(user: Optional[StaffUser], password: str) -> bool:
    try:
        return hasher.verify(user.password_hash if user else _dummy_hash(), password) and user is not None
    except (VerificationError, InvalidHashError):
        return False


def _utc_now() -> datetime:
    return datetime.fromtimestamp(_now(), timezone.utc)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)  # SQLite gives it back naive


def _key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sign_in(db: Session, user: StaffUser) -> None:
    """A new server-side session for `user` (a new token: one set before signing in is worth nothing)."""
    sign_out(db)  # whatever session this browser had ends here
    now = _utc_now()
    token = secrets.token_urlsafe(32)
    review.open_session(db, user, _key(token), now, forget_before=now - FORGET_AFTER)
    session.permanent = True
    session[TOKEN] = token


def sign_out(db: Session) -> None:
    if session.get(TOKEN):
        review.end_session(db, _key(session[TOKEN]), _utc_now())
    session.clear()


def _failed(response: Response) -> bool:
    return response.status_code == 401


def _account() -> str:
    """The per-account counter's key: a hash of the username, so the limiter never holds the name itself."""
    username = (request.form.get("username") or "").strip()[:64].casefold()
    return "account:" + hashlib.sha256(username.encode()).hexdigest()[:32]


def limit_failed_sign_ins(view: Callable) -> Callable:
    per_account = limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ACCOUNT"], key_func=_account,
                                methods=["POST"], deduct_when=_failed)
    per_address = limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_ADDRESS"], key_func=get_remote_address,
                                methods=["POST"], deduct_when=_failed)
    return per_account(per_address(view))


def init_app(app: Flask) -> None:
    limiter.init_app(app)

    @app.before_request
    def load_staff() -> None:
        g.staff = None
        token = session.get(TOKEN)
        if not token:
            return
        now = _utc_now()
        inactivity = timedelta(minutes=current_app.config["INACTIVITY_MINUTES"])
        with current_app.extensions["sessions"].begin() as db:
            row = review.find_session(db, _key(token))
            if row is None or row.ended_at is not None:
                session.clear()
                return
            idle = now - _utc(row.last_seen_at)
            if idle > inactivity or now - _utc(row.created_at) > current_app.config["PERMANENT_SESSION_LIFETIME"]:
                row.ended_at = now
                session.clear()
                g.expired = True
                return
            if idle.total_seconds() >= min(TOUCH_SECONDS, inactivity.total_seconds() / 10):
                row.last_seen_at = now
            g.staff = row.staff


def login_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        if g.get("staff") is None:
            expired = "1" if g.get("expired") else None
            return redirect(url_for("staff.login", next=request.path, expired=expired))
        return view(*args, **kwargs)

    return wrapper


def admin_required(view: Callable) -> Callable:
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if not g.staff.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def manager_required(view: Callable) -> Callable:
    """Managers and admins: the insights page and whole conversations without a handoff."""
    @wraps(view)
    @login_required
    def wrapper(*args, **kwargs):
        if not (g.staff.is_admin or g.staff.is_manager):
            abort(403)
        return view(*args, **kwargs)

    return wrapper
