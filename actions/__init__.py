"""The action server side: custom actions (rasa-sdk), run by `make run` on port 5055.

It runs in an environment of its own (`.venv/actions`, with current libraries) and shares only the `clinic`
core with the Rasa server. The foundation needs no custom action: everything safety-critical happens on the
Rasa server, which keeps working when this server is down.
"""
