"""Deterministic safety screens on a visitor's raw text.

The intent classifier is good at the phrasings it was trained on and unpredictable elsewhere, so the two
things the assistant must never get wrong do not rest on it alone:

* crisis language (suicide, self-harm, harm to others, overdose, emergencies), which always gets crisis
  resources, and
* personal medical questions (dose, interactions, pregnancy, stopping a medication, "do I have X"), which are
  always declined.

`SafetyScreen.check` runs on every message, including `/intent{...}` payloads that Rasa parses without its
NLU pipeline. Patterns are bounded (no unbounded `.*` between words), so a 10,000-character message costs
microseconds, not a regex blow-up. A finding carries the name of the rule that matched, never the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Optional, Pattern, Sequence, Tuple

import yaml

LEXICON_PATH = Path(__file__).resolve().parent / "lexicon.yml"

CRISIS = "crisis"
MEDICAL_ADVICE = "medical_advice"

# A gap of a few words between two parts of a phrase ("kill my stupid self").
_GAP = r"(?:\s+\S+){0,3}?"
_SELF = r"(?:myself|my self|himself|herself|themselves|themself|yourself)"
_ME = rf"(?:{_SELF}|me)"
_PEOPLE = (
    r"(?:boss|wife|husband|mom|mother|dad|father|brother|sister|son|daughter|partner|boyfriend|girlfriend|ex|"
    r"neighbou?r|coworker|co\s+worker|kids?|children|family|roommate|friend|teacher|landlord|manager)"
)
_WANT = r"(?:want|wanna|wanted|going|gonna|plan|planning|trying|try|tempted|about|thinking about|think about|decided|ready|need)"

# (rule name, pattern) on normalised text: lower case, apostrophes dropped, punctuation turned to spaces.
_CRISIS_RULES: Sequence[Tuple[str, str]] = (
    ("suicide", r"\bsu[iy]?[cs]{1,2}[iy]?d(?:e|es|al|el|ally|ality|ing|ed)?\b"),
    ("means_on_self", r"\b(?:gun|rope|knife|blade|razor|pills|belt)\b(?:\s+\S+){0,6}?\s+(?:on|to|at)\s+(?:myself|my\s+(?:head|wrists?|throat))\b"),
    ("rather_dead", r"\b(?:rather|better|wish\s+i\s+was|wish\s+i\s+were)\s+(?:be\s+)?dead\b"),
    ("burden", r"\b(?:a|such\s+a|just\s+a|only\s+a|the)\s+burden\s+(?:to|on|for)\b|\bim\s+(?:just\s+)?a\s+burden\b"),
    ("final_arrangements", r"\bfinal\s+arrangements\b|\b(?:said|saying)\s+my\s+goodbyes\b|\bupdated\s+my\s+will\b"),
    ("no_future", r"\bno\s+future\s+for\s+me\b|\bnothing\s+(?:left\s+)?to\s+live\s+for\b"),
    ("pain_stop_forever", r"\b(?:pain|it|everything|this)\s+to\s+stop\s+(?:permanently|forever|for\s+good)\b"),
    ("ways_to_die", r"\bpainless\s+(?:way|ways|method)\b|\b(?:ways|how)\s+to\s+(?:die|kill\s+myself|end\s+it)\b"),
    ("kill_self", rf"\b(?:ki+l+|ki+l+ing|ki+l+ed|hang|hanging|shoot|shooting|off|offing|drown|poison)\s+{_SELF}\b"),
    ("kill_self_gap", rf"\bki+l+(?:ing)?{_GAP}\s+(?:my|my own)\s+self\b"),
    ("kill_me", r"\b(?:want|wish|wanna|please|just|someone\s+to|somebody\s+to)\s+(?:someone\s+to\s+|somebody\s+to\s+)?kill\s+me\b"),
    ("unalive", r"\b(?:unalive|unaliving|kms|kys|ctb)\b"),
    ("end_life", r"\b(?:end|ending|take|taking|took)\s+(?:my|his|her|their)\s+(?:own\s+)?(?:life|lives)\b"),
    ("end_it", r"\b(?:end|ending)\s+(?:it|it all|things|everything|this)\b(?!\s+(?:with|of|at|on|for|by|treatment|therapy|session))"),
    ("want_die", r"\b(?:want|wanna|wanted|wish|ready|going|gonna|deserve)\s+(?:to\s+)?(?:die|be dead|not exist|not be alive|not wake up|disappear forever)\b"),
    ("wish_dead", r"\b(?:wish|wishing)\s+i\s+(?:was|were|could be|would)\s+(?:dead|die|gone|never born|not here|not alive)\b"),
    ("better_off", r"\bbetter\s+off\s+(?:dead|without\s+(?:me|him|her|them)|if\s+i\s+(?:was|were|wasnt|werent)|if\s+im\s+gone|with\s+me\s+gone|collecting\s+my)\b"),
    ("not_be_here", r"\b(?:dont|doesnt|do\s+not|does\s+not|didnt|no\s+longer)\s+(?:want|wanna|wants)\s+to\s+(?:be\s+(?:here|alive|around)|live|exist|wake\s+up|go\s+on|keep\s+going)\b"),
    ("not_be_here2", r"\b(?:dont|do not|no longer)\s+(?:want|wanna)\s+(?:be\s+)?(?:here|alive|around|live|exist)\s+(?:anymore|any more)\b"),
    ("cant_go_on", r"\bcant\s+(?:go\s+on|keep\s+going|do\s+this\s+anymore|take\s+(?:it|this)\s+anymore|live\s+like\s+this)\b"),
    ("point_of_living", r"\bpoint\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+alive|being\s+around|being\s+here|carrying\s+on|waking\s+up|staying\s+alive)\b"),
    ("tired_of_living", r"\b(?:tired|sick|exhausted)\s+of\s+(?:being\s+alive|living|life|existing|being\s+here)\b"),
    ("goodbye_note", r"\bgoodbye\s+(?:letter|letters|note|notes|message|messages|text|texts|video)\b|\bsuicide\s+note\b|\b(?:texted|messaged|wrote|sent|said)\s+(?:me\s+|us\s+)?(?:a\s+)?goodbye\b"),
    ("has_a_plan", r"\b(?:know|figured\s+out|decided|planned|planning)\s+how\s+(?:im|i\s+am|i\s+will|ill|to)\s+(?:going\s+to\s+|gonna\s+)?(?:do\s+it|end\s+it|go)\b"),
    ("no_point", r"\b(?:no|whats\s+the|what\s+is\s+the)\s+point\s+(?:in\s+|of\s+)?(?:living|life|going\s+on|being\s+alive|anymore|waking\s+up|in\s+living|of\s+living)\b"),
    ("no_reason", r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|go\s+on|be\s+alive|stay)\b"),
    ("isnt_worth_living", r"\b(?:isnt|aint|is\s+not|not)\s+worth\s+(?:living|it\s+anymore|going\s+on)\b"),
    ("not_worth_living", r"\b(?:life|living|it)\s+(?:is|isnt|isn t|aint)?\s*not\s+worth\s+(?:living|it anymore)\b|\bnot\s+worth\s+living\b"),
    ("done_with_life", r"\b(?:done|finished|over)\s+with\s+(?:life|living|everything|it all|being alive)\b"),
    ("self_harm", r"\bself\s*(?:harm|harming|injury|injure|mutilat\w*)\b"),
    ("hurt_self", rf"\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|hit|hitting|punch|punching|scratch|scratching)\s+{_ME}\b"),
    ("until_bleed", r"\b(?:till|until|til)\s+(?:they|it|i|my\s+\w+)\s+(?:bleed|bleeds|bled|bruise|bruises)\b"),
    ("cut_recent", r"\bi\s+(?:cut|burned|burnt)\s+(?:myself|again|last\s+night|today|yesterday|tonight|deep)\b"),
    ("hurt_others", rf"\b(?:hurt|hurting|harm|harming)\s+(?:my|his|her|their)\s+{_PEOPLE}\b"),
    ("cutting", r"\b(?:slit|cut|slice|slash)\w*\s+(?:my\s+)?(?:wrist|wrists|arms|legs|thighs)\b"),
    ("means", r"\b(?:noose|jump\s+off|jumping\s+off|gun\s+to\s+my\s+head|pills?\s+saved|saving\s+up\s+(?:my\s+)?pills|stockpil\w+)\b"),
    ("gave_away", r"\b(?:gave|give|giving|given)\s+away\s+(?:most\s+of\s+|all\s+of\s+|all\s+|some\s+of\s+)?my\s+(?:stuff|things|belongings|possessions|pets?|clothes)\b"),
    ("giving_away", r"\bgiv(?:e|ing|en)\s+(?:away\s+)?(?:all\s+)?my\s+(?:stuff|things|belongings|possessions)\s+away\b|\bgiving\s+away\s+(?:all\s+)?my\s+(?:stuff|things|belongings|possessions)\b"),
    ("goodbye_forever", r"\b(?:goodbye|bye)\s+(?:forever|for good|everyone)\b|\bthis\s+is\s+(?:my\s+)?goodbye\b"),
    ("overdose", r"\b(?:overdos\w*|over\s+dos\w*|od|oded|odding)\b"),
    ("too_many", r"\b(?:took|taken|swallowed|ate|take|taking)\s+(?:way\s+)?(?:too\s+many|too\s+much|a\s+(?:whole\s+)?bottle|the\s+(?:whole\s+)?bottle|a\s+handful|all\s+(?:my|the|of\s+my|of\s+the))\b"),
    ("harm_others", rf"\b{_WANT}\s+(?:to\s+)?(?:kill|hurt|harm|shoot|stab|strangle|murder|beat\s+up|attack)\s+(?:him|her|them|someone|somebody|people|everyone|my|his|her|a\s+\w+|the)\b"),
    ("kill_other", rf"\b(?:kill|killing|murder|murdering|shoot|shooting|stab|stabbing)\s+(?:him|her|them|someone|somebody|everyone|people|(?:my|his|her|their)\s+{_PEOPLE})\b"),
    ("emergency", r"\b(?:emergency|emergancy|emergengy|emergincy)\b(?!\s+(?:room|rooms|department|departments|medicine|physician|doctor|doctors|use|uses|setting|settings|anesthesia|surgery|surgeries))"),
    ("call_911", r"\b(?:911|999|112|ambulance|paramedics?)\b"),
    ("not_breathing", r"\b(?:not|isnt|stopped|cant|can not|cannot|hard to|trouble)\s+(?:breathing|breathe|breath)\b|\bstopped\s+breathing\b"),
    ("medical_acute", r"\b(?:(?:isnt|not|wont|stopped)\s+(?:responding|waking\s+up)|still\s+shaking|cant\s+stop\s+shaking|throat\s+is\s+(?:closing|swelling)|allergic\s+reaction|chest\s+(?:pain|hurts|is\s+tight|tightness|pressure)|arm\s+(?:is\s+|went\s+)?numb|having\s+(?:a\s+)?(?:stroke|seizure|heart\s+attack)|unconscious|unresponsive|wont\s+wake\s+up|passed\s+out\s+and)\b"),
    ("not_be_around", r"\b(?:wont|will\s+not|not\s+going\s+to|dont\s+think\s+ill|probably\s+wont|might\s+not)\s+(?:even\s+|still\s+)?be\s+(?:here|around|alive)\b"),
    ("cutting_again", r"\b(?:been|started|start|keep|kept|still|i|im)\s+(?:\w+\s+)?cuttin[g]?\b(?!\s+(?:back|down|out|off|costs?|corners|carbs|sugar))"),
    ("more_than_prescribed", r"\bmore\s+(?:\w+\s+){0,2}than\s+(?:i|im)\s+(?:was\s+)?(?:supposed|meant|prescribed|allowed)\b"),
    ("took_many", r"\b(?:took|taken|swallowed|ate|popped)\s+(?:like\s+|about\s+|around\s+|maybe\s+|over\s+)?(?:[1-9]\d+|a\s+lot\s+of|dozens\s+of|twenty|thirty|forty|fifty)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|the\s+)?\w+"),
    ("danger", r"\b(?:in\s+danger|not\s+safe\s+(?:right\s+now|at\s+home|here)|im\s+not\s+safe|abus(?:ing|ed)\s+me|hurting\s+me|threaten\w*\s+(?:to\s+kill|me))\b"),
    ("disappear", r"\b(?:disappear\w*|vanish\w*)\s+(?:forever|for\s+good|permanently)\b|\bgo\s+to\s+sleep\s+and\s+(?:never|not)\s+wake\s+up\b"),
)

_PERSONAL = r"(?:\bi\b|\bim\b|\bive\b|\bid\b|\bill\b|\bmy\b|\bme\b|\bmine\b|\bmyself\b)"

_MEDICAL_RULES_FIXED: Sequence[Tuple[str, str]] = (
    ("pregnancy", r"\b(?:pregnan\w*|breast\s*feed\w*|breastfeed\w*|nursing|pump\s+and\s+dump|lactating|trying\s+to\s+conceive|ttc|trying\s+for\s+a\s+baby|expecting\s+a\s+baby)\b"),
    (
        "dose",
        r"\b(?:what|which|how\s+much|how\s+many|right|correct|my|safe|max|maximum|higher|lower|bigger|smaller|"
        r"increase|decrease|double|same)\s+(?:\w+\s+)?(?:dose|doses|dosage|dosages|dosing|mg|milligrams?)\b"
        r"|\b(?:dose|dosage|dosing)\s+(?:should|for\s+me|do\s+i|would\s+i|will\s+i|would\s+i\s+need)\b"
        r"|\bmicro\s*dos\w*|\b\d+\s*(?:mg|milligrams?)\b|\bhow\s+much\s+(?:ketamine|k)\s+(?:should|can|do|would)\b",
    ),
    ("diagnosis", r"\b(?:do\s+i\s+have|sounds?\s+like\s+i\s+(?:have|am|might)|have\s+i\s+got|am\s+i|could\s+i\s+have|might\s+i\s+have|is\s+it\s+possible\s+i\s+have|i\s+(?:think|thought|feel\s+like|wonder\s+if)\s+i\s+(?:might|may|could)?\s*(?:have|be)|how\s+do\s+i\s+know\s+if\s+i\s+(?:have|am))\s+(?:a\s+|an\s+)?(?:ptsd|ocd|depression|depressed|bipolar|adhd|anxiety|an\s+anxiety\s+disorder|schizo\w*|psychotic|borderline|bpd|autis\w*|add|trauma|clinically)\b|\bdiagnos\w*\s+me\b|\bwhats\s+wrong\s+with\s+me\b"),
    ("safe_for_me", r"\b(?:safe|ok|okay|alright|dangerous|risky|bad)\s+for\s+me\b"),
    ("pause_treatment", r"\b(?:do|should|would|will|must|can)\s+i\s+(?:just\s+|simply\s+)?(?:need\s+to\s+|have\s+to\s+)?(?:stop|quit|pause|skip|hold|taper)\s+(?:it|them|taking|my)\b"),
    ("my_medication_question", r"\b(?:prescribe|prescription|refill)\s+(?:me|my)\b"),
)


@dataclass(frozen=True)
class Finding:
    """What the screen found: the kind (crisis or medical advice) and the rule's name, never the text."""

    kind: str
    rule: str


