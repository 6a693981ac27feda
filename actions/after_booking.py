"""After a consultation request: when and how the team will reach out.

"When will someone call me?", "thanks, when will you text me?": with a request made in this conversation, the
answer names its reference and the way and time of day the visitor chose; without one, it says how a request
works and offers to set one up. How soon the team reaches out is the clinic's own wording (`response_time` in
the clinic profile, e.g. "within one business day"); a profile without it gets no promise of a time.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from clinic import names as n
from clinic.profile import ClinicProfile, contact_words


_SAID = {
    "en": {"aim": " They aim to reach out {time}.", "no_promise": " I can't promise an exact time.",
           "as_asked": "the way you asked"},
    "es": {"aim": " Procuran comunicarse {time}.", "no_promise": " No puedo prometerte una hora exacta.",
           "as_asked": "como lo pediste"},
}


def language(tracker: Tracker) -> str:
    return "es" if tracker.get_slot(n.SLOT_LANGUAGE) == "es" else "en"


def when_sentence(profile: ClinicProfile, lang: str = "en", promise_nothing: bool = False) -> str:
    """" They aim to reach out within one business day." from the profile's wording in the visitor's language;
    without it, nothing, or (`promise_nothing`) that no time can be promised."""
    time = profile.response_time_es if lang == "es" else profile.response_time
    if time:
        return _SAID[lang]["aim"].format(time=time)
    return _SAID[lang]["no_promise"] if promise_nothing else ""


def as_asked(lang: str) -> str:
    return _SAID[lang]["as_asked"]


def handoff_contact(tracker: Tracker) -> Optional[str]:
    """The visitor's chosen way and time of contact in words, from the intake's answers (before they are
    cleared): "by text message, in the evening"."""
    method, time = tracker.get_slot(n.SLOT_CONTACT_METHOD), tracker.get_slot(n.SLOT_CONTACT_TIME)
    return contact_words(method, time, language(tracker)) if method else None


class ActionWhenContacted(Action):
    """When and how the team will reach out, for this conversation's request if there is one."""

    def name(self) -> Text:
        return n.ACTION_WHEN_CONTACTED

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        profile, lang = context.profile(), language(tracker)
        code = tracker.get_slot(n.SLOT_HANDOFF_CODE)
        if code:
            dispatcher.utter_message(
                response=n.UTTER_WHEN_CONTACTED, handoff_code=code,
                handoff_contact=tracker.get_slot(n.SLOT_HANDOFF_CONTACT) or as_asked(lang),
                when_sentence=when_sentence(profile, lang, promise_nothing=True))
        else:
            dispatcher.utter_message(response=n.UTTER_WHEN_CONTACTED_NOT_BOOKED,
                                     when_sentence=when_sentence(profile, lang))
        return []
