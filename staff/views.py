"""The staff app's pages. Every page but the sign-in page requires a signed-in staff member."""

from __future__ import annotations

from datetime import date
from typing import Optional

from flask import (
    Blueprint, Response, abort, current_app, flash, g, redirect, render_template, request, session, url_for,
)

from clinic.storage.handoffs import get_by_code
from clinic.storage import review
from staff.auth import admin_required, check_password, limiter, login_required, sign_in
from staff.exports import to_csv

blueprint = Blueprint("staff", __name__, url_prefix="/staff")
MAX_NOTE = 4000


def _db():
    return current_app.extensions["sessions"]


def _date(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _filters() -> review.Filters:
    args = request.args
    status = args.get("status") if args.get("status") in review.STATUSES else None
    return review.Filters(
        status=status, office=args.get("office") or None, channel=args.get("channel") or None,
        since=_date(args.get("since")), until=_date(args.get("until")), search=(args.get("q") or "").strip()[:100] or None,
    )


@blueprint.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"], methods=["POST"])
def login():
    if request.method == "POST":
        username = (request.form.get("username") or "").strip()[:64]
        password = request.form.get("password") or ""
        with _db().begin() as db:
            user = review.find_staff(db, username)
            if check_password(user, password):
                sign_in(user)
                review.audit(db, user, "login")
                target = request.args.get("next") or ""
                return redirect(target if target.startswith("/staff/") else url_for("staff.handoffs"))
        flash("That username and password do not match an account.")
        return render_template("login.html"), 401
    if request.args.get("expired"):
        flash("Your session ended after a period of inactivity. Please sign in again.")
    return render_template("login.html")


@blueprint.route("/logout", methods=["POST"])
@login_required
def logout():
    session.clear()
    return redirect(url_for("staff.login"))


@blueprint.route("/")
@login_required
def handoffs():
    filters = _filters()
    page = max(1, request.args.get("page", 1, type=int))
    size = current_app.config["PAGE_SIZE"]
    with _db()() as db:
        rows, total = review.list_for_review(db, filters, limit=size, offset=(page - 1) * size)
        return render_template(
            "list.html", rows=rows, total=total, page=page, pages=max(1, -(-total // size)), filters=filters,
            counts=review.counts_by_status(db), choices=review.choices(db), statuses=review.STATUSES,
        )


@blueprint.route("/handoffs/<code>")
@login_required
def handoff(code: str):
    with _db().begin() as db:
        item = get_by_code(db, code)
        if item is None:
            abort(404)
        review.audit(db, g.staff, "view", item)
        return render_template("detail.html", h=item, events=review.events_for(db, item), statuses=review.STATUSES)


@blueprint.route("/handoffs/<code>/status", methods=["POST"])
@login_required
def change_status(code: str):
    new_status = request.form.get("status")
    if new_status not in review.STATUSES:
        abort(400)
    with _db().begin() as db:
        item = get_by_code(db, code)
        if item is None:
            abort(404)
        review.change_status(db, item, db.merge(g.staff), new_status)
    return redirect(url_for("staff.handoff", code=code))


@blueprint.route("/handoffs/<code>/notes", methods=["POST"])
@login_required
def add_note(code: str):
    note = (request.form.get("note") or "").strip()
    if not note:
        flash("A note cannot be empty.")
        return redirect(url_for("staff.handoff", code=code))
    with _db().begin() as db:
        item = get_by_code(db, code)
        if item is None:
            abort(404)
        review.add_note(db, item, db.merge(g.staff), note[:MAX_NOTE])
    return redirect(url_for("staff.handoff", code=code))


@blueprint.route("/export.csv")
@login_required
def export():
    filters = _filters()
    with _db().begin() as db:
        rows = review.all_for_export(db, filters)
        review.audit(db, db.merge(g.staff), "export", detail=f"{len(rows)} rows {filters.as_query()}"[:255])
        body = to_csv(rows)
    return Response(body, mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="handoffs.csv"'})


@blueprint.route("/audit")
@admin_required
def audit():
    with _db()() as db:
        return render_template("audit.html", entries=review.audit_log(db))


@blueprint.app_errorhandler(404)
def not_found(_):
    return render_template("error.html", message="There is nothing at this address."), 404


@blueprint.app_errorhandler(403)
def forbidden(_):
    return render_template("error.html", message="Only administrators can see this page."), 403


@blueprint.app_errorhandler(400)
def bad_request(error):
    return render_template("error.html", message="The request was not valid. Please go back and try again."), 400
