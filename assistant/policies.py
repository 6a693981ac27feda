"""The safety-net policy: crisis resources and the medical-advice refusal, whatever the classifier says."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from typing import Any, Callable, Dict, Iterator, List, Optional, Text, Tuple

from rasa.core.constants import POLICY_PRIORITY
from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.language import SPANISH, language_after
from clinic import names
from clinic.intake_fields import INTAKE_SLOTS
from clinic.wording import (
    asks_to_rephrase, looks_like_question, looks_like_reaction, only_acknowledges, reaction_to_sent, thanks_in,
)
from clinic.safety import (
    ABUSE, CRISIS, CRISIS_TOPIC, DISTRESS, MEDICAL, MEDICAL_ADVICE, MEDICATION_CHANGE, OVERDOSE, SELF_HARM, SEXUAL_ASSAULT,
    SUICIDE, THREAT, Finding, has_spanish_part, is_figure_of_speech, looks_like_history, looks_spanish,
    normalize, shared_screen,
)

# Someone other than the writer, in a normalised message (a threat the classifier reads needs one)
_NAMES_SOMEONE_ELSE = re.compile(
    r"\b(?:him|her|them|he|she|they|hes|shes|theyre|someone|somebody|anyone|anybody|people|everyone|everybody|his|their|"
    r"my\s+\w+|that\s+(?:guy|man|woman|girl|kid|person|bitch|jerk|idiot)|alguien|ella|ellos|ellas|todos|"
    # a place full of people: "gonna go postal at work tomorrow"
    r"school|work|office|class|campus|church|job|mall|store|party|escuela|trabajo)\b"
)

# Above RulePolicy (6) and the topic-context policy (7): on equal confidence the higher priority wins.
SAFETY_PRIORITY = 8

# The kind of emergency each crisis intent stands for.
_CRISIS_CATEGORY = {
    names.INTENT_CRISIS: SUICIDE, names.INTENT_CRISIS_SELF_HARM: SELF_HARM, names.INTENT_CRISIS_MEDICAL: MEDICAL,
    names.INTENT_CRISIS_OVERDOSE: OVERDOSE, names.INTENT_CRISIS_SEXUAL_ASSAULT: SEXUAL_ASSAULT,
    names.INTENT_CRISIS_ABUSE: ABUSE, names.INTENT_CRISIS_THREAT: THREAT,
}

# The screen's personal-question rules that fire on a condition or medication of the writer's, told
_TOLD_ADVICE_RULES = frozenset({"condition_personal", "medication_in_use"})
# The kinds of danger whose resource is 988 (which the distress answer offers too)
_KINDS_988 = frozenset({SUICIDE, SELF_HARM})
# Kinds of danger whose answers give each other's resources (988; 911 and Poison Control)
_SAME_RESOURCES = frozenset({_KINDS_988, frozenset({MEDICAL, OVERDOSE})})


def _sure_kind(ranking: List[Dict[Text, Any]], threshold: float) -> Optional[Text]:
    """The kind of danger of the first crisis intent the classifier ranks at `threshold` or more, if any."""
    return next((_CRISIS_CATEGORY[r["name"]] for r in ranking
                 if r.get("name") in _CRISIS_CATEGORY and float(r.get("confidence") or 0.0) >= threshold), None)


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
# A message mostly in English with a Spanish part ("my sister keeps cutting herself y ahorita se encerro en el bano"):
# after the English crisis response, the same kind's Spanish one, for whoever reads Spanish best
_SPANISH_TWIN = {_CRISIS_RESPONSE[("en", category)]: _CRISIS_RESPONSE[("es", category)]
                 for language, category in _CRISIS_RESPONSE if language == "en"}
_OWN_RESPONSES = frozenset({
    *names.CRISIS_RESPONSES, names.UTTER_NO_MEDICAL_ADVICE, names.UTTER_NO_MEDICATION_CHANGE,
    names.UTTER_DISTRESS, names.UTTER_DISTRESS_ES, *names.CRISIS_NOTES,
})

# Replies that end a turn's answer, after which a crisis-topic note may follow (besides the FAQ answers).
_ANSWER_ENDINGS = frozenset({
    names.UTTER_FALLBACK, names.UTTER_CLARIFY_ONE, names.UTTER_CLARIFY_TWO, "utter_staff_answer", "utter_out_of_scope",
})


def ran_this_turn(tracker: DialogueStateTracker, is_ours: Callable[[Text], bool]) -> bool:
    """Whether an action that `is_ours` ran since the latest user message (then a policy ends the turn)."""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return False
        if isinstance(event, ActionExecuted) and is_ours(event.action_name or ""):
            return True
    return False


RECENT_REPLIES = 12  # how many of the assistant's last messages a phone's reaction may quote


def _reacts_to_own_message(tracker: DialogueStateTracker) -> bool:
    """Whether the latest message is a phone's reaction to one of the assistant's recent messages."""
    text = (tracker.latest_message.text or "") if tracker.latest_message is not None else ""
    if not looks_like_reaction(text):
        return False  # (most messages: no need to gather the replies)
    sent = []
    for event in reversed(tracker.events):
        if isinstance(event, BotUttered) and event.text:
            sent.append(event.text)
            if len(sent) >= RECENT_REPLIES:
                break
    return reaction_to_sent(text, sent)


def unanswered_message(tracker: DialogueStateTracker) -> bool:
    """Whether the latest event is a visitor's message nothing has answered yet: after `action_listen`, or after
    a turn Rasa's circuit breaker stopped (ten predictions without listening), which logs no `action_listen`, so
    a crisis in the next message is still answered."""
    if tracker.latest_action_name == names.ACTION_LISTEN:
        return True
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return True
        if isinstance(event, ActionExecuted):
            return False
    return False


def response_for(finding: Finding) -> Text:
    """The response for what the screen (or a confident classifier) found."""
    if finding.kind == CRISIS_TOPIC:
        return names.UTTER_CRISIS_NOTE_PREFIX + finding.category + ("_es" if finding.language == "es" else "")
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
    are screened too) and the classified intents. When either finds danger, it predicts that kind's crisis
    response in the message's language and marks the conversation (pausing any active form); when either
    finds a personal medical question, the refusal (the prescriber answer for a medication change). A crisis
    word used as a topic, or a past danger, is answered as a question and followed by that kind's note. Its
    predictions are made "without user input" and carry the highest priority, so they also win over an active
    form's happy path. After its own response it predicts `action_listen`, so nothing else is said in that turn.
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
            # ... and from this one on a message of a word or two, where "adiós" must not get a crisis text
            # for a weak reading. (Over the screen's distress the classifier has no say: "nobody gets it, I
            # feel so alone" read as a crisis at 0.96; the distress answer offers 988 itself.)
            "crisis_threshold_when_unsure": 0.8,
            # Distress the screen's words miss ("nobody gets how lonely this is"): the classifier's
            # `feeling_low`, when it is its first choice at this confidence and no danger outweighs it.
            "feeling_low_threshold": 0.4,
            # Danger the classifier is sure of, in one kind, outweighs the screen's personal question ("swallowed
            # what was left of my lithium": a medication of the writer's, overdose 0.91) and, for the kinds whose
            # resources the distress answer does not give, the screen's distress ("it happened 2 hours ago. my
            # coworker. ... i just feel numb": sexual assault 0.73). Suicide and self-harm stay distress: that
            # answer offers 988 itself.
            "crisis_over_screen_threshold": 0.7,
            # A condition or medication of the writer's, told beside a general question the classifier is this
            # sure of ("i have bipolar 2 ... what conditions do u guys treat": the conditions 0.999, personal
            # advice under 0.01), is that question, not a personal one. (Over the development sets the screen
            # reads as advice, no message labelled advice had an article topic this sure.)
            "topic_over_told_advice_threshold": 0.99,
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
        self._screen = shared_screen()
        self._thresholds = {
            CRISIS: float(config["crisis_intent_threshold"]),
            MEDICAL_ADVICE: float(config["medical_advice_intent_threshold"]),
        }
        self._in_form_threshold = float(config["intent_threshold_in_form"])
        self._sure_threshold = float(config["crisis_threshold_when_unsure"])
        self._feeling_low_threshold = float(config["feeling_low_threshold"])
        self._over_screen_threshold = float(config["crisis_over_screen_threshold"])
        self._topic_over_told_threshold = float(config["topic_over_told_advice_threshold"])

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
        if unanswered_message(tracker):
            if _reacts_to_own_message(tracker):
                # a phone's reaction to the assistant's own words ('Liked “…”' on an iPhone, texted): nothing the
                # visitor wrote, so nothing to screen (the quote of a crisis answer is no crisis) and nothing to answer
                probabilities[domain.index_for_action(names.ACTION_LISTEN)] = 1.0
                return self._prediction(probabilities, is_no_user_prediction=True)
            finding = self._classify(tracker.latest_message, in_form=bool(tracker.active_loop_name),
                                     after_answer=previous_reply_topic(tracker) is not None)
            before = tracker.get_last_event_for(UserUttered, skip=1)
            if finding is None and before is not None and not tracker.active_loop_name:
                finding = self._asked_of_told_medication(tracker, before)
            if finding is None:
                return self._prediction(probabilities)
            if finding.kind == MEDICAL_ADVICE and finding.category != MEDICATION_CHANGE and before is not None \
                    and self._screen.names_medication_change(tracker.latest_message.text or "", before=before.text or ""):
                finding = replace(finding, category=MEDICATION_CHANGE)  # a medication told just before
            if finding.kind == CRISIS_TOPIC:  # a question about a danger, or a past one: the answer, then the note
                answer = self._topic_answer(tracker.latest_message)
                if answer is not None and answer in domain.action_names_or_texts:
                    probabilities[domain.index_for_action(answer)] = 1.0
                    return self._prediction(probabilities, is_no_user_prediction=True)
                finding = replace(finding, kind=CRISIS)
            probabilities[domain.index_for_action(response_for(finding))] = 1.0
            events: List[Event] = []
            if finding.kind == CRISIS:
                events.append(SlotSet(names.SLOT_CRISIS, True))
                if tracker.active_loop_name:
                    # pause the form: its answers stay, and "book" later resumes at the same question
                    events.append(ActiveLoop(None))
            return self._prediction(probabilities, events=events, is_no_user_prediction=True)

        if self._answered_this_turn(tracker):
            second = self._spanish_twin(tracker) or self._second_category_note(tracker)
            action = second if second is not None and second in domain.action_names_or_texts else names.ACTION_LISTEN
            probabilities[domain.index_for_action(action)] = 1.0
            return self._prediction(probabilities, is_no_user_prediction=True)
        note = self._topic_note(tracker)
        if note is not None and note in domain.action_names_or_texts:
            probabilities[domain.index_for_action(note)] = 1.0
            return self._prediction(probabilities, is_no_user_prediction=True)
        return self._prediction(probabilities)

    @staticmethod
    def _spanish_twin(tracker: DialogueStateTracker) -> Optional[Text]:
        """Right after an English crisis response, its Spanish twin when the message has a Spanish part."""
        twin = _SPANISH_TWIN.get(tracker.latest_action_name or "")
        if twin is None or tracker.latest_message is None or tracker.get_slot(names.SLOT_LANGUAGE) == "es":
            return None  # (in a Spanish conversation the English response was already given in Spanish)
        return twin if has_spanish_part(normalize(tracker.latest_message.text or "")) else None

    def _second_category_note(self, tracker: DialogueStateTracker) -> Optional[Text]:
        """Right after a crisis response, the note of a second kind of danger the same message shows (an
        overdose taken to die: Poison Control first, then 988), once."""
        latest = tracker.latest_action_name or ""
        if latest not in names.CRISIS_RESPONSES or tracker.latest_message is None:
            return None
        finding = self._screen.check(tracker.latest_message.text or "")
        if finding is None or finding.kind != CRISIS:
            return None
        also = finding.also or self._classifiers_other_kind(tracker.latest_message, finding.category)
        if not also:
            return None
        return response_for(Finding(kind=CRISIS_TOPIC, rule=finding.rule, category=also, language=finding.language))

    def _classifiers_other_kind(self, message: UserUttered, category: Text) -> Optional[Text]:
        """The kind of danger the classifier is sure of (`crisis_over_screen_threshold`) when it is another than
        the screen's and needs other resources: "my ex keeps texting that he's coming over with his buddies to
        handle me tonight. he's hurt me before" is self-harm to the screen and a threat to the classifier (0.7 and
        more), so the visitor gets 911 as well as 988. Measured on the development sets' screened emergencies,
        where the two disagree at that confidence the classifier's kind was the expected one 24 times and the
        screen's 5 times."""
        sure = _sure_kind((message.parse_data or {}).get("intent_ranking") or [], self._over_screen_threshold)
        if sure is None or sure == category or frozenset({sure, category}) in _SAME_RESOURCES:
            return None
        return sure

    def _asked_of_told_medication(self, tracker: DialogueStateTracker, before: UserUttered) -> Optional[Finding]:
        """A change to, or staying on, a medication told in the two messages before, asked whatever the classifier
        made of the question alone: "my husband is on 300mg of neurontin", then "does he stop it or keep going" (the
        prescriber answer); "I take vyvanse 40 and welbutrin 300", then "is it ok to be on both of those during the
        treatment" (declined); and whether one is ruled out after a condition of one's own told just before ("I was
        diagnosed with bipolar II last year.", then "So would I be excluded?": declined)."""
        text = (tracker.latest_message.text or "") if tracker.latest_message is not None else ""
        earlier = tracker.get_last_event_for(UserUttered, skip=2)
        told = " ".join(event.text or "" for event in (earlier, before) if event is not None)
        asked = self._screen.asked_of_told_medication(text, told)
        if asked is not None:
            return Finding(kind=MEDICAL_ADVICE, rule="told_medication_change" if asked else "told_medication_in_use",
                           category=asked)
        if self._screen.asks_fit_after_told_condition(text, before.text or "", (earlier.text or "") if earlier is not None else ""):
            return Finding(kind=MEDICAL_ADVICE, rule="told_condition_fit")
        return None

    def _topic_note(self, tracker: DialogueStateTracker) -> Optional[Text]:
        """After the answer to a question that names a crisis as its topic (outside the intake, where the form
        asks its question next), the category's resources, in case the question is personal."""
        latest = tracker.latest_action_name or ""
        answered = latest.startswith(names.FAQ_RESPONSE_PREFIX) or latest in _ANSWER_ENDINGS
        if tracker.active_loop_name or not answered or tracker.latest_message is None:
            return None
        finding = self._screen.check(tracker.latest_message.text or "")
        if finding is None or finding.kind != CRISIS_TOPIC:
            finding = self._classified_crisis(tracker.latest_message, in_form=False)
        return response_for(finding) if finding is not None and finding.kind == CRISIS_TOPIC else None

    def _classify(self, message: Optional[UserUttered], in_form: bool = False, after_answer: bool = False) -> Optional[Finding]:
        if message is None:
            return None
        finding = self._screen.check(message.text or "")
        if finding is not None and finding.kind == DISTRESS and in_form:
            finding = None  # "I feel so low" answers the form's "what would you like help with?"
        topic = finding is not None and finding.kind == CRISIS_TOPIC
        if finding is not None and finding.kind in (DISTRESS, MEDICAL_ADVICE):
            crisis = self._sure_crisis(message, in_form)
            # (the distress answer offers 988 itself)
            if crisis is not None and (finding.kind == MEDICAL_ADVICE or crisis.category not in _KINDS_988):
                return crisis
        if finding is not None and finding.kind == MEDICAL_ADVICE and self._general_question_beside(message, finding):
            return None
        if finding is not None and finding.kind in (CRISIS, MEDICAL_ADVICE):
            return finding
        # A question about a crisis topic is answered (with a note after it), and distress the screen found is
        # answered as distress, whatever the classifier thinks (danger in words the screen knows is a crisis
        # above).
        if finding is None:
            # on a word or two ("adiós"), the classifier must be surer
            sure = len((message.text or "").split()) <= 2
            crisis = self._classified_crisis(message, in_form, sure=sure)
            if crisis is not None:
                return crisis
            intent = message.intent or {}
            threshold = max(self._thresholds[MEDICAL_ADVICE], self._in_form_threshold if in_form else 0.0)
            if intent.get("name") == names.INTENT_MEDICAL_ADVICE and not (after_answer and advice_fragment(message)):
                # (below the threshold the rules decline it too; a change to a medication gets the prescriber answer)
                change = self._screen.names_medication_change(message.text or "")
                if (intent.get("confidence") or 0.0) >= threshold or (change and not in_form):
                    return Finding(kind=MEDICAL_ADVICE, rule="classifier", category=MEDICATION_CHANGE if change else "")
            if not in_form:  # in the intake, "I feel so low" answers "what would you like help with?"
                return self._classified_distress(message)
        if topic:
            # the note comes after the answer; the answer is ours to choose only when the classifier took the
            # question itself for a crisis (otherwise the other policies answer it)
            top = (message.intent or {}).get("name")
            return finding if top in _CRISIS_CATEGORY else None
        return finding

    def _general_question_beside(self, message: UserUttered, finding: Finding) -> bool:
        """Whether the screen's personal question is only the writer's condition or medication, told, beside an
        article question the classifier is sure of (never a change to a medication, a dose or a pregnancy)."""
        if finding.rule not in _TOLD_ADVICE_RULES or finding.category == MEDICATION_CHANGE:
            return False
        ranking = (message.parse_data or {}).get("intent_ranking") or []
        first = ranking[0] if ranking else {}
        advice = next((float(r.get("confidence") or 0.0) for r in ranking if r.get("name") == names.INTENT_MEDICAL_ADVICE), 0.0)
        return (str(first.get("name") or "").startswith(names.FAQ_INTENT_PREFIX)
                and float(first.get("confidence") or 0.0) >= self._topic_over_told_threshold
                and advice < 1.0 - self._topic_over_told_threshold)

    def _classified_crisis(self, message: UserUttered, in_form: bool, sure: bool = False) -> Optional[Finding]:
        """Danger the classifier recognises: when the crisis intents together carry enough of its confidence
        (the kinds can share it: "he choked me and I can't breathe"), the likeliest kind's answer, in the
        language the message is written in."""
        ranking = (message.parse_data or {}).get("intent_ranking") or [message.intent or {}]
        crisis = [(r.get("name"), float(r.get("confidence") or 0.0)) for r in ranking
                  if r.get("name") in _CRISIS_CATEGORY]
        threshold = max(self._thresholds[CRISIS], self._in_form_threshold if in_form else 0.0,
                        self._sure_threshold if sure else 0.0)
        if not crisis or sum(confidence for _, confidence in crisis) < threshold:
            return None
        normalized = normalize(message.text or "")
        # "... one more 'have you tried yoga' talk im going to kill someone lol": the screen's judgement of a figure
        crisis = [pair for pair in crisis if not is_figure_of_speech(normalized, _CRISIS_CATEGORY[pair[0]])]
        if not crisis or sum(confidence for _, confidence in crisis) < threshold:
            return None
        if not _NAMES_SOMEONE_ELSE.search(normalized) and any(name != names.INTENT_CRISIS_THREAT for name, _ in crisis):
            # a threat needs someone threatened: "im scared this fog is never going to lift" read as one is the
            # writer's own danger, if any
            crisis = [pair for pair in crisis if pair[0] != names.INTENT_CRISIS_THREAT]
        likeliest = max(crisis, key=lambda pair: pair[1])[0]
        language = "es" if looks_spanish(normalized) else "en"
        # "I overdosed in 2018 and I'm in recovery now, do you treat ...?": the question, then the resources
        category = _CRISIS_CATEGORY[likeliest]
        kind = CRISIS_TOPIC if looks_like_history(normalized, category) and self._topic_answer(message) else CRISIS
        return Finding(kind=kind, rule="classifier", category=category, language=language)

    def _sure_crisis(self, message: UserUttered, in_form: bool) -> Optional[Finding]:
        """Present danger of one kind the classifier is sure of (`crisis_over_screen_threshold`, or the in-form
        threshold while the intake asks), where the screen found only distress or a personal question. Not a
        danger told as history ("I overdosed in 2019, can I take it with xanax?" stays a personal question)."""
        ranking = (message.parse_data or {}).get("intent_ranking") or [message.intent or {}]
        threshold = max(self._over_screen_threshold, self._in_form_threshold if in_form else 0.0)
        if _sure_kind(ranking, threshold) is None:
            return None
        crisis = self._classified_crisis(message, in_form)
        if crisis is None or crisis.kind != CRISIS or looks_like_history(normalize(message.text or ""), crisis.category):
            return None
        return crisis

    def _classified_distress(self, message: UserUttered) -> Optional[Finding]:
        """Distress the classifier recognises: `feeling_low` first among the intents (the fallback aside)."""
        ranking = [r for r in (message.parse_data or {}).get("intent_ranking") or [message.intent or {}]
                   if r.get("name") != names.INTENT_NLU_FALLBACK]
        if not ranking or ranking[0].get("name") != names.INTENT_FEELING_LOW:
            return None
        if float(ranking[0].get("confidence") or 0.0) < self._feeling_low_threshold:
            return None
        if only_acknowledges(message.text or ""):
            return None  # ("muy bien", "qué bien": an acknowledgement, however low the classifier heard it)
        language = "es" if looks_spanish(normalize(message.text or "")) else "en"
        return Finding(kind=DISTRESS, rule="classifier", language=language)

    @staticmethod
    def _topic_answer(message: UserUttered) -> Optional[Text]:
        """The answer to the likeliest article topic the classifier also saw in the message, if any."""
        for ranked in (message.parse_data or {}).get("intent_ranking") or []:
            name = ranked.get("name") or ""
            if name.startswith(names.FAQ_INTENT_PREFIX) and float(ranked.get("confidence") or 0.0) >= 0.05:
                return "utter_" + name
        return None

    @staticmethod
    def _answered_this_turn(tracker: DialogueStateTracker) -> bool:
        """Whether one of this policy's responses ran since the latest user message."""
        return ran_this_turn(tracker, lambda action: action in _OWN_RESPONSES)


