"""Every intent, slot, response and action name that Python code uses, defined once.

`tests/core/test_names.py` checks that each of these exists in the trained domain, so a rename in
`domain.yml` that forgets the code fails the suite instead of failing a visitor.
"""

from clinic.safety import CRISIS_CATEGORIES

# intents
INTENT_CRISIS = "crisis"  # suicide, and danger the visitor describes without a clearer kind
# the other kinds of emergency, each with its own resources (assistant/policies.py maps them to responses)
INTENT_CRISIS_SELF_HARM = "crisis_self_harm"
INTENT_CRISIS_MEDICAL = "crisis_medical"
INTENT_CRISIS_OVERDOSE = "crisis_overdose"
INTENT_CRISIS_SEXUAL_ASSAULT = "crisis_sexual_assault"
INTENT_CRISIS_ABUSE = "crisis_abuse"
INTENT_CRISIS_THREAT = "crisis_threat"
CRISIS_INTENTS = (
    INTENT_CRISIS, INTENT_CRISIS_SELF_HARM, INTENT_CRISIS_MEDICAL, INTENT_CRISIS_OVERDOSE,
    INTENT_CRISIS_SEXUAL_ASSAULT, INTENT_CRISIS_ABUSE, INTENT_CRISIS_THREAT,
)
INTENT_MEDICAL_ADVICE = "medical_advice"
# distress without danger ("lost my job and I can't stop crying"): warmth and 988 as an option, never an article
INTENT_FEELING_LOW = "feeling_low"
FAQ_INTENT_PREFIX = "faq_"
FAQ_RESPONSE_PREFIX = "utter_faq_"
INTENT_OUT_OF_SCOPE = "out_of_scope"
INTENT_NLU_FALLBACK = "nlu_fallback"

INTENT_STOP_INTAKE = "stop_intake"
INTENT_WHY_NEEDED = "why_needed"
INTENT_BOOK = "book_consultation"
INTENT_TALK_TO_PERSON = "talk_to_person"
INTENT_AFFIRM = "affirm"
INTENT_DENY = "deny"
INTENT_FOLLOW_UP = "follow_up"
INTENT_INFORM = "inform"  # intake details given (outside the intake, often a follow-up the classifier could not place)
# questions about the clinic, and about the assistant, that the intake answers in passing
INTENT_ASK_COST = "ask_cost"
INTENT_ASK_INSURANCE = "ask_insurance"
INTENT_ASK_HOURS = "ask_hours"
INTENT_ASK_WHEN_CONTACTED = "ask_when_contacted"
INTENT_ASK_LOCATIONS = "ask_locations"
INTENT_ASK_STAFF_QUESTION = "ask_staff_question"
INTENT_ASK_DISCLAIMER = "ask_disclaimer"
INTENT_BOT_CHALLENGE = "bot_challenge"
INTENT_HELP = "help"
INTENT_GOODBYE = "goodbye"
INTENT_THANK = "thank"

# slots
SLOT_CRISIS = "crisis_flagged"
SLOT_REQUESTED = "requested_slot"
SLOT_INTAKE_KEY = "intake_key"
SLOT_CONSENT = "intake_consent"
SLOT_CONSENT_AT = "consent_at"
SLOT_ADULT = "intake_adult"
SLOT_NAME = "full_name"
SLOT_PHONE = "phone"
SLOT_EMAIL = "email"
SLOT_OFFICE = "office"
SLOT_HELP = "seeking_help"
SLOT_HELP_TEXT = "seeking_help_text"
SLOT_CONTACT_METHOD = "contact_method"
SLOT_CONTACT_TIME = "contact_time"
SLOT_CONFIRMED = "intake_confirmed"
SLOT_CHANGE_REQUESTED = "intake_change_requested"
SLOT_INVALID = "intake_invalid"
SLOT_HANDOFF_CODE = "handoff_code"
SLOT_HANDOFF_CONTACT = "handoff_contact"  # how and when the team will reach out, in words
SLOT_HANDOFF_FAILED = "handoff_failed"

# forms and actions
FORM_INTAKE = "intake_form"
ACTION_VALIDATE_INTAKE = "validate_intake_form"
ACTION_ASK_OFFICE = "action_ask_office"
ACTION_ASK_CONFIRMED = "action_ask_intake_confirmed"
ACTION_SUBMIT_INTAKE = "action_submit_intake"
ACTION_WHEN_CONTACTED = "action_when_contacted"
ACTION_PERSON_HANDOFF = "action_person_handoff"
ACTION_RESET_INTAKE = "action_reset_intake"

