"""The staff app's pages. Every page but the sign-in page requires a signed-in staff member.

Query parameters are checked, not guessed at: a date that is not YYYY-MM-DD between the years 2000 and 2100,
a "from" date after the "to" date, an unknown status, or a page that is not a whole number from 1 to 100000
gets the calm 400 page (a date such as 9999-12-31 once overflowed into a 500). Office and channel are free
values taken from the records; one that matches nothing simply lists nothing.
"""

from __future__ import annotations

import re
import threading
import time
from datetime import date, datetime, timezone
from typing import Any, Dict, Optional, Tuple

from flask import (
    Blueprint, Response, abort, current_app, flash, g, jsonify, redirect, render_template, request, url_for,
)

from clinic.intake_fields import INTAKE_FIELDS
from clinic.storage.handoffs import get_by_code
from clinic.storage import insights as insight_queries
from clinic.storage import review
from clinic.storage.transcript import channel_of
from staff.auth import (
    admin_required, check_password, limit_failed_sign_ins, login_required, manager_required, sign_in, sign_out,
)
from staff.display import CONTACT_OUTCOMES, transcript_lines
from staff import charts
from staff.exports import to_csv, unanswered_csv

blueprint = Blueprint("staff", __name__, url_prefix="/staff")
MAX_NOTE = 4000
YEARS = range(2000, 2101)
MAX_PAGE = 100_000


def _db():
    return current_app.extensions["sessions"]


def _date(name: str) -> Optional[date]:
    value = request.args.get(name)
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        abort(400)
    if day.year not in YEARS:
        abort(400)
    return day


def _page() -> int:
    value = request.args.get("page") or "1"
    if not re.fullmatch(r"[0-9]{1,6}", value) or not 1 <= int(value) <= MAX_PAGE:
        abort(400)
    return int(value)


def _filters() -> review.Filters:
    args = request.args
    status = args.get("status") or None
    if status is not None and status not in review.STATUSES:
        abort(400)
    since, until = _date("since"), _date("until")
    if since and until and since > until:
        abort(400)
    owner = args.get("owner") or None
    if owner not in (None, "mine", "unassigned"):
        abort(400)
    return review.Filters(
        status=status, office=args.get("office") or None, channel=args.get("channel") or None,
        since=since, until=until, search=(args.get("q") or "").strip()[:100] or None,
        owner=owner, viewer=g.staff.id,
    )


def _handoff_or_404(db, code: str):
    item = get_by_code(db, code)
    if item is None:
        abort(404)
    return item


@blueprint.route("/login", methods=["GET", "POST"])
@limit_failed_sign_ins
def login():
    if request.method == "POST":
        username = (request.form.get("username") or "").strip()[:64]
        password = request.form.get("password") or ""
        with _db().begin() as db:
            user = review.find_staff(db, username)
            if check_password(user, password):
                sign_in(db, user)
                review.audit(db, user, "login")
                target = request.args.get("next") or ""
                return redirect(target if target.startswith("/staff/") else url_for("staff.handoffs"))
            # the attempted username (never the password), and the account when there is one
            review.audit(db, user, "login_failed", detail=username)
        flash("That username and password do not match an account.")
        return render_template("login.html"), 401
    if request.args.get("expired"):
        flash("Your session ended after a period of inactivity. Please sign in again.")
    return render_template("login.html")


@blueprint.route("/logout", methods=["POST"])
@login_required
def logout():
    with _db().begin() as db:
        sign_out(db)
        review.audit(db, g.staff, "logout")
    return redirect(url_for("staff.login"))


