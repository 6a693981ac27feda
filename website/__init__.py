"""The clinic's landing page, its privacy notice and its chat widget (visitors' side of the website).

The pages are rendered from the clinic profile and the running settings (how long conversations are kept); the
widget (static/chat.js, the project's own) talks to the Rasa server's website channel over socket.io, with
socket.io's client from npm served from here (no CDN). Every response carries a strict Content-Security-Policy:
scripts, styles and images from this site only, nothing inline.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, Optional

import yaml
from flask import Blueprint, abort, redirect, render_template, send_from_directory, url_for

from clinic.profile import ClinicProfile, load_profile
from clinic.settings import Settings

HERE = Path(__file__).resolve().parent
SOCKET_IO_CLIENT = HERE / "node_modules" / "socket.io-client" / "dist"
STATIC = HERE / "static"
ARTICLES = HERE.parent / "clinic" / "articles.yml"


def tel_href(phone: str) -> str:
    """A `tel:` address for a phone number as the profile writes it: "(714) 555-0100" -> "tel:+17145550100".
    Ten digits are taken as a US number; a number written with "+" keeps its country code."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+"):
        return f"tel:+{digits}"
    if len(digits) == 10:
        return f"tel:+1{digits}"
    return f"tel:{digits}"


def widget_articles(articles: Dict[str, Any], profile: ClinicProfile) -> Dict[str, Any]:
    """The article list the widget reads (id -> title, author), each with `url` where the profile gives the
    clinic's own page for it, and only there."""
    listed = {}
    for article, about in articles.items():
        entry = dict(about or {})
        if article in profile.article_urls:
            entry["url"] = profile.article_urls[article]
        listed[article] = entry
    return listed


def create_blueprint(settings: Optional[Settings] = None, profile: Optional[ClinicProfile] = None) -> Blueprint:
    """The landing page, the privacy notice, the favicon and the widget's files. The clinic profile, the
    article list, the retention period and the chat server's address ($WEBCHAT_SERVER_URL, in `settings`) are
    read once, here, not on every request."""
    settings = settings or Settings.from_env()
    profile = profile or load_profile(settings.profile_path)
    articles = widget_articles(yaml.safe_load(ARTICLES.read_text(encoding="utf-8")), profile)
    server = settings.webchat_server_url
    websocket = server.replace("https://", "wss://").replace("http://", "ws://")
    policy = (f"default-src 'self'; connect-src 'self' {server} {websocket}; img-src 'self' data:; "
              "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    page = {"profile": profile, "retention_days": settings.retention_days, "phone_href": tel_href(profile.phone)}
    blueprint = Blueprint("website", __name__, template_folder="templates", static_folder="static",
                          static_url_path="/site-static")

    @blueprint.route("/")
    def landing():
        return render_template("index.html", articles=articles, chat_server=server, **page)

    @blueprint.route("/privacy")
    def privacy():
        return render_template("privacy.html", **page)

    @blueprint.route("/favicon.svg")
    def favicon():
        return send_from_directory(STATIC, "favicon.svg", mimetype="image/svg+xml")

    @blueprint.route("/favicon.ico")
    def favicon_ico():
        # browsers that ask for the old name get the SVG (there is no .ico to keep in step with it)
        return redirect(url_for("website.favicon"), code=301)

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
