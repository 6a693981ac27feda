"""The landing page and the privacy notice, in English (/, /privacy) and Spanish (/es/, /es/privacidad): built
from the clinic profile and the running settings, read once when the web server is built; every section a visitor
needs, nothing invented, plain words in each language, each page linked to its counterpart, and a strict content
policy (no inline script or style)."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import textstat
import website
import yaml
from flask import Flask

from clinic.profile import DEFAULT_PROFILE_PATH, load_profile
from clinic.settings import Settings
from tests.test_banned_claims import banned_claims

SITE_CSS = Path(website.__file__).resolve().parent / "static" / "site.css"
VOID = {"meta", "link", "br", "img", "input", "hr", "source", "area", "base", "col", "embed", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return " ".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.walk()

    def find_all(self, tag=None, **attrs):
        return [n for n in self.walk() if (tag is None or n.tag == tag)
                and all(n.attrs.get(k.rstrip("_").replace("_", "-")) == v for k, v in attrs.items())]

    def inside(self, tag):
        node = self.parent
        while node is not None:
            if node.tag == tag:
                return True
            node = node.parent
        return False


class _Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html):
    tree = _Tree()
    tree.feed(html)
    return tree.root


def words(node):
    return re.sub(r"\s+", " ", node.text()).strip()


def make_client(tmp_path=None, retention_days=30, **profile_changes):
    profile = load_profile()
    if profile_changes:
        raw = yaml.safe_load(DEFAULT_PROFILE_PATH.read_text())
        raw.update(profile_changes)
        path = tmp_path / "clinic.yml"
        path.write_text(yaml.safe_dump(raw))
        profile = load_profile(str(path))
    app = Flask(__name__)
    settings = Settings(webchat_server_url="https://chat.example-clinic.com", retention_days=retention_days)
    app.register_blueprint(website.create_blueprint(settings, profile))
    return app.test_client()


@pytest.fixture(scope="module")
def landing():
    page = make_client().get("/")
    assert page.status_code == 200
    return page


def test_the_page_is_built_from_what_was_read_once(monkeypatch):
    profile = load_profile()
    reads = []
    real_load = website.yaml.safe_load
    monkeypatch.setattr(website.yaml, "safe_load", lambda text: reads.append(1) or real_load(text))
    app = Flask(__name__)
    settings = Settings(webchat_server_url="https://chat.example-clinic.com")
    app.register_blueprint(website.create_blueprint(settings, profile))
    assert len(reads) == 2  # the article list and the pages' words (website/words.yml), at start-up
    client = app.test_client()
    for path in ("/", "/", "/privacy", "/es/", "/es/privacidad"):
        page = client.get(path)
        assert page.status_code == 200 and profile.name in page.get_data(as_text=True)
    assert len(reads) == 2  # and never again
    policy = page.headers["Content-Security-Policy"]
    assert "https://chat.example-clinic.com" in policy and "wss://chat.example-clinic.com" in policy


def test_the_page_has_its_landmarks_one_h1_and_headings_in_order(landing):
    doc = parse(landing.get_data(as_text=True))
    for landmark in ("header", "main", "footer", "nav"):
        assert len(doc.find_all(landmark)) >= 1, landmark
    assert len(doc.find_all("main")) == 1
    levels = [int(n.tag[1]) for n in doc.walk() if re.fullmatch(r"h[1-6]", n.tag)]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:])), levels
    assert len(doc.find_all("html", lang="en")) == 1


def test_the_page_shows_each_section(landing):
    doc = parse(landing.get_data(as_text=True))
    sections = {n.attrs.get("id"): words(n) for n in doc.find_all("section")}
    about, consultation = sections["about"], sections["consultation"]
    assert "ketamine" in about.lower() and "psychotherapy" in about.lower()
    assert "not FDA-approved" in about and "esketamine" in about  # hedged as the articles are
    assert "does not work for everyone" in about
    assert "free" in consultation and "virtual" in consultation and "doctor" in consultation
    assert "Tustin" in sections["offices"] and "Seal Beach" in sections["offices"]
    privacy = sections["privacy"]
    assert "30 days" in privacy and "this browser tab" in privacy and "911" in privacy
    footer = words(doc.find_all("footer")[0])
    assert "not medical advice" in footer and "not for emergencies" in footer


def test_the_book_button_opens_the_chat_into_the_intake_and_calling_is_the_fallback(landing):
    doc = parse(landing.get_data(as_text=True))
    books = doc.find_all("button", data_chat_start="/book_consultation")
    assert books and all(b.attrs.get("type") == "button" and words(b) == "Book a free consultation" for b in books)
    for book in books:  # next to each button, the clinic's phone as a link that works without JavaScript
        calls = [a for a in book.parent.find_all("a") if a.attrs.get("href") == "tel:+17145550100"]
        assert calls and "(714) 555-0100" in words(calls[0])
    fallback = doc.find_all("noscript")
    assert fallback and "tel:+17145550100" in landing.get_data(as_text=True)
    chat = doc.find_all("div", id="chat")[0]
    assert chat.inside("main") and chat.attrs["data-phone"] == "(714) 555-0100"


def test_the_default_offices_show_names_only(landing):
    doc = parse(landing.get_data(as_text=True))
    offices = doc.find_all("li", class_="office")
    assert [words(o) for o in offices] == ["Tustin", "San Juan Capistrano", "Seal Beach"]
    html = landing.get_data(as_text=True)
    assert "office-address" not in html and "Hours:" not in html and "map-link" not in html


def test_offices_show_address_hours_and_map_only_where_the_profile_sets_them(tmp_path):
    offices = [{"name": "Tustin", "address": "100 Example Way, Tustin, CA 92780", "hours": "Weekdays, by appointment",
                "map_url": "https://maps.example.com/?q=tustin"},
               "San Juan Capistrano",
               {"name": "Seal Beach", "hours": "Saturdays only"}]
    doc = parse(make_client(tmp_path, offices=offices).get("/").get_data(as_text=True))
    cards = {words(card.find_all("h3")[0]): card for card in doc.find_all("li", class_="office")}
    assert list(cards) == ["Tustin", "San Juan Capistrano", "Seal Beach"]
    tustin = cards["Tustin"]
    assert words(tustin.find_all("p", class_="office-address")[0]) == "100 Example Way, Tustin, CA 92780"
    assert "Weekdays, by appointment" in words(tustin.find_all("p", class_="office-hours")[0])
    link = tustin.find_all("a", class_="map-link")[0]
    assert link.attrs["href"] == "https://maps.example.com/?q=tustin" and "Tustin" in words(link)
    assert words(cards["San Juan Capistrano"]) == "San Juan Capistrano"
    seal = cards["Seal Beach"]
    assert not seal.find_all("p", class_="office-address") and not seal.find_all("a", class_="map-link")
    assert "Saturdays only" in words(seal)


def test_privacy_states_the_configured_retention_and_what_is_true_of_handoffs(tmp_path):
    client = make_client(retention_days=14)
    page = client.get("/privacy")
    assert page.status_code == 200
    text = words(parse(page.get_data(as_text=True)).find_all("main")[0])
    assert "deleted after 14 days with no new message" in text and "30 days" not in text
    assert "not deleted on a schedule" in text and "until the clinic deletes it" in text  # no automatic purge
    for collected in ("your name", "phone number", "your email, only if you give one", "the office you prefer",
                      "what you are seeking help with", "how and when you would like us to contact you",
                      "your consent to be contacted"):
        assert collected in text, collected
    assert "staff" in text and "text message provider" in text
    assert "session storage" in text and "this browser tab" in text and "not for emergencies" in text.lower()
    assert "14 days" in words(parse(client.get("/").get_data(as_text=True)).find_all("section", id="privacy")[0])


def test_the_footer_links_the_crisis_lines_the_clinic_and_the_privacy_notice(landing):
    for page in (landing, make_client().get("/privacy")):
        footer = parse(page.get_data(as_text=True)).find_all("footer")[0]
        links = {a.attrs.get("href") for a in footer.find_all("a")}
        assert {"tel:911", "tel:988", "sms:988", "tel:+17145550100", "/privacy"} <= links


def test_the_favicon_is_served_and_the_old_name_answers_too(landing):
    client = make_client()
    icon = client.get("/favicon.svg")
    assert icon.status_code == 200 and icon.mimetype == "image/svg+xml" and b"<svg" in icon.data
    old = client.get("/favicon.ico")
    assert old.status_code in (301, 302, 308) and old.headers["Location"].endswith("/favicon.svg")
    assert client.get("/favicon.ico", follow_redirects=True).status_code == 200
    links = parse(landing.get_data(as_text=True)).find_all("link", rel="icon")
    assert links and links[0].attrs["href"] == "/favicon.svg"


@pytest.mark.parametrize("path", ["/", "/privacy", "/es/", "/es/privacidad"])
def test_no_inline_script_or_style_and_the_policy_stays_strict(path):
    page = make_client().get(path)
    doc = parse(page.get_data(as_text=True))
    scripts = doc.find_all("script")
    for script in scripts:
        # a script runs only from this site's own files; a JSON data block is not run
        assert script.attrs.get("src", "").startswith("/") or script.attrs.get("type") == "application/json"
        if "src" in script.attrs:
            assert not script.text().strip()
    assert not doc.find_all("style")
    for node in doc.walk():
        assert "style" not in node.attrs and not any(name.startswith("on") for name in node.attrs), node.tag
        assert not str(node.attrs.get("href", "")).lower().startswith("javascript:")
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "unsafe" not in policy and "frame-ancestors 'none'" in policy
    assert "script-src" not in policy and "style-src" not in policy  # both fall back to 'self' only


def _articles(client):
    doc = parse(client.get("/").get_data(as_text=True))
    return json.loads(doc.find_all("script", id="chat-articles")[0].text())


def test_the_articles_json_carries_a_url_only_where_the_profile_sets_one(tmp_path):
    assert all("url" not in about for about in _articles(make_client()).values())
    url = "https://renew.example.com/why-therapy"
    articles = _articles(make_client(tmp_path, article_urls={"000_edefb2c32886ec9c": url}))
    assert articles["000_edefb2c32886ec9c"]["url"] == url
    assert articles["000_edefb2c32886ec9c"]["title"] == "Why we recommend therapy"
    assert [a for a, about in articles.items() if "url" in about] == ["000_edefb2c32886ec9c"]


def test_the_consultation_promises_a_response_time_only_when_the_clinic_gives_one(tmp_path, landing):
    assert "within" not in words(parse(landing.get_data(as_text=True)).find_all("section", id="consultation")[0])
    page = make_client(tmp_path, response_time="within one business day").get("/")
    consultation = words(parse(page.get_data(as_text=True)).find_all("section", id="consultation")[0])
    assert "Our team will reach out within one business day" in consultation


def _prose(page):
    """Each paragraph and list item of the page's main content and footer, as a sentence of its own."""
    doc = parse(page.get_data(as_text=True))
    blocks = [n for n in doc.walk() if n.tag in ("p", "li") and (n.inside("main") or n.inside("footer"))
              and not n.find_all("p") and not n.find_all("li")]
    return [text if text.endswith((".", "?", "!")) else text + "." for text in (words(b) for b in blocks) if text]


