"""The intake's answers, one entry each: which slot the form fills, which column of `intake_answers` keeps it,
how staff see it (the handoff page, `python -m clinic handoffs show`) and its CSV export header.

The action server builds the handoff from this table (actions/handoff.py), storage makes the `intake_answers`
table from it (clinic/storage/models.py), and the export, the CLI and the staff page list it in this order.
Adding a question is an entry here plus an Alembic migration adding its column, and, on the Rasa side, its
slot, its question (`utter_ask_<slot>`) and its place in the form's `required_slots` in domain.yml, and how
its answer is read (actions/intake.py, actions/validators.py); README, "Adding a question to the intake".
`tests/core/test_intake_fields.py` checks the table against the domain.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Tuple

from clinic import names as n

TEXT = "text"
YES_NO = "yes_no"


@dataclass(frozen=True)
class IntakeField:
    slot: str  # the Rasa slot the intake form fills
    column: str  # the column of `intake_answers`
    label: str  # how staff see it
    export: str  # its header in the CSV export
    kind: str = TEXT  # TEXT or YES_NO
    length: Optional[int] = None  # a TEXT column's maximum length (None: no limit)
    asked: bool = True  # the form asks for it (with the response `utter_ask_<slot>`); False: derived
    link: Optional[str] = None  # "tel" (call and text links) or "mailto": one tap for staff

    @property
    def question(self) -> Optional[str]:
        """The response that asks for this answer, if the form asks for it."""
        return f"utter_ask_{self.slot}" if self.asked else None

    def shown(self, value: Any) -> str:
        """The answer as staff read it: "—" when empty, "yes"/"no" for a yes-or-no answer."""
        if value is None or value == "":
            return "—"
        if self.kind == YES_NO:
            return "yes" if value else "no"
        return str(value)


INTAKE_FIELDS: Tuple[IntakeField, ...] = (
    IntakeField(n.SLOT_NAME, "full_name", "Name", "name", length=120),
    IntakeField(n.SLOT_PHONE, "phone_e164", "Phone", "phone", length=20, link="tel"),
    IntakeField(n.SLOT_EMAIL, "email", "Email", "email", length=254, link="mailto"),
    IntakeField(n.SLOT_OFFICE, "office", "Office", "office", length=80),
    IntakeField(n.SLOT_HELP, "seeking_help", "Seeking help with", "seeking_help", length=40),
    IntakeField(n.SLOT_HELP_TEXT, "seeking_help_text", "In their words", "in_their_words", asked=False),
    IntakeField(n.SLOT_ADULT, "is_adult", "18 or older", "is_adult", kind=YES_NO),
    IntakeField(n.SLOT_CONTACT_METHOD, "contact_method", "Contact by", "contact_method", length=10),
    IntakeField(n.SLOT_CONTACT_TIME, "contact_time", "Best time", "contact_time", length=20),
)
BY_COLUMN = {f.column: f for f in INTAKE_FIELDS}

# Every slot the intake fills, the answers and the form's own bookkeeping; all are cleared when an intake ends
# without a handoff.
INTAKE_SLOTS: Tuple[str, ...] = (
    n.SLOT_INTAKE_KEY, n.SLOT_CONSENT, n.SLOT_CONSENT_AT, *(f.slot for f in INTAKE_FIELDS), n.SLOT_CONFIRMED,
    n.SLOT_CHANGE_REQUESTED, n.SLOT_INVALID, n.SLOT_HANDOFF_FAILED,
)
