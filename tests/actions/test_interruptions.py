"""The intents that may interrupt the intake are declared once (`INTERRUPTING_INTENTS` and the FAQ topics, in
actions/intake.py), and the in-form rules of data/rules_intake.yml must agree with them: every interruption
the form lets through has a rule that answers it and returns to the form (or leaves it), and no rule answers
an intent the form would have taken as an answer."""

from pathlib import Path

import yaml

from actions.intake import INTERRUPTING_INTENTS, interrupts
from clinic import names as n

ROOT = Path(__file__).resolve().parents[2]
# Answered by the safety-net policy on the Rasa server before any rule (assistant/policies.py), in and out of
# the form: no rule needed.
ANSWERED_BY_POLICY = {*n.CRISIS_INTENTS, n.INTENT_MEDICAL_ADVICE}


def _domain_intents():
    return set(yaml.safe_load((ROOT / "domain.yml").read_text())["intents"])


def _in_form_rules():
    """{intent: rule name} for rules that apply while the intake form is active and start with an intent."""
    rules = yaml.safe_load((ROOT / "data/rules_intake.yml").read_text())["rules"]
    found = {}
    for rule in rules:
        in_form = {"active_loop": n.FORM_INTAKE} in (rule.get("condition") or [])
        first = (rule.get("steps") or [{}])[0]
        if in_form and "intent" in first:
            found[first["intent"]] = rule["rule"]
    return found


def test_every_interrupting_intent_has_an_in_form_rule():
    interrupting = {i for i in _domain_intents() if interrupts(i)}
    assert interrupting >= INTERRUPTING_INTENTS - ANSWERED_BY_POLICY  # all declared intents exist
    missing = interrupting - ANSWERED_BY_POLICY - set(_in_form_rules())
    assert not missing, f"interrupting intents with no in-form rule in data/rules_intake.yml: {sorted(missing)}"


def test_every_in_form_rule_answers_an_interrupting_intent():
    strays = {intent: rule for intent, rule in _in_form_rules().items() if not interrupts(intent)}
    assert not strays, f"in-form rules for intents the form takes as answers: {strays}"


def test_in_form_answers_go_back_to_the_form_or_leave_it():
    rules = yaml.safe_load((ROOT / "data/rules_intake.yml").read_text())["rules"]
    for rule in rules:
        if {"active_loop": n.FORM_INTAKE} not in (rule.get("condition") or []):
            continue
        actions = [s["action"] for s in rule["steps"] if "action" in s]
        last_loop = [s["active_loop"] for s in rule["steps"] if "active_loop" in s][-1:]
        assert last_loop in ([n.FORM_INTAKE], [None]), rule["rule"]
        if last_loop == [n.FORM_INTAKE]:
            assert actions[-1] == n.FORM_INTAKE, rule["rule"]
