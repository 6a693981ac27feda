"""A local stand-in for Twilio, for tests and for trying the SMS channel (`make sms`).

It plays both of Twilio's parts:
- the Messages API the assistant sends through (POST /2010-04-01/Accounts/<sid>/Messages.json), so the real
  Twilio client library is used unchanged, pointed here by the channel's `api_base` setting; it records each
  message, and can be told to fail the next N sends with a 500 (POST /_fail?count=N);
- the phone network: `signed_webhook()` posts a text to the assistant's webhook with a correct
  X-Twilio-Signature, as Twilio does; `POST /_inbound` (`text_via()`) does the same after applying Twilio's
  default opt-out handling, as a real text to the clinic's number goes through it:
  * STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT (the whole message, any case): Twilio answers
    with its own confirmation (OPT_OUT_REPLY), and from then on refuses to deliver to that number: the Messages
    API answers 400 with error 21610, as Twilio does;
  * START, UNSTOP, YES from an opted-out number: Twilio answers OPT_IN_REPLY and delivers again;
  * the text is forwarded to the webhook either way (Twilio does too; the app must not answer it twice).
  Twilio's own replies are recorded with the assistant's messages, marked `"auto": true`. GET /_optouts lists
  the opted-out numbers and the sends refused; POST /_optout?number=N opts N out as if its STOP never reached
  the app.

    python -m testbed.twilio_standin --port 5099            # serve the Messages API
    python -m testbed.twilio_standin --chat                 # text the assistant from this terminal
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import time
import urllib.parse
import urllib.request
import uuid
from typing import Any, Dict, List, Optional, Set

from aiohttp import web

ACCOUNT_SID = "AC00000000000000000000000000000000"
AUTH_TOKEN = "local-standin-token"
CLINIC_NUMBER = "+17145550100"
# Twilio's default opt-out handling (its keywords and its confirmations, word for word)
OPT_OUT_WORDS = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout"}
OPT_IN_WORDS = {"start", "unstop", "yes"}
OPT_OUT_REPLY = ("You have successfully been unsubscribed. You will not receive any more messages from this number. "
                 "Reply START to resubscribe.")
OPT_IN_REPLY = ("You have successfully been re-subscribed to messages from this number. Reply HELP for help. "
                "Reply STOP to unsubscribe. Msg&Data Rates May Apply.")
UNSUBSCRIBED_RECIPIENT = 21610


class StandIn:
    def __init__(self) -> None:
        self.messages: List[Dict[str, Any]] = []
        self.fail_next = 0
        self.failed = 0  # sends answered with a 500 so far
        self.counter = itertools.count(1)
        self.opted_out: Set[str] = set()  # numbers that texted STOP (Twilio keeps this per sender and recipient)
        self.refused = 0  # sends answered with 21610 so far

    def _record(self, to: str, from_: str, body: str, auto: bool = False) -> Dict[str, Any]:
        sid = f"SM{next(self.counter):032d}"
        message: Dict[str, Any] = {"sid": sid, "to": to, "from": from_, "body": body, "received_at": time.time()}
        if auto:
            message["auto"] = True
        self.messages.append(message)
        return message

    def keyword(self, number: str, body: str) -> Optional[str]:
        """Twilio's own reply to an opt-out or opt-in keyword from `number` (None for any other text)."""
        word = body.strip().lower()
        if word in OPT_OUT_WORDS:
            self.opted_out.add(number)
            return OPT_OUT_REPLY
        if word in OPT_IN_WORDS and number in self.opted_out:
            self.opted_out.discard(number)
            return OPT_IN_REPLY
        return None

    async def inbound(self, request: web.Request) -> web.Response:
        """A text from a phone: Twilio's keyword handling, then the signed webhook to the app."""
        data = await request.json()
        params = {str(k): str(v) for k, v in data["params"].items()}
        reply = self.keyword(params.get("From", ""), params.get("Body", ""))
        if reply:
            self._record(params.get("From", ""), params.get("To", CLINIC_NUMBER), reply, auto=True)
        status = await asyncio.to_thread(signed_webhook, data["webhook"], params)
        return web.json_response({"status": status, "twilio_reply": reply})

    async def create_message(self, request: web.Request) -> web.Response:
        form = await request.post()
        if form.get("To", "") in self.opted_out:
            self.refused += 1
            return web.json_response({"code": UNSUBSCRIBED_RECIPIENT, "message": "Attempt to send to unsubscribed "
                                      "recipient", "more_info": "https://www.twilio.com/docs/errors/21610",
                                      "status": 400}, status=400)
        if self.fail_next > 0:
            self.fail_next -= 1
            self.failed += 1
            return web.json_response({"code": 20500, "message": "Internal Server Error", "status": 500}, status=500)
        message = self._record(str(form.get("To", "")), str(form.get("From", "")), str(form.get("Body", "")))
        sid = message["sid"]
        payload = {"sid": sid, "account_sid": request.match_info["account"], "to": message["to"],
                   "from": message["from"], "body": message["body"], "status": "queued", "num_segments": "1",
                   "direction": "outbound-api", "api_version": "2010-04-01", "uri": f"/Messages/{sid}.json"}
        return web.json_response(payload, status=201)

    async def list_messages(self, _: web.Request) -> web.Response:
        return web.json_response(self.messages)

    async def fail(self, request: web.Request) -> web.Response:
        self.fail_next = int(request.query.get("count", "1"))
        return web.json_response({"fail_next": self.fail_next})

    async def failures(self, _: web.Request) -> web.Response:
        return web.json_response({"fail_next": self.fail_next, "failed": self.failed})

    async def opt_out(self, request: web.Request) -> web.Response:
        """As if `number` had texted STOP and the app never heard of it (a lost webhook)."""
        self.opted_out.add(request.query["number"])
        return web.json_response({"opted_out": True})

    async def opt_outs(self, _: web.Request) -> web.Response:
        """The opted-out numbers, and how many sends to them were refused with 21610 so far."""
        return web.json_response({"opted_out": sorted(self.opted_out), "refused": self.refused})

    async def clear(self, _: web.Request) -> web.Response:
        self.messages.clear()
        return web.json_response({"cleared": True})

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{account}/Messages.json", self.create_message)
        app.router.add_get("/_messages", self.list_messages)
        app.router.add_post("/_fail", self.fail)
        app.router.add_get("/_fail", self.failures)
        app.router.add_post("/_clear", self.clear)
        app.router.add_post("/_inbound", self.inbound)
        app.router.add_get("/_optouts", self.opt_outs)
        app.router.add_post("/_optout", self.opt_out)
        return app