# responses
UTTER_DISCLAIMER = "utter_disclaimer"
UTTER_CRISIS = "utter_crisis"  # suicide, and a crisis the classifier found without a category
UTTER_CRISIS_SELF_HARM = "utter_crisis_self_harm"
UTTER_CRISIS_MEDICAL = "utter_crisis_medical"
UTTER_CRISIS_OVERDOSE = "utter_crisis_overdose"
UTTER_CRISIS_SEXUAL_ASSAULT = "utter_crisis_sexual_assault"
UTTER_CRISIS_ABUSE = "utter_crisis_abuse"
UTTER_CRISIS_THREAT = "utter_crisis_threat"
UTTER_CRISIS_ES = "utter_crisis_es"  # suicide and self-harm, in Spanish
UTTER_CRISIS_ES_MEDICAL = "utter_crisis_es_medical"
UTTER_CRISIS_ES_OVERDOSE = "utter_crisis_es_overdose"
UTTER_CRISIS_ES_SEXUAL_ASSAULT = "utter_crisis_es_sexual_assault"
UTTER_CRISIS_ES_ABUSE = "utter_crisis_es_abuse"
UTTER_CRISIS_ES_THREAT = "utter_crisis_es_threat"
# after an answer to a question that names a crisis as its topic: "{prefix}{category}" (+ "_es")
UTTER_CRISIS_NOTE_PREFIX = "utter_crisis_note_"
CRISIS_NOTES = tuple(
    f"{UTTER_CRISIS_NOTE_PREFIX}{category}{suffix}" for category in CRISIS_CATEGORIES for suffix in ("", "_es")
)
UTTER_DISTRESS = "utter_distress"
UTTER_DISTRESS_ES = "utter_distress_es"
UTTER_NO_MEDICAL_ADVICE = "utter_no_medical_advice"
UTTER_NO_MEDICATION_CHANGE = "utter_no_medication_change"
UTTER_CLARIFY_ONE = "utter_clarify_one"
UTTER_CLARIFY_TWO = "utter_clarify_two"
UTTER_FALLBACK = "utter_fallback"
UTTER_AFFIRM_ACK = "utter_affirm_ack"  # "Okay. What would you like to know?"
UTTER_THANK = "utter_thank"
UTTER_CONSENT_DECLINED = "utter_consent_declined"
UTTER_MINOR = "utter_minor"
UTTER_ASK_OFFICE = "utter_ask_office"
UTTER_SUMMARY = "utter_intake_summary"
UTTER_ASK_WHAT_TO_CHANGE = "utter_ask_what_to_change"
UTTER_INTAKE_STUCK = "utter_intake_stuck"
UTTER_EMAIL_NEEDED = "utter_email_needed_for_contact"
UTTER_HANDOFF_DONE = "utter_handoff_done"
UTTER_WHEN_CONTACTED = "utter_when_contacted"
UTTER_WHEN_CONTACTED_NOT_BOOKED = "utter_when_contacted_not_booked"
UTTER_HANDOFF_FAILED = "utter_handoff_failed"
UTTER_PERSON_HANDOFF = "utter_person_handoff"
UTTER_PERSON_NOTED = "utter_person_noted"  # the conversation's handoff already exists: the request joins it
UTTER_PERSON_NO_DETAILS = "utter_person_no_details"  # nothing to call back on: the phone, or leave details
UTTER_INVALID_PREFIX = "utter_invalid_"
UTTER_EXPLAIN_PREFIX = "utter_explain_"

# actions (Rasa's own)
ACTION_LISTEN = "action_listen"
ACTION_SESSION_START = "action_session_start"

# keys this project adds to a bot message's metadata
META_DISCLAIMER = "disclaimer_version"
META_DISCLAIMER_TEXT = "disclaimer_text"
META_RESPONSE = "metadata"
META_SOURCE = "source"
META_CRISIS = "crisis"
META_LANGUAGE = "language"  # on each generated message: the language it is written in

CRISIS_RESPONSES = (
    UTTER_CRISIS, UTTER_CRISIS_SELF_HARM, UTTER_CRISIS_MEDICAL, UTTER_CRISIS_OVERDOSE, UTTER_CRISIS_SEXUAL_ASSAULT,
    UTTER_CRISIS_ABUSE, UTTER_CRISIS_THREAT, UTTER_CRISIS_ES, UTTER_CRISIS_ES_MEDICAL, UTTER_CRISIS_ES_OVERDOSE,
    UTTER_CRISIS_ES_SEXUAL_ASSAULT, UTTER_CRISIS_ES_ABUSE, UTTER_CRISIS_ES_THREAT,
)