# --- a half-finished intake after a new session, a long pause or an opt-in by SMS --------------------------
# Rasa's own session start (after the domain's session expiry) forgets every slot, so an intake the visitor
# had started was lost. On the first message of a new session the tracker still holds the session before, so
# its intake answers are restored here, with the prediction's events (the ensemble applies every policy's
# events, whichever action wins; doing it here rather than in a custom `action_session_start` keeps new
# conversations, and their emergencies, independent of the action server). After a short pause an answer to
# the open question is taken as before; after RESUME_ASK_AFTER_S, after START by SMS, or when the first message
# is a greeting or a question, the intake waits ("pending", slot intake_resume) and the visitor is asked first
# whether to continue; their message is answered before that when it was a question or a request, and the
# safety net's answers (its predictions overrule every other) always come first.

# After this long without a message, a half-finished intake is offered, not resumed: a texter answering
# "what's your full name?" after work is still answering it; one who writes the next day rarely remembers
# which question was open, and their "hi" would otherwise be taken as its answer.
RESUME_ASK_AFTER_S = 12 * 3600
# What a half-finished intake keeps over a new session: its answers, its bookkeeping, and the crisis flag
# (a handoff from it is urgent if the conversation had a crisis)
KEPT_SLOTS = (*INTAKE_SLOTS, names.SLOT_CRISIS, names.SLOT_PHONE_DECLINED, names.SLOT_PHONE_ENDING, names.SLOT_RESUME)
# Replies that answer the open question (taken as its answer after a short pause)
_ANSWERS = frozenset({"inform", names.INTENT_AFFIRM, names.INTENT_DENY, names.INTENT_NLU_FALLBACK})
# Messages that are no question of their own: the welcome-back question is their answer
_ASK_AT_ONCE = _ANSWERS | {"greet", names.INTENT_THANK, names.INTENT_BOOK, names.INTENT_FOLLOW_UP, names.INTENT_OUT_OF_SCOPE}
# Requests answered on their own, with no question after them in the same turn
_ANSWERED_ALONE = frozenset({names.INTENT_GOODBYE, names.INTENT_STOP_INTAKE, names.INTENT_TALK_TO_PERSON})
# The question's options as its buttons send them (data/responses/intake_sms.yml), whatever the classifier
# makes of them
_RESUME_CHOICES = frozenset({"continue", "start over", "not now"})


