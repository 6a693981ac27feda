"""How the staff pages show stored values: times in the clinic's time zone with the date, channels and button
clicks in plain words, and the transcript with the message that raised the urgent flag marked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, List, Optional, Sequence
from zoneinfo import ZoneInfo

from clinic import names as n
from clinic.storage.insights import CHANNELS
from clinic.storage.transcript import clicked_intent

# a handoff's channel (the Rasa input channel's name) in the words its conversations' channel has
CHANNEL_WORDS: Dict[str, str] = {
    "socketio": CHANNELS["web"], "rest": CHANNELS["rest"], "twilio": CHANNELS["sms"], "unknown": "Not recorded",
}
CONTACT_METHOD_WORDS: Dict[str, str] = {"call": "Phone call", "text": "Text message", "email": "Email"}
CONTACT_OUTCOMES: Dict[str, str] = {
    "reached": "Called: talked with them",
    "voicemail": "Called: left a voicemail",
    "no_answer": "Called: no answer",
    "texted": "Sent a text",
    "emailed": "Sent an email",
    "wrong_number": "Wrong or disconnected number",
}
# Button payloads whose title was not recorded (transcripts from before migration 0006)
_PAYLOAD_WORDS = {"affirm": "Yes", "deny": "No", "book_consultation": "Book a free consultation",
                  "talk_to_person": "Talk to a person"}
# Payloads the widget sends by itself, not a visitor's click
_AUTOMATIC = {"greet": "(opened the chat)"}
_CRISIS = frozenset(n.CRISIS_RESPONSES)


LANGUAGE_WORDS: Dict[str, str] = {"en": "English", "es": "Spanish (Español)"}


def language_words(language: Optional[str]) -> str:
    return LANGUAGE_WORDS.get(language or "en", language or "English")


def channel_words(channel: Optional[str]) -> str:
    return CHANNEL_WORDS.get(channel or "unknown", (channel or "").replace("_", " ") or "Not recorded")


def contact_words(method: Optional[str], time: Optional[str]) -> str:
    """"Text message, evening" from the intake's choices; "—" when none was given."""
    if not method:
        return "—"
    words = CONTACT_METHOD_WORDS.get(method, method)
    return f"{words}, {time}" if time else words


class ClinicClock:
    """Formats stored UTC times in the clinic's time zone (the clinic profile's `time_zone`)."""

    def __init__(self, zone: str) -> None:
        self.zone = ZoneInfo(zone)

    def local(self, moment: Optional[datetime], with_seconds: bool = False) -> str:
        """"Wed Nov 25, 2026, 4:17 PM PST"; "—" for none."""
        if moment is None:
            return "—"
        if moment.tzinfo is None:  # SQLite returns naive values for timezone-aware columns: they are UTC
            moment = moment.replace(tzinfo=timezone.utc)
        here = moment.astimezone(self.zone)
        clock = here.strftime("%I:%M:%S %p" if with_seconds else "%I:%M %p").lstrip("0")
        return f"{here:%a %b} {here.day}, {here.year}, {clock} {here.tzname()}"


@dataclass(frozen=True)
class Line:
    """One transcript message as staff read it."""

    who: str  # "Visitor" or "Assistant"
    sender: str  # the stored sender, for styling
    sent_at: datetime
    text: str
    tapped: bool = False  # a button click, shown as the button's title
    raised_urgent: bool = False  # the message the crisis response answered


def _button_title(intent: str, offered: Sequence[Dict[str, str]]) -> str:
    for button in offered:
        if clicked_intent(str(button.get("payload", ""))) == intent:
            return str(button.get("title") or intent)
    return _PAYLOAD_WORDS.get(intent, intent.replace("_", " "))


def transcript_lines(messages: Sequence) -> List[Line]:
    """The transcript for the staff page: button clicks as the title of the button chosen ("Tapped: Yes"),
    and the visitor message that a crisis response answered marked (the one that raised the urgent flag)."""
    lines: List[Line] = []
    offered: List[Dict[str, str]] = []
    for index, message in enumerate(messages):
        text, tapped = message.text, False
        if message.sender == "visitor":
            intent = clicked_intent(text)
            if intent in _AUTOMATIC and not offered:
                text = _AUTOMATIC[intent]
            elif intent is not None:
                text, tapped = _button_title(intent, offered), True
            following = messages[index + 1] if index + 1 < len(messages) else None
            raised = bool(following is not None and following.sender == "assistant"
                          and getattr(following, "response", None) in _CRISIS)
            lines.append(Line("Visitor", "visitor", message.sent_at, text, tapped, raised))
        else:
            try:
                offered = json.loads(getattr(message, "buttons", None) or "[]")
            except ValueError:
                offered = []
            lines.append(Line("Assistant", "assistant", message.sent_at, text))
    return lines
