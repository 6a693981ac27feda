"""CSV export with spreadsheet formula injection neutralised."""

from __future__ import annotations

import csv
import io
import re
from typing import Iterable, List, Sequence

from clinic.intake_fields import INTAKE_FIELDS, YES_NO
from clinic.storage.insights import Group
from clinic.storage.models import Handoff

COLUMNS = ["reference", "status", "urgent", "created_utc", "channel", "kind", *(f.export for f in INTAKE_FIELDS)]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_PHONE = re.compile(r"\+[1-9]\d{6,14}")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will show as text: a leading =, +, -, @, tab or CR gets a quote in front, except
    a phone number in E.164 ("+17145550134": a plus and digits only, which no spreadsheet runs)."""
    text = "" if value is None else str(value)
    if _PHONE.fullmatch(text):
        return text
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


UNANSWERED_COLUMNS = ["group", "group_size", "message", "classifier_intent", "confidence", "reply", "conversation",
                      "sent_utc"]


def unanswered_csv(groups: Sequence[Group]) -> str:
    """The unanswered messages, one row each with its group: what a maintainer turns into training examples
    (the text is masked: digits and email addresses never leave the database here)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(UNANSWERED_COLUMNS)
    for number, group in enumerate(groups, start=1):
        for m in group.messages:
            writer.writerow([safe_cell(v) for v in (
                number, group.count, m.text, m.intent or "", "" if m.confidence is None else f"{m.confidence:.2f}",
                m.reply or "", m.conversation_id, f"{m.sent_at:%Y-%m-%d %H:%M}")])
    return out.getvalue()
