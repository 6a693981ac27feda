"""The small core both sides of the assistant share.

The Rasa server side (`assistant/`) and the action server side (`actions/`) import from here; this package
imports from neither. It holds the clinic profile, the names of intents, slots, responses and actions that
Python code refers to, and the deterministic safety screens.
"""
