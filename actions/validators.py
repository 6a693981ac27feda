"""Plain validators for intake answers: text in, a clean value (or None) out. They never raise.

Libraries do the hard parts: `phonenumbers` (stored in E.164) and `email-validator`. Each function takes
what a visitor typed, in any shape, and returns the normalised value or None when it is not a valid answer.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from typing import Dict, Iterable, Mapping, Optional, Sequence, Tuple

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from clinic.phone import readable

SKIPPED = "skipped"
DEFAULT_REGION = "US"
MAX_NAME_LENGTH = 100
MAX_FREE_TEXT = 1000

CONTACT_METHODS = ("call", "text", "email")
CONTACT_TIMES = ("morning", "afternoon", "evening", "any time")
HELP_CATEGORIES = ("depression", "anxiety", "ptsd", "ocd", "chronic_pain", "substance_use", "other")

_YES = {"yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "i agree", "agree", "i do", "correct",
        "right", "that's right", "thats right", "absolutely", "of course", "please do", "sounds good", "si",
        # Spanish (issue 14)
        "sí", "claro", "claro que sí", "está bien", "esta bien", "de acuerdo", "acepto", "sí acepto", "si acepto",
        "correcto", "es correcto", "así es", "asi es", "sale", "va", "ándale", "andale", "por supuesto", "ok sí"}
_NO = {"no", "n", "nope", "nah", "no thanks", "i don't", "i dont", "not really", "i do not", "disagree",
       "don't", "dont", "no way", "not now",
       "no gracias", "no, gracias", "para nada", "todavía no", "todavia no", "ahorita no", "no acepto"}
_SKIP = {"skip", "no", "none", "no email", "n/a", "na", "nope", "rather not", "i'd rather not",
         "id rather not", "don't have one", "dont have one", "i don't have one", "i dont have one", "pass",
         "no thanks", "prefer not",
         "omitir", "saltar", "no tengo", "no tengo correo", "sin correo", "ninguno", "prefiero no", "paso",
         "no gracias"}
_NAME_PREFIX = re.compile(r"^(?:my name is|my name's|name is|i am|i'm|im|it's|its|this is|call me|"
                          r"me llamo|mi nombre es|soy)\s+", re.I)
_METHOD_WORDS: Dict[str, Sequence[str]] = {
    "call": ("call", "phone call", "ring", "calling", "phone", "voice", "llamada", "llámame", "llamame",
             "llamar", "teléfono", "telefono"),
    "text": ("text", "sms", "texting", "message", "txt", "texto", "mensaje", "mensajito", "whatsapp"),
    "email": ("email", "e-mail", "mail", "correo"),
}
_TIME_WORDS: Dict[str, Sequence[str]] = {
    "morning": ("morning", "mornings", "am", "early", "mañana", "manana", "temprano", "en la mañana"),
    "afternoon": ("afternoon", "afternoons", "midday", "lunch", "noon", "tarde", "mediodía", "mediodia"),
    "evening": ("evening", "evenings", "night", "after work", "pm", "late", "noche", "en la noche"),
    "any time": ("any", "anytime", "any time", "whenever", "doesn't matter", "doesnt matter", "all day", "either",
                 "cualquier hora", "cuando sea", "a cualquier hora", "no importa", "da igual"),
}


def _clean(text: Optional[str]) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


def _plain(text: Optional[str]) -> str:
    return re.sub(r"[.!?,;:]+$", "", _clean(text).lower())


def parse_yes_no(text: Optional[str]) -> Optional[bool]:
    plain = _plain(text)
    if plain in _YES or plain.startswith(("yes", "yeah", "yep", "sure", "i agree", "ok ", "sí ", "sí,", "claro")):
        return True
    if plain in _NO or plain.startswith(("no ", "no,", "nope", "nah")):
        return False
    return None


def parse_name(text: Optional[str]) -> Optional[str]:
    """A person's name as they typed it: letters, spaces, hyphens, apostrophes and dots, 2 to 100 chars."""
    name = _NAME_PREFIX.sub("", _clean(text)).strip(" .,!")
    if not 2 <= len(name) <= MAX_NAME_LENGTH:
        return None
    if not all(ch.isalpha() or ch in " -'." for ch in name):
        return None
    if sum(ch.isalpha() for ch in name) < 2:
        return None
    if _plain(name) in _SKIP | _YES | _NO:  # "skip", "no", "ok" answer the question; they are not a name
        return None
    return name


def parse_phone(text: Optional[str], region: str = DEFAULT_REGION) -> Optional[str]:
    """The first valid phone number in the text, in E.164 (US numbers by default)."""
    cleaned = _clean(text)[:200]
    try:
        for match in phonenumbers.PhoneNumberMatcher(cleaned, region):
            if phonenumbers.is_valid_number(match.number):
                return phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


# How a number reads back to a visitor in the summary (clinic/phone.py; the staff pages show it the same way)
format_phone = readable


def is_skip(text: Optional[str]) -> bool:
    return _plain(text) in _SKIP


def parse_email(text: Optional[str]) -> Optional[str]:
    """A syntactically valid email address from the text, normalised (no DNS look-up), or None."""
    for token in _clean(text)[:400].split():
        token = token.strip("<>()[],;:\"'")
        if "@" not in token:
            continue
        try:
            return validate_email(token, check_deliverability=False).normalized
        except EmailNotValidError:
            return None
    return None


