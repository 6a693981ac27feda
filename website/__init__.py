"""The clinic's landing page and its chat widget (visitors' side of the website).

The page is rendered from the clinic profile; the widget (static/chat.js, the project's own) talks to the
Rasa server's website channel over socket.io, with socket.io's client from npm served from here (no CDN).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import yaml
from flask import Blueprint, abort, render_template, send_from_directory

from clinic.profile import ClinicProfile, load_profile
from clinic.settings import Settings

HERE = Path(__file__).resolve().parent
SOCKET_IO_CLIENT = HERE / "node_modules" / "socket.io-client" / "dist"
ARTICLES = HERE.parent / "clinic" / "articles.yml"

def create_blueprint(settings: Optional[Settings] = None, profile: Optional[ClinicProfile] = None) -> Blueprint:
    """The landing page and the widget's files. The clinic profile, the article list and the chat server's
    address ($WEBCHAT_SERVER_URL, in `settings`) are read once, here, not on every request."""
    settings = settings or Settings.from_env()
    profile = profile or load_profile(settings.profile_path)
    articles = yaml.safe_load(ARTICLES.read_text(encoding="utf-8"))
    server = settings.webchat_server_url
    websocket = server.replace("https://", "wss://").replace("http://", "ws://")
    policy = (f"default-src 'self'; connect-src 'self' {server} {websocket}; img-src 'self' data:; "
              "frame-ancestors 'none'")
    blueprint = Blueprint("website", __name__, template_folder="templates", static_folder="static",
                          static_url_path="/site-static")

    @blueprint.route("/")
    def landing():
        return render_template("index.html", profile=profile, articles=articles, chat_server=server)

    @blueprint.route("/vendor/socket.io.min.js")
    def socket_io_client():
        if not (SOCKET_IO_CLIENT / "socket.io.min.js").is_file():
            abort(404)
        return send_from_directory(SOCKET_IO_CLIENT, "socket.io.min.js", mimetype="text/javascript")

    @blueprint.after_request
    def content_policy(response):
        response.headers["Content-Security-Policy"] = policy
        response.headers["Cache-Control"] = "no-store"
        return response

    return blueprint
