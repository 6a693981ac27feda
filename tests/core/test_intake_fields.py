"""The intake field table (clinic/intake_fields.py) agrees with the domain: each answer is a slot the form
fills (custom mapping, so only the validator sets it), each asked answer is a required slot of the form with
its question, and the table's names are unique."""

from pathlib import Path

import yaml

from clinic import names as n
from clinic.intake_fields import INTAKE_FIELDS, INTAKE_SLOTS, YES_NO

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())


def test_every_answer_is_a_slot_of_the_right_type():
    for field in INTAKE_FIELDS:
        slot = DOMAIN["slots"][field.slot]
        assert slot["type"] == ("bool" if field.kind == YES_NO else "text"), field.slot
        assert slot["mappings"] == [{"type": "custom"}], field.slot


def test_every_asked_answer_is_asked_by_the_form():
    required = DOMAIN["forms"][n.FORM_INTAKE]["required_slots"]
    for field in INTAKE_FIELDS:
        if field.asked:
            assert field.slot in required, field.slot
            assert field.question in DOMAIN["responses"] or f"action_ask_{field.slot}" in DOMAIN["actions"], field.slot


def test_names_are_unique_and_every_answer_is_cleared_with_the_intake():
    for attribute in ("slot", "column", "label", "export"):
        values = [getattr(f, attribute) for f in INTAKE_FIELDS]
        assert len(values) == len(set(values)), attribute
    assert {f.slot for f in INTAKE_FIELDS} <= set(INTAKE_SLOTS)


def test_answers_read_plainly_for_staff():
    by_slot = {f.slot: f for f in INTAKE_FIELDS}
    assert by_slot[n.SLOT_ADULT].shown(True) == "yes" and by_slot[n.SLOT_ADULT].shown(False) == "no"
    assert by_slot[n.SLOT_NAME].shown(None) == "—" and by_slot[n.SLOT_NAME].shown("Sam") == "Sam"
