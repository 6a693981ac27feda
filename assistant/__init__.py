"""The Rasa server side of the assistant: NLU components, the safety-net policy, the NLG and the channels.

Everything here runs inside the Rasa process, so it keeps working when the action server is down: the
disclaimer and the crisis response must never depend on a custom action.
"""

from assistant import rasa_fixes

rasa_fixes.apply()
