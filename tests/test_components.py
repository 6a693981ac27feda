"""The project's NLU components: the spaCy pipeline it builds, and the token budget."""

import pytest
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.nlu import TokenBudget
from assistant.spacy_pipeline import LEXICON_PATH, build, inputs_fingerprint


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
    assert loaded.meta["inputs_fingerprint"] == inputs_fingerprint(LEXICON_PATH, None)


def test_the_fingerprint_changes_with_the_lexicon(tmp_path):
    """`make` rebuilds the pipeline when its fingerprint no longer matches its inputs."""
    lexicon = tmp_path / "lexicon.yml"
    lexicon.write_text(LEXICON_PATH.read_text(encoding="utf-8"), encoding="utf-8")
    before = inputs_fingerprint(lexicon, None)
    assert before == inputs_fingerprint(LEXICON_PATH, None)  # the same bytes, the same fingerprint
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    assert inputs_fingerprint(lexicon, None) != before


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


def _tokenised(text, **data):
    message = Message({TEXT: text, **data})
    message.set(TOKENS_NAMES[TEXT], [Token(w, i) for i, w in enumerate(text.split())])
    return message


def test_fillers_are_trimmed_from_the_tokens_but_never_everything():
    from assistant.nlu import FillerTrimmer, leading_filler_count

    message = _tokenised("wait quick question is it painful")
    FillerTrimmer().process([message])
    assert [t.text for t in message.get(TOKENS_NAMES[TEXT])] == ["is", "it", "painful"]
    assert message.get(TEXT) == "wait quick question is it painful"  # the raw text is kept
    assert leading_filler_count(["wait"]) == 0 and leading_filler_count(["actually", "yes"]) == 1


def _trimmed(text):
    """A tokenised message after FillerTrimmer."""
    from assistant.nlu import FillerTrimmer

    message = _tokenised(text)
    FillerTrimmer().process([message])
    return message


@pytest.mark.parametrize("text, kept", [
    ("on another note do i need to stay on it forever", "do i need to stay on it forever"),
    ("totally different question is it fda approved", "is it fda approved"),
    ("otra pregunta cuanto dura", "cuanto dura"),
])
def test_a_change_of_subject_is_a_filler(text, kept):
    message = _trimmed(text)
    assert " ".join(t.text for t in message.get(TOKENS_NAMES[TEXT])) == kept


@pytest.mark.parametrize("text, kept", [
    ("hmm ok , kinda scary but ok . whats the success rate tho", "whats the success rate tho"),
    ("that makes a lot of sense , thank you . does it work for anxiety ?", "does it work for anxiety ?"),
    ("ok cool . wait , is it painful ?", "is it painful ?"),
    # a wish to go ahead after it is read alone too ("makes sense. im in" read whole was unsure, 0.30)
    ("makes sense . im in", "im in"),
    ("got it . sign me up", "sign me up"),
    ("alright im in . what do u need from me", "im in"),  # the wish is no acknowledgement (and what next is part of it)
    ("cool sounds good lets do it", "lets do it"),  # two acknowledgements, then the wish (read whole: affirm, 0.47)
    # as the tokenizer splits them ("im" -> "i m"), and with only what comes next asked after the wish
    ("makes sense . i m in", "i m in"),
    ("alright i m in . what do u need from me", "i m in"),
    ("Ok I 'm ready to try this . What 's the next step ?", "I 'm ready to try this"),
    ("i m in . how much does it cost ?", "i m in . how much does it cost ?"),  # a question of its own stays
    ("ok i think i m ready . whats the next step", "i think i m ready"),
    ("ok , im in", "im in"),
    ("thanks . im in pain all the time", "thanks . im in pain all the time"),  # no question and no wish: all of it
    ("ok cool . my mom has ocd", "ok cool . my mom has ocd"),
    ("I have depression . does it help ?", "I have depression . does it help ?"),  # not an acknowledgement
    ("thanks , when will you text me ?", "when will you text me ?"),  # a bare thanks ends at its comma
    ("thanks for that , what next ?", "thanks for that , what next ?"),  # not only an acknowledgement
])
def test_an_acknowledgement_before_a_question_is_left_to_the_raw_text(text, kept):
    message = _trimmed(text)
    assert " ".join(t.text for t in message.get(TOKENS_NAMES[TEXT])) == kept
    assert message.get(TEXT) == text


