"""Sign-in: argon2 password hashes, a rate limit on attempts, and sessions that end after inactivity."""

from __future__ import annotations

import time
from functools import wraps
from typing import Callable, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Flask, abort, current_app, g, redirect, request, session, url_for
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from clinic.storage.models import StaffUser

hasher = PasswordHasher()


def _now() -> float:
    return time.time()


limiter = Limiter(key_func=get_remote_address, storage_uri="memory://", default_limits=[])
# A hash to check against when the user does not exist, so both cases take the same time.
_DUMMY_HASH = hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return hasher.hash(password)


def check_password(user: Optional[StaffUser], password: str) -> bool:
    try:
        return hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerificationError, InvalidHashError):
        return False


def sign_in(user: StaffUser) -> None:
    session.clear()
    session.permanent = True
    session["staff_id"] = user.id
    session["last_seen"] = _now()


def init_app(app: Flask) -> None:
    limiter.init_app(app)

    @app.before_request
    def load_staff() -> None:
        g.staff = None
        staff_id = session.get("staff_id")
        if staff_id is None:
            return
        idle = _now() - float(session.get("last_seen", 0))
        if idle > current_app.config["INACTIVITY_MINUTES"] * 60:
            session.clear()
            g.expired = True
            return
        with current_app.extensions["sessions"]() as db:
            g.staff = db.get(StaffUser, staff_id)
        if g.staff is None:
            session.clear()
            return
        session["last_seen"] = _now()


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
