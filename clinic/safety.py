"""Deterministic safety screens on a visitor's raw text.

The intent classifier is good at the phrasings it was trained on and unpredictable elsewhere, so the two
things the assistant must never get wrong do not rest on it alone:

* crisis language (suicide, self-harm, harm to others, overdose, emergencies), which always gets crisis
  resources, and
* personal medical questions (dose, interactions, pregnancy, stopping a medication, "do I have X"), which are
  always declined.

Every crisis finding carries its **category** (suicide, self-harm, medical emergency, overdose or poisoning,
sexual assault, abuse, threats to others), because each needs its own resources, and its **language**
(English, or Spanish for the Spanish rules), so the answer names the Spanish services. A medical-advice
finding about stopping or switching a medication carries the category `medication_change`. Distress without
danger ("I feel so hopeless") is a third kind, answered with warmth rather than a crisis text, and only when
the message is not a question about treatment.

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
DISTRESS = "distress"

# crisis categories
SUICIDE = "suicide"
SELF_HARM = "self_harm"
MEDICAL = "medical"
OVERDOSE = "overdose"
SEXUAL_ASSAULT = "sexual_assault"
ABUSE = "abuse"
THREAT = "threat"
CRISIS_CATEGORIES = (SUICIDE, SELF_HARM, MEDICAL, OVERDOSE, SEXUAL_ASSAULT, ABUSE, THREAT)
MEDICATION_CHANGE = "medication_change"

# A gap of a few words between two parts of a phrase ("kill my stupid self").
_GAP = r"(?:\s+\S+){0,3}?"
_SELF = r"(?:myself|my self|himself|herself|themselves|themself|yourself)"
_ME = rf"(?:{_SELF}|me)"
_PEOPLE = (
    r"(?:boss|wife|husband|mom|mother|dad|father|brother|sister|son|daughter|partner|boyfriend|girlfriend|ex|"
    r"neighbou?r|coworker|co\s+worker|kids?|children|family|roommate|friend|teacher|landlord|manager)"
)
_WANT = r"(?:want|wanna|wanted|going|gonna|plan|planning|trying|try|tempted|about|thinking about|think about|decided|ready|need)"

# Checked before the general rules, so "he keeps hurting me" is abuse, not self-harm, and "I was raped" gets
# the sexual-assault line. (rule name, category, pattern), on normalised text.
_SPECIFIC_RULES: Sequence[Tuple[str, str, str]] = (
    ("sexual_assault", SEXUAL_ASSAULT,
     r"\b(?:rap(?:e|ed|ing|ist)|sexual(?:ly)?\s+(?:assault\w*|abus\w*|attack\w*|violat\w*|harass\w*)|"
     r"molest\w*|roofied|drugged\s+(?:me|my\s+drink)|forced\s+(?:me\s+|her\s+|him\s+)?(?:to\s+have\s+sex|into\s+sex)|"
     r"touched\s+me\s+without|assaulted\s+(?:me|her|him)|was\s+assaulted|got\s+assaulted)\b"),
    ("abuse", ABUSE,
     r"\b(?:he|she|they|my\s+(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mom|mother|stepdad|"
     r"stepfather|stepmom|parents?|son|brother|sister|uncle|roommate))\s+(?:\w+\s+){0,2}?"
     r"(?:hits?|hitting|beats?|beating|chok\w+|punch\w*|kick\w*|slap\w*|hurts|hurting|threaten\w*|abus\w*|"
     r"push\w*|shov\w*|strangl\w*)\s+(?:me|us|my\s+\w+|her|him|them)\b"
     r"|\bdomestic\s+(?:violence|abuse)\b|\babusive\s+(?:\w+\s+)?(?:relationship|partner|husband|wife|boyfriend|"
     r"girlfriend|parents?|home|household|mom|dad|mother|father|marriage|ex)\b"
     r"|\b(?:being|been|getting|was|got)\s+(?:abused|beaten|beat\s+up|choked|strangled)\b"
     r"|\bafraid\s+(?:to\s+go\s+home|of\s+my\s+(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mother|ex))\b"
     r"|\b(?:child|elder|spousal|partner)\s+abuse\b|\babus(?:ing|ed|es)\s+(?:me|my|him|her|them|the\s+kids)\b"
     r"|\bnot\s+safe\s+at\s+home\b|\bthreaten\w*\s+to\s+kill\s+me\b"),
    ("stroke_signs", MEDICAL,
     r"\b(?:(?:face|mouth|smile)\s+(?:is\s+)?(?:drooping|droopy|numb|crooked)|slurr\w+\s+(?:speech|words|talking)|"
     r"speech\s+is\s+slurred|(?:having|think\s+(?:im|i\s+am|hes|shes|he\s+is|she\s+is)\s+having|signs\s+of)\s+a\s+stroke|"
     r"cant\s+(?:feel|move)\s+(?:my\s+|his\s+|her\s+)?(?:arm|leg|face|left\s+side|right\s+side|one\s+side)|"
     r"(?:just\s+)?(?:collapsed|fainted)\s+(?:and|again|now|right\s+now|just\s+now)|"
     r"(?:bleeding|bleed)\s+(?:a\s+lot|heavily|badly|wont\s+stop)|"
     r"chest\s+(?:pain|hurts|is\s+tight|tightness|pressure)|cant\s+breathe)\b"),
    # (a heart attack, seizure or fall in the past is history, not an emergency: "having a ..." is caught below)
    ("poisoning", OVERDOSE,
     r"\b(?:poisoned|poisoning|swallowed\s+(?:bleach|cleaner|antifreeze|something)|drank\s+(?:bleach|antifreeze|cleaner)|"
     r"ate\s+(?:some\s+|a\s+bunch\s+of\s+)?(?:pills|rat\s+poison))\b"),
    ("threat_place", THREAT,
     r"\b(?:shoot\s+up|blow\s+up|bomb)\s+(?:the|my|a|his|her)\s+(?:school|work|office|church|place|building|class)\b"),
    # Spanish (normalised: accents dropped)
    ("es_suicide", SUICIDE,
     r"\bsuicid\w*|\b(?:me\s+quiero|quiero|quisiera|me\s+voy\s+a|voy\s+a)\s+(?:morir|morirme|matarme)\b|\b(?:me\s+quiero|me\s+voy\s+a)\s+matar\b|"
     r"\bno\s+(?:tengo\s+ganas\s+de|quiero|puedo\s+seguir|le\s+encuentro\s+sentido\s+a)\s+(?:vivir|seguir\s+viviendo|la\s+vida|despertar)\b|"
     r"\b(?:quitarme|quitar\w*\s+la|acabar\s+con\s+(?:mi|su))\s+(?:la\s+)?vida\b|\bmatarme\b|"
     r"\bmejor\s+(?:estaria\s+|estar\s+)?muert[oa]s?\b|\bya\s+no\s+(?:quiero|aguanto)\s+(?:vivir|mas|seguir)\b|"
     r"\bno\s+vale\s+la\s+pena\s+vivir\b|\bdesaparecer\s+para\s+siempre\b|\bquiere\s+(?:morir|matarse|suicidarse)\b"),
    ("es_self_harm", SELF_HARM,
     r"\b(?:cortarme|me\s+corto|me\s+estoy\s+cortando|me\s+corte|hacerme\s+dano|me\s+hago\s+dano|lastimarme|"
     r"me\s+lastimo|autolesion\w*|se\s+corta|se\s+hace\s+dano)\b"),
    ("es_medical", MEDICAL,
     r"\b(?:no\s+puedo\s+respirar|no\s+puede\s+respirar|dolor\s+(?:en\s+el|de|del)\s+pecho|"
     r"(?:un|una)\s+(?:derrame|infarto|ataque\s+al\s+corazon|convulsion)|se\s+desmayo|no\s+reacciona|"
     r"inconsciente|emergencia)\b"),
    ("es_overdose", OVERDOSE,
     r"\b(?:sobredosis|demasiadas\s+pastillas|tome\s+(?:demasiad[oa]s|todas|un\s+monton)|tomo\s+(?:demasiad[oa]s|todas)|"
     r"envenen\w*|intoxica\w*)\b"),
    ("es_sexual_assault", SEXUAL_ASSAULT,
     r"\b(?:me\s+violaron|me\s+violo|la\s+violaron|violacion|violad[oa]|abuso\s+sexual|abusaron\s+(?:sexualmente\s+)?de\s+(?:mi|ella|el)|"
     r"agresion\s+sexual|agredieron\s+sexualmente|me\s+tocaron\s+sin|me\s+toco\s+sin)\b"),
    ("es_abuse", ABUSE,
     r"\b(?:me\s+pega|me\s+golpea|me\s+golpeo|me\s+pego|me\s+maltrata|me\s+amenaza\w*|violencia\s+(?:domestica|familiar|intrafamiliar)|"
     r"maltrato|abusa\s+de\s+mi|tengo\s+miedo\s+de\s+(?:mi\s+\w+|volver\s+a\s+casa|regresar\s+a\s+casa)|le\s+pega\s+a)\b"),
    ("es_threat", THREAT,
     r"\b(?:voy\s+a|quiero|tengo\s+ganas\s+de)\s+(?:matar|lastimar|hacerle\s+dano|golpear)\s+a\b|\bmatar\s+a\s+alguien\b|"
     r"\b(?:voy\s+a|quiero)\s+(?:matarlo|matarla|matarlos)\b"),
)

# The category of each general rule below (the rest are suicide).
_GENERAL_CATEGORY = {
    "self_harm": SELF_HARM, "hurt_self": SELF_HARM, "until_bleed": SELF_HARM, "cut_recent": SELF_HARM,
    "cutting": SELF_HARM, "cutting_again": SELF_HARM,
    "hurt_others": THREAT, "harm_others": THREAT, "kill_other": THREAT,
    "overdose": OVERDOSE, "too_many": OVERDOSE, "more_than_prescribed": OVERDOSE, "took_many": OVERDOSE,
    "emergency": MEDICAL, "call_911": MEDICAL, "not_breathing": MEDICAL, "medical_acute": MEDICAL,
}

# Distress without danger: answered with warmth and 988 as an option, unless the message asks about treatment.
_DISTRESS = (
    r"\b(?:i\s+(?:feel|am|have\s+been|ve\s+been|been|keep\s+feeling)|im|feeling|feel)\s+(?:so\s+|really\s+|very\s+|super\s+|"
    r"completely\s+|totally\s+|just\s+|kind\s+of\s+|kinda\s+|pretty\s+|incredibly\s+)?(?:depressed|hopeless|worthless|"
    r"empty|numb|miserable|down|low|sad|lonely|alone|broken|exhausted|awful|terrible|lost|overwhelmed|stuck|defeated|"
    r"drained|dead\s+inside)\b|\bnothing\s+(?:helps|works|ever\s+works|is\s+working|ever\s+helps|seems\s+to\s+help)\b|"
    r"\bi\s+cant\s+(?:cope|handle\s+(?:it|this|anything))\b|\b(?:no|lost\s+all|losing)\s+hope\b|\bso\s+tired\s+of\s+feeling\b|"
    r"\b(?:me\s+siento|estoy)\s+(?:muy\s+|tan\s+)?(?:deprimid[oa]|triste|sin\s+esperanza|vaci[oa]|sol[oa])\b"
)
_ASKS_ABOUT_TREATMENT = (
    r"\b(?:ketamine?|ketamina|treatment|treatments|infusion|infusions|therapy|therapies|session|sessions|clinic|"
    r"consult\w*|appointment|cost|price|help\s+with|work\s+for|works\s+for|could\s+it|can\s+it|does\s+it|would\s+it|"
    r"will\s+it|spravato|esketamine)\b"
)

_MEDICATION_CHANGE_RULES = frozenset({"stop_medication", "pause_treatment"})

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
    ("danger", r"\b(?:in\s+danger|not\s+safe\s+(?:right\s+now|here)|im\s+not\s+safe)\b"),
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
    """What the screen found: the kind (crisis, medical advice, distress), the rule's name, the category
    (a crisis category, `medication_change`, or "") and the language of the rule ("en", "es"); never the text."""

    kind: str
    rule: str
    category: str = ""
    language: str = "en"


def normalize(text: str) -> str:
    """Lower case, unify quotes and dashes, drop apostrophes, turn other punctuation into spaces."""
    text = unicodedata.normalize("NFKD", text or "").lower()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))  # "tomé" -> "tome", "daño" -> "dano"
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
        # Not "my lexapro stopped working": a history of what failed is a question about ketamine, not advice.
        medical_rules.append((
            "my_named_medication",
            rf"\bmy\s+{named_medications}\b(?!\s+(?:\w+\s+)?(?:stopped|never|didnt|did\s+not|doesnt|does\s+not|wasnt|"
            rf"was\s+not|isnt|is\s+not|quit|barely|no\s+longer|failed|made\s+(?:me|things)|did\s+nothing)\b)",
        ))
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
        # (name, category, language, pattern): the specific rules first, then the general ones
        self._crisis: List[Tuple[str, str, str, Pattern[str]]] = [
            (n, c, "es" if n.startswith("es_") else "en", re.compile(p)) for n, c, p in _SPECIFIC_RULES
        ] + [(n, _GENERAL_CATEGORY.get(n, SUICIDE), "en", re.compile(p)) for n, p in _CRISIS_RULES]
        self._medical: List[Tuple[str, str, str, Pattern[str]]] = [
            (n, MEDICATION_CHANGE if n in _MEDICATION_CHANGE_RULES else "", "en", re.compile(p))
            for n, p in medical_rules
        ]
        self._distress = re.compile(_DISTRESS)
        self._asks_about_treatment = re.compile(_ASKS_ABOUT_TREATMENT)

    def crisis(self, text: str) -> Optional[Finding]:
        return self._first(CRISIS, self._crisis, normalize(text))

    def medical_advice(self, text: str) -> Optional[Finding]:
        return self._first(MEDICAL_ADVICE, self._medical, normalize(text))

    def distress(self, text: str) -> Optional[Finding]:
        """Distress without danger, in a message that does not ask about treatment."""
        return self._distress_in(normalize(text))

    def check(self, text: str) -> Optional[Finding]:
        """Crisis first (someone in danger who also asks about a dose gets crisis resources), then advice,
        then distress."""
        normalized = normalize(text)
        return (
            self._first(CRISIS, self._crisis, normalized)
            or self._first(MEDICAL_ADVICE, self._medical, normalized)
            or self._distress_in(normalized)
        )

    def _distress_in(self, normalized: str) -> Optional[Finding]:
        match = self._distress.search(normalized)
        if match is None or self._asks_about_treatment.search(normalized):
            return None
        spanish = match.group(0).startswith(("me siento", "estoy"))
        return Finding(kind=DISTRESS, rule="distress", language="es" if spanish else "en")

    @staticmethod
    def _first(
        kind: str, rules: Sequence[Tuple[str, str, str, Pattern[str]]], normalized: str
    ) -> Optional[Finding]:
        for name, category, language, pattern in rules:
            if pattern.search(normalized):
                return Finding(kind=kind, rule=name, category=category, language=language)
        return None