@pytest.mark.parametrize("path", ["/", "/privacy"])
def test_the_pages_read_plainly_and_make_no_banned_claim(landing, path):
    page = landing if path == "/" else make_client().get("/privacy")
    prose = _prose(page)
    assert len(prose) > 10
    text = " ".join(prose)
    assert textstat.flesch_kincaid_grade(text) <= 8.0
    assert not banned_claims(text)
    assert not re.search(r"\$\s?\d|\b\d{1,2}(:\d\d)?\s*(am|pm)\b", text, re.I)  # no invented prices or hours


def _luminance(colour):
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _declared(selector, prop):
    """The colour `prop` has in the rule for exactly `selector` in site.css."""
    css = SITE_CSS.read_text()
    rule = re.search(r"(?:^|\n)" + re.escape(selector) + r"\s*\{([^}]*)\}", css)
    assert rule, selector
    value = re.search(r"(?:^|[;\s])" + re.escape(prop) + r"\s*:\s*[^;]*?(#[0-9a-fA-F]{6})", rule.group(1))
    assert value, (selector, prop)
    return value.group(1).lower()


def test_text_and_focus_rings_have_enough_contrast():
    page, band, text = _declared("body", "background"), _declared(".band.alt", "background"), _declared("body", "color")
    teal, header, footer = _declared("h1, h2, h3", "color"), _declared(".site-header", "background"), \
        _declared(".site-footer", "background")
    crisis = _declared(".crisis-band", "background")
    for fg, bg in [(text, page), (text, band), (text, crisis), (teal, page), (teal, band), (teal, "#ffffff"),
                   ("#ffffff", header), ("#ffffff", footer), (_declared(".site-footer a", "color"), footer),
                   (_declared(".book", "color"), _declared(".book", "background")),
                   (_declared(".book", "color"), _declared(".book:hover", "background"))]:
        assert contrast(fg, bg) >= 4.5, (fg, bg, round(contrast(fg, bg), 2))
    ring, dark_ring = _declared(":focus-visible", "outline"), \
        _declared(".site-header :focus-visible, .site-footer :focus-visible", "outline-color")
    for fg, bg in [(ring, page), (ring, band), (ring, "#ffffff"), (ring, crisis), (dark_ring, header),
                   (dark_ring, footer)]:
        assert contrast(fg, bg) >= 3.0, (fg, bg, round(contrast(fg, bg), 2))