@blueprint.route("/")
@login_required
def handoffs():
    filters = _filters()
    page = _page()
    size = current_app.config["PAGE_SIZE"]
    with _db()() as db:
        rows, total = review.list_for_review(db, filters, limit=size, offset=(page - 1) * size)
        return render_template(
            "list.html", rows=rows, total=total, page=page, pages=max(1, -(-total // size)), filters=filters,
            counts=review.counts_by_status(db), choices=review.choices(db), statuses=review.STATUSES,
            latest=review.latest_id(db),
        )


@blueprint.route("/handoffs/new-since/<int:handoff_id>")
@login_required
def new_since(handoff_id: int):
    """How many handoffs arrived after the newest one a list page showed (the page asks every 30 seconds)."""
    with _db()() as db:
        count, urgent = review.newer_than(db, handoff_id)
    return jsonify(new=count, urgent=urgent)


@blueprint.route("/handoffs/<code>")
@login_required
def handoff(code: str):
    with _db().begin() as db:
        item = _handoff_or_404(db, code)
        review.audit(db, g.staff, "view", item)
        return render_template("detail.html", h=item, events=review.events_for(db, item), statuses=review.STATUSES,
                               fields=INTAKE_FIELDS, lines=transcript_lines(item.transcript),
                               alerts=review.alerts_for(db, item), staff=review.staff_members(db),
                               outcomes=CONTACT_OUTCOMES)


@blueprint.route("/handoffs/<code>/acknowledge", methods=["POST"])
@login_required
def acknowledge(code: str):
    with _db().begin() as db:
        item = _handoff_or_404(db, code)
        if not review.acknowledge(db, item, db.merge(g.staff), datetime.now(timezone.utc)):
            flash("Someone acknowledged it already.")
    return redirect(url_for("staff.handoff", code=code))


@blueprint.route("/handoffs/<code>/assign", methods=["POST"])
@login_required
def assign(code: str):
    """`owner`: "me", a staff member's id, or "" for nobody."""
    choice = request.form.get("owner", "")
    with _db().begin() as db:
        item = _handoff_or_404(db, code)
        me = db.merge(g.staff)
        if choice == "me":
            owner = me
        elif choice == "":
            owner = None
        elif re.fullmatch(r"[0-9]{1,9}", choice):
            owner = db.get(type(me), int(choice))
            if owner is None:
                abort(400)
        else:
            abort(400)
        review.assign(db, item, me, owner)
    return redirect(url_for("staff.handoff", code=code))


@blueprint.route("/handoffs/<code>/contact", methods=["POST"])
@login_required
def log_contact(code: str):
    outcome = request.form.get("outcome")
    if outcome not in CONTACT_OUTCOMES:
        abort(400)
    note = (request.form.get("note") or "").strip()[:500]
    with _db().begin() as db:
        item = _handoff_or_404(db, code)
        review.log_contact(db, item, db.merge(g.staff), CONTACT_OUTCOMES[outcome], note)
    return redirect(url_for("staff.handoff", code=code))


@blueprint.route("/handoffs/<code>/status", methods=["POST"])
@login_required
def change_status(code: str):
    new_status = request.form.get("status")
    if new_status not in review.STATUSES:
        abort(400)
    with _db().begin() as db:
        review.change_status(db, _handoff_or_404(db, code), db.merge(g.staff), new_status)
    return redirect(url_for("staff.handoff", code=code))


@blueprint.route("/handoffs/<code>/notes", methods=["POST"])
@login_required
def add_note(code: str):
    note = (request.form.get("note") or "").strip()
    if not note:
        flash("A note cannot be empty.")
        return redirect(url_for("staff.handoff", code=code))
    with _db().begin() as db:
        review.add_note(db, _handoff_or_404(db, code), db.merge(g.staff), note[:MAX_NOTE])
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


PERIODS = (7, 30, 90)


def _period() -> int:
    value = request.args.get("days") or "30"
    if not value.isdigit() or int(value) not in PERIODS:
        abort(400)
    return int(value)


INSIGHTS_FRESH_S = 60.0  # the figures are computed at most once a minute per period (and per process)
_insights_lock = threading.Lock()


def _gather(db, days: int):
    """The period's figures, computed again when older than INSIGHTS_FRESH_S (kept per app): a dashboard
    several managers reload need not count 90 days of conversations on every request."""
    cache: Dict[int, Tuple[float, Any]] = current_app.extensions.setdefault("insights", {})
    with _insights_lock:
        cached = cache.get(days)
        if cached is not None and time.monotonic() - cached[0] < INSIGHTS_FRESH_S:
            return cached[1]
        found = insight_queries.gather(db, days, current_app.extensions["clock"].zone.key)
        cache[days] = (time.monotonic(), found)
        return found


@blueprint.route("/insights")
@manager_required
def insights():
    days = _period()
    with _db().begin() as db:
        found = _gather(db, days)
        review.audit(db, db.merge(g.staff), "insights", detail=f"{days} days")
        channels = [c for c in insight_queries.CHANNELS if any(found.per_day.get(d, {}).get(c) for d in found.days)]
        return render_template(
            "insights.html", found=found, days=days, periods=PERIODS, channels=channels,
            channel_names=insight_queries.CHANNELS,
            daily=charts.daily_bars(found.days, found.per_day, channels),
            funnel=charts.horizontal_bars(found.funnel, "From a first message to a scheduled consultation"),
            topics=charts.horizontal_bars(found.topics, "The most asked topics"),
        )


@blueprint.route("/insights/unanswered.csv")
@manager_required
def unanswered_export():
    days = _period()
    with _db().begin() as db:
        found = _gather(db, days)
        review.audit(db, db.merge(g.staff), "export", detail=f"unanswered messages, {days} days")
    return Response(unanswered_csv(found.groups), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="unanswered.csv"'})


@blueprint.route("/conversations/<path:conversation_id>")
@manager_required
def conversation(conversation_id: str):
    """A whole conversation, also one that never became a handoff (linked from the unanswered messages)."""
    with _db().begin() as db:
        messages = insight_queries.conversation(db, conversation_id[:255])
        if not messages:
            abort(404)
        handoffs = review.handoffs_of(db, conversation_id)
        review.audit(db, db.merge(g.staff), "conversation", detail=conversation_id[:255])
        return render_template("conversation.html", lines=transcript_lines(messages), handoffs=handoffs,
                               channel=insight_queries.CHANNELS[channel_of(conversation_id)])


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
def bad_request(_):
    return render_template("error.html", message="The request was not valid. Please go back and try again."), 400


@blueprint.app_errorhandler(429)
def too_many(_):
    return render_template("error.html", message="Too many sign-in attempts. Please wait a minute and try again."), 429


@blueprint.app_errorhandler(500)
def server_error(_):
    return render_template("error.html", message="Something went wrong on our side. Please try again."), 500