def signed_webhook(webhook_url: str, params: Dict[str, str], auth_token: str = AUTH_TOKEN,
                   signature: Optional[str] = None, timeout: float = 30) -> int:
    """POST a Twilio-style webhook (form-encoded, signed unless `signature` is given); returns the status."""
    from twilio.request_validator import RequestValidator

    if signature is None:
        signature = RequestValidator(auth_token).compute_signature(webhook_url, params)
    data = urllib.parse.urlencode(params).encode()
    request = urllib.request.Request(webhook_url, data=data, method="POST",
                                     headers={"X-Twilio-Signature": signature,
                                              "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def text_params(number: str, body: str, **extra: str) -> Dict[str, str]:
    return {"MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": ACCOUNT_SID, "From": number,
            "To": CLINIC_NUMBER, "Body": body, "NumMedia": "0", **extra}


def text_via(standin_url: str, webhook_url: str, params: Dict[str, str], timeout: float = 30) -> int:
    """A text from a phone through the stand-in's Twilio (keywords handled as Twilio does); the webhook's status."""
    request = urllib.request.Request(standin_url.rstrip("/") + "/_inbound", method="POST",
                                     data=json.dumps({"webhook": webhook_url, "params": params}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return int(json.loads(response.read())["status"])


def outbound(standin_url: str) -> List[Dict[str, str]]:
    with urllib.request.urlopen(standin_url.rstrip("/") + "/_messages", timeout=10) as response:
        return json.loads(response.read())


def chat(webhook_url: str, standin_url: str, number: str) -> None:
    """Text the assistant from the terminal (make sms)."""
    print(f"Texting the assistant as {number}. Type a message; an empty line or Ctrl-D quits.")
    while True:
        try:
            line = input("you> ")
        except EOFError:
            break
        if not line.strip():
            break
        before = len(outbound(standin_url))
        status = text_via(standin_url, webhook_url, text_params(number, line))
        if status != 200:
            print(f"(the assistant answered the webhook with HTTP {status})")
            continue
        deadline = time.monotonic() + 15
        shown = before
        while time.monotonic() < deadline:
            messages = outbound(standin_url)
            for message in messages[shown:]:
                if message["to"] == number:
                    print(f"{'twilio' if message.get('auto') else 'clinic'}> {message['body']}")
            shown = len(messages)
            time.sleep(0.5 if shown == before else 1.5)
            if shown > before and len(outbound(standin_url)) == shown:
                break


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=5099)
    parser.add_argument("--chat", action="store_true", help="text the assistant from this terminal")
    parser.add_argument("--webhook", default="http://localhost:5005/webhooks/twilio/webhook")
    parser.add_argument("--number", default="+17145550111")
    args = parser.parse_args()
    if args.chat:
        chat(args.webhook, f"http://localhost:{args.port}", args.number)
        return
    web.run_app(StandIn().app(), host="127.0.0.1", port=args.port, print=None)


if __name__ == "__main__":
    main()
