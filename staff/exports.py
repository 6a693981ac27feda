"""CSV export with spreadsheet formula injection neutralised."""

from __future__ import annotations

import csv
import io
from typing import Iterable, List

from clinic.intake_fields import INTAKE_FIELDS, YES_NO
from clinic.storage.models import Handoff

COLUMNS = ["reference", "status", "urgent", "created_utc", "channel", "kind", *(f.export for f in INTAKE_FIELDS)]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will show as text: a leading =, +, -, @, tab or CR gets a quote in front."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _row(h: Handoff) -> List[str]:
    i = h.intake
    values = [h.reference_code, h.status, "yes" if h.urgent else "no", f"{h.created_at:%Y-%m-%d %H:%M}", h.channel,
              h.kind]
    for f in INTAKE_FIELDS:
        value = i.answer(f.column) if i else None
        values.append(f.shown(value) if f.kind == YES_NO and value is not None else value)
    return [safe_cell(v) for v in values]


def to_csv(handoffs: Iterable[Handoff]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for h in handoffs:
        writer.writerow(_row(h))
    return out.getvalue()
