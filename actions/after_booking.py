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


def when_sentence(profile: ClinicProfile, otherwise: str = "") -> str:
    """" They aim to reach out within one business day." from the profile's wording, else `otherwise`."""
    if profile.response_time:
        return f" They aim to reach out {profile.response_time}."
    return otherwise


def handoff_contact(tracker: Tracker) -> Optional[str]:
    """The visitor's chosen way and time of contact in words, from the intake's answers (before they are
    cleared): "by text message, in the evening"."""
    method, time = tracker.get_slot(n.SLOT_CONTACT_METHOD), tracker.get_slot(n.SLOT_CONTACT_TIME)
    return contact_words(method, time) if method else None


class ActionWhenContacted(Action):
    """When and how the team will reach out, for this conversation's request if there is one."""

    def name(self) -> Text:
        return n.ACTION_WHEN_CONTACTED

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        profile = context.profile()
        code = tracker.get_slot(n.SLOT_HANDOFF_CODE)
        if code:
            dispatcher.utter_message(
                response=n.UTTER_WHEN_CONTACTED, handoff_code=code,
                handoff_contact=tracker.get_slot(n.SLOT_HANDOFF_CONTACT) or "the way you asked",
                when_sentence=when_sentence(profile, " I can't promise an exact time."))
        else:
            dispatcher.utter_message(response=n.UTTER_WHEN_CONTACTED_NOT_BOOKED, when_sentence=when_sentence(profile))
        return []
