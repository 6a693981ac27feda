"""Corrections to Rasa 3.6.21 itself, applied when the `assistant` package is imported (every Rasa process of
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

Two more save time on every turn, with the same results (measured with cProfile over `make bench`'s visitor
turns, in-process; see the README's benchmark):
* Rasa finds an event's class by walking all of `Event`'s subclasses (with an `isabstract` check on each) for
  every event it reads back from a tracker store: about 26 times a turn. The class found for a type name is
  kept. (Only a class found is kept; Rasa's walk lists direct subclasses before theirs, so a subclass defined
  later cannot come first for a type name already found.)
* The rule policy checks every rule's last state against the conversation's (about 300 here, twice a turn).
  Rules whose last state names a previous action or an intent other than the conversation's cannot apply, and
  are set aside before Rasa's own check runs on the rest; the rules found are exactly Rasa's.
* The graph runner works out which components a run needs and builds its task graph on every run (three a
  turn), from a schema that never changes; the graph for each set of targets is built once and copied. (Rasa's
  debug line with the run's inputs, the visitor's message among them, is no longer formatted on every run.)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, FrozenSet, List, Optional, Set, Text, Tuple, Type

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
import dask
from rasa.core.actions.action import RemoteAction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core.processor import MessageProcessor
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.constants import ACTION_LISTEN_NAME, PREVIOUS_ACTION, SHOULD_NOT_BE_SET, USER
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import ACTION_NAME, INTENT

_RASA_PROCESSOR_INIT = MessageProcessor.__init__
_RASA_RESOLVE_EVENT = Event.resolve_by_type
_RASA_POSSIBLE_KEYS = RulePolicy._get_possible_keys
_EVENT_CLASSES: Dict[Text, Type[Event]] = {}
# a rule whose last state names no previous action or no intent (or says it must not be set) is checked whatever
# the conversation's
_ANY = "<any>"


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


def _resolve_event_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    """Rasa's `Event.resolve_by_type`, with each class found kept by its type name."""
    found = _EVENT_CLASSES.get(type_name)
    if found is None:
        found = _RASA_RESOLVE_EVENT(type_name, default)
        if found is not None and found is not default and getattr(found, "type_name", None) == type_name:
            _EVENT_CLASSES[type_name] = found
    return found


def _required(state: Dict[Text, Any], sub_state: Text, key: Text) -> Text:
    """What a rule state requires of one feature (`_ANY`: nothing that rules a conversation out by itself)."""
    value = (state.get(sub_state) or {}).get(key)
    return value if value and value != SHOULD_NOT_BE_SET and isinstance(value, str) else _ANY


def _last_state_index(policy: RulePolicy, lookup: Dict[Text, Any]) -> Dict[Tuple[Text, Text], List[Text]]:
    """The lookup's rule keys by the previous action and the intent their last state requires, made once per set
    of keys."""
    keys: FrozenSet[Text] = frozenset(lookup)
    cache: Dict[int, Tuple[FrozenSet[Text], Dict[Tuple[Text, Text], List[Text]]]] = \
        policy.__dict__.setdefault("_clinic_rule_index", {})
    cached = cache.get(id(lookup))
    if cached is not None and cached[0] == keys:
        return cached[1]
    index: Dict[Tuple[Text, Text], List[Text]] = {}
    for key in keys:
        states = policy._rule_key_to_state(key)
        last = states[-1] if states else {}
        index.setdefault((_required(last, PREVIOUS_ACTION, ACTION_NAME), _required(last, USER, INTENT)), []).append(key)
    cache[id(lookup)] = (keys, index)
    return index


def _get_possible_keys(self: RulePolicy, lookup: Dict[Text, Text], states: List[Any]) -> Set[Text]:
    """Rasa's `RulePolicy._get_possible_keys` over the rules that can apply to the last state: a rule whose last
    state requires a previous action or an intent the conversation's last state does not have is rejected by
    Rasa's first check anyway."""
    if not states:
        return _RASA_POSSIBLE_KEYS(self, lookup, states)
    index = _last_state_index(self, lookup)
    action = (states[-1].get(PREVIOUS_ACTION) or {}).get(ACTION_NAME)
    intent = (states[-1].get(USER) or {}).get(INTENT)
    possible: Set[Text] = set()
    for required_action in {_ANY, action} if action else {_ANY}:
        for required_intent in {_ANY, intent} if intent else {_ANY}:
            possible.update(index.get((required_action, required_intent), ()))
    for turn, state in enumerate(reversed(states)):
        possible = {key for key in possible if self._is_rule_applicable(key, turn, state)}
    return possible


def _run_graph(self: DaskGraphRunner, inputs: Optional[Dict[Text, Any]] = None,
               targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
    """Rasa's `DaskGraphRunner.run`, with the task graph for each set of targets built once."""
    run_targets = targets if targets else self._graph_schema.target_names
    graphs: Dict[Tuple[Text, ...], Dict[Text, Any]] = self.__dict__.setdefault("_clinic_graphs", {})
    template = graphs.get(tuple(run_targets))
    if template is None:
        template = self._build_dask_graph(self._graph_schema.minimal_graph_schema(run_targets))
        graphs[tuple(run_targets)] = template
    run_graph = dict(template)
    if inputs:
        self._add_inputs_to_graph(inputs, run_graph)
    try:
        return dict(dask.get(run_graph, run_targets))
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


def apply() -> None:
    RemoteAction._validate_action_result = _validate_action_result
    MessageProcessor.__init__ = _processor_init
    Event.resolve_by_type = staticmethod(_resolve_event_by_type)  # type: ignore[assignment]
    RulePolicy._get_possible_keys = _get_possible_keys  # type: ignore[assignment]
    DaskGraphRunner.run = _run_graph  # type: ignore[assignment]


__all__ = ["apply", "ValidationError"]
