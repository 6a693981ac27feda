"""Describing a failure for a log without personal data: its type and where it happened, never its message
(an exception's message may quote a visitor's words). Shared by the Rasa server's channels and the action
server."""

from __future__ import annotations


def failure_site(exc: BaseException) -> str:
    """`ValueError at /path/module.py:123`: the exception's type and its innermost frame."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb is not None else "?"
    return f"{type(exc).__name__} at {where}"
