"""Shared fixtures for the Rasa-side tests: the domain, and the trained assistant loaded in-process."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import List

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "clinic.tar.gz"


@pytest.fixture(scope="session")
def event_loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def domain():
    from rasa.shared.importers.importer import TrainingDataImporter

    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")]
    )
    return importer.get_domain()


@pytest.fixture(scope="session")
def agent(event_loop):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run the tests with `make test`, which trains it")
    from tests.nlu_eval.evaluate import load_agent, quiet_rasa_logs

    quiet_rasa_logs()
    return event_loop.run_until_complete(load_agent(str(MODEL)))


class Conversation:
    """One visitor's conversation with the in-process assistant, through the project's REST collector."""

    def __init__(self, agent, loop) -> None:
        self.agent = agent
        self.loop = loop
        self.sender = f"test-{uuid.uuid4().hex}"

    def say(self, text: str) -> List[dict]:
        from rasa.core.channels.channel import UserMessage

        from assistant.channels.rest import AnnotatedCollector

        collector = AnnotatedCollector()
        self.loop.run_until_complete(
            self.agent.handle_message(UserMessage(text, collector, self.sender))
        )
        return collector.messages

    def tracker(self):
        return self.loop.run_until_complete(self.agent.tracker_store.retrieve(self.sender))


@pytest.fixture
def conversation(agent, event_loop):
    return Conversation(agent, event_loop)


@pytest.fixture
def new_conversation(agent, event_loop):
    return lambda: Conversation(agent, event_loop)
