"""The clinic's landing page, its privacy notice and its chat widget (visitors' side of the website).

The pages are rendered from the clinic profile and the running settings (how long conversations are kept), in
English (/ and /privacy) and in Spanish (/es/ and /es/privacidad): one set of templates, with every visible word
taken from words.yml. Each page links to its counterpart in the other language.

The widget (static/chat.js, the project's own) talks to the Rasa server's website channel over socket.io, with
socket.io's client from npm served from here (no CDN). Every response carries a strict Content-Security-Policy:
scripts, styles and images from this site only, nothing inline.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import yaml
from flask import Blueprint, abort, redirect, render_template, send_from_directory, url_for

from clinic.profile import ClinicProfile, joined_names, load_profile
from clinic.settings import Settings

HERE = Path(__file__).resolve().parent
SOCKET_IO_CLIENT = HERE / "node_modules" / "socket.io-client" / "dist"
STATIC = HERE / "static"
ARTICLES = HERE.parent / "clinic" / "articles.yml"
WORDS = HERE / "words.yml"

# the page languages, English first (the default); each page's endpoint and path in each language
LANGUAGES = ("en", "es")
PAGES = {
    "landing": {"en": ("landing", "/"), "es": ("landing_es", "/es/")},
    "privacy": {"en": ("privacy", "/privacy"), "es": ("privacy_es", "/es/privacidad")},
}
TEMPLATES = {"landing": "index.html", "privacy": "privacy.html"}


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


class _Keep(dict):
    """Placeholder values for str.format_map that leave a placeholder with no value as it is ("{office}")."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(node: Any, values: Dict[str, str]) -> Any:
    """The words with their placeholders filled in, every text of nested mappings and lists."""
    if isinstance(node, str):
        return node.format_map(_Keep(values))
    if isinstance(node, dict):
        return {key: _fill(value, values) for key, value in node.items()}
    if isinstance(node, list):
        return [_fill(item, values) for item in node]
    return node


def list_words(names: Sequence[str], words: Dict[str, Any]) -> str:
    """Names in a sentence, in the words' language: "Tustin, San Juan Capistrano and Seal Beach"; in Spanish
    "... y Seal Beach", or "... e Irvine" before a sound "i" (`and_before_i`)."""
    return joined_names(names, words["and"], words.get("and_before_i"))


def page_words(words: Dict[str, Any], profile: ClinicProfile, retention_days: int,
               language: str = "en") -> Dict[str, Any]:
    """One language's words, filled in with the clinic's name, offices and consultation (the profile's wording
    in that language: `consultation`, `consultation_es`) and the retention period. The second step of the
    consultation promises the profile's `response_time` only where the language has a sentence for it (the
    profile's wording is English)."""
    days = f"{retention_days} {words['day'] if retention_days == 1 else words['days']}"
    consultation = profile.consultation_es if language == "es" else profile.consultation
    values = {"clinic": profile.name, "offices": list_words(profile.offices, words), "days": days,
              "consultation": words.get("consultation") or consultation}
    if profile.response_time:
        values["response_time"] = profile.response_time
    filled = _fill(words, values)
    within = filled["index"].get("contact_within")
    if profile.response_time and within:
        steps: List[Dict[str, str]] = filled["index"]["steps"]
        steps[1] = {**steps[1], "text": within}
    return filled


def create_blueprint(settings: Optional[Settings] = None, profile: Optional[ClinicProfile] = None) -> Blueprint:
    """The landing page and the privacy notice (in each language), the favicon and the widget's files. The
    clinic profile, the article list, the pages' words, the retention period and the chat server's address
    ($WEBCHAT_SERVER_URL, in `settings`) are read once, here, not on every request."""
    settings = settings or Settings.from_env()
    profile = profile or load_profile(settings.profile_path)
    articles = widget_articles(yaml.safe_load(ARTICLES.read_text(encoding="utf-8")), profile)
    all_words = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    words = {language: page_words(all_words[language], profile, settings.retention_days, language)
             for language in LANGUAGES}
    server = settings.webchat_server_url
    websocket = server.replace("https://", "wss://").replace("http://", "ws://")
    policy = (f"default-src 'self'; connect-src 'self' {server} {websocket}; img-src 'self' data:; "
              "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    page = {"profile": profile, "phone_href": tel_href(profile.phone)}
    blueprint = Blueprint("website", __name__, template_folder="templates", static_folder="static",
                          static_url_path="/site-static")

    def render(name: str, language: str, **extra: Any) -> str:
        """Page `name` in `language`, with its links: this language's pages, and the same page in each language
        (`alternates`, full addresses, for <link rel="alternate" hreflang>)."""
        links = {other: url_for(f"website.{PAGES[other][language][0]}") for other in PAGES}
        alternates = {code: url_for(f"website.{PAGES[name][code][0]}", _external=True) for code in LANGUAGES}
        switch = [{"lang": code, "name": words[code]["name"], "href": url_for(f"website.{PAGES[name][code][0]}")}
                  for code in LANGUAGES if code != language]
        return render_template(TEMPLATES[name], lang=language, w=words[language], links=links,
                               alternates=alternates, switch=switch, **page, **extra)

    def add_page(name: str, language: str) -> None:
        endpoint, path = PAGES[name][language]
        extra = {"articles": articles, "chat_server": server} if name == "landing" else {}
        blueprint.add_url_rule(path, endpoint, lambda: render(name, language, **extra))

    for name in PAGES:
        for language in LANGUAGES:
            add_page(name, language)

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
