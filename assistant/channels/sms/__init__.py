"""The SMS channel: Twilio webhooks in, Twilio's REST API out, built for a clinic.

- Only Twilio gets in: every webhook's X-Twilio-Signature is checked with Twilio's own RequestValidator
  against the auth token and the public URL the clinic configured (so it works behind a proxy). Unsigned
  or forged requests get 403, and nothing is processed or sent.
- The webhook answers at once with empty TwiML; the message is handled in the background, one at a time
  per conversation, and the replies are sent in order, off the event loop, with retries and backoff on
  Twilio's transient errors. A final failure is logged without the text or the number. A Twilio retry of
  the same MessageSid is handled once.
- Replies are SMS-shaped: the responses' `channel: twilio` variants (the output channel is named "twilio"),
  buttons as a numbered list ("1", "2"... or the option's words select it; payloads are never shown), long
  texts split at sentence boundaries, no markdown or HTML.
- When the assistant fails on a message, the texter gets the clinic's calm apology (unless opted out).
- Carrier keywords: STOP (and synonyms) opts the number out, recorded, and nothing more is sent until
  START; HELP gets the clinic's name, phone and how to opt out. Twilio's default opt-out handling confirms
  STOP and START to the texter itself, so neither gets a confirmation from here; a send Twilio refuses with
  error 21610 (the number opted out) records the opt-out and is not retried. START reaches the assistant as
  "/session_start" marked as an opt-in, so a half-finished intake is offered again, not resumed silently.
- The texter's own number as the intake's phone: every message carries its last four digits as metadata
  (`sms_number_ending`), and the reply to "Can the team reach you at this number?" carries the number
  itself (`sms_sender`), read by the intake's phone question (actions/intake.py). Only that one message
  holds it in the conversation store, as the phone answer would if typed; logs never do.
- Privacy: the conversation id is `sms:` and a keyed hash of the number (transcripts and logs never carry
  it); the raw number is used only to send. Messages without text (media only, or empty) get "text only,
  please".
- Secrets: the hash key is `SMS_HASH_KEY` (or credentials.yml `hash_key`), the auth token
  `TWILIO_AUTH_TOKEN` (or `auth_token`). In production a missing or shipped development value stops the
  server at start; in development the hash key is a stable random one kept in var/secrets/.
- A signed request without a MessageSid is de-duplicated on a hash of its signature (a replay of the same
  signed request carries the same one).
- State (opt-outs, handled MessageSids, last buttons): a SQLite file by default, or a SQL database and Redis
  shared by several replicas (state.py). When the short-lived part (de-duplication,
  buttons) cannot be reached, the message is still handled, and the failure logged.

The package, by concern: `text.py` (what an SMS looks like), `sender.py` (Twilio's REST API out),
`state.py` (opt-outs, handled messages, last buttons), `channel.py` (the webhook and the turn).
"""

from assistant.channels.sms.channel import (
    EMPTY_TWIML, HELP_WORDS, START_WORDS, STOP_WORDS, ClinicTwilioInput,
)
from clinic.twilio_sender import TwilioSender
from assistant.channels.sms.text import (
    SMS_MAX_PART, SmsOutput, choose_option, conversation_id, numbered, plain_text, split_sms,
)

__all__ = [
    "EMPTY_TWIML", "HELP_WORDS", "START_WORDS", "STOP_WORDS", "ClinicTwilioInput", "TwilioSender", "SMS_MAX_PART",
    "SmsOutput", "choose_option", "conversation_id", "numbered", "plain_text", "split_sms",
]
