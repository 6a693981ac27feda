"""The clinic profile: one file, read once, with clear errors."""

import re

import pytest
import yaml

from clinic.profile import DEFAULT_PROFILE_PATH, PROFILE_ENV, ProfileError, load_profile


def test_default_profile_is_renew_with_its_three_offices():
    profile = load_profile()
    assert profile.name == "Renew Ketamine Infusion"
    assert profile.offices == ("Tustin", "San Juan Capistrano", "Seal Beach")
    assert profile.offices_text() == "Tustin, San Juan Capistrano and Seal Beach"


def test_placeholders_cover_what_responses_use():
    values = load_profile().placeholders()
    assert values["clinic_name"] == "Renew Ketamine Infusion"
    assert values["clinic_offices"].endswith("and Seal Beach")
    assert values["clinic_phone"]


def test_technical_problem_text_names_the_phone_and_crisis_lines():
    profile = load_profile()
    text = profile.technical_problem_text()
    assert profile.phone in text and "911" in text and "988" in text
    assert "{" not in text


def _write(tmp_path, **changes):
    raw = yaml.safe_load(DEFAULT_PROFILE_PATH.read_text())
    raw.update(changes)
    path = tmp_path / "clinic.yml"
    path.write_text(yaml.safe_dump(raw))
    return path


def test_profile_path_comes_from_the_environment(tmp_path, monkeypatch):
    path = _write(tmp_path, name="Another Clinic", offices=["Springfield"])
    monkeypatch.setenv(PROFILE_ENV, str(path))
    profile = load_profile()
    assert profile.name == "Another Clinic"
    assert profile.offices_text() == "Springfield"


@pytest.mark.parametrize(
    "changes, field",
    [({"name": ""}, "name"), ({"offices": []}, "offices"), ({"phone": None}, "phone"),
     ({"time_zone": "Pacific/Atlantis"}, "time_zone")],
)
def test_a_broken_profile_says_which_field(tmp_path, changes, field):
    with pytest.raises(ProfileError, match=field):
        load_profile(str(_write(tmp_path, **changes)))


def test_the_consent_statement_reads_as_plain_words():
    profile = load_profile()
    assert profile.consent_text("call", "any time").endswith("by phone call, at any time.")
    assert profile.consent_text("text", "evening").endswith("by text message, in the evening.")
    assert profile.time_zone == "America/Los_Angeles"


def test_a_missing_profile_file_is_a_profile_error(tmp_path):
    with pytest.raises(ProfileError, match="not found"):
        load_profile(str(tmp_path / "nope.yml"))


def test_settings_are_read_from_the_environment_given():
    from clinic.settings import Settings

    assert Settings.from_env({}) == Settings()  # the defaults: production, embedded databases, 30 days
    read = Settings.from_env({"CLINIC_ENV": "Development", "DATABASE_URL": "postgresql://db/clinic",
                              "CONVERSATION_RETENTION_DAYS": "7", "STAFF_INSECURE_COOKIES": "1",
                              "STAFF_PROXIES_COUNT": "1", "WEBCHAT_SERVER_URL": "https://chat.example-clinic.com"})
    assert read.development and read.database_url == "postgresql://db/clinic" and read.retention_days == 7
    assert not read.staff_secure_cookies and read.staff_proxies_count == 1
    assert read.webchat_server_url == "https://chat.example-clinic.com"


def test_a_malformed_setting_is_named():
    import pytest

    from clinic.settings import Settings

    with pytest.raises(ValueError, match="STAFF_INACTIVITY_MINUTES"):
        Settings.from_env({"STAFF_INACTIVITY_MINUTES": "half an hour"})
    with pytest.raises(ValueError, match="at least one day"):
        Settings.from_env({"CONVERSATION_RETENTION_DAYS": "0"})


