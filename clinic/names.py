"""Every intent, slot, response and action name that Python code uses, defined once.

`tests/test_names.py` checks that each of these exists in the trained domain, so a rename in
`domain.yml` that forgets the code fails the suite instead of failing a visitor.
"""

# intents
INTENT_CRISIS = "crisis"
INTENT_MEDICAL_ADVICE = "medical_advice"
FAQ_INTENT_PREFIX = "faq_"
FAQ_RESPONSE_PREFIX = "utter_faq_"
INTENT_OUT_OF_SCOPE = "out_of_scope"
INTENT_NLU_FALLBACK = "nlu_fallback"

# slots
SLOT_CRISIS = "crisis_flagged"

# responses
UTTER_DISCLAIMER = "utter_disclaimer"
UTTER_CRISIS = "utter_crisis"
UTTER_NO_MEDICAL_ADVICE = "utter_no_medical_advice"
UTTER_FALLBACK = "utter_fallback"

# actions (Rasa's own)
ACTION_LISTEN = "action_listen"

# keys this project adds to a bot message's metadata
META_DISCLAIMER = "disclaimer_version"
META_DISCLAIMER_TEXT = "disclaimer_text"
META_RESPONSE = "metadata"
META_SOURCE = "source"
META_CRISIS = "crisis"

ALL_INTENTS = (INTENT_CRISIS, INTENT_MEDICAL_ADVICE, INTENT_OUT_OF_SCOPE)
ALL_SLOTS = (SLOT_CRISIS,)
ALL_RESPONSES = (UTTER_DISCLAIMER, UTTER_CRISIS, UTTER_NO_MEDICAL_ADVICE, UTTER_FALLBACK)