@pytest.mark.parametrize("text, kept", [
    ("my boss is going to kill me if I miss work how long is an infusion", "if I miss work how long is an infusion"),
    ("killer headache lol how many sessions", "headache lol how many sessions"),
    ("this depression is killing me how fast does it work", "this depression how fast does it work"),
    ("me muero de ganas de empezar", "de empezar"),
    ("this paperwork is gonna be the death of me . how do i book", "this paperwork is gonna . how do i book"),
    ("i would die of embarrassment if people knew . is it confidential", "i would if people knew . is it confidential"),
    # nothing figurative: every word stays, and a message that is only a figure of speech keeps its words
    ("he is going to kill me", "he is going to kill me"),
    ("I want to kill myself", "I want to kill myself"),
    ("me muero de risa", "me muero de risa"),
])
def test_figures_of_speech_are_trimmed_but_danger_words_are_not(text, kept):
    message = _trimmed(text)
    assert " ".join(t.text for t in message.get(TOKENS_NAMES[TEXT])) == kept
    assert message.get(TEXT) == text


def test_messages_of_unknown_words_are_doubted_and_known_ones_left_alone(tmp_path):
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    from assistant.nlu import UnknownWordsGate

    gate = UnknownWordsGate.create(UnknownWordsGate.get_default_config(), LocalModelStorage(tmp_path),
                                   Resource("gate"), ExecutionContext(GraphSchema({}), "t"))
    gate.train(TrainingData([_tokenised("what are the side effects", intent="faq_side_effects")]))
    ranking = [{"name": "faq_side_effects", "confidence": 0.6}, {"name": "greet", "confidence": 0.1}]
    mash = _tokenised("zxqv blorp", intent={"name": "faq_side_effects", "confidence": 0.6}, intent_ranking=ranking)
    known = _tokenised("side effects", intent={"name": "faq_side_effects", "confidence": 0.6}, intent_ranking=ranking)
    drawn_out = _tokenised("sideee effectsss", intent={"name": "faq_side_effects", "confidence": 0.6},
                           intent_ranking=ranking)
    gate.process([mash, known, drawn_out])
    assert mash.get("intent")["confidence"] == 0.0 and all(r["confidence"] == 0 for r in mash.get("intent_ranking"))
    assert known.get("intent")["confidence"] == 0.6
    assert drawn_out.get("intent")["confidence"] == 0.6  # "heyyy" is "hey" drawn out
    gate.train(TrainingData([_tokenised("adios y gracias", intent="goodbye")]))
    accented = _tokenised("adiós", intent={"name": "goodbye", "confidence": 0.6}, intent_ranking=ranking)
    gate.process([accented])
    assert accented.get("intent")["confidence"] == 0.6  # a known word with its accent is still known


def _lexical(tmp_path, **config):
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    from assistant.nlu import LexicalIntentClassifier

    storage, resource = LocalModelStorage(tmp_path), Resource("lexical")
    context = ExecutionContext(GraphSchema({}), "t")
    made = LexicalIntentClassifier.create({**LexicalIntentClassifier.get_default_config(), **config}, storage,
                                          resource, context)
    return made, lambda: LexicalIntentClassifier.load(made._config, storage, resource, context)


_EXAMPLES = [("what are the side effects", "faq_side_effects"), ("any side effects like nausea", "faq_side_effects"),
             ("does it make you sick or dizzy", "faq_side_effects"), ("how much does it cost", "ask_cost"),
             ("what is the price", "ask_cost"), ("is it expensive", "ask_cost"), ("hello there", "greet"),
             ("hi", "greet"), ("good morning", "greet")]


