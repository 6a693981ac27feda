"""The staff app's test client (over HTTPS: the session cookie is Secure), for each module's `app` fixture."""

import pytest


@pytest.fixture
def client(app):
    client = app.test_client()
    client.environ_base["wsgi.url_scheme"] = "https"
    return client