def test_the_contrast_measure_itself():
    assert round(contrast("#ffffff", "#000000"), 1) == 21.0
    assert round(contrast("#ffffff", "#c7582b"), 2) == 4.32  # the old orange the issue measured
    assert round(contrast("#f0a500", "#ffffff"), 2) == 2.08  # the old amber focus ring


def test_the_phone_becomes_a_tel_address():
    assert website.tel_href("(714) 555-0100") == "tel:+17145550100"
    assert website.tel_href("+44 20 7946 0958") == "tel:+442079460958"


# The Spanish pages: /es/ and /es/privacidad, the same templates with the words of website/words.yml in Spanish.

SPANISH_PAGES = {"/": "/es/", "/privacy": "/es/privacidad"}
# sentences of the English pages (main content and footer) that must not show on the Spanish ones
ENGLISH_SENTENCES = [
    "It does not help everyone.",
    "A doctor checks first whether it could fit you.",
    "Ketamine itself is not FDA-approved for depression or other mental health uses.",
    "It costs you nothing.",
    "Our team reaches out the way you chose",
    "Read our full privacy notice",
    "It is gone when you close the tab.",
    "This website and its chat give general information only.",
    "Back to the home page",
]
# what the Spanish pages must never say: cures, guarantees, permanence, certainty, miracles, "no side effects"
BANNED_ES = re.compile(r"\bcura\w*|\bgaranti[zc]\w*|\bpermanente\w*|\b100\s*%|\bmilagr\w*|\bsin efectos secundarios\b"
                       r"|\bsiempre (?:funciona|ayuda)|\bseguro para (?:todos|cualquier)|\bcomprobad[oa]", re.I)


