"""The production web server for the staff app and the landing page: gunicorn, not Werkzeug's dev server.

- One worker process with threads (8 by default). The sign-in limits (staff/auth.py) count in the worker's
  memory, so with N worker processes an attacker would get N times the tries; one process keeps them exact.
  `--workers` is there for a clinic that needs more, knowing that the limits then hold per worker. Staff
  pages and the landing page spend their time waiting on the database, which threads cover. The app is
  made once, before gunicorn starts (so a missing secret stops `serve` at once, with one line), and each
  worker process starts from a copy of it (nothing has connected to the database by then).
- The `Server` header says "web": no product name, no version to look up vulnerabilities by.
- The access log names the method and the path, never the query string (a search is `?q=<a visitor's
  name>`), nor the referrer (it may carry a staff page's query), nor the client's address (for visitors
  of a clinic's site that is itself personal data). The error log drops query strings too: gunicorn names
  the request's full URI when a request is malformed or fails outside the app.
"""

from __future__ import annotations

import logging
import re
import traceback
from typing import Any, Dict

import gunicorn.http.wsgi
from flask import Flask
from gunicorn.app.base import BaseApplication
from gunicorn.glogging import Logger

SERVER_HEADER = "web"
ACCESS_LOG_FORMAT = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
_QUERY = re.compile(r"\?[^\s'\"]*")


class _NoQueryStrings(logging.Filter):
    """Rewrites a log record (and its traceback) with every `?...` query string cut off."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
        record.msg, record.args, record.exc_info, record.exc_text = _QUERY.sub("?…", text), None, None, None
        return True


class QuietLogger(Logger):
    def setup(self, cfg) -> None:
        super().setup(cfg)
        if not any(isinstance(f, _NoQueryStrings) for f in self.error_log.filters):  # setup runs again on HUP
            self.error_log.addFilter(_NoQueryStrings())


class _Server(BaseApplication):
    def __init__(self, app: Flask, options: Dict[str, Any]) -> None:
        self.app, self.options = app, options
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self) -> Flask:
        return self.app


def serve(app: Flask, host: str = "127.0.0.1", port: int = 5080, workers: int = 1, threads: int = 8) -> None:
    """Runs `app` until gunicorn is stopped (SIGINT or SIGTERM)."""
    gunicorn.http.wsgi.SERVER = SERVER_HEADER
    _Server(app, {
        "bind": f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        "accesslog": "-",
        "errorlog": "-",
        "access_log_format": ACCESS_LOG_FORMAT,
        "logger_class": QuietLogger,
        "proc_name": "clinic-staff",
        # gunicorn 27's runtime-management socket (in ~/.gunicorn/): not needed, and one thing less to guard
        "control_socket_disable": True,
    }).run()
