"""The handoff record: SQLAlchemy 2.0 models, queries and Alembic migrations.

Only the action server and the staff app import this package: it needs SQLAlchemy 2.0, which
the Rasa server's environment (pinned to 1.4 by Rasa) does not have. Personal details live here and
nowhere else: not in logs, not in error messages.
"""
