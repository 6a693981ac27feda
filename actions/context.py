"""What the actions share, made on first use rather than at import (rasa-sdk imports every module here at
start-up, and the tests import them too): the settings (read from the environment once), the clinic profile,
the lexicon's conditions, the database."""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, List

import yaml
from sqlalchemy.orm import Session, sessionmaker

from clinic.profile import ClinicProfile, load_profile
from clinic.safety import LEXICON_PATH
from clinic.settings import Settings
from clinic.storage.db import session_factory


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings.from_env()


@lru_cache(maxsize=1)
def profile() -> ClinicProfile:
    return load_profile(settings().profile_path)


@lru_cache(maxsize=1)
def conditions() -> Dict[str, List[str]]:
    """Help categories and the words that name them (clinic/lexicon.yml)."""
    lexicon = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    return {name: list(words) for name, words in (lexicon.get("conditions") or {}).items()}


def sessions() -> "sessionmaker[Session]":
    """The database named by $DATABASE_URL (or the embedded SQLite file)."""
    return session_factory(settings().database_url)