def normalize(text: str) -> str:
    """Lower case, unify quotes and dashes, drop apostrophes, turn other punctuation into spaces."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"\bod'd\b", "od", text)  # "OD'd" must not become "odd"
    text = text.replace("'", "")
    text = re.sub(r"[^\w\s]|_", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _alternation(terms: Iterable[str]) -> str:
    words = sorted({normalize(t) for t in terms if normalize(t)}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


def _load_lexicon(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"lexicon {path} must be a mapping")
    return data


class SafetyScreen:
    """Compiled crisis and medical-advice rules; build once, call `check` on every message."""

    def __init__(self, lexicon_path: Path = LEXICON_PATH) -> None:
        lexicon = _load_lexicon(lexicon_path)
        named = lexicon.get("medications", [])
        classes = lexicon.get("medication_classes", [])
        medications = _alternation(named + classes)
        named_medications = _alternation(named)
        contraindications = _alternation(lexicon.get("contraindications", []))
        medical_rules: List[Tuple[str, str]] = list(_MEDICAL_RULES_FIXED)
        # "I'm on lexapro, can I do ketamine?", "is it ok with my adderall", "can I drink alcohol after".
        # Only the visitor's *current* use counts: "I tried lexapro and it failed" is a depression question.
        medical_rules.append(
            (
                "medication_in_use",
                rf"\b(?:im\s+on|i\s+am\s+on|im\s+taking|i\s+am\s+taking|i\s+take|currently\s+(?:on|taking)|"
                rf"still\s+(?:on|taking)|while\s+(?:on|taking|using)|with\s+my|and\s+my|mix\w*\s+(?:it\s+)?with|"
                rf"combin\w*\s+(?:it\s+)?with|on\s+top\s+of\s+my|drink\w*|smok\w*|(?:can|should)\s+i\s+(?:take|use))"
                rf"(?:\s+\S+){{0,2}}?\s+{medications}\b",
            )
        )
        # "should I stop my zoloft before?", "can I come off my meds once I start"
        medical_rules.append(
            (
                "stop_medication",
                rf"(?:\b(?:should|can|could|do|would|will|must|if)\s+i\s+(?:\w+\s+){{0,3}}?|\bmy\s+\w+\s+(?:said|told|wants)\s+(?:me\s+)?(?:to\s+)?|\bi\s+(?:want|need|plan|am\s+going|have)\s+to\s+)"
                rf"(?:stop|quit|taper|wean|come\s+off|get\s+off|go\s+off|skip|reduce|lower|cut\s+down|switch\s+from|switch\s+off)"
                rf"\s+(?:taking\s+|on\s+|off\s+)?(?:all\s+|of\s+)?(?:my\s+)?(?:\w+\s+)?"
                rf"(?:meds|medication|medications|medicine|pills|prescriptions?|{medications})\b"
                rf"|\b(?:stop|stopping|stopped|quit|quitting|taper|tapering|tapered|wean|weaning|weaned|come\s+off|coming\s+off|came\s+off|get\s+off|"
                rf"go\s+off|skip|skipping|reduce|lower|cut\s+down)\s+(?:taking\s+|on\s+)?(?:all\s+|of\s+)?my\s+"
                rf"(?:\w+\s+)?(?:meds|medication|medications|medicine|pills|prescriptions?|{medications})\b",
            )
        )
        # "my spravato", "my xanax": a named drug the visitor owns. (Not "my antidepressants", which is how
        # visitors describe treatment-resistant depression.)
        medical_rules.append(("my_named_medication", rf"\bmy\s+{named_medications}\b"))
        # "a couple of beers the night before my infusion"
        medical_rules.append(
            (
                "substance_timing",
                rf"\b(?:{medications}|beer|beers|wine|drinks|edibles?)\b(?:\s+\S+){{0,6}}?\s+(?:before|after|during)\s+"
                rf"(?:my\s+|the\s+|a\s+)?(?:treatment|infusion|session|appointment|ketamine|dose)\b",
            )
        )
        # "will lithium and seroquel interact with ketamine?"
        medical_rules.append(
            (
                "medication_interaction",
                rf"\b{medications}\b(?:\s+\S+){{0,8}}?\s+(?:interact\w*|mix\w*|combin\w*|together)\b"
                rf"|\b(?:interact\w*|mix\w*|combin\w*)\s+(?:\w+\s+){{0,3}}?{medications}\b",
            )
        )
        # "I have high blood pressure, can I do it?"
        medical_rules.append(
            ("condition_personal", rf"{_PERSONAL}(?:\s+\S+){{0,6}}?\s+{contraindications}\b")
        )
        self._crisis: List[Tuple[str, Pattern[str]]] = [(n, re.compile(p)) for n, p in _CRISIS_RULES]
        self._medical: List[Tuple[str, Pattern[str]]] = [(n, re.compile(p)) for n, p in medical_rules]

    def crisis(self, text: str) -> Optional[Finding]:
        normalized = normalize(text)
        return self._first(CRISIS, self._crisis, normalized)

    def medical_advice(self, text: str) -> Optional[Finding]:
        normalized = normalize(text)
        return self._first(MEDICAL_ADVICE, self._medical, normalized)

    def check(self, text: str) -> Optional[Finding]:
        """Crisis first: someone in danger who also asks about a dose gets crisis resources."""
        normalized = normalize(text)
        return self._first(CRISIS, self._crisis, normalized) or self._first(
            MEDICAL_ADVICE, self._medical, normalized
        )

    @staticmethod
    def _first(
        kind: str, rules: Sequence[Tuple[str, Pattern[str]]], normalized: str
    ) -> Optional[Finding]:
        for name, pattern in rules:
            if pattern.search(normalized):
                return Finding(kind=kind, rule=name)
        return None