def test_offices_may_be_names_or_mappings_and_default_to_names_only(tmp_path):
    default = load_profile()
    assert [(o.name, o.address, o.hours, o.map_url) for o in default.locations] == [
        ("Tustin", None, None, None), ("San Juan Capistrano", None, None, None), ("Seal Beach", None, None, None)]
    path = _write(tmp_path, offices=[
        {"name": " Tustin ", "address": "100 Example Way", "hours": "By appointment",
         "map_url": "https://maps.example.com/?q=tustin"},
        "San Juan Capistrano",
        {"name": "Seal Beach", "address": ""}])
    profile = load_profile(str(path))
    assert profile.offices == ("Tustin", "San Juan Capistrano", "Seal Beach")  # what the intake's buttons use
    tustin, capistrano, seal = profile.locations
    assert (tustin.address, tustin.hours, tustin.map_url) == (
        "100 Example Way", "By appointment", "https://maps.example.com/?q=tustin")
    assert (capistrano.address, capistrano.map_url) == (None, None)
    assert seal.address is None  # an empty value is as good as absent: nothing is shown


@pytest.mark.parametrize(
    "office, message",
    [({"name": "Tustin", "map_url": "http://maps.example.com/tustin"}, "map_url of office 'Tustin' must be an https"),
     ({"name": "Tustin", "map_url": "javascript:alert(1)"}, "must be an https"),
     ({"name": "Tustin", "map_url": "https://"}, "must be an https"),
     ({"name": "Tustin", "map_url": "https://maps.example.com/a b"}, "must be an https"),
     ({"name": "Tustin", "map_url": 42}, "must be an https"),
     ({"address": "100 Example Way"}, "office 1 needs a 'name'"),
     ({"name": "Tustin", "phone": "555"}, "unknown keys phone"),
     ({"name": "Tustin", "hours": ["9", "5"]}, "hours of office 'Tustin' must be a string"),
     (["Tustin"], "office 1 must be a name or a mapping"),
     ("  ", "office 1 has an empty name")],
)
def test_a_malformed_office_is_refused_with_a_clear_message(tmp_path, office, message):
    with pytest.raises(ProfileError, match=re.escape(message)):
        load_profile(str(_write(tmp_path, offices=[office, "Seal Beach"])))


def test_an_office_named_twice_is_refused(tmp_path):
    with pytest.raises(ProfileError, match="'tustin' is named more than once"):
        load_profile(str(_write(tmp_path, offices=["Tustin", {"name": "tustin"}])))


def test_response_time_is_optional_and_a_placeholder_only_when_set(tmp_path):
    default = load_profile()
    assert default.response_time is None and "clinic_response_time" not in default.placeholders()
    profile = load_profile(str(_write(tmp_path, response_time=" within one business day ")))
    assert profile.response_time == "within one business day"
    assert profile.placeholders()["clinic_response_time"] == "within one business day"
    assert profile.say("We will call {clinic_response_time}.") == "We will call within one business day."
    # the other messages fill in as before
    assert profile.technical_problem_text() == default.technical_problem_text()
    with pytest.raises(ProfileError, match="response_time"):
        load_profile(str(_write(tmp_path, response_time=24)))


def test_article_urls_are_optional_https_and_name_known_articles(tmp_path):
    assert dict(load_profile().article_urls) == {}
    url = "https://renew.example.com/why-therapy"
    profile = load_profile(str(_write(tmp_path, article_urls={"000_edefb2c32886ec9c": url})))
    assert dict(profile.article_urls) == {"000_edefb2c32886ec9c": url}
    hash(profile)  # still usable as a key, as a frozen profile was
    for bad, message in [({"000_edefb2c32886ec9c": "http://renew.example.com/"}, "must be an https"),
                         ({"999_nope": url}, "'999_nope' is not an article id"),
                         (["000_edefb2c32886ec9c"], "must be a mapping")]:
        with pytest.raises(ProfileError, match=re.escape(message)):
            load_profile(str(_write(tmp_path, article_urls=bad)))