def _welcome_back_asked(tracker: DialogueStateTracker) -> bool:
    """Whether the welcome-back question was asked in this session."""
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            return False
        if isinstance(event, ActionExecuted) and event.action_name == names.UTTER_WELCOME_BACK:
            return True
    return False


def _half_finished(slots: Dict[Text, Any]) -> bool:
    """An intake the visitor agreed to (nothing personal is asked before) that was never handed off."""
    return slots.get(names.SLOT_CONSENT) is True and not slots.get(names.SLOT_HANDOFF_CODE)


def _session_before(tracker: DialogueStateTracker, domain: Domain) -> Optional[DialogueStateTracker]:
    """On the first message of a new session, the conversation as the previous session left it (None on any
    other message, or when there was none)."""
    events = list(tracker.events)
    starts = [i for i, e in enumerate(events) if isinstance(e, SessionStarted)]
    if not starts or sum(isinstance(e, UserUttered) for e in events[starts[-1]:]) != 1:
        return None
    before = events[:starts[-1]]
    if not any(isinstance(e, UserUttered) for e in before):
        return None
    return DialogueStateTracker.from_events(tracker.sender_id, before, domain.slots)


def _kept(previous: DialogueStateTracker) -> List[Event]:
    return [SlotSet(name, previous.get_slot(name)) for name in KEPT_SLOTS
            if name in previous.slots and previous.get_slot(name) is not None]


def _restore(tracker: DialogueStateTracker, domain: Domain, message: UserUttered) -> Tuple[Optional[Text], List[Event]]:
    """The first message of a new session after a half-finished intake: (the next action, the events that
    restore the intake), or (None, []) when there is nothing to restore."""
    previous = _session_before(tracker, domain)
    if previous is None or not _half_finished(previous.current_slot_values()):
        return None, []
    events = _kept(previous)
    last = previous.get_last_event_for(UserUttered)
    paused = time.time() - (last.timestamp if last else 0.0)
    intent = (message.intent or {}).get("name")
    resumes = (previous.active_loop_name == names.FORM_INTAKE and paused <= RESUME_ASK_AFTER_S
               and not previous.get_slot(names.SLOT_RESUME) and intent in _ANSWERS
               and not looks_like_question(message.text or "") and not (message.metadata or {}).get(names.META_RESUBSCRIBED))
    if resumes:  # a short pause and an answer: the form takes it, as within a session
        return names.FORM_INTAKE, events + [SlotSet(names.SLOT_REQUESTED, previous.get_slot(names.SLOT_REQUESTED))]
    events.append(SlotSet(names.SLOT_RESUME, names.RESUME_PENDING))
    return _pending_step(tracker, message, asked=False), events


def _pending_step(tracker: DialogueStateTracker, message: UserUttered, asked: bool) -> Optional[Text]:
    """On a message while the intake waits: the question (or, once asked, the action reading the answer),
    unless the message is a question or request of its own (then the other policies answer it first)."""
    intent = (message.intent or {}).get("name")
    if (message.metadata or {}).get(names.META_RESUBSCRIBED):
        return names.ACTION_LISTEN  # START by SMS: Twilio has confirmed it; the question waits for a message
    if asked and (message.text or "").strip().lower() in _RESUME_CHOICES:
        return names.ACTION_RESUME_INTAKE
    if intent not in _ASK_AT_ONCE or looks_like_question(message.text or ""):
        return None
    return names.ACTION_RESUME_INTAKE if asked else names.UTTER_WELCOME_BACK


def resume_intake_step(tracker: DialogueStateTracker, domain: Domain) -> Tuple[Optional[Text], List[Event]]:
    """(The next action, events) for a half-finished intake kept over a new session or a long pause; (None, [])
    leaves the turn to the other policies."""
    message = tracker.latest_message
    if tracker.latest_action_name == names.ACTION_LISTEN and message is not None:
        intent = (message.intent or {}).get("name")
        if (message.metadata or {}).get(names.META_RESUBSCRIBED) and intent == "session_start" \
                and _half_finished(tracker.current_slot_values()):  # START within the session
            events: List[Event] = [SlotSet(names.SLOT_RESUME, names.RESUME_PENDING)]
            if tracker.active_loop_name:
                events.append(ActiveLoop(None))
            return names.ACTION_LISTEN, events
        if not _half_finished(tracker.current_slot_values()):
            return _restore(tracker, domain, message)
    if tracker.get_slot(names.SLOT_RESUME) is None or tracker.active_loop_name or message is None:
        return None, []
    if tracker.latest_action_name == names.ACTION_LISTEN:
        return _pending_step(tracker, message, _welcome_back_asked(tracker)), []
    return _after_answer(tracker), []


def _after_answer(tracker: DialogueStateTracker) -> Optional[Text]:
    """After the assistant's reply while the intake waits: the welcome-back question once the answer to a
    question is given, listening after the question itself."""
    latest = tracker.latest_action_name or ""
    if latest in (names.UTTER_WELCOME_BACK, names.UTTER_RESUME_LATER):
        return names.ACTION_LISTEN
    intent = ((tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None) or ""
    # a "Did you mean ...?" waits for its own answer; the question follows the answer it leads to
    clarifying = latest in (names.UTTER_CLARIFY_ONE, names.UTTER_CLARIFY_TWO)
    answered = latest.startswith("utter_") and not clarifying and intent not in _ANSWERED_ALONE
    if not answered or ran_this_turn(tracker, lambda action: action in _OWN_RESPONSES or action in (
            names.UTTER_WELCOME_BACK, names.ACTION_RESUME_INTAKE)):
        return None  # an emergency's answer stands alone; so does a goodbye or a request for a person
    return names.UTTER_WELCOME_BACK


# --- follow-ups and clarification ---------------------------------------------------------------------

TOPIC_CONTEXT_PRIORITY = 7  # above RulePolicy (its fallback rule), below the safety net

# A bare question of two or three words ("what kinds?", "how often?", "over how long?"), after its start
_BARE_QUESTION = r"(?:over\s+|for\s+|in\s+|after\s+|by\s+)?(?:what|which|how|who|when)(?:\s+\w+){1,2}\s*\?*$"
# What points back at the previous answer rather than at ketamine itself: "they", "those", "that", "and ...",
# "what about ...", or a bare two- or three-word question
_LEANS_ON_THE_ANSWER = re.compile(
    r"\b(?:they|them|their|that|those|this|these|there|mentioned|you\s+said|u\s+said)\b|^\W*(?:and|so|but|or|what about|how about)\b"
    rf"|^\W*{_BARE_QUESTION}",
    re.IGNORECASE,
)
SURE_OF_ANOTHER_TOPIC = 0.9
# A message that says it asks something new ("actually scratch that, how is it given at ur clinic", "ok other q how
# does it help depression", "never mind, ..."): no follow-up of the previous answer, whatever it leans on
_NEW_QUESTION = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|also|but|um+|hm+)\W+)*(?:actually\W+)?(?:scratch\s+that|never\s*mind|nvm|forget\s+(?:that|it)|"
    r"(?:a\s+|one\s+|an\s+)?(?:different|other|another|new|separate|unrelated|diff)\s+(?:q|qs|question|questions|topic|thing|subject)|"
    r"(?:on\s+)?another\s+note|changing\s+(?:the\s+)?subject|switching\s+gears|unrelated|otra\s+pregunta|cambiando\s+de\s+tema)\b",
    re.IGNORECASE,
)

_ANAPHORA = re.compile(
    r"\b(?:it|its|they|them|their|that|those|this|these|there|he|she)\b|^(?:and|so|but|also|even|or|like|or like|what about|how about)\b"
    # a bare question of two or three words ("what kinds?", "how often?", "over how long?") can only be about what
    # came before; so can "which one", "the other one"
    rf"|^{_BARE_QUESTION}"
    r"|\b(?:which|the\s+other|the\s+first|the\s+second|that)\s+ones?\b"
    # "postpartum too?", "for ptsd as well?": the same question of something else
    r"|\b(?:too|also|as\s+well|either)\s*[?.!]*\s*$"
    # "by a lot??" after the blood pressure: how much of what the answer said
    r"|^by\s+(?:a\s+lot|a\s+bit|much|how\s+much|a\s+little)\b"
    # "any others?", "anywhere closer?", "other offices?": more of what the answer listed
    r"|^(?:any|anything|anywhere|are\s+there\s+any)\s+(?:others?|else|closer|nearer|more)\b|\bother\s+(?:offices|locations|options|places)\b"
    # what the answer itself said: "the daily exercises u mentioned", "lo que dijiste"
    r"|\b(?:you|u)\s+(?:just\s+)?(?:mentioned|said|talked\s+about|wrote)\b|\b(?:mencion\w+|dijiste|dice\s+usted)\b"
    # Spanish (issue 14): "¿y eso dura mucho?", "¿y cómo se la ponen?", "pero eso es seguro?"
    r"|\b(?:eso|esto|esa|ese|esas|esos|ello|ahi|ahí)\b|^[¿¡\s]*(?:y|pero|entonces|tambien|también|o sea)\b",
    re.IGNORECASE,
)
FOLLOW_UP_MAX_WORDS = 10
# A fragment of four words or fewer with no one in it and nothing personal asked ("fibro specifically?" after the pain
# answer, "and regular ketamine?" after the nasal spray): the classifier's personal advice there is a follow-up
_PERSONAL_OR_ADVICE = re.compile(
    r"\b(?:i|me|my|mine|im|ive|id|we|us|our|he|she|his|her|him|hes|shes|they|them|their|you|your|u|ur|son|daughter|"
    r"mom|dad|mother|father|wife|husband|kid|child|partner|dose|doses|dosage|mg|take|taking|took|interact\w*|mix\w*|"
    r"safe|pregnan\w*|breastfeed\w*|nursing|stop|quit|should|yo|mi|mis|tomo|puedo|debo|embaraz\w*)\b",
    re.IGNORECASE,
)
FRAGMENT_MAX_WORDS = 4


def advice_fragment(message: UserUttered) -> bool:
    """A short fragment that names no one, no medication and asks nothing personal (see _PERSONAL_OR_ADVICE):
    "with lithium?" after an answer asks about one's medication."""
    text = message.text or ""
    words = text.split()
    medication = any(entity.get("entity") == "medication" for entity in message.entities or [])
    return 0 < len(words) <= FRAGMENT_MAX_WORDS and not medication and not _PERSONAL_OR_ADVICE.search(text.replace("'", ""))


