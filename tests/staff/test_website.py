"""The landing page's blueprint reads the clinic profile, the article list and the chat server's address once,
when the web server is built, not on every request; its content policy names that chat server."""

import website
from flask import Flask

from clinic.profile import load_profile
from clinic.settings import Settings


def test_the_page_is_built_from_what_was_read_once(monkeypatch):
    profile = load_profile()
    reads = []
    real_load = website.yaml.safe_load
    monkeypatch.setattr(website.yaml, "safe_load", lambda text: reads.append(1) or real_load(text))
    app = Flask(__name__)
    settings = Settings(webchat_server_url="https://chat.example-clinic.com")
    app.register_blueprint(website.create_blueprint(settings, profile))
    assert len(reads) == 1  # the article list, at start-up
    client = app.test_client()
    for _ in range(3):
        page = client.get("/")
        assert page.status_code == 200 and profile.name in page.get_data(as_text=True)
    assert len(reads) == 1  # and never again
    policy = page.headers["Content-Security-Policy"]
    assert "https://chat.example-clinic.com" in policy and "wss://chat.example-clinic.com" in policy
