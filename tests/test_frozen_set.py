"""The frozen blind test set stays what it was: large, labelled with known labels, and out of the training
data (a message copied into training would make its figure meaningless). Its score is not a test: it is
measured with `make evaluate` at the start and the end of a piece of work, never tuned on."""

from pathlib import Path

import yaml

from tests.nlu_eval.frozen import (
    RESOURCES_EN, SPANISH_TEST_SET, is_right, known_labels, load_test_set, reads_spanish,
)

ROOT = Path(__file__).resolve().parents[1]


def _training_texts():
    texts = set()
    for path in (ROOT / "data").rglob("*.yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu", []) or []:
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    texts.add(line.strip()[2:].strip().lower())
    return texts


def test_the_frozen_set_is_large_and_uses_only_known_labels():
    items = load_test_set()
    assert len(items) >= 300
    labels = {label for item in items for label in item.expect}
    assert labels <= known_labels(), labels - known_labels()
    assert sum(1 for i in items if i.lang == "es" and any(label in RESOURCES_EN for label in i.expect)) >= 10


def test_the_spanish_frozen_set_is_large_spanish_and_needs_spanish_replies():
    """Issue 14's blind set: at least 150 Spanish messages, every kind of emergency, scored only in Spanish."""
    items = load_test_set(SPANISH_TEST_SET)
    assert len(items) >= 150 and all(item.lang == "es" and item.reply_lang == "es" for item in items)
    labels = {label for item in items for label in item.expect}
    assert labels <= known_labels(), labels - known_labels()
    assert {label for label in RESOURCES_EN} <= labels
    assert reads_spanish("Ketamina es un anestésico. Se usa desde hace décadas en cirugía y en urgencias.")
    assert not reads_spanish("Ketamine is an anesthetic. It has been used for decades in surgery.")
    assert not reads_spanish("911 988 1-800-222-1222")


def test_no_frozen_message_is_in_the_training_data():
    """Messages of five words or more (a "hi" or "thanks" in both is no leak). Only the count is shown, so a
    failure does not put the blind set's wording in front of whoever is tuning."""
    training = _training_texts()
    count = sum(1 for item in load_test_set() + load_test_set(SPANISH_TEST_SET)
                if len(item.text.split()) >= 5 and item.text.strip().lower() in training)
    assert count == 0, f"{count} frozen messages appear in data/"  # a number, never the messages themselves


def test_the_scorer_tells_right_from_wrong():
    assert is_right("side_effects", ["utter_faq_side_effects"], "", "en")
    assert not is_right("side_effects", ["utter_fallback"], "", "en")
    assert is_right("emergency_overdose", [], "Call 911. Poison Control: 1-800-222-1222.", "en")
    assert not is_right("emergency_overdose", [], "Call 911.", "en")
    assert is_right("emergency_suicide", [], "Llama al 988; para español, oprime 2.", "es")
    assert not is_right("emergency_suicide", [], "Call or text 988.", "es")
    assert not is_right("advice_medication_change", ["utter_no_medical_advice"], "Only a physician...", "en")
    assert is_right("advice_medication_change", ["utter_no_medication_change"], "...con quien te lo receta.", "es")
    assert not is_right("advice_medication_change", ["utter_no_medication_change"], "...con quien te lo receta.", "en")
    # distress in Spanish gets the Spanish distress reply; an English message must get the English one
    assert is_right("distress", ["utter_distress_es"], "", "es")
    assert not is_right("distress", ["utter_distress_es"], "", "en")
    assert not is_right("distress", ["utter_faq_depression"], "", "es")
    # "talk to a person" with nothing shared yet is answered with how to reach the clinic (issue 12)
    assert is_right("person", ["utter_person_no_details"], "", "en")
    assert not is_right("person", ["utter_fallback"], "", "en")


def test_the_disclaimers_numbers_are_no_answer_to_an_emergency():
    from tests.nlu_eval.frozen import scored_text

    disclaimer = "Quick note: not for emergencies: call 911, or call or text 988."
    topic_only = [{"text": disclaimer, "disclaimer": True}, {"text": "Ketamine is ...", "response": "utter_faq_candidate"}]
    assert not is_right("emergency_suicide", ["utter_faq_candidate"], scored_text(topic_only, {disclaimer}), "en")
    crisis = [{"text": "Call or text 988 any time.\n\n" + disclaimer, "response": "utter_crisis"}]
    assert is_right("emergency_suicide", ["utter_crisis"], scored_text(crisis, {disclaimer}), "en")


def test_no_development_conversation_is_copied_into_the_training_data():
    """The second-round development sets are tuned on, but their wording is not trained on: a copied message
    would score itself."""
    training = _training_texts()
    for path in sorted((ROOT / "tests" / "nlu_eval" / "dev_sets").glob("*.yml")):
        copied = [item.text for item in load_test_set(path)
                  if len(item.text.split()) >= 5 and item.text.strip().lower() in training]
        assert not copied, (path.name, copied)