# Effects that pass: after the side effects or what a session feels like, "does that wear off?", "do they last
# long?", "¿y se quitan rápido?" ask how long those effects last, which the answer itself says, not whether
# treatment is needed for life (the classifier hears "last" and "wear off" as the forever question).
_PASSING_EFFECTS = frozenset({"faq_side_effects", "faq_what_it_feels_like"})
PASSING_EFFECTS_MAX_WORDS = 16
_CORRECTION = re.compile(
    r"\b(?:i\s+)?(?:meant|mean|was\s+asking\s+about|am\s+asking\s+about|quise\s+decir|me\s+refiero\s+a|me\s+referia\s+a)\s+"
    r"(?P<meant>(?:\S+\s+){0,5}?\S+?)[\s,]+(?:not|instead\s+of|rather\s+than|no)\s+(?P<not>.{1,80})$",
    re.IGNORECASE,
)
_AFTER_IT_WEARS_OFF = re.compile(
    r"\b(?:after\s+(?:it|that|the\s+\w+)\s+wears\s+off|once\s+(?:it|that)\s+wears\s+off|after\s*effects?|the\s+(?:next|following)\s+day|"
    r"day\s+after|hangover|linger\w*\s+(?:after|afterwards?|into))\b|\blinger\w*\b(?=.*\bafter\b)|\bafter\b(?=.*\blinger\w*)",
    re.IGNORECASE,
)
_HOW_LONG_IT_LASTS = re.compile(
    r"\b(?:last|lasts|lasting|wears?\s+off|wearing\s+off|go\s+away|goes\s+away|fade\w*|linger\w*|stick\s+around|"
    r"how\s+long|all\s+day|right\s+after|se\s+(?:quitan?|van|pasan?)|duran?|cu[aá]nto\s+tiempo)\b",
    re.IGNORECASE,
)
# What comes after the step an answer described: "and after that?" after the course of treatment asks about
# maintenance; after the consultation, about the treatment itself.
_NEXT_STEP = {"faq_consultation": "faq_treatment_course", "faq_treatment_course": "faq_is_it_forever"}
# After an answer that speaks of the therapy, "what kind?" asks for the kinds of therapy
_WHAT_KIND = re.compile(r"^[¿\s]*(?:(?:and|so|ok|okay|y)\s+)?(?:what|which|que|qu[eé]|cual|cu[aá]l)\s+(?:kinds?|types?|sorts?|tipos?|clase)\b"
                        r"(?:\s+(?:of\s+(?:therapy|it)|de\s+terapia))?(?:\s+(?:tho|though|then|exactly|pues))?\s*[?.!]*$", re.IGNORECASE)
# After an answer about the therapy, "can I skip it?", "is that required?" is the question why therapy is paired
_THERAPY_TOPICS = frozenset({"faq_therapy_kinds", "faq_integration", "faq_who_does_therapy", "faq_why_therapy"})
_SKIP_IT = re.compile(
    r"\b(?:skip|opt\s+out|pass\s+on|do\s+without|go\s+without|required|mandatory|optional|obligatori\w*|"
    r"saltar\w*)\b"
    # "and do i have to do therapy with it" after the course of treatment
    r"|\b(?:have|need|got)\s+to\s+(?:do|go\s+to|attend|take)\s+(?:the\s+)?(?:therap\w*|counsel\w*)",
    re.IGNORECASE,
)
# "and the therapy sessions, are those mandatory" after the course of treatment: whether the therapy can be skipped
_THE_THERAPY = re.compile(r"\b(?:therap\w*|counsel\w*|talk\s+sessions?|terapia\w*)\b", re.IGNORECASE)
# "what about the nasal one" after the FDA answer (or the side effects, the speed ...): the same question about
# another form of ketamine
_ANOTHER_FORM = re.compile(
    r"^[¿\s]*(?:(?:and|so|ok|okay|but|y|even)\s+)*(?:(?:what|how)\s+about\s+|(?<=and\s)|(?<=or\s)|(?<=even\s)|(?<=so\s))"
    r"(?:the\s+|a\s+|that\s+|those\s+)?"
    r"(?:nasal|nose|spray|iv|infusions?|drip|lozenges?|troches?|shots?|injections?|esketamine|spravato|oral|pills?)"
    # "so the iv one isnt?" after the FDA answer
    r"(?:\s+(?:one|ones|version|kind|type|spray|form)){0,2}(?:\s+(?:isnt|is\s+not|isnt\s+it|is\s+it|then|tho|though))?\s*[?.!]*$"
    # Spanish: "¿y el spray nasal?", "¿y la intravenosa?", "¿y qué tal la esketamina?"
    r"|^[¿\s]*(?:y|pero|entonces)\s+(?:qu[eé]\s+(?:tal|hay\s+de|pasa\s+con)\s+)?(?:el|la|los|las|con\s+el|con\s+la)\s+"
    r"(?:spray|aerosol|nasal|intravenosa|infusi[oó]n|infusiones|inyecci[oó]n|inyecciones|pastillas?|esketamina|spravato|suero)"
    r"(?:\s+(?:nasal|intravenosa|intravenoso))?\s*[?.!]*$",
    re.IGNORECASE,
)
# "ok and then it just stays gone?" after how fast it works: whether the effect lasts
_HOURS_WORD = re.compile(r"\b(?:hours?|hrs?|horas?)\b", re.IGNORECASE)
_OPENING_HOURS = re.compile(
    r"\b(?:your|ur|the\s+(?:office|clinic)s?|office|clinic|opening|business|weekend|working)\s+hours\b|\b(?:open|close|closed|closing|abren|"
    r"cierran|abierto|horario)\b|\bhours\s+(?:are\s+you|do\s+you)\b",
    re.IGNORECASE,
)
_DEPRESSION_WORD = re.compile(r"\b(?:depress\w*|depresi[oó]n|deprimid[oa]s?)\b", re.IGNORECASE)
# "and for people who've failed a bunch of meds?" after the response rates: the same figures for a group of people
_FOR_A_GROUP = re.compile(r"^\W*(?:(?:and|but|what\s+about|how\s+about|y)\s+)?(?:for|in|among|with|para|en)\s+"
                          r"(?:people|ppl|patients|folks|those|someone|ones|la\s+gente|personas|pacientes|los\s+que)\b",
                          re.IGNORECASE)
_PAIN_WORD = re.compile(r"\b(?:pain|dolor\w*|fibro\w*|migraines?|crps)\b", re.IGNORECASE)
# "can ketamine help with that" right after the distress answer: the condition the visitor told of just before
_HELP_WITH_THAT = re.compile(
    r"\b(?:help|helps|work|works|treat|treats|do\s+anything|good)\s+(?:with|w/?|for)\s+(?:that|this|it|what\s+im\s+going\s+through|feeling\s+like\s+(?:that|this))\b"
    # "do yall treat that or just depression", "does it help that"
    r"|\b(?:treat|treats)\s+(?:that|this)\b|\bhelps?\s+(?:that|this)\s*[?.!]*$"
    # "is this even used for that or just depression"
    r"|\bused\s+(?:for|with)\s+(?:that|this)\b"
    # "Is that something you treat?"
    r"|\b(?:that|this|it)\s+something\s+(?:you|u|yall|ketamine|it)\s+(?:guys\s+)?(?:can\s+)?(?:treat|help\s+with|helps\s+with|work\s+on"
    r"|work\s+with|deal\s+with|handle)\b"
    # "Has ketamine ever helped people with that condition?"
    r"|\bhelp(?:s|ed)?\s+(?:people|ppl|patients|anyone|someone|folks)\s+(?:with|w/?)\s+(?:that|this)\b"
    r"|\b(?:ayud\w*|sirve|funciona)\s+(?:con|para)\s+(?:eso|esto)\b",
    re.IGNORECASE,
)
# "what if i really really don't want to" after a therapy answer: why it is paired; "what if i dont have one" after
# who does the therapy (one's own therapist): that answer again
_WHAT_IF_NOT = re.compile(
    r"^[¿\s]*(?:(?:and|but|so|ok|okay|y|pero)\s+)?(?:what|y)\s+if\s+i\s+(?:\w+\s+){0,3}?(?:dont|don't|do\s+not|wont|won't|refuse|cant|can't)"
    r"(?:\s+(?P<have>have|got))?\b",
    re.IGNORECASE,
)
# "who actually does that part", "who does it tho, is it someone at your clinic" after a therapy answer
_WHO_DOES_IT = re.compile(
    r"^[¿\s]*(?:(?:and|so|ok|okay|but|y)\s+)?(?:who|quien|qui[eé]n)\s+(?:actually\s+|even\s+|exactly\s+)?"
    r"(?:does|do|runs|run|leads|lead|handles|provides|gives|is\s+doing|would\s+do|will\s+do|hace|lo\s+hace|la\s+hace|da)\s+"
    r"(?:it|that|this|that\s+part|this\s+part|those|them|the\s+(?:therapy|sessions|integration)|eso|esa\s+parte)\b",
    re.IGNORECASE,
)
_WHO_HOLDS_IT = re.compile(
    r"\b(?:actual|real)\s+(?:doctor|physician|dr|md|person|human)\b|\bwho\s+(?:do|will|would)\s+i\s+(?:talk|speak|meet)\w*\b"
    r"|\bwho\s+am\s+i\s+(?:talking|speaking|meeting)\b|\bcon\s+qui[eé]n\s+(?:hablo|voy\s+a\s+hablar)\b",
    re.IGNORECASE,
)
# A reaction to the last answer rather than a new question, answered on that topic again: doubt opening a sentence
# ("sounds kinda woo woo ngl", "sounds like a way to charge more money tbh", "you guys say resolution without further
# meds... thats a big claim", "I'm a retired pharmacist. Those figures seem inflated; what is the source?"), with no
# other question in the message.
_DOUBTS_ANSWER = re.compile(
    r"(?:^|[.!;\u2026]\s*)\W*(?:(?:ok|okay|hmm+|well|so|lol|honestly|tbh|idk|i\s+mean|no\s+offense)\W+){0,3}"
    # (a sceptical word is needed: "sounds pretty good, how do i book" is no doubt)
    r"(?:(?:(?:that|this|it|which|all\s+that)\s*(?:'?s|\s+is)?\s+)?(?:sounds?|seems?)\b(?:\s+\S+){0,8}?\s+(?:woo|fake|scam|bs|bull\w*|"
    r"hype|marketing|sus|fishy|vague|made\s+up|inflated|too\s+good|sketchy|shady|far\s+fetched|unlikely|money|cash|gimmick|"
    r"snake\s+oil|placebo|pseudo\w*)\b"
    r"|(?:thats|that\s+is|its|it\s+is|sounds\s+like)\s+a\s+(?:big|bold|huge|strong|pretty\s+big|lofty)\s+claim"
    # "whats the catch tho, nothing's free" after the free consultation (not "whats the catch, does it wear off")
    r"|what\W?s\s+the\s+catch(?:\s+(?:tho|though|here|then|lol))?(?:\W+nothing\W?s\s+(?:ever\s+)?free)?\W*$"
    # a challenge that is the whole message: "says who", "according to who?", "is that even true"
    r"|^\W*(?:says\s+who|who\s+says(?:\s+so)?|according\s+to\s+(?:who|whom|what|whose\s+\w+)|citation\s+needed|prove\s+it|"
    r"is\s+(?:that|this)\s+(?:even\s+|actually\s+|really\s+)?(?:true|legit|accurate))\W*$"
    r"|(?:those|these|the|your|that)\s+(?:figures|numbers|stats|statistics|percentages?|rates?|claims?)\s+(?:seem|look|sound|are|is)\s+"
    r"(?:\w+\s+)?(?:high|inflated|too\s+good|made\s+up|fake|off|generous|optimistic|cherry\s*picked))",
    re.IGNORECASE,
)
# (the challenge that is the whole message keeps its own question marks: "says who??")
_DOUBT_ALONE = re.compile(r"^\W*(?:says\s+who|who\s+says(?:\s+so)?|according\s+to\s+\w+(?:\s+\w+)?|is\s+(?:that|this)\s+[\w\s]{2,20})\W*$",
                          re.IGNORECASE)