def test_the_lexical_classifier_ranks_intents_and_survives_a_reload(tmp_path):
    classifier, reload = _lexical(tmp_path, ranking_length=2)
    classifier.train(TrainingData([_tokenised(text, intent=intent) for text, intent in _EXAMPLES]))
    for model in (classifier, reload()):
        misspelt, price = _tokenised("side efects?"), _tokenised("whats the cost")
        model.process([misspelt, price])
        assert misspelt.get("intent")["name"] == "faq_side_effects"  # character n-grams carry the misspelling
        assert price.get("intent")["name"] == "ask_cost"
        ranking = price.get("intent_ranking")
        assert len(ranking) == 2 and ranking[0] == price.get("intent")
        assert ranking[0]["confidence"] > ranking[1]["confidence"] > 0


def test_the_lexical_classifiers_fast_scoring_gives_scikit_learns_probabilities(tmp_path):
    import numpy as np

    classifier, reload = _lexical(tmp_path)
    classifier.train(TrainingData([_tokenised(text, intent=intent) for text, intent in _EXAMPLES]))
    texts = ["side efects?", "whats the cost", "hello", "zzz", "price of the side effects"]
    expected = classifier._model.predict_proba(texts)
    for model in (classifier, reload()):
        assert np.allclose(model.probabilities(texts), expected, atol=1e-9)


def test_the_lexical_classifier_reads_the_tokens_the_trimmer_left(tmp_path):
    classifier, _ = _lexical(tmp_path)
    classifier.train(TrainingData([_tokenised(text, intent=intent) for text, intent in _EXAMPLES]))
    trimmed = _tokenised("hi quick question what is the price")
    untrimmed = _tokenised("hi quick question what is the price")
    trimmed.set(TOKENS_NAMES[TEXT], trimmed.get(TOKENS_NAMES[TEXT])[3:])  # as FillerTrimmer leaves it
    classifier.process([trimmed, untrimmed])
    assert trimmed.get("intent")["name"] == "ask_cost"
    assert trimmed.get("intent")["confidence"] > untrimmed.get("intent")["confidence"]


def test_the_lexical_classifier_reads_a_word_with_or_without_its_accents_as_one(tmp_path):
    classifier, _ = _lexical(tmp_path)
    examples = [("adiós", "goodbye"), ("hasta luego", "goodbye"), ("qué es la ketamina", "faq_what_is_ketamine"),
                ("que es eso", "faq_what_is_ketamine"), ("hola", "greet"), ("buenos días", "greet")]
    classifier.train(TrainingData([_tokenised(text, intent=intent) for text, intent in examples]))
    accented, plain = _tokenised("adiós"), _tokenised("adios")
    classifier.process([accented, plain])
    assert accented.get("intent")["name"] == plain.get("intent")["name"] == "goodbye"
    assert accented.get("intent")["confidence"] == plain.get("intent")["confidence"]


def test_an_untrained_lexical_classifier_leaves_messages_alone(tmp_path):
    classifier, reload = _lexical(tmp_path)
    classifier.train(TrainingData([_tokenised("hello", intent="greet")]))  # one intent: nothing to tell apart
    message = _tokenised("hello")
    reload().process([message])
    assert message.get("intent") is None


