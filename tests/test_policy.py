"""The safety-net policy, on trackers built from events."""

import pytest
from rasa.core.policies.ensemble import DefaultPolicyPredictionEnsemble
from rasa.core.policies.policy import PolicyPrediction
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.policies import SafetyNetPolicy
from clinic import names
from clinic.safety import shared_screen


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("policy"))
    context = ExecutionContext(GraphSchema({}), "test")
    return SafetyNetPolicy.create(
        SafetyNetPolicy.get_default_config(), storage, Resource("safety"), context
    )


def _tracker(domain, *events):
    return DialogueStateTracker.from_events("visitor", [ActionExecuted("action_listen"), *events], domain.slots)


def _user(text, intent="faq_how_it_works", confidence=0.9):
    return UserUttered(text, intent={"name": intent, "confidence": confidence})


def _predicted(prediction, domain):
    if max(prediction.probabilities) == 0:
        return None
    return domain.action_names_or_texts[prediction.probabilities.index(max(prediction.probabilities))]


def test_crisis_text_gets_crisis_resources_and_marks_the_conversation(policy, domain):
    prediction = policy.predict_action_probabilities(_tracker(domain, _user("i want to kill myself")), domain)
    assert _predicted(prediction, domain) == names.UTTER_CRISIS
    assert SlotSet(names.SLOT_CRISIS, True) in prediction.events
    assert prediction.is_no_user_prediction


def test_crisis_inside_an_intent_payload_is_caught(policy, domain):
    payload = UserUttered('/greet{"name": "i dont want to be here anymore"}', intent={"name": "greet", "confidence": 1.0})
    prediction = policy.predict_action_probabilities(_tracker(domain, payload), domain)
    assert _predicted(prediction, domain) == names.UTTER_CRISIS


def test_an_overdose_taken_to_die_gets_poison_control_then_988_then_listens(policy, domain):
    message = _user("i took all my pills because i want to die")
    first = policy.predict_action_probabilities(_tracker(domain, message), domain)
    assert _predicted(first, domain) == names.UTTER_CRISIS_OVERDOSE
    after_first = _tracker(domain, message, ActionExecuted(names.UTTER_CRISIS_OVERDOSE))
    second = policy.predict_action_probabilities(after_first, domain)
    assert _predicted(second, domain) == names.UTTER_CRISIS_NOTE_PREFIX + "suicide"
    after_both = _tracker(domain, message, ActionExecuted(names.UTTER_CRISIS_OVERDOSE),
                          ActionExecuted(names.UTTER_CRISIS_NOTE_PREFIX + "suicide"))
    assert _predicted(policy.predict_action_probabilities(after_both, domain), domain) == names.ACTION_LISTEN


def test_a_kind_of_danger_the_classifier_is_sure_of_beside_the_screens_gets_its_note_too(policy, domain):
    text = "my ex keeps texting that hes coming over with his buddies to handle me tonight. hes hurt me before"
    message = _ranked(text, [("crisis_threat", 0.8), ("crisis_abuse", 0.1)])
    screened = _predicted(policy.predict_action_probabilities(_tracker(domain, message), domain), domain)
    assert screened in names.CRISIS_RESPONSES and screened != names.UTTER_CRISIS_THREAT
    after = _tracker(domain, message, ActionExecuted(screened))
    assert _predicted(policy.predict_action_probabilities(after, domain), domain) == names.UTTER_CRISIS_NOTE_PREFIX + "threat"
    after_both = _tracker(domain, message, ActionExecuted(screened), ActionExecuted(names.UTTER_CRISIS_NOTE_PREFIX + "threat"))
    assert _predicted(policy.predict_action_probabilities(after_both, domain), domain) == names.ACTION_LISTEN
    # not when the classifier is unsure, agrees, or reads a kind whose resources the first answer gives
    for ranking in ([("crisis_threat", 0.6), ("crisis_abuse", 0.3)], [("crisis_self_harm", 0.9)]):
        message = _ranked(text, ranking)
        after = _tracker(domain, message, ActionExecuted(screened))
        assert _predicted(policy.predict_action_probabilities(after, domain), domain) == names.ACTION_LISTEN
    pills = _ranked("shes not waking up, she took a bunch of stuff tonight", [("crisis_overdose", 0.9)])
    first = _predicted(policy.predict_action_probabilities(_tracker(domain, pills), domain), domain)
    assert first == names.UTTER_CRISIS_MEDICAL
    after = _tracker(domain, pills, ActionExecuted(first))
    assert _predicted(policy.predict_action_probabilities(after, domain), domain) == names.ACTION_LISTEN


def test_an_english_message_with_a_spanish_part_gets_the_crisis_response_in_both_languages(policy, domain):
    message = _user("my sister keeps cutting herself y ahorita se encerró en el baño con los rastrillos, my parents are "
                    "at work, what do i do")
    first = policy.predict_action_probabilities(_tracker(domain, message), domain)
    assert _predicted(first, domain) == names.UTTER_CRISIS_SELF_HARM
    after_first = _tracker(domain, message, ActionExecuted(names.UTTER_CRISIS_SELF_HARM))
    assert _predicted(policy.predict_action_probabilities(after_first, domain), domain) == names.UTTER_CRISIS_ES
    after_both = _tracker(domain, message, ActionExecuted(names.UTTER_CRISIS_SELF_HARM), ActionExecuted(names.UTTER_CRISIS_ES))
    assert _predicted(policy.predict_action_probabilities(after_both, domain), domain) == names.ACTION_LISTEN


def test_an_english_crisis_in_a_spanish_conversation_is_not_repeated(policy, domain):
    message = _user("bro ya no puedo, i'm literally standing on the edge of the roof of my building, no se pa que estoy "
                    "escribiendo aqui")
    after = _tracker(domain, SlotSet(names.SLOT_LANGUAGE, "es"), message, ActionExecuted(names.UTTER_CRISIS))
    assert _predicted(policy.predict_action_probabilities(after, domain), domain) == names.ACTION_LISTEN


def test_one_kind_of_danger_gets_one_response(policy, domain):
    message = _user("my toddler swallowed a bunch of gummies")
    after = _tracker(domain, message, ActionExecuted(names.UTTER_CRISIS_OVERDOSE))
    assert _predicted(policy.predict_action_probabilities(after, domain), domain) == names.ACTION_LISTEN


def test_a_crisis_after_a_turn_rasas_circuit_breaker_stopped_is_still_answered(policy, domain):
    """The circuit breaker ends a turn without logging action_listen; the next message is still screened."""
    events = [UserUttered("hm", intent={"name": "nlu_fallback", "confidence": 0.3}),
              *[ActionExecuted(names.UTTER_FALLBACK)] * 10, _user("i want to kill myself")]
    prediction = policy.predict_action_probabilities(_tracker(domain, *events), domain)
    assert _predicted(prediction, domain) == names.UTTER_CRISIS


def test_a_confident_crisis_intent_is_enough(policy, domain):
    tracker = _tracker(domain, _user("i don't see a way through any of this", intent="crisis", confidence=0.8))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == names.UTTER_CRISIS


def test_an_unsure_crisis_intent_is_left_to_the_rules(policy, domain):
    tracker = _tracker(domain, _user("meh", intent="crisis", confidence=0.2))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) is None


def test_personal_medical_questions_are_declined(policy, domain):
    tracker = _tracker(domain, _user("can i take ketamine with my lexapro"))
    prediction = policy.predict_action_probabilities(tracker, domain)
    assert _predicted(prediction, domain) == names.UTTER_NO_MEDICAL_ADVICE
    assert prediction.events == []


def test_ordinary_questions_are_left_alone(policy, domain):
    tracker = _tracker(domain, _user("how does ketamine work"))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) is None


def test_after_its_response_it_listens(policy, domain):
    tracker = _tracker(domain, _user("i want to die"), ActionExecuted(names.UTTER_CRISIS))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == names.ACTION_LISTEN


def test_after_another_response_it_stays_silent(policy, domain):
    tracker = _tracker(domain, _user("how does it work"), ActionExecuted("utter_faq_how_it_works"))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) is None


def test_it_wins_over_an_active_form(policy, domain):
    """A form's happy path is a no-user prediction of RulePolicy; the crisis response must still win."""
    tracker = _tracker(domain, ActiveLoop("intake_form"), _user("i want to end my life"))
    ours = policy.predict_action_probabilities(tracker, domain)
    form_probs = [0.0] * domain.num_actions
    form_probs[domain.index_for_action("utter_greet")] = 1.0
    rule = PolicyPrediction(form_probs, "RulePolicy", policy_priority=6, is_no_user_prediction=True)
    best = DefaultPolicyPredictionEnsemble().combine_predictions([rule, ours], tracker, domain)
    assert best.policy_name == "SafetyNetPolicy"
    assert _predicted(best, domain) == names.UTTER_CRISIS


def test_in_a_form_a_short_answer_the_classifier_half_reads_as_crisis_is_left_to_the_form(policy, domain):
    tracker = _tracker(domain, ActiveLoop("intake_form"), _user("call", intent="crisis", confidence=0.85))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) is None
    explicit = _tracker(domain, ActiveLoop("intake_form"), _user("i want to kill myself", intent="inform"))
    assert _predicted(policy.predict_action_probabilities(explicit, domain), domain) == names.UTTER_CRISIS


