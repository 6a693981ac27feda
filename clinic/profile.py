"""The clinic profile: name, offices, phone and booking wording, read once from one YAML file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import yaml

PROFILE_ENV = "CLINIC_PROFILE"
DEFAULT_PROFILE_PATH = Path(__file__).resolve().parent.parent / "clinic.yml"


class ProfileError(ValueError):
    """The clinic profile file is missing a field or has one of the wrong shape."""


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
    sms_start: str
    sms_text_only: str
    # the clinic's time zone: staff pages show every time in it, with the date
    time_zone: str = "America/Los_Angeles"

    @classmethod
    def from_mapping(cls, raw: Dict[str, Any]) -> "ClinicProfile":
        def text(key: str) -> str:
            value = raw.get(key)
            if not isinstance(value, str) or not value.strip():
                raise ProfileError(f"clinic profile: '{key}' must be a non-empty string")
            return value.strip()

        offices = raw.get("offices")
        if not isinstance(offices, list) or not offices or not all(
            isinstance(o, str) and o.strip() for o in offices
        ):
            raise ProfileError("clinic profile: 'offices' must be a non-empty list of names")
        return cls(
            name=text("name"),
            short_name=str(raw.get("short_name") or raw["name"]).strip(),
            offices=tuple(o.strip() for o in offices),
            phone=text("phone"),
            phone_is_placeholder=bool(raw.get("phone_is_placeholder", False)),
            consultation=text("consultation"),
            booking_wording=text("booking_wording"),
            disclaimer_version=str(raw.get("disclaimer_version") or "1"),
            technical_problem=text("technical_problem"),
            consent_statement=text("consent_statement"),
            sms_help=text("sms_help"),
            sms_start=text("sms_start"),
            sms_text_only=text("sms_text_only"),
            time_zone=_time_zone(raw.get("time_zone")),
        )

    def offices_text(self) -> str:
        """'Tustin, San Juan Capistrano and Seal Beach'."""
        if len(self.offices) == 1:
            return self.offices[0]
        return ", ".join(self.offices[:-1]) + " and " + self.offices[-1]

    def placeholders(self) -> Dict[str, str]:
        """Values that responses may use as {placeholders}, beside the slots."""
        return {
            "clinic_name": self.name,
            "clinic_short_name": self.short_name,
            "clinic_offices": self.offices_text(),
            "clinic_phone": self.phone,
            "clinic_consultation": self.consultation,
            "clinic_booking": self.booking_wording,
        }


    def technical_problem_text(self) -> str:
        """The apology a channel sends when the assistant failed on a message."""
        return self.technical_problem.format(**self.placeholders())


    def say(self, template: str) -> str:
        """A profile message with the clinic's placeholders filled in."""
        return template.format(**self.placeholders())

    def consent_text(self, method: str, time: str) -> str:
        """The consent statement stored with a handoff, with the visitor's choices in plain words ("by phone
        call, at any time"; "by text message, in the evening")."""
        return self.consent_statement.format(method=_METHOD_WORDS.get(method, method), time=_time_words(time),
                                             **self.placeholders())


_METHOD_WORDS = {"call": "phone call", "text": "text message", "email": "email"}


def _time_words(time: str) -> str:
    if time in ("morning", "afternoon", "evening"):
        return f"in the {time}"
    if time in ("any time", "anytime", "any"):
        return "at any time"
    return f"at a time they chose ({time})" if time and time != "-" else "at a time not given"


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
