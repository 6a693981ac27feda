"""What every channel shares about replies: which response each part came from (for the widget, the tests
and the evaluation), the longest message accepted, and the one calm apology a visitor gets on any channel
when the assistant fails on their message (REST and the website send it as a reply marked `"error": true`,
SMS as a text)."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.core.channels.channel import CollectingOutputChannel

from clinic import names
from clinic.profile import ClinicProfile

MAX_MESSAGE_CHARS = 20_000


def apology(profile: ClinicProfile) -> Dict[Text, Any]:
    """The reply after a failure: sorry, try again, the clinic's phone, and 911/988 (clinic.yml)."""
    return {"text": profile.technical_problem_text(), "error": True}


def annotations(part: Text, kwargs: Dict[Text, Any]) -> Dict[Text, Any]:
    """What a reply part is: the disclaimer, or which response it came from, whether it is a crisis response,
    and its source articles."""
    language = {"language": kwargs[names.META_LANGUAGE]} if kwargs.get(names.META_LANGUAGE) else {}
    if part == kwargs.get(names.META_DISCLAIMER_TEXT):
        return {"disclaimer": True, **language}
    notes: Dict[Text, Any] = dict(language)
    if kwargs.get("utter_action"):
        notes["response"] = kwargs["utter_action"]
    metadata = kwargs.get(names.META_RESPONSE) or {}
    if metadata.get(names.META_CRISIS):
        notes["crisis"] = True  # the widget sets a crisis reply apart, with call and text buttons
    source = metadata.get(names.META_SOURCE)
    if source:
        notes["source"] = source if isinstance(source, list) else [source]
    return notes


class AnnotatedCollector(CollectingOutputChannel):
    """Collects replies like Rasa's collector, keeping the response name, source and disclaimer mark."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        for part in text.strip().split("\n\n"):
            message = self._message(recipient_id, text=part)
            message.update(annotations(part, kwargs))
            await self._persist_message(message)

    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        **kwargs: Any,
    ) -> None:
        message = self._message(recipient_id, text=text, buttons=buttons)
        message.update(annotations(text, kwargs))
        if kwargs.get(names.META_DISCLAIMER_TEXT):
            message["disclaimer"] = True
        await self._persist_message(message)
