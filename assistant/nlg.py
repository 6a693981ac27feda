"""The response generator: clinic-profile placeholders and the disclaimer, enforced on the output path.

Every bot message that comes from a response (FAQ answers, the crisis response, replies of custom actions
that name a response) passes through `ClinicNLG.generate`. The first one of each conversation session gets
the disclaimer attached, whatever the dialogue policies chose to say, on every channel.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from clinic import names
from clinic.profile import ClinicProfile, load_profile



def disclaimer_shown(tracker: DialogueStateTracker) -> bool:
    """Whether a bot message of the current session already carried the disclaimer."""
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            return False
        if isinstance(event, BotUttered) and event.metadata.get(names.META_DISCLAIMER):
            return True
    return False


def attach_disclaimer(
    message: Dict[Text, Any], disclaimer: Text, version: Text
) -> Dict[Text, Any]:
    """Put the disclaimer before the message's text, or after it for the crisis response.

    Channels that split text at blank lines (REST, socket.io) show it as its own bubble.
    """
    text = (message.get("text") or "").strip()
    is_crisis = bool((message.get(names.META_RESPONSE) or {}).get(names.META_CRISIS))
    if not text:
        message["text"] = disclaimer
    elif is_crisis:
        message["text"] = f"{text}\n\n{disclaimer}"
    else:
        message["text"] = f"{disclaimer}\n\n{text}"
    message[names.META_DISCLAIMER] = version
    message[names.META_DISCLAIMER_TEXT] = disclaimer
    return message


class ClinicNLG(TemplatedNaturalLanguageGenerator):
    """Domain responses, filled with slots and the clinic profile, with the disclaimer enforced."""

    def __init__(
        self,
        endpoint_config: Optional[EndpointConfig] = None,
        domain: Optional[Domain] = None,
        profile: Optional[ClinicProfile] = None,
    ) -> None:
        domain = domain or Domain.empty()
        super().__init__(domain.responses)
        kwargs = endpoint_config.kwargs if endpoint_config else {}
        self.profile = profile or load_profile(kwargs.get("profile"))

    def _values(self, tracker: DialogueStateTracker) -> Dict[Text, Any]:
        slots = {k: v for k, v in tracker.current_slot_values().items() if v is not None}
        return {**self.profile.placeholders(), **slots}

    async def generate(
        self,
        utter_action: Text,
        tracker: DialogueStateTracker,
        output_channel: Text,
        **kwargs: Any,
    ) -> Optional[Dict[Text, Any]]:
        values = self._values(tracker)
        message = self.generate_from_slots(utter_action, values, output_channel, **kwargs)
        if message is None:
            return None
        # the language it is written in, for the widget's own words (assistant/language.py sets the slot)
        message[names.META_LANGUAGE] = tracker.get_slot(names.SLOT_LANGUAGE) or "en"
        version = self.profile.disclaimer_version
        if utter_action == names.UTTER_DISCLAIMER:
            message[names.META_DISCLAIMER] = version
            return message
        if disclaimer_shown(tracker):
            return message
        disclaimer = self.generate_from_slots(names.UTTER_DISCLAIMER, values, output_channel)
        if disclaimer is None or not disclaimer.get("text"):
            raise ValueError(f"the domain must define '{names.UTTER_DISCLAIMER}' with a text")
        return attach_disclaimer(message, disclaimer["text"], version)
