"""How a stored phone number (E.164) reads to people: (714) 555-0134 for US numbers, +44 20 7946 0958 for
others. Read back to visitors in the intake's summary and shown to staff. `phonenumbers` is imported when a
number is formatted: it is installed where that happens (the action server and the web server), not in the
Rasa server's environment, which imports this package too."""

from __future__ import annotations

from typing import Optional


def readable(e164: Optional[str]) -> str:
    """The number in its national format for US numbers, international otherwise; "" for none."""
    import phonenumbers

    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    style = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(number, style.NATIONAL if number.country_code == 1 else style.INTERNATIONAL)