_ASKS_SOURCE = re.compile(r"\b(?:(?:what(?:s|\s+is|\s+are)|where(?:s|\s+is|\s+are))\s+(?:the|your)\s+sources?|source)\b\s*\?*",
                          re.IGNORECASE)
# "what does 'reliable narrator' mean", "what do you mean by emotionally neutral": a phrase of the last answer
_ASKS_MEANING = re.compile(
    r"\bwhat\s+(?:does|do|is|are)\s+(?:the\s+term\s+|the\s+phrase\s+)?['\"\u201c\u2018]?(?P<phrase>[\w\s-]{3,40}?)['\"\u201d\u2019]?\s+means?\b"
    r"|\bwhat\s+do\s+(?:you|u)\s+mean\s+by\s+['\"\u201c\u2018]?(?P<by>[\w\s-]{3,40}?)['\"\u201d\u2019]?\s*(?:\?|$)",
    re.IGNORECASE,
)


# The evidence for the last answer challenged, a question mark and all: "is there actual research on that or is it just
# your doctor's opinion", "Is that from a peer-reviewed study or from your marketing material?", "According to whom?",
# "idk sounds like an upsell tbh"
_CHALLENGES_EVIDENCE = re.compile(
    r"\bis\s+there\s+(?:any\s+)?(?:actual|real|any|hard)\s+(?:research|evidence|proof|data|studies|science)\s+(?:on|for|behind|about|to\s+back)\s+(?:that|this|it)\b"
    r"|\bis\s+(?:that|this)\s+(?:from|based\s+on)\s+(?:a|an|actual|real|any)\s+(?:\S+\s+)?(?:study|studies|research|trials?|data)\b"
    r"|\baccording\s+to\s+whom\b|\bmarketing\s+material\b|\b(?:sounds|seems)\s+like\s+(?:an?\s+)?(?:upsell|sales\s+pitch|cash\s+grab)\b",
    re.IGNORECASE,
)


def reacts_to_answer(text: Text, answer: Optional[Text]) -> bool:
    """Whether a message doubts the last answer (with no question of its own but its source, or challenging its
    evidence) or asks what a phrase of that answer means."""
    if _CHALLENGES_EVIDENCE.search(text or ""):
        return True
    meaning = _ASKS_MEANING.search(text or "")
    if meaning is not None and answer:
        phrase = (meaning.group("phrase") or meaning.group("by") or "").strip().lower()
        if phrase and phrase not in ("that", "this", "it", "that mean", "this mean") and phrase in answer.lower():
            return True
    if not _DOUBTS_ANSWER.search(text or ""):
        return False
    rest = _DOUBT_ALONE.sub("", _ASKS_SOURCE.sub("", text))
    return "?" not in rest and "¿" not in rest


def last_answer_text(tracker: DialogueStateTracker) -> Optional[Text]:
    """The text of the assistant's last message before the visitor's latest one."""
    return next((event.text for event in _events_before_latest_message(tracker) if isinstance(event, BotUttered)), None)


_IN_ENGLISH_AGAIN = re.compile(r"^(?:(?:ok|okay|um+|uh+|so|can\s+you\s+say\s+(?:that|it))[\s,]+)?in\s+english\b[\s\w!?.]{0,12}$", re.IGNORECASE)
_DISTRESS_REPLIES = frozenset({names.UTTER_DISTRESS, names.UTTER_DISTRESS_ES})
# "or just depression", "not only pain", "or is it just for depression": a condition named only to be set aside
_SET_ASIDE = re.compile(r"\b(?:or|not)\s+(?:is\s+it\s+|its\s+|it\s+is\s+)?(?:just|only|merely)\s+(?:for\s+|about\s+)?\w+(?:\s+\w+)?",
                        re.IGNORECASE)
_TOLD_CONDITIONS = ("faq_anxiety", "faq_ptsd", "faq_ocd", "faq_chronic_pain", "faq_substance_use", "faq_depression")
# "what else", "anything else?", "or other stuff too" after a condition's answer: which other conditions it is used for
_WHAT_ELSE = re.compile(
    r"^[\s,.]*(?:(?:and|or|so|ok|okay|but)\s+)*(?:what\s+else|anything\s+else|(?:any\s+)?other\s+(?:stuff|things|conditions|issues)"
    r"(?:\s+(?:too|as\s+well|also))?|what\s+other\s+(?:stuff|things|conditions|issues))"
    r"(?:\s+(?:does\s+it|do\s+you|do\s+u|do\s+yall|can\s+it|is\s+it|can\s+you|can\s+u)\s+"
    r"(?:treat|help(?:\s+with)?|use\s+it\s+for|used\s+for|be\s+used\s+for|work\s+(?:for|on)))?[\W_]*$",
    re.IGNORECASE,
)
# "And for depression?", "what about for ptsd" after the FDA answer: the same question of a condition
_AND_FOR = re.compile(r"^[¿\s]*(?:(?:and|but|so|ok|what\s+about|how\s+about|y|pero)\s+)+(?:for\s+|para\s+)?", re.IGNORECASE)
_HELPS_NAMES = frozenset(_TOLD_CONDITIONS) | {"faq_response_rates"}  # ("does it work for that" names the response rates)
_THE_OTHER_CONDITION = {"faq_chronic_pain": _DEPRESSION_WORD, "faq_depression": _PAIN_WORD}
_SAME_OR_NOT = re.compile(
    r"\b(?:different|differ\w*|difference|same|compare\w*|distint[oa]|diferente|diferencia|lo\s+mismo|cambia)\b"
    # "do depression people do that too?" (not "does it help depression too?", which asks about depression)
    r"|^(?!.*\b(?:help|helps|work|works|treat|treats|ayuda|sirve|funciona)\b).*\b(?:too|also|as\s+well|tambi[eé]n)\b",
    re.IGNORECASE,
)
# ... "and does it stay working after", "does it keep working"
_STAYS_GONE = re.compile(r"\b(?:stays?|staying)\s+(?:gone|away|that\s+way|better|fixed|working|effective)\b"
                         r"|\b(?:keeps?|keeping)\s+(?:on\s+)?working\b", re.IGNORECASE)
_AFTER_THAT = re.compile(
    r"^[¿\s]*(?:(?:and|so|ok|okay|y|pero)\s+)*(?:then\s+)?(?:what\s+(?:happens\s+|comes\s+)?)?(?:after|afterwards|next|"
    r"despu[eé]s|luego|(?<=then\s)what|what\s+then)(?:\s+(?:that|those|this|them|de\s+eso|de\s+esas?|de\s+esos?|de\s+eso\s+qu[eé]))?"
    # "and after those six?", "after the 6 infusions?"
    r"(?:\s+(?:\d+|two|three|four|five|six|seven|eight|ten|twelve)(?:\s+(?:sessions?|infusions?|treatments?|doses?|rounds?))?)?\s*[?.!,]*"
    # ... and a few words more that ask whether it goes on ("and after that? more later?", "and after those? am i
    # done or", "and after that do i ever need more"); not a question of their own ("and after that how much is it")
    r"(?:(?=.*\b(?:more|later|done|again|ever|another|boosters?|forever|over|maintenance|keep\s+going|m[aá]s|otra\s+vez|"
    r"termin[eé]|termina)\b)(?:\s*[\w']+\b[?.!,]*){1,7}\s*$|\s*$)"
    r"|^[¿\s]*(?:(?:and|ok|okay|y)\s+)?(?:then\s+what|what\s+(?:comes\s+)?next|y\s+luego\s+qu[eé]|y\s+despu[eé]s\s+qu[eé])\s*[?.!]*$",
    re.IGNORECASE,
)
# Two classifier choices this close are a tie; the one the message names wins (see _named_new_topic). The same margin
# as config.yml's FallbackClassifier ambiguity_threshold, which policies cannot read (tests/test_policy.py keeps them equal)
TIED_CONFIDENCE = 0.05
# The least confidence a topic needs among the classifier's first three for its name in the message to settle an
# unsure reading (TopicContextPolicy._named_candidate)
SECOND_OPINION_CONFIDENCE = 0.08

