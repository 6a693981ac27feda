"""What every channel shares about replies: which response each part came from (for the widget, the tests
and the evaluation), the longest message accepted, and the one calm apology a visitor gets on any channel
when the assistant fails on their message (REST and the website send it as a reply marked `"error": true`,
SMS as a text), in Spanish when the channel can tell the visitor writes Spanish (`apology_language`)."""

from __future__ import annotations

import logging
from typing import Any, Dict, Iterable, List, Mapping, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel

from assistant.channels.guard import log_failure
from assistant.language import LANGUAGES, SPANISH, choice_payload, chosen_by_word, detect
from clinic import names
from clinic.profile import ClinicProfile

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 20_000
DETECTED_CHARS = 2_000  # the start of a long message is enough to tell its language


def apology(profile: ClinicProfile, language: Optional[Text] = None) -> Dict[Text, Any]:
    """The reply after a failure: sorry, try again, the clinic's phone, and 911/988 (clinic.yml), in Spanish
    for `language` "es" (`technical_problem_es`), else in English. The reply names its language when the
    channel knew it, as the assistant's own replies do."""
    text = None
    if language == SPANISH:
        try:
            text = profile.technical_problem_text(SPANISH)
        except (KeyError, IndexError, ValueError, AttributeError):  # a profile built without from_mapping's check
            language = None
    reply: Dict[Text, Any] = {"text": text or profile.technical_problem_text(), "error": True}
    if language in LANGUAGES:
        reply["language"] = language
    return reply


def apology_language(
    text: Any = None, hint: Any = None, replies: Iterable[Mapping[Text, Any]] = ()
) -> Optional[Text]:
    """The visitor's language as far as a channel can tell after the assistant failed on their message, in the
    language policy's order (assistant/language.py), None when it cannot tell (the apology is then English):

    1. the language of a reply the assistant already made this turn (its `language` annotation);
    2. a language chosen in the message: the widget's switch (`/choose_language{...}`), an SMS "ESPAÑOL";
    3. the message's own language, when it is clearly English or Spanish (the language policy's detector);
    4. the channel's hint (the widget's language, which follows the conversation's).

    Never raises: the apology goes out whatever could not be read here.
    """
    try:
        for reply in replies:
            if isinstance(reply, Mapping) and reply.get(names.META_LANGUAGE) in LANGUAGES:
                return str(reply[names.META_LANGUAGE])
        if isinstance(text, str) and text.strip():
            chosen = next((code for code in LANGUAGES if text.strip() == choice_payload(code)), None)
            found = chosen or chosen_by_word(text) or detect(text[:DETECTED_CHARS])
            if found in LANGUAGES:
                return found
    except Exception as exc:
        log_failure(logger, "apology: the visitor's language could not be told", exc)
    return hint if hint in LANGUAGES else None


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