@pytest.mark.parametrize("text, response", [
    ("I was sexually assaulted last year", names.UTTER_CRISIS_SEXUAL_ASSAULT),
    ("I think I'm having a stroke", names.UTTER_CRISIS_MEDICAL),
    ("my friend overdosed and isn't responding", names.UTTER_CRISIS_OVERDOSE),
    ("my partner beats me", names.UTTER_CRISIS_ABUSE),
    ("i'm going to kill my neighbor", names.UTTER_CRISIS_THREAT),
    ("i keep cutting myself", names.UTTER_CRISIS_SELF_HARM),
    ("me quiero morir", names.UTTER_CRISIS_ES),
    ("mi pareja me golpea", names.UTTER_CRISIS_ES_ABUSE),
    ("I feel so hopeless", names.UTTER_DISTRESS),
    ("can I stop my prozac when I start", names.UTTER_NO_MEDICATION_CHANGE),
])
def test_each_kind_gets_its_own_response(policy, domain, text, response):
    prediction = policy.predict_action_probabilities(_tracker(domain, _user(text)), domain)
    assert _predicted(prediction, domain) == response
    flagged = SlotSet(names.SLOT_CRISIS, True) in prediction.events
    assert flagged == (response in names.CRISIS_RESPONSES)  # every emergency, and only emergencies, is urgent


def test_an_emergency_mid_form_pauses_the_form_but_distress_answers_the_form(policy, domain):
    in_form = [ActiveLoop(names.FORM_INTAKE), SlotSet(names.SLOT_REQUESTED, names.SLOT_HELP_TEXT)]
    emergency = policy.predict_action_probabilities(_tracker(domain, *in_form, _user("my husband hits me")), domain)
    assert _predicted(emergency, domain) == names.UTTER_CRISIS_ABUSE and ActiveLoop(None) in emergency.events
    distress = policy.predict_action_probabilities(_tracker(domain, *in_form, _user("i feel so low lately")), domain)
    assert _predicted(distress, domain) is None  # it is the visitor's answer to "what would you like help with?"


# --- follow-ups and "Did you mean" (TopicContextPolicy) ---------------------------------------------------
from rasa.shared.core.events import BotUttered  # noqa: E402

from assistant.policies import _AFTER_THAT, TopicContextPolicy, is_follow_up, named_topics  # noqa: E402


@pytest.fixture(scope="module")
def context_policy(tmp_path_factory):
    storage = LocalModelStorage(tmp_path_factory.mktemp("context"))
    context = ExecutionContext(GraphSchema({}), "test")
    return TopicContextPolicy.create(TopicContextPolicy.get_default_config(), storage, Resource("ctx"), context)


def _parsed(text, ranking):
    """A message as the NLU pipeline leaves it: intent and ranking (nlu_fallback first when unsure)."""
    ranking = [{"name": n, "confidence": c} for n, c in ranking]
    return UserUttered(text, intent=ranking[0], parse_data={"intent": ranking[0], "intent_ranking": ranking,
                                                             "entities": [], "text": text})


def _after_faq(domain, faq, *events):
    return _tracker(domain, _user("what are the side effects", intent=faq, confidence=0.95),
                    ActionExecuted("utter_" + faq), BotUttered("..."), ActionExecuted("action_listen"), *events)


def test_a_follow_up_is_answered_on_the_previous_topic_when_the_classifier_is_unsure(context_policy, domain):
    tracker = _after_faq(domain, "faq_side_effects",
                         _parsed("do they last long?", [("nlu_fallback", 0.4), ("faq_is_it_forever", 0.3)]))
    prediction = context_policy.predict_action_probabilities(tracker, domain)
    assert _predicted(prediction, domain) == "utter_faq_side_effects"