# Words that name an article topic outright. A short follow-up that names none of them ("do they last long?"
# after the side effects, "where does that number come from" after the response rates) is about the previous
# answer, whichever topic the classifier leans to; one that names a topic ("what about for ptsd") is not.
_TOPIC_NAMES = {
    "faq_what_is_ketamine": r"what\s+(?:even\s+|exactly\s+|actually\s+)?is\s+(?:ketamine|it)|special\s+k|anesthetic|(?:club|party)\s+drug|que\s+es\s+(?:la\s+ketamina|eso)|qué\s+es\s+(?:la\s+ketamina|eso)|anest[eé]sic\w*",
    "faq_history": r"history|origins?|originally|(?:did|does)\s+(?:it|ketamine)\s+(?:first\s+)?come\s+from|invent\w*|discover\w*|horse|veterinar\w*|vet\s+(?:drug|medicine|clinics?|tranq\w*)|vets\s+use|been\s+around|(?:is\s+it|kinda|pretty)\s+new|1960s|vietnam|came\s+up\s+with|historia|descubri\w*|caballos?|veterinari\w*",
    "faq_how_it_works": r"how\s+(?:does|do)\s+(?:it|ketamine)\s+work|mechanism|nmda|glutamate|neuroplastic\w*|brain|synap\w*|c[oó]mo\s+funciona|cerebro|neuroplasticidad|mecanismo",
    "faq_what_it_feels_like": r"feel\s+like|feels\s+like|hurt|hurts|painful|scary|trip\w*|dissociat\w*|awake|asleep|high|se\s+siente|duele|dolor\w*\s+la\s+infusi[oó]n|miedo|despiert[oa]|dormid[oa]|disocia\w*",
    "faq_how_given": r"(?:what|which)\s+(?:\w+\s+){0,2}?(?:do\s+)?(?:you|u)\s+(?:guys\s+|all\s+)?(?:actually\s+)?use(?!\s+(?:it|ketamine)\s+for)|give\s+it|needles?|agujas?|iv|infusions?|nasal|spray|lozenges?|troches?|shots?|injections?|pills?|routes?|at\s+home|intravenos\w*|suero|nasal|inyecci\w*|pastillas?|v[ií]as?|en\s+casa",
    "faq_fda_approval": r"fda|approv\w*|spravato|esketamine|off\W?label|aprobad\w*|aprobaci[oó]n|spravato|esketamina",
    "faq_vs_antidepressants": r"antidepressants?|ssris?|snris?|meds|medications?|prozac|zoloft|lexapro|tried\s+everything|antidepresivos?|medicamentos?|medicinas?|pastillas\s+para\s+la\s+depre\w*",
    "faq_side_effects": r"side\s*effects?|nause\w*|dizz\w*|headaches?|blood\s+pressure|vomit\w*|efectos?\s+secundarios?|n[aá]useas?|mareos?|presi[oó]n|v[oó]mito\w*",
    "faq_safety": r"safe|safer|safest|unsafe|safety|addict\w*|hooked|abuse|risks?|risky|dangerous|bladder|segur[oa]|seguridad|adicti\w*|adicci[oó]n|riesgos?|peligros\w*",
    "faq_chronic_pain": r"pain|fibro\w*|crps|migraines?|nerve|back|exercises?|reprogramm\w*|dolor|fibromialgia|migra[ñn]as?|espalda|ejercicios?|reprogramaci[oó]n",
    "faq_depression": r"depress\w*|trd|postpartum|post\s+partum|ppd|depresi[oó]n|depre|deprimid[oa]|posparto",
    "faq_anxiety": r"anxi\w*|panic|ansiedad|p[aá]nico",
    "faq_ptsd": r"ptsd|trauma\w*|tept|trauma\w*|postraum\w*",
    "faq_ocd": r"ocd|obsess\w*|compuls\w*|toc|obsesi\w*|compulsi\w*",
    "faq_substance_use": r"alcohol\w*|drinking|drinks?\s+too\s+much|hooked\s+on|addicted\s+to|methadone|suboxone|rehab|opioids?|opiates?|addiction|sober\w*|substances?|fentanyl|heroin|meth|alcohol\w*|opioides?|adicciones|sustancias?",
    "faq_why_therapy": r"why\s+(?:\w+\s+){0,4}?therapy|skip\s+(?:the\s+)?therapy|without\s+(?:the\s+)?therapy|por\s+qu[eé]\s+(?:la\s+)?terapia|sin\s+(?:la\s+)?terapia",
    "faq_therapy_kinds": r"cbt|somatic|emdr|psychoanaly\w*|kinds?\s+of\s+therapy|types?\s+of\s+therapy|tipos?\s+de\s+terapia|som[aá]tica",
    "faq_integration": r"integrat\w*|integraci[oó]n",
    "faq_who_does_therapy": r"therapists?|counsel\w*|who\s+(?:does|do|would|will|is|runs|leads|gives|provides)\b|terapeutas?|psic[oó]log[oa]s?|qui[eé]n\s+(?:da|hace|me\s+atiende)",
    "faq_commitment": r"commitment|effort|homework|on\s+my\s+end|compromiso|esfuerzo|tarea|de\s+mi\s+parte",
    "faq_treatment_course": r"sessions?|how\s+many|schedule|course|appointments?|sesiones|cu[aá]ntas|calendario|citas?",
    "faq_how_fast": r"how\s+(?:fast|quick\w*|soon)|kicks?\s+in|kicking\s+in|takes?\s+to\s+work|start\s+working|qu[eé]\s+tan\s+r[aá]pido|cu[aá]nto\s+tarda|en\s+cu[aá]nto\s+tiempo",
    "faq_is_it_forever": r"forever|for\s+life|maintenance|boosters?|rest\s+of\s+my\s+life|for\s+good|permanent\w*|stick\s+around|sticks?\s+or|fade\w*|wears?\s+off|need\s+more\s+after|no\s+more\s*\?|(?:im|i\s+am)\s+done\b|ya\s+no\s+(?:necesito|ocupo)\s+mas|(?:does|will|would)\s+(?:it|that|the\s+\w+)\s+last|para\s+siempre|de\s+por\s+vida|mantenimiento|permanente\w*|(?:cu[aá]nto\s+)?duran?\s+(?:el\s+efecto|los\s+efectos|los\s+resultados|la\s+mejor[ií]a)",
    "faq_response_rates": r"success|percent\w*|%|odds|chances?|statistics?|stats|numbers|how\s+many\s+(?:people|ppl|patients|folks)|does\s+it\s+(?:actually\s+|really\s+)?work|[eé]xito|porcentaje\w*|probabilidad\w*|estad[ií]sticas?|funciona\s+de\s+verdad",
    "faq_candidate": r"who\s+(?:should|shouldnt|can|cant)\s+(?:not\s+)?(?:get|do|have)\s+it|candidate|eligible|qualify|good\s+fit|candidat[oa]|califico|para\s+m[ií]",
    "faq_conditions": r"(?:do\s+)?(?:you|u)\s+(?:guys\s+)?treat|conditions?|bipolar|adhd|eating\s+disorders?|(?:full|whole|complete)\s+list|condiciones|bipolar|tdah",
    "faq_consultation": r"consult\w*|zoom|virtual|video|videocall|in\s+person|en\s+persona|por\s+video|consulta|virtual|en\s+l[ií]nea",
}
# What only staff can answer, named outright: a leaning follow-up that names none of it ("how long do they last",
# "¿y cada cuánto?") is about the previous answer, though the classifier hears "how long" or "cuánto" as a staff
# question or the cost.
_STAFF_MATTERS = re.compile(
    r"\b(?:how\s+much|cost\w*|price\w*|pricing|pay|paying|afford\w*|expensive|cheap|insurance|insured|covered|cover|copays?|"
    r"deductible|hsa|fsa|hours(?!\s+(?:a|per|each|every)\s+(?:day|week|night|month)\b|\s+of\s+(?:work|homework|effort|practice))|(?:are|is)\s+(?:you|it|the\s+\w+)\s+open|open\s+(?:on|at|till|until|late|early)|closed|weekends?|evenings?|parking|park|referral|doctors?|physicians?|staff|"
    r"nurses?|legal|drive|driving|wait\w*|appointments?|appts?|cuesta|cuestan|costo\w*|precio\w*|cobran|cobra|"
    r"pagar|pago|seguro|aseguranza\w*|cubre|horario\w*|abren|cierran|estacionamiento|doctora?|m[eé]dicos?|"
    r"manejar|citas?|sesi[oó]n|infusi[oó]n|(?:each|every)\s+(?:one|session|infusion|treatment)|cada\s+una)\b",
    re.IGNORECASE,
)
# The practical questions a message can name outright, for the second opinion (TopicContextPolicy._named_candidate)
_NAMES_PRACTICAL = {
    names.INTENT_ASK_COST: re.compile(
        r"\b(?:cost\w*|price\w*|pricing|billed|bill|charge[sd]?|fees?|pay|paying|afford\w*|expensive|cheap|set\s+me\s+back|"
        r"cuesta\w*|costo\w*|precio\w*|cobran?)\b", re.IGNORECASE),
    names.INTENT_ASK_INSURANCE: re.compile(
        r"\b(?:insurance|insured|copays?|deductible|hsa|fsa|aseguranza\w*|medi-?cal|medicare|medicaid|ppo|hmo|"
        r"blue\s+(?:shield|cross)|aetna|cigna|kaiser|united\s*health\w*|humana|anthem|tricare|magellan|optum)\b", re.IGNORECASE),
    names.INTENT_ASK_LOCATIONS: re.compile(
        r"\b(?:address|located|locations?|offices?|directions|where\s+(?:are|is)\s+(?:you|u|the\s+(?:clinic|office))|"
        r"where\s+do\s+i\s+(?:physically\s+)?go|tustin|seal\s+beach|capistrano|d[oó]nde\s+(?:est[aá]n|queda)|direcci[oó]n)\b",
        re.IGNORECASE),
}
_PRACTICAL_RESPONSE = {names.INTENT_ASK_COST: "utter_cost", names.INTENT_ASK_INSURANCE: "utter_insurance",
                       names.INTENT_ASK_LOCATIONS: "utter_locations"}
# The answers to the questions only staff can answer that _PRACTICAL_RESPONSE leaves out
_STAFF_RESPONSE = {names.INTENT_ASK_HOURS: "utter_hours", names.INTENT_ASK_STAFF_QUESTION: "utter_staff_answer"}
# Practical answers a follow-up can lean on
_PRACTICAL_REPLIES = frozenset({*_PRACTICAL_RESPONSE.values(), "utter_hours", "utter_staff_answer"})
_SMALL_TALK = frozenset({names.INTENT_THANK, names.INTENT_GOODBYE, "greet"})
_PARTING_REPLIES = frozenset({names.UTTER_THANK, "utter_goodbye"})  # (a tie between thanks and goodbye: the first one's)
# The replies to a bare acknowledgement the classifier read as something else: the prompt for a next question, or thanks
_ACKNOWLEDGEMENT_REPLIES = frozenset({names.UTTER_AFFIRM_ACK, names.UTTER_THANK})
_CARE_REPLIES = frozenset({*names.CRISIS_RESPONSES, *_DISTRESS_REPLIES})
# Intents whose own replies already suit a bare acknowledgement (thanks; "ok" as a yes), and danger, never overruled
_ACKNOWLEDGING_INTENTS = frozenset({names.INTENT_AFFIRM, names.INTENT_THANK, *names.CRISIS_INTENTS})
_STAFF_INTENTS = frozenset({names.INTENT_ASK_COST, names.INTENT_ASK_INSURANCE, names.INTENT_ASK_HOURS,
                            names.INTENT_ASK_STAFF_QUESTION})


# Words that ask about a place ("y dónde quedan?", "where are those done? which cities")
_PLACE_WORDS = re.compile(
    r"\b(?:where|wheres|d[oó]nde|cities|city|towns?|address|near|nearest|nearby|close|closer|closest|located|locations?|"
    r"offices?|clinics?|directions|miles|area|county|tustin|seal\s+beach|capistrano|irvine|ciudad\w*|queda\w*|ubica\w*|"
    r"oficinas?|cerca)\b",
    re.IGNORECASE,
)


def leans_on_topic_not_staff(intent: Optional[Text], text: Text, right_after_answer: bool = False) -> bool:
    """A leaning follow-up the classifier took for a staff question though it names nothing only staff know, or, right
    after an article answer, for the offices though it names no place ("which one do u guys do" after the ways
    ketamine is given; not "which one is closer" after the offices)."""
    if intent == names.INTENT_ASK_LOCATIONS:
        return right_after_answer and is_follow_up(text) and not _PLACE_WORDS.search(text)
    return intent in _STAFF_INTENTS and is_follow_up(text) and not _STAFF_MATTERS.search(text)


_NAMES_TOPIC = {topic: re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for topic, pattern in _TOPIC_NAMES.items()}


def named_topics(text: Text) -> List[Text]:
    """The article topics a message names outright (see _TOPIC_NAMES)."""
    return [topic for topic, pattern in _NAMES_TOPIC.items() if pattern.search(text or "")]


def is_follow_up(text: Text, max_words: int = FOLLOW_UP_MAX_WORDS) -> bool:
    """A short message that leans on what came before ("do they last long?", "and for pain?")."""
    words = (text or "").split()
    return 0 < len(words) <= max_words and bool(_ANAPHORA.search(text.strip()))


def last_topic(tracker: DialogueStateTracker) -> Optional[Text]:
    """The FAQ intent whose answer the assistant gave last in this session, if any."""
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            return None
        if isinstance(event, ActionExecuted) and (event.action_name or "").startswith(names.FAQ_RESPONSE_PREFIX):
            return event.action_name[len("utter_"):]
    return None


def _events_before_latest_message(tracker: DialogueStateTracker) -> Iterator[Event]:
    """The events between the visitor's message before the latest one and the latest one, newest first."""
    seen_message = False
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            if seen_message:
                return
            seen_message = True
        elif seen_message:
            yield event


def previous_reply(tracker: DialogueStateTracker) -> Optional[Text]:
    """The assistant's last action before the latest message (None at the start)."""
    return next((event.action_name for event in _events_before_latest_message(tracker)
                 if isinstance(event, ActionExecuted) and event.action_name != names.ACTION_LISTEN), None)


