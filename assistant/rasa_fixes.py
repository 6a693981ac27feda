"""A correction to Rasa 3.6.21 itself, applied when the `assistant` package is imported (every Rasa process of
the project imports it: the NLG, the tracker store and the policies live here).

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
from rasa.shared.constants import DOCS_BASE_URL


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


def apply() -> None:
    RemoteAction._validate_action_result = _validate_action_result


__all__ = ["apply", "ValidationError"]