# --- Spanish wording (issue 14) ------------------------------------------------------------------------------


def test_the_spanish_wording_has_defaults_and_placeholders():
    profile = load_profile()
    values = profile.placeholders()
    assert values["clinic_consultation_es"] == "consulta médica gratuita"
    assert values["clinic_booking_es"] == "pedir tu consulta médica gratuita"
    assert values["clinic_offices_es"] == "Tustin, San Juan Capistrano y Seal Beach"
    spanish = profile.technical_problem_text("es")
    assert profile.phone in spanish and "911" in spanish and "988" in spanish and "oprime 2" in spanish
    assert profile.name in spanish and "{" not in spanish and spanish != profile.technical_problem_text()


def test_the_spanish_wording_comes_from_the_profile_when_set(tmp_path):
    profile = load_profile(str(_write(
        tmp_path, consultation_es=" consulta gratuita con un médico ", booking_wording_es="pedir tu consulta",
        technical_problem_es="Perdón, algo falló. Llama a {clinic_name} al {clinic_phone}, o al 911 o al 988.")))
    values = profile.placeholders()
    assert values["clinic_consultation_es"] == "consulta gratuita con un médico"
    assert values["clinic_booking_es"] == "pedir tu consulta"
    assert profile.technical_problem_text("es") == (
        f"Perdón, algo falló. Llama a {profile.name} al {profile.phone}, o al 911 o al 988.")
    assert profile.technical_problem_text() == load_profile().technical_problem_text()  # English as before
    # left empty: the default
    assert load_profile(str(_write(tmp_path, consultation_es=""))).consultation_es == "consulta médica gratuita"


@pytest.mark.parametrize(
    "changes, field",
    [({"consultation_es": 3}, "consultation_es"), ({"booking_wording_es": ["pedir"]}, "booking_wording_es"),
     ({"technical_problem_es": "Llama al {clinic_fax}."}, "technical_problem_es"),
     ({"technical_problem_es": "Llama a {clinic_name.fax} o al {0}."}, "technical_problem_es"),
     ({"technical_problem": "Call {clinic_fax}."}, "technical_problem")],
)
def test_a_malformed_spanish_field_or_apology_is_refused_when_the_profile_is_read(tmp_path, changes, field):
    """An apology is filled in when something has already failed: a placeholder it cannot fill must be found
    at start-up."""
    with pytest.raises(ProfileError, match=f"'{field}'"):
        load_profile(str(_write(tmp_path, **changes)))


@pytest.mark.parametrize(
    "offices, spanish",
    [(["Tustin", "Irvine"], "Tustin e Irvine"), (["Tustin", "Hidalgo"], "Tustin e Hidalgo"),
     (["Tustin", "Hialeah"], "Tustin y Hialeah"), (["Irvine", "Tustin", "Seal Beach"], "Irvine, Tustin y Seal Beach"),
     (["Irvine"], "Irvine")],
)
def test_the_spanish_office_list_joins_with_y_or_e(tmp_path, offices, spanish):
    profile = load_profile(str(_write(tmp_path, offices=offices)))
    assert profile.placeholders()["clinic_offices_es"] == spanish
    assert profile.offices_text() == spanish.replace(" e ", " and ").replace(" y ", " and ")


def test_every_clinic_placeholder_a_response_uses_is_in_the_profile(tmp_path):
    """A placeholder the profile does not fill is shown to the visitor as it is ("{clinic_consultation_es}")."""
    root = DEFAULT_PROFILE_PATH.parent
    used = set()
    for path in [root / "domain.yml", *sorted((root / "data" / "responses").glob("*.yml"))]:
        used |= set(re.findall(r"\{(clinic_\w+)\}", path.read_text(encoding="utf-8")))
    assert {"clinic_consultation_es", "clinic_offices_es"} <= used
    filled = load_profile(str(_write(tmp_path, response_time="within one business day"))).placeholders()
    assert used <= set(filled), sorted(used - set(filled))
