"""The clinic profile: name, offices, phone and booking wording, read once from one YAML file.

An office is a plain name ("Tustin"), or a mapping that may add what the clinic wants visitors to see on the
landing page: {name, address, hours, map_url}. Nothing is shown that the profile does not set.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import urlsplit

import yaml

PROFILE_ENV = "CLINIC_PROFILE"
DEFAULT_PROFILE_PATH = Path(__file__).resolve().parent.parent / "clinic.yml"
ARTICLES_PATH = Path(__file__).resolve().parent / "articles.yml"
OFFICE_KEYS = ("name", "address", "hours", "map_url")


class ProfileError(ValueError):
    """The clinic profile file is missing a field or has one of the wrong shape."""


@dataclass(frozen=True)
class Office:
    """One office as the landing page shows it: its name always; its address, opening hours and a map link
    only where the clinic's profile gives them (None otherwise)."""

    name: str
    address: Optional[str] = None
    hours: Optional[str] = None
    map_url: Optional[str] = None


@dataclass(frozen=True)
class ClinicProfile:
    name: str
    short_name: str
    offices: Tuple[str, ...]
    phone: str
    phone_is_placeholder: bool
    consultation: str
    booking_wording: str
    disclaimer_version: str
    technical_problem: str
    consent_statement: str
    sms_help: str
    sms_text_only: str
    # the clinic's time zone: staff pages show every time in it, with the date
    time_zone: str = "America/Los_Angeles"
    # each office with what the profile says about it (filled from `offices` when not given)
    locations: Tuple[Office, ...] = ()
    # the clinic's own wording for when the team reaches out after a consultation request
    # ("within one business day"); None: the clinic has not said, and nobody may guess
    response_time: Optional[str] = None
    # the same in Spanish ("en un día hábil"); without it, Spanish replies promise no time
    response_time_es: Optional[str] = None
    # SMS keyword replies in Spanish (issue 14): AYUDA, and the Spanish words visitors use to stop, which Twilio
    # does not know (so the assistant confirms them itself)
    sms_help_es: str = ("{clinic_name}, asistente automático. Para hablar con el equipo, llama al {clinic_phone}. "
                        "Responde PARAR para no recibir más mensajes. En una emergencia llama al 911, o llama o "
                        "envía un texto al 988 (oprime 2 para español).")
    sms_stop_es: str = ("{clinic_name}: listo, ya no recibirás mensajes de este número. Responde START para "
                        "volver a recibirlos.")
    # The clinic's consultation in Spanish, as Spanish responses name it ("la {clinic_consultation_es}"), and the
    # Spanish for `booking_wording`, read after "puedo ayudarte a"
    consultation_es: str = "consulta médica gratuita"
    booking_wording_es: str = "pedir tu consulta médica gratuita"
    # the channels' apology after a failure (`technical_problem`), for a visitor known to write in Spanish
    technical_problem_es: str = (
        "Lo siento, algo falló de mi lado y no pude responder eso. Por favor, inténtalo de nuevo en un momento, o "
        "llama a {clinic_name} al {clinic_phone}. Si es una emergencia, llama al 911, o llama o envía un texto al "
        "988 (oprime 2 para español).")
    # article id (as in clinic/articles.yml) -> https address of the clinic's own page for it
    article_urls: Mapping[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if not self.locations:
            object.__setattr__(self, "locations", tuple(Office(name) for name in self.offices))

    @classmethod
    def from_mapping(cls, raw: Dict[str, Any]) -> "ClinicProfile":
        def text(key: str) -> str:
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                raise ProfileError(f"clinic profile: '{key}' must be a non-empty string")
            return value.strip()

        locations = _offices(raw.get("offices"))
        profile = cls(
            name=text("name"),
            short_name=str(raw.get("short_name") or raw["name"]).strip(),
            offices=tuple(office.name for office in locations),
            phone=text("phone"),
            phone_is_placeholder=bool(raw.get("phone_is_placeholder", False)),
            consultation=text("consultation"),
            booking_wording=text("booking_wording"),
            disclaimer_version=str(raw.get("disclaimer_version") or "1"),
            technical_problem=text("technical_problem"),
            consent_statement=text("consent_statement"),
            sms_help=text("sms_help"),
            sms_text_only=text("sms_text_only"),
            time_zone=_time_zone(raw.get("time_zone")),
            locations=locations,
            response_time=_optional_text(raw.get("response_time"), "'response_time'"),
            response_time_es=_optional_text(raw.get("response_time_es"), "'response_time_es'"),
            sms_help_es=_optional_text(raw.get("sms_help_es"), "'sms_help_es'") or cls.sms_help_es,
            sms_stop_es=_optional_text(raw.get("sms_stop_es"), "'sms_stop_es'") or cls.sms_stop_es,
            consultation_es=_optional_text(raw.get("consultation_es"), "'consultation_es'") or cls.consultation_es,
            booking_wording_es=(_optional_text(raw.get("booking_wording_es"), "'booking_wording_es'")
                                or cls.booking_wording_es),
            technical_problem_es=(_optional_text(raw.get("technical_problem_es"), "'technical_problem_es'")
                                  or cls.technical_problem_es),
            article_urls=_article_urls(raw.get("article_urls")),
        )
        profile._check_apologies()
        return profile

    def offices_text(self, language: str = "en") -> str:
        """'Tustin, San Juan Capistrano and Seal Beach'; in Spanish (language "es") '... y Seal Beach', or
        '... e Irvine' before the sound "i"."""
        return joined_names(self.offices, "y", "e") if language == "es" else joined_names(self.offices, "and")

    def placeholders(self) -> Dict[str, str]:
        """Values that responses may use as {placeholders}, beside the slots.

        `clinic_response_time` is there only when the clinic set `response_time`: a response that names it
        must be one chosen only for such a clinic (Rasa leaves a placeholder it cannot fill as it is, and the
        response tests count it as missing), so no visitor is ever promised a time the clinic did not give.
        """
        values = {
            "clinic_name": self.name,
            "clinic_short_name": self.short_name,
            "clinic_offices": self.offices_text(),
            "clinic_phone": self.phone,
            "clinic_consultation": self.consultation,
            "clinic_booking": self.booking_wording,
            # the same in Spanish, for Spanish variations (issue 14)
            "clinic_offices_es": self.offices_text("es"),
            "clinic_consultation_es": self.consultation_es,
            "clinic_booking_es": self.booking_wording_es,
        }
        if self.response_time:
            values["clinic_response_time"] = self.response_time
        return values

    def technical_problem_text(self, language: Optional[str] = None) -> str:
        """The apology a channel sends when the assistant failed on a message: in Spanish for language "es",
        else in English."""
        template = self.technical_problem_es if language == "es" else self.technical_problem
        return template.format(**self.placeholders())

    def _check_apologies(self) -> None:
        """The apologies are filled in when something has already failed: a placeholder they cannot fill is
        refused when the profile is read, not found then."""
        for key, language in (("technical_problem", None), ("technical_problem_es", "es")):
            try:
                self.technical_problem_text(language)
            except (KeyError, IndexError, ValueError, AttributeError) as exc:
                raise ProfileError(f"clinic profile: '{key}' has a placeholder that cannot be filled ({exc}); "
                                   f"it may use {', '.join('{' + k + '}' for k in self.placeholders())}") from exc

    def say(self, template: str) -> str:
        """A profile message with the clinic's placeholders filled in."""
        return template.format(**self.placeholders())

    def consent_text(self, method: str, time: str) -> str:
        """The consent statement stored with a handoff, with the visitor's choices in plain words ("by phone
        call, at any time"; "by text message, in the evening")."""
        return self.consent_statement.format(method=_CONTACT_WORDS["en"].get(method, method),
                                             time=_time_words(time), **self.placeholders())


# a Spanish "y" becomes "e" before the sound "i" ("Tustin e Irvine"), but not before "hie"/"hia" ("y Hialeah")
_SPANISH_I_SOUND = re.compile(r"h?[ií](?![aeiouáéíóú])", re.IGNORECASE)


def joined_names(names: Sequence[str], and_word: str, and_before_i: Optional[str] = None) -> str:
    """Names in a sentence: "Tustin, San Juan Capistrano and Seal Beach"; `and_before_i` replaces `and_word`
    before the sound "i" (Spanish: "y" becomes "e", "Tustin e Irvine")."""
    if len(names) == 1:
        return names[0]
    last = names[-1]
    joined = and_before_i if and_before_i and _SPANISH_I_SOUND.match(last) else and_word
    return f"{', '.join(names[:-1])} {joined} {last}"

_CONTACT_WORDS = {
    "en": {"by": "by", "call": "phone call", "text": "text message", "email": "email", "morning": "in the morning",
           "afternoon": "in the afternoon", "evening": "in the evening", "any": "at any time",
           "chosen": "at the time you chose ({time})"},
    "es": {"by": "por", "call": "llamada", "text": "mensaje de texto", "email": "correo electrónico",
           "morning": "por la mañana", "afternoon": "por la tarde", "evening": "por la noche",
           "any": "a cualquier hora", "chosen": "a la hora que elegiste ({time})"},
}


def contact_words(method: str, time: str, language: str = "en") -> str:
    """A visitor's choice of contact in words, for the visitor: "by text message, in the evening", "por
    mensaje de texto, por la noche"."""
    words = _CONTACT_WORDS.get(language, _CONTACT_WORDS["en"])
    said = f"{words['by']} {words.get(method, method)}"
    if time in ("any time", "anytime", "any"):
        return f"{said}, {words['any']}"
    if time in words:
        return f"{said}, {words[time]}"
    return f"{said}, {words['chosen'].format(time=time)}" if time and time != "-" else said


def _time_words(time: str) -> str:
    """The time of day for the consent statement, in the third person: "in the evening", "at a time they
    chose (after 5)"."""
    if time in ("morning", "afternoon", "evening"):
        return _CONTACT_WORDS["en"][time]
    if time in ("any time", "anytime", "any"):
        return _CONTACT_WORDS["en"]["any"]
    return f"at a time they chose ({time})" if time and time != "-" else "at a time not given"


def _optional_text(value: Any, where: str) -> Optional[str]:
    """A text the profile may leave out (absent, null or empty: None); anything but a string is an error."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ProfileError(f"clinic profile: {where} must be a string")
    return value.strip() or None


def _https_url(value: Any, where: str) -> str:
    """An absolute https address with a host and no spaces, as the page can link to it."""
    url = value.strip() if isinstance(value, str) else ""
    parts = urlsplit(url)
    if (parts.scheme != "https" or not parts.hostname or any(c.isspace() for c in url)
            or parts.username is not None or "\\" in url):
        raise ProfileError(f"clinic profile: {where} must be an https:// address (e.g. https://example.com/page), "
                           f"not {url or value!r}")
    return url


def _office(entry: Any, number: int) -> Office:
    """One entry of `offices`: a name, or a mapping {name, address, hours, map_url} (only name required)."""
    where = f"office {number}"
    if isinstance(entry, str):
        if not entry.strip():
            raise ProfileError(f"clinic profile: 'offices': {where} has an empty name")
        return Office(entry.strip())
    if not isinstance(entry, dict):
        raise ProfileError(f"clinic profile: 'offices': {where} must be a name or a mapping with "
                           f"{', '.join(OFFICE_KEYS)}")
    unknown = sorted(str(key) for key in entry if key not in OFFICE_KEYS)
    if unknown:
        raise ProfileError(f"clinic profile: 'offices': {where} has unknown keys {', '.join(unknown)} "
                           f"(allowed: {', '.join(OFFICE_KEYS)})")
    name = _optional_text(entry.get("name"), f"'offices': the name of {where}")
    if not name:
        raise ProfileError(f"clinic profile: 'offices': {where} needs a 'name'")
    where = f"office {name!r}"
    map_url = entry.get("map_url")
    return Office(
        name=name,
        address=_optional_text(entry.get("address"), f"'offices': the address of {where}"),
        hours=_optional_text(entry.get("hours"), f"'offices': the hours of {where}"),
        map_url=None if map_url in (None, "") else _https_url(map_url, f"'offices': the map_url of {where}"),
    )


def _offices(value: Any) -> Tuple[Office, ...]:
    if not isinstance(value, list) or not value:
        raise ProfileError("clinic profile: 'offices' must be a non-empty list of names "
                           "(or of mappings with a name, and an address, hours and map_url if you wish)")
    offices = tuple(_office(entry, number) for number, entry in enumerate(value, start=1))
    seen: List[str] = []
    for office in offices:
        if office.name.casefold() in seen:
            raise ProfileError(f"clinic profile: 'offices': {office.name!r} is named more than once")
        seen.append(office.name.casefold())
    return offices


def _article_ids() -> List[str]:
    raw = yaml.safe_load(ARTICLES_PATH.read_text(encoding="utf-8")) or {}
    return [str(key) for key in raw]


def _article_urls(value: Any) -> Dict[str, str]:
    """`article_urls`: article id (as in clinic/articles.yml) -> https address of the clinic's page for it."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ProfileError("clinic profile: 'article_urls' must be a mapping from article id to https address")
    if not value:
        return {}
    known = _article_ids()
    urls = {}
    for key, url in value.items():
        article = str(key)
        if article not in known:
            raise ProfileError(f"clinic profile: 'article_urls': {article!r} is not an article id of "
                               f"clinic/articles.yml ({', '.join(known)})")
        urls[article] = _https_url(url, f"'article_urls': the address of {article}")
    return urls


def _time_zone(value: Any) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = str(value or "America/Los_Angeles").strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ProfileError(f"clinic profile: 'time_zone' {name!r} is not a time zone (e.g. America/Los_Angeles)") from exc
    return name


def profile_path(explicit: Optional[str] = None) -> Path:
    return Path(explicit or os.environ.get(PROFILE_ENV) or DEFAULT_PROFILE_PATH)


def load_profile(path: Optional[str] = None) -> ClinicProfile:
    """Read the profile named by `path`, else $CLINIC_PROFILE, else the embedded default."""
    resolved = profile_path(path)
    try:
        raw = yaml.safe_load(resolved.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProfileError(f"clinic profile not found: {resolved}") from exc
    if not isinstance(raw, dict):
        raise ProfileError(f"clinic profile {resolved} must be a mapping")
    return ClinicProfile.from_mapping(raw)
