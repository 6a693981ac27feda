"""The trained assistant in this process, as `rasa run` would load it but quiet and with conversations in
memory: for the evaluations (tests/nlu_eval), the in-process tests and bench/profile_turn.py."""

from __future__ import annotations

from typing import Optional


def quiet_rasa_logs() -> None:
    """Rasa logs every turn at debug level, visitor text included; evaluations need only warnings."""
    import logging

    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)


async def load_agent(model: str, action_server_url: Optional[str] = None, database_url: Optional[str] = None):
    """The trained model with the project's endpoints (its NLG above all), as `rasa run` loads it, but with
    conversations kept in memory: an evaluation's thousands of conversations stay out of var/. Transcripts are
    written only with a `database_url` (the tests' action server's)."""
    from rasa.core.agent import load_agent as rasa_load_agent
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.endpoints import EndpointConfig

    endpoints = AvailableEndpoints.read_endpoints("endpoints.yml")
    if action_server_url:
        headers = endpoints.action.headers if endpoints.action else None  # the action server's token
        endpoints.action = EndpointConfig(url=action_server_url, headers=headers)
    endpoints.tracker_store = None
    endpoints.event_broker = (EndpointConfig(type=endpoints.event_broker.type, url=database_url)
                              if database_url and endpoints.event_broker else None)
    return await rasa_load_agent(model_path=model, endpoints=endpoints)
