"""CSV export with spreadsheet formula injection neutralised."""

from __future__ import annotations

import csv
import io
from typing import Iterable, List

from clinic.storage.models import Handoff

COLUMNS = ["reference", "status", "urgent", "created_utc", "channel", "kind", "name", "phone", "email", "office",
           "seeking_help", "in_their_words", "contact_method", "contact_time"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will show as text: a leading =, +, -, @, tab or CR gets a quote in front."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _row(h: Handoff) -> List[str]:
    i = h.intake
    values = [h.reference_code, h.status, "yes" if h.urgent else "no", f"{h.created_at:%Y-%m-%d %H:%M}", h.channel,
              h.kind]
    values += [getattr(i, name) if i else None for name in (
        "full_name", "phone_e164", "email", "office", "seeking_help", "seeking_help_text", "contact_method",
        "contact_time")]
    return [safe_cell(v) for v in values]


def to_csv(handoffs: Iterable[Handoff]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for h in handoffs:
        writer.writerow(_row(h))
    return out.getvalue()