@pytest.fixture(scope="module")
def landing_es():
    page = make_client().get("/es/")
    assert page.status_code == 200
    return page


def _spanish(page):
    """The words of a page's main content and footer (the visible sentences the tests read)."""
    doc = parse(page.get_data(as_text=True))
    return " ".join(words(n) for n in doc.find_all("main") + doc.find_all("footer"))


@pytest.mark.parametrize("path", ["/es/", "/es/privacidad"])
def test_the_spanish_pages_answer_in_spanish_with_their_landmarks_and_headings(path):
    page = make_client().get(path)
    assert page.status_code == 200
    doc = parse(page.get_data(as_text=True))
    assert len(doc.find_all("html", lang="es")) == 1 and not doc.find_all("html", lang="en")
    for landmark in ("header", "main", "footer", "nav"):
        assert len(doc.find_all(landmark)) >= 1, landmark
    levels = [int(n.tag[1]) for n in doc.walk() if re.fullmatch(r"h[1-6]", n.tag)]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:])), levels
    assert words(doc.find_all("a", class_="skip-link")[0]) == "Saltar al contenido principal"
    assert doc.find_all("nav")[0].attrs["aria-label"] == "Principal"


def test_es_without_the_slash_finds_the_spanish_page():
    page = make_client().get("/es")
    assert page.status_code in (301, 308) and page.headers["Location"].endswith("/es/")


