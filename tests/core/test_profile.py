"""The clinic profile: one file, read once, with clear errors."""

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
