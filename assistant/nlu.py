"""NLU components of the project's own."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


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


# Openers that carry no topic: "wait, quick question, is it painful?" is "is it painful?".
FILLER_PHRASES = (
    "wait", "hold on", "hang on", "actually", "quick question", "real quick", "one more thing", "one question",
    "sorry", "oh", "oh and", "um", "umm", "uh", "uhh", "hmm", "btw", "by the way", "also", "before that",
    "before i answer", "just wondering", "i was wondering", "question", "another question", "and",
)
_FILLERS = sorted((tuple(p.split()) for p in FILLER_PHRASES), key=len, reverse=True)


def leading_filler_count(words: List[Text]) -> int:
    """How many of the first words are filler openers (never all of them)."""
    lowered = [w.lower().strip(".,!?:;-") for w in words]
    start = 0
    while start < len(lowered):
        if lowered[start] == "":
            start += 1
            continue
        for phrase in _FILLERS:
            if tuple(lowered[start:start + len(phrase)]) == phrase:
                start += len(phrase)
                break
        else:
            break
    return start if start < len(words) else 0


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False
)
class FillerTrimmer(GraphComponent):
    """Drops filler openers ("wait", "actually", "quick question") from the tokens the classifiers see.

    Mid-form, "wait, quick question, is it painful?" must be recognised as the question it is, so the form
    answers it and asks its own question again. Only the tokens change; the raw text (read by the safety
    screen and the form's validators, e.g. "actually my number is ...") stays as the visitor wrote it.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "FillerTrimmer":
        return cls()

    @staticmethod
    def _trim(message: Message) -> None:
        key = TOKENS_NAMES[TEXT]
        tokens = message.get(key)
        if not tokens:
            return
        words = [t.text for t in tokens]
        drop = leading_filler_count(words)
        if drop:
            message.set(key, tokens[drop:])

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._trim(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for message in training_data.training_examples:
            self._trim(message)
        return training_data
