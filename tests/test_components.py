"""The project's NLU components: the spaCy pipeline it builds, and the token budget."""

import pytest
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.nlu import TokenBudget
from assistant.spacy_pipeline import build


@pytest.fixture(scope="module")
def nlp(tmp_path_factory):
    return build(tmp_path_factory.mktemp("spacy") / "clinic_en")


def test_visitor_spellings_fold_onto_the_trained_word(nlp):
    lemmas = {t.text: t.lemma_ for t in nlp("can u tell me if ketamin infusions help my anxeity pls")}
    assert lemmas["ketamin"] == "ketamine"
    assert lemmas["anxeity"] == "anxiety"
    assert lemmas["u"] == "you"
    assert lemmas["pls"] == "please"
    assert lemmas["infusions"] == "infusion"  # from the lemma tables copied into the pipeline


def test_entities_for_conditions_medications_routes_and_offices(nlp):
    doc = nlp("I have fibromyalgia, I'm on Lexapro, could I get a nasal spray near Seal Beach?")
    found = {(e.label_, e.ent_id_) for e in doc.ents}
    assert ("condition", "chronic_pain") in found
    assert ("medication", "lexapro") in found
    assert ("route", "intranasal") in found
    assert ("office", "Seal Beach") in found


def test_the_pipeline_is_saved_and_loads_from_its_folder(tmp_path):
    import spacy

    build(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.pipe_names == ["attribute_ruler", "lemmatizer", "entity_ruler"]
    assert loaded.meta["inputs_fingerprint"]


def _message(n_tokens):
    message = Message({TEXT: " ".join(["word"] * n_tokens)})
    message.set(TOKENS_NAMES[TEXT], [Token("word", i * 5) for i in range(n_tokens)])
    return message


def test_token_budget_caps_long_messages_and_keeps_the_text():
    budget = TokenBudget({"max_tokens": 10})
    long, short = _message(5000), _message(3)
    budget.process([long, short])
    assert len(long.get(TOKENS_NAMES[TEXT])) == 10
    assert len(long.get(TEXT).split()) == 5000
    assert len(short.get(TOKENS_NAMES[TEXT])) == 3


def test_token_budget_applies_to_training_data_too():
    data = TrainingData([_message(50)])
    TokenBudget({"max_tokens": 7}).process_training_data(data)
    assert len(data.training_examples[0].get(TOKENS_NAMES[TEXT])) == 7


def test_token_budget_refuses_a_zero_budget():
    with pytest.raises(ValueError):
        TokenBudget({"max_tokens": 0})
