"""Commands for staff and scripts (run with the action-server environment):

    python -m clinic handoffs list [--status new|contacted|scheduled|closed] [--limit N]
    python -m clinic handoffs show CODE
    python -m clinic db upgrade          # bring the database to the newest schema (make run does this)
    python -m clinic purge [--days N]    # delete conversations that never became a handoff, quiet N days
    python -m clinic alerts [--once]     # the staff-alert worker (clinic/alerts.py; `make run` starts it)

The database is $DATABASE_URL, or the embedded SQLite file in var/; the Rasa tracker store (for purge) is
$TRACKER_STORE_URL, or var/conversations.db. The retention period is --days, else
$CONVERSATION_RETENTION_DAYS, else 30. Purge is safe to run from cron (e.g. daily).
"""

from __future__ import annotations

import argparse
import sys
from typing import List, Optional

from clinic.intake_fields import INTAKE_FIELDS
from clinic.storage.models import HandoffStatus


def _list(status: Optional[str], limit: int) -> int:
    from clinic.storage.db import session_factory
    from clinic.storage.review import Filters, list_for_review

    with session_factory()() as session:
        rows, _ = list_for_review(session, Filters(status=status), limit=limit)
        if not rows:
            print("no handoffs")
            return 0
        print(f"{'code':8} {'status':10} {'urgent':6} {'kind':15} {'channel':8} {'created (UTC)':17} name / office")
        for h in rows:
            intake = h.intake
            who = " / ".join(x for x in (intake.answer(c) for c in ("full_name", "office")) if x) if intake else ""
            print(f"{h.reference_code:8} {h.status:10} {'URGENT' if h.urgent else '':6} {h.kind:15} "
                  f"{h.channel:8} {h.created_at:%Y-%m-%d %H:%M} {who or '-'}")
    return 0


def _show(code: str) -> int:
    from clinic.storage.db import session_factory
    from clinic.storage.handoffs import get_by_code

    with session_factory()() as session:
        h = get_by_code(session, code)
        if h is None:
            print(f"no handoff with reference code {code.upper()}", file=sys.stderr)
            return 1
        print(f"handoff {h.reference_code}  status {h.status}{'  URGENT (crisis)' if h.urgent else ''}")
        print(f"kind {h.kind}, channel {h.channel}, language {h.language}, created {h.created_at:%Y-%m-%d %H:%M} UTC")
        if h.intake:
            for field in INTAKE_FIELDS:
                print(f"  {field.label.lower():18} {field.shown(h.intake.answer(field.column))}")
        if h.consent:
            print(f"consent: {'agreed' if h.consent.agreed else 'declined'} at {h.consent.agreed_at:%Y-%m-%d %H:%M} UTC, "
                  f"disclaimer version {h.consent.disclaimer_version}")
            print(f"  \"{h.consent.statement}\"")
        print(f"transcript ({len(h.transcript)} messages):")
        for m in h.transcript:
            print(f"  {m.sent_at:%H:%M:%S} {m.sender:9} {m.text}")
    return 0


def _purge(days: Optional[int]) -> int:
    from clinic.settings import Settings
    from clinic.storage import retention
    from clinic.storage.db import make_engine

    settings = Settings.from_env()  # DATABASE_URL, TRACKER_STORE_URL, CONVERSATION_RETENTION_DAYS
    clinic, tracker = make_engine(settings.database_url), retention.tracker_engine(settings.tracker_store_url)
    try:
        period = retention.retention_days(days if days is not None else settings.retention_days)
        result = retention.purge(clinic, tracker, period)
    finally:
        clinic.dispose()
        if tracker is not None:
            tracker.dispose()
    print(f"purged {result.conversations} conversations quiet for {period} days without a handoff "
          f"({result.tracker_events} tracker events, {result.transcript_messages} transcript messages)")
    return 0


def _alerts(once: bool, poll_s: float) -> int:
    import logging
    import signal

    from clinic.alerts import AlertSettings, AlertWorker
    from clinic.profile import load_profile
    from clinic.settings import InsecureSettingError, Settings
    from clinic.storage.db import session_factory

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env()
        alert_settings = AlertSettings.from_env(clinic=load_profile(settings.profile_path).name)
    except (InsecureSettingError, ValueError) as error:
        print(f"python -m clinic alerts: {error}", file=sys.stderr)
        return 2
    worker = AlertWorker(session_factory(settings.database_url), alert_settings)
    if once:
        print(f"{worker.run_once()} alerts handled")
        return 0
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: worker.stopping.set())
    names = ", ".join(d.name for d in alert_settings.destinations)
    logging.getLogger("clinic.alerts").info("alert worker started (destinations: %s)", names)
    worker.run_forever(poll_s)
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m clinic", description=__doc__.splitlines()[0])
    area = parser.add_subparsers(dest="area", required=True)
    handoffs = area.add_parser("handoffs").add_subparsers(dest="command", required=True)
    listing = handoffs.add_parser("list")
    listing.add_argument("--status", choices=[s.value for s in HandoffStatus])
    listing.add_argument("--limit", type=int, default=50)
    show = handoffs.add_parser("show")
    show.add_argument("code")
    db = area.add_parser("db").add_subparsers(dest="command", required=True)
    db.add_parser("upgrade")
    purge = area.add_parser("purge")
    purge.add_argument("--days", type=int, help="retention period in days (default 30)")
    alerts = area.add_parser("alerts")
    alerts.add_argument("--once", action="store_true", help="send what is due now, then stop")
    alerts.add_argument("--poll", type=float, default=1.0, help="seconds between looks at the outbox")
    args = parser.parse_args(argv)
    if args.area == "alerts":
        return _alerts(args.once, args.poll)
    if args.area == "purge":
        return _purge(args.days)
    if args.area == "db":
        from clinic.storage.migrate import upgrade

        upgrade()
        print("database is at the newest schema")
        return 0
    if args.command == "list":
        return _list(args.status, args.limit)
    return _show(args.code)


if __name__ == "__main__":
    sys.exit(main())