@pytest.mark.parametrize("text, kept", [
    ("im fine with needles , my question is is this even legal in california", "is this even legal in california"),
    ("i get the nmda thing but what i actually want to know is when will i feel it", "when will i feel it"),
    ("tengo ansiedad hace años , mi pregunta es cuanto dura", "cuanto dura"),
    ("my question is is it legal", "my question is is it legal"),  # nothing before the marker
    ("that is what i want to know is it", "that is what i want to know is it"),  # one word after it: too little
    # a story, then the turn to the question
    ("read your blog about diet . anyway , do you take blue shield ?", "do you take blue shield ?"),
    ("my knees hurt and im depressed but im mostly asking where your offices are", "where your offices are"),
    ("tengo migrañas hace años . en fin , cuanto cuesta una sesion ?", "cuanto cuesta una sesion ?"),
    # a concession the message opens with, then the question
    ("i know the fda approved spravato , but is the iv kind addictive", "is the iv kind addictive"),
    ("ok i know this sounds dumb but is it the horse tranquilizer", "is it the horse tranquilizer"),
    ("ya sé que es anestesia , pero ¿ cómo se siente ?", "¿ cómo se siente ?"),
    # no question after the turn, or too short a one: every word stays
    ("how does it help depression ? anyway just curious", "how does it help depression ? anyway just curious"),
    ("i know i need help but im scared", "i know i need help but im scared"),
    ("i know it works but why ?", "i know it works but why ?"),
    ("can it be abused ? i know people use it at raves", "can it be abused ? i know people use it at raves"),
    # a story with danger in it, or a long one, stays whole: the screen may miss what only the classifier would see
    ("this is my last try , ive picked the spot . anyway , what are the prices ?",
     "this is my last try , ive picked the spot . anyway , what are the prices ?"),
    ("my sister's husband is hurting her i think . anyway do you take blue shield ?",
     "my sister's husband is hurting her i think . anyway do you take blue shield ?"),
    ("i have had depression for twenty years and tried every pill there is and two rounds of tms and a lot of "
     "therapy too . anyway what are the prices ?",
     "i have had depression for twenty years and tried every pill there is and two rounds of tms and a lot of "
     "therapy too . anyway what are the prices ?"),
])
def test_a_question_the_message_marks_as_its_own_is_what_the_classifier_reads(text, kept):
    message = _trimmed(text)
    assert " ".join(t.text for t in message.get(TOKENS_NAMES[TEXT])) == kept
    assert message.get(TEXT) == text


@pytest.mark.parametrize("text, intent", [
    # the safety screen reads danger or a personal medical question in it: the story stays
    ("just want to go to sleep and not wake up . anyway what are your hours", None),
    ("my boyfriend choked me last night . anyway is ketamine going to help my anxiety", None),
    ("i know its safe in general , but can i take it with my lithium ?", None),
    # labelled as an emergency or as advice in training: the story stays, so the label is learnt from it
    ("the consult is mid . anyway what are your hours", "crisis"),
    ("i take 3 meds . anyway is it ok for me", "medical_advice"),
])
def test_the_story_before_a_question_stays_when_it_may_be_the_point(text, intent):
    message = _tokenised(text, **({"intent": intent} if intent else {}))
    from assistant.nlu import FillerTrimmer

    FillerTrimmer().process_training_data(TrainingData([message])) if intent else FillerTrimmer().process([message])
    assert " ".join(t.text for t in message.get(TOKENS_NAMES[TEXT])) == text


@pytest.mark.parametrize("text, expected", [
    ("who's a good candidate anyway, dont want to waste ur time", "faq_candidate"),
    ("can i stop? who is a good candidate", "stop_intake"),  # a word that asks to stop
    ("i dont want to do this anymore", "stop_intake"),  # no question
    ("can we hurry this up? dont want to waste ur time", "stop_intake"),  # no topic named outright
])
def test_a_question_naming_a_topic_is_not_taken_for_a_wish_to_stop(text, expected):
    from assistant.nlu import QuestionNotStop

    ranking = [{"name": "stop_intake", "confidence": 0.6}, {"name": "faq_candidate", "confidence": 0.1},
               {"name": "greet", "confidence": 0.05}]
    message = Message({TEXT: text, "intent": dict(ranking[0]), "intent_ranking": ranking})
    QuestionNotStop().process([message])
    assert message.get("intent")["name"] == expected
    assert message.get("intent")["confidence"] == 0.6
    assert message.get("intent_ranking")[0]["name"] == expected
    assert [r["confidence"] for r in message.get("intent_ranking")] == [0.6, 0.1, 0.05]


def test_a_question_naming_a_topic_the_classifier_did_not_rank_is_still_that_topic():
    from assistant.nlu import QuestionNotStop

    ranking = [{"name": "stop_intake", "confidence": 0.6}, {"name": "crisis", "confidence": 0.11}]
    message = Message({TEXT: "who's a good candidate anyway, dont want to waste ur time",
                       "intent": dict(ranking[0]), "intent_ranking": ranking})
    QuestionNotStop().process([message])
    assert message.get("intent") == {"name": "faq_candidate", "confidence": 0.6}
    assert [(r["name"], r["confidence"]) for r in message.get("intent_ranking")] == [
        ("faq_candidate", 0.6), ("crisis", 0.11), ("stop_intake", 0.0)]
