"""What an SMS looks like: the conversation id a number becomes, plain text, long replies split in parts,
buttons as a numbered list (and the texter's answer matched back to a button), and the output channel that
collects one turn's replies that way."""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Any, Dict, List, Optional, Text

from rasa.core.channels.channel import OutputChannel

from assistant.channels.guard import conversation_key

SMS_MAX_PART = 320  # two SMS segments; longer replies are split at sentence boundaries

# The message metadata the actions read (actions/intake.py keeps the same names; tests/test_sms.py checks)
OWN_NUMBER_PAYLOAD = "this number"  # the offer's "Yes, this number" button (data/responses/intake_sms.yml)


def conversation_id(number: str, key: bytes) -> str:
    """The conversation id for a phone number: a keyed hash, never the number itself."""
    return conversation_key("sms", hmac.new(key, number.strip().encode(), hashlib.sha256).hexdigest()[:32])


def plain_text(text: str) -> str:
    """SMS text: no markdown emphasis, no HTML tags, single spaces."""
    text = re.sub(r"<[^>]+>", "", text or "")
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def split_sms(text: str, limit: int = SMS_MAX_PART) -> List[str]:
    """Parts of at most `limit` characters, cut after sentences where possible."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    sentences = re.split(r"(?<=[.!?])\s+", text)
    parts: List[str] = []
    current = ""
    for sentence in sentences:
        while len(sentence) > limit:  # a sentence longer than a part: cut at the last space
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            if current:
                parts.append(current)
                current = ""
            parts.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        candidate = f"{current} {sentence}".strip()
        if len(candidate) <= limit:
            current = candidate
        else:
            parts.append(current)
            current = sentence
    if current:
        parts.append(current)
    return [p for p in parts if p]


def numbered(text: str, buttons: List[Dict[str, Any]]) -> str:
    options = "\n".join(f"{i}. {b.get('title', '')}" for i, b in enumerate(buttons, start=1))
    return f"{text}\n{options}" if text else options


def choose_option(body: str, buttons: List[Dict[str, Any]]) -> Optional[str]:
    """The payload a reply selects: "2", or the option's words (case and punctuation aside)."""
    answer = re.sub(r"[^\w\s']", "", body).strip().lower()
    if answer.isdigit() and 1 <= int(answer) <= len(buttons):
        return str(buttons[int(answer) - 1].get("payload", ""))
    for button in buttons:
        if answer and answer == re.sub(r"[^\w\s']", "", str(button.get("title", ""))).strip().lower():
            return str(button.get("payload", ""))
    return None


class SmsOutput(OutputChannel):
    """Collects one turn's replies as SMS texts (buttons numbered), remembering the last buttons."""

    @classmethod
    def name(cls) -> Text:
        return "twilio"

    def __init__(self) -> None:
        self.texts: List[str] = []
        self.buttons: List[Dict[str, Any]] = []

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        self.texts.append(plain_text(text))

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[str, Any]], **kwargs: Any
    ) -> None:
        self.buttons = list(buttons)
        self.texts.append(numbered(plain_text(text), buttons))

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        return None  # pictures are not sent by SMS

    def parts(self) -> List[str]:
        parts: List[str] = []
        for text in self.texts:
            for paragraph in text.split("\n\n"):
                parts.extend(split_sms(paragraph))
        return parts