def test_thanks_and_goodbye_the_classifier_cannot_tell_apart_are_no_follow_up(context_policy, domain):
    tracker = _after_faq(domain, "faq_response_rates", _parsed(
        "thanks that's all i needed. bye!", [("nlu_fallback", 0.3), ("thank", 0.5), ("goodbye", 0.48)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) != \
        "utter_faq_response_rates"


def test_a_confident_new_question_is_left_alone(context_policy, domain):
    tracker = _after_faq(domain, "faq_side_effects", _parsed("is it safe?", [("faq_safety", 0.97)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) is None


def test_a_follow_up_naming_no_other_topic_stays_on_the_previous_one_however_sure_the_classifier_is(
        context_policy, domain):
    """"where does that number come from" after the response rates is not a question about ketamine's history."""
    tracker = _after_faq(domain, "faq_response_rates",
                         _parsed("where does that number even come from", [("faq_history", 0.93)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_response_rates"


def test_a_message_that_says_it_asks_something_new_is_no_follow_up(context_policy, domain):
    for text, topic in (("actually scratch that, how is it given at ur clinic", "faq_how_given"),
                        ("also who shouldnt get ketamine", "faq_candidate")):
        tracker = _after_faq(domain, "faq_fda_approval", _parsed(text, [(topic, 0.95)]))
        assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) is None
    # (a correction still is one: it needs the question it corrects)
    tracker = _after_faq(domain, "faq_ocd", _parsed("never mind, i meant ptsd not ocd", [("faq_ocd", 0.9)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_ptsd"
    # "also" with a leaning word still leans
    tracker = _after_faq(domain, "faq_side_effects", _parsed("also how long do they last", [("faq_is_it_forever", 0.95)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_side_effects"


def test_whether_it_keeps_working_after_how_fast_it_works_is_whether_it_lasts(context_policy, domain):
    tracker = _after_faq(domain, "faq_how_fast", _parsed("and does it stay working after", [("faq_is_it_forever", 0.92)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_is_it_forever"


@pytest.mark.parametrize("text", ["and does it stick or fade", "do i need more after that", "does it wear off"])
def test_whether_the_effect_lasts_is_its_own_topic_after_how_fast_it_works(context_policy, domain, text):
    tracker = _after_faq(domain, "faq_how_fast", _parsed(text, [("faq_is_it_forever", 0.9)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) is None


@pytest.mark.parametrize("text, intent", [
    ("how long do they last", "ask_staff_question"), ("y cuanto duran?", "ask_cost"), ("what about long term", "ask_hours"),
    ("so how long does that window stay open", "ask_staff_question"), ("like hours a day??", "ask_hours"),
])
def test_a_follow_up_heard_as_a_staff_question_that_names_no_staff_matter_stays_on_topic(
        context_policy, domain, text, intent):
    tracker = _after_faq(domain, "faq_side_effects", _parsed(text, [(intent, 0.9)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_side_effects"


def test_the_pain_answers_exercises_are_the_pain_topic(context_policy, domain):
    tracker = _after_faq(domain, "faq_chronic_pain",
                         _parsed("what are the daily exercises u mentioned", [("faq_commitment", 0.9)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_chronic_pain"


@pytest.mark.parametrize("text, intent", [
    ("and is that covered by insurance", "ask_insurance"), ("y eso cuanto cuesta?", "ask_cost"),
    ("and each one is how long", "ask_staff_question"), ("how much does that run", "ask_cost"),
    ("and are you open on saturdays for that", "ask_hours"),
])
def test_a_follow_up_that_names_a_staff_matter_is_a_staff_question(context_policy, domain, text, intent):
    tracker = _after_faq(domain, "faq_treatment_course", _parsed(text, [(intent, 0.9)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) is None  # its own rule


@pytest.mark.parametrize("text, topic", [
    ("what about for ptsd then", "faq_ptsd"),
    ("and is that permanent?", "faq_is_it_forever"),
    ("ok but is it addictive", "faq_safety"),
])
def test_a_follow_up_that_names_another_topic_goes_to_that_topic(context_policy, domain, text, topic):
    tracker = _after_faq(domain, "faq_how_fast", _parsed(text, [(topic, 0.9)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) is None  # its own rule


@pytest.mark.parametrize("previous, text, ranking, expected", [
    # the same question about another form of ketamine
    ("faq_fda_approval", "what about the nasal one", [("faq_how_given", 0.8)], "utter_faq_fda_approval"),
    ("faq_fda_approval", "and the nasal one?", [("faq_how_given", 0.8)], "utter_faq_fda_approval"),
    ("faq_fda_approval", "even the nasal kind?", [("faq_how_given", 0.8)], "utter_faq_fda_approval"),
    ("faq_fda_approval", "so the iv one isnt?", [("faq_how_given", 0.66)], "utter_faq_fda_approval"),
    ("faq_side_effects", "by a lot??", [("nlu_fallback", 0.3), ("faq_safety", 0.2)], "utter_faq_side_effects"),
    ("faq_side_effects", "and what about the spray?", [("faq_how_given", 0.7)], "utter_faq_side_effects"),
    ("faq_how_given", "what about the nasal one", [("faq_how_given", 0.9)], "utter_faq_how_given"),
    ("faq_fda_approval", "¿y el spray nasal?", [("faq_how_given", 0.8)], "utter_faq_fda_approval"),
    ("faq_fda_approval", "what about the nasal spray version", [("faq_how_given", 0.9)], "utter_faq_fda_approval"),
    # what stays once the experience is over is the side effects answer's, after either answer
    ("faq_what_it_feels_like", "and after it wears off, anything lingering?", [("faq_what_it_feels_like", 0.7)],
     "utter_faq_side_effects"),
    ("faq_what_it_feels_like", "how long does that last", [("faq_is_it_forever", 0.7)], "utter_faq_what_it_feels_like"),
    # a correction of the question just answered
    ("faq_anxiety", "wait sorry i meant depression not anxiety", [("faq_anxiety", 0.6)], "utter_faq_depression"),
    ("faq_depression", "i mean for pain, not depression", [("faq_pain_vs_depression", 0.7)], "utter_faq_chronic_pain"),
    ("faq_side_effects", "i meant the side effects, not what it feels like", [("faq_what_it_feels_like", 0.9)],
     "utter_faq_side_effects"),
    ("faq_anxiety", "i mean i guess not", [("deny", 0.9)], None),
    # a sure topic on a question that leans only on "it" (ketamine, the treatment) is the classifier's
    ("faq_safety", "who shouldn't do it then", [("faq_candidate", 0.97)], None),
    ("faq_side_effects", "how long do they last", [("faq_is_it_forever", 0.95)], "utter_faq_side_effects"),
    ("faq_side_effects", "y la intravenosa?", [("faq_how_given", 0.6)], "utter_faq_side_effects"),
    # after how fast it works, whether the effect stays
    ("faq_how_fast", "ok and then it just stays gone?", [("faq_how_fast", 0.7)], "utter_faq_is_it_forever"),
    # whether the therapy can be skipped, after any answer
    ("faq_treatment_course", "and the therapy sessions, are those mandatory", [("faq_treatment_course", 0.6)],
     "utter_faq_why_therapy"),
    ("faq_treatment_course", "and do i have to do therapy with it", [("faq_treatment_course", 0.9)],
     "utter_faq_why_therapy"),
    ("faq_treatment_course", "and do i have to do all of them", [("faq_treatment_course", 0.9)], None),
    # not a follow-up of that kind
    ("faq_fda_approval", "what about the cost of the nasal one", [("ask_cost", 0.9)], None),
    ("faq_how_fast", "does the spray work as fast", [("faq_how_fast", 0.9)], None),
    ("faq_fda_approval", "y el precio?", [("ask_cost", 0.9)], None),
    # the answer's own hours after how fast it works; the clinic's hours still the clinic's
    ("faq_how_fast", "hours??? for real", [("ask_hours", 0.8)], "utter_faq_how_fast"),
    ("faq_how_fast", "what are your hours", [("ask_hours", 0.9)], None),
    ("faq_depression", "2-8 hours?? is that real", [("faq_response_rates", 0.5)], "utter_faq_how_fast"),
    # pain set beside depression, after either answer
    ("faq_chronic_pain", "is that different from how you treat depression", [("faq_depression", 0.7)],
     "utter_faq_pain_vs_depression"),
    ("faq_depression", "y es distinto pa el dolor?", [("faq_chronic_pain", 0.6)], "utter_faq_pain_vs_depression"),
    ("faq_chronic_pain", "does it help depression too?", [("faq_depression", 0.9)], None),
    # who holds the consultation, after the consultation answer
    ("faq_consultation", "who do i talk to, an actual doctor?", [("talk_to_person", 0.7)], "utter_faq_consultation"),
    ("faq_consultation", "con quien voy a hablar?", [("talk_to_person", 0.6)], "utter_faq_consultation"),
    ("faq_side_effects", "who do i talk to, an actual doctor?", [("talk_to_person", 0.7)], None),
    # the response rates for depression, after the response rates
    ("faq_response_rates", "is that for depression or for everything", [("faq_depression", 0.6)],
     "utter_faq_response_rates"),
    # ... or for a group of people
    ("faq_response_rates", "and for people who've failed a bunch of meds?", [("faq_candidate", 0.8)],
     "utter_faq_response_rates"),
    ("faq_side_effects", "and for people who've failed a bunch of meds?", [("faq_candidate", 0.95)], None),
])
def test_a_follow_up_about_another_form_the_effect_staying_or_skipping_therapy(context_policy, domain, previous, text,
                                                                                 ranking, expected):
    tracker = _after_faq(domain, previous, _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == expected


@pytest.mark.parametrize("told, reply, text, ranking, expected", [
    # the condition told just before the distress answer, depression unless another was named
    ("ive been really depressed lately", names.UTTER_DISTRESS, "can ketamine help with that",
     [("faq_ptsd", 0.49), ("faq_depression", 0.17)], "utter_faq_depression"),
    ("my anxiety has been through the roof", names.UTTER_DISTRESS, "would it help with that?",
     [("faq_how_it_works", 0.5)], "utter_faq_anxiety"),
    ("me siento muy mal, ya no aguanto la ansiedad", names.UTTER_DISTRESS_ES, "y la ketamina ayuda con eso?",
     [("faq_what_is_ketamine", 0.6)], "utter_faq_anxiety"),
    ("i feel so hopeless", names.UTTER_DISTRESS, "does it work for that", [("faq_how_it_works", 0.95)],
     "utter_faq_depression"),
    # after another answer, the one condition the message before named
    ("I have had CRPS in my right foot since 2019.", "utter_faq_chronic_pain", "Is that something you treat?",
     [("faq_conditions", 0.9)], "utter_faq_chronic_pain"),
    ("my husband has really bad OCD, he checks the locks for hours", "utter_faq_ocd",
     "is there any evidence ketamine helps with that kind of thing?", [("faq_ptsd", 0.6)], "utter_faq_ocd"),
    ("i have ptsd and anxiety", "utter_greet", "can ketamine help with that", [("faq_how_it_works", 0.5)], None),
    ("does it help chronic pain", "utter_faq_chronic_pain", "ok separate thing, my mom has depression too, does it help that",
     [("faq_chronic_pain", 0.5)], "utter_faq_depression"),
    ("i have ocd, like i check the stove 30 times", "utter_faq_ocd", "does it help that",
     [("nlu_fallback", 0.3), ("faq_ocd", 0.2)], "utter_faq_ocd"),
    ("i drink too much. like a lot, every night", "utter_faq_substance_use", "do yall treat that or just depression",
     [("faq_depression", 0.7)], "utter_faq_substance_use"),
    ("like generalized anxiety", "utter_faq_anxiety", "is this even used for that or just depression",
     [("faq_depression", 0.98)], "utter_faq_anxiety"),
    ("My mother has fibromyalgia.", "utter_faq_chronic_pain", "Has ketamine ever helped people with that condition?",
     [("faq_candidate", 0.6)], "utter_faq_chronic_pain"),
    ("i have really bad ocd", "utter_faq_ocd", "is that something you guys work with", [("faq_conditions", 0.7)],
     "utter_faq_ocd"),
    # ("or is it just for depression" sets depression aside as "or just depression" does)
    ("my daughter has really bad ocd, she counts everything", "utter_faq_ocd",
     "can this actually help with that or is it just for depression", [("faq_depression", 0.99)], "utter_faq_ocd"),
    # not after another answer with no condition told, and not when the follow-up names a topic of its own
    ("hi", "utter_greet", "can ketamine help with that", [("faq_ptsd", 0.49), ("faq_depression", 0.17)], None),
    ("i feel so hopeless", names.UTTER_DISTRESS, "how much does it cost for that", [("ask_cost", 0.9)], None),
])
def test_a_help_with_that_is_about_the_condition_told_just_before(context_policy, domain, told, reply,
                                                                                 text, ranking, expected):
    tracker = _tracker(domain, _user(told, intent="feeling_low", confidence=0.9), ActionExecuted(reply),
                       BotUttered("..."), ActionExecuted("action_listen"), _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == expected


def test_after_the_distress_answer_a_condition_set_aside_is_not_the_one_meant(context_policy, domain):
    """"i drink too much. like a lot", "every night since covid honestly" (the distress answer), then "do yall treat
    that or just depression": the drinking told two messages before, not the depression set aside."""
    drinking = _user("i drink too much. like a lot", intent="faq_substance_use", confidence=0.6)
    tracker = _tracker(domain, drinking, ActionExecuted("utter_faq_substance_use"), BotUttered("..."),
                       ActionExecuted("action_listen"), _user("every night since covid honestly", intent="feeling_low"),
                       ActionExecuted(names.UTTER_DISTRESS), BotUttered("..."), ActionExecuted("action_listen"),
                       _parsed("do yall treat that or just depression", [("faq_depression", 0.54)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_substance_use"


@pytest.mark.parametrize("language, text, expected", [
    (None, "in english pls lol", "utter_faq_how_it_works"),
    ("en", "ok in english please", "utter_faq_how_it_works"),
    ("es", "in english please", None),  # after a Spanish answer it is a switch, which the rules answer
    ("en", "in english please, and what does it cost", None),
])
def test_in_english_after_an_english_answer_asks_for_it_again_in_plain_words(context_policy, domain, language, text,
                                                                             expected):
    events = [SlotSet(names.SLOT_LANGUAGE, language)] if language else []
    tracker = _after_faq(domain, "faq_how_it_works", *events, _parsed(text, [("choose_language", 0.95)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == expected


def test_a_follow_up_naming_one_of_two_tied_topics_goes_to_the_one_it_names(context_policy, domain):
    tracker = _after_faq(domain, "faq_depression", _parsed(
        "y para el dolor?", [("nlu_fallback", 0.3), ("faq_pain_vs_depression", 0.5), ("faq_chronic_pain", 0.5)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_chronic_pain"


def test_a_tie_between_topics_is_the_nlu_fallbacks_own_ambiguity_margin():
    """TIED_CONFIDENCE repeats config.yml's ambiguity threshold, which a policy cannot read."""
    from pathlib import Path

    import yaml

    from assistant.policies import TIED_CONFIDENCE

    config = yaml.safe_load((Path(__file__).resolve().parents[1] / "config.yml").read_text(encoding="utf-8"))
    fallback = next(c for c in config["pipeline"] if c["name"] == "FallbackClassifier")
    assert TIED_CONFIDENCE == fallback["ambiguity_threshold"]


def test_veterans_are_not_veterinarians(context_policy, domain):
    """"do a lot of vets do this" after the PTSD answer names no history; "a vet drug" does."""
    assert "faq_history" not in named_topics("im a veteran, do a lot of vets do this")
    assert "faq_history" in named_topics("wasn't it a vet drug at some point")


def test_unsure_between_topics_offers_them_as_buttons(context_policy, domain):
    tracker = _tracker(domain, _parsed("tell me about the head stuff and the side thing",
                                       [("nlu_fallback", 0.4), ("faq_how_it_works", 0.35), ("faq_side_effects", 0.3)]))
    prediction = context_policy.predict_action_probabilities(tracker, domain)
    assert _predicted(prediction, domain) == names.UTTER_CLARIFY_TWO
    assert SlotSet("clarify_1_payload", "/faq_how_it_works") in prediction.events
    assert SlotSet("clarify_2_title", "Side effects") in prediction.events


@pytest.mark.parametrize("text, ranking, expected", [
    # the message names one of the classifier's first three choices: a lexical second opinion settles it
    ("qué tan rápido funciona?", [("nlu_fallback", 0.3), ("faq_response_rates", 0.46), ("faq_how_fast", 0.44)],
     "utter_faq_how_fast"),
    ("is it purely nmda antagonism or something else", [("nlu_fallback", 0.3), ("faq_how_given", 0.18),
                                                        ("faq_safety", 0.1), ("faq_how_it_works", 0.09)],
     "utter_faq_how_it_works"),
    # ... or names the cost, the insurance or the offices
    ("is the therapy billed separately from the infusions", [("nlu_fallback", 0.3), ("faq_why_therapy", 0.3),
                                                             ("ask_cost", 0.27)], "utter_cost"),
    ("address for the tustin one", [("nlu_fallback", 0.3), ("ask_staff_question", 0.4), ("ask_locations", 0.35)],
     "utter_locations"),
    # it names two of them, or none, or one the classifier hardly considered: "Did you mean ...?"
    ("is the brain stuff safe", [("nlu_fallback", 0.3), ("faq_how_it_works", 0.3), ("faq_safety", 0.28)],
     names.UTTER_CLARIFY_TWO),
    ("tell me the thing", [("nlu_fallback", 0.3), ("faq_how_it_works", 0.3), ("faq_safety", 0.28)],
     names.UTTER_CLARIFY_TWO),
    ("the brain thing", [("nlu_fallback", 0.3), ("faq_safety", 0.3), ("faq_side_effects", 0.28),
                         ("faq_anxiety", 0.1), ("faq_how_it_works", 0.05)], names.UTTER_CLARIFY_TWO),
    # personal advice or a crisis among the first two: never settled by a topic's name
    ("would it help my back pain", [("nlu_fallback", 0.3), ("medical_advice", 0.22), ("faq_chronic_pain", 0.14)], None),
    ("my back pain is killing me, would it help", [("nlu_fallback", 0.3), ("faq_chronic_pain", 0.25), ("crisis", 0.2)],
     names.UTTER_CLARIFY_ONE),
])
def test_when_unsure_a_topic_the_message_names_is_answered_else_buttons(context_policy, domain, text, ranking, expected):
    prediction = context_policy.predict_action_probabilities(_tracker(domain, _parsed(text, ranking)), domain)
    assert _predicted(prediction, domain) == expected


@pytest.mark.parametrize("text, top, expected", [
    ("and weekends?", "nlu_fallback", "utter_hours"),
    # taken for intake details outside the intake ("inform", 0.35)
    ("what about evenings", "inform", "utter_hours"),
    ("what about evenings", "affirm", None),
    # a follow-up that names a topic is about that topic (here the second opinion answers it)
    ("and what about side effects?", "nlu_fallback", "utter_faq_side_effects"),
])
def test_an_unplaced_follow_up_after_a_practical_answer_asks_more_of_the_same(context_policy, domain, text, top, expected):
    tracker = _tracker(domain, _parsed("what are your hours", [("ask_hours", 0.99)]), ActionExecuted("utter_hours"),
                       ActionExecuted(names.ACTION_LISTEN),
                       _parsed(text, [(top, 0.35), ("faq_side_effects", 0.25), ("ask_staff_question", 0.05)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == expected


def test_after_a_second_opinions_cost_answer_the_turn_ends(context_policy, domain):
    """"oh ok i can't afford that": the cost answer, then listening (not the fallback rule, ten times over)."""
    message = _parsed("oh ok i cant afford that", [("nlu_fallback", 0.3), ("affirm", 0.21), ("ask_cost", 0.13)])
    assert _predicted(context_policy.predict_action_probabilities(_tracker(domain, message), domain), domain) == "utter_cost"
    after = _tracker(domain, message, ActionExecuted("utter_cost"))
    assert _predicted(context_policy.predict_action_probabilities(after, domain), domain) == names.ACTION_LISTEN


@pytest.mark.parametrize("before, text, ranking, answer", [
    ([_parsed("what are your hours", [("ask_hours", 0.99)]), ActionExecuted("utter_hours"),
      ActionExecuted(names.ACTION_LISTEN)], "what about evenings", [("inform", 0.35)], "utter_hours"),
    ([], "thanks that's all i needed. bye!", [("nlu_fallback", 0.3), ("goodbye", 0.5), ("thank", 0.48)], "utter_goodbye"),
])
def test_after_a_follow_up_or_parting_answer_of_its_own_the_turn_ends(context_policy, domain, before, text, ranking, answer):
    """The answer once, then listening (both had been followed by the fallback nine times, until the circuit breaker)."""
    message = _parsed(text, ranking)
    tracker = _tracker(domain, *before, message)
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == answer
    tracker.update(ActionExecuted(answer))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == names.ACTION_LISTEN


@pytest.mark.parametrize("text, ranking, reply", [
    ("oh nice", [("goodbye", 0.43)], names.UTTER_AFFIRM_ACK),
    ("i see", [("faq_what_it_feels_like", 0.44), ("goodbye", 0.15)], names.UTTER_AFFIRM_ACK),
    ("good to know", [("out_of_scope", 0.41), ("goodbye", 0.21)], names.UTTER_AFFIRM_ACK),
    ("got it", [("nlu_fallback", 0.3), ("goodbye", 0.21)], names.UTTER_AFFIRM_ACK),
    ("makes sense lol", [("nlu_fallback", 0.3), ("affirm", 0.2)], names.UTTER_AFFIRM_ACK),
    ("\U0001F44D", [("nlu_fallback", 0.3)], names.UTTER_AFFIRM_ACK),
    ("bet", [("nlu_fallback", 0.3)], names.UTTER_AFFIRM_ACK),
    # (one that thanks gets the reply to thanks)
    ("good to know, thx", [("goodbye", 0.42)], names.UTTER_THANK),
    ("\U0001F64F", [("nlu_fallback", 0.3)], names.UTTER_THANK),
])
def test_an_acknowledgement_after_an_answer_gets_the_prompt_for_a_next_question(context_policy, domain, text, ranking,
                                                                                 reply):
    """Not goodbye, not another topic, not "I'm not sure I understood": then the turn ends."""
    tracker = _after_faq(domain, "faq_side_effects", _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == reply
    tracker.update(ActionExecuted(reply))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == names.ACTION_LISTEN


@pytest.mark.parametrize("text, ranking", [
    ("ok thanks", [("thank", 0.99)]),  # (thanks get their own reply)
    ("ok", [("affirm", 0.8)]),  # (the rules answer a yes)
    ("got it, so how many sessions", [("faq_treatment_course", 0.9)]),  # (a question beside it)
    ("oh nice", [("crisis", 0.5)]),  # (a crisis reading is the safety net's)
])
def test_what_is_more_than_an_acknowledgement_or_already_answered_is_left_alone(context_policy, domain, text, ranking):
    tracker = _after_faq(domain, "faq_side_effects", _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) != names.UTTER_AFFIRM_ACK


@pytest.mark.parametrize("before", [[], [_user("hola", intent="greet"), ActionExecuted("utter_greet"), BotUttered("..."),
                                         ActionExecuted("action_listen")]])
@pytest.mark.parametrize("text", ["muy bien", "estoy bien", "todo bien"])
def test_fine_heard_as_feeling_low_is_an_acknowledgement_not_distress(policy, context_policy, domain, before, text):
    """"muy bien" (feeling low 0.93 to the classifier, which learnt "bien triste", very sad) gets the prompt, not the
    distress answer: the safety net leaves it, and the prompt outranks the rules' distress answer."""
    tracker = _tracker(domain, *before, _parsed(text, [("feeling_low", 0.93), ("affirm", 0.05)]))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) is None
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == names.UTTER_AFFIRM_ACK


def test_not_fine_and_fine_after_the_distress_answer_stay_distress(policy, context_policy, domain):
    low = _tracker(domain, _parsed("no estoy bien", [("feeling_low", 0.95)]))
    assert _predicted(policy.predict_action_probabilities(low, domain), domain) in (names.UTTER_DISTRESS,
                                                                                    names.UTTER_DISTRESS_ES)
    after = _tracker(domain, _user("me siento muy mal", intent="feeling_low"), ActionExecuted(names.UTTER_DISTRESS_ES),
                     BotUttered("..."), ActionExecuted("action_listen"), _parsed("muy bien", [("feeling_low", 0.93)]))
    assert _predicted(context_policy.predict_action_probabilities(after, domain), domain) != names.UTTER_AFFIRM_ACK


def test_an_acknowledgement_at_the_start_or_after_a_crisis_reply_is_left_to_the_rules(context_policy, domain):
    assert _predicted(context_policy.predict_action_probabilities(
        _tracker(domain, _parsed("got it", [("goodbye", 0.4)])), domain), domain) != names.UTTER_AFFIRM_ACK
    after_crisis = _tracker(domain, _user("i want to die", intent="crisis"), ActionExecuted(names.UTTER_CRISIS),
                            BotUttered("..."), ActionExecuted("action_listen"), _parsed("got it", [("goodbye", 0.4)]))
    assert _predicted(context_policy.predict_action_probabilities(after_crisis, domain), domain) != names.UTTER_AFFIRM_ACK


def test_a_phones_reaction_to_the_assistants_words_is_neither_screened_nor_answered(policy, domain):
    """'Loved “… call 911 now …”', texted by an iPhone after the crisis answer, quotes the assistant: no second crisis
    answer (and no flag), nothing said. A quote of anything else is the visitor's and is screened as ever."""
    crisis_text = "If you or someone else is in immediate danger, call 911 now. You can call or text 988."

    def after_crisis(text, intent):
        return _tracker(domain, _user("i want to die", intent="crisis"), ActionExecuted(names.UTTER_CRISIS),
                        BotUttered(crisis_text), ActionExecuted("action_listen"), _user(text, intent=intent, confidence=0.9))

    prediction = policy.predict_action_probabilities(after_crisis("Loved \u201c" + crisis_text + "\u201d", "crisis"), domain)
    assert _predicted(prediction, domain) == names.ACTION_LISTEN
    assert not prediction.events
    mine = policy.predict_action_probabilities(after_crisis("Loved \u201ci want to die tonight\u201d", "crisis"), domain)
    assert _predicted(mine, domain) == names.UTTER_CRISIS


def test_gibberish_and_small_talk_get_the_plain_fallback_not_made_up_topics(context_policy, domain):
    for ranking in ([("nlu_fallback", 0.4), ("out_of_scope", 0.29), ("faq_side_effects", 0.17)],
                    [("nlu_fallback", 0.4), ("faq_side_effects", 0.05), ("faq_safety", 0.04)]):
        tracker = _tracker(domain, _parsed("blorp the zibble", ranking))
        assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) is None


def test_inside_the_intake_the_form_decides_what_an_answer_is(context_policy, domain):
    for text in ("Jordan Sample", "the one by the beach", "afternoons mostly"):
        tracker = _after_faq(domain, "faq_side_effects", ActiveLoop(names.FORM_INTAKE),
                             _parsed(text, [("nlu_fallback", 0.4), ("faq_side_effects", 0.3)]))
        assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) is None, text


def test_inside_the_intake_a_question_nobody_can_place_gets_did_you_mean_not_a_follow_up(context_policy, domain):
    """"before I confirm, how many sessions would I need?" at the phone question is not a bad phone number;
    and in the intake a follow-up is not answered on the previous topic (the form's question is pending)."""
    tracker = _after_faq(domain, "faq_side_effects", ActiveLoop(names.FORM_INTAKE),
                         _parsed("do they last long?", [("nlu_fallback", 0.4), ("faq_treatment_course", 0.3)]))
    prediction = context_policy.predict_action_probabilities(tracker, domain)
    assert _predicted(prediction, domain) == names.UTTER_CLARIFY_ONE
    assert SlotSet("clarify_1_payload", "/faq_treatment_course") in prediction.events


def test_what_counts_as_a_follow_up():
    assert is_follow_up("do they last long?") and is_follow_up("and for pain?") and is_follow_up("is that common")
    assert not is_follow_up("what are the side effects of ketamine treatment")
    assert not is_follow_up("I have been reading about ketamine for a while and wonder whether they help people")
    # a bare two- or three-word question leans on the answer before it; a longer one stands alone
    assert is_follow_up("what kinds?") and is_follow_up("how often")
    assert not is_follow_up("what kinds of therapy do you offer")
    assert "faq_is_it_forever" in named_topics("and after that im done? no more?")
    # a follow-up that switches topic names it in everyday words
    assert "faq_history" in named_topics("and how long has it been around? sounds kinda new")
    assert "faq_what_is_ketamine" in named_topics("wait isnt that a club drug tho")
    assert "faq_safety" in named_topics("ppl k-hole at raves, how is this any safer")
    assert "faq_how_given" in named_topics("how do they give it to u, needle?")
    assert "faq_conditions" in named_topics("what kinda stuff do u treat with it")
    assert "faq_candidate" in named_topics("who shouldnt get it tho")
    assert "faq_history" in named_topics("so where did it come from originally")
    assert "faq_consultation" in named_topics("is that on video or in person")
    # ... and "after that" with a question of its own is not the next step
    assert not _AFTER_THAT.search("and after that how much does it cost?")
    assert not _AFTER_THAT.search("after that can i drive home")
    assert not _AFTER_THAT.search("and then what does it cost")


def test_a_question_about_a_crisis_topic_is_answered_then_given_the_resources(policy, domain):
    """"can you overdose on ketamine?" gets the safety answer (from the other policies), then Poison Control."""
    message = _user("can you overdose on ketamine?", intent="faq_safety", confidence=0.9)
    tracker = _tracker(domain, message)
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) is None
    tracker.update(ActionExecuted("utter_faq_safety"))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == "utter_crisis_note_overdose"
    tracker.update(ActionExecuted("utter_crisis_note_overdose"))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == names.ACTION_LISTEN


def test_distress_from_the_screen_is_answered_as_distress_whatever_the_classifier_reads(policy, domain):
    for intent, confidence in (("crisis", 0.97), ("faq_depression", 0.8), ("crisis", 0.6)):
        tracker = _tracker(domain, _user("nobody gets it. i feel so alone", intent=intent, confidence=confidence))
        assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == names.UTTER_DISTRESS
    # danger in words the screen knows is a crisis, distress words or not
    tracker = _tracker(domain, _user("i feel so alone and i want to end my life", intent="faq_depression"))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == names.UTTER_CRISIS


def test_a_danger_the_classifier_is_sure_of_outweighs_the_screens_distress_or_personal_question(policy, domain):
    assault = [("crisis_sexual_assault", 0.73), ("feeling_low", 0.2)]
    numb = "it happened 2 hours ago. my coworker. i dont know if it counts as trauma yet i just feel numb"
    assert _answer(policy, domain, numb, assault) == names.UTTER_CRISIS_SEXUAL_ASSAULT
    assert _answer(policy, domain, numb, [("crisis_sexual_assault", 0.6), ("feeling_low", 0.3)]) == names.UTTER_DISTRESS
    # the distress answer offers 988 itself
    assert _answer(policy, domain, "nobody gets it. i feel so alone", [("crisis", 0.9)]) == names.UTTER_DISTRESS
    lithium = "can i take my lithium the morning of the infusion"  # (the screen: a personal question)
    assert _answer(policy, domain, lithium, [("crisis_overdose", 0.91), ("feeling_low", 0.02)]) == names.UTTER_CRISIS_OVERDOSE
    assert _answer(policy, domain, lithium, [("crisis_overdose", 0.5), ("medical_advice", 0.4)]) == names.UTTER_NO_MEDICAL_ADVICE
    # a danger told as history leaves the personal question declined
    history = "i overdosed on xanax back in 2019 and im 5 years clean now. can i take ketamine with my xanax?"
    for ranking in ([("crisis_overdose", 0.8), ("faq_substance_use", 0.1)], [("crisis_overdose", 0.8), ("medical_advice", 0.2)]):
        assert _answer(policy, domain, history, ranking) == names.UTTER_NO_MEDICAL_ADVICE


def test_a_word_or_two_needs_a_sure_crisis_reading(policy, domain):
    assert _predicted(policy.predict_action_probabilities(
        _tracker(domain, _user("adiós", intent="crisis", confidence=0.6)), domain), domain) is None
    assert _predicted(policy.predict_action_probabilities(
        _tracker(domain, _user("help him", intent="crisis_medical", confidence=0.85)), domain), domain) \
        == names.UTTER_CRISIS_MEDICAL


def _ranked(text, ranking):
    top_name, top_confidence = ranking[0]
    return UserUttered(text, intent={"name": top_name, "confidence": top_confidence},
                       parse_data={"intent": {"name": top_name, "confidence": top_confidence},
                                   "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
                                   "entities": [], "text": text})


def _answer(policy, domain, text, ranking):
    """The safety net's answer to a fresh message the classifier ranked so."""
    return _predicted(policy.predict_action_probabilities(_tracker(domain, _ranked(text, ranking)), domain), domain)


def test_personal_advice_the_classifier_finds_gets_the_prescriber_answer_when_it_names_a_medication_change(policy, domain):
    advice = [("medical_advice", 0.9), ("faq_vs_antidepressants", 0.05)]
    mother = "My mother is 70 and takes three different antidepressants. Should she stop any of them before she begins?"
    assert _answer(policy, domain, mother, advice) == names.UTTER_NO_MEDICATION_CHANGE
    assert _answer(policy, domain, "will it work for me? ive failed every treatment there is", advice) \
        == names.UTTER_NO_MEDICAL_ADVICE


def test_a_fragment_after_an_answer_is_a_follow_up_not_personal_advice(policy, context_policy, domain):
    """"fibro specifically?" after the pain answer: the classifier's personal advice (0.72) on four words or fewer that
    name no one, no medication and nothing personal is left to the follow-up policy, which answers the topic."""
    advice = [("medical_advice", 0.72), ("faq_chronic_pain", 0.12)]
    tracker = _after_faq(domain, "faq_chronic_pain", _parsed("fibro specifically?", advice))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) is None
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_chronic_pain"
    # the same fragment with no answer before it, or naming a medication or a person, stays declined
    assert _answer(policy, domain, "fibro specifically?", advice) == names.UTTER_NO_MEDICAL_ADVICE
    lithium = UserUttered("with lithium?", intent={"name": "medical_advice", "confidence": 0.8},
                          entities=[{"entity": "medication", "value": "lithium", "start": 5, "end": 12}],
                          parse_data={"intent": {"name": "medical_advice", "confidence": 0.8}, "entities": [],
                                      "intent_ranking": [{"name": "medical_advice", "confidence": 0.8}], "text": "with lithium?"})
    for message in (lithium, _parsed("and for me?", advice), _parsed("is it safe", advice)):
        tracker = _after_faq(domain, "faq_side_effects", message)
        assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == names.UTTER_NO_MEDICAL_ADVICE, message.text


def test_a_change_to_a_medication_the_classifier_declines_unsurely_gets_the_prescriber_answer(policy, domain):
    """Below the classifier's threshold the rules decline personal advice anyway; when it names a change to a
    medication the answer is the prescriber's (outside the intake only)."""
    unsure = [("medical_advice", 0.45), ("faq_how_given", 0.2)]
    assert _answer(policy, domain, "skip lamictal day of??", unsure) == names.UTTER_NO_MEDICATION_CHANGE
    assert _answer(policy, domain, "what do they do on the day of??", unsure) is None


def test_a_change_asked_of_a_medication_told_just_before_gets_the_prescriber_answer(policy, domain):
    told = _user("im on lexapro 20mg right now", intent="faq_vs_antidepressants", confidence=0.6)
    advice = [("medical_advice", 0.9), ("faq_vs_antidepressants", 0.05)]
    tracker = _tracker(domain, told, ActionExecuted("utter_faq_vs_antidepressants"), BotUttered("..."),
                       ActionExecuted("action_listen"), _ranked("should i stop mine before starting", advice))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == names.UTTER_NO_MEDICATION_CHANGE
    tracker = _tracker(domain, told, ActionExecuted("utter_faq_vs_antidepressants"), BotUttered("..."),
                       ActionExecuted("action_listen"), _ranked("is it safe for me then", advice))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == names.UTTER_NO_MEDICAL_ADVICE


def test_a_change_asked_of_a_medication_told_just_before_gets_the_prescriber_answer_whatever_the_classifier_read(
        policy, domain):
    """"my husband is on 300mg of neurontin", then "does he stop it or keep going": the classifier, reading the second
    message alone, took it for maintenance; outside the intake the prescriber answer comes first."""
    told = _user("my husband is on 300mg of neurontin", intent="faq_chronic_pain", confidence=0.6)
    forever = [("faq_is_it_forever", 0.7), ("medical_advice", 0.1)]

    def after(first, text, *form):
        return _tracker(domain, first, ActionExecuted("utter_faq_chronic_pain"), BotUttered("..."),
                        ActionExecuted("action_listen"), *form, _ranked(text, forever))

    assert _predicted(policy.predict_action_probabilities(after(told, "does he stop it or keep going"), domain),
                      domain) == names.UTTER_NO_MEDICATION_CHANGE
    # nothing told before, or nothing asked of it: the classifier's reading stands
    plain = _user("my husband has nerve pain", intent="faq_chronic_pain", confidence=0.6)
    assert _predicted(policy.predict_action_probabilities(after(plain, "does he stop it or keep going"), domain),
                      domain) is None
    assert _predicted(policy.predict_action_probabilities(after(told, "does it wear off"), domain), domain) is None



def test_a_medication_told_two_messages_before_is_still_the_one_asked_about(policy, domain):
    told = _user("im on trintellix 10mg", intent="faq_vs_antidepressants", confidence=0.6)
    numb = _user("it makes me feel kinda numb honestly", intent="feeling_low", confidence=0.5)
    unsure = [("nlu_fallback", 0.3), ("faq_treatment_course", 0.25)]

    def answer(text, *earlier):
        events = []
        for message in earlier:
            events += [message, ActionExecuted("utter_fallback"), BotUttered("..."), ActionExecuted("action_listen")]
        return _predicted(policy.predict_action_probabilities(_tracker(domain, *events, _ranked(text, unsure)), domain),
                          domain)

    assert answer("could i pause it for the 3 weeks of treatment and restart after", told, numb) \
        == names.UTTER_NO_MEDICATION_CHANGE
    assert answer("is it ok to be on both of those during the treatment",
                  _user("I take vyvanse 40 and welbutrin 300", intent="faq_vs_antidepressants"), numb) \
        == names.UTTER_NO_MEDICAL_ADVICE
    assert answer("So would I be excluded?", _user("Are there people who shouldn't get ketamine?", intent="faq_candidate"),
                  _user("I was diagnosed with bipolar II last year.", intent="medical_advice", confidence=0.5)) \
        == names.UTTER_NO_MEDICAL_ADVICE
    # asked outright, a condition told two messages before counts too ("i have bipolar 2", "who shouldnt get ketamine",
    # then "so am i one of those people"); "is that a problem" two messages on may be about the message between
    assert answer("So would I be excluded?", _user("I was diagnosed with bipolar II last year.", intent="medical_advice"),
                  _user("Are there people who shouldn't get ketamine?", intent="faq_candidate")) == names.UTTER_NO_MEDICAL_ADVICE
    assert answer("so am i one of those people", _user("i have bipolar 2", intent="medical_advice"),
                  _user("who shouldnt get ketamine", intent="faq_candidate")) == names.UTTER_NO_MEDICAL_ADVICE
    assert answer("is that a problem", _user("I was diagnosed with bipolar II last year.", intent="medical_advice"),
                  _user("can i do the consult by phone", intent="faq_consultation")) is None
    # three messages back is too far, and nothing asked of it is nothing
    assert answer("could i pause it for the 3 weeks of treatment and restart after", told, numb, numb) is None
    assert answer("how long is the treatment", told, numb) is None


def test_a_condition_told_beside_a_question_the_classifier_is_sure_of_gets_the_answer(policy, domain):
    bipolar = "i have bipolar 2, mostly the depressed side. what conditions do u guys treat"
    assert shared_screen().check(bipolar).rule == "condition_personal"  # (what the screen alone reads)
    assert _answer(policy, domain, bipolar, [("faq_conditions", 0.999), ("medical_advice", 0.0005)]) is None
    # less sure, or personal advice not ruled out: declined
    assert _answer(policy, domain, bipolar, [("faq_conditions", 0.95), ("medical_advice", 0.04)]) \
        == names.UTTER_NO_MEDICAL_ADVICE
    assert _answer(policy, domain, bipolar, [("faq_conditions", 0.995), ("medical_advice", 0.02)]) \
        == names.UTTER_NO_MEDICAL_ADVICE
    # a pregnancy, a dose or a change to a medication is declined however sure the classifier is of a topic
    for text in ("im 14 weeks pregnant, what are the side effects", "what dose would i get, i weigh 105 lbs",
                 "can i stop my zoloft once the ketamine works"):
        assert _answer(policy, domain, text, [("faq_side_effects", 0.999), ("medical_advice", 0.0005)]) in (
            names.UTTER_NO_MEDICAL_ADVICE, names.UTTER_NO_MEDICATION_CHANGE), text


def test_a_danger_the_classifier_sees_gets_the_likeliest_kinds_answer_in_the_messages_language(policy, domain):
    ranking = [("crisis_abuse", 0.45), ("crisis_sexual_assault", 0.3), ("faq_ptsd", 0.1)]
    assert _answer(policy, domain, "he keeps going after me and nobody believes me", ranking) == names.UTTER_CRISIS_ABUSE
    assert _answer(policy, domain, "mi pareja no me deja en paz y tengo miedo de lo que haga", ranking) \
        == names.UTTER_CRISIS_ES_ABUSE
    below = [("crisis_abuse", 0.25), ("faq_ptsd", 0.2), ("crisis_threat", 0.1)]
    assert _answer(policy, domain, "he keeps going after me and nobody believes me", below) is None


def test_a_figure_of_speech_the_screen_recognises_is_no_crisis_for_the_classifier_either(policy, domain):
    ranking = [("crisis_threat", 0.7), ("faq_vs_antidepressants", 0.2)]
    figure = "if i have to sit through one more 'have you tried yoga' talk im going to kill someone lol. does it work"
    assert _answer(policy, domain, figure, ranking) not in names.CRISIS_RESPONSES
    assert _answer(policy, domain, "my brother is going to kill someone tonight", ranking) == names.UTTER_CRISIS_THREAT
    wish = [("crisis", 0.7), ("faq_consultation", 0.2)]
    assert _answer(policy, domain, "if i have to go through one more breakup im gonna end it lol", wish) == names.UTTER_CRISIS
    # a sign-off to the chat (the classifier: a goodbye with "tonight" read as a farewell, 0.78)
    farewell = [("crisis", 0.78), ("goodbye", 0.16)]
    assert _answer(policy, domain, "Very good. I will discuss it with my wife tonight. Goodbye.", farewell) is None
    assert _answer(policy, domain, "ill talk it over with my husband tonight, goodbye forever", farewell) == names.UTTER_CRISIS


def test_a_past_danger_told_with_a_question_gets_the_answer_then_the_resources(policy, domain):
    ranking = [("crisis_overdose", 0.7), ("faq_substance_use", 0.2)]
    message = _ranked("I overdosed on opioids in 2018 and I'm in recovery now, do you treat addiction", ranking)
    tracker = _tracker(domain, message)
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_substance_use"
    tracker.update(ActionExecuted("utter_faq_substance_use"))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) == "utter_crisis_note_overdose"
    now = _ranked("I overdosed on opioids tonight, do you treat addiction", ranking)
    assert _predicted(policy.predict_action_probabilities(_tracker(domain, now), domain), domain) == names.UTTER_CRISIS_OVERDOSE


@pytest.mark.parametrize("text, ranking", [
    ("in plain english pls", [("faq_what_is_ketamine", 0.9)]),
    ("like what exactly", [("faq_what_is_ketamine", 0.6)]),
    ("what do you mean?", [("nlu_fallback", 0.4), ("faq_how_it_works", 0.2)]),
    ("no entiendo", [("deny", 0.7)]),
    ("why not", [("faq_why_therapy", 0.8)]),
    ("¿por qué?", [("nlu_fallback", 0.3), ("faq_why_therapy", 0.28), ("why_needed", 0.25)]),
    ("but why tho", [("why_needed", 0.9)]),
    ("ok but why", [("nlu_fallback", 0.3), ("faq_why_therapy", 0.28)]),
    ("give me the short version, that was a lot of words", [("nlu_fallback", 0.3), ("faq_why_therapy", 0.2)]),
    ("shorter pls", [("out_of_scope", 0.5)]),
    ("in plain english pls im not a scientist", [("nlu_fallback", 0.3), ("faq_what_is_ketamine", 0.25)]),
    ("ballpark?", [("nlu_fallback", 0.3), ("ask_cost", 0.29)]),
    ("make it make sense", [("faq_depression", 0.5)]),
    ("explain like im 5 pls", [("faq_how_it_works", 0.44)]),
    ("ok that was a lot of big words lol can u say it simpler", [("nlu_fallback", 0.3)]),
    ("ok can u say that simpler pls im not a science person lol", [("talk_to_person", 0.5)]),
])
def test_a_request_to_say_it_again_simply_is_about_the_last_answer(context_policy, domain, text, ranking):
    tracker = _after_faq(domain, "faq_how_it_works", _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_how_it_works"


def test_explain_like_im_five_after_another_answer_stays_on_that_answer(context_policy, domain):
    """The classifier's how-it-works (from "explain") does not replace the integration answer being asked about."""
    tracker = _after_faq(domain, "faq_integration", _parsed("explain like im 5 pls", [("faq_how_it_works", 0.44)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_integration"


@pytest.mark.parametrize("previous, text, ranking, expected", [
    ("faq_depression", "postpartum too?", [("nlu_fallback", 0.3), ("faq_depression", 0.2)], "utter_faq_depression"),
    ("faq_ptsd", "for ocd as well?", [("nlu_fallback", 0.3), ("faq_ocd", 0.25)], "utter_faq_ocd"),
    ("faq_ptsd", "ok whats the full list", [("nlu_fallback", 0.3), ("faq_conditions", 0.2)], "utter_faq_conditions"),
    ("faq_depression", "what else", [("faq_depression", 0.6)], "utter_faq_conditions"),
    ("faq_ocd", "or other stuff too", [("faq_ocd", 0.5)], "utter_faq_conditions"),
    ("faq_anxiety", "anything else?", [("faq_anxiety", 0.5)], "utter_faq_conditions"),
    ("faq_depression", "what else do u use it for", [("nlu_fallback", 0.3)], "utter_faq_conditions"),
    ("faq_ptsd", "what else can it be used for?", [("faq_ptsd", 0.5)], "utter_faq_conditions"),
    ("faq_how_it_works", "what else", [("faq_how_it_works", 0.6)], "utter_faq_how_it_works"),  # (after no condition)
    ("faq_fda_approval", "And for depression?", [("faq_depression", 0.95)], "utter_faq_fda_approval"),
    ("faq_fda_approval", "what about for ptsd", [("faq_ptsd", 0.9)], "utter_faq_fda_approval"),
    # (None: the classifier's topic stands, which the rules answer)
    ("faq_fda_approval", "and what are the side effects", [("faq_side_effects", 0.99)], None),
    ("faq_safety", "And for depression?", [("faq_depression", 0.95)], None),
])
def test_the_same_question_of_something_else_or_the_whole_list(context_policy, domain, previous, text, ranking, expected):
    tracker = _after_faq(domain, previous, _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == expected


@pytest.mark.parametrize("text, ranking, expected", [
    ("do you take blue shield ppo", [("nlu_fallback", 0.3), ("ask_staff_question", 0.49), ("ask_insurance", 0.46)],
     "utter_insurance"),  # the insurer named: the lexical second opinion
    ("can i come on a sunday evening", [("nlu_fallback", 0.3), ("ask_hours", 0.45), ("ask_staff_question", 0.44)],
     "utter_hours"),  # two staff questions tied: the first one's answer
])
def test_a_tie_between_questions_only_staff_can_answer_is_answered(context_policy, domain, text, ranking, expected):
    tracker = _tracker(domain, _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == expected


@pytest.mark.parametrize("text, ranking, expected", [
    ("thanks that's all i needed. bye!", [("nlu_fallback", 0.3), ("goodbye", 0.5), ("thank", 0.48)], "utter_goodbye"),
    ("thank u so much, bye", [("nlu_fallback", 0.3), ("thank", 0.5), ("goodbye", 0.46)], "utter_thank"),
    ("bye? what", [("nlu_fallback", 0.3), ("goodbye", 0.4), ("faq_how_it_works", 0.35)], None),  # not a parting tie
])
def test_thanks_and_goodbye_tied_get_the_first_ones_reply(context_policy, domain, text, ranking, expected):
    tracker = _tracker(domain, _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == expected


def test_a_tie_between_a_staff_question_and_a_topic_is_still_asked_about(context_policy, domain):
    ranking = [("nlu_fallback", 0.3), ("ask_staff_question", 0.45), ("faq_how_given", 0.44)]
    tracker = _tracker(domain, _parsed("how long am i sitting there", ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) not in (
        "utter_staff_answer", "utter_insurance", "utter_hours")


def test_a_follow_up_taken_for_the_offices_right_after_an_answer_stays_on_it(context_policy, domain):
    ranking = [("ask_locations", 0.4), ("faq_how_given", 0.34)]
    tracker = _after_faq(domain, "faq_how_given", _parsed("which one do u guys do", ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_how_given"
    # after the offices' own answer, "which one is closer" is about them, not an older topic
    later = _after_faq(domain, "faq_how_given", _user("where are you", intent="ask_locations", confidence=0.95),
                       ActionExecuted("utter_locations"), BotUttered("..."), ActionExecuted("action_listen"),
                       _parsed("which one is closer to me", [("ask_locations", 0.6)]))
    assert _predicted(context_policy.predict_action_probabilities(later, domain), domain) != "utter_faq_how_given"
    named = _after_faq(domain, "faq_how_given", _parsed("which one is in tustin", ranking))
    assert _predicted(context_policy.predict_action_probabilities(named, domain), domain) != "utter_faq_how_given"


@pytest.mark.parametrize("previous, text, ranking, expected", [
    ("faq_why_therapy", "who actually does that part", [("faq_why_therapy", 0.6)], "utter_faq_who_does_therapy"),
    ("faq_integration", "who does it tho, is it someone at your clinic", [("faq_safety", 0.4)],
     "utter_faq_who_does_therapy"),
    ("faq_side_effects", "who actually does that part", [("faq_side_effects", 0.6)], "utter_faq_side_effects"),
    ("faq_why_therapy", "what if I really really don't want to", [("nlu_fallback", 0.3)], "utter_faq_why_therapy"),
    ("faq_who_does_therapy", "what if i dont have one", [("faq_commitment", 0.7)], "utter_faq_who_does_therapy"),
    ("faq_who_does_therapy", "what if i just dont want to do therapy", [("faq_commitment", 0.7)],
     "utter_faq_why_therapy"),
])
def test_who_does_it_after_a_therapy_answer_is_who_does_the_therapy(context_policy, domain, previous, text, ranking,
                                                                    expected):
    tracker = _after_faq(domain, previous, _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == expected


def _after_how_it_works(domain, message):
    """A conversation where the last answer, in its own words, was how ketamine works."""
    return _tracker(domain, _user("how does it work", intent="faq_how_it_works", confidence=0.95),
                    ActionExecuted("utter_faq_how_it_works"),
                    BotUttered("Ketamine acts on glutamate and supports neuroplasticity, the brain's ability to rewire."),
                    ActionExecuted("action_listen"), message)


@pytest.mark.parametrize("text, ranking", [
    # doubt about the last answer, with no other question in it
    ("sounds kinda woo woo ngl", [("out_of_scope", 0.6)]),
    ("honestly sounds like a way to charge more money", [("ask_cost", 0.7)]),
    ("thats a big claim", [("nlu_fallback", 0.3), ("faq_depression", 0.25)]),
    ("I'm a retired pharmacist. Those figures seem inflated; what is the source?", [("nlu_fallback", 0.3)]),
    ("you say it rewires the brain... thats a big claim", [("nlu_fallback", 0.3)]),
    ("whats the catch tho, nothing's free", [("faq_side_effects", 0.5)]),
    ("says who", [("nlu_fallback", 0.3), ("faq_candidate", 0.3)]),
    ("according to who??", [("nlu_fallback", 0.3)]),
    ("is that even true", [("faq_safety", 0.5)]),
    ("is there actual research on that or is it just your doctor's opinion", [("faq_response_rates", 0.6)]),
    ("Is that from a peer-reviewed study or from your marketing material?", [("faq_response_rates", 0.7)]),
    ("idk sounds like an upsell tbh. like pay for the infusion AND pay for therapy", [("ask_cost", 0.8)]),
    # a phrase of the last answer asked about
    ("what does 'neuroplasticity' mean", [("faq_how_it_works", 0.5)]),
    ("what do you mean by glutamate?", [("nlu_fallback", 0.3)]),
])
def test_a_reaction_to_the_last_answer_is_about_it(context_policy, domain, text, ranking):
    tracker = _after_how_it_works(domain, _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_how_it_works"


@pytest.mark.parametrize("text, ranking", [
    ("sounds like a lot of money, how much is it?", [("ask_cost", 0.9)]),  # a question of its own
    ("what does ptsd mean", [("faq_ptsd", 0.9)]),  # not a phrase of the last answer
    ("sounds good, how do i book", [("book_consultation", 0.95)]),
    ("sounds pretty good, how do i sign up", [("book_consultation", 0.95)]),
    ("that sounds so helpful, thanks", [("thank", 0.95)]),
    ("ok so whats the catch, does it just wear off", [("faq_is_it_forever", 0.9)]),
    ("is that true for ptsd too?", [("faq_ptsd", 0.9)]),
    ("says who? also how much is it?", [("ask_cost", 0.9)]),
    ("is there research on ketamine for ocd?", [("faq_ocd", 0.9)]),
])
def test_a_new_question_beside_a_reaction_is_not_sent_to_the_last_answer(context_policy, domain, text, ranking):
    tracker = _after_how_it_works(domain, _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) != "utter_faq_how_it_works"


@pytest.mark.parametrize("text, intent", [
    ("what is ketamine in plain english", "faq_what_is_ketamine"), ("why do i need therapy", "faq_why_therapy"),
    ("can you explain the side effects", "faq_side_effects"),
])
def test_a_new_question_in_plain_words_is_not_a_request_to_rephrase(context_policy, domain, text, intent):
    tracker = _after_faq(domain, "faq_how_it_works", _parsed(text, [(intent, 0.97)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) is None


def test_a_request_to_rephrase_after_another_kind_of_reply_is_not_sent_to_an_old_answer(context_policy, domain):
    tracker = _after_faq(domain, "faq_how_it_works", _user("hello", intent="greet", confidence=0.99),
                         ActionExecuted("utter_greet"), BotUttered("Hi"), ActionExecuted("action_listen"),
                         _parsed("what do you mean?", [("nlu_fallback", 0.4), ("faq_how_it_works", 0.2)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) != "utter_faq_how_it_works"


def test_distress_the_classifier_recognises_gets_warmth_unless_danger_outweighs_it(policy, domain):
    low = [("nlu_fallback", 0.4), ("feeling_low", 0.55), ("faq_depression", 0.2), ("crisis", 0.15)]
    assert _answer(policy, domain, "lost my job, my gf left, and i cant stop crying", low) == names.UTTER_DISTRESS
    assert _answer(policy, domain, "me siento un fracaso, perdí mi trabajo y no encuentro nada", low) \
        == names.UTTER_DISTRESS_ES
    # danger the classifier also sees, together strong enough, is still a crisis
    shared = [("feeling_low", 0.45), ("crisis", 0.35), ("crisis_self_harm", 0.2)]
    assert _answer(policy, domain, "i dont know what to do with myself anymore", shared) == names.UTTER_CRISIS
    # a weak reading, or another first choice, is left to the other policies
    for ranking in ([("feeling_low", 0.3), ("faq_depression", 0.25)], [("faq_depression", 0.5), ("feeling_low", 0.4)]):
        assert _answer(policy, domain, "my depression has been rough and i wonder if ketamine helps", ranking) is None


def test_in_the_intake_feeling_low_answers_the_forms_question(policy, domain):
    tracker = _tracker(domain, ActiveLoop("intake_form"),
                       _ranked("honestly just been really down for months", [("feeling_low", 0.9)]))
    assert _predicted(policy.predict_action_probabilities(tracker, domain), domain) is None


def test_an_unsure_follow_up_naming_the_classifiers_first_topic_moves_to_it(context_policy, domain):
    """"who runs those" after the integration answer is about who does the therapy, not integration again."""
    ranking = [("nlu_fallback", 0.4), ("faq_who_does_therapy", 0.38), ("faq_integration", 0.2)]
    tracker = _after_faq(domain, "faq_integration", _parsed("who runs those", ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_who_does_therapy"
    # one that names no topic stays on the previous one
    tracker = _after_faq(domain, "faq_integration", _parsed("and how do those go", ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_integration"


@pytest.mark.parametrize("faq, text", [
    ("faq_side_effects", "does that wear off?"), ("faq_side_effects", "do they last long?"),
    ("faq_side_effects", "ok and how long does that last"), ("faq_what_it_feels_like", "does that go away right after"),
    ("faq_side_effects", "¿y se quitan rapido?"),
    ("faq_what_it_feels_like", "does that go away right after or do u stay weird all day"),
])
def test_how_long_passing_effects_last_stays_on_those_effects(context_policy, domain, faq, text):
    """The classifier hears "last" and "wear off" as whether treatment is for life; after the side effects or
    what a session feels like, they ask how long those effects last."""
    tracker = _after_faq(domain, faq, _parsed(text, [("faq_is_it_forever", 0.93)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_" + faq


def test_a_passing_effect_follow_up_that_names_another_topic_goes_there(context_policy, domain):
    tracker = _after_faq(domain, "faq_side_effects", _parsed("how long does the depression relief last", [("faq_depression", 0.6)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) != "utter_faq_side_effects"


@pytest.mark.parametrize("faq, text, topic", [
    ("faq_treatment_course", "and after that?", "faq_is_it_forever"),
    ("faq_treatment_course", "y despues de eso?", "faq_is_it_forever"),
    ("faq_consultation", "ok then what happens after that", "faq_treatment_course"),
    ("faq_consultation", "what comes next", "faq_treatment_course"),
    # (thirteenth session) a few words more that ask the same
    ("faq_treatment_course", "and after those? do i need more", "faq_is_it_forever"),
    ("faq_treatment_course", "and after that, am i done or", "faq_is_it_forever"),
    # (fourteenth session) any few words that ask whether it goes on
    ("faq_treatment_course", "and after that do i ever need more", "faq_is_it_forever"),
    ("faq_treatment_course", "and then what, am i done after that?", "faq_is_it_forever"),
    ("faq_consultation", "then what?", "faq_treatment_course"),
    ("faq_treatment_course", "and after those six?", "faq_is_it_forever"),
    ("faq_treatment_course", "after those, are boosters a thing", "faq_is_it_forever"),
])
def test_and_after_that_asks_for_the_next_step(context_policy, domain, faq, text, topic):
    tracker = _after_faq(domain, faq, _parsed(text, [("nlu_fallback", 0.3), ("faq_integration", 0.33)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_" + topic


def test_after_that_is_no_next_step_after_other_answers(context_policy, domain):
    tracker = _after_faq(domain, "faq_side_effects", _parsed("and after that?", [("faq_integration", 0.9)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) != "utter_faq_is_it_forever"


@pytest.mark.parametrize("faq, text", [
    ("faq_therapy_kinds", "can i skip it"), ("faq_integration", "is that required?"),
    ("faq_who_does_therapy", "is that part optional"), ("faq_therapy_kinds", "¿y me puedo saltar eso?"),
])
def test_skipping_the_therapy_after_a_therapy_answer_is_why_therapy_is_paired(context_policy, domain, faq, text):
    tracker = _after_faq(domain, faq, _parsed(text, [("talk_to_person", 0.42), ("medical_advice", 0.14)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_why_therapy"


def test_an_unsure_follow_up_that_names_the_previous_topic_stays_on_it(context_policy, domain):
    tracker = _after_faq(domain, "faq_how_given", _parsed(
        "which one do u guys use", [("nlu_fallback", 0.3), ("faq_fda_approval", 0.28), ("faq_what_is_ketamine", 0.2)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_how_given"


def test_why_it_needs_therapy_names_the_why_therapy_topic(context_policy, domain):
    tracker = _after_faq(domain, "faq_how_it_works", _parsed("ok so then why does it need therapy too", [("faq_why_therapy", 0.7)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) != "utter_faq_how_it_works"


@pytest.mark.parametrize("faq, text, ranking, topic", [
    ("faq_why_therapy", "what kind tho", [("faq_why_therapy", 0.9)], "faq_therapy_kinds"),
    ("faq_integration", "which types?", [("faq_integration", 0.6)], "faq_therapy_kinds"),
    ("faq_conditions", "anorexia?", [("nlu_fallback", 0.3), ("faq_ocd", 0.2)], "faq_conditions"),
    ("faq_treatment_course", "over how long", [("nlu_fallback", 0.3), ("ask_staff_question", 0.25)], "faq_treatment_course"),
])
def test_short_follow_ups_that_only_the_previous_answer_explains(context_policy, domain, faq, text, ranking, topic):
    tracker = _after_faq(domain, faq, _parsed(text, ranking))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_" + topic


def test_a_placed_short_message_after_the_conditions_is_left_to_the_classifier(context_policy, domain):
    tracker = _after_faq(domain, "faq_conditions", _parsed("thanks?", [("thank", 0.9)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) != "utter_faq_conditions"


def test_a_threat_the_classifier_reads_without_anyone_threatened_is_the_writers_own_danger(policy, domain):
    """"im scared this fog is never going to lift" read as a threat to others (0.37) over suicide (0.30)."""
    reply = _answer(policy, domain, "im scared this fog is never lifting",
                    [("crisis_threat", 0.37), ("crisis", 0.30), ("feeling_low", 0.04)])
    assert reply == "utter_crisis"
    assert _answer(policy, domain, "i am going to hurt that guy tonight",
                   [("crisis_threat", 0.6), ("crisis", 0.2)]) == "utter_crisis_threat"


def test_a_threat_at_a_place_full_of_people_stays_a_threat(policy, domain):
    assert _answer(policy, domain, "gonna go postal at work tomorrow",
                   [("crisis_threat", 0.5), ("crisis", 0.3)]) == "utter_crisis_threat"


def test_what_it_even_is_names_the_what_is_ketamine_topic(context_policy, domain):
    tracker = _after_faq(domain, "faq_how_it_works", _parsed("ok but back up a sec, what even IS it", [("faq_what_is_ketamine", 0.7)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) != "utter_faq_how_it_works"


def test_a_follow_up_opening_with_like_or_or_leans_on_the_previous_answer(context_policy, domain):
    tracker = _after_faq(domain, "faq_who_does_therapy", _parsed("or do i have to go find someone", [("faq_candidate", 0.7)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_who_does_therapy"
    tracker = _after_faq(domain, "faq_commitment", _parsed("like every single day?", [("faq_treatment_course", 0.7)]))
    assert _predicted(context_policy.predict_action_probabilities(tracker, domain), domain) == "utter_faq_commitment"
