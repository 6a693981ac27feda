"""The safety-net policy: crisis resources and the medical-advice refusal, whatever the classifier says."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.constants import POLICY_PRIORITY
from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from clinic import names
from clinic.safety import (
    ABUSE, CRISIS, DISTRESS, MEDICAL, MEDICAL_ADVICE, MEDICATION_CHANGE, OVERDOSE, SELF_HARM, SEXUAL_ASSAULT,
    SUICIDE, THREAT, Finding, SafetyScreen,
)

# Above RulePolicy (6): on equal confidence the higher priority wins.
SAFETY_PRIORITY = 7

_INTENT_FOR = {CRISIS: names.INTENT_CRISIS, MEDICAL_ADVICE: names.INTENT_MEDICAL_ADVICE}

# Each kind of emergency, in each language, has its own resources.
_CRISIS_RESPONSE = {
    ("en", SUICIDE): names.UTTER_CRISIS,
    ("en", SELF_HARM): names.UTTER_CRISIS_SELF_HARM,
    ("en", MEDICAL): names.UTTER_CRISIS_MEDICAL,
    ("en", OVERDOSE): names.UTTER_CRISIS_OVERDOSE,
    ("en", SEXUAL_ASSAULT): names.UTTER_CRISIS_SEXUAL_ASSAULT,
    ("en", ABUSE): names.UTTER_CRISIS_ABUSE,
    ("en", THREAT): names.UTTER_CRISIS_THREAT,
    ("es", SUICIDE): names.UTTER_CRISIS_ES,
    ("es", SELF_HARM): names.UTTER_CRISIS_ES,
    ("es", MEDICAL): names.UTTER_CRISIS_ES_MEDICAL,
    ("es", OVERDOSE): names.UTTER_CRISIS_ES_OVERDOSE,
    ("es", SEXUAL_ASSAULT): names.UTTER_CRISIS_ES_SEXUAL_ASSAULT,
    ("es", ABUSE): names.UTTER_CRISIS_ES_ABUSE,
    ("es", THREAT): names.UTTER_CRISIS_ES_THREAT,
}
_OWN_RESPONSES = frozenset({
    *names.CRISIS_RESPONSES, names.UTTER_NO_MEDICAL_ADVICE, names.UTTER_NO_MEDICATION_CHANGE,
    names.UTTER_DISTRESS, names.UTTER_DISTRESS_ES,
})


def response_for(finding: Finding) -> Text:
    """The response for what the screen (or a confident classifier) found."""
    if finding.kind == CRISIS:
        return _CRISIS_RESPONSE.get((finding.language, finding.category), names.UTTER_CRISIS)
    if finding.kind == MEDICAL_ADVICE:
        return names.UTTER_NO_MEDICATION_CHANGE if finding.category == MEDICATION_CHANGE else names.UTTER_NO_MEDICAL_ADVICE
    return names.UTTER_DISTRESS_ES if finding.language == "es" else names.UTTER_DISTRESS


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class SafetyNetPolicy(Policy):
    """Answers crisis language, personal medical questions and distress first, on every message.

    It reads the raw text of the latest message (so `/intent{...}` payloads, which skip the NLU pipeline,
    are screened too) and the classified intent. When either says crisis, it predicts the crisis response
    and marks the conversation (pausing any active form); when either says medical advice, the refusal. Its predictions are made
    "without user input" and carry the highest priority, so they also win over an active form's happy path.
    After its own response it predicts `action_listen`, so nothing else is said in that turn.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            POLICY_PRIORITY: SAFETY_PRIORITY,
            # The classifier alone triggers the response from this confidence on ...
            "crisis_intent_threshold": 0.5,
            "medical_advice_intent_threshold": 0.6,
            # ... and from this one while a form is asking questions, where short answers ("call",
            # "evening") are easy to misread; explicit language is caught by the screen either way.
            "intent_threshold_in_form": 0.9,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Optional[Any] = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        self._screen = SafetyScreen()
        self._thresholds = {
            CRISIS: float(config["crisis_intent_threshold"]),
            MEDICAL_ADVICE: float(config["medical_advice_intent_threshold"]),
        }
        self._in_form_threshold = float(config["intent_threshold_in_form"])

    def train(
        self,
        training_trackers: List[TrackerWithCachedStates],
        domain: Domain,
        **kwargs: Any,
    ) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        if tracker.latest_action_name == names.ACTION_LISTEN:
            finding = self._classify(tracker.latest_message, in_form=bool(tracker.active_loop_name))
            if finding is None:
                return self._prediction(probabilities)
            probabilities[domain.index_for_action(response_for(finding))] = 1.0
            events: List[Event] = []
            if finding.kind == CRISIS:
                events.append(SlotSet(names.SLOT_CRISIS, True))
                if tracker.active_loop_name:
                    # pause the form: its answers stay, and "book" later resumes at the same question
                    events.append(ActiveLoop(None))
            return self._prediction(probabilities, events=events, is_no_user_prediction=True)

        if self._answered_this_turn(tracker):
            probabilities[domain.index_for_action(names.ACTION_LISTEN)] = 1.0
            return self._prediction(probabilities, is_no_user_prediction=True)
        return self._prediction(probabilities)

    def _classify(self, message: Optional[UserUttered], in_form: bool = False) -> Optional[Finding]:
        if message is None:
            return None
        finding = self._screen.check(message.text or "")
        if finding is not None and finding.kind == DISTRESS and in_form:
            finding = None  # "I feel so low" answers the form's "what would you like help with?"
        if finding is not None:
            return finding
        intent = message.intent or {}
        for kind in (CRISIS, MEDICAL_ADVICE):
            threshold = max(self._thresholds[kind], self._in_form_threshold if in_form else 0.0)
            if intent.get("name") == _INTENT_FOR[kind] and (intent.get("confidence") or 0.0) >= threshold:
                return Finding(kind=kind, rule="classifier")
        return None

    @staticmethod
    def _answered_this_turn(tracker: DialogueStateTracker) -> bool:
        """Whether one of this policy's responses ran since the latest user message."""
        for event in reversed(tracker.events):
            if isinstance(event, UserUttered):
                return False
            if isinstance(event, ActionExecuted) and event.action_name in _OWN_RESPONSES:
                return True
        return False


# Above the safety net: the sync runs after its response too, so a crisis reply reaches the record.
TRANSCRIPT_SYNC_PRIORITY = 8


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class TranscriptSyncPolicy(Policy):
    """Keeps a handed-off conversation's transcript current.

    Once a conversation has a handoff (the `handoff_code` slot) and no form is running, each reply of the
    assistant is followed by `action_sync_transcript`, which adds the newer messages to the record, and
    then by `action_listen`. The handoff actions write the transcript as it stands themselves, so the turn
    that confirms a handoff pays for one database write, not two. Conversations without a handoff are
    never touched.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {POLICY_PRIORITY: TRANSCRIPT_SYNC_PRIORITY}

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        latest = tracker.latest_action_name
        if (
            not tracker.get_slot(names.SLOT_HANDOFF_CODE)
            or tracker.active_loop_name
            or latest in (None, names.ACTION_LISTEN, names.ACTION_SESSION_START)
        ):
            return self._prediction(probabilities)
        # the handoff actions write the transcript themselves; their own confirmation joins it at the next sync
        done = (names.ACTION_SYNC_TRANSCRIPT, names.ACTION_SUBMIT_INTAKE, names.ACTION_PERSON_HANDOFF)
        action = names.ACTION_LISTEN if latest in done else names.ACTION_SYNC_TRANSCRIPT
        probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities, is_no_user_prediction=True)