def test_the_spanish_landing_page_shows_each_section_in_spanish(landing_es):
    doc = parse(landing_es.get_data(as_text=True))
    assert "Psicoterapia asistida con ketamina" in words(doc.find_all("h1")[0])
    sections = {n.attrs.get("id"): words(n) for n in doc.find_all("section")}
    about, consultation = sections["about"], sections["consultation"]
    assert "ketamina" in about and "psicoterapia" in about and "No funciona para todos" in about
    # hedged as the English page and the articles are: ketamine itself not approved, only esketamine's spray
    assert "La ketamina en sí no está aprobada por la FDA" in about and "aerosol nasal de esketamina" in about
    assert "efectos secundarios" in about
    assert "consulta médica gratuita" in consultation and "visita virtual" in consultation
    assert "médicos" in consultation and "No te cuesta nada" in consultation
    assert "Tustin" in sections["offices"] and "Seal Beach" in sections["offices"]
    assert "Nuestras oficinas" in sections["offices"] and "llama al" in sections["offices"]
    privacy = sections["privacy"]
    assert "30 días" in privacy and "esta pestaña del navegador" in privacy and "911" in privacy
    footer = words(doc.find_all("footer")[0])
    assert "No son consejo médico" in footer and "no son para emergencias" in footer
    assert "Oficinas en Tustin, San Juan Capistrano y Seal Beach." in footer


def test_the_spanish_book_button_opens_the_same_intake_and_the_widget_keeps_its_attributes(landing_es):
    doc = parse(landing_es.get_data(as_text=True))
    books = doc.find_all("button", data_chat_start="/book_consultation")
    assert len(books) == 2 and all(words(b) == "Agenda una consulta gratuita" for b in books)
    for book in books:
        calls = [a for a in book.parent.find_all("a") if a.attrs.get("href") == "tel:+17145550100"]
        assert calls and "O llámanos" in words(book.parent)
    chat = doc.find_all("div", id="chat")[0]
    assert chat.inside("main") and chat.attrs["data-server"] == "https://chat.example-clinic.com"
    assert chat.attrs["data-clinic"] == "Renew Ketamine Infusion" and chat.attrs["data-phone"] == "(714) 555-0100"
    assert chat.attrs["data-privacy"] == "/es/privacidad"
    assert doc.find_all("script", id="chat-articles") and doc.find_all("script", src="/site-static/chat.js")
    assert "llámanos al (714) 555-0100" in words(doc.find_all("noscript")[0])


def test_the_spanish_privacy_notice_states_the_configured_retention_and_what_is_collected():
    client = make_client(retention_days=14)
    page = client.get("/es/privacidad")
    assert page.status_code == 200
    text = words(parse(page.get_data(as_text=True)).find_all("main")[0])
    assert "se borra después de 14 días sin mensajes nuevos" in text and "30 días" not in text
    assert "no se borra en una fecha fija" in text and "hasta que la clínica la borre" in text
    for collected in ("tu nombre", "número de teléfono", "tu correo, solo si nos das uno", "la oficina que prefieres",
                      "con qué buscas ayuda", "cómo y cuándo quieres que te contactemos", "18 años o más",
                      "tu permiso para que te contactemos", "consulta médica gratuita"):
        assert collected in text, collected
    assert "equipo" in text and "proveedor de mensajes de texto" in text and "STOP" in text
    assert "almacenamiento de sesión" in text and "esta pestaña del navegador" in text
    assert "No es para emergencias" in text
    summary = words(parse(client.get("/es/").get_data(as_text=True)).find_all("section", id="privacy")[0])
    assert "se borra después de 14 días sin mensajes nuevos" in summary
    one_day = words(parse(make_client(retention_days=1).get("/es/privacidad").get_data(as_text=True)))
    assert "después de 1 día sin mensajes nuevos" in one_day


@pytest.mark.parametrize("path", ["/es/", "/es/privacidad"])
def test_the_spanish_pages_give_the_crisis_lines_with_their_spanish_options(path):
    doc = parse(make_client().get(path).get_data(as_text=True))
    band = doc.find_all("div", class_="crisis-band")[0]
    assert {a.attrs.get("href") for a in band.find_all("a")} == {"tel:988", "sms:988", "tel:911"}
    assert "¿En crisis?" in words(band) and "oprime 2" in words(band) and "Llama al 911" in words(band)
    assert [words(a) for a in band.find_all("a") if a.attrs["href"] == "sms:988"] == ["Envía AYUDA al 988"]
    footer = doc.find_all("footer")[0]
    links = {a.attrs.get("href"): words(a) for a in footer.find_all("a")}
    assert links["tel:911"] == "Emergencia: llama al 911"
    assert "oprime 2" in links["tel:988"] and "AYUDA" in links["sms:988"]
    assert links["tel:+17145550100"] == "Llámanos: (714) 555-0100" and links["/es/privacidad"] == "Aviso de privacidad"
    assert "Línea de Prevención del Suicidio y Crisis" in words(footer)


