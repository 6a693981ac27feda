"""Two corrections to Rasa 3.6.21 itself, applied when the `assistant` package is imported (every Rasa process of
the project imports it: the NLG, the tracker store and the policies live here).

After a turn its circuit breaker stops (ten predictions without listening), Rasa logs no `action_listen`, so the
rules, which expect one before every message, answer nothing to the visitor's next message: the conversation went
silent. Every message processor now logs `action_listen` when its breaker trips (Rasa's own `on_circuit_break`
hook, unless one was given), so the next message is answered as usual.

Rasa checks each action server reply against its response schema with `jsonschema.validate`, which first
checks the schema itself against JSON Schema's meta-schema: about 15 ms of every custom action call here, and
an intake turn makes two or three (measured with cProfile over whole intakes; see the README's benchmark).
The schema never changes, so it is checked once and its validator kept. Replies are checked exactly as before,
and a malformed reply raises the same `ValidationError` with Rasa's explanation.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, Text

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker

_RASA_PROCESSOR_INIT = MessageProcessor.__init__


@lru_cache(maxsize=1)
def _validator() -> Any:
    """The reply schema's validator, made (and the schema checked) at the first action call."""
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """Rasa's `RemoteAction._validate_action_result`, with the schema's validator made once."""
    error = best_match(_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, make sure your response from the Action "
        f"endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


def listen_after_circuit_break(tracker: DialogueStateTracker, output_channel: Any, nlg: Any) -> None:
    """Ends a turn Rasa's circuit breaker stopped as every turn ends, with `action_listen`."""
    tracker.update(ActionExecuted(ACTION_LISTEN_NAME))


def _processor_init(self: MessageProcessor, *args: Any, **kwargs: Any) -> None:
    """Rasa's `MessageProcessor.__init__`, with `listen_after_circuit_break` as the default circuit-break hook."""
    _RASA_PROCESSOR_INIT(self, *args, **kwargs)
    if self.on_circuit_break is None:
        self.on_circuit_break = listen_after_circuit_break


def apply() -> None:
    RemoteAction._validate_action_result = _validate_action_result
    MessageProcessor.__init__ = _processor_init


__all__ = ["apply", "ValidationError"]
