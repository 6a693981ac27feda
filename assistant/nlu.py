"""NLU components of the project's own."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Set, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant.policies import named_topics
from clinic import names
from clinic.safety import CRISIS, CRISIS_TOPIC, MEDICAL_ADVICE, fold_accents, shared_screen
from clinic.wording import (figurative_words, leading_acknowledgement_count, leading_filler_count, looks_like_question,
                            wish_length, words_before_marked_question)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False
)
class TokenBudget(GraphComponent):
    """Keeps only the first `max_tokens` tokens of a message for the featurizers and classifiers.

    A visitor may paste 10,000 characters; the classifiers' attention over thousands of tokens would cost
    seconds and hundreds of megabytes for no gain (intent is clear long before that). The raw text is left
    untouched in the conversation, so the safety screen still reads every word.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"max_tokens": 120}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._max_tokens = int(config["max_tokens"])
        if self._max_tokens < 1:
            raise ValueError("TokenBudget: max_tokens must be at least 1")

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "TokenBudget":
        return cls(config)

    def _cap(self, message: Message) -> None:
        key = TOKENS_NAMES[TEXT]
        tokens = message.get(key)
        if tokens and len(tokens) > self._max_tokens:
            message.set(key, tokens[: self._max_tokens])

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._cap(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for message in training_data.training_examples:
            self._cap(message)
        return training_data


class _Stateless(GraphComponent):
    """A component of this project's with no configuration and nothing learned."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> GraphComponent:
        return cls()


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False
)
class FillerTrimmer(_Stateless):
    """Drops filler openers ("wait", "actually", "quick question"), acknowledgements before a question ("makes
    sense, thanks. does it work for anxiety too?") and figures of speech with danger words in them ("my boss is
    going to kill me if I miss work") from the tokens the classifiers see, and a story told before a question the
    message marks as its own ("... but what I actually want to know is when will I feel it").

    Mid-form, "wait, quick question, is it painful?" must be recognised as the question it is, so the form
    answers it and asks its own question again. Only the tokens change; the raw text (read by the safety
    screen and the form's validators, e.g. "actually my number is ...") stays as the visitor wrote it.
    """

    @staticmethod
    def _story_matters(message: Message) -> bool:
        """Whether the story before a question must stay for the classifier: the message is an emergency or a
        personal medical question (its training label, or the safety screen's reading of the raw text), where the
        story is what the classifier has to weigh ("... took 40 tylenol. anyway how much is the consult")."""
        label = message.get(INTENT)
        if isinstance(label, str):
            return label.startswith("crisis") or label == "medical_advice"
        finding = shared_screen().check(message.get(TEXT) or "")
        return finding is not None and finding.kind in (CRISIS, CRISIS_TOPIC, MEDICAL_ADVICE)

    @classmethod
    def _trim(cls, message: Message) -> None:
        key = TOKENS_NAMES[TEXT]
        tokens = message.get(key)
        if not tokens:
            return
        words = [t.text for t in tokens]
        drop = leading_acknowledgement_count(words)
        drop += leading_filler_count(words[drop:])
        story = words_before_marked_question(words)
        if story > drop and not cls._story_matters(message):
            drop = story
        figurative = set(figurative_words(words))
        wish = wish_length(words[drop:])  # "im in . what do you need from me": the wish alone
        end = drop + wish if wish else len(tokens)
        kept = [token for i, token in enumerate(tokens) if drop <= i < end and i not in figurative]
        if len(kept) < len(tokens):
            message.set(key, kept)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._trim(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for message in training_data.training_examples:
            self._trim(message)
        return training_data


_ELONGATED = re.compile(r"(\w)\1{2,}")  # a letter written three or more times


class _Trained(GraphComponent):
    """A trainable component of this project: its config, and where it keeps what it learned."""

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource) -> None:
        self._config = config
        self._storage = model_storage
        self._resource = resource

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> GraphComponent:
        return cls(config, model_storage, resource)

    @staticmethod
    def _read(model_storage: ModelStorage, resource: Resource, read: Callable[[Path], Any]) -> Any:
        """What `read` makes of the component's folder, or None when training left nothing there."""
        try:
            with model_storage.read_from(resource) as directory:
                return read(Path(directory))
        except (ValueError, FileNotFoundError):
            return None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class UnknownWordsGate(_Trained):
    """Doubts the classifier when most words of a message were never seen in training.

    A classifier always picks some intent: keyboard mash ("zxqv blorp") came back as the side-effects
    answer with confidence 0.55. When fewer than `min_known_share` of a message's words (letters only, two or
    more) occur in the training examples, the intent confidence and the ranking are scaled down by that
    share, so the FallbackClassifier after it turns the message into `nlu_fallback` and no far-fetched topic
    is offered. Misspellings that keep some known words stay above the bar (the character n-grams handle
    them).
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"min_known_share": 0.34}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 vocabulary: Optional[Set[Text]] = None) -> None:
        super().__init__(config, model_storage, resource)
        self._vocabulary: Set[Text] = vocabulary or set()

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "UnknownWordsGate":
        words = cls._read(model_storage, resource,
                          lambda folder: json.loads((folder / "vocabulary.json").read_text(encoding="utf-8")))
        return cls(config, model_storage, resource, set(words or []))

    @staticmethod
    def _words(message: Message) -> List[Text]:
        """The message's words, lower-cased, with drawn-out letters shortened ("heyyy", "sooo" -> "hey", "so")."""
        tokens = message.get(TOKENS_NAMES[TEXT]) or []
        return [_ELONGATED.sub(r"\1", fold_accents(t.text.lower())) for t in tokens if len(t.text) >= 2 and t.text.isalpha()]

    def train(self, training_data: TrainingData) -> Resource:
        vocabulary = set()
        for example in training_data.intent_examples:
            vocabulary.update(self._words(example))
        with self._storage.write_to(self._resource) as directory:
            (Path(directory) / "vocabulary.json").write_text(json.dumps(sorted(vocabulary)), encoding="utf-8")
        self._vocabulary = vocabulary
        return self._resource

    def known_share(self, message: Message) -> float:
        words = self._words(message)
        if not words or not self._vocabulary:
            return 1.0
        return sum(w in self._vocabulary for w in words) / len(words)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if (message.get(TEXT) or "").startswith("/"):
                continue  # intent payloads (buttons) are exact
            share = self.known_share(message)
            if share >= float(self._config["min_known_share"]):
                continue
            intent = dict(message.get(INTENT) or {})
            if intent:
                intent[PREDICTED_CONFIDENCE_KEY] = float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0) * share
                message.set(INTENT, intent, add_to_output=True)
            ranking = [dict(r, **{PREDICTED_CONFIDENCE_KEY: float(r.get(PREDICTED_CONFIDENCE_KEY) or 0.0) * share})
                       for r in (message.get(INTENT_RANKING_KEY) or [])]
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class LexicalIntentClassifier(_Trained):
    """Intents from a logistic regression over TF-IDF character and word n-grams of the message's tokens.

    On 1,644 visitor messages of the development sets (single messages, both languages) it put the right intent
    first for 1,556 against 1,495 for the small DIET it replaces, and on the two sets written this session, which
    nothing had been tuned on, 406 of 418 against 386 (see README, "Choices"). Character n-grams carry
    misspellings and Spanish without accents; sublinear term frequencies keep one word repeated in a long story
    from outweighing the question. It reads the tokens left after FillerTrimmer and TokenBudget, so fillers and
    figures of speech are dropped here as they were for DIET.
    """

    MODEL_FILE = "lexical_intents.joblib"

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # C: the inverse regularisation strength; at 20 the confidences spread like DIET's did (median 0.96,
        # a tenth under 0.54), so the fallback and the policies' thresholds keep their meaning.
        # word_bigrams: a third vectoriser over pairs of words seen at least twice ("side effects", "wear off",
        # "how long"); see README, "Choices", for what it changed
        return {"C": 20.0, "max_char_ngram": 4, "word_bigrams": True, "ranking_length": 10}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Any = None) -> None:
        super().__init__(config, model_storage, resource)
        self._model = model
        self._blocks: List[Any] = []
        if model is not None:
            self._prepare(model)

    def _prepare(self, model: Any) -> None:
        """Each vectoriser with its own slice of the weights, laid out for a sparse row times a dense matrix.

        scikit-learn's predict_proba multiplies by the transposed coefficients, which copies all of them
        (about 11 MB) on every call: 5 of the 8 ms a message took. Scoring each vectoriser's features against
        its contiguous slice gives the same probabilities (tests/test_components.py checks) in well under 1 ms.
        """
        import numpy as np

        union, regression = model.steps[0][1], model.steps[-1][1]
        weights, start, self._blocks = regression.coef_, 0, []
        for _, vectoriser in union.transformer_list:
            width = len(vectoriser.vocabulary_)
            self._blocks.append((vectoriser, np.ascontiguousarray(weights[:, start:start + width].T)))
            start += width
        self._intercept = regression.intercept_
        self._classes = [str(name) for name in regression.classes_]

    def probabilities(self, texts: List[Text]) -> Any:
        """The classes' probabilities for each text, as the logistic regression's predict_proba gives them."""
        import numpy as np

        scores = self._intercept + sum(vectoriser.transform(texts) @ block for vectoriser, block in self._blocks)
        scores = np.asarray(scores) - np.max(scores, axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "LexicalIntentClassifier":
        import joblib

        # None when trained without two intents to tell apart: every message then gets no intent, as DIET's did
        return cls(config, model_storage, resource,
                   cls._read(model_storage, resource, lambda folder: joblib.load(folder / cls.MODEL_FILE)))

    @staticmethod
    def _text(message: Message) -> Text:
        tokens = message.get(TOKENS_NAMES[TEXT])
        if tokens is None:
            return fold_accents((message.get(TEXT) or "").lower())
        return fold_accents(" ".join(t.text for t in tokens).lower())

    def _pipeline(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        vectorisers = [
            TfidfVectorizer(analyzer="char_wb", ngram_range=(1, int(self._config["max_char_ngram"])),
                            sublinear_tf=True),
            TfidfVectorizer(analyzer="word", token_pattern=r"\S+", sublinear_tf=True),
        ]
        if self._config.get("word_bigrams"):
            vectorisers.append(TfidfVectorizer(analyzer="word", token_pattern=r"\S+", ngram_range=(2, 2), min_df=2,
                                               sublinear_tf=True))
        features = make_union(*vectorisers)
        return make_pipeline(features, LogisticRegression(C=float(self._config["C"]), multi_class="multinomial", max_iter=3000))

    def train(self, training_data: TrainingData) -> Resource:
        import joblib

        examples = [e for e in training_data.intent_examples if e.get(INTENT)]
        if len({e.get(INTENT) for e in examples}) < 2:
            return self._resource  # nothing to tell apart
        model = self._pipeline().fit([self._text(e) for e in examples], [e.get(INTENT) for e in examples])
        with self._storage.write_to(self._resource) as directory:
            joblib.dump(model, Path(directory) / self.MODEL_FILE)
        self._model = model
        self._prepare(model)
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        if self._model is None:
            return messages
        texts = [self._text(m) for m in messages]
        for message, probabilities in zip(messages, self.probabilities(texts)):
            ranked = sorted(zip(self._classes, probabilities), key=lambda pair: -pair[1])
            ranking = [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: float(confidence)}
                       for name, confidence in ranked[: int(self._config["ranking_length"])]]
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


# Words that ask to stop; a question that names a topic without any of them is not a request to stop
_STOP_WORDS = re.compile(
    r"\b(?:stop|cancel\w*|quit|never\s*mind|nevermind|forget\s+(?:it|this|about\s+it)|end\s+this|not\s+interested|"
    r"changed\s+my\s+mind|no\s+longer|dejalo|olvidalo|olvídalo|cancela\w*|ya\s+no)\b",
    re.IGNORECASE,
)


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class QuestionNotStop(_Stateless):
    """A question naming an article topic that the classifier took for a wish to stop the intake ("who's a good
    candidate anyway, dont want to waste ur time": stop 0.60, the candidate topic not among its first ten) is that
    topic's question, when the message names that one topic outright and has no word that asks to stop. Stopping
    throws away a half-finished intake; a question answered mid-form keeps it and asks the form's question again."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            text = message.get(TEXT) or ""
            if intent.get(INTENT_NAME_KEY) != names.INTENT_STOP_INTAKE or not looks_like_question(text) \
                    or _STOP_WORDS.search(text):
                continue
            named = named_topics(text)
            if len(named) != 1:
                continue
            ranked = {r.get(INTENT_NAME_KEY): r for r in message.get(INTENT_RANKING_KEY) or []}
            ranked.setdefault(names.INTENT_STOP_INTAKE, dict(intent))
            named_rank = ranked.get(named[0], {INTENT_NAME_KEY: named[0], PREDICTED_CONFIDENCE_KEY: 0.0})
            # the two swap places and confidences, so nothing else is read differently
            topic = dict(named_rank, **{PREDICTED_CONFIDENCE_KEY: intent.get(PREDICTED_CONFIDENCE_KEY)})
            stop = dict(ranked[names.INTENT_STOP_INTAKE], **{PREDICTED_CONFIDENCE_KEY: named_rank.get(PREDICTED_CONFIDENCE_KEY)})
            rest = [r for name, r in ranked.items() if name not in (named[0], names.INTENT_STOP_INTAKE)]
            message.set(INTENT, topic, add_to_output=True)
            message.set(INTENT_RANKING_KEY, sorted([topic, stop] + rest, reverse=True,
                                                   key=lambda r: float(r.get(PREDICTED_CONFIDENCE_KEY) or 0.0)),
                        add_to_output=True)
        return messages