@pytest.mark.parametrize("english, spanish", SPANISH_PAGES.items())
def test_each_page_links_to_its_counterpart_in_the_other_language(english, spanish):
    client = make_client()
    for path, other, other_lang, name in ((english, spanish, "es", "Español"), (spanish, english, "en", "English")):
        doc = parse(client.get(path).get_data(as_text=True))
        switch = [a for a in doc.find_all("header")[0].find_all("a") if a.attrs.get("hreflang") == other_lang]
        assert len(switch) == 1 and words(switch[0]) == name
        assert switch[0].attrs["href"] == other and switch[0].attrs["lang"] == other_lang
        alternates = {link.attrs["hreflang"]: link.attrs["href"] for link in doc.find_all("link", rel="alternate")}
        assert alternates == {"en": f"http://localhost{english}", "es": f"http://localhost{spanish}",
                              "x-default": f"http://localhost{english}"}
        assert client.get(other).status_code == 200


def test_the_spanish_pages_link_to_the_spanish_pages(landing_es):
    client = make_client()
    for page in (landing_es, client.get("/es/privacidad")):
        doc = parse(page.get_data(as_text=True))
        # every link to a page of the site, the language switch aside, stays on the Spanish pages
        pages = {a.attrs["href"] for a in doc.find_all("a") if a.attrs.get("href", "").startswith("/")
                 and "hreflang" not in a.attrs}
        assert "/es/privacidad" in pages and pages <= {"/es/", "/es/privacidad"}, pages
    privacy = parse(client.get("/es/privacidad").get_data(as_text=True))
    assert [a.attrs["href"] for a in privacy.find_all("a", class_="more")] == ["/es/"]
    assert privacy.find_all("a", class_="brand")[0].attrs["href"] == "/es/"
    landing = parse(landing_es.get_data(as_text=True))
    assert [a.attrs["href"] for a in landing.find_all("a", class_="more")] == ["/es/privacidad"]


@pytest.mark.parametrize("english, spanish", SPANISH_PAGES.items())
def test_the_spanish_pages_carry_no_english_sentence(english, spanish):
    client = make_client()
    spanish_text = _spanish(client.get(spanish))
    for sentence in ENGLISH_SENTENCES:
        assert sentence not in spanish_text, sentence
    # and none of the English page's paragraphs or list items of four words or more (names and numbers aside)
    for block in _prose(client.get(english)):
        if len(block.split()) >= 4:
            assert block.rstrip(".") not in spanish_text, block
    page = client.get(spanish).get_data(as_text=True)
    doc = parse(page)
    assert "free physician consultation" not in page  # the profile's English wording stays off the Spanish pages
    assert doc.find_all("title")[0].text().strip() != parse(client.get(english).get_data(as_text=True)) \
        .find_all("title")[0].text().strip()
    description = doc.find_all("meta", name="description")[0].attrs["content"]
    assert "psicoterapia asistida con ketamina" in description and "consulta médica gratuita" in description


def test_the_english_sentences_checked_are_on_the_english_pages():
    client = make_client()
    english_text = _spanish(client.get("/")) + " " + _spanish(client.get("/privacy"))
    for sentence in ENGLISH_SENTENCES:
        assert sentence in english_text, sentence  # else the check above would pass for nothing


def test_the_spanish_page_promises_no_time_in_english_words(tmp_path):
    page = make_client(tmp_path, response_time="within one business day").get("/es/")
    consultation = words(parse(page.get_data(as_text=True)).find_all("section", id="consultation")[0])
    assert "within" not in consultation and "business day" not in consultation
    assert "Nuestro equipo se comunica contigo por el medio que elegiste" in consultation


