"""The action server, closed to everyone but the Rasa server:

    python -m actions [--host 127.0.0.1] [--port 5055]

rasa-sdk's own server (`python -m rasa_sdk`) listens on every interface, answers anyone, allows any CORS
origin, and on an error returns the whole request (the visitor's conversation) in the response body and the
log. This one runs the same actions with three differences:

* it binds to 127.0.0.1 unless told otherwise (`--host` or `$ACTION_SERVER_HOST`);
* every call but `/health` must carry `Authorization: Bearer <ACTION_SERVER_TOKEN>`, the header the Rasa
  server sends (endpoints.yml); anything else gets 401 and runs nothing. In production the token must be
  set by the clinic (clinic.settings refuses a missing or development value); in development a stable
  random one is kept in var/secrets/;
* no CORS, and an error answers `{"error": "internal error"}` and logs only the exception's type and place.
"""

from __future__ import annotations

import argparse
import hmac
import logging
import os
import sys
from typing import List, Optional

from clinic.failures import failure_site
from clinic.settings import InsecureSettingError, secret

logger = logging.getLogger("actions.server")

TOKEN_ENV = "ACTION_SERVER_TOKEN"
HOST_ENV = "ACTION_SERVER_HOST"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5055
OPEN_PATHS = frozenset({"/health"})


def build_app(token: str, action_package: str = "actions"):
    """rasa-sdk's Sanic app with the token check and a silent error handler."""
    from rasa_sdk.endpoint import create_app
    from sanic import response

    app = create_app(action_package, cors_origins=None)
    expected = f"Bearer {token}".encode()

    @app.middleware("request")
    async def require_token(request):
        if request.path in OPEN_PATHS:
            return None
        supplied = (request.headers.get("Authorization") or "").encode()
        if not hmac.compare_digest(supplied, expected):
            return response.json({"error": "unauthorized"}, status=401)
        return None

    async def quiet_error(request, exception):
        # never the request body: it is the visitor's whole conversation
        logger.error("action server: %s", failure_site(exception))
        return response.json({"error": "internal error"}, status=500)

    app.error_handler.add(Exception, quiet_error)
    return app


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m actions", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get(HOST_ENV, DEFAULT_HOST))
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s - %(message)s")
    try:
        token = secret(TOKEN_ENV, what="the action server's token")
    except InsecureSettingError as problem:
        print(f"action server not started: {problem}", file=sys.stderr)
        return 2
    app = build_app(token)
    logger.info("action server on http://%s:%s (calls need the token)", args.host, args.port)
    app.run(host=args.host, port=args.port, workers=1, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
