"""A local stand-in for Twilio, for tests and for trying the SMS channel (`make sms`).

It plays both of Twilio's parts:
- the Messages API the assistant sends through (POST /2010-04-01/Accounts/<sid>/Messages.json), so the real
  Twilio client library is used unchanged, pointed here by the channel's `api_base` setting; it records each
  message, and can be told to fail the next N sends with a 500 (POST /_fail?count=N);
- the phone network: `signed_webhook()` posts a text to the assistant's webhook with a correct
  X-Twilio-Signature, as Twilio does.

    python -m testbed.twilio_standin --port 5099            # serve the Messages API
    python -m testbed.twilio_standin --chat                 # text the assistant from this terminal
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
import urllib.parse
import urllib.request
import uuid
from typing import Dict, List, Optional

from aiohttp import web

ACCOUNT_SID = "AC00000000000000000000000000000000"
AUTH_TOKEN = "local-standin-token"
CLINIC_NUMBER = "+17145550100"


class StandIn:
    def __init__(self) -> None:
        self.messages: List[Dict[str, str]] = []
        self.fail_next = 0
        self.failed = 0  # sends answered with a 500 so far
        self.counter = itertools.count(1)

    async def create_message(self, request: web.Request) -> web.Response:
        form = await request.post()
        if self.fail_next > 0:
            self.fail_next -= 1
            self.failed += 1
            return web.json_response({"code": 20500, "message": "Internal Server Error", "status": 500}, status=500)
        sid = f"SM{next(self.counter):032d}"
        message = {"sid": sid, "to": form.get("To", ""), "from": form.get("From", ""), "body": form.get("Body", ""),
                   "received_at": time.time()}
        self.messages.append(message)
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
        status = signed_webhook(webhook_url, text_params(number, line))
        if status != 200:
            print(f"(the assistant answered the webhook with HTTP {status})")
            continue
        deadline = time.monotonic() + 15
        shown = before
        while time.monotonic() < deadline:
            messages = outbound(standin_url)
            for message in messages[shown:]:
                if message["to"] == number:
                    print(f"clinic> {message['body']}")
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