def previous_reply_topic(tracker: DialogueStateTracker) -> Optional[Text]:
    """The FAQ topic of the assistant's reply just before the latest message, if that reply was an FAQ answer
    ("what do you mean?" right after a crisis response is not about an answer given earlier)."""
    action = previous_reply(tracker) or ""
    return action[len("utter_"):] if action.startswith(names.FAQ_RESPONSE_PREFIX) else None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class TopicContextPolicy(Policy):
    """Follow-ups in the context of the previous answer, and "Did you mean ...?" instead of a bare "not sure".

    * A short message that leans on the previous answer ("do they last long?" after the side effects) is
      answered on the previous topic when the classifier is unsure (below `follow_up_confidence`) and either
      found nothing or ranked that topic among its top three, or when it names no other topic outright (however
      sure the classifier is of one); so is a request for more ("tell me more", "why?").
    * Some follow-ups mean one topic after one answer, whatever the classifier hears (`_sequel`): "does that wear
      off?" after the side effects, "and after that?" after the course, "what kind tho" or "can i skip it" after
      a therapy answer.
    * When the classifier is unsure between topics (Rasa's nlu_fallback), the visitor is offered the two
      likeliest topics as buttons and "Something else", Rasa's two-stage idea, instead of a dead end. The
      bare fallback remains for messages where no topic is even a candidate.
    Outside forms only: inside the intake the form's own handling applies.
    A half-finished intake kept over a new session or a long pause (resume_intake_step, above) comes first.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {POLICY_PRIORITY: TOPIC_CONTEXT_PRIORITY, "follow_up_confidence": 0.85,
                "first_candidate_confidence": 0.15, "second_candidate_confidence": 0.08}

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        resume, restored = resume_intake_step(tracker, domain)  # a half-finished intake (see above)
        if resume is not None and resume in domain.action_names_or_texts:
            probabilities = self._default_predictions(domain)
            probabilities[domain.index_for_action(resume)] = 1.0
            return self._prediction(probabilities, events=restored)
        prediction = self._follow_up_or_clarify(tracker, domain)
        prediction.events = [*restored, *prediction.events]
        return prediction

    def _follow_up_or_clarify(self, tracker: DialogueStateTracker, domain: Domain) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        if tracker.latest_action_name != names.ACTION_LISTEN:
            if self._answered_this_turn(tracker):
                probabilities[domain.index_for_action(names.ACTION_LISTEN)] = 1.0
                return self._prediction(probabilities, is_no_user_prediction=True)
            return self._prediction(probabilities)
        if tracker.active_loop_name:
            return self._clarify_in_form(tracker.latest_message, domain, probabilities, tracker)
        message = tracker.latest_message
        if message is None or (message.text or "").startswith("/"):
            return self._prediction(probabilities)
        intent = message.intent or {}
        name, confidence = intent.get("name"), float(intent.get("confidence") or 0.0)
        ranking = [r.get("name") for r in (message.parse_data or {}).get("intent_ranking", [])][:4]
        previous = last_topic(tracker)
        unsure = name == names.INTENT_NLU_FALLBACK or (
            (name or "").startswith(names.FAQ_INTENT_PREFIX) and confidence < self.config["follow_up_confidence"]
        ) or (name == names.INTENT_MEDICAL_ADVICE and previous_reply_topic(tracker) is not None and advice_fragment(message))
        text = message.text or ""
        # "got it", "oh nice", "i see" after an answer: an acknowledgement, whatever the classifier made of it ("nice"
        # read as goodbye, "i see" as what it feels like, "good to know" as out of scope): the prompt for a next question
        # (thanked, "good to know, thx": the reply to thanks)
        # ... and, after anything but a crisis or distress answer, one the classifier heard as feeling low ("muy bien",
        # "estoy bien": "bien triste" is very sad) is no distress
        if name not in _ACKNOWLEDGING_INTENTS and only_acknowledges(text) and (
                previous_reply_topic(tracker) is not None or name == names.INTENT_FEELING_LOW
                and previous_reply(tracker) not in _CARE_REPLIES):
            reply = names.UTTER_THANK if thanks_in(text) else names.UTTER_AFFIRM_ACK
            if reply in domain.action_names_or_texts:
                probabilities[domain.index_for_action(reply)] = 1.0
                return self._prediction(probabilities)
        # ("in english pls" after an English answer asks for it in plain words, not for a switch to English)
        rephrase = (asks_to_rephrase(text) or _IN_ENGLISH_AGAIN.match(text.strip()) is not None
                    and tracker.get_slot(names.SLOT_LANGUAGE) != SPANISH
                    or reacts_to_answer(text, last_answer_text(tracker))) and previous_reply_topic(tracker) is not None
        follow_up = is_follow_up(text)
        if _NEW_QUESTION.search(text) and not _CORRECTION.search(text):
            previous = None  # (a correction of the last question still needs it: "scratch that, i meant ptsd not ocd")
        named = named_topics(text)  # the topics the message names outright, read once
        # "and weekends?" after the hours, "and the other ones?" after an office: a follow-up the classifier could not
        # place (or took for intake details: "what about evenings"), right after a practical answer, asks more of the same
        if name in (names.INTENT_NLU_FALLBACK, names.INTENT_INFORM) and follow_up and not named:
            practical = previous_reply(tracker)
            if practical in _PRACTICAL_REPLIES and practical in domain.action_names_or_texts:
                probabilities[domain.index_for_action(practical)] = 1.0
                return self._prediction(probabilities)
        # "ive been really depressed lately" (the distress answer), then "can ketamine help with that": the condition
        # told of just before, depression unless another was named
        # ... and after any other reply, a condition the message before named ("I have had CRPS in my right foot
        # since 2019.", then "Is that something you treat?"), when it named only one
        distress = previous_reply(tracker) in _DISTRESS_REPLIES
        if _HELP_WITH_THAT.search(text) and not set(named) - _HELPS_NAMES - {"faq_conditions"} \
                and (follow_up if distress else is_follow_up(text, PASSING_EFFECTS_MAX_WORDS)):
            before = tracker.get_last_event_for(UserUttered, skip=1)  # what the visitor said before the latest message
            told = named + named_topics(before.text if before is not None else "")
            conditions = [topic for topic in _TOLD_CONDITIONS if topic in told]
            # (a condition the message itself names comes first, unless set aside: "my mom has depression too, does it
            # help that", but not "... or just depression")
            here = [topic for topic in _TOLD_CONDITIONS if topic in named_topics(_SET_ASIDE.sub(" ", text))]
            earlier = [before, tracker.get_last_event_for(UserUttered, skip=2)]
            told_before = [topic for topic in _TOLD_CONDITIONS
                           if any(topic in named_topics(event.text or "") for event in earlier if event is not None)]
            if distress:
                # ("i drink too much", "every night since covid honestly" (the distress answer), then "do yall treat that
                # or just depression": the drinking)
                either = [topic for topic in _TOLD_CONDITIONS if topic in here + told_before]
                condition: Optional[Text] = either[0] if either else "faq_depression"
            else:
                # the one condition told in the two messages before ("been hooked on pain pills for like 4 yrs", "on
                # methadone now", then "can u guys help w that"; "do yall treat that or just depression" after a
                # drinking problem told), else the one named at all
                condition = here[0] if len(here) == 1 else told_before[0] if len(told_before) == 1 else (
                    conditions[0] if len(conditions) == 1 else None)
            if condition is not None and "utter_" + condition in domain.action_names_or_texts:
                probabilities[domain.index_for_action("utter_" + condition)] = 1.0
                return self._prediction(probabilities)
        # "who runs those" after the integration answer: an unsure follow-up that names another topic, which the
        # classifier also puts first, moves to that topic rather than staying on the old one
        moved = self._named_new_topic(message, previous, named) if previous and follow_up and unsure else None
        moved = self._sequel(previous, text, named, placed=name != names.INTENT_NLU_FALLBACK) or moved
        if moved is not None and "utter_" + moved in domain.action_names_or_texts:
            probabilities[domain.index_for_action("utter_" + moved)] = 1.0
            return self._prediction(probabilities)
        # Spanish topics are named in too many ways for _TOPIC_NAMES to overrule a sure classifier: a Spanish
        # follow-up keeps the previous topic only when the classifier is unsure (measured on the Spanish
        # development set: 150 -> 148 of 170 when it could)
        # ... and an unsure message that names the previous topic and no other ("which one do u guys use" after
        # the ways ketamine is given) is about it too
        names_only_previous = unsure and named == [previous]
        if previous and (rephrase or names_only_previous or self._asks_for_more(name, text)
                         or leans_on_topic_not_staff(name, text, previous_reply_topic(tracker) == previous) or (
            unsure and follow_up and not self._small_talk_first(ranking)
            and (name == names.INTENT_NLU_FALLBACK or previous in ranking)
        ) or (follow_up and self._stays_on_topic(name, named, previous, text, confidence)
              and language_after(tracker) != "es")):
            response = "utter_" + previous
            if response in domain.action_names_or_texts:
                probabilities[domain.index_for_action(response)] = 1.0
                return self._prediction(probabilities)
        if name == names.INTENT_NLU_FALLBACK:
            # (outside the intake only: there the form asks its question again after an answer)
            second_opinion = (self._named_candidate(message, named) or self._staff_either_way(message)
                              or self._parting_either_way(message))
            if second_opinion is not None and second_opinion in domain.action_names_or_texts:
                probabilities[domain.index_for_action(second_opinion)] = 1.0
                return self._prediction(probabilities)
            return self._clarify(message, domain, probabilities, tracker)
        return self._prediction(probabilities)

    @staticmethod
    def _parting_either_way(message: UserUttered) -> Optional[Text]:
        """"thanks that's all i needed. bye!": goodbye 0.50 and thanks 0.48, either reply fits; the first one's."""
        ranked = [r.get("name") or "" for r in (message.parse_data or {}).get("intent_ranking") or []
                  if r.get("name") != names.INTENT_NLU_FALLBACK][:2]
        if set(ranked) == {names.INTENT_GOODBYE, names.INTENT_THANK}:
            return "utter_goodbye" if ranked[0] == names.INTENT_GOODBYE else names.UTTER_THANK
        return None

    @staticmethod
    def _staff_either_way(message: UserUttered) -> Optional[Text]:
        """When the classifier's first two choices are both questions only staff can answer ("do you take blue shield
        ppo": the staff question 0.49, insurance 0.46), the first one's answer rather than "Did you mean ...?"."""
        ranked = [r.get("name") or "" for r in (message.parse_data or {}).get("intent_ranking") or []
                  if r.get("name") != names.INTENT_NLU_FALLBACK][:2]
        if len(ranked) == 2 and all(intent in _STAFF_INTENTS for intent in ranked):
            return _PRACTICAL_RESPONSE.get(ranked[0], _STAFF_RESPONSE.get(ranked[0]))
        return None

    @staticmethod
    def _named_candidate(message: UserUttered, named: List[Text]) -> Optional[Text]:
        """A lexical second opinion when the classifier is unsure: the answer to the one article topic (or the
        cost, insurance or the offices) among its first three choices that the message names outright ("qué tan
        rápido funciona?", response rates 0.46 and how fast 0.44; "is it purely nmda antagonism", how it is given
        0.18 and how it works 0.16; "is the therapy billed separately"). None when the message names none or
        several of them, or when personal advice or a crisis is among the first two choices."""
        ranked = [(r.get("name") or "", float(r.get("confidence") or 0.0))
                  for r in (message.parse_data or {}).get("intent_ranking") or []
                  if r.get("name") != names.INTENT_NLU_FALLBACK][:3]
        if any(intent == names.INTENT_MEDICAL_ADVICE or intent in names.CRISIS_INTENTS for intent, _ in ranked[:2]):
            return None
        text = message.text or ""
        named = named + [intent for intent, pattern in _NAMES_PRACTICAL.items() if pattern.search(text)]
        picked = [intent for intent, confidence in ranked
                  if (intent.startswith(names.FAQ_INTENT_PREFIX) or intent in _NAMES_PRACTICAL) and intent in named
                  and confidence >= SECOND_OPINION_CONFIDENCE]
        return _PRACTICAL_RESPONSE.get(picked[0], "utter_" + picked[0]) if len(picked) == 1 else None

    @staticmethod
    def _sequel(previous: Optional[Text], text: Text, named: List[Text], placed: bool = True) -> Optional[Text]:
        """The topic a follow-up means after the previous answer, whatever the classifier says: how long passing
        effects last (the same topic), what comes after the step just described ("and after that?"), the kinds of
        therapy or why it is paired after a therapy answer ("what kind tho", "can i skip it"; and after any answer
        when the therapy is named: "and the therapy sessions, are those mandatory"), the same question about another
        form of ketamine ("what about the nasal one", "¿y el spray nasal?"), whether the effect lasts after how fast it
        works ("and then it just stays gone?"), the answer's own hours after how fast it works ("hours??? for real"), pain
        set beside depression after either answer ("is that different from how you treat depression"), the response
        rates for depression after the response rates, the conditions treated after a condition's answer ("what else"),
        the FDA answer again for a condition ("And for depression?"), and, when the classifier could not place it
        (`placed` false), a bare "anorexia?" after the conditions treated."""
        # a correction of the question just answered: "wait sorry i meant depression not anxiety", "i mean for
        # pain, not depression": the topic it means and not the one it sets aside
        correction = _CORRECTION.search(text) if previous is not None else None
        if correction is not None:
            set_aside = set(named_topics(correction.group("not")))
            meant = [topic for topic in named_topics(correction.group("meant")) if topic not in set_aside]
            if len(meant) == 1:
                return meant[0]
        # (a longer message still leans on those effects: "does that go away right after or do u stay weird all day")
        if previous in _PASSING_EFFECTS and is_follow_up(text, PASSING_EFFECTS_MAX_WORDS) and _HOW_LONG_IT_LASTS.search(text) \
                and not set(named) - {previous, "faq_is_it_forever"}:
            # what stays once the experience is over ("and after it wears off, anything lingering?") is the side
            # effects answer's "minimal outside of treatment", whichever of the two came before
            return "faq_side_effects" if _AFTER_IT_WEARS_OFF.search(text) else previous
        if previous in _NEXT_STEP and _AFTER_THAT.search(text.strip()):
            return _NEXT_STEP[previous]
        if previous in _THERAPY_TOPICS and _WHAT_KIND.search(text.strip()):
            return "faq_therapy_kinds"
        what_if_not = _WHAT_IF_NOT.search(text.strip()) if previous in _THERAPY_TOPICS else None
        if what_if_not is not None and len(text.split()) <= FOLLOW_UP_MAX_WORDS and not set(named) - _THERAPY_TOPICS:
            return previous if what_if_not.group("have") and previous == "faq_who_does_therapy" else "faq_why_therapy"
        if previous in _THERAPY_TOPICS and is_follow_up(text) and _WHO_DOES_IT.search(text.strip()) \
                and not set(named) - _THERAPY_TOPICS:
            return "faq_who_does_therapy"
        if (previous in _THERAPY_TOPICS or _THE_THERAPY.search(text)) and is_follow_up(text) and _SKIP_IT.search(text) \
                and not set(named) - _THERAPY_TOPICS - {previous}:
            return "faq_why_therapy"
        if previous is not None and previous.startswith(names.FAQ_INTENT_PREFIX) and _ANOTHER_FORM.search(text.strip()):
            return previous
        if previous == "faq_how_fast" and is_follow_up(text) and _STAYS_GONE.search(text):
            return "faq_is_it_forever"
        # "who do i talk to, an actual doctor?" after the consultation: who holds it, which that answer says
        if previous == "faq_consultation" and len(text.split()) <= FOLLOW_UP_MAX_WORDS and _WHO_HOLDS_IT.search(text) \
                and not set(named) - {previous, "faq_who_does_therapy"}:  # ("who do i talk to" names the therapist's topic)
            return previous
        if previous == "faq_conditions" and not placed and "?" in text and len(text.split()) <= 3 and not named:
            return previous
        if previous in _TOLD_CONDITIONS and _WHAT_ELSE.match(text.strip()) and not named:
            return "faq_conditions"
        # (the FDA answer covers every condition: the nasal spray's approval for depression, the rest off-label)
        if previous == "faq_fda_approval" and len(text.split()) <= 5 and _AND_FOR.match(text) and named \
                and not set(named) - set(_TOLD_CONDITIONS):
            return previous
        # "hours??? for real" after how fast it works or the depression answer (both say 2-8 hours): how fast it
        # works, not the clinic's opening hours
        if previous in ("faq_how_fast", "faq_depression") and len(text.split()) <= PASSING_EFFECTS_MAX_WORDS \
                and _HOURS_WORD.search(text) and not _OPENING_HOURS.search(text):
            return "faq_how_fast"
        # "is that different from how you treat depression" after the pain answer (or pain after depression)
        other = _THE_OTHER_CONDITION.get(previous or "")
        if other is not None and is_follow_up(text, PASSING_EFFECTS_MAX_WORDS) and other.search(text) and _SAME_OR_NOT.search(text):
            return "faq_pain_vs_depression"
        # "is that for depression or for everything", "y en los q tienen depresion resistente?", "and for people who've
        # failed a bunch of meds?" after the response rates: the same figures for depression or for a group of people
        if previous == "faq_response_rates" and is_follow_up(text) and (
                (_DEPRESSION_WORD.search(text) and not set(named) - {previous, "faq_depression"})
                or _FOR_A_GROUP.search(text.strip())):
            return previous
        return None

    def _clarify_in_form(
        self, message: Optional[UserUttered], domain: Domain, probabilities: List[float],
        tracker: Optional[DialogueStateTracker] = None,
    ) -> PolicyPrediction:
        """In the intake, only a question the classifier could not place ("before I confirm, how many sessions
        would I need?") is met with "Did you mean ...?"; the form's question stays open. Answers (names,
        numbers, "evening") are the form's to judge."""
        if (message is None or (message.intent or {}).get("name") != names.INTENT_NLU_FALLBACK
                or not looks_like_question(message.text or "")):
            return self._prediction(probabilities)
        return self._clarify(message, domain, probabilities, tracker)

    def _clarify(self, message: UserUttered, domain: Domain, probabilities: List[float],
                 tracker: Optional[DialogueStateTracker] = None) -> PolicyPrediction:
        candidates = self._candidates((message.parse_data or {}).get("intent_ranking", []))
        if not candidates:
            return self._prediction(probabilities)
        spanish = tracker is not None and language_after(tracker) == "es"
        titles = names.TOPIC_TITLES_ES if spanish else names.TOPIC_TITLES
        events: List[Event] = []
        for index, candidate in enumerate(candidates, start=1):
            events += [SlotSet(f"clarify_{index}_title", titles[candidate]),
                       SlotSet(f"clarify_{index}_payload", "/" + candidate)]
        response = names.UTTER_CLARIFY_TWO if len(candidates) == 2 else names.UTTER_CLARIFY_ONE
        probabilities[domain.index_for_action(response)] = 1.0
        return self._prediction(probabilities, events=events)

    @staticmethod
    def _small_talk_first(ranking: List[Optional[Text]]) -> bool:
        """Whether the classifier's first choice after the fallback is a thanks, goodbye or greeting: "thanks
        that's all i needed. bye!" leans on nothing, though it says "that"."""
        first = next((intent for intent in ranking if intent != names.INTENT_NLU_FALLBACK), None)
        return first in _SMALL_TALK

    @staticmethod
    def _named_new_topic(message: UserUttered, previous: Text, named: List[Text]) -> Optional[Text]:
        """The topic a follow-up names outright, when it is not the previous one and is the classifier's first
        choice (the fallback aside), or its second when the two are tied ("y para el dolor?": pain versus depression
        and chronic pain at 0.50 each, and only chronic pain is named)."""
        ranked = [(r.get("name") or "", float(r.get("confidence") or 0.0))
                  for r in (message.parse_data or {}).get("intent_ranking") or []
                  if r.get("name") != names.INTENT_NLU_FALLBACK]
        tied = [name for name, confidence in ranked[:2] if confidence >= ranked[0][1] - TIED_CONFIDENCE]
        for candidate in tied:
            if candidate.startswith(names.FAQ_INTENT_PREFIX) and candidate != previous and candidate in named:
                return candidate
        return None

    @staticmethod
    def _stays_on_topic(intent: Optional[Text], named: List[Text], previous: Text, text: Text, confidence: float) -> bool:
        """A leaning follow-up the classifier put on another article topic, though it names none but the
        previous one ("how long do they last" after the side effects: not whether treatment lasts forever).
        Not when it leans only on "it", which is ketamine or the treatment as often as the previous answer, and
        the classifier is sure of its topic ("who shouldn't do it then" after the safety answer: who is a
        candidate)."""
        if not (intent or "").startswith(names.FAQ_INTENT_PREFIX) or intent == previous:
            return False
        if confidence >= SURE_OF_ANOTHER_TOPIC and not _LEANS_ON_THE_ANSWER.search(text):
            return False
        return set(named) <= {previous}

    @staticmethod
    def _asks_for_more(intent: Optional[Text], text: Text) -> bool:
        """"Tell me more", a bare "why?", or a short leaning message the classifier took for something that is
        no question at all ("and does it stick around" as out of scope): more on the previous topic."""
        if intent == names.INTENT_FOLLOW_UP:
            return True
        if intent == names.INTENT_WHY_NEEDED:
            return len(text.split()) <= 3
        return intent in (names.INTENT_OUT_OF_SCOPE, "inform") and is_follow_up(text)

    def _candidates(self, ranking: List[Dict[Text, Any]]) -> List[Text]:
        """The topics to offer: the classifier's first choice (if it is a topic at all, and not far-fetched),
        then its second if that one is plausible too. Gibberish and small talk get the plain fallback."""
        ranked = [(r.get("name"), float(r.get("confidence") or 0.0)) for r in ranking
                  if r.get("name") != names.INTENT_NLU_FALLBACK]
        if not ranked or ranked[0][0] not in names.TOPIC_TITLES or ranked[0][1] < self.config["first_candidate_confidence"]:
            return []
        chosen = [ranked[0][0]]
        if len(ranked) > 1 and ranked[1][0] in names.TOPIC_TITLES and ranked[1][1] >= self.config["second_candidate_confidence"]:
            chosen.append(ranked[1][0])
        return chosen

    @staticmethod
    def _answered_this_turn(tracker: DialogueStateTracker) -> bool:
        """Whether this policy's reply (a clarification, or a follow-up answer on another topic than the
        message's intent) ran since the latest user message: then the turn ends."""
        intent = (tracker.latest_message.intent or {}).get("name") if tracker.latest_message else None
        clarifications = (names.UTTER_CLARIFY_ONE, names.UTTER_CLARIFY_TWO)
        # (a practical answer given as a second opinion or a follow-up, and thanks or goodbye tied, when the classifier's
        # intent was the fallback or intake details outside the intake: without them here, "what about evenings" after
        # the hours and "thanks that's all i needed. bye!" got their answer and then the fallback nine times over)
        second_opinion = _PRACTICAL_REPLIES | _PARTING_REPLIES \
            if intent in (names.INTENT_NLU_FALLBACK, names.INTENT_INFORM) else frozenset()
        # (and the prompt given to an acknowledgement the classifier read as something else)
        if intent not in _ACKNOWLEDGING_INTENTS:
            second_opinion = second_opinion | _ACKNOWLEDGEMENT_REPLIES
        return ran_this_turn(tracker, lambda action: action in clarifications or action in second_opinion or (
            action.startswith(names.FAQ_RESPONSE_PREFIX) and action != "utter_" + str(intent)))