def test_spanish_offices_show_their_labels_in_spanish(tmp_path):
    offices = [{"name": "Tustin", "hours": "Weekdays, by appointment", "map_url": "https://maps.example.com/?q=tustin"},
               "Irvine"]
    doc = parse(make_client(tmp_path, offices=offices).get("/es/").get_data(as_text=True))
    cards = {words(card.find_all("h3")[0]): card for card in doc.find_all("li", class_="office")}
    tustin = cards["Tustin"]
    assert words(tustin.find_all("span", class_="label")[0]) == "Horario:"
    assert words(tustin.find_all("a", class_="map-link")[0]) == "Mapa de la oficina de Tustin"
    assert "Oficinas en Tustin e Irvine." in words(doc.find_all("footer")[0])  # "y" is "e" before an "i" sound
    assert "Te pueden decir dónde está cada oficina" in words(doc.find_all("section", id="offices")[0])


def test_offices_are_listed_in_each_languages_words():
    english, spanish = {"and": "and"}, {"and": "y", "and_before_i": "e"}
    assert website.list_words(["Tustin"], spanish) == "Tustin"
    assert website.list_words(["Tustin", "Seal Beach"], english) == "Tustin and Seal Beach"
    assert website.list_words(["Tustin", "San Juan Capistrano", "Seal Beach"], spanish) == \
        "Tustin, San Juan Capistrano y Seal Beach"
    assert website.list_words(["Tustin", "Irvine"], spanish) == "Tustin e Irvine"
    assert website.list_words(["Tustin", "Hialeah"], spanish) == "Tustin y Hialeah"  # "hia": no "i" sound
    assert website.list_words(["Tustin", "Irvine"], english) == "Tustin and Irvine"
    profile = load_profile()
    assert website.list_words(profile.offices, english) == profile.offices_text()


def test_both_languages_have_the_same_words():
    words_file = yaml.safe_load((SITE_CSS.parent.parent / "words.yml").read_text(encoding="utf-8"))

    def shape(node):
        if isinstance(node, dict):
            return {key: shape(value) for key, value in node.items()}
        if isinstance(node, list):
            return [shape(item) for item in node]
        return "text"

    english, spanish = dict(words_file["en"]), dict(words_file["es"])
    spanish.pop("and_before_i")
    english["consultation"] = english["consultation"] or "text"
    english["index"] = {**english["index"], "contact_within": None}
    spanish["index"] = {**spanish["index"], "contact_within": None}
    assert shape(english) == shape(spanish)


@pytest.mark.parametrize("path", ["/es/", "/es/privacidad"])
def test_the_spanish_pages_read_plainly_and_make_no_banned_claim(path):
    prose = _prose(make_client().get(path))
    assert len(prose) > 10
    text = " ".join(prose)
    textstat.set_lang("es")
    try:
        ease = textstat.szigriszt_pazos(text)
    finally:
        textstat.set_lang("en_US")  # textstat's own default (plain "en" counts syllables differently)
    assert ease >= 65, ease
    assert not BANNED_ES.search(text), BANNED_ES.search(text)
    for sentence in re.findall(r"[^.!?]+[.!?]?", text):
        if "FDA" in sentence and "aprobad" in sentence:  # approved: ketamine itself never; esketamine's spray only
            assert re.search(r"\bno\b", sentence) or "esketamina" in sentence, sentence
    assert not re.search(r"\$\s?\d|\b\d{1,2}(:\d\d)?\s*(am|pm|a\. ?m\.|p\. ?m\.)", text, re.I)


def test_the_spanish_pages_name_the_consultation_in_the_profiles_spanish_wording(tmp_path):
    default = words(parse(make_client().get("/es/").get_data(as_text=True)).find_all("section", id="consultation")[0])
    assert "La consulta médica gratuita es una visita virtual" in default
    page = make_client(tmp_path, consultation_es="consulta gratuita con un médico").get("/es/").get_data(as_text=True)
    consultation = words(parse(page).find_all("section", id="consultation")[0])
    assert "La consulta gratuita con un médico es una visita virtual" in consultation
    assert "agenda una consulta gratuita con un médico" in parse(page).find_all("meta", name="description")[0].attrs["content"]
    english = make_client(tmp_path, consultation_es="consulta gratuita con un médico").get("/").get_data(as_text=True)
    assert "free physician consultation" in english and "con un médico" not in english