# How a topic is named to people: on a "Did you mean" button (assistant/policies.py) and on the staff
# insights page (clinic/storage/insights.py).
TOPIC_TITLES = {
    "faq_what_is_ketamine": "What ketamine is", "faq_how_it_works": "How ketamine works",
    "faq_what_it_feels_like": "What it feels like", "faq_how_given": "How it's given",
    "faq_fda_approval": "FDA approval", "faq_vs_antidepressants": "Compared with antidepressants",
    "faq_side_effects": "Side effects", "faq_safety": "Is it safe", "faq_chronic_pain": "Chronic pain",
    "faq_pain_vs_depression": "Pain and depression", "faq_depression": "Depression", "faq_ptsd": "PTSD",
    "faq_anxiety": "Anxiety", "faq_ocd": "OCD", "faq_substance_use": "Substance use",
    "faq_why_therapy": "Why therapy is paired with it", "faq_treatment_course": "What treatment involves",
    "faq_how_fast": "How fast it works", "faq_is_it_forever": "How long results last",
    "faq_response_rates": "Does it work", "faq_candidate": "Who it may help", "faq_history": "Ketamine's history",
    "faq_conditions": "Conditions it's used for", "faq_therapy_kinds": "Kinds of therapy",
    "faq_integration": "Integration", "faq_who_does_therapy": "Who provides the therapy",
    "faq_commitment": "What's expected of me", "faq_consultation": "The free consultation",
    "book_consultation": "Book a free consultation", "talk_to_person": "Talk to a person",
    "ask_locations": "Where the offices are", "ask_cost": "Cost", "ask_insurance": "Insurance",
    "ask_hours": "Opening hours", "ask_when_contacted": "When the team will reach out",
}
TOPIC_TITLES_ES = {
    "faq_what_is_ketamine": "Qué es la ketamina", "faq_how_it_works": "Cómo funciona la ketamina",
    "faq_what_it_feels_like": "Qué se siente", "faq_how_given": "Cómo se administra",
    "faq_fda_approval": "Aprobación de la FDA", "faq_vs_antidepressants": "Comparada con los antidepresivos",
    "faq_side_effects": "Efectos secundarios", "faq_safety": "¿Es segura?", "faq_chronic_pain": "Dolor crónico",
    "faq_pain_vs_depression": "Dolor y depresión", "faq_depression": "Depresión", "faq_ptsd": "TEPT",
    "faq_anxiety": "Ansiedad", "faq_ocd": "TOC", "faq_substance_use": "Consumo de sustancias",
    "faq_why_therapy": "Por qué se combina con terapia", "faq_treatment_course": "Cómo es el tratamiento",
    "faq_how_fast": "Qué tan rápido funciona", "faq_is_it_forever": "Cuánto duran los resultados",
    "faq_response_rates": "¿Funciona?", "faq_candidate": "A quién puede ayudar",
    "faq_history": "Historia de la ketamina", "faq_conditions": "Para qué condiciones se usa",
    "faq_therapy_kinds": "Tipos de terapia", "faq_integration": "Integración",
    "faq_who_does_therapy": "Quién da la terapia", "faq_commitment": "Qué se espera de mí",
    "faq_consultation": "La consulta gratuita", "book_consultation": "Agendar una consulta gratuita",
    "talk_to_person": "Hablar con una persona", "ask_locations": "Dónde están las oficinas", "ask_cost": "Costo",
    "ask_insurance": "Seguro médico", "ask_hours": "Horario", "ask_when_contacted": "Cuándo se comunicará el equipo",
}


# --- SMS: the texter's own number, and a half-finished intake kept over a new session ---------------------
# Message metadata the SMS channel adds (assistant/channels/sms/) and the actions and policies read
META_NUMBER_ENDING = "sms_number_ending"  # the last four digits of the texter's number, on every message
META_SENDER_NUMBER = "sms_sender"  # the number itself, only on a reply to the offer to use it
META_RESUBSCRIBED = "sms_resubscribed"  # on the session start that follows START
SLOT_PHONE_DECLINED = "phone_own_declined"  # the texter wants to give another number than their own
SLOT_PHONE_ENDING = "phone_ending"  # the last four digits the offer shows
# "pending": a half-finished intake kept over a long pause waits for "continue where you left off?" (set by
# assistant/policies.py, which asks the question; action_resume_intake reads the answer)
SLOT_RESUME = "intake_resume"
RESUME_PENDING = "pending"
ACTION_ASK_PHONE = "action_ask_phone"
ACTION_RESUME_INTAKE = "action_resume_intake"
UTTER_ASK_PHONE_OWN = "utter_ask_phone_own"
UTTER_ASK_PHONE = "utter_ask_phone"
UTTER_WELCOME_BACK = "utter_intake_welcome_back"
UTTER_RESUME_LATER = "utter_intake_resume_later"

# --- the visitor's language (assistant/language.py) ----------------------------------------------------------
SLOT_LANGUAGE = "language"  # "en" or "es": responses have Spanish variations selected by it
ENTITY_LANGUAGE = "language"  # in /choose_language{"language": "es"}, sent by the widget's switch and SMS keywords
INTENT_CHOOSE_LANGUAGE = "choose_language"
UTTER_LANGUAGE_CHOSEN = "utter_language_chosen"