def match_office(text: Optional[str], offices: Sequence[str]) -> Optional[str]:
    """The office the visitor named: by number, by name, or by a close misspelling."""
    plain = _plain(text)
    if not plain or not offices:
        return None
    if plain.isdigit() and 1 <= int(plain) <= len(offices):
        return offices[int(plain) - 1]
    lowered = {o.lower(): o for o in offices}
    for key, office in lowered.items():
        if key in plain:
            return office
    words = re.findall(r"[a-z]+", plain)
    candidates = [" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)]
    best: Tuple[float, Optional[str]] = (0.0, None)
    for candidate in candidates + [plain]:
        for key, office in lowered.items():
            score = difflib.SequenceMatcher(None, candidate, key).ratio()
            if score > best[0]:
                best = (score, office)
    return best[1] if best[0] >= 0.75 else None


def _match_words(plain: str, table: Dict[str, Sequence[str]]) -> Optional[str]:
    for value, words in table.items():
        if any(re.search(rf"\b{re.escape(w)}\b", plain) for w in words):
            return value
    return None


def parse_contact_method(text: Optional[str]) -> Optional[str]:
    plain = _plain(text)
    if plain in {"1", "2", "3"}:
        return CONTACT_METHODS[int(plain) - 1]
    return _match_words(plain, _METHOD_WORDS)


def parse_contact_time(text: Optional[str]) -> Optional[str]:
    plain = _plain(text)
    if plain in {"1", "2", "3", "4"}:
        return CONTACT_TIMES[int(plain) - 1]
    return _match_words(plain, _TIME_WORDS)


# The same categories in Spanish (issue 14): the Spanish buttons send the English payloads, typed answers these
_HELP_WORDS_ES: Dict[str, Tuple[str, ...]] = {
    "depression": ("depresión", "depresion", "deprimido", "deprimida", "depre"),
    "anxiety": ("ansiedad", "ansioso", "ansiosa", "ataques de pánico", "ataques de panico", "pánico", "panico"),
    "ptsd": ("tept", "estrés postraumático", "estres postraumatico", "trauma"),
    "ocd": ("toc", "obsesivo compulsivo", "obsesiones"),
    "chronic_pain": ("dolor crónico", "dolor cronico", "fibromialgia", "dolor de espalda", "migraña", "migrañas"),
    "substance_use": ("adicción", "adiccion", "alcohol", "drogas", "consumo de sustancias"),
}


def parse_help(text: Optional[str], conditions: Mapping[str, Iterable[str]]) -> Optional[Tuple[str, str]]:
    """(category, the visitor's own words). `conditions` maps a category to its words (clinic/lexicon.yml).

    Anything that is not recognised but is real text counts as "other", with the words kept for staff.
    """
    words = _clean(text)[:MAX_FREE_TEXT]
    plain = words.lower().replace("_", " ")
    if sum(ch.isalpha() for ch in plain) < 2:
        return None
    for category, terms in conditions.items():
        names = {category.replace("_", " "), *[t.lower() for t in terms], *_HELP_WORDS_ES.get(category, ())}
        if any(re.search(rf"\b{re.escape(t)}\b", plain) for t in names):
            return category, words
    return "other", words


# "Can the team reach you at this number?" (offered by SMS, with the number the visitor texts from)
_OWN_NUMBER_PHRASES = (
    "this number", "this one", "this phone", "same number", "the same one", "that number", "that one",
    "texting from", "texting you from", "messaging from", "texting with", "number i'm using", "number im using",
    "use it", "use that", "use this", "the one you have", "the one i'm on",
)
_OWN_NUMBER_YES = {"1", "yes this number", "this", "here", "this is fine", "that's fine", "thats fine", "fine",
                   "works", "that works", "that's it", "thats it", "it is", "yes it is", "yes please"}
_OTHER_NUMBER_PHRASES = ("different", "another", "other number", "not this", "not that", "new number", "else",
                         "don't", "dont", "do not")


def parse_own_number_choice(text: Optional[str]) -> Optional[bool]:
    """The answer to "Can the team reach you at this number?": True for this number ("yes", "1", "this one",
    "the number I'm texting from"), False for another ("no", "2", "a different number"), None when the reply is
    neither (a phone number typed straight away is for parse_phone)."""
    plain = _plain(text)
    if not plain or parse_phone(plain):
        return None
    if plain == "2" or any(phrase in plain for phrase in _OTHER_NUMBER_PHRASES):
        return False
    if plain in _OWN_NUMBER_YES or any(phrase in plain for phrase in _OWN_NUMBER_PHRASES):
        return True
    return parse_yes_no(plain)


# "Would you like to continue where you left off?" after a long pause (continue / start over / not now)
RESUME_CONTINUE = "continue"
RESUME_START_OVER = "start over"
RESUME_NOT_NOW = "not now"
_RESUME_WORDS: Dict[str, Sequence[str]] = {
    RESUME_START_OVER: ("start over", "start again", "start from scratch", "from the beginning", "from the start",
                        "begin again", "restart", "start fresh", "new one", "redo", "fresh start", "over again"),
    RESUME_NOT_NOW: ("not now", "later", "not today", "another time", "not yet", "maybe later", "no thanks",
                     "not right now", "some other time", "skip"),
    RESUME_CONTINUE: ("continue", "carry on", "keep going", "go on", "resume", "pick up", "left off", "finish",
                      "where i was", "where we were", "let's go", "lets go", "go ahead", "proceed"),
}


def parse_resume_choice(text: Optional[str]) -> Optional[str]:
    """The answer to "continue where you left off?": RESUME_CONTINUE, RESUME_START_OVER, RESUME_NOT_NOW (by
    the option's number, its words or a plain yes / no), or None."""
    plain = _plain(text)
    if plain in {"1", "2", "3"}:
        return (RESUME_CONTINUE, RESUME_START_OVER, RESUME_NOT_NOW)[int(plain) - 1]
    for choice, words in _RESUME_WORDS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", plain) for w in words):
            return choice
    answer = parse_yes_no(plain)
    if answer is None:
        return None
    return RESUME_CONTINUE if answer else RESUME_NOT_NOW
