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
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Pattern, Sequence, Tuple

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
# A crisis word used as a topic ("can ketamine help with suicidal thoughts?", "can you overdose on it?"), or a
# past danger with nothing happening now ("I got out of an abusive marriage 5 years ago, I'm safe now"):
# answered as the question it is, with the category's resources added after it (assistant/policies.py).
CRISIS_TOPIC = "crisis_topic"

# A gap of a few words between two parts of a phrase ("kill my stupid self").
_GAP = r"(?:\s+\S+){0,3}?"
_SELF = r"(?:myself|my self|himself|herself|themselves|themself|yourself)"
_ME = rf"(?:{_SELF}|me)"
_PEOPLE = (
    r"(?:boss|wife|husband|mom|mother|dad|father|brother|sister|son|daughter|partner|boyfriend|girlfriend|ex|"
    r"neighbou?r|coworker|co\s+worker|kids?|children|family|roommate|friend|teacher|landlord|manager)"
)
_WANT = r"(?:want|wanna|wanted|going|gonna|plan|planning|trying|try|tempted|about|thinking about|think about|decided|ready|need)"

# "my dad always beats me at chess": a game, not a blow
_NOT_A_GAME = r"(?!\s+(?:at|in)\s+(?:chess|cards|games?|poker|tennis|golf|pool|checkers|arm\s+wrestling|everything|\w+ball)\b)"
# "she is not responding to SSRIs": a treatment that does not work, not someone unresponsive
_NOT_A_TREATMENT = (r"(?!\s+(?:well\s+)?to\s+(?:\w+\s+)?(?:ssris?|snris?|meds|medications?|medicines?|treatments?|therapy|antidepressants?|"
                    r"ketamine|infusions?|it|them|lexapro|zoloft|prozac|wellbutrin|drugs)\b|\s+well\b)")
# "gonna kill my wallet", "hurt my chances": harm to things, not people
_NOT_A_PERSON = (
    r"(?!\s+(?:wallet|budget|bank|account|credit|chances|schedule|sleep|back|knees?|feet|eyes|brain|phone|battery|"
    r"car|plans?|vibe|mood|grade|grades|diet|savings)\b)"
)
# "my dog ate a bunch of chocolate": an animal's, not a person's
_NOT_A_PET = r"(?<!dog\s)(?<!cat\s)(?<!puppy\s)(?<!pet\s)(?<!kitten\s)"
_KIN = (
    r"(?:mom|mother|mama|dad|father|papa|son|daughter|kid|child|baby|toddler|boy|girl|brother|sister|wife|husband|"
    r"partner|boyfriend|girlfriend|bf|gf|friend|roommate|grandma|grandpa|grandmother|grandfather|uncle|aunt|"
    r"cousin|coworker|neighbou?r|teen|teenager|grandson|granddaughter|grandkid|grandchild|he|she|they|someone|somebody)"
)
_BODY = r"(?:wrists?|arms?|legs?|thighs?|stomach|belly|hips?|skin|body)"
_DRUG = (r"(?:pills|blues|meds|medication|medicine|tablets|oxys?|opioids|fentanyl|fenta|xanax|ambien|heroin|percs?|bars|gummies|edibles|"
         r"klonopin|ativan|valium|benzos|clonazepam|lorazepam|diazepam|alprazolam)")
_ALCOHOL = r"(?:alcohol|vodka|wine|beer|beers|liquor|whiskey|tequila|booze|drinks|drinking)"
_OVER_THE_COUNTER = r"(?:tylenol|advil|aspirin|ibuprofen|acetaminophen|benadryl|motrin|aleve|melatonin|sleeping\s+pills)"
# "now hes super sleepy and wobbly", "she seems very drowsy": how someone is now, not a side effect asked about
_DROWSY_NOW = (
    r"(?:\s+\S+){0,12}?\s+(?:now\s+)?(?:(?:he|she|hes|shes|they|theyre|is|seems|seem|looks|im|i\s+am|getting|very|super|"
    r"really|so|and)\s+){1,3}(?:drowsy|sleepy|wobbly|lethargic|limp|floppy|confused|out\s+of\s+it|vomiting|throwing\s+up)\b"
)

# Signs of poisoning told as happening now ("and now im shaking a lot, puking", "i feel like im fading out", "my heart
# is going crazy and im seeing bugs"): progressive forms after a subject or "now", not a side effect asked about
_POISONED_NOW = (
    r"(?:\b(?:im|i\s+am|i\s+feel|i\s+keep|hes|he\s+is|shes|she\s+is|theyre|now|and)\s+(?:\w+\s+){0,4}?"
    r"(?:fading\s+(?:out|away)|slipping\s+away|passing\s+out|blacking\s+out|throwing\s+up|puking|vomiting|shaking|seizing|"
    r"seeing\s+(?:things|bugs|stuff)|hallucinating|cant\s+stay\s+awake|cant\s+breathe|cant\s+see\s+straight|nodding\s+off|"
    r"(?:chest|throat)\s+(?:feels\s+|is\s+)?(?:so\s+|really\s+)?tight)"
    r"|\bmy\s+heart\s+(?:is\s+)?(?:racing|pounding|going\s+crazy)|\b(?:everythings?|the\s+room)\s+(?:is\s+)?(?:blurry|spinning|going\s+dark))\b"
)

# Signs that something taken is acting now: "i cant move my legs", "everythings spinning", "i feel really weird"
_SIGNS_NOW = (
    r"(?:cant\s+(?:move|feel|breathe|stand|walk|see|stay\s+awake|wake)|spinning|passing\s+out|blacking\s+out|throwing\s+up|puking|"
    r"vomiting|shaking|heart\s+(?:is\s+)?(?:racing|pounding)|(?:feel|feeling)\s+(?:really\s+|so\s+|super\s+)?(?:weird|wrong|strange|like\s+im\s+dying)|dying)\b"
)

# Spanish building blocks (normalised text: accents dropped, so "tomé" is "tome"). The forms are the ones
# visitors type, with the region's spellings ("kiero", "pa", "q").
# "his grades have collapsed": a collapse that is no one's body
_NOT_A_BODY = (
    r"(?<!grades\s)(?<!grades\shave\s)(?<!marriage\s)(?<!marriage\shas\s)(?<!business\s)(?<!business\shas\s)"
    r"(?<!world\s)(?<!world\shas\s)"
)
_ES_WANT = r"(?:quiero|kiero|qiero|quero|keria|quisiera|queria|quiere|kiere|quieren)"
_ES_KIN = (
    r"(?:esposo|esposa|marido|mujer|pareja|novio|novia|ex|exesposo|exesposa|expareja|exnovio|exnovia|papa|mama|padre|"
    r"madre|padrastro|madrastra|hermano|hermana|hijo|hija|hijastro|hijastra|tio|tia|abuelo|abuela|primo|prima|suegro|"
    r"suegra|cunado|cunada|vecino|vecina|jefe|jefa|roomie|companero|companera|cuidador|cuidadora|sobrino|sobrina|"
    r"nieto|nieta|amigo|amiga|ella|ellos)"
)
# hitting and its kin, after an object pronoun ("me pega", "la empuja", "le pegan a mi papa")
_ES_HIT = (
    r"(?:pega|pegan|pego|pegaron|pegaba|pegaban|pegar|golpea\w*|golpeo|golpear\w*|patea\w*|pateo|empuj\w+|avent\w+|"
    r"jalone\w+|ahorc\w+|estrangul\w+|madrea\w*|madreo|cachete\w+|abofete\w+|maltrat\w+|arrastr\w+|lastim\w+|"
    r"ha[cg]\w*\s+dano|hizo\s+dano)\b(?!\s+(?:un\s+susto|la\s+gripa|el\s+covid|el\s+virus|el\s+sol|mas\s+de\s+lo\s+que))"
)
# not when an illness or a feeling is the subject ("la depresion me pega", "la ansiedad me tiene encerrada")
_ES_NOT_A_FEELING = (
    r"(?<!depresion\s)(?<!depre\s)(?<!ansiedad\s)(?<!tristeza\s)(?<!estres\s)(?<!dolor\s)(?<!panico\s)(?<!miedo\s)"
    r"(?<!trabajo\s)(?<!chamba\s)(?<!enfermedad\s)(?<!soledad\s)(?<!nostalgia\s)(?<!bajon\s)(?<!cansancio\s)(?<!insomnio\s)"
)
# harming someone else, before "a"/"al" and the person ("voy a lastimar al que...", "ganas de matar a mi jefe")
_ES_HARM_OTHER = (
    r"(?:matar|asesinar|lastimar|hacerle\s+dano|hacerles\s+dano|golpear|apunalar|balacear|disparar(?:le|les)?|ahorcar|"
    r"ahogar|asfixiar|envenenar|acuchillar|madrear|partirle\s+la\s+madre|romperle\s+la\s+madre)"
)
# what comes between "me"/"se" and a verb of hurting oneself ("me volvi a lastimar", "se va a cortar")
_ES_SELF_AUX = (
    r"(?:volvi\s+a|vuelvo\s+a|volvio\s+a|vuelve\s+a|quiero|kiero|quise|quiere|voy\s+a|va\s+a|iba\s+a|estoy|esta|"
    r"estaba|sigo|sigue|he|ha|acabo\s+de|acaba\s+de)"
)
# "me lastime la rodilla jugando", "se va a lastimar si sigue brincando": an injury or a warning, not self-harm
_ES_NOT_AN_INJURY = (
    r"(?!\s+(?:(?:en\s+)?(?:la|el|los|las|una?|mi)\s+(?:rodillas?|espalda|tobillo|pie|pies|mano|dedo|cuello|hombro|"
    r"cadera|codo|muneca|pierna|brazo|columna|oido|ojo)|jugando|entrenando|corriendo|en\s+el\s+(?:gym|gimnasio|trabajo|"
    r"futbol|partido)|si|(?:mucho\s+)?(?:lo\s+que|que\s+(?:me|no|mi|el|ella)|sus?\s+(?:palabras|comentarios?|actitud)))\b)"
)
# "me estoy cortando el pelo", "se corto la luz"
_ES_NOT_A_HAIRCUT = (
    r"(?!\s+(?:el\s+(?:pelo|cabello|fleco|flequillo|dedo)|la\s+(?:barba|luz|llamada|senal|una|comunicacion|internet)|"
    r"las\s+(?:unas|puntas)|el\s+(?:agua|internet|servicio|gas)|cocinando|picando|rasurando|afeitando|"
    r"con\s+(?:un\s+papel|una\s+hoja|un\s+vidrio|una\s+lata|el\s+cuchillo\s+de\s+la\s+cocina)|sin\s+querer|por\s+accidente)\b)"
)
_ES_SWALLOWED = (
    r"me\s+tome|tome|se\s+tomo|trague|me\s+trague|se\s+trago|eche|me\s+eche|se\s+echo|ingeri|ingirio|consumi|"
    r"consumio|me\s+acabe|se\s+acabo|me\s+meti|se\s+metio|se\s+tomaron|le\s+dieron|le\s+di|le\s+dio|"
    r"(?:me|se)\s+(?:acabo|acaba|acabe)\s+de\s+(?:tomar|meter|tragar)|tomarme|tomarse"
)
_ES_TOO_MUCH = (
    r"(?:muchas|muchos|demasiad[oa]s?|un\s+(?:monton|chingo|punado|buen|chorro|madral|putero)|toda\s+la\s+(?:caja|botella|tira)|"
    r"todo\s+el\s+(?:frasco|bote|blister)|el\s+(?:doble|triple|frasco|bote)|la\s+caja\s+(?:entera|completa)|"
    r"mas\s+de\s+(?:la\s+cuenta|lo\s+(?:que|recetado|indicado|normal|debido))|varias|un\s+(?:frasco|bote|blister)|una\s+(?:caja|botella)|"
    r"[1-9]\d|\d{3}|veinte|treinta|cuarenta|cincuenta|quince|doce|diez)"
)
_ES_PILLS = (
    r"(?:pastillas?|pastis|pildoras?|tabletas?|capsulas?|medicinas?|medicamentos?|calmantes|somniferos|ansioliticos|"
    r"antidepresivos|analgesicos|clonazepam|rivotril|alprazolam|xanax|tafil|paracetamol|tylenol|ibuprofeno|tramadol|"
    r"oxicodona|fentanil\w*|insulina|litio|dosis)"
)
_ES_POISON = (
    r"(?:cloro|blanqueador|clorox|detergente|jabon\s+(?:de|para)\s+(?:ropa|trastes)|productos?\s+de\s+limpieza|"
    r"limpiador\w*|veneno|raticida|matarratas|insecticida|anticongelante|thinner|gasolina|pila|pilas|bateria|"
    r"baterias|pinol|fabuloso|sosa\s+caustica)"
)
_ES_DRINK = r"(?:alcohol|cerveza|cervezas|chelas|vino|tequila|mezcal|vodka|whisky|ron|pisto|licor|trago|tragos|copas)"
# "me muero de ganas", "me muero de risa", "me muero por verte": not a wish to die
_ES_NOT_AN_IDIOM = (
    r"(?!\s+(?:de\s+(?:la\s+|un\s+|una\s+)?(?:risa|ganas|hambre|sueno|verguenza|pena|calor|frio|aburrimiento|amor|envidia|"
    r"curiosidad|cansancio|nervios|miedo|emocion|gusto|tristeza|flojera|coraje|susto|sed|dolor|estres|angustia)|por)\b)"
)

# A threat made of what someone will do on finding out, a figure of speech: "my husband is going to strangle me when
# he sees the bill", "my wife will strangle me if she sees what i spent on shoes"
_NOT_WHEN_THEY_FIND_OUT = r"(?!\s+(?:when|if|once|for)\s+(?:he|she|they)\s+(?:sees?|finds?\s+out|hears?|gets?|notices?)\b)"

# Checked before the general rules, so "he keeps hurting me" is abuse, not self-harm, and "I was raped" gets
# the sexual-assault line. (rule name, category, pattern), on normalised text.
_SPECIFIC_RULES: Sequence[Tuple[str, str, str]] = (
    # a partner or relative who threatens to kill or hurt someone in the family is domestic violence (the hotline,
    # and 911), not a threat the writer makes: "her boyfriend will kill her if she leaves", "hes saying hell kill mom"
    # (with a sign that it is meant: a weapon, drink, marks, now, fear, leaving; "my dad will kill us if we're late to
    # dinner again" is a figure of speech)
    # Told without the usual words (twenty-first session, from messages written blind): a weapon meant for someone
    # ("i intend to use it on him", "make those kids at school pay"), a plan on its way ("driving to her place right
    # now with a bat"), someone close to hurting someone, police asked how fast they reach a school
    ("threat_aimed", THREAT,
     r"\b(?:gun|pistol|rifle|revolver|shotgun|knife|bat|machete)\b(?:\s+\S+){0,10}?\s+(?:intend|going|gonna|plan\w*|want|thinking\s+(?:of|about))\s+(?:to\s+)?us(?:e|ing)\s+it\s+on\s+"
     r"(?:him|her|them|my\s+\w+|the\s+(?:guy|man|woman|kid|kids|people)|that\s+\w+|those\s+\w+)\b"
     r"|\b(?:gun|pistol|rifle|revolver|shotgun)\b(?:\s+\S+){0,8}?\s+(?:make|making)\s+(?:them|him|her|everyone|everybody|those\s+\w+)\s+(?:\w+\s+){0,3}?pay\b"
     r"|\btake\s+care\s+of\s+(?:our|my|his|her|the|that)\s+\w+\b(?:\s+\S+){0,8}?\s+(?:gun|knife|weapon|pistol|rifle)\b"
     r"|\b(?:driving|going|heading|on\s+my\s+way)\s+(?:over\s+)?to\s+(?:his|her|their)\s+(?:place|house|apartment|work|job)\b(?:\s+\S+){0,4}?\s+with\s+(?:a|my|the)\s+(?:bat|gun|knife|crowbar|pipe|pistol|rifle|hammer)\b"
     r"|\bfantas\w*\s+(?:about|of)\s+(?:hurting|killing|shooting|stabbing)\s+(?:people|someone|everyone|my\s+\w+|them)\b(?:\s+\S+){0,10}?\s+(?:plan|ammo|ammunition|bought|gun)\b"
     r"|\b(?:close\s+to|on\s+the\s+verge\s+of)\s+(?:hurting|attacking|hitting|strangling|stabbing|killing)\s+(?:someone|somebody|him|her|them|my\s+\w+)\b"
     r"|\bcould\s+(?:really\s+)?hurt\s+(?:someone|somebody)\s+(?:rn|right\s+now|tonight|today)\b|\bstop\s+myself\s+from\s+hurting\s+(?:someone|somebody|him|her|them)\b"
     r"|\b(?:about\s+to|gonna|going\s+to)\s+beat\s+the\s+(?:hell|crap|shit|life)\s+out\s+of\s+(?:him|her|them|his|that\s+guy|my\s+\w+)\b"
     r"|\bhow\s+long\s+(?:would|does|will)\s+it\s+take\s+(?:the\s+)?(?:police|cops)\s+to\s+get\s+to\s+(?:a|the)\s+(?:school|mall|church|office)\b"
     # run over, poisoned, smothered, burned in, waited for with a weapon ("im waiting in the lot with a tire iron")
     r"|\b(?:run|running|drive|driving)\s+(?:\w+\s+){1,4}?over\s+with\s+(?:my|the|his|her)\s+(?:car|truck|suv)\b|\b(?:run|running)\s+(?:my\s+\w+|him|her|them|that\s+guy)\s+over\b(?!\s+to\b)"
     r"|\b(?:run|running)\s+over\s+the\s+(?:kids|people|guy|neighbors?)\b|\b(?:run|running)\s+my\s+(?:car|truck)\s+into\s+(?:the\s+guy|him|her|them|my\s+\w+)\b"
     r"|\b(?:rat\s+poison|poison|antifreeze|bleach|(?:\w+\s+)?pills|(?:sleeping\s+)?meds)\b(?:\s+\S+){0,4}?\s+in\s+(?:his|her|their|my\s+\w+s?)\s+(?:\w+\s+)?(?:food|drink|coffee|shake|tea|soup|dinner|water)\b"
     r"|\bpoison\s+(?:my|his|her|the)\s+(?:\w+\s+)?(?:food|drink|coffee|husband|wife|boss|roommate)\b"
     r"|\bpillow\s+over\s+(?:her|his|their|my\s+\w+s?)\s+face\b|\bmake\s+(?:him|her|my\s+\w+|them)\s+stop\s+breathing\b"
     r"|\b(?:afraid|scared)\s+(?:ill|i\s+will|im\s+going\s+to|i\s+might)\s+(?:actually\s+)?(?:hurt|shake|drop|smother)\s+(?:her|him|them|the\s+baby|my\s+(?:baby|kids?|son|daughter))\b"
     r"|\bburn\s+(?:\w+\s+){0,3}?(?:house|place|apartment|car)\s+down\s+with\s+(?:him|her|them|everyone)\s+in\s+it\b"
     r"|\b(?:set|setting)\s+(?:\w+\s+){0,4}?on\s+fire\s+(?:tonight\s+)?with\s+(?:everyone|him|her|them)\s+in\s+it\b|\bgas\s+can\b(?:\s+\S+){0,6}?\s+(?:lighter|matches)\b"
     r"|\b(?:break|breaking)\s+(?:his|her|their)\s+(?:jaw|legs|neck)\b|\bbeat\s+(?:him\s+|her\s+|them\s+)?(?:till|until)\s+(?:he|she|they)\s+stops?\s+moving\b|\bslash\s+(?:his|her|their)\s+(?:face|throat)\b"
     r"|\b(?:going|go|heading|walking|driving|show\s+up)\s+(?:\w+\s+){0,2}?to\s+(?:his|her|their|the)\s+(?:office|work|house|school|job|place)\b(?:\s+\S+){0,3}?\s+with\s+(?:my|a|the)\s+(?:gun|rifle|pistol|shotgun|knife)\b"
     r"|\bmeet(?:ing)?\s+(?:the|my)\s+(?:shotgun|gun|rifle|pistol)\b|\b(?:next\s+one|whoever|anyone)\s+who\s+(?:\w+\s+){0,5}?(?:wont|will\s+not)\s+(?:be\s+)?(?:leaving|leave|walk\s+away|make\s+it)\b"
     r"|\blist\s+of\s+(?:\w+\s+){0,3}?(?:kids|classmates|students|people|coworkers|names)\b(?:\s+\S+){0,10}?\s+(?:pay|kill|date|deserve|friday|monday|guns?|ammo|ammunition)\b"
     r"|\bmake\s+(?:them\s+all|everyone|everybody|the\s+people\s+who\s+\w+\s+me|those\s+(?:kids|people|guys))\b(?:\s+\S+){0,5}?\s+pay\b"
     r"|\btake\s+(?:the\s+whole\s+\w+|everyone|everybody|them\s+all)\s+down\s+with\s+(?:him|her|me|them)\b"
     r"|\bwait\w*\s+(?:for\s+(?:him|her|them)\s+)?(?:in|outside|by|at)\s+(?:the\s+)?(?:parking\s+lot|lot|his|her|their|the)\b(?:\s+\S+){0,10}?\s+(?:tire\s+iron|bat|knife|gun|something\s+in\s+my\s+trunk|crowbar|pipe)\b"
     r"|\bi\s+know\s+(?:where\s+(?:he|she|they)\s+(?:parks|lives|works|sleeps)|(?:his|her|their)\s+schedules?)\b(?:\s+\S+){0,12}?\s+(?:regret|hurt|pay|tonight|tomorrow|going\s+to|gonna|make\s+sure)\b"
     r"|\b(?:intend|plan|planning)\s+to\s+(?:hurt|kill|shoot|stab|attack|harm)\s+(?:the|my|his|her|that)\s+\w+"
     r"|\bbringing\s+something\b(?:\s+\S+){0,6}?\s+(?:end\s+it|everyone\s+will\s+see|theyll\s+see|they\s+will\s+see)\b"
     r"|\bsharpen\w*\s+(?:my|a|the)\s+(?:\w+\s+)?knife\b(?:\s+\S+){0,8}?\s+(?:thinking\s+about|my\s+ex|boyfriend|girlfriend|tonight)\b"
     r"|\bwring\s+(?:his|her|my\s+\w+s?)\s+neck\b(?:\s+\S+){0,10}?\s+(?:right\s+now|rn|walking|going\s+to\s+(?:his|her))\b"
     r"|\bgiv\w*\s+(?:one\s+|a\s+|my\s+|that\s+)?(?:patient|him|her)\s+(?:way\s+)?too\s+much\s+on\s+purpose\b|\bfist\s+through\s+(?:his|her|\w+s)\s+face\b"
     r"|\bwait\w*\s+for\s+(?:him|her|them)\s+with\s+(?:a|the|my)\s+(?:crowbar|bat|knife|gun|pipe|tire\s+iron)\b|\bslashing\s+more\s+than\s+(?:his|her)\s+tires\b"
     r"|\bdrown\s+(?:the|my|our)\s+(?:kids|children|baby)\b|\bpulled\s+up\s+to\s+(?:his|her)\s+house\b(?:\s+\S+){0,4}?\s+waiting\b|\brunning\s+over\s+(?:my|his|her|the)\s+\w+"
     r"|\blight\s+up\s+the\s+(?:party|school|office|place)\b|\bpictures\s+of\s+weapons\b|\bdead\s+when\s+i\s+(?:find|see|catch)\s+(?:him|her)\b|\btake\s+care\s+of\s+(?:her|him)\s+myself\b"
     r"|\bcould\s+hurt\s+someone\s+and\s+im\s+(?:scared|afraid)\b|\bbringing\s+(?:a|his|her|my)\s+gun\b|\bmap\s+of\s+(?:his|her|the)\s+school\b(?:\s+\S+){0,6}?\s+bombs?\b"
     r"|\b(?:gonna|going\s+to)\s+smoke\s+(?:the|that)\s+(?:dude|guy)\b|\bcatch\s+a\s+body\b|\bwill\s+kill\s+my\s+(?:whole\s+)?family\b"
     r"|\b(?:gun|arma|weapon)\b(?:\s+\S+){0,8}?\s+(?:tomorrow\s+is\s+the\s+day|manana\s+es\s+el\s+dia|tomorrow\s+everyone|everyone\s+will\s+see|everyone\s+finds\s+out)\b"
     r"|\b(?:everyone\s+finds\s+out|everyone\s+will\s+see)\b(?:\s+\S+){0,6}?\s+gun\b|\bviolent\s+thoughts\s+toward\b(?:\s+\S+){0,4}?\s+act\s+on\b|\bhomicidal\s+thoughts\s+and\s+a\s+plan\b"
     r"|\battacking\s+women\b|\b(?:people|ppl|everyone)\s+at\s+(?:school|work)\s+(?:are\s+)?(?:gonna|going\s+to)\s+get\s+whats\s+coming\b"
     r"|\bjumping\s+(?:him|her|them)\b(?:\s+\S+){0,4}?\s+with\s+bats\b|\bmake\s+the\s+whole\s+\w+\s+pay\b|\bwaiting\s+outside\s+(?:my\s+)?(?:exs|his|her)\s+(?:work|house|place)\b"
     r"|\brunning\s+my\s+car\s+into\s+the\s+(?:guys|people)\b|\bwont\s+see\s+it\s+coming\b|\b(?:going\s+to|gonna)\s+do\s+something\s+to\s+(?:his|her|my|the|that)\s+\w+"
     r"|\bgot\s+something\s+in\s+the\s+trunk\b|\bburn\s+the\s+house\s+down\s+with\s+(?:his|her|my)\s+\w+\s+inside\b|\bwaving\s+a\s+knife\b"
     r"|\bthinkin\w*\s+(?:bout|about)\s+hurtin\w*\s+my\s+\w+|\bnever\s+hurts\s+anyone\s+again\s+permanently\b|\bshoot\s+the\s+place\s+up\b|\bending\s+it\s+for\s+all\s+of\s+them\b"
     r"|\bpoison\s+my\s+\w+(?:\s+in\s+law)?\b|\bdo\s+something\b(?:\s+\S+){0,5}?\s+(?:i|that\s+i)\s+cant\s+take\s+back\b|\bafraid\s+of\s+what\s+(?:ill|i\s+will|i\s+might)\s+do\s+to\s+(?:her|him|them)\b"
     r"|\ble\s+voy\s+a\s+hacer\s+dano\b|\bamenazo\s+con\s+matar\s+a\s+mi\s+familia\b|\bdar(?:le)?\s+su\s+merecido\b|\bme\s+voy\s+a\s+echar\s+a\b|\bsalio\s+con\s+la\s+pistola\s+a\s+buscar\b"
     r"|\bva\s+a\s+atacar\s+la\s+(?:iglesia|escuela)\b|\bvoy\s+a\s+hacer\s+que\s+todos\s+paguen\b|\bcasi\s+mato\s+a\b|\btraer\s+un\s+arma\b|\bva\s+a\s+hacer\s+algo\s+en\s+su\s+escuela\b"
     r"|\bun\s+bate\s+y\s+dice\s+que\s+va\s+a\s+buscar\b|\bafuera\s+de(?:l\s+trabajo|\s+la\s+casa)\s+de\s+mi\s+ex\b|\bva\s+a\s+balear\b"
     r"|\bme\s+llevo\s+la\s+pistola\b|\bllevar\s+la\s+pistola\b(?:\s+\S+){0,4}?\s+a\s+la\s+escuela\b|\bdriving\s+to\s+(?:my\s+)?(?:exs|his|her)\s+place\b"
     r"|\bi\s+hurt\s+people\b(?:\s+\S+){0,10}?\s+(?:building|right\s+now|next\s+room)\b|\bloading\s+the\s+gun\b|\bmake\s+him\s+suffer\b(?:\s+\S+){0,4}?\s+(?:address|tonight|know\s+where)\b"
     r"|\bgo\s+find\s+the\s+guy\b(?:\s+\S+){0,6}?\s+finish\s+it\b|\bplans?\s+to\s+(?:shoot|kill|stab|hurt)\s+(?:his|her|my|the|a)\b"
     r"|\bthreatened\s+to\s+burn\s+(?:our|my)\s+house\s+down\s+with\s+(?:us|me)\s+inside\b|\burges\s+to\s+hurt\s+(?:strangers|people)\b|\bfollowing\s+someone\s+right\s+now\b"
     r"|\bgoing\s+to\s+the\s+(?:mall|school|office|party)\s+tonight\s+and\s+taking\s+it\s+with\s+me\b|\bvoces\s+que\s+me\s+dicen\s+que\s+lastime\b"
     r"|\bvoices\s+(?:are\s+)?telling\s+him\b(?:\s+\S+){0,8}?\s+(?:stop\s+her|stop\s+him|kill|hurt)\b|\btheyll\s+all\s+see\s+on\s+(?:monday|friday|tomorrow)\b|\bzip\s+ties\s+and\s+duct\s+tape\b"
     r"|\bgiv\w*\s+(?:one\s+of\s+)?(?:my\s+)?patients?\s+too\s+much\b|\bpara\s+vengarse\b|\bnot\s+here\s+to\s+talk\b|\bmake\s+(?:him|her)\s+pay\s+for\s+real\b"
     r"|\bhandle\s+it\s+myself\b(?:\s+\S+){0,4}?\s+(?:knife|gun|bat)\b|\bpointed\s+it\s+at\s+the\b|\bhacerle\s+algo\s+a\s+mi\s+familia\b|\blo\s+voy\s+a\s+(?:lastimar|dejar\s+tirado)\b"
     r"|\bpartirle\s+la\s+madre\b|\bgot\s+the\s+knife\b(?:\s+\S+){0,4}?\s+done\s+with\s+him\b|\bfollowed\s+(?:her|him)\s+into\b(?:\s+\S+){0,6}?\s+scared\s+of\s+myself\b"),
    # "he just called from the truck saying he's got his rifle and he's done" (before the abuse rules, which read "got her")
    ("suicide_weapon_done", SUICIDE,
     r"\b(?:got|has|have|with)\s+(?:his|her|my)\s+(?:rifle|gun|pistol|shotgun)\b(?:\s+\S+){0,3}?\s+(?:hes|shes|im|he\s+is|she\s+is)\s+done\b"),
    # Told in the training data's own words and only the classifier caught them (twenty-second session): a way or a
    # place to die and the time, a last night, pills counted out; a weapon on one's way to someone; stroke, allergy and
    # seizure signs, blood thrown up; a whole supply taken, pods chewed, slow breathing beside a needle; cutting or
    # burning told now; marks, welts and a knife pulled; "said no ... did it anyway"
    ("suicide_told_now", SUICIDE,
     r"\b(?:fastest|quickest|easiest|least\s+painful|most\s+painless|painless|surest)\s+(?:way|ways|method|methods)\s+to\s+(?:die|end\s+(?:it|my\s+life)|kill\s+(?:myself|yourself|oneself))\b"
     r"|\bdecided\s+(?:that\s+)?(?:i\s+)?(?:will\s+|am\s+going\s+to\s+|want\s+to\s+)?(?:to\s+)?join\s+(?:her|him|my\s+(?:late\s+)?(?:wife|husband|son|daughter|mother|father|mom|dad))\b"
     r"|\b(?:decided|feel)\s+(?:that\s+)?i\s+have\s+lived\s+long\s+enough\b"
     r"|\b(?:top\s+(?:floor|level|deck)|roof)\s+of\s+(?:the\s+|a\s+|my\s+)?(?:\w+\s+)?(?:parking\s+(?:structure|garage)|building|garage)\b(?:\s+\S+){0,8}?\s+(?:looking\s+down|before\s+i\s+go|someone\s+to\s+know|rn|right\s+now)\b"
     r"|\barriba\s+del\s+(?:parking|estacionamiento|edificio)\b(?:\s+\S+){0,6}?\s+no\s+se\s+(?:pa|para)\s+que\b"
     r"|\bbridge\b(?:\s+\S+){0,14}?\s+(?:rn|right\s+now)\b(?:\s+\S+){0,4}?\s+(?:dont|do\s+not)\s+(?:really\s+)?(?:know\s+why|think\s+(?:im|i\s+am)\s+(?:driving|going)\s+home)\b"
     r"|\b(?:parked|standing|sitting)\s+on\s+the\s+(?:\w+\s+){0,2}?bridge\s+(?:rn|right\s+now|now)\b"
     r"|\bstanding\s+(?:at|on|by|near)\s+(?:the\s+)?(?:train\s+|railroad\s+|railway\s+)?tracks\b(?:\s+\S+){0,12}?\s+(?:again|an\s+hour|comes\s+soon|tonight|rn)\b"
     r"|\b(?:walking|walk|swim|swimming)\s+(?:out\s+)?(?:into|past)\s+the\s+(?:ocean|sea|water|buoys|waves)\b(?:\s+\S+){0,8}?\s+tonight\b"
     r"|\b(?:tonight|today)\s*(?:s|is)\s+my\s+last\s+(?:night|day)\b|\blast\s+(?:thing|person|one)\s+(?:im|i\s+am|ill\s+be)\s+(?:going\s+to\s+|gonna\s+)?(?:talk|talking|speak|speaking)\s+to\b"
     r"|\bwont\s+(?:be\s+)?need(?:ing)?\s+(?:her|him|it|them|my\s+\w+)\s+(?:after|past|beyond)\s+(?:tonight|tomorrow)\b"
     r"|\bpills\s+(?:are\s+)?(?:all\s+)?(?:counted|lined|laid)\s+(?:out|up)\b|\brope\s*s?\s+(?:is\s+)?already\s+(?:hanging|up|tied)\b"
     r"|\b(?:cant|cannot|dont\s+think\s+i\s+can)\s+hold\s+on\s+(?:much\s+)?(?:longer|any\s+longer)\b"
     r"|\b(?:dont|do\s+not)\s+think\s+i\s+want\s+to\s+be\s+alive\b|\bplanning\s+(?:to|on)\s+jump(?:ing)?\s+(?:this|tonight|tomorrow|off|from)\b"
     r"|\bpienso\s+en\s+(?:morirme|matarme|suicidarme|quitarme\s+la\s+vida)\b|\b(?:busque|investigue)\s+(?:en\s+internet\s+)?como\s+(?:hacerlo|matarme|morirme)\b"
     r"|\b(?:tomorrow|after\s+tonight)\s+(?:it|nothing)\s+(?:wont|will\s+not)\s+matter\b"
     # "got my grandpas revolver out of the closet again. just holding it"
     r"|\b(?:revolver|gun|pistol|rifle|shotgun)\b(?:\s+\S+){0,8}?\s+(?:just\s+)?(?:holding|staring\s+at|looking\s+at)\s+it\b"
     # a wish to be gone, a warning sign and a plan in plain or coded words
     r"|\b(?:dont|do\s+not)\s+(?:wanna|want\s+to)\s+wake\s+up\s+(?:tmrw|tomorrow|again|anymore)\b|\bwant\s+it\s+(?:all\s+)?to\s+stop\s+for\s+good\b"
     r"|\beveryone\s+would\s+be\s+(?:fine|better(?:\s+off)?)\s+if\s+i\s+(?:just\s+)?(?:wasnt|werent|was\s+not|were\s+not)\s+(?:here|around|alive)\b"
     r"|\b(?:dont|do\s+not)\s+see\s+myself\s+making\s+it\s+to\s+(?:next|the\s+end\s+of)\b|\bsewer\s*slide\b"
     r"|^(?!.*\bhurt\w*\s+(?:my|him|her|them|someone|people|others)\b).*\b(?:scared|afraid)\s+(?:ill|i\s+will|i\s+might|im\s+going\s+to)\s+act\s+on\s+(?:them|it|those\s+thoughts)\b"
     r"|\bplanning\s+(?:to\s+do\s+it\s+(?:this\s+weekend|tonight|tomorrow)|out\s+how\s+(?:id|i\s+would|ill|im\s+going\s+to)\s+do\s+it)\b"
     r"|\b(?:cant|dont\s+think\s+i\s+can)\s+last\s+(?:the|another)\s+week\b|\bi\s+know\s+exactly\s+how\s+(?:im|i\s+am)\s+going\s+to\s+do\s+it\b"
     r"|\bcar\s+is\s+running\s+in\s+the\s+(?:closed\s+)?garage\b|\b(?:swerve|drive|driving|crash|crashing)\s+(?:my\s+car\s+)?into\s+the\s+(?:center\s+|freeway\s+|median\s+)?divider\b"
     r"|\bstepping\s+in\s+front\s+of\s+the\s+(?:metrolink|train|bus|truck)\b|\bwhat\s+(?:floor|height)\b(?:\s+\S+){0,10}?\s+(?:a\s+sure\s+thing|not\s+survive|to\s+die)\b"
     r"|\bcheck\s+out\s+early\b(?:\s+\S+){0,3}?\s+permanently\b|\balready\s+decided\s+on\s+tonight\b|\bnot\s+coming\s+out\s+of\s+this\s+one\b"
     r"|\b(?:started|been)\s+(?:quietly\s+)?saying\s+goodbye\s+to\s+(?:people|everyone|friends|my\s+\w+)\b|\bfound\s+a\s+way\s+that\s+(?:wont|will\s+not|doesnt)\s+hurt\b"
     r"|\btired\s+of\s+being\s+a\s+burden\b(?:\s+\S+){0,4}?\s+tonight\b|\bwont\s+be\s+a\s+burden\s+much\s+longer\b|\buse\s+it\s+on\s+(?:himself|herself|myself)\b"
     r"|\breads\s+like\s+a\s+goodbye\b|\bsorry\s+for\s+everything\b(?:\s+\S+){0,8}?\s+voicemail\b|\bkms\b(?:\s+\S+){0,4}?\s+not\s+really\s+(?:jk|joking|kidding)\b"
     r"|\bready\s+to\s+go\s+see\s+\w+\b(?:\s+\S+){0,6}?\s+means\s+it\b|\bbought\s+(?:a\s+bottle\s+and\s+)?some\s+rope\b"
     r"|\bya\s+escribi\s+mi\s+carta\b|\b(?:se|me)\s+va\s+a\s+colgar\b|\bme\s+voy\s+a\s+colgar\b|\bp(?:a|ara)\s+q(?:ue)?\s+seguir\s+viviendo\b"
     r"|\bmanejar\s+hasta\s+el\s+puente\b|\bpienso\s+tomarmelas\b|\bguardadas?\s+(?:todas\s+)?las\s+pastillas\b(?:\s+\S+){0,10}?\s+(?:esta\s+noche|ya\s+llego)\b"
     r"|\bsi\s+me\s+muero\b(?:\s+\S+){0,3}?\s+hoy\s+lo\s+voy\s+a\s+hacer\b"),
    ("threat_armed_near", THREAT,
     r"\b(?:his|her|their)\s+address\b(?:\s+\S+){0,6}?\s+(?:a\s+|the\s+|my\s+)?(?:bat|knife|gun|rifle|crowbar|tire\s+iron|gas\s+can)\b"
     r"|\b(?:knife|knifes|gun|pistol|blade|bat|tire\s+iron|shovel|crowbar)\s+(?:is\s+|s\s+)?in\s+(?:my|the)\s+(?:pocket|bag|hoodie|trunk|waistband|jacket|backpack)\b(?:\s+\S+){0,8}?\s+(?:waiting\s+for|for\s+him|for\s+her|when\s+(?:he|she|they)\s+gets?|on\s+the\s+(?:bus|way)\s+to|heading\s+to|driving\s+to)\b"
     r"|\b(?:driving|heading|going)\s+there\s+(?:rn|right\s+now|now)\s+with\s+(?:a|my|the)\s+(?:knife|gun|bat)\b"
     r"|\b(?:parked|sitting|standing|waiting)\s+(?:outside|in\s+front\s+of)\s+(?:\w+\s+){0,4}?(?:house|place|school|work|office|fence)\b(?:\s+\S+){0,6}?\s+with\s+(?:a|the|my)\s+(?:tire\s+iron|bat|knife|gun|rifle|shovel|crowbar)\b"
     r"|\bsitting\s+outside\s+(?:my\s+)?(?:old\s+)?(?:high\s+school|school)\s+with\s+a\s+(?:rifle|gun)\b|\b(?:exs|his|her)\s+(?:house|place)\s+tonight\s+with\s+the\s+(?:bat|knife|gun)\b"
     r"|\bbringing\s+the\s+gas\s+can\b|\bbringing\s+(?:his|her|an?|my)\s+(?:ar|ar15|rifle)\s+(?:in|to)\b"
     r"|\b(?:want|going|gonna|about)\s+to\s+beat\s+(?:\w+\s+){0,2}?to\s+death\b|\b(?:going\s+to|gonna|bout\s+to|about\s+to)\s+bash\s+(?:\w+\s+){0,2}?head\s+in\b"
     r"|\b(?:going\s+to|gonna|wants?\s+to|plans?\s+to|keeps\s+saying\s+(?:hes|shes)\s+going\s+to)\s+poison\s+(?:him|her|them|his|my|their)\b"
     r"|\b(?:picturing|imagining|thinking\s+about|want\s+to|going\s+to)\s+smother\w*\s+(?:my|him|her)\b|\bstanding\s+over\s+the\s+crib\b"
     r"|\blist\s+of\s+(?:\w+\s+){0,5}?(?:he|she|they)\s+wants?\s+to\s+(?:shoot|kill|hurt|stab)\b"
     r"|\burges?\s+to\s+push\s+(?:people|someone|strangers?|a\s+stranger)\s+(?:onto|in\s+front\s+of)\b"
     r"|\bthreaten\w*\s+(?!me\b|us\b)(?:\w+\s+){0,3}?with\s+(?:a|the|his|her)\s+(?:\w+\s+)?(?:knife|gun|bat|hammer|axe)\b(?:\s+\S+){0,8}?\s+(?:still|locked|now|tonight)\b"
     r"|\b(?:bout\s+to|about\s+to)\s+(?:shank|stab)\s+(?:my|him|her|them|that|this|the)\b|\bpull\s+up\s+on\b(?:\s+\S+){0,6}?\s+(?:strap|glock|blick)\b"
     r"|\b(?:pay|regret)\b(?:\s+\S+){0,8}?\s+i\s+know\s+where\s+(?:he|she|they)\s+(?:parks|lives|works|sleeps)\b"
     r"|\bbeen\s+buying\s+(?:ammo|ammunition|bullets)\b|^(?=.*\bya\s+se\s+donde\s+vive\b).*\b(?:lo|la|los)\s+mato\b"
     # waiting outside someone's place with a grievance or a weapon, a weapon at hand in the car, a loaded gun,
     # command voices, standing over someone with a pillow or a knife, a thought of hurting someone that feels real
     # tonight, a plan announced ("killing my stepdad tonight", "ill strangle my neighbor tonight")
     r"|^(?=.*\b(?:pay|suffer|hurt|bat|knife|gun|feel\s+what\s+i\s+felt|done\s+being|waiting\s+for\s+him)\b).*\b(?:(?:im|i\s+am|ive\s+been|i\s+have\s+been|been)\s+(?:\w+\s+)?(?:sitting|waiting|parked)|im\s+in\s+my\s+car)\s+outside\s+(?:my\s+|his\s+|her\s+)?(?:\w+\s+){0,3}?(?:house|place|apartment|work)\b"
     r"|^(?=.*\b(?:parked|outside|waiting|about\s+to|followed|guy|ex)\b).*\b(?:gun|knife|bat|rifle|shotgun)\s+(?:is\s+)?in\s+(?:the|my)\s+(?:glovebox|glove\s+box|back\s+seat|car)\b"
     r"|\bloaded\s+(?:his|her|my)\s+(?:shotgun|gun|rifle|pistol)\b|\bvoices\s+(?:are\s+)?(?:telling|told|tell)\s+(?:him|her|me|them)\b(?:\s+\S+){0,10}?\s+(?:kill|hurt|stop|saved|devil)\b"
     r"|\bstanding\s+(?:over|by|at|in)\s+(?:his|her|the|their|my\s+\w+s?)\s+(?:crib|door|bed|bedroom\s+doorway|doorway|room)\b(?:\s+\S+){0,4}?\s+with\s+(?:a|the)\s+(?:\w+\s+)?(?:pillow|knife)\b"
     r"|\bgot\s+a\s+(?:knife|gun|bat)\s+and\s+(?:im|i\s+am)\s+going\s+(?:over\s+)?there\b|\bi\s+brought\s+a\s+(?:knife|gun|bat)\b|\b(?:im|i\s+am)\s+bringing\s+a\s+(?:knife|gun)\b"
     r"|\b(?:think\s+about|thinking\s+about|imagine|picturing|fantasies\s+about|fantasizing\s+about)\s+(?:\w+\s+){0,4}?(?:hurting|pushing|strangling|stabbing|killing|shooting)\b(?:\s+\S+){0,8}?\s+(?:tonight\s+(?:it\s+feels\s+real|the\s+thought)|feels\s+real|way\s+worse|with\s+her\s+right\s+now|im\s+standing)\b"
     r"|\b(?:scared|afraid)\s+(?:ill|i\s+will|id|i\s+would)\s+actually\s+do\s+it\b(?=.*\b(?:hurt\w*|baby|her|him)\b)|\b(?:hurting|hurt)\s+my\s+baby\b(?:\s+\S+){0,8}?\s+(?:afraid|scared)\b"
     r"|\bkilling\s+(?:my\s+\w+|him|her|them)\s+tonight\b|\b(?:ill|i\s+will|im\s+going\s+to|gonna)\s+(?:strangle|stab|slash|shoot|kill)\s+(?:my\s+\w+|him|her|them)\s+tonight\b|\bgoing\s+to\s+slash\s+(?:him|her)\b"
     r"|\b(?:im\s+gonna|im\s+going\s+to|i\s+will|ill|gonna|want\s+to)\s+put\s+something\s+in\s+(?:my\s+\w+s?|his|her)\s+(?:food|drink|coffee)\b|\bcoming\s+back\b(?:\s+\S+){0,4}?\s+with\s+something\s+for\s+everyone\b"
     r"|\bnot\s+living\s+through\s+the\s+(?:week|night|day)\b|\bend\s+him\b(?:\s+\S+){0,4}?\s+i\s+know\s+where\s+he\s+parks\b|\bmake\s+(?:him|her)\s+disappear\b(?:\s+\S+){0,10}?\s+(?:step\s+by\s+step|thinking\s+it\s+through)\b"
     r"|\bwant\s+to\s+go\s+back\s+in\s+and\s+hurt\b|\bput\s+(?:her|him)\s+out\s+of\s+(?:her|his)\s+misery\b(?:\s+\S+){0,8}?\s+joking\b|\bdont\s+think\s+ill\s+stop\s+myself\b"
     r"|\bi\s+know\s+where\s+(?:he|she)\s+is\s+tonight\b|\bno\s+vine\s+a\s+platicar\b|\bknow\s+(?:his|her)\s+address\b(?:\s+\S+){0,6}?\s+done\s+being\b"
     r"|^(?=.*\b(?:jump|tonight|gonna|going\s+to)\b).*\bbats\s+in\s+the\s+trunk\b|\bknows\s+where\s+i\s+live\b(?:\s+\S+){0,8}?\s+(?:coming|tonight)\b"
     r"|\b(?:running|run)\s+(?:\w+\s+){0,4}?off\s+the\s+road\b|\bfeel\s+it\s+building\b(?:\s+\S+){0,6}?\s+next\s+room\b|\bsharpening\s+a\s+knife\b(?:\s+\S+){0,6}?\s+all\s+night\b"
     r"|\b(?:fck|fuck|f\s+ck)\s+(?:him|her)\s+up\b(?:\s+\S+){0,8}?\s+waiting\b|\bsi\s+lo\s+veo\s+hoy\s+lo\s+mato\b|\bcuchillo\s+en\s+la\s+mochila\b"
     r"|\bshake\s+her\s+until\s+she\s+stops\b|\bpushing\s+(?:my\s+\w+|him|her)\s+down\s+the\s+stairs\b(?:\s+\S+){0,12}?\s+right\s+now\b|\bgetting\s+my\s+gun\s+and\s+going\s+after\b"
     r"|\bfist\s+through\s+(?:\w+\s+){0,3}?face\b(?:\s+\S+){0,6}?\s+driving\b|\bposted\s+where\s+(?:she|he)\s+(?:parks|lives)\b"
     r"|\b(?:hurt|kill)\s+(?:mom|dad|my\s+\w+)\b(?:\s+\S+){0,3}?\s+(?:hes|shes)\s+got\s+a\s+(?:bat|knife|gun)\b|\b(?:rifle|gun|shotgun)\b(?:\s+\S+){0,4}?\s+saying\s+(?:hes|shes)\s+going\s+to\b"
     r"|\bfinish\s+it\b(?:\s+\S+){0,6}?\s+driving\s+over\s+there\b|\bgoing\s+after\b(?:\s+\S+){0,6}?\s+tonight\s+and\s+took\s+his\s+(?:bat|gun|knife)\b"
     r"|\bthoughts\b(?:\s+\S+){0,4}?\s+(?:i|that\s+i)\s+might\s+act\s+on\b|\bdoesnt\s+feel\s+like\s+a\s+fantasy\s+anymore\b"
     # "if the infusions dont work im taking my landlord out with me"
     r"|^(?=.*\b(?:dont|doesnt|wont|fails?|nothing)\b).*\b(?:take|taking)\s+(?:my\s+\w+|him|her|them|everyone|some\s+people|a\s+few\s+people)\s+out\s+with\s+me\b"),
    ("overdose_told_now", OVERDOSE,
     r"\bnodding\s+out\b(?:\s+\S+){0,6}?\s+(?:wont|not)\s+respond\w*\b|\b(?:dishwasher|laundry)\s+pods?\b(?:\s+\S+){0,8}?\s+(?:chewed|swallowed|in\s+(?:his|her)\s+mouth)\b"
     r"|\bhow\s+long\s+does\s+(?:a|the)\s+(?:full|whole)\s+bottle\s+of\s+\w+\s+take\s+to\s+work\b"
     r"|\b(?:swallowed|took|taken|downed)\s+all\s+(?:\d+\s+)?of\s+(?:her|his|my|their)\s+(?:\w+\s+)?(?:pills|meds|medication|tablets|seroquel|xanax|klonopin|trazodone|ambien|tylenol|lithium|gabapentin|insulin)\b"
     r"|\bswallowed\s+all\s+(?:her|his|my|their)\s+(?:pills|meds|seroquel|xanax|klonopin|trazodone|ambien|tylenol|lithium|gabapentin)\b"
     r"|\bsmells?\s+like\s+bleach\b|\bdrank\s+(?:something|stuff)\s+from\s+under\s+the\s+(?:kitchen\s+|bathroom\s+)?sink\b|\bdrank\s+(?:the\s+)?hand\s+sanitizer\b"
     r"|\b(?:swallow\w*|take|took)\s+(?:like\s+)?\d+\b(?:\s+\S+){0,6}?\s+asking\s+(?:bc|because|cause|cuz)\s+i\s+did\b"
     r"|\bmixed\s+a\s+bunch\s+of\s+(?:pills|vodka|xanax|benadryl)\b|\bmix\w*\s+(?:a\s+bunch\s+of\s+)?(?:benadryl|pills|xanax|klonopin)\s+with\s+(?:vodka|alcohol|wine|beer|liquor)\b(?:\s+\S+){0,10}?\s+(?:feeling|feel|is\s+me)\b"
     r"|\b(?:entire|whole)\s+(?:weekly\s+)?pill\s+organizer\b|\b(?:popped|took)\s+(?:like\s+)?\d+\s+(?:blues|bars|percs|xans)\b"
     r"|\bslumped\s+over\b(?:\s+\S+){0,10}?\s+(?:needle|breathing\s+(?:super\s+|really\s+|very\s+)?slow)\b"
     r"|\btook\s+(?:my|her|his)\s+whole\s+(?:prescription|bottle)\b|\bkeep\s+blacking\s+out\s+and\s+(?:puking|vomiting|throwing\s+up)\b"
     r"|\bse\s+tomo\s+(?:un\s+|el\s+|la\s+)?(?:jarabe|frasco|bote)\b(?:\s+\S+){0,4}?\s+completo\b|\bse\s+tomo\s+todas\s+sus\s+pastillas\b|\bme\s+acabe\s+todas\s+las\s+pastillas\b"
     # "ODd" (read "odd"), drink with pills, eyes that will not stay open, a double dose with its effects, a child
     # into the medicine, cleaning liquid or oil swallowed, gas smelled with headaches
     r"|\b(?:i|he|she|they|my\s+\w+)\s+odd\b|\b(?:drank|had)\s+(?:a\s+lot|a\s+bottle\s+of\s+\w+|a\s+lot\s+of\s+\w+)\b(?:\s+\S+){0,4}?\s+(?:then\s+)?took\s+my\s+(?:\w+\s+)?(?:xanax|sleeping\s+pills|pills|meds)\b"
     r"|\bmixed\s+(?:my\s+pills|xanax|pills|my\s+meds)\s+(?:with|and)\s+(?:alcohol|vodka|liquor)\b"
     r"|^(?=.*\b(?:pills|xanax|vodka|meds|oxy|valium|took|drank|tripled|doubled)\b).*\b(?:cant|can\s+barely)\s+keep\s+my\s+eyes\s+open\b"
     r"|\bdouble\s+dosed\s+my\b(?:\s+\S+){0,6}?\s+(?:shaky|sweaty|dizzy)\b|\bate\s+a\s+whole\s+bag\s+of\s+(?:my\s+)?thc\b|\bate\s+\d+\s+of\s+my\s+friends\s+edibles\b"
     r"|\b(?:\d+\s*yo|toddler|\d+\s+(?:yr|year)\s+old)\b(?:\s+\S+){0,3}?\s+(?:swallowed|got\s+into\s+the)\s+(?:one\s+of\s+(?:her|his|my)\s+)?(?:\w+\s+){0,3}?(?:pills|tylenol|meds|medicine)\b"
     r"|\bchugged\s+cough\s+syrup\b|\bdrank\s+the\s+dish\s+soap\b|\bdr[ai]nk\s+bleach\s+by\s+mistake\b|\bdegreaser\b(?:\s+\S+){0,8}?\s+swig\b|\bliquido\s+de\s+limpiar\b|\btiki\s+torch\s+oil\b"
     r"|\bsmelled\s+gas\b(?:\s+\S+){0,8}?\s+(?:headaches?|dizzy)\b|\bempty\s+pill\s+bottle\s+next\s+to\b|\bempty\s+blister\s+packs\b"
     r"|^(?:i|she|he)\s+took\s+all\s+of\s+them(?:\s+i\s+took\s+all\s+of\s+them)?(?:\s+what\s+do\s+i\s+do)?$|\bwhole\s+bottle\s+of\s+sleeping\s+pills\b|\bchewed\s+(?:on\s+)?(?:one\s+of\s+)?(?:my\s+|his\s+|her\s+)?fentanyl\s+patch"
     r"|\b(?:took|swallowed|taking|take)\b(?:\s+\S+){0,8}?\s+by\s+mistake\b(?:\s+\S+){0,8}?\s+(?:wobbly|sick|dizzy|stumbling|seeing\s+double|heart|shaking|confused|throwing\s+up)\b"
     r"|\bvaped\s+something\b(?:\s+\S+){0,6}?\s+(?:shaking|twitching|vomiting|not\s+making\s+sense)\b|\btook\s+something\s+some\s+guy\s+gave\s+her\b"
     r"|\btook\s+a\s+(?:whole\s+)?bunch\s+of\s+benadryl\b|\bbunch\s+de\s+pastillas\b|\bgot\s+into\s+(?:his|her)\s+\w+\s+adderall\b"
     r"|\bse\s+tomo\s+(?:sus\s+medicinas|su\s+medicina)\s+(?:dos\s+veces|doble|triple)\b|\bhandful\s+of\s+(?:my|his|her)\b(?:\s+\S+){0,4}?\s+(?:and\s+then\s+)?drank\b"),
    ("medical_told_now", MEDICAL,
     r"\b(?:throwing\s+up|vomiting|puking)\s+blood\b|\bfell\b(?:\s+\S+){0,8}?\s+(?:cant|cannot|can\s+not)\s+feel\s+my\s+legs\b"
     r"|\b(?:suddenly\s+)?lost\s+the\s+ability\s+to\s+(?:speak|talk)\b|\bwords\s+are\s+coming\s+out\s+(?:all\s+)?wrong\b"
     r"|\bthroat\s+(?:\w+\s+){0,4}?closing\s+up\b|\bwheez\w*\b(?:\s+\S+){0,8}?\s+(?:cant|cannot)\s+(?:talk|speak|breathe)\b"
     r"|\b(?:go|goes|went|going)\s+stiff\s+and\s+jerk\w*\b|\bse\s+puso\s+tieso\s+y\s+tiembla\b"
     r"|\bworst\s+(?:headache|migraine)\s+(?:ever|of\s+my\s+life)\b(?:\s+\S+){0,10}?\s+(?:stiff|confused|fever|double)\b|\bpeor\s+dolor\s+de\s+cabeza\s+de\s+mi\s+vida\b"
     r"|\bchest\s+(?:has\s+been\s+)?squeez\w*\b(?:\s+\S+){0,10}?\s+(?:sweating|throwing\s+up|vomit\w*)\b"
     r"|\bpregnant\b(?:\s+\S+){0,12}?\s+(?:flashing\s+lights|seeing\s+spots|seeing\s+sparkles|puffy)\b"
     # bleeding that spurts, a seizure coming or not stopping, lips and fingertips turning, one side numb, a crushing
     # chest, the right lower belly with fever, a heart racing before blacking out, a stroke's words and vision
     r"|\bspurting\s+blood\b|\babout\s+to\s+have\s+a\s+seizure\b|\bseizure\s+(?:wont|will\s+not)\s+stop\b|\bshaking\s+and\s+jerking\s+and\s+(?:wont|will\s+not)\s+respond\b"
     r"|\bvomiting\s+and\s+(?:disoriented|confused)\b|\blips\s+feel\s+tingly\b|\bfingertips\s+are\s+going\s+blu\w*\b|\bcant\s+get\s+air\s+in\b"
     r"|\bleft\s+side\s+(?:go|went|goes)\s+numb\b|\bwhole\s+left\s+side\s+of\s+my\s+body\b|\bgasping\s+and\s+cant\s+finish\s+a\s+sentence\b|\boxygen\s+tank\s+ran\s+out\b"
     r"|\bcrushing\s+(?:pressure|feeling)\s+in\s+(?:the\s+middle\s+of\s+)?my\s+chest\b|\bchest\s+has\s+felt\s+crushed\b"
     r"|\b(?:fell|slipped\s+(?:on|off|down|and))\b(?:\s+\S+){0,8}?\s+(?:cant|cannot)\s+feel\s+my\s+legs\b|\bright\s+belly\b(?:\s+\S+){0,10}?\s+fever\b|\bbelly\s+pain\b(?:\s+\S+){0,8}?\s+fever\b(?:\s+\S+){0,6}?\s+stand\s+up\b"
     r"|\bheart\s+is\s+racing\s+and\s+skipping\b|\babout\s+to\s+black\s+out\b|\bhalf\s+my\s+vision\s+is\s+gone\b|\bwords\s+are\s+slurring\b"
     r"|\bmeter\s+(?:just\s+)?says\s+hi\b|\blying\s+in\s+(?:her|his|the)\s+driveway\s+not\s+moving\b|\bsuddenly\s+(?:cant|cannot)\s+talk\s+right\b"
     r"|\bhands\s+numb\s+cant\s+talk\s+right\b|\bmigraine\b(?:\s+\S+){0,8}?\s+(?:worst\s+ever|came\s+on\s+suddenly)\b(?:\s+\S+){0,8}?\s+(?:vomiting|confused)\b"
     r"|\bsun\s+all\s+day\b(?:\s+\S+){0,6}?\s+(?:vomiting|disoriented)\b|\bsliced\s+my\s+hand\s+open\b"
     # a gunshot told ("i just shot myself"; not "shooting myself in the foot")
     r"|\b(?:i|he|she|they)\s+(?:just\s+)?shot\s+(?:myself|himself|herself|themselves)\b(?!\s+in\s+the\s+foot)"),
    ("self_harm_told_now", SELF_HARM,
     r"\btook\s+(?:the\s+|a\s+)?(?:kitchen\s+)?knife\s+to\s+my\s+(?:legs?|arms?|wrists?|thighs?|stomach)\b"
     r"|\bwalked\s+in\s+on\s+(?:him|her|them)\s+cutting\b|\b(?:saw|see)\s+(?:him|her)\s+cutting\s+(?:his|her)\b|\bslices\s+(?:his|her|my)\s+(?:arms?|wrists?|legs?)\b"
     r"|\b(?:blade|razor)\s+is\s+(?:still\s+on\s+the\s+sink|right\s+next\s+to\s+me|out)\b|\b(?:inflicted|made)\s+(?:several\s+)?lacerations\b"
     r"|\bhow\s+deep\s+is\s+too\s+deep\b|\b(?:drew|draw)\s+(?:some\s+)?(?:new\s+)?lines\s+on\s+my\s+(?:thighs?|arms?|wrists?|legs?)\b"
     r"|\bdid\s+the\s+thing\s+again\s+with\s+the\s+(?:scissors|razor|blade|knife|lighter)\b|\bhide\s+burns\b(?:\s+\S+){0,8}?\s+(?:asking\s+for\s+me|just\s+did)\b"
     r"|\bpunching\s+(?:the\s+)?(?:brick\s+)?wall\b(?:\s+\S+){0,12}?\s+(?:cant\s+stop|want\s+it\s+to\s+hurt)\b"
     r"|\bencerr\w*\s+(?:en\s+su\s+cuarto\s+)?con\s+una\s+navaja\b|\btengo\s+la\s+navaja\s+aqui\b|\blighters?\s+(?:is\s+|s\s+)?already\s+hot\b"
     r"|\bpressing\s+broken\s+glass\s+against\b|\bcutting\s+(?:his|her)\s+arm\s+with\b|\bburns\s+all\s+over\s+(?:his|her|my)\s+(?:forearm|arm|legs?)\b(?:\s+\S+){0,10}?\s+(?:lighter|on\s+purpose)\b"
     r"|\bcovered\s+in\s+new\s+cuts\b"
     # cutting, scratching, burning or striking oneself told now, the blade in hand, fresh cuts found
     r"|\bcutting\s+(?:rn|right\s+now|now|in\s+the\s+bathroom)\b|\bcut\s+(?:pretty\s+|really\s+|way\s+)?(?:2|too|so)?\s*deep\b(?:\s+\S+){0,8}?\s+(?:towel|bathroom|thigh|soaked|bleeding|stitches)\b"
     r"|\bsh\s*d\s+again\b|\babout\s+to\s+cut\b|\bwant\s+to\s+cut\b(?:\s+\S+){0,10}?\s+right\s+now\b"
     r"|\b(?:scissors|razor|blade|knife)\s+in\s+my\s+hand\b|\b(?:razor|blade)\s+is\s+right\s+here\b"
     r"|\bscratching\s+(?:my\s+)?(?:skin|arm)\s+(?:off|open)\b|\bfound\s+(?:fresh\s+)?cuts\s+all\s+(?:up|over)\b|\bcuts\s+are\s+fresh\b"
     r"|\bfresh\s+(?:self\s+inflicted\s+)?(?:wounds|cuts)\b|\b(?:will|is\s+going\s+to|shes|hes)\s+(?:do|doing)\s+(?:it\s+again|more)\s+tonight\b"
     r"|\bpunching\s+the\s+wall\s+on\s+purpose\b|\bslamming\s+my\s+fist\s+into\s+the\s+wall\b|\bsmashes\s+(?:his|her)\s+own\s+hand\b"
     r"|\bbangs\s+(?:his|her)\s+head\s+against\s+the\s+wall\b(?:\s+\S+){0,8}?\s+(?:right\s+now|wont\s+stop)\b|\bi\s+(?:just\s+)?stabbed\s+my\s+(?:leg|arm|hand)\s+with\b"
     r"|\bbleeding\s+(?:thru|through)\s+my\s+jeans\s+from\s+where\s+i\s+cut\b|\brelapsed\s+after\s+\d+\s+(?:months?|years?)\s+clean\s+from\s+sh\b|\brelapsed\s+tonight\b(?:\s+\S+){0,12}?\s+stitches\b"
     r"|\bhot\s+(?:hair\s+)?straightener\s+on\s+my\b|\b(?:holding\s+)?a\s+lighter\s+to\s+(?:his|her|my)\s+(?:forearm|arm|wrist)\b|\bbox\s+cutter\b(?:\s+\S+){0,4}?\s+on\s+my\b"
     r"|\bhavent\s+eaten\s+in\s+\d+\s+days\s+on\s+purpose\b|\bgave\s+in\s+\d+\s+times\b|\bi\s+did\s+it\s+again+\s+its\s+(?:bad|really\s+bad)\b"
     r"|\bpoured\s+it\s+(?:straight\s+)?on\s+the\s+cuts\b|\brayas\s+nuevas\b|\bsnapp\w*\s+the\s+rubber\s+band\b(?:\s+\S+){0,8}?\s+skin\s+broke\b"
     r"|\bdeserve\s+to\s+hurt\b(?:\s+\S+){0,6}?\s+tonight\b|\bthe\s+razor\b(?:\s+\S+){0,2}?\s+day\s+0\b|\bopen\s+up\s+my\s+skin\b(?:\s+\S+){0,8}?\s+just\s+did\s+it\b"),
    ("abuse_told_now", ABUSE,
     r"\bbruises\s+(?:he|she)\s+(?:doesnt|does\s+not)\s+want\s+(?:anybody|anyone)\s+seeing\b|\bget\s+away\s+from\s+(?:him|her)\s+tonight\b"
     r"|\bleaves\s+marks\s+on\b|\b(?:hell|he\s+will|shell|she\s+will)\s+break\s+my\s+(?:other\s+)?(?:arm|leg|jaw|nose)\b"
     r"|\b(?:texting|typing|hiding|writing)\s+(?:this\s+)?from\s+the\s+(?:bathroom|closet)\b(?:\s+\S+){0,6}?\s+(?:banging|throwing|yelling|screaming)\b"
     r"|\bbruises\s+all\s+over\s+from\s+(?:my|her|his)\b|\bi\s+hear\s+(?:screaming\s+and\s+)?(?:hitting|striking)\b|\bscreaming\s+and\s+striking\b"
     r"|\b(?:caregiver|aide|nurse)\b(?:\s+\S+){0,6}?\s+(?:slaps|hits|slapped|shoves)\s+(?:her|him|my\s+\w+)\b|\bvisible\s+welts\b"
     r"|\bhits\s+her\s+when\s+she\s+tries\s+to\s+leave\b|\bpulled\s+a\s+knife\s+on\s+me\b|\bworse\s+than\s+the\s+black\s+eye\b"
     r"|\bburn\s+on\s+(?:her|his)\s+arm\s+like\s+a\s+cigarette\b|\blocked\s+in\s+the\s+garage\s+with\s+no\s+food\b|\bsleep\s+in\s+the\s+garage\b"
     r"|\bthrowing\s+things\b(?:\s+\S+){0,6}?\s+my\s+kid\b|\bbeats\s+up\s+my\s+(?:mom|dad|mother|sister|brother)\b|\bhits\s+them\s+with\s+a\b"
     r"|\bstand\s+in\s+a\s+corner\s+all\s+night\b|\b(?:strikes|hits|beats)\s+me\s+when\s+(?:he|she)\s+(?:is\s+)?(?:drinking|drunk)\b"
     r"|\btumbo\s+la\s+puerta\b|\bme\s+jalo\s+del\s+pelo\b"
     # a partner or relative who hits, breaks bones, pins, tracks, traps or threatens; someone who cannot leave, eat or
     # get help; an elder or a child hurt or left without food (second pass over the training data's own)
     r"|\bmy\s+(?:bf|gf|bae|fiance|fiancee|grandson|granddaughter|caregiver)\s+(?:\w+\s+){0,2}?(?:hits|hit|beats|chokes|choked|shoves|shoved|slaps|slapped|pinches|hurts)\s+me\b"
     r"|\b(?:comes\s+home\s+drunk\s+and|every\s+night\s+he)\s+(?:\w+\s+){0,3}?hurts\s+me\b|\bhe\s+hurts\s+me\s+if\s+he\s+finds\s+out\b"
     r"|\b(?:husband|boyfriend|bf|partner|ex|he)\s+(?:just\s+)?broke\s+(?:her|my)\s+(?:arm|nose|jaw|ribs?|wrist|glasses)\b"
     r"|^(?=.*\b(?:hurt|leave|black\s+eye|kill|afraid|scared|safely)\b).*\b(?:tracks|tracking|reads)\s+(?:my|her)\s+(?:phone|messages|car)\b"
     r"|\bpinned\s+me\s+against\s+the\s+wall\b|\bhiding\s+in\s+my\s+car\b(?:\s+\S+){0,4}?\s+(?:hes|shes)\s+(?:out\s+)?looking\s+for\s+me\b"
     r"|\bme\s+agarro\s+del\s+cuello\b|\bme\s+puso\s+un\s+cuchillo\s+en\s+el\s+cuello\b|\bme\s+esta\s+amenazando\b"
     r"|\bthreatened\s+to\s+(?:take\s+the\s+kids\s+and\s+then\s+)?kill\s+me\b|\bthreatening\s+to\s+push\s+me\b|\bthreatened\s+to\s+burn\s+the\s+house\s+down\b"
     r"|\b(?:he|she|husband|boyfriend|bf|partner)\s+(?:wont|will\s+not)\s+let\s+(?:me|her)\s+(?:eat|leave|take\s+my\s+meds|get\s+help)\b|\bshowed\s+up\s+with\s+a\s+(?:bat|gun|knife)\b"
     r"|\bfinger\s+marks\s+on\s+her\s+neck\b|\bcovered\s+in\s+bruises\b(?!.*\bfrom\s+me\b)|\b(?:caregiver|aide)\b(?:\s+\S+){0,6}?\s+(?:pinches|yank\w*|leaves\s+me\s+without\s+food)\b"
     r"|\bleaves\s+my\s+baby\s+(?:brother|sister)\s+alone\s+all\s+day\b|\bleaving\s+her\s+in\s+dirty\s+sheets\b|\bhit\s+his\s+small\s+child\b|\bheard\s+thumps\b"
     r"|\bgoes\s+after\s+my\s+mom\s+and\s+me\b|\bhe\s+breaks\s+things\b|\bnot\s+allowed\s+to\s+see\s+my\s+friends\b|\bmake\s+me\s+regret\s+it\b(?:\s+\S+){0,6}?\s+temper\b"
     r"|\boutside\s+my\s+work\s+every\s+day\b|\bknows\s+where\s+im\s+staying\b|\bsays\s+im\s+not\s+leaving\s+the\s+house\b|\bshoved\s+me\s+into\b"
     r"|\bbanging\s+on\s+the\s+windows\b|\bchecks\s+my\s+phone\s+and\s+(?:hes|shes)\s+coming\s+home\b|\btake\s+her\s+and\s+ill\s+never\s+see\s+her\s+again\b"),
    ("sexual_assault_told_now", SEXUAL_ASSAULT,
     r"\bcant\s+remember\s+getting\s+home\b(?:\s+\S+){0,8}?\s+(?:sore|bleeding)\b|\bdidnt\s+let\s+me\s+leave\s+(?:till|until)\s+he\s+got\s+what\s+he\s+wanted\b"
     r"|\bsaid\s+no\s+(?:a\s+bunch\s+of\s+times|many\s+times|over\s+and\s+over|several\s+times|a\s+lot)\b(?:\s+\S+){0,6}?\s+did\s+it\s+anyway\b"
     r"|\bpants\s+off\b(?:\s+\S+){0,10}?\s+didnt\s+agree\b|\bdragged\s+(?:her|me)\s+into\s+the\s+bushes\b|\bdid\s+things\s+i\s+didnt\s+agree\s+to\b"
     r"|\bdid\s+something\s+sexual\s+to\s+me\b|\btried\s+to\s+pull\s+my\s+pants\s+down\b|\bme\s+hicieron\s+cosas\b|\bforces?\s+sex\s+on\b"
     # a rape named in coded spelling, force, a "no" not heeded, someone drugged and taken, a body touched asleep
     r"|\bgot\s+r\s*ped\b|\b(?:ex|he|bf|boyfriend|husband)\s+forced\s+me\b|\ble\s+dije\s+que\s+no\s+y\s+no\s+se\s+detuvo\b"
     r"|\bme\s+hacia\s+cosas\b|\bme\s+drogo\b|\bwouldnt\s+let\s+her\s+go\b|\battacked\s+at\s+a\s+(?:frat\s+)?party\s+tonight\b"
     r"|\bdrugged\b(?:\s+\S+){0,8}?\s+(?:took\s+advantage|took\s+her|to\s+his\s+car)\b|\btook\s+advantage\s+of\s+me\b|\bsomeone\s+did\s+something\s+to\s+me\b"
     r"|\bmade\s+me\s+do\s+things\b|\bcan\s+still\s+feel\s+him\b|\bhe\s+kept\s+going\b(?!\s+(?:on|with|back|to|for|after))|\bwasnt\s+something\s+i\s+agreed\s+to\b"
     r"|\bhand\s+down\s+my\s+pants\b|\bgrabbed\s+me\s+and\s+pinned\s+me\b|\bwouldnt\s+stop\s+grabbing\s+her\b|\bwent\s+way\s+past\s+where\s+he\s+was\s+supposed\s+to\b"
     r"|\btouched\s+me\b(?:\s+\S+){0,6}?\s+(?:asleep|drunk)\b|\bfinished\s+inside\s+me\s+even\s+though\s+i\s+said\s+no\b|\bsomeone\s+assaulted\s+my\s+\w+\b"
     r"|\bfrat\b(?:\s+\S+){0,4}?\s+(?:i\s+cant\s+say\s+it|im\s+bleeding)\b|\b1[0-6]\s+yo\b(?:\s+\S+){0,4}?\s+boyfriend\s+is\s+(?:2\d|3\d)\b"),
    ("abuse_told_plainly", ABUSE,
     r"\b(?:leaves|left|leaving)\s+bruises\s+on\s+(?:him|her|me|them|my\s+\w+)\b|\bbelt\s+marks?\s+(?:on|across)\b"
     r"|\b(?:girl|boy|kid|child|children|kids|toddler|baby)\b(?:\s+\S+){0,6}?\s+left\s+alone\s+for\s+days\b"
     r"|\bex\b(?:\s+\S+){0,4}?\s+broke\s+into\s+(?:my|our)\s+(?:place|house|apartment|home)\b|\bmy\s+ex\b(?:\s+\S+){0,10}?\s+(?:hit|punched|slapped|choked|strangled|beat)\s+me\b"
     r"|\bgrab\w*\s+(?:her|him|me|them)\s+by\s+the\s+(?:throat|neck)\b"
     r"|\b(?:wife|husband|partner|boyfriend|girlfriend|bf|gf|mom|dad|mother|father)\b(?:\s+\S+){0,3}?\s+(?:hits?|disciplines?|beats?|smacks?)\s+me\s+with\s+(?:a|the|her|his)\s+\w+"
     r"|\bex\b(?:\s+\S+){0,3}?\s+(?:is\s+)?(?:kicking|breaking|banging|pounding)\s+(?:in\s+|on\s+|down\s+)?(?:the|my|our)\s+(?:\w+\s+)?door\b"
     r"|\bif\s+i\s+(?:dont|do\s+not)\s+(?:answer|reply|respond|text\s+back|write\s+back)\b(?:\s+\S+){0,4}?\s+because\s+of\s+(?:him|her)\b"
     # control, threats if one leaves, neglect, marks on a child, a gun pointed
     r"|\bbeats\s+(?:his|her|their)\s+(?:kids|children|wife|husband)\b|\bhiding\s+in\s+the\s+(?:bathroom|closet|bedroom)\b(?:\s+\S+){0,6}?\s+(?:banging|pounding|kicking)\s+on\s+the\s+door\b"
     r"|\b(?:takes|took|steals)\s+(?:my|her|his)\s+(?:pension|paycheck|social\s+security|money|passport|papers|documents|car\s+keys|keys)\b(?:\s+\S+){0,8}?\s+(?:push\w*|hits?|wont\s+let|shouts|threat\w*|never\s+see)\b"
     r"|\b(?:has|have)\s+a\s+gun\s+and\s+says?\s+if\s+i\s+(?:ever\s+)?leave\b|\bif\s+i\s+(?:ever\s+)?leave\b(?:\s+\S+){0,4}?\s+(?:hell|he\s+will|shell|she\s+will)\s+(?:use\s+it|kill|shoot|hurt)\b"
     r"|\bcovered\s+in\s+bruises\b(?:\s+\S+){0,6}?\s+(?:says\s+(?:he|she)\s+fell)\b|\b(?:not\s+allowed|cant)\s+(?:to\s+)?leave\s+the\s+house\s+without\s+(?:him|her)\b"
     r"|\bpunched\s+a\s+hole\s+in\s+the\s+wall\s+(?:right\s+)?next\s+to\s+my\s+head\b|\bthreatened\s+to\s+burn\s+the\s+house\s+down\s+with\s+(?:us|me)\s+inside\b"
     r"|\bhits\s+me\s+if\s+i\b|\b(?:hurt|kill)\s+my\s+(?:dog|cat|pet)\s+if\s+i\b|\b(?:teenager|son|daughter|grandson)\s+hits\s+me\b|\b(?:babysitter|nanny)\s+is\s+shaking\s+(?:my|the)\s+baby\b"
     r"|\brestraining\s+order\b(?:\s+\S+){0,6}?\s+outside\s+my\s+(?:house|door|work|apartment)\b|\bbedsores\b|\bsitting\s+in\s+(?:his|her)\s+own\s+waste\b"
     r"|\bget\s+out\s+before\s+(?:he|she)\s+comes\s+back\b|\b(?:girlfriend|boyfriend|wife|husband|partner)\s+bit\s+me\b|\bask\s+permission\s+to\s+(?:eat|leave|go\s+out|see\s+my)\b"
     r"|\bwithout\s+food\s+as\s+(?:a\s+)?punishment\b|\bbruises\s+from\s+my\s+(?:boyfriend|girlfriend|husband|wife|partner|dad|mom|stepdad)\b|\bmy\s+ex\s+grabbed\s+me\b"
     r"|\bcame\s+back\s+from\s+(?:his|her)\s+(?:dads|moms)\b(?:\s+\S+){0,4}?\s+(?:split\s+lip|bruises|black\s+eye|marks)\b|\bnext\s+time\s+(?:hell|he\s+will|shell|she\s+will)\s+finish\s+the\s+job\b"
     r"|\bdrags?\s+(?:me|her)\s+(?:around\s+)?by\s+(?:my|her)\s+hair\b|\bpointed\s+(?:his|her|a)\s+gun\s+at\s+me\b|\bsays\s+ill\s+never\s+see\s+the\s+kids\s+if\s+i\s+leave\b"
     r"|\bbruises\s+i\s+have\s+to\s+hide\b|\bcaregiver\b(?:\s+\S+){0,8}?\s+marks\s+on\s+her\s+arms\b"
     # "My husband monitors my email, struck me this morning, and has said he will take the children if I leave."
     r"|\b(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee)\b(?:\s+\S+){0,6}?\s+(?:struck|strikes|hit|punched|slapped|choked|kicked|shoved)\s+me\b"
     r"|\btake\s+the\s+(?:children|kids)\s+if\s+i\s+(?:ever\s+)?leave\b"
     r"|\b(?:estan|esta)\s+sol[oa]s?\s+todo\s+el\s+dia\s+sin\s+comer\b|\bme\s+pone\s+las\s+manos\s+encima\b|\bme\s+apret\w+\s+el\s+cuello\b"
     r"|\bsi\s+lo\s+dejo\b(?:\s+\S+){0,4}?\s+(?:me\s+dispara|me\s+mata)\b|\blo\s+dejan\s+solo\s+y\s+sucio\b|\bme\s+quito\s+mis\s+papeles\b"
     # someone at the door, thrown things, a restraining order broken, a child marked or left, an elder hit or starved
     r"|\b(?:banging|pounding|kicking)\s+on\s+the\s+(?:door|windows?)\b(?:\s+\S+){0,8}?\s+(?:break\s+it\s+down|screaming|right\s+now|ahorita|locked\s+myself)\b"
     r"|\blocked\s+myself\s+in\s+the\s+(?:bedroom|bathroom|closet)\b(?:\s+\S+){0,6}?\s+(?:hes|shes|he\s+is|she\s+is|break|banging|yelling|throwing|with\s+the\s+baby)\b"
     r"|\b(?:yelling|screaming)\s+and\s+throwing\s+things\b|\bthrowing\s+(?:things|stuff)\s+at\s+(?:us|me)\b|\bthrew\s+a\s+\w+\s+at\s+my\s+head\b"
     r"|\brestraining\s+order\b(?:\s+\S+){0,8}?\s+(?:showed\s+up|parking\s+lot|on\s+the\s+street|broke\s+in|outside)\b|\b(?:showed\s+up|broke\s+in)\b(?:\s+\S+){0,8}?\s+restraining\s+order\b"
     r"|\bburn\s+(?:marks|marks\s+on)\b(?:\s+\S+){0,6}?\s+(?:bio\s+dad|visit|dad|mom|boyfriend)\b|\bburns\s+on\s+her\s+hands\b|\bdrag\w*\s+(?:the\s+)?(?:little\s+one|her|him|kid)\s+by\s+the\s+hair\b"
     r"|\b(?:he|she|husband|wife|boyfriend|girlfriend|son|daughter|grandson|granddaughter|partner)\s+shoves\s+me\b|\bhits\s+him\s+when\s+he\s+cries\b|\bleaves\s+him\s+alone\s+in\s+the\s+car\b|\bif\s+i\s+leave\s+(?:hell|he\s+will|shell)\s+find\s+me\b"
     r"|\btakes\s+my\s+phone\s+and\s+my\s+paycheck\b|\bgrab\s+the\s+kids\s+and\s+run\b|\b(?:hes|shes|he\s+is|she\s+is)\s+tracking\s+my\s+phone\b|\b(?:he|she|daughter|son|husband|wife)\s+wont\s+let\s+me\s+eat\b"
     r"|\b(?:me\s+)?pego\s+otra\s+vez\b|\bojo\s+morado\b|\bblack\s+eye\b(?:\s+\S+){0,8}?\s+(?:frightened|afraid|scared|him|her)\b|\bleaving\s+marks\s+on\s+her\b"
     r"|\bhasnt\s+fed\s+(?:my|her|his)\s+\w+\b|\balone\s+all\s+day\b(?:\s+\S+){0,6}?\s+(?:diaper|no\s+food)\b|\bbeats\s+my\s+(?:mom|mother|dad|sister|brother)\b"
     r"|\bbruises\s+from\s+being\s+grabbed\b|\bnext\s+time\s+its\s+my\s+face\b|\bnever\s+see\s+them\s+again\b(?:\s+\S+){0,4}?\s+(?:drunk|driving)\b"
     r"|\bbeing\s+hit\s+by\s+(?:her|his|my)\s+\w+\b"
     r"|\bdoesnt\s+feed\s+(?:us|me|him|her)\b|\blocks\s+us\s+in\s+our\s+room\b|\bhurt\s+him\s+at\s+visitation\b|\bmarks\s+on\s+his\s+neck\b|\bhe\s+reads\s+all\s+my\s+messages\b"
     r"|\bbeats\s+his\s+little\s+(?:boy|girl|son|daughter)\b|\bamenazo\s+con\s+(?:un|el)\s+cuchillo\b|\bhiding\s+in\s+my\s+car\s+with\s+my\s+kids\b"
     r"|\bpunched\s+his\s+father\b|\bviolent\s+toward\s+us\b|\bfound\s+my\s+new\s+(?:apartment|place|address)\b|\bonly\s+gives\s+them\s+to\s+me\s+if\b"
     r"|\bthrew\s+(?:my\s+little\s+\w+|her|him|me)\s+into\s+the\s+wall\b|\bscreaming\s+that\s+hes\s+taking\s+the\s+baby\b|\bround\s+burn\s+marks\b"
     r"|\bdragg\w*\s+(?:my\s+\w+|her|me)\s+(?:around\s+)?by\s+(?:her|my)\s+hair\b|\bby\s+her\s+hair\b|\bteach\s+me\s+a\s+lesson\b|\balone\s+all\s+weekend\b"
     r"|\bshoved\s+(?:his|her|my)\s+\w+\s+into\b|\blocked\s+out\s+of\s+the\s+house\s+in\s+the\s+cold\b|\bsleep\s+in\s+the\s+garage\b(?:\s+\S+){0,4}?\s+(?:feed|bad)\b"),
    ("family_threat", ABUSE,
     r"^(?=.*\b(?:gun|knife|pistol|rifle|weapon|drunk|bruises?|black\s+eye|beats?|beat\s+(?:me|her|him|us)|hit|hits|hitting|choked|tonight|right\s+now|rn|"
     r"leaves?|leaving|call\s+(?:anyone|the\s+police|the\s+cops|911)|tells?\s+anyone|scared|afraid|terrified|done\s+it\s+before|means\s+it|hiding)\b).*"
     r"(?:\b(?:boyfriend|girlfriend|husband|wife|partner|ex|fiance|fiancee|bf|gf|dad|father|stepdad|stepfather|mom|mother|stepmom|stepmother)s?\s+"
     r"(?:(?!(?:i|ill|im|id|we)\s)\w+\s+){0,4}?(?:will|would|is\s+going\s+to|(?:says|said|threaten\w*|swore|swears|keeps\s+saying|yell\w*|scream\w*)\s+(?:that\s+)?"
     r"(?:hell|shell|hed|shed|he\s+will|she\s+will|he\s+would|she\s+would|hes\s+going\s+to|shes\s+going\s+to|hes\s+gonna|shes\s+gonna|to))\s+"
     r"(?:kill|hurt|beat|stab|shoot|strangle|choke)\s+(?:her|him|them|us|the\s+kids|the\s+baby|(?:my|our|his|her)\s+(?:mom|mother|dad|father|kids|son|daughter|baby))\b"
     r"|\b(?:hell|shell|hed|shed|he\s+will|she\s+will|hes\s+going\s+to|shes\s+going\s+to|hes\s+gonna|shes\s+gonna)\s+(?:kill|hurt|beat|stab|shoot|strangle|choke)\s+"
     r"(?:mom|dad|mommy|daddy|mama|papa|us|the\s+kids|the\s+baby|my\s+(?:mom|mother|dad|father|wife|husband|kids|son|daughter|baby|grandma|grandpa))\b)"),
    # a partner or relative who tells the writer they will not live: "tonight he said i wont live to see my birthday"
    ("family_death_threat", ABUSE,
     r"\b(?:he|she|hes|shes|husband|wife|boyfriend|girlfriend|partner|ex|bf|gf|dad|father|stepdad|mom|mother)\s+(?:\w+\s+){0,2}?"
     r"(?:said|says|told\s+me|tells\s+me|swore|swears|threatened|keeps\s+saying|texted)\s+(?:that\s+)?(?:i|im)\s+"
     r"(?:wont|will\s+not|wouldnt|would\s+not|am\s+not\s+going\s+to|not\s+gonna|aint\s+gonna)\s+"
     r"(?:live\s+to\s+see|live\s+(?:past|through|until|till)|be\s+alive|survive\s+(?:the\s+night|this|the\s+weekend)|"
     r"make\s+it\s+(?:to|through|past)\s+(?:my\s+birthday|the\s+weekend|tomorrow|the\s+morning|morning|christmas))\b"),
    # threats to others come first: "I want to kill my neighbour, he poisoned my dog" is a threat
    ("threat_weapon", THREAT,
     r"\b(?:shoot\s+up|shooting\s+up|blow\s+up|bomb|bring\w*\s+(?:a|my|his|her|my\s+\w+s?)\s+(?:gun|pistol|rifle|knife))"
     r"\s+(?:\w+\s+){0,3}?(?:school|work|office|church|place|building|class|job|party)\b"
     r"|\b(?:bring\w*|take|taking)\s+(?:a|my|my\s+\w+s?)\s+(?:gun|pistol|rifle)\s+(?:in|to)\b"),
    ("threat_harm", THREAT,
     r"\b(?:beat|kick)\s+(?:my|his|her|their|that|this)\s+(?:\w+\s+){0,2}?(?:ass|face\s+in)\b"
     r"|\b(?:running|run)\s+(?:him|her|them)\s+over\b(?!\s+(?:to|for)\b)|(?<!someone\s)(?<!somebody\s)(?<!he\s)(?<!she\s)(?<!they\s)(?<!guy\s)(?<!man\s)(?<!stranger\s)(?<!date\s)(?<!dude\s)(?<!boyfriend\s)(?<!bf\s)(?<!bartender\s)(?<!friend\s)(?<!coworker\s)(?<!boss\s)\bput\s+something\s+in\s+(?:his|her|their)\s+(?:food|drink|coffee)\b"
     r"|(?<!ketamine\s)(?<!it\s)(?<!drug\s)(?<!drugs\s)\b(?:almost|nearly)\s+(?:killed|strangled|choked|stabbed|shot)\s+(?:my|him|her|them|someone)\b"
     rf"{_NOT_A_PERSON}"
     # ...about harming someone else: "thinking about killing myself" is the visitor's own danger (general rules)
     rf"|\b(?:thinking|thoughts?)\s+(?:about|of)\s+(?:hurting|harming|killing|stabbing|shooting|attacking)\b(?!\s+(?:{_SELF}|me)\b)"
     r"|\b(?:wants?|wanna|going|gonna|plans?|planning)\s+(?:to\s+)?(?:kill|hurt|stab|shoot)\s+(?:the|a|that|this|some)\s+\w+"
     r"|\bmake\s+(?:him|her|them)\s+pay\b(?:\s+\S+){0,6}?\s+(?:know\s+where|gun|knife|kill)"
     r"|\bknow\s+where\s+(?:he|she|they)\s+lives?\b"
     # "ill put him in the ground", "to make him bleed", "hurt him real bad", "make him pay for what he did"
     r"|\bput\s+(?:him|her|them)\s+in\s+(?:the|a|an\s+early)\s+(?:ground|grave)\b|\bmake\s+(?:him|her|them)\s+bleed\b"
     r"|\b(?:hurt|beat)\s+(?:him|her|them)\s+(?:real|really|so)\s+bad\b"
     r"|\b(?:going\s+to|gonna|will|ill)\s+make\s+(?:him|her|them)\s+pay\s+for\s+what\b"
     r"|\b(?:snap|lose\s+it|lose\s+control)\s+and\s+(?:hurt|harm|shake|kill)\s+(?:my|the|her|his)\s+\w+"
     r"|\bshook\s+(?:my|the|her|his)\s+baby\b|\bgot\s+a\s+(?:bat|knife|gun|crowbar|hammer|machete)\s+in\s+my\s+hand\b"
     r"|\btake\s+out\s+(?:his|her|their|my)\s+\w+\b(?:\s+\S+){0,12}?\s+(?:ammo|ammunition|bullets|gun|rifle|pistol)\b"),
    # harm planned against someone at work, school or home, or an urge to harm a child: "thoughts about harming one of
    # my patients", "gonna put my stepdad in the hospital", "bringing his dads gun to school", "done letting him breathe"
    ("threat_signs", THREAT,
     r"\b(?:hurt|hurting|harm|harming|stab|stabbing|shoot|shooting)\s+(?:one\s+of\s+)?(?:my|the|our)\s+"
     r"(?:patients?|students?|clients?|coworkers?|co\s+workers?|classmates?)\b(?!\s+(?:feelings|chances|careers?|grades?)\b)"
     rf"|\b{_WANT}\s+(?:to\s+)?put\s+(?:him|her|them|(?:my|that|his|her)(?:\s+\w+){{1,3}}?)\s+in\s+(?:the\s+)?hospital\b"
     r"|\b(?:bring\w*|take|taking)\s+(?:a|my|his|her|their)(?:\s+\w+s?)?\s+(?:gun|guns|knife|rifle|pistol|weapon)\s+(?:\w+\s+)?to\s+"
     r"(?:work|school|the\s+office|class|campus|church)\b"
     r"|\bbring\w*\s+something\s+to\s+(?:work|school|the\s+office|class)\b(?:\s+\S+){0,3}?\s+to\s+(?:hurt|kill|shoot|stab|get\s+back\s+at)\b"
     r"|\b(?:done|finished|tired\s+of)\s+letting\s+(?:him|her|them)\s+(?:breathe|live)\b"
     r"|\bmake\s+(?:\w+\s+){0,6}?pay\b(?:\s+\S+){0,12}?\s+(?:have|got|made)\s+a\s+plan\b"
     r"|\burges?\s+to\s+(?:hurt|harm|hit|shake|smother|kill)\s+(?:him|her|them|my\s+\w+|the\s+baby)\b"),
    ("threat_kill_me", ABUSE,
     r"\b(?:said|says|threaten\w*|swore|told\s+me)\s+(?:\w+\s+){0,2}?(?:hed|shed|he\s+would|she\s+would|hell|shell|he\s+will|she\s+will|"
     r"theyd|they\s+will|to)\s+(?:\w+\s+){0,2}?kill\s+me\b|\b(?:hell|shell|hed|shed|he\s+will|she\s+will|theyll|they\s+will)\s+kill\s+me\b"
     # "yelling hes going to kill me"; "says shes gonna stab me"; "hell beat me like last time" (not "at chess")
     r"|\b(?:yell\w*|scream\w*|shout\w*|threaten\w*)\s+(?:that\s+)?(?:hes|shes|he\s+is|she\s+is|theyre|they\s+are|he\s+was|she\s+was)\s+"
     r"(?:going\s+to|gonna)\s+kill\s+me\b"
     # "outside banging on the door saying hes going to kill me" (not "... when he sees the bill", "... lol")
     r"|\b(?:says|saying)\s+(?:that\s+)?(?:hes|shes|he\s+is|she\s+is|theyre|they\s+are)\s+(?:going\s+to|gonna)\s+kill\s+me\b"
     rf"{_NOT_WHEN_THEY_FIND_OUT}(?!\s+(?:lol|lmao|haha|jk)\b)"
     r"|\b(?:hes|shes|he\s+is|she\s+is|theyre|they\s+are)\s+(?:going\s+to|gonna)\s+(?:stab|shoot|strangle|choke)\s+me\b"
     r"|\b(?:hell|shell|he\s+will|she\s+will|theyll|they\s+will)\s+(?:beat|hit|hurt|choke|stab)\s+me\b(?!\s+(?:at|in)\b)"
     r"|\bthreaten\w*\s+to\s+(?:stab|shoot|kill|hurt|strangle|choke|beat)\s+(?:me|us|my|her|him)\b"),
    ("abuse_acts", ABUSE,
     rf"\b(?:{_KIN}|ex|husband|stepdad|stepmom|caregiver|caretaker|aide|nanny|babysitter)\s+(?:\w+\s+){{0,2}}?(?<!fell\sand\s)(?<!slipped\sand\s)(?<!tripped\sand\s)(?<!fainted\sand\s)(?:choked|strangled|hit|punched|kicked|slapped|shoved|"
     rf"pushed|pushes|shoves|kicks|slaps|chokes|beat|beats|threw|throws|slammed|dragged|threw\s+(?:a|an|the|his|her)\s+\w+\s+at|locked|locks|smashed|"
     rf"grabbed\s+me\s+by|hitting|punching|kicking|slapping|choking|beating)\s+(?:me|us|her|him|my|the\s+kids)\b{_NOT_A_GAME}"
     # "she locked her bedroom door" is someone shut in, not someone hurt
     r"(?!\s+(?:\w+\s+)?(?:door|room|bedroom|bathroom|car|phone)\b)"
     r"(?!\s+(?:own\s+)?head\s+(?:on|against|when|as|while|in)\b)"
     r"|\b(?:checks|reads|controls|takes)\s+my\s+(?:phone|money|car\s+keys|messages)\b(?:\s+\S+){0,8}?\s+(?:let\s+me|leave|scared|afraid|hit)"
     r"|\b(?:doesnt|wont|does\s+not|will\s+not)\s+let\s+me\s+(?:leave|go\s+out|see\s+my|have\s+my|out\s+of)\b"
     r"|\block(?:s|ed)?\s+me\s+(?:in|out|up)\b|\b(?:watch\w*|saw|see|seen|heard|hear)\s+(?:him|her|them)\s+(?:hit|hitting|punch\w*|kick\w*|slap\w*|beat\w*|chok\w*)\s+(?:me|us|my|her|him)\b|\bbruises?\s+(?:on|all\s+over|all\s+up)\s+(?:my|his|her)\b|\b(?:has|had|with|(?<!i\s)have)\s+bruises\b(?!\s+from\s+(?:the\s+|an\s+)?(?:iv|needle|infusion|blood\s+draw))"
     r"|\b(?:he|she|boyfriend|girlfriend|husband|wife|partner|bf|gf|ex|dad|mom|father|mother|stepdad|stepmom)\s+(?:\w+\s+){0,4}?(?:and|then)\s+(?:hit|punched|kicked|slapped|choked|beat)\s+me\b(?!\s+(?:up|with\s+a\s+pillow)\b)"
     r"|\bscared\s+to\s+go\s+home\b|\bbeats\s+(?:her|him|them|me|the\s+kids)\b"
     rf"{_NOT_A_GAME}"
     # children left without care
     r"|\b(?:alone|by\s+themselves|home\s+alone|left\s+alone)\s+for\s+(?:\d+|two|three|four|several|a\s+few)\s+days\b"
     r"|\b(?:kids?|children|baby|toddler|little\s+ones?)\b(?:\s+\S+){0,8}?\s+no\s+(?:food|water|one\s+home|adult)\b"
     # strangulation, restraint, marks someone hides
     r"|\bhands?\s+(?:around|on)\s+(?:my|her|his|their)\s+(?:neck|throat)\b"
     r"|\bhiding\s+(?:in|from)\b(?:\s+\S+){0,8}?\s+(?:hes|he\s+is|shes|she\s+is|theyre)\s+(?:breaking|smashing|throwing|punching|kicking)\b"
     r"|\btied\s+(?:up\s+)?to\s+(?:a|the|his|her|my)\s+(?:chair|bed|bedpost|bed\s+frame)\b|\btied\s+(?:me|him|her|them)\s+up\b"
     # someone armed or keeping a person from leaving, or smashing the phone they would call for help with
     r"|\b(?:blocking|blocks|blocked|standing\s+in)\s+(?:the|my|our)\s+(?:door|doorway|way\s+out)\b"
     r"|^(?!.*\b(?:goodbye|bye\s+forever|see\s+(?:u|you)\s+never)\b).*\b(?:he|she|hes|shes|they|theyre)\s+(?:has|have|got|is\s+holding|grabbed|pulled\s+out)\s+(?:a|his|her|their)\s+(?:knife|gun|pistol)\b"
     # ... unless it is meant for themselves: "he has a gun and wants to use it on himself" is suicide
     r"(?!(?:\s+\S+){0,8}?\s+(?:(?:on|kill|shoot|hurt|end)\s+(?:himself|herself|themselves|themself)|end\s+(?:it|his\s+life|her\s+life|their\s+life|things|it\s+all))\b)"
     r"|\b(?:he|she|they|boyfriend|girlfriend|husband|wife|partner|ex|dad|mom|stepdad|stepmom)\s+smashed\s+(?:my|her|his|our)\s+(?:phone|cell)\b"
     # "is it normal for your partner to choke you"; marks a child says a parent made; "he just broke my moms nose"
     r"|\b(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|spouse|fiance|fiancee|ex)s?\s+(?:\w+\s+){0,3}?"
     r"(?:choke|chokes|choking|choked|strangle|strangles|strangling|strangled)\s+(?:you|me|her|him)\b"
     rf"{_NOT_WHEN_THEY_FIND_OUT}"
     r"|\b(?:marks|bruises|burns|welts)\b(?:\s+\S+){0,14}?\s+(?:said|says|told\s+me)\s+(?:her|his|their|my)\s+(?:\w+\s+)?"
     r"(?:mom|mother|dad|father|stepdad|stepmom|parents?|boyfriend|girlfriend|uncle|aunt|grandma|grandpa|coach)\s+did\s+(?:it|this|that|them)\b"
     r"|\b(?:he|she|they|dad|mom|father|mother|stepdad|stepmom|husband|wife|boyfriend|girlfriend|bf|gf|partner)\s+(?:just\s+)?"
     r"(?:broke|fractured)\s+(?:my|our)\s+(?:\w+s\s+)?(?:nose|jaw|ribs?|arm|wrist|fingers?|teeth|tooth)\b"
     # "shoves me around if i complain", "the man next door hitting his kids again", "left me on the side of the freeway"
     r"|\b(?:shoves?|shoved|shoving|knocks?|knocked|knocking|slaps?|slapped|slapping|smacks?|smacked|smacking|throws?|threw|throwing)\s+"
     r"(?:me|her|him|us|them)\s+around\b"
     r"|\b(?:hitting|beating|punching|kicking|slapping|smacking|choking)\s+(?:his|her|their)\s+(?:kids?|children|son|daughter|wife|girlfriend|"
     r"baby|mom|mother|dad|father)\b|\bleft\s+me\s+(?:on|at|by)\s+the\s+side\s+of\s+the\s+(?:road|freeway|highway)\b"
     r"|\b(?:afraid|scared|terrified)\s+(?:to\s+go|of\s+going)\s+(?:back\s+)?home\b"
     r"|\b(?:shows?|showed|turns?|turned)\s+up\s+(?:at|outside)\s+(?:my|our)\s+(?:\w+\s+)?(?:work|house|home|place|apartment|door|job)\b"
     r"(?:\s+\S+){0,4}?\s+(?:threaten\w*|yell\w*|scream\w*|bang\w*|pound\w*)\b"
     # things thrown at someone, "shoves me when i refuse", shut in a closet, "beat me up", burned
     # with something, stabbed with a fork, "came at me with a bottle", "gets violent ... right now", a black eye a
     # child came back with, a child screaming beside things breaking or someone hit, Spanish "golpeando a mi mamá"
     r"|\b(?:throwing|throws|threw)\s+(?:stuff|things|dishes|bottles|plates|chairs)\s+at\s+(?:me|my\s+\w+|her|him)\b"
     r"|\b(?:shoves|shoved|hits|slaps|punches|kicks|beats|pinches)\s+me\s+when\b"
     r"|\block(?:s|ed)?\s+(?:her|him|them)\s+in\s+(?:the|a|her|his)\s+(?:closet|basement|garage|shed|cellar)\b|\bbeat\s+me\s+up\b"
     r"|\bburns?\s+(?:him|her|me|them)\s+with\b|\b(?:he|she|wife|husband|partner|boyfriend|girlfriend|dad|mom|son|daughter|brother|sister)\s+stabbed\s+(?:me|my\s+\w+)\b"
     r"|\bcame\s+at\s+(?:me|her|him)\s+with\b|\bgets?\s+violent\b(?:\s+\S+){0,12}?\s+(?:right\s+now|tonight|hiding|locked\s+in)\b"
     r"|\b(?:came\s+back|came\s+home|showed\s+up)\s+with\s+(?:a\s+|another\s+)?black\s+eye\b"
     r"|\b(?:kid|child|baby|woman|girl|boy)\s+screaming\b(?:\s+\S+){0,8}?\s+(?:things\s+breaking|hitting\s+(?:her|him|them))\b|\bgolpeando\s+a\s+(?:mi|su)\b"
     r"|\bcigarette\s+burns\b|\b(?:hide|hides|hiding|hid|cover|covers|covering)\s+(?:the\s+|her\s+|his\s+|my\s+)?bruises\b(?!\s+from\s+(?:the\s+|an\s+)?(?:iv|needle|infusion|blood\s+draw))"),
    # (eighteenth session) a "stop" not heeded in a sexual setting, and someone taken into a room she cannot leave:
    # "he didnt use a condom and i told him to stop", "some guys took her into a room and shes scared and cant get out"
    ("sexual_assault_unheeded", SEXUAL_ASSAULT,
     r"^(?=.*\b(?:condom|sex|slept\s+with|touch\w*\s+(?:me|her|him)|touch\w*\s+my\s+(?:body|chest|breasts?|butt|legs?|thighs?|privates?)|grop\w*|undress\w*|"
     r"clothes\s+off|pants\s+down|inside\s+me|on\s+top\s+of\s+me|in\s+(?:his|her|the)\s+bed)\b)"
     r".*\b(?:told|asked|begged|kept\s+telling|kept\s+asking)\s+(?:him|her|them)\s+to\s+stop\b(?!\s+(?:texting|calling|drinking|smoking|yelling))"
     r"|\b(?:took|dragged|pulled|pushed|locked)\s+(?:her|me|him)\s+(?:in)?to\s+(?:a|the|his|their|some)\s+(?:room|bedroom|bathroom|back\s+room)\b"
     r"(?:\s+\S+){0,8}?\s+(?:cant\s+(?:get\s+out|leave)|wont\s+let\s+(?:her|me|him)\s+(?:out|leave|go)|locked)\b"),
    # a sudden headache unlike any other (a sign of bleeding in the brain): "hit like a thunderclap", "worst headache of my life"
    ("sudden_headache", MEDICAL,
     r"\bthunderclap\b|\bworst\s+(?:headache|head\s*ache)\s+(?:of\s+my\s+life|ive\s+ever\s+had|ever)\b"),
    # a drug used now and its signs: "just used after 6 months sober ... lips feel numb and im nodding out"
    ("used_now", OVERDOSE,
     r"\b(?:just\s+used(?!\s+(?:the|my|a|your|some)\b)|used\s+again|relapsed|shot\s+up|fent\w*|heroin|dope|stronger\s+than\s+(?:what|usual|i))\b(?:\s+\S+){0,14}?\s+"
     r"(?:nodding\s+(?:out|off)|lips\s+(?:feel\s+|are\s+|look\s+|going\s+|are\s+going\s+|turning\s+|feeling\s+)?(?:numb|blue)|cant\s+stay\s+awake|(?:hard|struggling)\s+to\s+breathe)\b"),
    # several of a sedative with a lot of alcohol: "I took like ten of my xanax with a bottle of wine ... now I'm scared"
    ("mixed_now", OVERDOSE,
     r"\b(?:took|taken|swallowed|popped|downed|had)\s+(?:like\s+|about\s+|around\s+|maybe\s+|probably\s+)?"
     r"(?:[4-9]|\d\d|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+bunch|a\s+handful)\s+(?:of\s+)?(?:my|his|her|the)?\s*(?:\w+\s+)?"
     rf"(?:{_DRUG}|klonopin|valium|ativan|sleeping\s+pills|tabs)\b(?:\s+\S+){{0,4}}?\s+(?:with|and|on\s+top\s+of|after)\s+"
     rf"(?:a\s+(?:whole\s+)?bottle\s+of\s+|half\s+a\s+bottle\s+of\s+|a\s+lot\s+of\s+|some\s+|like\s+\d+\s+|a\s+few\s+|(?:\d+|two|three|four|five|six)\s+)?{_ALCOHOL}\b"),
    ("sexual_assault_acts", SEXUAL_ASSAULT,
     # someone who comes into a child's or a sleeper's room at night
     rf"\b(?:{_KIN}|stepdad|stepfather|stepbrother|man|guy)\s+(?:\w+\s+)?(?:comes|came|sneaks|snuck|gets|got|keeps\s+coming)\s+"
     r"in(?:to)?\s+my\s+(?:room|bed|bedroom)\s+(?:at\s+night|when\s+(?:im|i\s+am|i\s+was)\s+(?:asleep|sleeping))\b|"
     # ... and anyone who comes into someone's room and touches them: "a male aide comes into her room at night and
     # touches her"
     r"\b(?:comes?|came|coming|sneaks?|snuck|goes|went)\s+into\s+(?:her|his|my|their)\s+(?:room|bed)\b(?:\s+\S+){0,6}?\s+(?:and\s+)?(?:touch\w*|grop\w*|fondl\w*)|"
     r"\b(?:touched|touches|touching|groped|gropes|grabbed)\s+(?:me|her|him|my)\b(?:\s+\S+){0,8}?"
     r"\s+(?:when\s+i\s+was|as\s+a\s+kid|without|didnt\s+want|private|under|coach|uncle|closet|cornered)"
     r"|\b(?:coach|uncle|stepdad|stepfather|teacher|priest|cousin|boss|neighbou?r)\s+(?:\w+\s+){0,3}?(?:touch\w*|grop\w*|molest\w*)\b"
     r"|\b(?:uncle|stepdad|stepfather|coach|teacher|he|she|they)\s+(?:\w+\s+){0,2}?touched\s+me\b"
     r"|\bforced\s+(?:himself|herself|themselves)\s+on\b|\bmakes?\s+me\s+have\s+sex\b|\bsex\s+(?:when|after|even\s+though)\s+i\s+(?:say|said|told)\s+no\b"
     r"|\b(?:didnt|did\s+not|wouldnt|would\s+not)\s+stop\s+when\s+i\s+(?:told|said|asked|begged)\b"
     r"|\b(?:slipped|put|dropped)\s+something\s+in(?:to)?\s+(?:my|her|his)\s+drink\b|"
     r"\bwoke\s+up\s+(?:\w+\s+){0,5}?(?:with\s+)?(?:my|her|his)\s+clothes\s+off\b"
     r"|\bpinned\s+(?:me|her|him)\s+(?:down\s+)?(?:on|to|against)\s+(?:the|my|a|his|her)\s+(?:bed|couch|mattress|floor)\b"
     r"|\bmade\s+(?:me|her|him|them)\s+do\s+(?:sexual|sex)\b|\bsexual\s+(?:stuff|things)\s+(?:to|with)\s+(?:me|her|him|them)\b|\bspiked\s+(?:my|her|his)\s+drink\b"
     r"|\b(?:does|did|do|doing|done)\s+(?:stuff|things)\s+(?:to\s+(?:me|her|him)|during\s+(?:her|his|my)\s+(?:bath|shower))\b"
     r"|\bmade\s+(?:me|her|him)\s+do\s+(?:stuff|things)\b(?:\s+\S+){0,2}?\s+(?:i|she|he)\s+(?:didnt|did\s+not)\s+want"
     r"|\bgrabbed\s+me\s+and\s+(?:dragged|pulled)\b|\bdragged\s+me\s+(?:behind|into|to)\b"
     # "my date kept going after i passed out", "she saw him carry me into his room"
     r"|\b(?:kept\s+going|didnt\s+stop|did\s+not\s+stop|had\s+sex\s+with\s+(?:me|her)|was\s+on\s+top\s+of\s+(?:me|her)|undressed\s+(?:me|her))\b"
     r"(?:\s+\S+){0,3}?\s+(?:after|while|when)\s+(?:i|she)\s+(?:had\s+)?(?:passed\s+out|blacked\s+out|was\s+(?:asleep|sleeping|unconscious|passed\s+out|"
     r"blacked\s+out|out\s+cold|too\s+drunk))\b"
     r"|\b(?:saw|watched|seen)\s+(?:him|them|a\s+guy)\s+carry(?:ing)?\s+(?:me|her)\s+(?:in)?to\s+(?:his|their|a|the)\s+(?:room|bedroom|bed|car)\b"
     r"|\bwoke\s+up\s+(?:\w+\s+){0,5}?(?:no\s+clothes|naked|undressed)\b|\bcornered\s+me\b(?:\s+\S+){0,6}?\s+(?:grab\w*|touch\w*|kiss\w*)"),
    ("self_harm_acts", SELF_HARM,
     rf"\b(?:fresh\s+)?cuts\s+(?:all\s+over\s+|on\s+)?(?:my|his|her|their)\s+(?:\w+\s+){{0,3}}?{_BODY}\b|\bfresh\s+cuts\b"
     r"|\b(?:relapsed|relapse)\s+(?:and|on|with)\s+(?:cut\w*|sh|self\s+harm\w*|burn\w*)\b|\b(?:clean|free)\s+from\s+(?:cutting|sh|self\s+harm\w*)\b(?:\s+\S+){0,4}?\s+relaps\w*"
     r"|\bcut\s+(?:myself\s+|my\s+\w+\s+)?(?:too\s+deep|deeper\s+than\s+(?:usual|before|i\s+meant))\b"
     r"|\bcut\s+(?:again|tonight|today|last\s+night|deeper|deep)\b|\bsh\s+urges\b|\burges?\s+to\s+(?:cut|burn|self\s+harm|hurt\s+myself|sh)\b"
     # (not a fall: "fainted and hit her head on the counter" is a medical emergency, below)
     r"|\b(?<!fainted\sand\s)(?<!fell\sand\s)(?<!collapsed\sand\s)(?<!slipped\sand\s)(?<!tripped\sand\s)"
     r"(?:banging|hitting|slamming|bang|hit)\s+(?:my|his|her)\s+head\s+(?:against|on|into)\b"
     r"|\b(?:scratch\w*|bit\w*|burn\w*)\s+(?:\w+\s+){0,2}?(?:his|her|their|my)\s+own\s+(?:arms|skin|hands|legs)\b"
     r"|\bblade\s+is\s+(?:right\s+)?(?:next\s+to|here|in\s+my)"
     r"|\b(?:razor|blade)\b(?:\s+\S+){0,10}?\s+(?:promised\s+myself|wouldnt\s+do\s+this|do\s+this\s+again|relaps\w*|urges?)\b"),
    ("overdose_acts", OVERDOSE,
     r"\b(?:double|triple|extra)\s+dose\b(?:\s+\S+){0,8}?\s+(?:feel|feeling|shaking|sweating|dizzy|off|heart|weird|sick|confused)"
     # "i doubled and then tripled my seroquel tonight ... now i feel really strange and my heart is racing"
     rf"|\b(?:i|he|she|they)\s+(?:\w+\s+)?(?:doubled|tripled|quadrupled)\s+(?:up\s+)?(?:(?:and\s+)?(?:then\s+)?(?:doubled|tripled|quadrupled)\s+)?"
     r"(?:on\s+)?(?:my|his|her|their)\s+(?!workouts?\b|routine\b|coffee\b|hours\b|shifts?\b|reps\b)(?:\w+\s+){0,2}?\w+\b(?:\s+\S+){0,14}?\s+"
     r"(?:(?:feel|feeling|feels)(?!\s+(?:\w+\s+)?(?:fine|ok|okay|better|good|great|normal)\b)|shaking|sweating|dizzy|heart\s+(?:is\s+)?(?:racing|pounding)|"
     r"weird|strange|sick|confused|cant\s+(?:breathe|stay|keep))\b"
     r"|\b(?:accidentally|by\s+mistake|by\s+accident)\s+(?:took|take|taken|gave|swallowed)|\b(?:took|taken|gave)\s+(?:\w+\s+){0,3}?(?:twice|two\s+times|double)\b"
     rf"|\bmix\w*\s+(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:{_DRUG}|\w+)\s+with\s+(?:\w+\s+){{0,5}}?{_ALCOHOL}\b(?:\s+\S+){{0,6}}?\s+(?:feel|feeling|weird|sick|dizzy|spinning|cant|wont|passed|"
     r"hard\s+time\s+(?:keeping|staying|breathing|waking)|eyes\s+open|nodding|throwing\s+up|vomiting)"
     rf"|\b(?:took|takes|taking|ate|swallowed|popped)\s+(?:\w+\s+){{0,3}}?{_DRUG}\s+with\s+(?:\w+\s+){{0,3}}?{_ALCOHOL}\b"
     # (an amount, or a child "got into my pills"; "took my meds" alone is no overdose)
     rf"|\b(?:took|taken|ate|swallowed|popped|got\s+into)\s+(?:a\s+bunch\s+of\s+|a\s+lot\s+of\s+|all\s+of\s+|a\s+handful\s+of\s+|half\s+a\s+bottle\s+of\s+)(?:(?:my|his|her)\s+)?(?:\w+\s+){{0,2}}?{_DRUG}\b"
     rf"|\bgot\s+into\s+(?:my|his|her)\s+(?:\w+\s+){{0,2}}?{_DRUG}\b"
     r"|\b(?:bit|ate|swallowed|chewed|drank|got\s+into)\s+(?:\w+\s+){0,6}?(?:pod|pods|detergent|bleach|drano|lye|washer\s+fluid|antifreeze|cleaner|batteries|battery)\b"
     r"|\b(?:fentanyl|nicotine)\s+patches\s+instead\b|\b(?:three|four|five|\d)\s+(?:fentanyl\s+)?patches\b"
     r"|\b(?:snorted|smoked|took|injected)\s+something\b(?:\s+\S+){0,8}?\s+(?:breath\w*|wake|blue|passed|responding|answering)"
     # "i just did a lot of k ... i feel like im dying": a large amount just used, with a sign of trouble after it
     rf"|\bjust\s+(?:did|used|snorted|smoked|injected|shot\s+up|took)\s+(?:a\s+lot|way\s+too\s+much|too\s+much|a\s+bunch|a\s+ton|so\s+much|tons)\s+of\s+(?:{_DRUG}|k|ket|ketamine|special\s+k|coke|meth|molly|dope|h)\b"
     r"(?:\s+\S+){0,14}?\s+(?:dying|die|heart|breath\w*|cant\s+(?:feel|move|see|stop)|scared|throwing\s+up|passing\s+out|help)\b"
     # "bought some off a guy and i think i did way too much, i cant move my legs": too much used, and a sign of it now
     rf"|\b(?:did|used|snorted|smoked|injected|shot\s+up)\s+(?:way\s+|far\s+)?too\s+much\b(?:\s+\S+){{0,12}}?\s+{_SIGNS_NOW}"
     # a plant or mushroom eaten, then a sign of poisoning ("chewing on the oleander flowers ... really drowsy")
     r"|\b(?:ate|eaten|eating|chewed|chewing|swallowed|nibbled|nibbling)\s+(?:on\s+|some\s+of\s+)?(?:the|a|an|some|our|my|his|her|their|those|these|that|this|wild)\s+(?:\w+\s+){0,5}?(?:plants?|leaves|leaf|flowers?|berries|mushrooms?|seeds|oleander|foxglove|nightshade|lilies|lily)\b"
     r"(?:\s+\S+){0,16}?\s+(?:drowsy|sleepy|lethargic|vomit\w*|throwing\s+up|puking|drooling|wont\s+wake|cant\s+wake|seiz\w*|limp|pale)\b"
     r"|\bnod(?:ding|din)\s+(?:off|out)\b(?:\s+\S+){0,8}?\s+(?:not\s+answering|cant\s+wake|wont\s+wake|breath\w*|lips|blue|purple)"
     # a child into the gummies, a week's pills gone at once, then drowsy now
     rf"|\b(?:ate|eaten|swallowed|got\s+into|chewed)\s+(?:\w+\s+){{0,5}}?(?:{_DRUG}|thc|weed|vitamins|{_OVER_THE_COUNTER})\b{_DROWSY_NOW}"
     rf"|\b(?:took|swallowed)\s+all\s+of\s+(?:it|them)\b{_DROWSY_NOW}"
     # drink then pills and feeling it; extra pills and scared; a cabinet emptied; "a ton of tylenol ... on purpose"
     rf"|\b(?:drank|had)\s+(?:\w+\s+){{0,4}}?{_ALCOHOL}\s+and\s+(?:then\s+)?"
     rf"(?:took|popped|swallowed)\s+(?:\w+\s+){{0,2}}?(?:{_DRUG}|{_OVER_THE_COUNTER})\b(?:\s+\S+){{0,10}}?\s+(?:weird|slow|dizzy|sick|cant|scared|passing\s+out|throwing\s+up|numb|heart|spinning)\b"
     rf"|\b(?:took|swallowed)\s+(?:extra|more)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:{_DRUG}|{_OVER_THE_COUNTER})\b"
     r"(?:\s+\S+){0,10}?\s+(?:scared|dizzy|weird|sick|cant\s+(?:breathe|stay|wake|think)|heart|throwing\s+up|passing\s+out|confused)\b"
     r"|\b(?:swallowed|took|ate|downed)\s+(?:everything|all)\s+(?:in|from)\s+(?:my|the|our|her|his)\s+(?:medicine\s+cabinet|cabinet|pill\s+\w+)\b"
     rf"|\b(?:took|swallowed|popped|ate|downed)\s+(?:a\s+ton|tons|a\s+lot|a\s+bunch|loads|a\s+whole\s+lot)\s+of\s+(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?"
     rf"(?:{_DRUG}|{_OVER_THE_COUNTER})\b(?:\s+\S+){{0,6}}?\s+(?:on\s+purpose|to\s+die|so\s+i\s+(?:wont|wouldnt|dont)\s+wake)"),
    ("medical_signs", MEDICAL,
     r"\b(?:crushing|squeezing)\s+(?:pain\s+)?(?:in\s+)?(?:my|his|her|the)?\s*chest\b|\bcrushing\s+(?:chest|pain)\b"
     r"|\b(?:pain|tightness|pressure|tight)\s+in\s+(?:my|his|her|the)\s+chest\b"
     r"|\b(?:short|shortness)\s+of\s+breath\b|\b(?:hurts|hard|struggling)\s+to\s+breathe\b|\bbarely\s+breathing\b|\bbreathing\s+(?:weird|funny|strange)\b"
     r"|\blips\s+(?:are\s+)?(?:turning\s+|going\s+|looking\s+|lookin\s+)?(?:blue|purple|gray|grey)\b|\bturning\s+blue\b"
     rf"|\b{_NOT_A_BODY}(?:collapsed|passed\s+out|fainted)\b(?!\s+(?:once|before|years|when\s+i\s+was|as\s+a|getting|during|at\s+(?:the|my|a)|last\s+time|from\s+(?:needles?|blood|shots?)))"
     r"|\babout\s+to\s+pass\s+out\b|\bworst\s+headache\b|\b(?:went|goes|gone|going|suddenly)\s+numb\b"
     # about to faint: "my heart is pounding like crazy and everything is going dark"
     r"|\b(?:everything|my\s+vision|the\s+room|its\s+all)\s+(?:is\s+)?(?:going|getting|turning|went|goes)\s+(?:dark|black|gray|grey)\b"
     r"|\b(?:arm|leg|face|side)\s+(?:\w+\s+){0,2}?(?:went|is|suddenly|just)\s+(?:numb|limp|dead)\b|\bcant\s+(?:lift|move|raise)\s+(?:my|his|her)\s+(?:right\s+|left\s+)?(?:arm|leg)\b"
     r"|\b(?:face|mouth|smile)\s+(?:looks|feels|seems|is|went|has\s+gone|is\s+kind\s+of|looks\s+kind\s+of)\s+(?:\w+\s+)?(?:droopy|drooping|crooked)\b"
     r"|\bdroop\w*\s+(?:on\s+)?one\s+side\b|\b(?:words|speech)\s+(?:are\s+|is\s+)?(?:coming\s+out\s+)(?:slurred|wrong|jumbled|garbled|weird)\b"
     r"|\bchest\s+(?:\w+\s+){0,2}?crushing\b"
     r"|\bhit\s+(?:his|her|my)\s+head\b(?:\s+\S+){0,6}?\s+(?:confused|throwing\s+up|vomit\w*|wont\s+wake|not\s+making\s+sense)"
     r"|\b(?:shaking|jerking|twitching)\s+all\s+over\b|\bfoaming\s+at\s+the\s+mouth\b|\b(?:seizing|convulsing)\b|\bseizure\s+(?:right\s+now|now|just\s+now|and\s+(?:is|hes|shes|wont|isnt|not))\b"
     r"|\b(?:wont|will\s+not|doesnt|does\s+not|cant\s+get\s+it\s+to)\s+stop\s+bleeding\b"
     r"|\b(?:tongue|lips|throat|face)\s+(?:is\s+|are\s+)?(?:swelling|swollen|closing)\b|\bcoughing\s+up\s+blood\b|\bvomiting\s+blood\b"
     r"|\b(?:cant|cannot)\s+wake\s+(?:him|her|them)\s+up\b|\bnot\s+(?:answering|responding)\s+(?:me|at\s+all)?\b(?:\s+\S+){0,4}?\s+(?:floor|breathing|pills|blue)"
     r"|\bheart\s+(?:\w+\s+){0,3}?(?:200|racing|pounding)\b(?:\s+\S+){0,12}?\s+(?:pass\s+out|faint|chest|cant\s+breathe)"
     # a diabetic shaking, sweating, confused: low blood sugar
     r"|\b(?:diabetic|blood\s+sugar|sugar\s+(?:is\s+)?(?:low|crashing|dropping))\b(?:\s+\S+){0,12}?\s+(?:shaking|sweaty|sweating|confused|"
     r"not\s+making\s+sense|passed\s+out|cant\s+(?:stand|wake)|barely\s+stand)"),
    # Emergencies told by what the person has done or is doing, the disclaimer aside (sixteenth session: the first
    # reply's "call 911, or call or text 988" had hidden that these got a topic answer)
    ("suicide_hidden", SUICIDE,
     r"\b(?:wont|will\s+not)\s+have\s+to\s+worry\s+about\s+(?:me\s+(?:much\s+longer|anymore|for\s+long|soon)|(?:him|her)\s+(?:much\s+longer|for\s+long))\b"
     r"|\b(?:pistol|gun|rifle|revolver)\s+(?:is\s+)?in\s+(?:my|his|her)\s+(?:lap|mouth)\b"
     r"|^(?=.*\b(?:im\s+done|cant\s+take|cant\s+do\s+this|idk\s+why\s+im|dont\s+know\s+why\s+im|goodbye|jump\w*|end\s+it|no\s+point|one\s+more\s+day)\b).*"
     r"\b(?:on|at)\s+(?:the\s+)?(?:top|edge|ledge|roof)\s+(?:floor\s+|level\s+)?of\s+(?:the|a|my)\s+(?:parking\s+(?:garage|structure|lot)|building|bridge|garage|overpass|cliff|hospital)\b"
     r"|\bdisappear\w*\b(?:\s+\S+){0,6}?\s+permanently\b"
     r"|\bsaying\s+goodbye\s+to\s+(?:people|everyone|everybody|my\s+(?:friends|family))\b(?:\s+\S+){0,6}?\s+without\s+(?:them|anyone|people)\s+know\w*"
     r"|\b(?:dose|enough|amount)\b(?:\s+\S+){0,5}?\s+(?:that\s+)?(?:i|he|she)\s+(?:dont|wont|do\s+not|will\s+not|never|doesnt)\s+(?:come\s+back|wake\s+up)\b"
     r"|\bleft\s+(?:a|me\s+a|us\s+a)\s+note\b(?:\s+\S+){0,8}?\s+(?:sorry|goodbye|bye|love\s+you)\b|\b(?:gun|pistol|rifle)\s+(?:isnt|is\s+not|wasnt)\s+in\s+the\s+safe\b"
     r"|\bsorry\s+for\s+everything\b(?:\s+\S+){0,8}?\s+(?:not\s+answering|isnt\s+answering|wont\s+answer|not\s+picking\s+up|no\s+answer|cant\s+reach)\b"
     r"|\b(?:decided|made\s+up\s+my\s+mind)\b(?:\s+\S+){0,6}?\s+(?:is|will\s+be)\s+my\s+last\b(?!\s+(?:try|attempt|shot|chance|hope|option|resort|ditch|appointment|session|visit|treatment|day\s+at|week\s+at|paycheck|semester))"
     r"|\bgallows\b(?:\s+\S+){0,12}?\s+rope\b"
     # jumping, the last message, gone by then, a plan, goodbyes and no answer, the wheel turned, the water walked into
     r"|\b(?:going\s+to|gonna|about\s+to|thinking\s+(?:of|about)|want\s+to)\s+jump(?:ing)?\b(?!\s+(?:in|into|on|at|right|ship|start|through|the\s+gun|back|ahead|over|up|rope|around|out\s+of\s+(?:my|his|her)\s+skin|(?:a|the|this|that|some)\s+(?:kid|guy|dude|man|girl|boy)|him|her|them|tomorrow\s+and))"
     r"|\bmy\s+last\s+messages?\b|\b(?:ill|i\s+will|im\s+gonna)\s+be\s+gone\s+(?:by\s+then|soon|before)\b|\bchecking\s+out\s+for\s+good\b"
     r"|\bwr(?:ote|iting)\s+(?:out\s+|down\s+)?my\s+passwords\b|\bgave\s+away\s+my\s+(?:dog|cat|pets?)\b"
     r"|\bgiving\s+away\s+(?:all\s+|most\s+(?:of\s+)?)?(?:his|her|their|my)\s+(?:things|stuff|belongings|clothes|plants|possessions|jewelry)\b|\bgave\s+away\s+most\s+of\s+(?:her|his|my)\s+(?:stuff|things)\b"
     r"|\bwants?\s+to\s+(?:go\s+)?be\s+with\s+(?:mom|dad|my\s+\w+|his\s+\w+|her\s+\w+|jesus|god)\b(?:\s+\S+){0,10}?\s+(?:gun|handgun|pills|rope)\b"
     r"|\b(?:cant|can\s+not|dont\s+think\s+i\s+can)\s+(?:last|hold\s+on|make\s+it)\s+(?:past|through|beyond)\s+(?:this|the)\s+(?:weekend|week|night)\b"
     r"|\bnot\s+planning\s+on\s+being\s+alive\b|\bplanning\s+on\s+not\s+being\s+(?:alive|here|around)\b|\bnot\s+plann?ing\s+on\s+(?:taking\s+it\s+back|coming\s+back|driving\s+home)\b"
     r"|\bdont\s+plan\s+on\s+(?:driving\s+home|coming\s+back|being\s+(?:here|alive|around))\b"
     r"|^(?!.*\b(?:kill|hurt|shoot|stab|matar|lastimar)\s+(?:a\s+)?(?:him|her|them|my|mi|the|that|su)\b).*\b(?:i|ive|he|she)\s+(?:have|has|got|made|already\s+(?:have|has))\s+a\s+plan\b(?:\s+(?:and\s+im|to\s+(?:do|end)\s+it|for\s+(?:tonight|how))|$)"
     r"|\bno\s+way\s+out\s+except\b|\bsaying\s+goodbye\s+to\s+(?:everyone|everybody)\s+(?:tonight|dont\s+reply)\b"
     r"|\b(?:thanks\s+for\s+everything|take\s+care\s+of\s+(?:mom|dad|the\s+kids|my\s+\w+|\w+\s+for\s+me)|saying\s+goodbye|said\s+goodbye|goodbye)\b(?:\s+\S+){0,10}?\s+"
     r"(?:not\s+picking\s+up|wont\s+pick\s+up|straight\s+to\s+voicemail|cant\s+reach|not\s+answering|phone\s+is\s+off|wont\s+answer)\b"
     r"|\b(?:voicemail|message|note)\s+saying\s+goodbye\b|\bleft\s+a\s+note\b(?:\s+\S+){0,8}?\s+(?:took\s+the\s+car|truck\s+is\s+gone|car\s+is\s+gone)\b"
     r"|\b(?:im|i\s+am)\s+walking\s+into\s+the\s+(?:water|ocean|sea|lake|river)\b"
     r"|\bwalk\w*\s+into\s+the\s+(?:water|ocean|sea|lake|river)\b(?:\s+\S+){0,6}?\s+(?:not|never)\s+com(?:ing|e)\s+back\b|\bswerv\w*\s+into\s+(?:oncoming\s+traffic|the\s+median|a\s+wall|a\s+tree|traffic)\b"
     r"|\b(?:just\s+)?(?:turning|turn|not\s+turn)\s+the\s+wheel\b|\b(?:im|i\s+am)\s+(?:at|on)\s+the\s+(?:train\s+)?tracks\b"
     r"|\bsay\s+goodbye\s+to\s+(?:my\s+\w+|everyone)\s+without\s+(?:them|anyone)\s+(?:figuring|knowing|noticing)\b|\bnot\s+coming\s+out\s+alive\b"
     r"|\b(?:already\s+)?(?:have|got)\s+(?:what|everything)\s+i\s+need\s+to\s+do\s+it\b|\blooking\s+up\s+ways\b(?!\s+to\s+(?:pay|save|afford|get|find|help|cope|manage|book|treat))"
     r"|\b(?:working\s+out|figuring\s+out)\s+how\s+(?:id|i\s+would|i\s+could|to)\s+(?:actually\s+)?do\s+it\b|\btonights?\s+(?:is\s+)?the\s+last\s+night\b"
     r"|\b(?:it\s+)?(?:wont|will\s+not)\s+matter\s+soon\b|\b(?:wont|will\s+not)\s+be\s+a\s+(?:problem|burden)\s+(?:for|to)\s+(?:anyone|anybody|you|them)\s+(?:much\s+longer|for\s+long|anymore)\b"
     r"|\bplans?\s+to\s+die\b|\bhow\s+many\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:tylenol|advil|ibuprofen|aspirin)\s+(?:would\s+it\s+take\s+)?to\s+(?:die|not\s+wake)\b"
     # Spanish: "no pienso estar aqui el lunes", "dormirme para siempre", "estoy en la azotea", "hoy es su ultima noche"
     r"|\bno\s+pienso\s+(?:estar|seguir)\s+(?:aqui|viv[oa])\b|\bdormir(?:me)?\s+para\s+siempre\b|\bestoy\s+en\s+(?:la\s+azotea|el\s+puente|el\s+techo|la\s+orilla)\b"
     r"|\bse\s+va\s+a\s+(?:aventar|tirar)\b(?!\s+(?:a\s+la\s+(?:piscina|alberca)|al\s+agua|en\s+paracaidas|de\s+clavado))|\bse\s+quiere\s+ir\s+con\s+(?:diosito|dios|mi\s+\w+)\b"
     r"|\bregal\w*\s+(?:todas?\s+)?(?:sus|mis)\s+(?:cosas|joyas|pertenencias)\b|^(?!.*\bmatar\s+a\b).*\bya\s+tengo\s+un\s+plan\b|\bya\s+no\s+quiero\s+estar\s+aqui\b"
     r"|\b(?:hoy|esta\s+(?:semana|noche)|manana)\s+se\s+mata\b|\b(?:hoy|esta)\s+es\s+(?:su|mi)\s+ultim[oa]\s+(?:noche|dia)\b|\bse\s+despidi\w+\s+de\s+(?:sus|mis|todos)\b"
     r"|\bir(?:se|me)?\s+para\s+siempre\b|\bq(?:ue)?\s+lo\s+perdone\b(?:\s+\S+){0,6}?\s+no\s+(?:me\s+)?contesta\b"
     # the car running in a closed garage, a weapon out and stared at, a rope tied, loose ends tied up, a day picked
     r"|\b(?:garage|car)\b(?:\s+\S+){0,6}?\s+(?:car|engine)\s+running\b"
     r"|^(?=.*\b(?:right\s+now|rn|tonight|cant\s+stop\s+looking|looking\s+at\s+it|ready\s+to|finish|an\s+hour)\b).*\b(?:service\s+weapon|sidearm|revolver|38|pistol|gun)\b(?:\s+\S+){0,6}?\s+"
     r"(?:in\s+my\s+hand|on\s+the\s+(?:coffee\s+table|bed|desk|table)|next\s+to\s+me|in\s+front\s+of\s+me)\b"
     r"|\b(?:rope|noose)\s+is\s+(?:already\s+)?(?:tied|up|ready|hanging)\b|\bive\s+decided\s+im\s+done\b|\bim\s+done\s+goodbye\b"
     r"|\b(?:she|he)\s+(?:said|says)\s+(?:she|he)\s+has\s+a\s+plan\b|\bwalked\s+to\s+the\s+rail\b|\b(?:almost\s+didnt|didnt)\s+step\s+back\b|\bgo(?:ing)?\s+over\s+the\s+rail\b"
     r"|\bon\s+the\s+edge\s+of\s+the\s+top\s+floor\b|\bwant\s+to\s+go\s+over\b|\btying\s+up\s+loose\s+ends\b|\bdriving\s+(?:my\s+car\s+)?into\s+the\s+(?:center\s+)?divider\b"
     r"|\bdont\s+think\s+im\s+(?:going\s+to|gonna)\s+be\s+(?:around|here|alive)\b|\bjust\s+not\s+being\s+here\b|\bsaying\s+goodbye\s+like\s+it\s+was\s+the\s+last\s+time\b"
     r"|\b(?:wont|will\s+not)\s+need\s+it\s+after\b|\brehears\w*\s+what\s+to\s+(?:put\s+in|write\s+in)\s+the\s+note\b|\bpicked\s+the\s+day\b"
     r"|\bwrote\s+a\s+note\b(?:\s+\S+){0,4}?\s+(?:use\s+it|today|tonight)\b|\bwr(?:ote|iting)\s+(?:letters|notes)\s+to\s+(?:both\s+)?my\s+kids\b|\bwrote\s+out\s+my\s+will\b(?:\s+\S+){0,4}?\s+calm\b"
     r"|\bno\s+vale\s+la\s+pena\s+seguir\b(?!\s+(?:probando|intentando|buscando|con\s+(?:el|la|los|las)\s+(?:tratamiento|medicina|pastillas|terapia)))"
     r"|\bwhat\s+floor\b(?:\s+\S+){0,9}?\s+(?:sure\s+thing|to\s+die|to\s+be\s+sure)\b|\bhow\s+many\s+(?:feet|floors|stories)\b(?:\s+\S+){0,6}?\s+(?:to\s+(?:fall|die)|to\s+be\s+sure|sure)\b"
     r"|\bla\s+perdonemos\b|\bperdoname\s+mama\b(?:\s+\S+){0,4}?\s+ya\s+no\s+aguanto\b|\blast\s+day\s+on\s+earth\b|\bfixing\s+(?:that|it)\s+permanently\b"
     r"|\b22\s+a\s+day\b(?:\s+\S+){0,6}?\s+(?:one\s+of\s+them|sorry)\b|\bnot\s+going\s+home\s+ever\b|\bsleep\s+and\s+(?:never|not)\s+wake\s+up\b"
     r"|\bif\s+i\s+die\s+tonight\b|\bmight\s+be\s+it\s+for\s+me\b|\bplan(?:s|ning)?\s+to\s+walk\s+into\s+the\s+(?:ocean|water|sea)\b"
     r"|\b(?:planning|going)\s+to\s+do\s+it\s+(?:when|after|tonight)\b|\btell\s+(?:my\s+\w+|them|everyone)\s+(?:im|i\s+am)\s+sorry\b|\bgiven\s+myself\s+until\b|\bgoing\s+through\s+with\s+it\b"
     r"|\bdeciding\s+if\s+tonight\s+is\s+(?:when|the\s+night)\b|\bya\s+tengo\s+todo\s+listo\b|\bdont\s+go\s+in\s+the\s+bathroom\b|\bdate\s+and\s+a\s+method\b|\bplanning\s+my\s+death\b"
     r"|\bthis\s+is\s+the\s+end\b(?:\s+\S+){0,12}?\s+(?:cant|can\s+not|nobody\s+can)\s+reach\b|\bon\s+the\s+bridge\s+(?:rn|right\s+now)\b|\bwalked\s+right\s+up\s+to\s+the\s+edge\b"
     r"|\bstaring\s+at\s+the\s+tracks\b|\bsettled\s+(?:his|her|my)\s+affairs\b|\b(?:wont|will\s+not)\s+have\s+to\s+(?:put\s+up\s+with|deal\s+with)\s+me\s+much\s+longer\b"
     r"|\bknow\s+exactly\s+what\s+to\s+(?:take|inject)\b"
     r"|\bhow\s+many\b(?:\s+\S+){0,6}?\s+it\s+takes\b(?:\s+\S+){0,4}?\s+i\s+have\s+enough\b|\bwnt\s+to\s+die\b|\bpastillas\s+contadas\b"
     r"|\b(?:if|is|would)\s+\d{2,}\s+(?:ambien|xanax|pills|tylenol|advil|sleeping\s+pills|oxy|seroquel|benadryl)\s+(?:is|be)\s+enough\b|\bend\s+my\s+lufe\b"
     r"|\bwith\s+all\s+my\s+pills\b|\b(?:dont\s+see\s+a|no)\s+reason\s+to\s+(?:keep\s+)?(?:living|live|go\s+on)\b|\bwrote\s+my\s+will\b"
     r"|\bwants?\s+to\s+disappear\s+and\s+never\s+come\s+back\b|\blocked\s+(?:himself|herself|themselves)\s+in\s+the\s+bathroom\s+with\s+a\s+(?:knife|gun|rope)\b"
     r"|\bme\s+aviento\s+del?\b|\bfinishing\s+things\b|\bnote\b(?:\s+\S+){0,6}?\s+(?:saying|sounds\s+like)\b(?:\s+\S+){0,4}?\s+goodbye\b"
     r"|\bya\s+no\s+voy\s+a\s+ser\s+problema\b|\bcant\s+keep\s+doing\s+this\s+much\s+longer\b|\bkeep\s+thinking\s+about\s+dying\b|\bdrove\s+off\s+the\s+bridge\b"
     r"|\bon\s+the\s+roof\s+of\s+my\s+(?:apartment\s+)?building\b(?:\s+\S+){0,6}?\s+looking\s+down\b|\bjumpin\s+off\b|\bimma\s+jump\b"),
    ("self_harm_hidden", SELF_HARM,
     r"\b(?:cant\s+stop\s+wanting|urges?|the\s+urge)\s+to\s+cut\b(?!\s+(?:back|down|out|off|costs?|ties|carbs|sugar|hair|corners|in\s+line|class|the\s+cord))"
     r"|\bcutting\s+is\s+the\s+only\s+(?:thing|way)\b|\bonly\s+(?:way|thing)\b(?:\s+\S+){0,6}?\s+with\s+(?:the|a|my)\s+(?:blade|razor)\b"
     r"|\bdeserve\s+to\s+(?:hurt|suffer|bleed|feel\s+pain)\b(?:\s+\S+){0,8}?\s+(?:cutting|doing\s+it|hurting\s+myself|burning)\b"
     r"|\bburn(?:ed|t|ing)?\s+(?:my|his|her)\s+(?:wrists?|arms?|skin|legs?|hands?|thighs?)\b(?:\s+\S+){0,6}?\s+(?:to\s+(?:calm|feel|cope|punish|stop)|on\s+purpose)\b"
     r"|\b(?:i|im|ive|been|keep|kept|keeps)\s+(?:\w+\s+)?scratch\w*\s+(?:my|his|her)\s+(?:arms?|legs?|skin|wrists?|face)\s+(?:open|raw|until|till|bloody)\b(?!\s+on\s+(?:a|an|the|some)\b)"
     r"|\b(?:she|he|they|sister|brother|son|daughter|friend|roommate|girlfriend|boyfriend|gf|bf|kid)\s+cuts?\s+(?:herself\s+|himself\s+|themselves\s+)?(?:every\s+(?:night|day)|each\s+night|daily|all\s+the\s+time)\b"
     r"|\b(?:slam\w*|smash\w*|bang\w*|punch\w*)\s+(?:his|her|my|their)\s+(?:fist|hand|head)\s+(?:into|through|against)\s+(?:a|the)\s+(?:mirror|window|wall|glass)\s+on\s+purpose\b"
     r"|\bstitches\b(?:\s+\S+){0,10}?\s+without\s+(?:asking|questions|anyone\s+asking)\b"
     r"|\bnecesito\s+sentir\s+dolor\b"
     # cutting wanted or done now, burning, biting, hitting oneself, wounds found on someone close
     r"|\b(?:need|going|gonna)\s+to\s+cut\b(?!\s+(?:back|down|out|off|costs?|ties|carbs|sugar|hair|corners|class|the\s+cord|my\s+hair|it\s+out|in\s+line|my\s+losses|ties))"
     r"|\bfeel\s+like\s+cutting\b|\bcant\s+stop\s+cutting\b|\bi\s+still\s+cut\b|\bi\s+cut\s+a\s+lot\b|\bcutting\s+every\s+time\b|\bmade\s+(?:some\s+)?cuts\b|\bhide\s+(?:my\s+|the\s+)?cuts\b"
     r"|\b(?:bathroom|room)\s+cutting\b|\b(?:clean|free)\s+from\s+(?:cutting|the\s+blade)\b(?:\s+\S+){0,6}?\s+(?:ruined|relapsed|tonight|again)\b"
     r"|\brelapsed\b(?:\s+\S+){0,8}?\s+(?:cutting|the\s+blade)\b|\bsh\s+relapse\b"
     r"|\bpress\w*\s+(?:a\s+)?(?:hot\s+)?(?:iron|lighter|cigarette)\s+(?:to|on|into|against)\s+(?:my|his|her)\b|\bscalding\s+(?:tap|water)\b(?:\s+\S+){0,10}?\s+(?:blisters|deserves?|on\s+purpose)\b"
     r"|\bquemand\w*\s+con\s+(?:cigarros|cigarrillos|el\s+encendedor)\b|\bbit(?:e|ing)?\s+(?:my|his|her)\s+(?:arm|hand|wrist)\b(?:\s+\S+){0,8}?\s+(?:broke|bleed\w*|blood)\b"
     r"|\bslamm\w*\s+(?:my|his|her)\s+(?:hand|head|fingers?)\s+in\s+(?:the|a)\s+door\b"
     r"|\bpunch\w*\s+(?:the|a)\s+(?:\w+\s+)?wall\s+(?:til|till|until)\s+(?:my|his|her)\s+knuckles\b|\bknuckles\s+(?:were\s+)?split\s+open\b"
     r"|\b(?:hits?|hitting|strik\w*|punch\w*|slapp\w*|beat\w*)\s+(?:himself|herself|myself|themselves)\s+in\s+the\s+(?:head|face)\b"
     r"|\b(?:golpes|pegando|pega|pegue|golpea|golpeando)\s+(?:\w+\s+){0,3}?contra\s+la\s+pared\b|\bme\s+pegue\s+a\s+mi\s+mism[oa]\b|\bgolpearme\b"
     r"|\bbruises\b(?:\s+\S+){0,8}?\s+from\s+me\b|\bdid\s+something\s+(?:bad\s+)?to\s+my\s+(?:arms?|wrists?|legs?|thighs?|skin)\b|\bwent\s+too\s+deep\b"
     r"|\bwrists?\s+(?:are|is)\s+a\s+mess\b|\b(?:need|want)\s+to\s+bleed\b|\bwant\s+to\s+feel\s+pain\b(?:\s+\S+){0,8}?\s+(?:cut\w*|lighter|blade|razor|right\s+now|rn)\b"
     r"|\b(?:razor\s+blades?|blades)\b(?:\s+\S+){0,10}?\s+blood\b|\bblood\s+on\s+(?:her|his|my)\s+sheets\b|\bnavajas?\b(?:\s+\S+){0,10}?\s+sangre\b"
     r"|\bfresh\s+(?:marks|cuts|wounds)\s+(?:all\s+over\s+|on\s+)?(?:his|her|my)\s+(?:arms?|legs?|thighs?|wrists?)\b|\bmarcas\s+nuevas\s+en\s+(?:los|sus)\s+brazos\b"
     r"|\bdid\s+it\s+(?:to\s+)?(?:herself|himself|myself)\b|\bgrab\s+the\s+(?:scissors|blade|razor)\s+again\b|\ben\s+carne\s+viva\b"
     r"|\bme\s+hice\s+yo\s+mism[oa]\b|\bheridas\s+q(?:ue)?\s+me\s+hice\b|\blocked\s+(?:himself|herself|themselves)\s+in\s+the\s+bathroom\s+with\s+a\s+(?:razor|blade)\b"
     r"|\bjabbing\s+my\s+\w+\s+with\b|\bslamm\w*\s+my\s+hand\s+in\s+the\s+car\s+door\b|\btook\s+a\s+(?:kitchen\s+)?knife\s+to\s+my\b"
     r"|\bpunch\w*\s+(?:the\s+)?walls?\b(?:\s+\S+){0,6}?\s+(?:hand|hands|knuckles)\s+(?:break|broke|bleed\w*|is\s+swollen|are\s+swollen)\b"
     r"|\bhide\s+(?:the\s+|my\s+)?(?:new\s+|fresh\s+)?(?:marks|cuts|scars)\b|\bpull\w*\s+my\s+hair\s+out\b(?:\s+\S+){0,4}?\s+(?:punish\w*|bleed\w*)\b"
     r"|\bcuts\s+(?:himself|herself|themselves)\s+(?:whenever|when|every)\b|\b(?:hold\w*|held)\s+my\s+(?:palm|hand|arm)\s+(?:over|on|under)\s+the\s+(?:stove|burner|flame|lighter)\b"
     r"|\bcuttin[g]?\s+again\b|\b(?:wrists?|arms?|thighs?|legs?)\s+with\s+a\s+(?:razor|blade|knife)\b|\binjur\w*\s+(?:himself|herself|myself|themselves)\b"
     r"|\bice\s+and\s+salt\b|\bcut\s+so\s+bad\b|\bburns\b(?:\s+\S+){0,6}?\s+(?:she|he|i)\s+made\b|\bi\s+just\s+did\b(?:\s+\S+){0,6}?\s+(?:scissors|razor|blade|knife)\b"
     r"|\breopen\w*\s+(?:all\s+of\s+)?(?:the\s+)?(?:wounds|cuts|them)\b|\bdid\s+them\s+yourself\b|\bbleeding\s+from\s+my\s+wrist\b|\bbleeding\s+from\s+my\s+(?:arm|thigh|leg)s?\b(?:\s+\S+){0,8}?\s+(?:not\s+trying\s+to\s+die|to\s+feel|needed\s+(?:it|to))\b|\brazor\s+blades?\s+into\s+my\s+room\b"
     r"|\b(?:scratch|dig|pick)\w*\s+(?:and\s+\w+\s+)?at\s+my\s+skin\b(?:\s+\S+){0,10}?\s+(?:raw|bleeding|cant\s+stop)\b|\bscared\s+of\s+what\s+ill\s+do\s+to\s+myself\b"
     r"|\brelapsed\b(?:\s+\S+){0,12}?\s+(?:blood|stitches|bleeding)\b|\bblade\s+in\s+(?:hand|my\s+hand)\b|\bjust\s+want\s+to\s+hurt\s+(?:so|myself)\b|\bthen\s+i\s+cut\b"),
    ("medical_hidden", MEDICAL,
     r"\b(?:cant|cannot)\s+get\s+up\b(?:\s+\S+){0,8}?\s+(?:cant|cannot|can\s+not)\s+feel\s+(?:her|his|my|their)\s+legs\b"
     r"|\b(?:suddenly\s+)?(?:have\s+)?numb(?:ness)?\s+(?:on|in|down)\s+(?:my|his|her|the)\s+(?:right|left)\s+side\b"
     r"|\bblood\s+(?:is\s+)?soak\w*\s+through\b|\bsoak\w*\s+through\s+(?:every|the|a|each)\s+(?:towel|bandage|shirt|rag|gauze)\b"
     r"|\b(?:meter|blood\s+sugar|sugar|glucose)\s+(?:reads|is|says|reading|at|shows)\s+(?:only\s+|like\s+)?(?:[1-4]\d|[6-9]\d\d)\b"
     r"|\bojos\s+en\s+blanco\b(?:\s+\S+){0,8}?\s+(?:temblando|no\s+(?:me\s+)?(?:contesta|responde|reacciona))\b"
     r"|\bhit\s+by\s+a\s+(?:car|truck|bus|van)\b(?:\s+\S+){0,8}?\s+(?:not\s+moving|unconscious|bleeding|not\s+breathing|wont\s+wake|cant\s+move)\b"
     r"|\b(?:hes|shes|he\s+is|she\s+is|theyre)\s+not\s+moving\b(?!\s+(?:out|in|away|forward|on|back|fast|to|house|again))"
     r"|\bhit\s+(?:his|her|my)\s+head\b(?:\s+\S+){0,10}?\s+(?:bleeding|confused|throwing\s+up|vomit\w*|passed\s+out|same\s+(?:question|thing)|wont\s+wake|keeps\s+asking)\b"
     r"|\bchest\b(?:\s+\S+){0,10}?\s+(?:and\s+)?(?:now\s+)?(?:my|his|her)\s+(?:jaw|left\s+arm)\s+(?:hurts|is\s+hurting|aches|feels)"
     r"|\bcar\s+accident\b(?:\s+\S+){0,6}?\s+(?:ago|just\s+now)\b(?:\s+\S+){0,8}?\s+(?:neck|tingling|bleeding|cant\s+move)\b"
     r"|\bsugar\s+is\s+(?:super\s+|really\s+|very\s+)?low\b(?:\s+\S+){0,4}?\s+(?:shaking|confused|sweating)\b"
     r"|\b(?:heater|generator|furnace)\b(?:\s+\S+){0,10}?\s+(?:headaches?|dizzy|sick|nausea)\b|\b(?:headaches?|dizzy|nausea)\b(?:\s+\S+){0,10}?\s+(?:heater|generator|furnace)\b|\bcalenton\s+prendido\b"
     r"|\bcant\s+feel\s+my\s+(?:left|right)\s+arm\b|\b(?:stung|sting|pico)\b(?:\s+\S+){0,8}?\s+(?:hives|cant\s+swallow|swelling|wheezing|hinchando)\b"
     r"|\bhives\s+everywhere\b(?:\s+\S+){0,6}?\s+(?:tongue|throat|wheez\w*|cant\s+(?:swallow|breathe))\b|\bbreath\s+smells\s+(?:like\s+)?(?:fruity|fruit|nail\s+polish\s+remover|acetone)\b|\bchainsaw\b|\bblood\s+everywhere\b"
     r"|\b(?:hit|banged|bumped)\s+(?:in\s+the|his|her|my)\s+head\b(?:\s+\S+){0,8}?\s+(?:puking|vomiting|cant\s+remember|confused|same\s+question)\b"
     r"|\bse\s+peg\w*\s+en\s+la\s+cabeza\b(?:\s+\S+){0,6}?\s+(?:vomitando|no\s+se\s+acuerda|adormilad[oa]|no\s+me\s+reconoce)\b"
     r"|\belephant\s+(?:is\s+)?sitting\s+on\s+my\s+chest\b|\bnosebleed\s+that\s+wont\s+stop\b|\bepi\s*pen\s+(?:didnt|did\s+not)\s+(?:help|work)\b|\bsudden\s+numbness\b"
     r"|\binsulin\s+pump\s+failed\b|\bchoking\s+on\s+(?:food|something)\b|\bchoking\b(?:\s+\S+){0,4}?\s+cant\s+(?:cough|talk|breathe)\b"
     r"|\bin\s+the\s+sun\s+all\s+day\b(?:\s+\S+){0,6}?\s+(?:vomiting|disoriented|confused)\b|\bestuvo\s+en\s+el\s+sol\s+todo\s+el\s+dia\b|\bdiabetic\s+and\s+acting\s+drunk\b"
     r"|\bjust\s+collapsed\b|\bside\s+(?:just\s+)?went\s+weak\b|\bslurring\b(?:\s+\S+){0,4}?\s+face\s+looks\b|\bsale\s+muchisima\s+sangre\b|\bmitad\s+del\s+cuerpo\s+dormida\b"
     r"|\bse\s+(?:esta|me\s+esta)\s+hinchando\b|\b(?:hand|arm|leg)\s+wont\s+work\b|\bheart\s+is\s+doing\s+something\s+weird\b|\btongue\s+(?:feels|is)\s+(?:thick|swollen|swelling)\b"
     r"|\bblood\s+pressure\b(?:\s+\S+){0,6}?\s+really\s+high\b(?:\s+\S+){0,6}?\s+(?:headache|blurry\s+vision)\b|\bwent\s+limp\b"
     r"|\b(?:cuff|bp|blood\s+pressure|monitor)\b(?:\s+\S+){0,4}?\s+(?:1[89]\d|2\d\d)\s+(?:1[1-5]\d)\b"
     r"|\bon\s+the\s+floor\b(?:\s+\S+){0,6}?\s+(?:wont|doesnt|not)\s+(?:respond|answer)\w*|\bshaking\s+on\s+the\s+floor\b"
     r"|\b(?:lips|tongue|throat)\s+(?:and\s+\w+\s+)?(?:are|is)\s+swelling\b|\btype\s+1\b(?:\s+\S+){0,6}?\s+(?:confused|not\s+making\s+sense|shaky|sweaty)\b|\bmeter\s+(?:just\s+)?says\s+lo\b"
     r"|\bwent\s+stiff\s+and\s+(?:started\s+)?jerking\b|\beyes\s+rolled\s+back\b|\bhaving\s+a\s+fit\b|\bdroopin\w*\s+on\s+(?:1|one)\s+side\b|\bface\s+(?:is\s+)?droopin\w*\b"
     r"|\b(?:face|side)\s+went\s+tingly\b|\bhalf\s+(?:my|his|her)\s+face\s+(?:wont\s+move|is\s+numb|feels\s+numb)\b|\blips\s+(?:are\s+|look\s+)?(?:kind\s+of\s+|kinda\s+|a\s+bit\s+)?(?:blue|bluish)\b"
     r"|\b\d+\s+(?:weeks?|days?)\s+old\b(?:\s+\S+){0,6}?\s+(?:fever|floppy)\b|\bhives\b(?:\s+\S+){0,3}?\s+(?:and\s+)?wheezing\b"
     r"|\bchest\b(?:\s+\S+){0,8}?\s+(?:down|into)\s+my\s+left\s+arm\b|\bleft\s+arm\s+is\s+tingly\b|\bwords\s+(?:r|are)\s+coming\s+out\s+wrong\b"
     r"|\bthroat\s+feels\s+tight\s+after\b|\bblurry\s+in\s+one\s+eye\b|\bstab\s+wound\b"
     r"|\bnumbness\s+down\s+my\s+whole\s+(?:left|right)\s+side\b|\bwhistling\s+noise\b"),
    ("overdose_hidden", OVERDOSE,
     r"\b(?:fentanyl|patch|patches|pills|meds|dose)\b(?:\s+\S+){0,14}?\s+(?:hard\s+to\s+wake|wont\s+wake|cant\s+wake)\b"
     r"|\b(?:chugged|drank|downed|swallowed)\s+(?:most\s+of\s+|half\s+(?:of\s+)?|like\s+)?(?:a|the|my)\s+(?:whole\s+|entire\s+)?bottle\s+of\s+(?:\w+\s+)?(?:cough\s+syrup|robitussin|nyquil|dayquil|benadryl|tylenol)\b"
     r"|\b(?:drank|chugged|downed)\s+(?:most\s+of\s+|like\s+)?(?:a|the)\s+(?:whole\s+|entire\s+)?bottle\s+of\s+\w+\b(?:\s+\S+){0,6}?\s+(?:passed\s+out|wont\s+wake|not\s+waking|unresponsive|cant\s+wake)\b"
     r"|\b(?:i\s+)?used\s+(?:today|tonight|again)\b(?:\s+\S+){0,6}?\s+breathing\s+(?:feels|is|seems|got|getting)\s+(?:really\s+|so\s+|very\s+|super\s+)?(?:slow|shallow)\b"
     r"|\bbottle\s+(?:was\s+|is\s+)?empty\b(?:\s+\S+){0,6}?\s+(?:confused|drowsy|passed\s+out|wont\s+wake|not\s+waking|shaking|throwing\s+up|vomiting|slurring)\b"
     r"|\b(?:swallowed|took|taken|drank)\s+(?:my|his|her)\s+(?:whole|entire)\s+bottle\b"
     r"|\btook\s+(?:some\s+)?(?:pills|something)\b(?:\s+\S+){0,8}?\s+(?:hallucinating|seeing\s+things)\b"
     # something drunk or eaten that poisons, a bottle half emptied, a child given too much, gas smelled
     r"|\b(?:drank|swallowed|took\s+a\s+(?:big\s+)?swig\s+of|got\s+into)\s+(?:some\s+(?:of\s+)?)?(?:the\s+|a\s+|my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:chlorine|mouthwash|lamp\s+oil|cleaning\s+(?:spray|stuff|liquid|products?)|"
     r"degreaser|bleach|antifreeze|vape\s+(?:liquid|juice)|dishwasher\s+(?:tabs|pods)|detergent|lighter\s+fluid|paint\s+thinner|windshield\s+(?:fluid|washer))\b"
     r"|\bdrank\s+(?:the\s+)?(?:liquid|something)\s+from\s+the\s+(?:garage|shed|vape)\b|\bdrank\s+the\s+liquid\b"
     r"|\b(?:pills|meds|xanax|vodka|oxy\w*|alcohol|drank|drinking)\b(?:\s+\S+){0,10}?\s+(?:cannot|can\s+not)\s+wake\s+(?:him|her|them|up)\b"
     r"|\b(?:i|he|she|they)\s+od\s+(?:on\s+purpose|tonight|today|earlier)\b"
     r"|\b(?:popped|took|swallowed|downed)\s+(?:like\s+|about\s+)?(?:half|most)\s+(?:of\s+)?(?:a|the|my)\s+bottle\b"
     rf"|\b(?:took|taken|swallowed|popped|ate)\s+(?:like\s+)?(?:a\s+bunch|a\s+handful|an\s+extra\s+handful|a\s+full\s+box|a\s+whole\s+box|a\s+whole\s+bag|a\s+bag)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:{_DRUG}|{_OVER_THE_COUNTER}|adderall|benadryl|klonopin|tylenol|edibles)\b"
     r"|\b(?:more\s+than\s+once|twice|the\s+whole\s+week)\b(?:\s+\S+){0,8}?\s+(?:drowsy|confused|sleepy|hard\s+to\s+wake|wobbly)\b"
     r"|\bsnorted\s+something\b|\bswallowed\s+(?:my\s+whole\s+prescription|everything\s+in\s+my)\b|\bemptied\s+the\s+(?:pill\s+)?bottle\b"
     r"|\btoo\s+much\s+(?:xanax|oxy\w*|klonopin|ativan|valium|fentanyl|heroin|benadryl|tylenol|morphine)\s+(?:and|with|plus)\s+(?:\w+\s+)?(?:tequila|vodka|alcohol|wine|beer|whiskey|booze|drinks)\b"
     r"|\bgave\s+(?:my|the|our)\s+(?:baby|toddler|son|daughter|kid|child|infant)\s+too\s+much\b"
     r"|\bdid\s+something\s+stupid\s+with\s+my\s+(?:pills|prescription|meds)\b|\bempty\s+pill\s+(?:packets|bottles|packs)\b"
     r"|^(?=.*\b(?:oxy\w*|pills|meds|fentanyl|heroin|xanax|percs?|morphine)\b).*\bbreathing\s+(?:is|feels|seems|got|getting)\s+(?:really\s+|so\s+|very\s+|super\s+)?(?:slow|shallow|weird)\b"
     r"|\bsmell\w*\s+gas\b(?:\s+\S+){0,10}?\s+(?:headaches?|dizzy|nause\w*)\b|\bate\s+(?:some\s+)?(?:berries|mushrooms|leaves|a\s+plant)\b(?:\s+\S+){0,6}?\s+(?:throwing\s+up|vomit\w*|sick|drooling)\b"
     r"|\bse\s+comio\s+(?:unas?\s+)?(?:gomitas|pastillas|hojas)\b|\bse\s+tomo\s+(?:un\s+poco\s+del?\s+|algo\s+del?\s+|un\s+)?(?:liquido|cloro|jabon|detergente)\b"
     r"|\bjarabe\s+(?:de\s+la\s+tos\s+)?completo\b|\bse\s+tomo\s+algo\s+del\s+gabinete\b|\bse\s+tomo\s+doble\b|\bfrasco\s+(?:completo|entero)\b|\bla\s+mitad\s+del\s+frasco\b"
     # amounts taken told another way, empty bottles and pill boxes, too much of a drug now
     r"|\btook\s+(?:2|two|too)\s+many\s+pills\b|\bdid\s+too\s+much\s+(?:\w+\s+)?(?:fentanyl|heroin|coke|meth|ketamine|k|xanax|molly)\b|\b(?:is|hes|shes|im)\s+oding\b"
     r"|\b(?:i\s+)?took\s+(?:like\s+)?all\s+(?:of\s+)?my\s+(?:sleeping\s+)?pills\b|\btook\s+\d+\s+of\s+my\s+\w+\s+instead\s+of\b"
     r"|\btook\s+a\s+full\s+bottle\s+of\s+(?:tylenol|advil|ibuprofen|aspirin|benadryl|melatonin|pills|sleeping\s+pills|\w+\s+pills)\b"
     r"|\bemptied\s+(?:his|her|my|the)\s+(?:prescription|pill)\s+bottle\b|\bpill\s+bottles?\s+(?:were\s+|was\s+)?empty\b|\bpill\s+(?:box|organizer)\b(?:\s+\S+){0,6}?\s+(?:empty|missing)\b"
     r"|\bpills\s+missing\s+from\b|\btomo\s+mas\s+pastillas\s+de\s+las\s+que\b|\bse\s+tomo\s+las\s+pastillas\s+de\b|\bjarabe\s+de\s+adulto\b"
     r"|\bdoubled\s+up\s+on\s+(?:her|his|my)\s+\w+(?:\s+pills?)?\s+and\s+(?:her|his|my)\s+\w+\b|\btak(?:ing|en)\s+extra\s+of\s+my\s+meds\b|\bchewed\s+on\s+(?:my|a|the)\s+vape\b"
     r"|\bdrank\s+from\s+the\s+bottle\s+of\s+\w+(?:\s+oil)?\b|\bsnorting\s+\w+\s+all\s+night\b|\bput\s+on\s+like\s+\d+\s+at\s+once\b"
     r"|\bpills\b(?:\s+\S+){0,6}?\s+(?:vodka|alcohol|drinks|beer|wine)\b(?:\s+\S+){0,4}?\s+cant\s+keep\s+my\s+eyes\s+open\b"
     r"|\btook\s+(?:to|too|2)\s+many\s+pil+s?\b|\btook\s+all\s+(?:of\s+)?(?:her|his)\s+(?:\w+\s+)?(?:lithium|oxy\w*|pills|meds|xanax|tylenol|medication)\b"
     r"|\b(?:pills|oxy\w*|meds)\s+at\s+once\b|\b(?:heart|blood\s+pressure)\s+(?:pills?|tablets?)\b(?:\s+\S+){0,6}?\s+(?:twice|three\s+times|\d\s+times|two\s+or\s+(?:maybe\s+)?three\s+times)\b"
     r"|\b(?:heart|blood\s+pressure)\s+pills?\s+\d\s+times\b|\bentire\s+week\s+of\b|\b(?:drank|swallowed|ate|drinking)\s+(?:some\s+)?(?:of\s+the\s+)?nail\s+polish\s+remover\b|\bme\s+tome\s+las\s+pastillas\s+de\b"
     r"|\b(?:way\s+)?more\s+of\s+my\s+sleeping\s+pills\s+than\b|\bswal+owed\s+all\s+(?:her|his|my)\s+pills\b|\btook\s+a\s+full\s+pack\b|\bmixed\s+stuff\s+i\s+shouldnt\s+have\b"
     r"|\bdrank\s+a\s+whole\s+bottle\s+and\s+took\b"
     r"|\b(?:ingested|consumed)\s+(?:approximately\s+|roughly\s+|about\s+|around\s+|nearly\s+)?(?:[1-9]\d|twenty|thirty|forty|fifty)\s+(?:\w+\s+)?(?:tablets|pills|capsules)\b"),
    ("sexual_assault_hidden", SEXUAL_ASSAULT,
     r"\bforced\s+(?:me|her|him)\s+to\s+do\s+(?:things|stuff|sexual\s+\w+)\b"
     r"|\b(?:driver|uber|lyft|rideshare|cab\s+driver|taxi\s+driver)\b(?:\s+\S+){0,8}?\s+(?:touched|groped|grabbed)\s+me\b(?!\s+on\s+the\s+(?:shoulder|arm|back|hand))"
     r"|\ba\s+la\s+fuerza\b(?:\s+\S+){0,6}?\s+(?:me|le)\s+hi(?:zo|cieron)\s+(?:cosas|algo)\b"
     r"|\b(?:date|boyfriend|bf|hookup|match)\b(?:\s+\S+){0,3}?\s+(?:didnt|did\s+not|wouldnt|would\s+not)\s+take\s+no\s+for\s+an\s+answer\b"
     r"|\bhands\s+(?:up\s+my\s+shirt|down\s+my\s+pants|up\s+her\s+shirt|down\s+her\s+pants)\b|\bexposed\s+himself\b(?:\s+\S+){0,6}?\s+grabbed\s+me\b"
     r"|\b(?:showed|exposed)\s+(?:her|him|me)?\s*(?:his|her)\s+(?:private\s+parts|privates)\b(?:\s+\S+){0,4}?\s+touch\w*"
     r"|\bpost\s+my\s+nudes\s+unless\b|\btouched\s+me\s+(?:during\s+an\s+exam\s+)?in\s+a\s+way\s+that\b|\btouched\s+(?:me\s+)?without\s+(?:my\s+)?consent\b"
     r"|\b(?:was|is|been)\s+touching\s+my\s+(?:son|daughter|kid|child|grandson|granddaughter)\b"
     r"|\b(?:dad|uncle|neighbor|coach|tutor|teacher|stepdad)\s+(?:touched|touches|touching)\s+(?:her|him|my\s+(?:son|daughter))\b"
     r"|\bi\s+froze\s+and\s+he\s+(?:just\s+)?kept\s+going\b|\bforcing\s+kisses\s+on\s+me\b|\battacked\s+and\s+violated\b|\b(?:i\s+was|got|been)\s+violated\b"
     r"|\bwoke\s+up\s+(?:sore\s+and\s+)?bleeding\b|\b(?:bleeding|sore)\b(?:\s+\S+){0,6}?\s+(?:dont|cant|do\s+not)\s+remember\s+anything\b"
     r"|\btouch\w*\s+my\s+leg\s+and\s+told\s+me\s+not\s+to\s+tell\b|\bi\s+said\s+no\s+like\s+(?:three|a\s+hundred|\d+)\s+times\b"
     r"|\bshowering\s+and\s+touches\s+me\b|\bmade\s+me\s+do\s+things\s+for\s+him\b|\bmaking\s+me\s+do\s+stuff\s+with\s+him\b"
     r"|\b(?:unless|if)\s+i\s+(?:dont\s+)?sleep\s+with\s+him\b|\bdid\s+something\s+to\s+me\b(?:\s+\S+){0,6}?\s+(?:didnt|did\s+not)\s+agree\b|\bforced\s+by\s+someone\b"
     r"|\b(?:husband|boyfriend)\s+forces\s+me\b|\b(?:boyfriend|husband)\s+forced\s+her\b|\btouching\s+me\s+in\s+ways\b|\battacked\s+me\b(?:\s+\S+){0,4}?\s+it\s+was\s+sexual\b"
     r"|\b(?:toca|toco|tocaba)\s+a\s+mi\s+(?:hija|hijo|nieta|nieto)\b|\bel\s+entrenador\s+lo\s+toca\b|\b(?:me|la|lo)\s+agarro\s+a\s+la\s+fuerza\b|\bviolaron\s+a\b"
     r"|\ble\s+dije\s+que\s+no\s+y\s+no\s+paro\b|\ble\s+enseno\s+sus\s+partes\b|\bel\s+chofer\b(?:\s+\S+){0,4}?\s+me\s+toco\b|\bdesperte\s+sin\s+ropa\b"
     # waking undressed or hurt with no memory, things done against one's will, clothes torn, "i said stop"
     r"|\bwoke\s+(?:up\s+)?(?:\S+\s+){0,6}?(?:and|with)\s+my\s+(?:pants|clothes|underwear)\s+(?:were\s+)?(?:off|gone|missing)\b|\b(?:underwear|clothes)\s+(?:is|are|was|were)\s+(?:missing|gone)\b"
     r"|\b(?:did|do|doing)\s+things\s+(?:to\s+me\s+)?(?:i|she|he)\s+(?:didnt|did\s+not)\s+want\b|\bdid\s+things\s+first\b|\b(?:done|did\s+(?:things|stuff|something))\s+to\s+me\s+against\s+my\s+will\b"
     r"|\bsomething\s+(?:happened|was\s+done)\s+to\s+me\s+(?:at|in)\s+(?:the\s+|a\s+)?(?:party|frat|bar|club|concert)\b|\bdrugged\s+and\s+(?:assaulted|attacked)\b"
     r"|\bsaid\s+stop\s+like\s+\d+\s+times\b|\bi\s+said\s+stop\b(?:\s+\S+){0,6}?\s+(?:hour|hours|last\s+night|tonight|ago)\b"
     r"|\bforced\s+sex\s+on\b|\b(?:shirt|clothes)\s+(?:is|are|was|were)\s+torn\b|\btorn\s+clothes\b|\bmakes\s+me\s+do\s+things\s+(?:in\s+his|to\s+keep|with\s+him|for\s+him)\b"
     r"|\b(?:me|la|lo)\s+toca\b(?:\s+\S+){0,4}?\s+(?:mientras|en\s+las\s+noches|cuando)\b|\bse\s+mete\s+a\s+mi\s+cuarto\b|\bme\s+toco\s+mientras\s+dormia\b"
     r"|\btouched\s+me\s+(?:in\s+ways|sexually)\b|\bhand\s+up\s+my\s+skirt\b|\bforced?\s+me\s+to\s+have\s+sex\b|\bwoke\s+up\s+to\s+someone\s+assaulting\s+me\b"
     r"|\brubbed\s+up\s+against\s+me\b|\bfue\s+algo\s+sexual\b|\bmaking\s+me\s+do\s+things\b|\bwith\s+no\s+memory\b(?:\s+\S+){0,8}?\s+clothes\b"
     r"|\bclothes\s+(?:were\s+)?on\s+inside\s+out\b|\b(?:lo|la)\s+toca\b|\bpushed\s+it\s+onto\s+himself\b|\bhands\s+under\s+my\s+shirt\b|\bhurts\s+down\s+there\b"
     r"|\bpinned\s+(?:me\s+)?down\b|\b(?:said\s+stop|said\s+no|froze)\s+and\s+he\s+(?:just\s+)?kept\s+going\b"
     r"|\bfilmed\s+me\b(?:\s+\S+){0,6}?\s+without\b|\bthreatening\s+to\s+post\s+it\s+unless\b"
     r"|\bme\s+acaban\s+de\s+abusar\b|\bme\s+hicieron\s+algo\b|\bme\s+duele\s+todo\s+abajo\b|\b(?:on\s+top\s+of\s+me|touched\s+me)\b(?:\s+\S+){0,8}?\s+(?:pretended|still\s+here)\b"),
    ("suicide_told", SUICIDE,
     # "My service weapon is loaded and sitting next to me"
     r"\b(?:gun|weapon|pistol|rifle|revolver|shotgun)\s+is\s+(?:loaded|out|cocked)\b(?:\s+\S+){0,4}?\s+(?:next\s+to|beside|in\s+front\s+of|on\s+the\s+\w+\s+next\s+to)\s+me\b|"
     # "he's going to 'go for a long swim at salt creek and not come back'"
     r"\b(?:go|going|gonna|walk|drive|swim|head)\s+(?:\w+\s+){0,6}?and\s+not\s+(?:come|coming)\s+back\b|"
     # pills counted out and not yet swallowed: "i keep pouring the pills into my hand and counting them. 60. haven't
     # swallowed any yet"
     r"\b(?:counting|counted|pouring|poured|lining\s+up|lined\s+up|laid\s+out|laying\s+out)\s+(?:out\s+)?(?:the|my|all\s+(?:the|my))\s+(?:\w+\s+)?(?:pills|tablets|meds)\b"
     r"(?:\s+\S+){0,12}?\s+(?:havent|have\s+not|didnt|not)\s+(?:swallowed|taken|took)\s+(?:any|them)\b|"
     # "im done living", "ill have taken my own life before", "i doubt ill still be around",
     # "cant keep myself safe", "on the roof thinking about jumping", "not planning on coming home tonight. or ever",
     # "left a note saying shes sorry", "this is the last message im sending anyone", "counting the floors"
     r"\b(?:im|i\s+am|hes|shes|he\s+is|she\s+is)\s+(?:just\s+)?done\s+(?:living|being\s+alive|with\s+(?:life|living))\b"
     r"|\bnoose\s+in\s+(?:my|the)\b|\brope\s+in\s+(?:my|the)\s+(?:car|trunk|room|closet|garage|bag)\b(?!\s+(?:for|from)\b)|\b(?:pistol|gun)\s+is\s+(?:right\s+)?(?:next\s+to|beside|in\s+front\s+of)\s+me\b"
     r"|\bbeen\s+planning\s+how\s*$|\bbeen\s+planning\s+how\s+(?:to\s+)?(?:end\s+it|end\s+things|do\s+it|die|kill)\b"
     r"|\bonly\s+(?:thing|reason|one)\s+(?:keeping|that\s+kept|that\s+keeps|who\s+kept)\s+me\s+(?:here|alive|going)\s+(?:was\b(?:\s+\S+){0,4}?\s+(?:died|gone|passed|left)|is\s+gone|died|left)\b"
     r"|\b(?:texted|text|messaged|wrote)\b(?:\s+\S+){0,6}?\s+(?:sorry|loves?\s+(?:us|me|you))\b(?:\s+\S+){0,8}?\s+(?:now\s+)?(?:he|she|they)\s+(?:wont|doesnt|isnt|will\s+not)\s+(?:pick\s+up|answer|picking\s+up|answering)\b"
     r"|\bgoing\s+to\s+join\s+(?:his|her|my)\s+(?:late\s+\w+|(?:wife|husband|son|daughter|mom|dad|mother|father)\s+(?:soon|in\s+heaven|up\s+there|"
     r"on\s+the\s+other\s+side))\b|\bleft\s+my\s+passwords\b(?:\s+\S+){0,10}?\s+(?:for|to)\s+(?:my|him|her)\b"
     r"|\b(?:im|i\s+am)\s+done\s+take\s+care\s+of\s+my\b"
     r"|\b(?:taken|take|taking|end|ending|ended)\s+(?:my|his|her)\s+own\s+life\b(?!\s+(?:story|stories|experience)\b)"
     r"|\b(?:doubt|dont\s+think)\s+(?:ill|i\s+will|id|i\s+would)\s+(?:still\s+)?be\s+(?:here|around|alive)\b"
     r"|\b(?:cant|cannot|can\s+not|dont\s+think\s+i\s+can)\s+keep\s+(?:myself|him|her|themselves)\s+safe\b"
     r"|\b(?:roof|ledge|bridge|balcony|overpass|edge)\b(?:\s+\S+){0,6}?\s+(?:thinking\s+(?:about|of)|about\s+to)\s+jump\w*\b"
     r"|\bnot\s+(?:planning|planing|going)\s+(?:on\s+|to\s+)?(?:coming|come)\s+(?:back\s+)?home\b(?:\s+\S+){0,3}?\s+(?:ever|again)\b"
     r"|\bleft\s+(?:a|me\s+a|us\s+a)\s+note\s+(?:saying|that\s+says)\s+(?:shes|hes|theyre|she\s+is|he\s+is)\s+sorry\b"
     r"|\blast\s+message\s+(?:im|i\s+am|ill\s+be|i\s+will\s+be)\s+(?:sending|writing)\b|\bcounting\s+the\s+floors\b"
     r"|\b(?:gave|give|giving)\s+myself\s+(?:until|till|til)\b(?:\s+\S+){0,8}?\s+(?:done|end\s+it|kill|over)\b"
     r"|\b(?:wants?|wanted|ready)\s+to\s+(?:go\s+)?be\s+with\s+(?:my|his|her)\s+(?:late\s+)?(?:dad|mom|father|mother|wife|husband|son|daughter)\b"
     r"(?:\s+\S+){0,12}?\s+(?:ready|do\s+something|scared|goodbye)\b"
     r"|\b(?:already\s+)?(?:picked|chose|chosen|set)\s+(?:out\s+)?(?:a|the)\s+date\b(?!\s+(?:for|to|of)\s+(?:the|my|our|a)\s+(?:wedding|party|move|surgery|consult\w*|appointment|trip))"
     r"|\b(?:has|have|got)\s+the\s+date\s+(?:picked|chosen|set)\b"
     r"|\b(?:made|have|got)\s+a\s+plan\b(?:\s+\S+){0,3}?\s+a\s+date\b"
     r"|\b(?:not\s+sure|dont\s+know\s+if|idk\s+if|no\s+idea\s+if)\s+(?:ill|i\s+will|im\s+gonna|i\s+am\s+going\s+to)\s+(?:still\s+)?(?:be\s+(?:here|around|alive)|make\s+it(?!\s+(?:to|in|on|by|for|there|back|home|work|before|on\s+time)\b))\b"
     r"|\b(?:meaning|meant|planning|intending|intended)\s+not\s+to\s+come\s+back\b"
     r"|\b(?:do|doing)\s+something\s+i\s+(?:cant|cannot|can\s+not|wont\s+be\s+able\s+to)\s+(?:undo|take\s+back)\b"
     r"|\b(?:be\s+)?joining\s+(?:him|her|them)\s+soon\b"
     # "i lost my son to suicide two years ago and i cant stop thinking about joining him"
     r"|\b(?:died|passed|lost|suicide|killed\s+(?:himself|herself)|funeral|grave)\b(?:\s+\S+){0,20}?\s+(?:thinking\s+(?:about|of)|think\s+about|want\s+to|wanna|"
     r"going\s+to|gonna|plan\w*\s+(?:on|to)|ready\s+to)\s+join(?:ing)?\s+(?:him|her|them)\b"
     r"|\b(?:made|making)\s+(?:his|her|my|their)\s+(?:final\s+)?arrangements\b|\b(?:has|have|had|i|he|she)\s+made\s+arrangements\b(?!\s+(?:for|to|with))"
     r"|\brope\s+is\s+(?:already\s+)?(?:up\s+)?(?:in|ready|up|hanging)\b"
     r"|\b(?:gets?|get|collects?)\s+the\s+(?:payout|insurance\s+money|life\s+insurance)\s+(?:after|when)\b|\blife\s+insurance\b(?:\s+\S+){0,14}?\s+payout\s+after\b"
     r"|\b(?:ill|i\s+will|gonna|going\s+to|just|want\s+to|wanna)\s+walk\w*\s+into\s+the\s+(?:ocean|sea|lake|river|water|traffic|freeway)\b"
     r"|\b(?:cancel\w*|ended|gave\s+up)\s+my\s+lease\b(?:\s+\S+){0,10}?\s+(?:im\s+done|its\s+fine|paid\s+off)\b"
     r"|\b(?:gave|dropped\s+off|left)\s+my\s+(?:dog|cat|pets?)\b(?:\s+\S+){0,10}?\s+(?:cancel\w*\s+my\s+lease|paid\s+off|im\s+done|goodbye)\b"
     r"|\bhow\s+many\s+(?:of\s+)?(?:my\s+|these\s+|the\s+)?(?:\w+\s+)?(?:pills|tablets)\s+it\s+(?:would|will)\s+take\b"
     r"|\bsee\s+(?:u|you|ya|yall|everyone)\s+on\s+the\s+other\s+side\b(?!\s+of\b)"
     r"|\b(?:dont|do\s+not|cant|cannot)\s+trust\s+myself\s+(?:thru|through|tonight|tonite|alone|right\s+now|not\s+to)\b"
     r"|\bwrote\s+my\s+(?:note|goodbye|last\s+letter)\b(?!\s+(?:to|for)\s+(?:the|my)\s+(?:teacher|school|boss|doctor|landlord|professor))"
     r"|\bscheduled\s+the\s+(?:email|message|text|post)\s+to\s+go\s+out\b"
     r"|\b(?:want|wanted|wanna|wants|wanting)\s+to\s+be\s+gone\b(?!\s+(?:by|for|from|during|on|until|till|at|\d)\b)"
     r"|\bsee\s+(?:u|you|ya)\s+never\b|\bdone\s+being\s+a\s+(?:problem|burden)\b|\bmade\s+(?:his|her|my|their)\s+peace\b"
     r"|\b(?:not|never|doesnt|does\s+not|dont|do\s+not)\s+(?:intend|plan|going|expect)\s+to\s+see\s+(?:the\s+)?(?:morning|tomorrow|sunrise)\b"
     r"|\bgun\s+(?:case|safe|cabinet)\b(?:\s+\S+){0,4}?\s+(?:is\s+)?empty\b"
     r"|\b(?:cleaned|cleaning|loaded|loading)\s+(?:his|her|my)\s+(?:pistol|gun|rifle|revolver)\b(?:\s+\S+){0,12}?\s+(?:uniform|goodbye|loved\s+me|letter|note|locked)\b"
     r"|\b(?:which\s+of\s+us|who)\s+wants\s+(?:his|her|my)\s+(?:\w+\s+){0,2}?(?:watch|ring|guitar|collection|things|stuff|car|jewelry)\b"
     r"|\bstopped\s+taking\s+(?:his|her|my)\s+(?:\w+\s+)?(?:meds|medication|medicine|insulin|pills)\s+on\s+purpose\b"
     r"|\b(?:if|when|in\s+case)\s+(?:im|i\s+am|hes|shes|he\s+is|she\s+is)\s+(?:not|no\s+longer)\s+(?:still\s+)?alive\b"
     # "been saving up my pain meds and once my daughter leaves ... if anyone would find me before she does"
     r"|\b(?:if|whether|would|will)\s+(?:anyone|someone|somebody)\s+(?:would\s+|will\s+)?find\s+me\s+(?:before|first|in\s+time)\b"
     rf"|\b(?:saving|saved|stockpiling|hoarding|stashing)\s+(?:up\s+)?(?:my|his|her)\s+(?:\w+\s+)?(?:{_DRUG}|{_OVER_THE_COUNTER}|pills)\b(?:\s+\S+){{0,16}}?\s+"
     r"(?:going\s+to\s+(?:stop|do\s+it|end\s+it|go)|find\s+me|say\s+goodbye|be\s+gone|calm\s+about\s+it)\b"
     r"|\b(?:i|he|she)\s+(?:wont|will\s+not|might\s+not|may\s+not)\s+(?:still\s+)?be\s+alive\s+(?:by|for|to\s+see|when|next|tomorrow|much\s+longer|then|anymore)\b"
     r"|\b(?:says|said|keeps\s+saying|told\s+me)\s+(?:hes|shes|he\s+is|she\s+is|im)\s+ready\s+to\s+go\b"
     r"(?!\s+(?:ahead|to|home|back|on|with|for|through|forward|in|out|now|get|see|try|book|whenever|anytime|any\s+time)\b)"
     rf"|\b(?:saving|saved|stockpiling|hoarding|stashing)\s+(?:up\s+)?(?:my|his|her)\s+(?:\w+\s+)?(?:{_DRUG}|{_OVER_THE_COUNTER}|oxy|pills)\s+for\s+(?:a\s+couple|months|weeks|a\s+while|a\s+few|"
     r"when\s+(?:i|he|she)\s+(?:decide|decides|choose|chooses|am\s+ready|is\s+ready|cant\s+take\s+it|finally\s+go|go)|the\s+day\s+(?:i|he|she)\s+(?:decide|go))\b"),
    ("self_harm_told", SELF_HARM,
     # "sh again", "i just cut and now im shaking", "carving words into her arm", "burns himself
     # when we fight", "hit myself until i bruised", "banged my head against the wall until", "want to cut ... sitting
     # here with it"
     r"\b(?:im|i\s+am|i|i\s+keep|cant\s+stop)\s+(?:scratch|scratching|claw|clawing|dig|digging|rip|ripping|tear|tearing)\s+(?:at\s+)?my\s+(?:wrists?|arms?|legs?|thighs?|skin)\s+open\b"
     r"(?!\s+on\s+(?:a|the)\b)|\bsh\s+again\b|\bcutting\b(?!\s+(?:back|down|out|off|corners|ties|carbs|sugar))(?:\s+\S+){0,10}?\s+did\s+it\s+(?:twice|again|tonight)\b|"
     r"\bme\s+(?:golpee|pegue)\s+(?:la\s+cabeza\s+)?contra\s+(?:la\s+)?pared\b(?:\s+\S+){0,3}?\s+hasta\b|\b(?:i|she|he)\s+just\s+cut(?:\s+(?:myself|herself|himself|again|my\s+(?:arms?|wrists?|legs?|thighs?|stomach))\b|"
     r"\s+and\s+(?:now|its|it\s+is|im|i\s+cant)\b|\s*$)"
     r"|\bcarv\w*\s+(?:\w+\s+){0,3}?(?:into|on)\s+(?:his|her|their)\s+(?:skin|arms?|forearms?|legs?|thighs?|stomach|wrists?|hips?)\b"
     # "carving into his forearm with a box cutter", "cut her thigh with a razor"
     r"|\b(?:cut|cuts|cutting|carv\w*|slic\w*)\s+(?:into\s+|up\s+)?(?:his|her|their|my)\s+(?:arms?|forearms?|legs?|thighs?|wrists?|stomach|skin|hips?)\s+"
     r"with\s+(?:a|the|his|her|my)\s+(?:box\s+cutter|razor|blade|knife|pencil\s+sharpener|scissors)\b"
     r"|\b(?:burns|burning|burned|burnt)\s+(?:himself|herself)\b(?!\s+(?:out|on\s+the\s+stove|cooking|in\s+the\s+sun))"
     r"|\b(?:hit|hitting|punched|punching)\s+myself\s+(?:until|till|til)\b|\b(?:banged|bang|banging|hit|hitting)\s+my\s+head\s+(?:against|on)\s+the\s+(?:wall|floor)\s+"
     r"(?:until|till|til)\b|\bwant\s+to\s+cut\b(?:\s+\S+){0,8}?\s+sitting\s+here\s+with\b"
     r"|\b(?:box|kit|tin|bag)\b(?:\s+\S+){0,5}?\s+(?:blades|razors)\b(?:\s+\S+){0,8}?\s+(?:again|opening|open\s+it|out)\b"
     r"|\b(?:got|get|took|taking)\s+(?:the|my)\s+(?:box|kit|tin)\s+out\s+again\b"
     r"|\b(?:found|finding|hidden|hiding|hides)\b(?:\s+\S+){0,6}?\s+bloody\s+(?:tissues|towels|bandaids|band\s+aids|paper\s+towels)\b"
     r"|\b(?:hide|cover|covering|hiding)\s+(?:the\s+|my\s+)?(?:marks|cuts|scars)\b(?:\s+\S+){0,12}?\s+(?:fresh|today|tonight|open|new|still\s+bleeding)\b"
     r"|\bfresh\s+ones\s+(?:all\s+over|on|from)\b|\b(?:\d+|twenty|ten|a\s+bunch\s+of|so\s+many)\s+new\s+cuts\b|\bnew\s+cuts\s+(?:on|all\s+over)\b"
     r"|\bused\s+to\s+do\s+it\b(?:\s+\S+){0,8}?\s+started\s+(?:doing\s+it\s+)?again\b"
     r"|\balready\s+hurt\s+(?:myself|urself|yourself|herself|himself)\b"
     # "my son just put his hand through the window on purpose"
     r"|\b(?:put|puts|shoved|smashed|punched)\s+(?:his|her|my|their)\s+(?:hand|fist|arm|head)\s+through\s+(?:a|the)\s+(?:window|glass|mirror|wall)\s+on\s+purpose\b"
     # "my arm is bleeding from where i cut"
     r"|\bbleeding\s+from\s+where\s+(?:i|he|she)\s+(?:cut|did\s+it|scratched|burned)\b"
     # "is it bad that i like seeing the red. did it again behind my knee where my mom won't check"
     r"|\b(?:like|love|liked|loved)\s+seeing\s+the\s+(?:red|blood)\b"
     r"|\bdid\s+it\s+again\b(?:\s+\S+){0,6}?\s+where\s+(?:(?:my\s+\w+|people|they|he|she)\s+(?:wont|cant|will\s+not|doesnt|dont)|(?:nobody|no\s+one)\s+(?:will|would|can|could))\s+(?:see|check|look|notice)\b"
     # "im hitting my legs with a belt buckle right now"
     r"|\b(?:im|i\s+am|i\s+keep|ive\s+been|been)\s+(?:hitting|punching|beating|whipping|slapping|burning|scratching|stabbing)\s+"
     r"(?:myself|my\s+(?:legs?|arms?|thighs?|head|face|stomach|chest|wrists?|hands?))\s+(?:with|until|till|right\s+now|again|so\s+hard)\b"
     r"|\bdid\s+something\s+to\s+my\s+(?:thigh|arm|arms|wrist|wrists|leg|legs|stomach|skin)\b"
     r"|\bscratch\w*\s+(?:his|her|my|their)\s+(?:arms?|skin|legs?|face)\s+raw\b|\bshe\s+means\s+cutting\b|\bhe\s+means\s+cutting\b"
     r"|\bcarv\w*\s+(?:\w+\s+){0,3}?(?:into|on)\s+my\s+(?:skin|arms?|forearms?|legs?|thighs?|stomach|wrists?|belly|hips?)\b"
     r"|\bdid\s+it\s+ag[ae]i?n\b(?:\s+\S+){0,6}?\s+bleed\w*"
     r"|\b(?:until|till|til)\s+(?:they|theyre|its|it\s+is|it\s+was|they\s+were|my\s+\w+\s+(?:are|is|were))\s+(?:\w+\s+){0,2}?(?:bleeding|bloody)\b"),
    ("medical_told", MEDICAL,
     # "gasping for air", lips gone gray or blue, chest pain "spreading to my jaw", "weakness on my
     # right side", "difficulty finding words", "cant feel half my face", "my leg is bent wrong", a chest that "suddenly
     # really hurts"
     # "I have crushing pressure behind my breastbone and I'm sweating buckets", "a 104 fever and a purple rash that doesn't
     # fade when i press a glass on it"
     r"\b(?:i\s+have|im\s+having|having|i\s+feel|theres|he\s+has|she\s+has)\s+(?:a\s+)?(?:crushing|squeezing|heavy)\s+(?:pressure|pain|weight)\s+"
     r"(?:behind|in|on)\s+(?:my|his|her|the)\s+(?:breastbone|sternum|chest)\b|"
     r"\brash\s+that\s+(?:doesnt|does\s+not|wont|will\s+not)\s+(?:fade|go\s+away|disappear)\s+(?:when|under)\b|"
     # "asthma attack, inhaler empty, can barely talk, im alone"
     r"\basthma\s+attack\b(?:\s+\S+){0,6}?\s+(?:inhaler\s+(?:is\s+)?(?:empty|gone|out|not\s+working)|cant\s+(?:breathe|talk|speak)|can\s+barely\s+(?:breathe|talk|speak))\b|"
     r"\bgasping\s+for\s+(?:air|breath)\b|\blips\s+(?:look|are|is|went|going|turning|turned)\s+(?:\w+\s+)?(?:gray|grey|blue|purple)\b"
     r"|\bchest\b(?:\s+\S+){0,12}?\s+spreading\s+to\s+(?:my|his|her)\s+(?:jaw|arm|back|shoulder)\b"
     r"|\bweakness\s+(?:on|in)\s+(?:my|his|her)\s+(?:right|left)\s+side\b|\b(?:difficulty|trouble)\s+finding\s+(?:words|the\s+words)\b"
     r"|\b(?:cant|cannot|can\s+not)\s+feel\s+(?:half\s+(?:of\s+)?)?(?:my|his|her)\s+face\b|"
     # "i cnt feel the rite side of my body and talkign is hard"
     r"\b(?:cant|cnt|cannot|can\s+not)\s+feel\s+(?:the\s+)?(?:right|rite|left)\s+side\s+of\s+(?:my|his|her)\s+(?:body|face)\b|\bleg\s+is\s+bent\s+(?:wrong|the\s+wrong\s+way)\b"
     r"|\b(?:chest|head)\s+suddenly\s+(?:really\s+)?hurts\b"
     r"|\bchest\s+(?:is\s+)?(?:\w+\s+)?hurting\b|\bheavy\s+pressure\s+(?:in|on)\s+(?:my|his|her)\s+chest\b|\bchest\b(?:\s+\S+){0,6}?\s+heavy\s+pressure\b"
     r"|\b(?:vision|eyesight)\s+(?:just\s+|suddenly\s+)?(?:went|is|going|has\s+gone)\s+(?:double|blurry|black|dark)\b"
     r"|\b(?:right|left)\s+(?:side|leg|arm)\s+(?:of\s+(?:my|his|her)\s+body\s+)?(?:feels|is|went|has\s+gone)\s+(?:\w+\s+)?(?:heavy|numb|weak|dead)\b"
     r"|\b(?:cannot|can\s+not)\s+(?:lift|move|raise)\s+(?:my|his|her)\s+(?:right\s+|left\s+)?(?:arm|leg)\b|\bsuddenly\s+confused\b"
     r"|\bpain\s+in\s+(?:my|his|her)\s+jaw\s+and\s+(?:\w+\s+)?(?:shoulder|arm)\b"
     r"|\bspeech\s+(?:\w+\s+)?(?:went|is|got|sounds?|sounded)\s+(?:all\s+)?(?:weird|slurred|funny|strange|wrong)\b"
     r"|\bpain\s+(?:is\s+)?(?:a\s+)?10\s+(?:10|out\s+of\s+10)\b(?:\s+\S+){0,6}?\s+(?:fever|cant\s+stand|vomit\w*|throwing\s+up)\b"
     r"|\b(?:vomit\w*|throwing\s+up|threw\s+up|puking)\b(?:\s+\S+){0,6}?\s+coffee\s+grounds\b"
     r"|\b(?:pale|gray|grey|clammy|blue)\b(?:\s+\S+){0,4}?\s+cold\s+to\s+the\s+touch\b"
     r"|\bheart\s+(?:has\s+been\s+|is\s+)?(?:going|beating|racing|pounding|at)\s+(?:like\s+|about\s+|around\s+|at\s+|over\s+)?(?:1[5-9]\d|2\d\d)\b"
     r"|\balmost\s+(?:blacked|passed)\s+out\s+(?:twice|again|just\s+now|a\s+few\s+times|\w+\s+times)\b|\b(?:grabbing|clutching|holding)\s+(?:his|her|my)\s+chest\b"
     r"|\bwent\s+down\s+on\s+the\s+(?:\w+\s+)?floor\b|\btwitching\s+and\s+not\s+(?:answering|responding)\b"
     r"|\bwater\s+broke\b|\bbright\s+red\s+blood\b"
     # pregnant and a warning sign: a terrible headache with spots, bleeding, a sharp pain on one side, fainting
     r"|\bpregnan\w*\b(?:\s+\S+){0,12}?\s+(?:seeing\s+spots|terrible\s+headache|worst\s+headache|bleeding\s+(?:a\s+lot|heavily)|heavy\s+bleeding|"
     r"sharp\s+pain|going\s+to\s+faint|passing\s+out)\b"),
    ("overdose_told", OVERDOSE,
     # an amount swallowed, or a drink that did too much: "swallowed approximately thirty ibuprofen tablets",
     # "shes slurring and cant stand up, she only had one drink"; a medicine chewed or snorted all day, and the heart
     # racing: "been chewing my adderall all day, probably 12 of them. my heart is going so fast"
     r"\b(?:chewing|chewed|snorting|snorted|crushing|crushed|popping|popped)\s+(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?(?:adderall|vyvanse|ritalin|xanax|pills|bars|oxy\w*|percs?|klonopin|tramadol)\b"
     r"(?:\s+\S+){0,12}?\s+(?:heart\s+(?:is\s+)?(?:going|racing|pounding)|chest\s+(?:hurts|pain)|cant\s+breathe|sweating\s+through|shaking\s+so)|"
     rf"\b(?:swallowed|downed)\s+(?:about\s+|approximately\s+|like\s+|around\s+|maybe\s+)?(?:[2-9]\d|\d{{3}}|twenty|thirty|forty|fifty|sixty)\s+"
     rf"(?:\w+\s+)?(?:pills|tablets|capsules|{_OVER_THE_COUNTER}|{_DRUG})\b"
     r"|\b(?:slurring|cant\s+stand|can\s+not\s+stand|passing\s+out|passed\s+out)\b(?:\s+\S+){0,8}?\s+only\s+had\s+(?:one|1|a|two|2)\s+drinks?\b|"
     # a child "got into" pills, "drank something poisonous", pills and alcohol "a lot of both",
     # "took her morning pills three times", another person's pills "by mistake", "nodded out and went gray",
     # "snorted a bunch of coke" with a racing heart, a child who "ate one of my edibles"
     r"\bgot\s+into\s+(?:\w+\s+)?(?:pill\s+organizer|pill\s+box|pills|medicine\s+cabinet|meds|edibles?|gummies)\b"
     r"(?:\s+\S+){0,12}?\s+(?:dont\s+know\s+how\s+many|acting\s+(?:really\s+)?(?:strange|weird)|sleepy|wont\s+wake|hard\s+to\s+wake|throwing\s+up|missing)\b"
     r"|\bdrank\s+(?:some\s+)?(?:something\s+)?(?:poison\w*|bleach|antifreeze|cleaner|drain\s+cleaner)\b(?!\s+(?:by\s+accident\s+)?(?:years|as\s+a\s+kid))"
     r"|\b(?:mixed|drank|took)\b(?:\s+\S+){0,6}?\s+(?:a\s+lot\s+of\s+both|way\s+too\s+much\s+of\s+both|and\s+took\s+pills\s+with\s+it)\b"
     r"|\btook\s+(?:her|his|my)\s+(?:morning\s+|evening\s+|night\s+)?(?:pills|meds|medication|medicine)\s+(?:two|three|four|twice|\d)\s*(?:times)?\b(?:\s+\S+){0,6}?\s+"
     r"(?:forgot|sleepy|hard\s+to\s+wake|confused|dizzy)\b"
     r"|\b(?:took|swallowed)\s+(?:my\s+)?(?:husbands|wifes|moms|dads|sons|daughters|roommates|partners|cats|dogs|\w+s)\s+(?:\w+\s+){0,3}?(?:pills|meds|medication|tablets)\s+"
     r"(?:by\s+mistake|instead\s+of|accidentally)\b"
     r"|\bnodded\s+out\b(?:\s+\S+){0,4}?\s+(?:went|turned|is|looks)\s+(?:gray|grey|blue|pale)\b"
     r"|\b(?:snorted|did|took)\s+(?:a\s+bunch|a\s+ton|way\s+too\s+much|too\s+much|a\s+lot)\s+of\s+(?:coke|cocaine|meth|molly|heroin|fentanyl)\b"
     r"(?:\s+\S+){0,10}?\s+(?:heart|chest|cant|wont|racing|dying|seizing|shaking|tonight|right\s+now)\b"
     r"|\b(?:kid|son|daughter|toddler|child|baby|grandson|granddaughter)\s+(?:\w+\s+){0,2}?(?:ate|has\s+eaten|got\s+into)\s+(?:one\s+of\s+|some\s+of\s+)?"
     r"(?:my|his|her|our)\s+(?:\w+\s+)?(?:edibles?|gummies|pot\s+brownies?)\b"
     r"|"
     rf"\b(?:[1-9]\d|twenty|thirty|forty|fifty)\s+(?:\w+\s+)?(?:{_OVER_THE_COUNTER}|{_DRUG})\b(?:\s+\S+){{0,6}}?\s+(?:already|just)\s+(?:took|taken|swallowed|ate)\s+(?:them|it|all)\b"),
    # hands on someone who never agreed: "i keep feeling his hands on me, it was yesterday, i never agreed to any of it"
    # (a history rule, unlike the next: "years ago" makes it a past assault asked about)
    ("sexual_assault_unwanted", SEXUAL_ASSAULT,
     r"\b(?:his|her|their)\s+hands\s+(?:were\s+|was\s+)?(?:on|all\s+over)\s+(?:me|my|her|him)\b(?:\s+\S+){0,12}?\s+(?:i|she|he)\s+(?:never|didnt|did\s+not)\s+(?:agree|agreed|consent\w*|want\s+(?:it|that|any\s+of\s+it))\b"
     r"|\b(?:i|she|he)\s+(?:never|didnt|did\s+not)\s+(?:agree|agreed|consent\w*|want\s+(?:it|that|any\s+of\s+it))\b(?:\s+\S+){0,12}?\s+(?:his|her|their)\s+hands\s+(?:were\s+|was\s+)?(?:on|all\s+over)\s+(?:me|my|her|him)\b"),
    ("sexual_assault_told", SEXUAL_ASSAULT,
     # "one of those hospital kits where they collect evidence from your body. it was last night", "after someone forces
     # themselves on you", a coach's "special game" with their pants off
     r"\bkits?\s+(?:\w+\s+){0,2}?where\s+they\s+(?:collect|take|get)\s+(?:the\s+)?evidence\b|\b(?:forensic|evidence|rape)\s+(?:exam\s+)?kits?\b"
     r"|\bforc\w*\s+(?:himself|herself|themselves|themself)\s+on\s+(?:me|you|her|him|them|my\s+\w+)\b"
     r"|\b(?:special|secret)\s+game\b(?:\s+\S+){0,6}?\s+(?:pants|clothes|naked|underwear|privates|touch\w*)\b|"
     # "he wouldnt stop. i said no", "my drink was spiked ... woke up sore", "grabbed me between my
     # legs", "woke up with a guy on top of me", "touched me while i was passed out"
     r"\b(?:he|she|they)\s+(?:wouldnt|would\s+not|didnt|did\s+not)\s+stop\b(?:\s+\S+){0,4}?\s+(?:i\s+said|i\s+told\s+(?:him|her|them))\s+no\b"
     r"|\b(?:said|told\s+(?:him|her|them))\s+no\b(?:\s+\S+){0,4}?\s+(?:he|she|they)\s+(?:wouldnt|would\s+not|didnt|did\s+not)\s+stop\b"
     r"|\bdrink\s+(?:was|got)\s+(?:spiked|drugged)\b(?:\s+\S+){0,10}?\s+(?:woke|sore|no\s+memory|dont\s+remember|clothes)\b"
     r"|\bgrabbed\s+me\s+between\s+(?:my|the)\s+legs\b|\b(?:a\s+)?(?:guy|man|someone|him|stranger)\s+on\s+top\s+of\s+me\b"
     r"|\bno\s+memory\b(?:\s+\S+){0,8}?\s+hurts\s+down\s+there\b"
     r"|\btouched\s+(?:me|her|him)\s+while\s+(?:i|she|he)\s+(?:was|were)\s+(?:passed\s+out|asleep|unconscious|blacked\s+out)\b"
     r"|\b(?:therapist|doctor|dr|counselor|counsellor|pastor|priest|boss|manager|trainer|tutor|masseuse|massage\s+therapist|landlord)\s+"
     r"(?:\w+\s+)?(?:(?:groped|fondled)\s+(?:me|her|him|my)|touched\s+(?:me|her|him)\s+(?:inappropriately|during|without|down\s+there|there|"
     r"in\s+(?:private|my|her|his)|under|while|and\s+said))\b"
     r"|\bit\s+happened\s+(?:at|in|after)\s+(?:a|the|his|their)\s+(?:frat\s+)?(?:party|frat|bar|club|place|room|dorm)\b(?:\s+\S+){0,6}?\s+"
     r"(?:an?\s+hour|hours?|minutes?|mins?|tonight|last\s+night)\b"),
    ("threat_told", THREAT,
     # someone who threatened to shoot or kill someone outside the family ("my uncle threatened to shoot a neighbor")
     r"\bthreatened\s+to\s+(?:shoot|kill|stab|hurt|burn\s+down)\s+(?!me\b|us\b|myself\b)(?:a|the|my|his|her|our|some|their)\s+\w+|"
     # "beat my stepdad to death", "i want him dead", "threatening to stab our dad", "attack the
     # school", "run people over", "taking everyone with him", "a voice telling me to hurt", "wanting to hurt my baby",
     # "coming in tomorrow to hurt the principal", "scared of what ill do to", Spanish: made to pay with the address
     # known, a knife taken to school
     r"\bbeat\s+(?!(?:this|it|that)\s+to\s+death|the\s+(?:topic|question|subject|horse)\s)(?:\w+\s+){1,3}?to\s+death\b(?!\s+(?:already|by\s+now))|\b(?:want|wants|wanted)\s+(?:him|her|them)\s+dead\b"
     r"|\b(?:gonna|going\s+to|about\s+to|will|ill)\b(?:\s+\S+){0,8}?\s+end\s+(?:him|her)\b(?!\s+(?:\w+\s+)?(?:depression|pain|suffering|anxiety|"
     r"migraines?|symptoms|misery|cravings|addiction|career|relationship|marriage|treatment|course|sessions?|trauma|ptsd|ocd))|\bthinking\s+about\s+how\s+to\s+(?:hurt|kill|get\s+back\s+at)\s+(?:him|her|them)\b"
     r"|\boutside\s+(?:my\s+)?(?:\w+s\s+)?(?:house|place|apartment)\b(?:\s+\S+){0,8}?\s+(?:want|wants)\s+(?:him|her|them)\s+to\s+pay\b"
     r"|\b(?:hell|shell|ill|will|going\s+to|gonna|would|threaten\w*\s+to)\s+(?:hurt|kill|shoot|stab)\s+anyone\s+who\b|\bthreaten\w*\s+(?:his|her|their|my)\s+\w+\s+with\s+a\s+(?:knife|gun|bat|pistol)\b"
     r"|\bthink\w*\s+about\s+(?:hurting|killing)\s+(?:people|someone|him|her|them)\b(?:\s+\S+){0,6}?\s+(?:tonight|really\s+want|going\s+to)\b"
     r"|\b(?:deal\s+with|get|hurt|kill|find)\b(?:\s+\S+){0,6}?\s+left\s+with\s+(?:a|his|her)\s+(?:bat|knife|gun|crowbar|machete)\b"
     r"|\bleft\s+with\s+(?:a|his|her)\s+(?:bat|knife|gun|crowbar|machete)\s+to\s+(?:go\s+)?(?:find|get|hurt|kill|deal\s+with)\b"
     r"|\bthreaten\w*\s+to\s+(?:stab|shoot|kill|hurt)\s+(?:our|his|her|their|the)\s+\w+"
     r"|(?<!panic\s)(?<!heart\s)(?<!anxiety\s)\b(?:attack|shoot\s+up|bomb|blow\s+up)\s+(?:the\s+)?(?:school|office|assembly|church|building|mall|workplace)\b(?!\s+(?:in|of)\s+(?:19|20)\d\d)"
     r"|\b(?:want|wanna|going)\s+to\s+run\s+(?:people|everyone|someone)\s+over\b|\btak\w*\s+everyone\s+with\s+(?:him|her|me)\b(?!\s+(?:to|for|on)\b)"
     r"|\bvoices?\s+(?:is\s+|are\s+|keeps?\s+)?(?:telling|tells|told)\s+me\s+to\s+(?:hurt|kill|harm|attack)\b"
     r"|\bwanting\s+to\s+(?:hurt|kill|harm|shake|smother)\s+(?:him|her|them|someone|somebody|people|everyone|my\s+(?:baby|kids?|son|daughter|wife|"
     r"husband|partner|boyfriend|girlfriend|mom|dad|roommate|boss|coworkers?|neighbou?rs?|newborn))\b"
     r"|\b(?:going|coming)\s+(?:back|in)\b(?:\s+\S+){0,3}?\s+to\s+(?:hurt|kill|shoot|stab)\s+(?:the|him|her|them)\b|\bgoing\s+back\s+to\s+finish\s+(?:it|him|the\s+job)\b"
     r"|\bscared\s+(?:of\s+)?what\s+(?:ill|i\s+will|i\s+might|i\s+could)\s+do\s+to\s+(?:him|her|them|(?:my|his)\s+(?!body|brain|health|liver|"
     r"bladder|heart|kidneys|mind|career|life|credit|finances|marriage)\w+)\b"
     r"|\bshooting\s+(?:his|her|their|my)\s+classmates\b"
     r"|\bhacer(?:le|les)?\s+pagar\b(?:\s+\S+){0,6}?\s+donde\s+vive\b|\b(?:llevar|traer)\s+(?:un|una|el|la|su)\s+(?:cuchillo|pistola|arma)\s+a\s+la\s+escuela\b"
     r"|\b(?:going\s+to|gonna|will)\s+find\s+out\s+what\s+it\s+feels\s+like\b"
     r"|\b(?:the\s+)?last\s+mistake\s+(?:they|he|she|you|we)\s+(?:ever\s+)?make\b"
     r"|\b(?:should|will|gonna|going\s+to)\s+burn\s+(?:down\s+)?(?:\w+\s+){0,3}?(?:house|place|building|school|church|mosque|synagogue|temple|office)\b|\b(?:mosque|synagogue|church|temple|school)\s+should\s+burn\b"
     r"|\bwriting\s+a\s+manifesto\b|\b(?:know|learn\w*|tracking|track)\s+(?:\w+\s+){0,3}?(?:their|his|her)\s+schedule\b(?:\s+\S+){0,12}?\s+(?:gun|ar|rifle|trunk|tomorrow|pay|coming)\b"
     r"|\b(?:gun|ar|rifle|pistol)\s+in\s+(?:the|my)\s+(?:trunk|car|truck|bag)\b(?:\s+\S+){0,8}?\s+(?:know\s+(?:his|her|their)\s+schedule|coming|pay)\b"
     r"|\bget\s+(?:whats|what\s+is)\s+coming\b(?:\s+\S+){0,10}?\s+(?:gun|ar|rifle|trunk|knife|schedule)\b"
     r"|\bshowed\s+(?:me|us)\s+(?:his|her|their)\s+(?:ar|gun|rifle|pistol)\b(?:\s+\S+){0,14}?\s+(?:last|mistake|pay|regret|layoffs?)\b"
     r"|\b(?:have\s+to|need\s+to|gotta)\s+(?:hurt|kill|attack|stab|shoot)\s+(?:one\s+of\s+them|someone|somebody|them)\s+before\b"
     r"|\b(?:gonna|going\s+to)\s+pay\s+for\s+what\s+(?:they|he|she)\s+did\b(?:\s+\S+){0,6}?\s+(?:done\s+talking|tomorrow|tonight|gun|rifle|knife)\b"
     r"|\b(?:sitting|parked|waiting)\s+outside\s+(?:\w+\s+){0,4}?(?:house|place|apartment)\s+(?:\w+\s+){0,3}?waiting\b"
     r"|\bparked\s+outside\s+(?:his|her|their)\s+(?:house|place|apartment)\b(?:\s+\S+){0,12}?\s+(?:brought\s+something|waiting|gun|knife)\b"
     r"|\bputting\s+something\s+in\s+(?:my\s+\w+s?|his|her|their)\s+(?:food|drink|coffee|tea)\b"),
    ("suicide_means", SUICIDE,
     r"\b(?:got|have|bought|buy|buying|found|holding|loaded)\s+(?:a|the|my|my\s+\w+s?)\s+(?:rope|noose|gun|pistol|rifle)\b(?!\s+(?:license|permit|safety\s+class))"
     r"|\b(?:on|at)\s+(?:the|a)\s+(?:overpass|bridge|ledge|roof|rooftop)\b(?:\s+\S+){0,4}?\s+(?:looking\s+down|jump|edge)"
     r"|\b(?:drive|driving|crash|crashing|steer\w*)\s+(?:(?:my|his|her|their|the)\s+(?:car|truck)\s+)?(?:into|off)\s+(?:the|a)\s+(?:median|overpass|wall|tree|bridge|cliff|pole|traffic|ocean)\b"
     r"|\b(?:step|walk|jump)\w*\s+in\s+front\s+of\s+(?:a|the)\s+(?:train|bus|truck|car)\b"
     r"|\bhow\s+many\s+(?:of\s+)?(?:\w+\s+){0,4}?(?:pills|tablets)\s+(?:would\s+it\s+take|does\s+it\s+take|to\s+(?:die|not\s+wake))"
     # how long dying would take: "how long does it take to bleed out from your wrist" (not "for the nausea to die down")
     r"|\bhow\s+(?:long|fast|quick|quickly)\s+(?:does|would|will|did|do|can)\s+(?:it|you|someone|a\s+person|people)\s+(?:take\s+)?(?:\w+\s+){0,3}?"
     r"(?:bleed\s+out|bleed\s+to\s+death|to\s+die|die)\b(?!\s+(?:down|off|out|of\s+(?:boredom|embarrassment|laughter|old\s+age)))"
     r"|\bbleed(?:ing)?\s+out\s+(?:from\s+)?(?:your|my|the|a)\s+(?:wrists?|arm|neck|throat|veins?)\b"),
    ("suicide_intent", SUICIDE,
     r"\b(?:want|wants|wanting|wanted)\s+(?:it\s+(?:all\s+)?)?to\s+(?:be\s+over|end)\b(?!\s+(?:soon|quickly|up))"
     r"|(?<!dont\s)(?<!not\s)\b(?:wants?|wanting|wanted)\s+to\s+die\b|\bill\s+be\s+dead\b|\b(?:be|im)\s+dead\s+by\b"
     r"|\bcant\s+hold\s+on\s+(?:much\s+)?(?:longer|anymore)\b|\b(?:do\s+not|dont|no\s+longer)\s+wish\s+to\s+(?:go\s+on|live|be\s+alive)\b"
     r"|\b(?:put|putting|got|getting)\s+my\s+affairs\s+in\s+order\b|\bjust\s+(?:not|never)\s+wake\s+up\b"
     r"|\bthe\s+night\b(?:\s+\S+){0,2}?\s+(?:rope|gun|pills|do\s+it)|\btonights?\s+the\s+night\b"
     r"|\bnot\s+for\s+protection\b|\bnot\s+(?:gonna|going\s+to)\s+be\s+(?:here|around|alive)\b"
     r"|\bplann\w*\s+how\s+(?:id|i\s+would|i\d|to)\s+do\s+it\b|\b(?:just|to)\s+not\s+exist\b|\bstop\s+existing\b"),
    # Spanish (normalised: accents dropped), specific before general. Verbs are written in the forms visitors
    # use, first and third person, present and past ("me corte", "se corto"), with the slang of the region
    # (q, xq, pa, kiero); see the _ES_ building blocks above.
    # Spanish, told by what the person has done or is doing: "ya deje todo arreglado, el testamento", "estoy parada en
    # el puente", "ya les deje cartas a mis hijos", "tengo la pistola de mi esposo aqui en la mesa"
    ("es_suicide_told", SUICIDE,
     r"\bdeje\s+todo\s+arreglado\b|\b(?:deje|hice|firme|arregle)\s+(?:ya\s+)?(?:el|mi)\s+testamento\b(?:\s+\S+){0,8}?\s+(?:gracias|adios|despedir\w*)\b"
     r"|\bdecidi\w*\s+que\b(?:\s+\S+){0,8}?\s+me\s+mato\b(?!\s+(?:de|trabajando|estudiando))"
     r"|\b(?:es|sera|seria)\s+(?:mi|la)\s+ultima\s+noche\b|\bultima\s+(?:noche|vez)\s+(?:q|que)\s+me\s+(?:ven|vean|vas\s+a\s+ver)\b"
     r"|\b(?:parad[oa]|sentad[oa]|arriba|asomad[oa])\s+(?:en\s+|sobre\s+|de\s+)?(?:el|un|la|una|del)\s+(?:puente|borde|techo|azotea|orilla)\b"
     r"|\bno\s+se\s+si\s+(?:aventarme|tirarme|lanzarme)\b"
     r"|\bno\s+se\s+si\s+(?:siga|seguire|voy\s+a\s+seguir)\s+(?:aqui|viv[oa])\b"
     r"|\bmejor\s+(?:para\s+todos\s+)?si\s+(?:yo\s+)?no\s+(?:estuviera|existiera|estuviese)\b"
     r"|\b(?:ya\s+)?(?:escribi|deje)\s+(?:\w+\s+)?(?:la|una|mi|las|unas|mis)?\s*cartas?\b(?:\s+\S+){0,6}?\s+(?:a\s+mis|para\s+mis|despedida|ultima|hoy|adios)\b"
     r"|\bya\s+(?:escribi|deje)\s+la\s+carta\b|\bdeje\s+cartas\b"
     r"|\b(?:perdoname|ya\s+no\s+puedo)\b(?:\s+\S+){0,8}?\s+no\s+(?:contesta|responde|me\s+contesta)\b"
     r"|\bno\s+se\s+si\s+(?:llegue|llego|voy\s+a\s+llegar)\s+a\s+manana\b"
     # (a weapon with someone else named as its target is a threat: "voy a matar a mi cunado, ya tengo la pistola")
     r"|^(?!.*\b(?:matar\s+al?|voy\s+para\s+(?:alla|alli|su\s+casa)|se\s+donde)\b).*\btengo\s+(?:la|una|el)\s+(?:pistola|arma|cuerda|soga)\b"
     r"|\bpense\s+como\s+hacerlo\b"
     # a supply kept back: "he estado juntando pastillas desde hace semanas, ya casi tengo suficientes"
     r"|\b(?:juntando|junte|guardando|guarde|ahorrando|acumulando|acumule|escondiendo)\s+(?:mis\s+|las\s+|unas\s+)?(?:pastillas|pildoras|medicinas|medicamentos|calmantes|pastis)\b"
     r"|\b(?:ya\s+)?(?:casi\s+)?tengo\s+(?:las\s+)?suficientes\s*(?:pastillas|pildoras)?\s*$"
     r"|\bya\s+no\s+le\s+veo\s+(?:sentido|caso)\s+a\s+(?:seguir|vivir|la\s+vida)\b"),
    ("es_self_harm_told", SELF_HARM,
     r"\blastimandome\b|\bme\s+estoy\s+(?:lastimando|cortando)\b(?!\s+(?:el|las|los|la)\s+(?:pelo|cabello|unas|fleco|barba|flequillo|puntas)\b)"),
    ("es_medical_told", MEDICAL,
     r"\binsulina\b(?:\s+\S+){0,10}?\s+(?:adormilad[oa]|confundid[oa]|no\s+(?:se\s+)?(?:quiere\s+)?(?:levantar|despierta|responde))\b"
     r"|\bdolor\s+de\s+cabeza\s+mas\s+fuerte\s+de\s+mi\s+vida\b"
     r"|\bde\s+repente\b(?:\s+\S+){0,8}?\s+veo\s+(?:todo\s+)?(?:borroso|doble)\b|\bveo\s+(?:todo\s+)?(?:borroso|doble)\b(?:\s+\S+){0,6}?\s+de\s+repente\b"
     r"|\b(?:diabetic[oa]|azucar)\b(?:\s+\S+){0,8}?\s+(?:confundid[oa]|sudando|no\s+me\s+reconoce|temblando|desmay\w*|no\s+responde)\b"
     r"|\bembarazada\b(?:\s+\S+){0,8}?\s+(?:sangrado|sangrando|dolor\s+muy\s+fuerte|me\s+desmay\w*|me\s+voy\s+a\s+desmayar)\b"),
    ("es_threat_acts", THREAT,
     # "le voy a dar una golpiza a mi cunado", "va a ir a la escuela con una pistola", "los mato a los dos", "prenderle
     # fuego a su carro con el adentro"
     r"\b(?:le|les)\s+(?:voy|vamos)\s+a\s+dar\s+(?:una\s+)?(?:golpiza|madriza|putiza|paliza|chinga)\b"
     r"|\b(?:ir|irse|llegar)\s+a\s+la\s+escuela\s+con\s+(?:una\s+|un\s+|el\s+|la\s+)?(?:pistola|arma|rifle|cuchillo)\b"
     r"|\b(?:los|las)\s+mato\s+a\s+(?:los|las)\s+dos\b|\b(?:fuego|quem\w+)\b(?:\s+\S+){0,6}?\s+con\s+(?:el|ella|ellos|ellas)\s+adentro\b"
     r"|\ble\s+(?:prendo|voy\s+a\s+prender|quemo|voy\s+a\s+quemar)\s+(?:fuego\s+a\s+)?(?:su|la)\s+casa\b"
     r"|\ble\s+(?:doy|voy\s+a\s+dar|meto|voy\s+a\s+meter)\s+(?:un\s+)?(?:balazo|plomazo|tiro|navajazo|cuchillazo)\b"
     r"|\bsi\s+(?:veo|encuentro)\s+a\s+(?:mi\s+)?\w+\s+(?:lo|la)\s+mato\b|\bva\s+a\s+desaparecer\s+a\b|\banda\s+armad[oa]\b"
     r"|\bse\s+va\s+a\s+arrepentir\b(?:\s+\S+){0,8}?\s+traigo\s+algo\b|\btraigo\s+algo\s+en\s+la\s+mochila\b"
     r"|\ble\s+voy\s+a\s+hacer\s+dano\s+a\s+mi\s+(?:bebe|hij[oa]|nin[oa])\b"
     r"|\b(?:lo|la|los)\s+voy\s+a\s+(?:apunalar|matar|balacear|golpear|picar)\b|\bva\s+a\s+(?:balacear|disparar|matar)\s+a\b"
     r"|\b(?:voy\s+a|quiero)\s+(?:apunalar|balacear|dispararle)\b"
     # "le voy a partir la madre", "me lo voy a quebrar": the region's ways of saying "I'll beat him up / kill him"
     r"|\b(?:le|les)\s+(?:voy|vamos|va|van)\s+a\s+(?:partir|romper|rajar|reventar)\s+(?:toda\s+)?(?:la\s+madre|la\s+cara|el\s+hocico|la\s+boca|la\s+cabeza)\b"
     r"|\bme\s+(?:lo|la|los|las)\s+(?:voy|vamos)\s+a\s+(?:quebrar|madrear|escabechar|chingar)\b"
     # "va a matarlo", "anda buscando a su ex pa matarla", "quiero golpearlo"
     rf"|\b(?:voy|vamos|va|van|iba|quiero|kiero|quiere|queremos|quieren|pienso|piensa|ganas\s+de|pa|para|pensando\s+en)\s+"
     rf"(?:a\s+|en\s+)?(?:matarl[oa]s?|asesinarl[oa]s?|lastimarl[oa]s?|golpearl[oa]s?|balacearl[oa]s?|apunalarl[oa]s?|"
     rf"madrearl[oa]s?|ahorcarl[oa]s?|envenenarl[oa]s?|acuchillarl[oa]s?|dispararles?)\b"
     # someone about to harm another person: "voy a lastimar al que...", "siento q voy a lastimar a mi bebe",
     # "pienso en hacerle dano a mi familia", "mi hermano dice que va a matar al vecino"
     rf"|\b(?:voy|vamos|va|van|iba|iban|{_ES_WANT}|pienso\s+en|piensa\s+en|pensando\s+en|pensamientos\s+de|ideas\s+de|"
     rf"ganas\s+de|miedo\s+de)\s+(?:a\s+)?{_ES_HARM_OTHER}\s+(?:a|al)\b"
     # a school or workplace attack
     r"|\b(?:va|voy|van|vamos)\s+a\s+(?:disparar|balacear|llevar\s+(?:un|una|el|la|su|mi)\s+(?:arma|pistola|cuete|rifle))\b"
     r"(?:\s+\S+){0,3}?\s+(?:escuela|prepa|secundaria|colegio|universidad|trabajo|chamba|iglesia|oficina|salon|clase)\b"
     r"|\bhacer\s+algo\b(?:\s+\S+){0,8}?\s+(?:todos\s+)?se\s+van\s+a\s+arrepentir\b|\btodos\s+se\s+van\s+a\s+arrepentir\b"),
    ("es_abuse_acts", ABUSE,
     r"\bamenaz\w*\s+con\s+matar(?:me|nos|la|lo|los)\b|\bme\s+(?:empuja|empujo|encerr\w*|encierra|quita\s+el\s+dinero|ahorc\w*|patea\w*|jalonea\w*)\b"
     r"|\bmoretones\b"
     # someone kept locked in, left tied up or without food, water or medicine ("la deja sin comer", "me tiene encerrada")
     rf"|{_ES_NOT_A_FEELING}\b(?:me|la|lo|los|las|les?|nos)\s+(?:deja|dejan|dejo|dejaron|dejaba|tiene|tienen|tenia|mantiene)\s+"
     r"(?:\w+\s+){0,2}?(?:sin\s+(?:comer|comida|agua|medicinas?|sus\s+medicinas|sus\s+pastillas)|encerrad[oa]s?|amarrad[oa]s?)\b"
     r"|(?<!me\s)\btiene\s+encerrad[oa]s?\b|\bno\s+(?:me|les?)\s+dan?\s+(?:de\s+comer|sus\s+medicinas|su\s+medicina|sus\s+pastillas)\b"
     # "me agarró a patadas", "la agarran a golpes"
     r"|\b(?:me|la|lo|le|los|las)\s+agarr\w+\s+a\s+(?:golpes|patadas|pu[nñ]etazos|cachetadas|madrazos|trancazos|cintarazos)\b"
     r"|\bamarrad[oa]\b(?:\s+\S+){0,8}?\s+sin\s+(?:agua|comida|comer)\b"
     # kept from leaving, slapped, money or phone taken
     r"|\bno\s+me\s+deja\s+(?:salir|irme|ver\s+a)\b|\bme\s+(?:dio|da|dan|dieron)\s+(?:una\s+)?(?:cachetada|bofetada|golpiza|patada|punetazo)s?\b"
     r"|\b(?:me|le|les|nos)\s+(?:quita|quito|quitan|quitaron)\s+(?:el|mi|su|sus|mis|todo\s+el)\s+(?:dinero|pisto|sueldo|cel|celular|telefono|tarjetas?)\b"
     # a relative who hurts someone: "mi esposo me golpeo la cabeza contra la pared", "mi papa me esta ahorcando"
     rf"|\b{_ES_KIN}\s+(?:\w+\s+){{0,3}}?(?:me|nos|la|lo|los|las|le|les)\s+(?:(?:va|van|iba|vuelve|volvio)\s+a\s+|(?:esta|estaba)\s+)?{_ES_HIT}"
     rf"|\b{_ES_KIN}\s+(?:\w+\s+){{0,3}}?(?:me|nos|la|lo|le)\s+(?:esta|estaba)\s+(?:matando|ahorcando|golpeando|pegando|asfixiando)\b"
     rf"|\b{_ES_KIN}\s+(?:\w+\s+){{0,2}}?(?:golpea|golpeo|golpeaba|pega|pego|pegaba|patea|pateo|maltrata|ahorca|ahorco|empuja|empujo|"
     rf"madrea|avienta)\s+a\s+(?:su|sus|mi|mis|la|el|los|las)\b"
     # marks of beating, fear of going home or of a partner
     r"|\b(?:golpes|moretes|moretones)\s+(?:\w+\s+)?en\s+(?:la|su|sus|el|los|las|mi|mis)\s+(?:cara|espalda|cuerpo|brazos|piernas|cuello|nalgas|ojo)\b"
     r"|\bmarcas\s+(?:de\s+(?:golpes|cinto|cinturon|dedos|manos)|(?:\w+\s+)?en\s+(?:la|su|el|mi)\s+(?:espalda|cuello|cara|nalgas))\b"
     r"|\b(?:me|la|lo|los|las|nos|les?)\s+(?:trata|tratan|trataba|trataban)\s+(?:muy\s+|bien\s+)?mal\b"
     r"|\bamenaz\w*\s+con\s+(?:hacer(?:me|nos|le|les)\s+dano|lastimar\w*|golpear\w*|pegar\w*|quitarme\s+a\s+mis\s+hijos)"
     rf"|\bmiedo\s+de\s+(?:regresar|volver|llegar|ir|irme)\s+a\s+(?:mi\s+|la\s+)?casa\b|\b(?:le\s+)?tengo\s+miedo\s+(?:de|a)\s+mi\s+{_ES_KIN}\b"),
    # "me va a matar" from someone else, unless said in jest ("mi esposa me va a matar si no agendo jaja"):
    # the hyperbole check is in SafetyScreen._crisis_in
    ("es_kill_me", ABUSE,
     rf"\b(?:me|nos)\s+(?:va|van)\s+a\s+matar\b{_ES_NOT_AN_IDIOM}"
     rf"|\b(?:va|van|quiere|quieren|intento|intentaron|trato|trataron)\s+(?:a\s+|de\s+)?matar(?:me|nos)\b{_ES_NOT_AN_IDIOM}"),
    ("es_sexual_acts", SEXUAL_ASSAULT,
     r"\bse\s+(?:mete|metio|meten|sube|subio)\s+(?:a|en)\s+mi\s+(?:cuarto|cama|recamara)\s+(?:en\s+la\s+noche|de\s+noche|cuando\s+(?:duermo|estoy\s+dormid[oa]))\b|\b(?:la|lo|me)\s+toca\s+(?:cuando|sin|sus|en\s+(?:la\s+noche|las\s+noches|mi\s+cuarto|su\s+cuarto|la\s+cama|mis\s+partes|sus\s+partes))\b"
     # ("me toca en la clinica" is whose turn it is); a neighbour or relative who touched a child
     r"|\b(?:vecino|tio|primo|maestro|padrastro|entrenador|senor|hombre)\s+(?:\w+\s+)?(?:la|lo|me|le)\s+(?:toco|tocaba|manoseo)\b|\bme\s+forz\w*\b|\bla\s+forz\w*\b|\b(?:tener|tuvo)\s+relaciones\s+(?:a\s+la\s+fuerza|sin\s+querer)\b"
     # forced or coerced sex, any person
     r"|\b(?:me|la|lo|le|nos|les)\s+(?:obligo|obligaron|obliga|obligan|obligaba|forzo|forzaron|forzaba)\s+a\s+(?:tener\s+(?:relaciones|sexo)|acostarme|acostarse|"
     r"hacer(?:le)?\s+cosas|desvestirme|desvestirse|tocarl[oa]|tocarle|chuparsela|mamarsela)\b"
     r"|\brelaciones\b(?:\s+\S+){0,4}?\s+aunque\s+(?:le\s+)?(?:dije|decia|dijo)\s+que\s+no\b"
     # drugged: "me drogaron en el bar", "le pusieron algo en la bebida"
     r"|\b(?:me|la|lo|le|nos)\s+drogaron\b|\b(?:me|le|nos)\s+(?:pusieron|echaron|metieron|puso|echo|metio)\s+algo\s+en\s+(?:la|mi|su|el)\s+(?:bebida|trago|copa|vaso|chela|cerveza|refresco)\b"
     # "me agredio sexualmente", "la atacaron sexualmente", "me hizo algo sin mi consentimiento"
     r"|\b(?:agred\w+|atac\w+|abus\w+|acos\w+|violent\w+|toc\w+|manose\w+)\s+(?:\w+\s+)?sexualmente\b"
     r"|\b(?:me|le|la|lo)\s+(?:hizo|hicieron|hace|hacia|toco|tocaron|toca|tocaba)\s+(?:algo|cosas)?\s*(?:\w+\s+){0,2}?sin\s+(?:mi|su)\s+(?:consentimiento|permiso)\b"
     r"|\b(?:me|le|la|lo)\s+(?:hace|hizo|hacia|hacen)\s+cosas\s+(?:cuando\s+(?:no\s+(?:hay|esta)|estoy\s+dormid|me\s+bano|duermo)|en\s+la\s+noche|de\s+noche|en\s+(?:el\s+bano|la\s+regadera|su\s+cuarto|mi\s+cuarto))"
     r"|\b(?:me|la|lo|le)\s+(?:manose\w+|tocaron\s+(?:mis|sus)\s+partes)\b|\bme\s+(?:quiso|quisieron|intento|intentaron)\s+violar\b"),
    ("es_self_harm_acts", SELF_HARM,
     r"\bcortadas\b|\bme\s+(?:pego|golpeo)\s+(?:en\s+la\s+cabeza|contra)\b|\bme\s+rasguno\b"
     r"|\bme\s+(?:pego|golpeo|doy|daba|azoto|estrello)\s+(?:golpes\s+|topes\s+)?(?:en\s+la\s+cabeza|la\s+cabeza\s+contra|contra\s+la\s+pared|contra\s+el\s+piso)\b"
     # burning oneself on purpose, not a kitchen burn
     r"|\b(?:me|se)\s+(?:quemo|queme|quemaba|quema|estoy\s+quemando|esta\s+quemando)\s+(?:\w+\s+){0,3}?(?:con\s+(?:el\s+|un\s+|los\s+|la\s+)?(?:cigarr\w*|encendedor|plancha)|a\s+proposito|los\s+brazos|las\s+piernas|la\s+piel|otra\s+vez|de\s+nuevo)\b"
     # hurting oneself, first or third person: "me volvi a lastimar", "me hice dano d nuevo", "se va a lastimar"
     # (not "o me hace daño?", something that harms me: "me hago daño" is the one who does it)
     rf"|\b(?:me|se)\s+(?:{_ES_SELF_AUX}\s+)?(?:lastim\w+|(?:hago|haga|hagas|hacia|hacer|haciendo)\s+dano|hic\w+\s+dano|hizo\s+dano|autolesion\w*|rasgun\w+)\b{_ES_NOT_AN_INJURY}"
     rf"|\bse\s+(?:{_ES_SELF_AUX}\s+)?hace\s+dano\b{_ES_NOT_AN_INJURY}"
     rf"|\bme\s+{_ES_SELF_AUX}\s+cort(?:ar|ando|arme)\b{_ES_NOT_A_HAIRCUT}"
     rf"|\b(?:me|se)\s+(?:{_ES_SELF_AUX}\s+)?(?:cort\w+)\b{_ES_NOT_A_HAIRCUT}"
     r"(?=(?:\s+\S+){0,6}?\s+(?:brazos?|piernas?|munecas?|venas|piel|panza|muslos|otra\s+vez|de\s+nuevo|d\s+nuevo|a\s+proposito|hoy|anoche|no\s+puedo\s+parar|parar|sangr\w+)\b|\s*$)"
     r"|\b(?:lastimarme|lastimarse|hacerme\s+dano|hacerse\s+dano|cortarme|cortarse|quemarme|quemarse)\s+(?:a\s+proposito|otra\s+vez|de\s+nuevo)\b"
     # wounds someone has made on themselves, a relapse, the urge back
     r"|\b(?:heridas|cortes|cortaditas|marcas\s+de\s+cortes?)\s+(?:\w+\s+){0,2}?en\s+(?:los|las|sus|mis|el|la|su|mi)\s+(?:brazos?|piernas?|munecas?|muslos|panza|abdomen)\b"
     r"|\brec(?:ai|ayo|aida|aer)\s+(?:con|en)\s+(?:las\s+|la\s+)?(?:autolesion\w*|cortarme|cortadas|cortes)\b"
     r"|\b(?:ganas|urgencia|necesidad)\s+de\s+(?:cortarme|lastimarme|autolesionarme|hacerme\s+dano|quemarme)\b"),
    ("es_overdose_acts", OVERDOSE,
     # "se inyecto algo y no despierta"
     r"\bse\s+(?:inyecto|metio|tomo|fumo|inhalo)\s+algo\b(?:\s+\S+){0,6}?\s+(?:no\s+despierta|no\s+responde|labios\s+morados|no\s+respira)\b|"
     r"\btodo\s+el\s+frasco\b|\b(?:eche|tome|trague|tomo|trago)\s+(?:como\s+|unas\s+|unos\s+)?(?:[2-9]\d|\d{3}|veinte|treinta|cuarenta|cincuenta)\s+(?:de\s+)?(?:las\s+|mis\s+|sus\s+|esas\s+)?(?:pastillas|pildoras|tabletas)\b|\bse\s+tomo\s+(?:el\s+|un\s+|una\s+)?(?:cloro|blanqueador|veneno|pastillas|anticongelante)\b"
     r"|\bmezcl\w+\s+(?:el\s+)?(?:alcohol|cerveza|vino|tequila)\s+con\b|\bmezcl\w+\s+(?:mis|sus)\s+pastillas\b"
     r"|\b(?:tuvo|tiene|esta\s+teniendo|le\s+dio|me\s+dio|le\s+esta\s+dando)\s+(?:una\s+)?sobredosis\b"
     r"|\bdoble\s+dosis\b|\b(?:pastillas|medicina)\s+(?:\w+\s+){0,4}?dos\s+veces\b|\btoloache\b"
     # fentanyl taken, not fentanyl named ("¿es un opioide como el fentanilo?", "sirve pa los enganchados al fentanilo?")
     r"|\b(?:tomo|se\s+tomo|me\s+tome|se\s+metio|me\s+meti|consumio|fumo|fume|inhalo|traia|traian|era|con|le\s+dieron|"
     r"le\s+dio|uso|se\s+inyecto|probo)\s+(?:\w+\s+){0,2}?fenta(?:nil|nilo)?\b(?!\s+(?:y\s+)?(?:por|hace)\s+(?:\w+\s+)?(?:anos|meses))"
     # taken too much: "me tome muchas pastillas", "tome mas de la cuenta de mi medicina", "se tomo el doble de
     # su medicina", "me tome toda la caja de mis pastillas" (the verb in a past form: "tomo" alone is also
     # "I take", so it needs an amount that is too much on its face)
     rf"|\b(?:{_ES_SWALLOWED})\s+(?:\w+\s+){{0,2}}?{_ES_TOO_MUCH}(?:\s+\S+){{0,4}}?\s+{_ES_PILLS}\b"
     rf"|\b(?:{_ES_SWALLOWED})\s+(?:\w+\s+){{0,3}}?{_ES_PILLS}\b(?:\s+\S+){{0,4}}?\s+(?:de\s+mas|de\s+golpe|tod[oa]s\s+junt[oa]s|a\s+proposito|demasiad\w+)\b"
     rf"|\btomo\s+(?:\w+\s+){{0,2}}?(?:demasiad[oa]s|de\s+mas|mas\s+de\s+la\s+cuenta|el\s+doble|el\s+triple|toda\s+la\s+caja|todo\s+el\s+frasco)(?:\s+\S+){{0,4}}?\s+{_ES_PILLS}\b"
     # swallowed by a child or by mistake, or something that is not to be swallowed at all
     rf"|\bse\s+(?:trago|comio|bebio|tomaron|tragaron|comieron)\s+(?:\w+\s+){{0,3}}?(?:{_ES_PILLS}|{_ES_POISON})\b"
     rf"|\b(?:{_ES_SWALLOWED}|tomo|trago|comio|bebio|comi|bebi)\s+(?:\w+\s+){{0,4}}?{_ES_POISON}\b"
     # "creo q me pase con las pastillas", "se metio demasiado"
     rf"|\b(?:me|se)\s+(?:pase|paso)\s+(?:con|de)\s+(?:\w+\s+){{0,2}}?(?:{_ES_PILLS}|dosis|la\s+dosis)\b"
     rf"|\b(?:{_ES_SWALLOWED}|mezcle|mezclo)\s+(?:\w+\s+){{0,3}}?{_ES_PILLS}\s+con\s+(?:\w+\s+){{0,2}}?{_ES_DRINK}\b"
     rf"|\b(?:{_ES_SWALLOWED}|mezcle|mezclo)\s+(?:\w+\s+){{0,3}}?{_ES_DRINK}\s+con\s+(?:\w+\s+){{0,2}}?{_ES_PILLS}\b"
     r"|\b(?:se|me)\s+(?:metio|meti|metieron)\s+(?:demasiad\w*|much[oa]|algo|de\s+mas|un\s+(?:chingo|monton)|coca|perico|cristal|heroina|fenta\w*)\b"),
    ("es_medical_signs", MEDICAL,
     r"\bse\s+le\s+(?:cayo|callo)\s+la\s+cara\b|\bno\s+puede\s+hablar\b|\b(?:me|le)\s+duele\s+(?:mucho\s+)?el\s+pecho\b"
     # fainting now: "siento el corazon muy rapido y me estoy desmayando"
     r"|\b(?:me\s+estoy|se\s+esta|me\s+voy\s+a|se\s+va\s+a)\s+desmay\w*\b|\bsiento\s+que\s+me\s+(?:desmayo|voy\s+a\s+desmayar)\b"
     # a seizure now (not "me puede dar una convulsion con la ketamina?")
     r"|\bconvulsion(?:ando|o|a|an|aron)\b|\b(?:esta|estan|le\s+(?:esta\s+|acaba\s+de\s+)?(?:dio|dando|da|dar)|tiene|tuvo)\s+(?:una\s+)?convulsion\b(?!\s+(?:de\s+)?(?:hace|cuando|de\s+nin))"
     r"|\bse\s+(?:me|le)\s+(?:durmi\w+|duerme|adormec\w+|entumi\w+)\s+(?:todo\s+)?(?:el\s+|la\s+|un\s+|media\s+)?(?:lado|brazo\s+izquierdo|cara|mitad|media\s+cara)\b"
     r"|\bse\s+(?:me|le)\s+(?:durmi\w+|duerme|adormec\w+)\s+(?:el\s+)?brazo\b(?:\s+\S+){0,4}?\s+(?:pecho|de\s+repente|no\s+(?:puedo|puede))"
     r"|(?<!depresion\s)(?<!ansiedad\s)(?<!dolor\s)(?<!que\s)(?<!q\s)\bno\s+(?:responde|despierta|reacciona)\b(?!\s+(?:a\s+)?(?:mis|los|sus|el|al|la|a\s+los)\s+(?:mensajes?|llamadas?|telefono|tel|cel|celular|correos?|whats\w*|texto))"
     # (not a depression that "no responde a nada": treatment-resistant)
     r"(?!\s+a\s+(?:nada|ningun\w*|los\s+(?:tratamientos|medicamentos)|las\s+(?:medicinas|pastillas)|tratamientos?|medicamentos?))"
     r"|\brespirando\s+raro\b|\bsudando\s+frio\b|\bse\s+(?:acaba\s+de\s+)?(?:caer|desmayar)\b"
     # breathing: "no me entra aire", "casi no respira", "se me cierra la garganta"
     r"|\b(?:no|casi\s+no|ya\s+no)\s+(?:puedo\s+|puede\s+|podia\s+)?respir\w*\b|\bdej\w+\s+de\s+respirar\b|\b(?:me|le)\s+(?:cuesta|costa)\s+(?:mucho\s+)?respirar\b"
     r"|\b(?:me|le)\s+falta\s+(?:el\s+)?aire\b|\bno\s+(?:me|le)\s+(?:entra|llega)\s+(?:el\s+)?aire\b|\bse\s+(?:me|le)\s+(?:ahoga|esta\s+ahogando)\b"
     r"|\bse\s+(?:me|le)\s+(?:cierra|esta\s+cerrando|cerro|hincha|esta\s+hinchando|hincho)\s+la\s+garganta\b"
     # chest pain, said any way: "me esta doliendo mucho el pecho", "un dolor bien fuerte en el pecho"
     r"|\b(?:duele\w*|doliendo|dolor|opresion|presion|punzada|aprieta|apretando)\s+(?:\w+\s+){0,3}?(?:en\s+el|del|de|el)\s+pecho\b"
     # a stroke: the face, one side, speech, sight
     r"|\b(?:chue[ck]\w*|torc\w*)\s+(?:\w+\s+)?(?:la\s+boca|la\s+cara)\b|\b(?:boca|cara)\s+(?:\w+\s+)?(?:chueca|torcida|caida)\b"
     r"|\bno\s+(?:puede|puedo|podia)\s+mover\s+(?:\w+\s+){0,2}?(?:lado|mitad|brazo|pierna|cara)\b"
     r"|\b(?:habla|hablando)\s+(?:muy\s+|bien\s+)?(?:raro|arrastrando|enredado|trabado|chistoso)\b|\barrastra\s+las\s+palabras\b|\bno\s+(?:puede|puedo)\s+hablar\s+bien\b"
     r"|\b(?:de\s+repente|de\s+pronto)\s+(?:\w+\s+){0,3}?no\s+(?:veo|ve|puedo\s+ver|puede\s+ver)\b|\bno\s+veo\s+(?:nada\s+)?(?:de|con)\s+un\s+ojo\b"
     # turning blue, losing consciousness, bleeding
     r"|\b(?:poniendo|puso|pone|ponen|pusieron)\s+(?:moradit[oa]|morad[oa]|azul|gris)\b(?!\s+de\s+(?:risa|coraje))|\blabios\s+(?:\w+\s+)?(?:morados|azules)\b"
     r"|\bperdi\w*\s+el\s+conocimiento\b|\bse\s+(?:quedo|queda)\s+inconsciente\b|\bno\s+(?:para|deja)\s+de\s+sangrar\b|\bsangr\w+\s+(?:mucho|muchisimo|demasiado|sin\s+parar)\b"
     r"|\btemblando\s+todo\s+el\s+cuerpo\b(?:\s+\S+){0,4}?\s+no\s+(?:responde|reacciona)"
     r"|\b(?:temblando|sudando)\s+y\s+(?:muy\s+)?(?:confundid[oa]|desorientad[oa])\b|\b(?:confundid[oa]|desorientad[oa])\s+y\s+(?:temblando|sudando)\b"
     r"|\b(?:me|le)\s+(?:dio|esta\s+dando|acaba\s+de\s+dar)\s+un\s+ataque\s+de\s+asma\b|\binhalador\s+no\s+(?:funciona|sirve|le\s+hace|me\s+hace)\b"),
    ("es_suicide_acts", SUICIDE,
     rf"\bse\s+(?:quiere|va\s+a)\s+(?:matar|morir|suicidar)\b{_ES_NOT_AN_IDIOM}|\bcartas?\s+de\s+despedida\b|\b(?:mensajes?|notas?)\s+de\s+despedida\b|\bme\s+despedi\s+de\b|\bse\s+acaba\s+todo\b"
     r"|\b(?:mejor|estamos|estan|estarian|estaria|estarias)\s+(?:\w+\s+)?sin\s+(?:mi|ella|el)\b|\bno\s+voy\s+a\s+(?:estar|seguir)\s+aqui\b"
     r"|\bcompre\s+(?:una|un|la|el)\s+(?:pistola|arma|cuerda|soga)\b|\bno\s+le\s+veo\s+sentido\s+a\s+(?:nada|la\s+vida|vivir)\b"
     r"|\bno\s+le\s+(?:veo|encuentro|hallo)\s+(?:sentido|caso|razon|chiste)\s+a\s+(?:vivir|la\s+vida|mi\s+vida|seguir\s+viviendo|estar\s+viv[oa])\b"
     # "dejar de existir", the rope ready, the sea with no coming back, a chosen last day, a goodbye message,
     # pills gathered up, wanting to go with someone who died
     r"|\b(?:busque|investigue|ya\s+se)\s+como\s+hacerlo\b|\bdejar\s+de\s+existir\b|\b(?:el|un)\s+lazo\b|\bcolgarme\b|\bmeterme\s+al\s+mar\b|\bdecidi\b(?:\s+\S+){0,6}?\s+(?:mi\s+)?ultimo\s+dia\b"
     r"|\bdespidiendose\b|\bse\s+despidio\s+de\s+(?:todos|nosotros|mi)\b|\bjunte\s+todas\s+(?:mis|las)\s+(?:medicinas|pastillas)\b"
     r"|\bmurio\b(?:\s+\S+){0,8}?\s+irme\s+con\s+(?:el|ella)\b"
     # ending one's life, any person and tense: "voy a terminar con mi vida", "se va a quitar la vida"
     r"|\b(?:acabar|terminar|acabo|termino|acabe|termine)\s+con\s+(?:mi|su|tu)\s+(?:propia\s+)?vida\b"
     r"|\b(?:quitarme|quitarse|quitarte|quitar|me\s+quite|se\s+quito|me\s+quito|se\s+quita|te\s+quitas)\s+la\s+vida\b"
     r"|\b(?:acabar|terminar)\s+con\s+todo\b(?!\s+(?:el|la|los|las|lo|eso|ese|esa)\b)|\bacabar\s+con\s+todo\s+esto\b"
     # leaving the world, a goodbye for ever, never seen again
     r"|\b(?:irme|irse|me\s+voy|se\s+va|me\s+ire|se\s+ira|dejar|me\s+largo)\s+de\s+este\s+mundo\b"
     r"|\badios\s+(?:para\s+siempre|a\s+todos)\b|\bno\s+(?:me|lo|la|nos)\s+(?:van|vamos|vas|va)\s+a\s+volver\s+a\s+ver\b"
     # wishing to be dead, in the ways it is said: "mejor me muero", "ojala no despertar", "quisiera estar muerta"
     rf"|\b(?:mejor|ojala)\s+(?:me\s+)?(?:muero|muera|morirme|me\s+muriera|muriera|no\s+despert\w+|no\s+haber\s+nacido){_ES_NOT_AN_IDIOM}"
     rf"|\b{_ES_WANT}\s+(?:estar\s+muert[oa]|morirme|morir|morirse|dejar\s+de\s+vivir|no\s+despertar){_ES_NOT_AN_IDIOM}"
     rf"|\b(?:ganas|pensamientos|ideas)\s+de\s+(?:morirme|morir|matarme|suicidarme|no\s+despertar|no\s+existir){_ES_NOT_AN_IDIOM}"
     r"|\bno\s+(?:quiero|kiero|quiere|kiere|aguanto|aguanta|puedo|puede|tengo\s+ganas\s+de|tiene\s+ganas\s+de)\s+(?:seguir\s+)?(?:vivir|viviendo|estar\s+viv[oa]|existir)\b"
     r"|\b(?:la\s+vida|vivir)\s+no\s+vale\s+la\s+pena\b|\bno\s+tiene\s+(?:ningun\s+)?sentido\s+(?:vivir|seguir\s+viviendo|mi\s+vida)\b"
     r"|\bcansad[oa]\s+de\s+(?:vivir|la\s+vida|existir|estar\s+viv[oa])\b"
     r"|\bsoy\s+(?:una\s+carga|un\s+estorbo)\s+(?:para|pa)\b|\bsolo\s+soy\s+(?:una\s+carga|un\s+estorbo)\b"
     # the means: hanging, jumping, the veins
     r"|\b(?:ahorcarme|ahorcarse|me\s+voy\s+a\s+ahorcar|se\s+va\s+a\s+ahorcar|cortarme\s+las\s+venas|cortarse\s+las\s+venas)\b"
     r"|\b(?:tirarme|aventarme|lanzarme|arrojarme|tirarse|aventarse|lanzarse)\s+(?:\w+\s+){0,2}?(?:de|del|desde|al|a\s+las?|por)\s+(?:\w+\s+)?"
     r"(?:puente|edificio|azotea|techo|balcon|ventana|metro|tren|vias|carretera|precipicio|barranco|acantilado|piso)\b"),
    ("sexual_assault", SEXUAL_ASSAULT,
     r"\b(?:rap(?:e|ed|ing|ist)|sexual(?:ly)?\s+(?:assault\w*|abus\w*|attack\w*|violat\w*|harass\w*)|"
     r"molest(?:ed|ing|er|ers|ation|s)?\b|roofied|drugged\s+(?:me|my\s+drink)|forced\s+(?:me\s+|her\s+|him\s+)?(?:to\s+have\s+sex|into\s+sex)|"
     r"touched\s+me\s+without|assaulted\s+(?:me|her|him)|was\s+assaulted|got\s+assaulted)\b"
     # coerced: "my manager made me sleep with him to keep my job", "he pressured her into sex"
     r"|\b(?:made|makes|making|forced|forces|forcing|pressured|pressures|coerced|coerces)\s+(?:me|her|him|them)\s+"
     r"(?:to\s+)?(?:(?:sleep|sleeping)\s+with\s+(?:him|her|them|someone|somebody|his|their|my\s+(?:boss|manager|supervisor|landlord|coach|teacher))\b"
     r"|have\s+sex\b|into\s+sex\b|into\s+sleeping\s+with\b)"),
    ("abuse", ABUSE,
     r"\b(?:he|she|they|hes|shes|theyre|theyve|my\s+(?:\w+s\s+)?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mom|mother|stepdad|"
     r"stepfather|stepmom|parents?|son|brother|sister|uncle|roommate))\s+(?:\w+\s+){0,2}?"
     r"(?:hits?|hitting|beats?|beating|chok\w+|punch\w*|kick\w*|slap\w*|hurts|hurting|threaten\w*|abus\w*|"
     r"push\w*|shov\w*|strangl\w*|burned|burnt|burns|burning)\s+(?:me|us|my\s+(?:little\s+|baby\s+|big\s+|younger\s+|older\s+)?\w+|her|him|them)\b"
     # (not a figure of speech: "my wife will strangle me if she sees what i spent on shoes")
     rf"{_NOT_WHEN_THEY_FIND_OUT}"
     # (not one survived or left: "I survived an abusive marriage and still get flashbacks")
     r"|\bdomestic\s+(?:violence|abuse)\b|(?<!survived\san\s)(?<!escaped\san\s)(?<!left\san\s)(?<!survivor\sof\san\s)\babusive\s+(?:\w+\s+)?(?:relationship|partner|husband|wife|boyfriend|"
     r"girlfriend|parents?|home|household|mom|dad|mother|father|marriage|ex)\b"
     r"|(?<!from\s)(?<!not\s)(?<!isnt\s)(?<!ketamine\s)(?<!drug\s)(?<!drugs\s)(?<!it\s)(?<!medication\s)(?<!substance\s)"
     r"\b(?:being|been|getting|was|got)\s+(?:abused|beaten|beat\s+up|choked|strangled)\b(?!\s+or\s+divert\w*)(?!\s+recreationally)"
     # "help hes going to hurt me"
     r"|\b(?:he|she|hes|shes)\s+(?:is\s+)?(?:going\s+to|gonna|about\s+to|trying\s+to|coming\s+to)\s+(?:hurt|hit|beat|choke|strangle)\s+me\b"
     # a caregiver or sitter who hits the one in their care: "i just watched his caregiver slap him on our nanny cam"
     r"|\b(?:caregiver|caretaker|aide|babysitter|sitter|nanny|home\s+health\s+(?:aide|nurse))\s+(?:\w+\s+){0,2}?"
     r"(?:slap\w*|hit|hits|hitting|beat\w*|shov\w*|push\w*|kick\w*|punch\w*|abus\w*|chok\w+|pinch\w*|grab\w*|yank\w*)\s+(?:him|her|them|my\s+\w+)\b"
     # the one who does it, named by what he does: "i still live with the guy who chokes me when hes drunk"
     r"|\b(?:guy|man|woman|person|dude|someone|somebody|partner|boyfriend|girlfriend|husband|wife|ex)\s+(?:who|that)\s+(?:still\s+|always\s+|sometimes\s+)?"
     r"(?:hits|beats|chokes|punches|kicks|slaps|strangles|abuses|hurts)\s+me\b"
     # beaten again and again, even as a cause ("the depression is from getting beaten every weekend by my wife")
     r"|\b(?:getting|being|get|gets)\s+(?:beaten|beat\s+up|beat\s+on|hit|choked|slapped|punched|kicked|abused)\s+(?:\w+\s+){0,2}?"
     r"(?:every|each)\s+(?:day|night|weekend|week|time\s+(?:he|she)|other\s+day)\b"
     r"|\bafraid\s+(?:to\s+go\s+home|of\s+my\s+(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mother|ex))\b"
     r"|\b(?:child|elder|spousal|partner)\s+abuse\b|\babus(?:ing|ed|es)\s+(?:me|my|him|her|them|the\s+kids)\b"
     r"|\bnot\s+safe\s+at\s+home\b|\bthreaten\w*\s+to\s+kill\s+me\b"
     # "he be puttin hands on me", "she put her hands on my son"
     r"|\b(?:put|puts|putting|puttin|putin|laid|lays|laying|layin)\s+(?:his\s+|her\s+|their\s+)?hands\s+on\s+(?:me|us|my\s+(?:kids?|son|daughter|children|baby|mom|mother|dad|father|sister|brother|wife|husband)|him|her|them)\b(?!\s+(?:shoulder|arm|back|hand))"),
    ("stroke_signs", MEDICAL,
     r"\b(?:(?:face|mouth|smile)\s+(?:is\s+)?(?:drooping|droopy|numb|crooked)|(?<!cause\s)(?<!causes\s)(?<!give\syou\s)slurr\w+\s+(?:speech|words|talking)|"
     r"speech\s+is\s+slurred|(?:having|think\s+(?:im|i\s+am|hes|shes|he\s+is|she\s+is)\s+having|signs\s+of)\s+a\s+stroke|"
     r"cant\s+(?:feel|move)\s+(?:my\s+|his\s+|her\s+)?(?:arm|leg|face|left\s+side|right\s+side|one\s+side)|"
     rf"(?:just\s+)?{_NOT_A_BODY}(?:collapsed|fainted)\s+(?:and|again|now|right\s+now|just\s+now)|"
     r"(?:bleeding|bleed)\s+(?:a\s+lot|heavily|badly|wont\s+stop)|"
     r"chest\s+(?:pain|hurts|is\s+tight(?!\s+(?:most\s+days|all\s+the\s+time|a\s+lot|sometimes|every\s+day|lately|when\s+im\s+anxious))|tightness|pressure)|cant\s+breathe)\b"),
    # (a heart attack, seizure or fall in the past is history, not an emergency: "having a ..." is caught below)
    ("poisoning", OVERDOSE,
     r"\b(?:(?:i|im|ive|been|got|was|were|is|think|he|she|hes|shes|they|kid|son|daughter|baby|toddler|child)\s+(?:\w+\s+)?poisoned(?!\s+(?:my|his|her|their|the|a)\s+(?:dog|cat|pet|plants?|garden|food))|poisoning|swallowed\s+(?:bleach|cleaner|antifreeze|something)|drank\s+(?:bleach|antifreeze|cleaner)|(?:drinks|drinking|drink\s+the|drank\s+the|swallowed\s+the|swallows)\s+(?:\w+\s+)?(?:bleach|antifreeze|drain\s+cleaner|cleaner|lighter\s+fluid|paint\s+thinner|pesticide|rat\s+poison)|"
     r"ate\s+(?:some\s+|a\s+bunch\s+of\s+)?(?:pills|rat\s+poison))\b"),
    ("threat_place", THREAT,
     r"\b(?:shoot\s+up|blow\s+up|bomb)\s+(?:the|my|a|his|her)\s+(?:school|work|office|church|place|building|class)\b"),
    # Spanish (normalised: accents dropped)
    ("es_suicide", SUICIDE,
     rf"\b(?:me\s+quiero|{_ES_WANT}|me\s+voy\s+a|voy\s+a)\s+(?:morir|morirme|matarme){_ES_NOT_AN_IDIOM}|\b(?:me\s+quiero|me\s+kiero|me\s+voy\s+a)\s+matar\b|"
     r"\bno\s+(?:tengo\s+ganas\s+de|quiero|kiero|puedo\s+seguir|le\s+(?:encuentro|veo)\s+sentido\s+a)\s+(?:vivir|seguir\s+viviendo|la\s+vida|despertar)\b|"
     r"\bmejor\s+(?:me|se|nos)\s+(?:muero|muere|muera|muramos|mato|mata)\b|"
     r"\b(?:quitarme|quitarse|quitar|acabar\s+con\s+(?:mi|su))\s+(?:la\s+)?vida\b|"
     # "matarme", unless someone else is the one who would ("mi mama va a matarme"; see es_kill_me)
     r"(?<!va\sa\s)(?<!van\sa\s)(?<!quiere\s)(?<!quieren\s)(?<!intento\s)(?<!con\s)\bmatarme\b|"
     r"\bmejor\s+(?:estaria\s+|estar\s+)?muert[oa]s?\b|\bya\s+no\s+(?:quiero|kiero|aguanto)\s+(?:vivir|mas|seguir)\b(?!\s+(?:pensando\w*|esperando|buscando|preguntando|con\s+(?:las?|los?|el|esta|este|mi)\s+(?:pastillas?|medicinas?|medicamentos?|tratamiento|terapia|dolor)))|"
     r"\bno\s+vale\s+la\s+pena\s+vivir\b|\bdesaparecer\s+para\s+siempre\b|\bquiere\s+(?:morir|matarse|suicidarse)\b"),
    ("es_suicide_word", SUICIDE, r"\bsuicid(?:io|ios|arme|arse|arte|a|as|ar|o)\b"),
    ("es_self_harm", SELF_HARM,
     rf"\b(?:cortarme|me\s+corto|me\s+estoy\s+cortando|me\s+corte|se\s+corta|se\s+esta\s+cortando)\b{_ES_NOT_A_HAIRCUT}"
     rf"|(?<!no\squiero\s)(?<!no\skiero\s)(?<!no\svoy\sa\s)(?<!nunca\s)\b(?:hacerme\s+dano|me\s+hago\s+dano|lastimarme|me\s+lastimo|autolesion\w*|se\s+hace\s+dano|me\s+(?:he\s+estado|estoy|sigo|estuve|estaba)\s+(?:haciendo\s+dano|lastimando))\b{_ES_NOT_AN_INJURY}"),
    ("es_medical", MEDICAL,
     r"\b(?:no\s+puedo\s+respirar|no\s+puede\s+respirar|dolor\s+(?:en\s+el|de|del)\s+pecho|"
     # not a risk asked about ("me puede dar una convulsion?", "riesgo de un infarto")
     r"(?<!dar\s)(?<!causar\s)(?<!provocar\s)(?<!de\s)(?:un|una)\s+(?:derrame|infarto|ataque\s+al\s+corazon|convulsion)|"
     r"se\s+desmayo|no\s+reacciona(?!\s+(?:a|al|con)\s+(?:los|las|el|la|ningun\w*)?\s*(?:medicamentos?|antidepresivos|tratamientos?|terapias?|pastillas|medicinas?))|"
     r"inconsciente|(?<!sala\sde\s)(?<!caso\sde\s)(?<!cuarto\sde\s)(?<!servicio\sde\s)(?<!hay\suna\s)(?<!en\suna\s)emergencia)\b"),
    ("es_overdose", OVERDOSE,
     r"\b(?:(?<!riesgo\sde\s)(?<!peligro\sde\s)(?<!posibilidad\sde\s)sobredosis|demasiadas\s+pastillas|tome\s+(?:demasiad[oa]s|todas|un\s+monton)|tomo\s+demasiad[oa]s|"
     r"envenen\w*|intoxica\w*)\b"),
    ("es_sexual_assault", SEXUAL_ASSAULT,
     r"\b(?:me\s+violaron|me\s+violo|la\s+violaron|violacion|violad[oa]|abuso\s+sexual|abusaron\s+(?:sexualmente\s+)?de\s+(?:mi|ella|el)|"
     r"agresion\s+sexual|agredieron\s+sexualmente|me\s+tocaron\s+sin|me\s+toco\s+sin)\b"
     # touched or groped by force: "me tocó a la fuerza", "la manosearon sin permiso"
     r"|\b(?:me|la|lo|le|nos)\s+(?:toco|tocaron|tocaba|manoseo|manosearon|manoseaba)\s+(?:\w+\s+)?(?:a\s+la\s+fuerza|sin\s+(?:mi\s+|su\s+)?permiso|sin\s+que\s+(?:yo|ella|el)\s+quisiera)\b"
     # rape, any person or tense ("lo violaron", "la violo su jefe", "violarme"); not a law or a contract broken
     r"|\b(?:me|la|lo|le|nos|te|las|los)\s+(?:violaron|violo|violaba|violaban|viola|violan)\b|\bviol(?:arme|arla|arlo|ador|adores)\b"
     r"|\bviolacion\b(?!\s+(?:de\s+)?(?:la\s+ley|las\s+reglas|derechos|datos|privacidad|contrato))"
     # "abuso de mi", "me abusaron": in Spanish a sexual abuse, unless it is trust or a substance
     r"|\b(?:me|la|lo|le|nos|les)\s+(?:abusaron|abuso|abusaba|abusaban)\b(?!\s+de\s+(?:la\s+|mi\s+|su\s+)?(?:confianza|paciencia|bondad))"
     r"|\babus(?:o|aron|aba|aban|ado|ada)\s+(?:sexualmente\s+)?de\s+(?:mi|ella|el|nosotr[oa]s|mi\s+\w+|su\s+\w+)\b"
     r"(?<!confianza)(?<!paciencia)(?<!bondad)(?<!medicamento)(?<!medicina)(?<!alcohol)(?<!pastillas)(?<!tarjeta)"),
    ("es_abuse", ABUSE,
     # "me pega" is someone hitting, unless an illness or a feeling "hits" ("la depresion me pega fuerte")
     r"\b(?:me\s+maltrata|me\s+amenaza\w*|violencia\s+(?:domestica|familiar|intrafamiliar)|"
     r"maltrato|abusa\s+de\s+mi|tengo\s+miedo\s+de\s+(?:volver\s+a\s+casa|regresar\s+a\s+casa)|le\s+pega\s+a)\b"
     # someone hit, pushed, choked or mistreated, any person: "le pegan a mi papa", "la maltrata su padrastro"
     rf"|{_ES_NOT_A_FEELING}\b(?:me|nos|la|lo|los|las|le|les)\s+(?:(?:va|van|iba|iban|vuelve|volvio|volvieron)\s+a\s+|(?:esta|estan|estaba)\s+)?"
     rf"(?:pega|pegan|pegaron|pegaba|pegaban|pegar|pegando|golpea\w*|golpeo|golpear\w*|patea\w*|pateo|empuj\w+|jalone\w+|ahorc\w+|"
     rf"estrangul\w+|madrea\w*|madreo|cachete\w+|abofete\w+|maltrat\w+)\b"
     r"(?!\s+(?:un\s+susto|la\s+gripa|la\s+gripe|el\s+covid|el\s+virus|el\s+sol|un\s+resfriado|la\s+tos|los\s+piojos|"
     r"a\s+(?:seguir|hacer|ser|mejorar|salir|buscar)|mas\s+de\s+lo\s+que)\b)"
     r"|\bmaltrat\w+\s+a\s+(?:mi|mis|su|sus|los|las|la|el|nuestr\w+)\b"),
    ("es_threat", THREAT,
     # "ya pensé cómo matarlo": how or when to kill someone, thought through
     r"\b(?:pense|pensado|pensando|planeando|planee|planeo|imagino|imaginando)\s+(?:en\s+)?(?:como|cuando|donde)\s+"
     r"(?:matarl[oa]s?|lastimarl[oa]s?|desquitarme\s+con)\b|"
     r"\b(?:voy\s+a|quiero|tengo\s+ganas\s+de)\s+(?:ir\s+a\s+)?(?:matar|lastimar|hacerle\s+dano|golpear|madrear)\s+a\b|\bmatar\s+a\s+alguien\b|"
     r"\b(?:voy\s+a|quiero)\s+(?:matarlo|matarla|matarlos)\b"),
)

# Signs told rather than named (eleventh session): goodbye letters written, "won't make it through the week", a car
# running in a closed garage, someone about to jump; a blade in hand, skin cut or burned; strangers who forced
# themselves on someone; a relative locking someone in or grabbing their throat; alcohol and pills, a child into
# the medicine; stroke signs as a relative describes them.
_SIGNS_RULES: Sequence[Tuple[str, str, str]] = (
    # A stated plan to take a whole supply ("i have the pills in my hand and im going to take them all", "gonna
    # swallow the whole bottle"), or the means at hand and the mind on them ("his pistol in my lap, just tired",
    # "the bottle of oxy is right here and i keep staring at it"): not yet taken, so the suicide resources
    ("intends_all_pills", SUICIDE,
     r"\b(?:going\s+to|gonna|about\s+to|want\s+to|wanna|will|ill|plan(?:ning)?\s+(?:to|on)|thinking\s+(?:of|about)|tempted\s+to|"
     r"could\s+(?:just\s+)?|might\s+(?:just\s+)?)\s*(?:just\s+)?(?:take|swallow|down|pop|chug|taking|swallowing|downing|popping)\s+"
     r"(?:them\s+all|it\s+all|all\s+of\s+(?:them|it|my|the|his|her)|all\s+(?:my|the|his|her|those|these)|(?:the|a|my)\s+(?:whole|entire|full)\s+"
     r"(?:bottle|box|pack|pharmacy|stash|supply|prescription)|the\s+rest\s+of\s+(?:the|my)|every\s+(?:last\s+)?(?:one|pill))\b"
     rf"|\b(?:gun|pistol|rifle|revolver|glock|pills|bottle|{_DRUG}|rope|noose|razor|blade)\b(?:\s+\S+){{0,8}}?\s+"
     r"(?:right\s+here|right\s+there|in\s+my\s+(?:hand|hands|lap|pocket)|next\s+to\s+me|beside\s+me|in\s+front\s+of\s+me)\b"
     r"(?:\s+\S+){0,10}?\s+(?:staring|stare|keep\s+thinking|cant\s+stop\s+thinking|(?:just|so)\s+tired|tired\s+of|done|ready)\b"),
    ("es_intends_all_pills", SUICIDE,
     r"\b(?:voy\s+a|me\s+voy\s+a|quiero|pienso|estoy\s+pensando\s+en|ganas\s+de|tentad[oa]\s+a)\s+(?:\w+\s+)?"
     r"(?:tomarme|tomar|tragarme|tragar|meterme|echarme)\s+(?:tod[oa]s\s+(?:las|mis|los|sus|esas|esos)|toda\s+la\s+caja|todo\s+el\s+(?:frasco|bote))\b"
     r"|\b(?:me\s+)?(?:las|los)\s+(?:voy\s+a|quiero)\s+(?:tomar|tragar)\s+tod[oa]s\b|\b(?:tomarmelas|tragarmelas|tomarmelos|tragarmelos)\s+tod[oa]s\b"
     r"|\b(?:pistola|arma|pastillas|frasco|cuchillo|navaja|soga)\b(?:\s+\S+){0,8}?\s+(?:en\s+la\s+mano|en\s+mis\s+manos|aqui\s+conmigo|"
     r"enfrente\s+de\s+mi|a\s+mi\s+lado|aqui)\b(?:\s+\S+){0,8}?\s+(?:no\s+dejo\s+de\s+(?:mirarl\w+|verl\w+|pensar)|mirandol\w+|ya\s+no\s+aguanto|"
     r"esta\s+noche|cansad[oa]\s+de)\b"),
    ("suicide_signs", SUICIDE,
     r"\b(?:wrote|written|writing|finished|left)\s+(?:\w+\s+){0,2}?(?:letters|notes|a\s+letter|a\s+note)\s+(?:to|for)\s+(?:my|his|her|their|everyone)\b"
     r"|\bwrote\s+my\s+(?:letters|notes|goodbyes?)\b"
     r"|\b(?:wont|will\s+not|not\s+going\s+to|not\s+gonna|dont\s+plan\s+to)\s+see\s+another\s+"
     r"(?:winter|christmas|birthday|year|summer|spring|fall|month|week|thanksgiving)\b"
     r"|\b(?:not\s+sure|dont\s+think|doubt|idk\s+if|dont\s+know\s+if)\s+(?:ill|i\s+will|i\s+can|im\s+gonna|im\s+going\s+to)\s+"
     r"make\s+it\s+(?:through|till|until|past)\b"
     r"|\b(?:wont|will\s+not|aint\s+gonna|not\s+gonna)\s+make\s+it\s+(?:through\s+(?:the|this|another|tonight)|much\s+longer|another\s+(?:day|week|night))\b"
     r"|\bwait\b(?:\s+\S+){0,6}?\s+(?:i|ill)\s+(?:wont|will\s+not)\s+make\s+it\b"
     r"|\b(?:dont|do\s+not|not)\s+plan\s+(?:on|to)\s+(?:being|be)\s+(?:here|around|alive)\b"
     r"|\b(?:if|whether)\s+(?:ill|i\s+will|im\s+gonna|im\s+going\s+to)\s+(?:still\s+)?be\s+(?:here|around|alive)\b"
     r"|\bgarage\b(?:\s+\S+){0,8}?\s+engine\s+(?:running|on)\b|\bengine\s+(?:running|on)\b(?:\s+\S+){0,8}?\s+garage\b"
     r"|\b(?:parked|standing|sitting)\s+(?:up\s+)?(?:on|at)\s+(?:the|a)\s+(?:bridge|overpass|ledge|roof|rooftop|edge)\b"
     r"|\b(?:gonna|going\s+to|wants?\s+to|about\s+to|threaten\w*\s+to)\s+jump\b(?:\s+\S+){0,12}?\s+(?:roof|bridge|building|balcony|ledge|overpass|window)\b"
     r"|\bhow\s+many\s+(?:of\s+)?(?:my\s+|these\s+|the\s+|his\s+|her\s+)?(?:pills|tablets)\s+it\s+(?:would|will)\s+take\b"
     r"|\bgoodbye\b(?:\s+\S+){0,10}?\s+(?:not|isnt|wont|stopped)\s+(?:picking\s+up|answering|responding)\b"
     r"|\bmy\s+affairs\s+are\s+in\s+order\b"),
    ("self_harm_signs", SELF_HARM,
     r"\b(?:razor|blade)\s+in\s+(?:my|her|his)\s+hand\b|\b(?:arms?|wrists?|legs?|thighs?)\s+(?:all\s+)?cut\s+up\b"
     r"|\bcut\s+(?:my|his|her)\s+(?:arm|leg|wrist|thigh|arms|legs|wrists|thighs|stomach)\s+(?:again|tonight|today|last\s+night|open|deep)\b"
     rf"|\bburn\w*\s+(?:my|his|her)\s+(?:\w+\s+)?{_BODY}\s+with\s+(?:a\s+)?(?:lighter|lighters|cigarettes?|match|matches|iron)\b"
     r"|\b(?:did|does|done|doing)\s+(?:it\s+|this\s+|that\s+|them\s+)?to\s+(?:herself|himself|themselves)\b"),
    ("sexual_assault_signs", SEXUAL_ASSAULT,
     r"\b(?:groped|fondled|molested)\s+(?:me|her|him|my\s+(?:son|daughter|kid|child))\b|"
     r"\bpinned\s+(?:me|her|him)\s+down\b|\b(?:the\s+man|a\s+man|a\s+guy|the\s+guy|he|someone|somebody)\s+forced\s+(?:her|me|him)\b(?!\s+to\b)"
     r"|\bi\s+said\s+no\s+(?:so\s+many|many|several|multiple|over\s+and\s+over)\b"
     r"|\b(?:dont|do\s+not|cant|cannot)\s+remember\s+(?:anything|what\s+happened)\s+after\s+(?:one|a|my|two|1|2|the|that)\s+drinks?\b"),
    ("abuse_signs", ABUSE,
     r"\bgrabbed\s+(?:me|her|him)\s+by\s+the\s+(?:throat|neck|hair)\b"
     r"|\b(?:has|have|got|keeps?|kept)\s+(?:her|him|me|them)\s+locked\s+(?:in|up)\b|\b(?:wont|will\s+not|doesnt|does\s+not)\s+let\s+(?:her|him|them)\s+leave\b"
     # hiding from someone drunk or breaking things; an ex who turns up or follows
     r"|\b(?:hiding|hid|locked\s+(?:myself|ourselves)|escondid[oa]s?|me\s+escondi|nos\s+escondimos|encerrad[oa]s?)\b(?:\s+\S+){0,12}?\s+"
     r"(?:drunk|wasted|breaking|smashing|throwing|punching|kicking\s+the\s+door|borracho|borracha|rompiendo|aventando|quebrando|golpeando\s+la\s+puerta|pateando)\b"
     r"|\bmy\s+ex\b(?:\s+\S+){0,14}?\s+(?:outside\s+my\s+(?:house|place|apartment|work|door|window)|knows\s+where\s+(?:i\s+live|im\s+(?:staying|living|at))|following\s+me|"
     r"afuera\s+de\s+mi\s+(?:casa|trabajo|depa|puerta)|sabe\s+donde\s+vivo|me\s+sigue\s+a\s+todos\s+lados)\b"
     r"|\bmi\s+ex\b(?:\s+\S+){0,14}?\s+(?:afuera\s+de\s+mi\s+(?:casa|trabajo|depa|puerta)|sabe\s+donde\s+vivo|me\s+sigue\s+a\s+todos\s+lados)\b"),
    ("overdose_signs", OVERDOSE,
     r"\b(?:doubled|tripled|doubling|tripling)\s+(?:up\s+)?(?:on\s+)?(?:my\s+|his\s+|her\s+)?\w+\b(?:\s+\S+){0,12}?\s+"
     r"(?:drowsy|dizzy|shaking|cant\s+walk|heart\s+(?:is\s+)?(?:racing|pounding)|cant\s+(?:breathe|stay\s+awake|wake)|confused|passing\s+out|throwing\s+up)\b|"
     r"\btook\s+(?:some\s+)?(?:pills|something)\b(?:\s+\S+){0,6}?\s+now\s+(?:hes|shes|he\s+is|she\s+is|im|i\s+am|theyre)\s+(?:\w+\s+)?"
     r"(?:twitching|shaking|burning\s+up|seizing|not\s+breathing|unresponsive|passed\s+out|throwing\s+up|vomiting|confused|blue)\b"
     r"|\b(?:swallowed|ate|got\s+into)\s+(?:some|a\s+few|several)\s+(?:of\s+)?(?:my|his|her|the|\w+s)\s+(?:\w+\s+)?(?:pills|meds|medicine|medication|tablets)\b"
     # drink on top of a sedative and hard to stay awake; pills mixed with drink and feeling it; "already took 15"
     rf"|\b(?:drank|drinking|had)\b(?:\s+\S+){{0,6}}?\s+(?:on\s+top\s+of|with|plus|after)\s+(?:my\s+|his\s+|her\s+|some\s+)?(?:\w+\s+)?{_DRUG}\b"
     r"(?:\s+\S+){0,10}?\s+(?:barely|cant\s+(?:keep|stay|wake)|keep\s+(?:nodding|passing)|passing\s+out|slurring|wont\s+wake|not\s+waking)\b"
     rf"|\bmix\w*\s+(?:\w+\s+){{0,4}}?{_DRUG}\s+with\s+(?:\w+\s+){{0,3}}?{_ALCOHOL}\b(?:\s+\S+){{0,8}}?\s+(?:feel|feeling|weird|sick|dizzy|cant|wont|passed|numb|heart)"
     r"|\b(?:already|just)\s+(?:took|taken|swallowed|popped|ate)\s+(?:like\s+|about\s+|around\s+|maybe\s+)?(?:[1-9]\d|ten|twelve|fifteen|twenty|thirty|forty|fifty)\b"
     r"(?!\s*(?:mg|mgs|milligrams?|ml|mcg|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|sessions?|infusions?|treatments?|times|units|percent)\b)"
     # "how many ibuprofen is lethal because ive already had 30"
     r"|\b(?:lethal|deadly|fatal|too\s+many)\b(?:\s+\S+){0,4}?\s+(?:ive|i\s+have|i|hes|shes|he|she)\s+(?:already|just)\s+(?:had|taken|took|swallowed)\s+(?:like\s+|about\s+|around\s+)?(?:[1-9]\d|ten|twelve|fifteen|twenty|thirty|forty|fifty)\b"
     r"(?!\s*(?:mg|mgs|milligrams?|ml|mcg|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|sessions?|infusions?|treatments?|times|units|percent)\b)"),
    ("es_signs", SUICIDE,
     r"\bse\s+va\s+a\s+(?:aventar|tirar|lanzar)\s+(?:del|de\s+(?:un|el|la|su))\s+(?:carro|puente|edificio|techo|azotea|coche|troca)\b"
     r"|\b(?:dormir(?:me)?|quedarme\s+dormid[oa])\s+y\s+no\s+(?:volver\s+a\s+)?despertar\b|\bescrib\w*\s+(?:\w+\s+){0,2}?cartas?\s+(?:a\s+mis?|de\s+despedida|para\s+mis?)\b|\bcartas?\s+de\s+despedida\b"
     # "no se si voy a seguir aqui para la cita", "no creo llegar al fin de semana"
     r"|\bno\s+(?:se|creo)\s+(?:si\s+)?(?:voy\s+a\s+|vaya\s+a\s+)?(?:seguir|estar|quedar)\s+(?:aqui|viv[oa]|con\s+vida)\b"
     r"|\bno\s+creo\s+(?:llegar|aguantar)\s+(?:a|al|hasta)\s+(?:el\s+|la\s+)?(?:fin\s+de\s+semana|manana|la\s+cita|el\s+lunes|la\s+otra\s+semana)\b"
     # "no creo que llegue al lunes" (not "que llegue a tiempo", "que el paquete llegue")
     r"|\bno\s+creo\s+que\s+(?:yo\s+)?(?:llegue|aguante)\s+(?:al?|hasta\s+el)\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin\s+de\s+semana)\b"),
    ("es_overdose_signs", OVERDOSE,
     # someone found collapsed beside an emptied pack: "la encontre tirada con el blister de clonazepam vacio, respira raro"
     r"\b(?:tirad[oa]|desmayad[oa]|inconsciente|no\s+(?:despierta|responde|reacciona))\b(?:\s+\S+){0,8}?\s+(?:blister|frasco|bote|botella|caja|tira)\s+(?:\w+\s+){0,3}?vaci[oa]\b"
     r"|\b(?:blister|frasco|bote|botella|caja|tira)\s+(?:\w+\s+){0,3}?vaci[oa]\b(?:\s+\S+){0,8}?\s+(?:respira|no\s+(?:despierta|responde|reacciona)|tirad[oa]|desmayad[oa]|inconsciente)\b|"
     r"\bse\s+(?:tomo|trago|comio|bebio)\s+(?:\w+\s+){0,3}?(?:entero|entera|completo|completa)\b"
     r"|\bse\s+(?:tomo|trago|comio)\s+todas?\s+(?:las|los)\s+(?:pastillas|medicinas|pildoras|tabletas)\b"),
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
    r"\b(?:i\s+(?:feel|am|have\s+been|ve\s+been|been|keep\s+feeling)|im|feeling|feel)\s+(?:(?:so|really|very|super|"
    r"completely|totally|just|kind\s+of|kinda|pretty|incredibly)\s+){0,2}(?:depressed|hopeless|worthless|"
    r"empty|numb|miserable|down(?!\s+(?:in|at|to|near|by|south|there|here|with|the|from)\b)|low|sad|lonely|alone|broken|exhausted|awful|terrible|lost|overwhelmed|stuck|defeated|"
    r"drained|dead\s+inside|struggling)\b|\bnothing\s+(?:helps|works|ever\s+works|is\s+working|ever\s+helps|seems\s+to\s+help|ever\s+gets\s+better|gets\s+better)\b|"
    r"\bi\s+cant\s+(?:cope|handle\s+(?:it|this|anything))\b|\b(?:no|lost\s+all|losing|lose|lost)\s+hope\b|\bso\s+tired\s+of\s+feeling\b|"
    r"\b(?:me\s+siento|estoy|ando)\s+(?:muy\s+|tan\s+|bien\s+|super\s+)?(?:deprimid[oa]|triste|sin\s+esperanza|vaci[oa]|sol[oa]|"
    r"cansad[oa]\s+de\s+todo|hart[oa]|agotad[oa]|sin\s+ganas)\b|\blloro\s+(?:todas|todos|cada)\b|\bno\s+tengo\s+ganas\s+de\s+(?:hacer\s+)?nada\b"
    # Spanish, as it is typed: "toy bien bajoneado", "me siento desesperanzada", "mi hijo esta muy triste"
    r"|\b(?:me\s+siento|me\s+he\s+sentido|me\s+e\s+sentido|siento|sentirme|estoy|toy|ando|sigo|vivo)\s+"
    r"(?:muy\s+|tan\s+|bien\s+|super\s+|re\s+|demasiado\s+|bastante\s+|algo\s+|un\s+poco\s+|como\s+|medio\s+)?"
    r"(?:deprimid[oa]s?|triste|sin\s+esperanzas?|desesperanzad[oa]|vaci[oa]|sol[oa]|apagad[oa]|bajonead[oa]|aguitad[oa]|"
    r"desanimad[oa]|perdid[oa]|atorad[oa]|estancad[oa]|sin\s+salida|abrumad[oa]|agobiad[oa]|estresad[oa]|frustrad[oa]|"
    r"quemad[oa]|hart[oa]|agotad[oa]|fatal|mal|de\s+la\s+chingada|del\s+asco|sin\s+ganas|sin\s+animo|inutil|fracasad[oa]|"
    r"desesperad[oa]|destrozad[oa]|devastad[oa]|miserable|rot[oa]|en\s+el\s+hoyo|por\s+los\s+suelos)\b"
    r"|\b(?:esta|anda|estan|andan)\s+(?:muy\s+|tan\s+|bien\s+|super\s+|re\s+|demasiado\s+)?(?:deprimid[oa]s?|triste|tristes|"
    r"desesperanzad[oa]|apagad[oa]|bajonead[oa]|aguitad[oa]|desanimad[oa])\b"
    # much anxiety, panic every day, the illness in charge: "la ansiedad me tiene sin poder salir"
    r"|\b(?:tengo|traigo|siento|me\s+da|me\s+dan|con)\s+(?:mucha|muchisima|demasiada|tanta|bastante|un\s+monton\s+de)\s+"
    r"(?:ansiedad|angustia|tristeza|depresion|depre)\b"
    r"|\bataques\s+de\s+(?:panico|ansiedad)\s+(?:\w+\s+){0,2}?(?:diario|diarios|todos\s+los\s+dias|cada\s+(?:dia|rato|noche)|seguido|a\s+diario)\b"
    r"|\b(?:la|mi)\s+(?:ansiedad|depresion|depre|tristeza|angustia)\s+(?:me\s+)?(?:tiene|esta\s+matando|come|consume|gana|ahoga|"
    r"rebasa|supera|paraliza|domina|no\s+me\s+deja)\b"
    # nothing brings joy, no getting up, worthless, at the end of one's strength, worry that never stops
    r"|\bnada\s+me\s+(?:da\s+gusto|alegra|emociona|llena|motiva|importa|hace\s+feliz|interesa|sale\s+bien)\b|\btodo\s+me\s+sale\s+mal\b"
    r"|\b(?:ya\s+)?no\s+disfruto\s+(?:de\s+)?nada\b|\bno\s+levanto\s+cabeza\b|\bno\s+(?:me\s+)?(?:puedo|quiero)\s+(?:levantar(?:me)?|salir)\s+de\s+la\s+cama\b"
    r"|\bno\s+valgo\s+nada\b|\bno\s+sirvo\s+(?:para|pa)\s+nada\b|\bsoy\s+(?:un|una)\s+(?:fracaso|fracasad[oa]|desastre|basura|decepcion)\b"
    r"|\bya\s+no\s+puedo\s+(?:mas|con\s+(?:tanto|tanta|esto|todo|mi\s+vida))\b|\bno\s+puedo\s+con\s+(?:tanto|tanta|todo|esto)\b"
    r"|\bme\s+preocupo\s+(?:por|x|de)\s+todo\b|\bmi\s+cabeza\s+no\s+para\b"
    r"|\bnunca\s+voy\s+a\s+(?:estar\s+bien|salir\s+de\s+esto|mejorar|ser\s+feliz)\b|\bnada\s+(?:va|fuera|vaya)\s+a\s+mejorar\b"
    r"|\blloro\s+(?:mucho|diario|a\s+diario|sin\s+razon|por\s+todo|sin\s+motivo)\b|\bno\s+paro\s+de\s+llorar\b|\bno\s+le\s+veo\s+salida\b"
    # "everything feels kinda hopeless", "i feel like a failure", "my depression is really bad this week"
    r"|\b(?:everything|life|it\s+all|things|this\s+week|today)\s+(?:just\s+|really\s+)?(?:feels|is|seems)\s+(?:\w+\s+){0,2}?"
    r"(?:hopeless|heavy|pointless|too\s+much|dark|so\s+hard|awful|unbearable)\b"
    r"|\b(?:feel|feeling|felt|im)\s+(?:\w+\s+)?like\s+(?:a\s+)?(?:failure|garbage|crap|trash|nothing|a\s+mess|ive\s+wasted)\b"
    r"|(?<!not\s)(?<!stopped\s)\bcrying\s+(?:every|all|for\s+(?:a|days|weeks))\b|(?<!dont\s)(?<!not\s)\bcry\s+(?:every|all)\s+(?:day|night)\b"
    r"|\b(?:depression|anxiety|life|everything|this\s+month|this\s+week)\s+(?:is\s+|has\s+been\s+)?(?:kicking|whooping)\s+my\s+(?:ass|butt)\b"
    r"|\b(?:my\s+)?(?:depression|anxiety|pain)\s+(?:is|has\s+been|s|been)\s+(?:\w+\s+){0,2}?(?:bad|awful|terrible|worse|through\s+the\s+roof|crushing|unbearable)\b"
    r"|\b(?:anxiety|stress)\s+(?:is\s+)?through\s+the\s+roof\b|\bhavent\s+(?:gotten|got|been)\s+out\s+of\s+bed\b"
    r"|\bin\s+a\s+(?:dark|bad|really\s+bad)\s+place\b|\b(?:so|really|very|super)\s+(?:overwhelmed|sad|helpless)\b"
    r"|\b(?:dont|do\s+not)\s+feel\s+like\s+(?:myself|me)\b|\b(?:zero|no)\s+motivation\b|\btired\s+of\s+pretending\b"
    r"|\bmiss\s+who\s+i\s+used\s+to\s+be\b|\bmakes?\s+me\s+(?:so\s+|really\s+)?(?:depressed|sad|miserable)\b"
    r"|\bworn\s+(?:down|out)\b|\brough\s+(?:night|day|week|month)\b|\bflashbacks\s+again\b"
    r"|\b(?:never|not\s+ever)\s+(?:going\s+to|gonna)\s+(?:get\s+better|lift|go\s+away|feel\s+(?:better|normal|like\s+myself))\b"
    r"|\bjust\s+needed\s+to\s+(?:tell|talk\s+to)\s+someone\b|\bfeel\s+(?:sick\s+and\s+)?(?:scared|helpless)\b"
    r"|\b(?:cant|cannot|can\s+not)\s+stop\s+crying\b|\bfeel\s+like\s+(?:a|such\s+a|a\s+huge|a\s+big)\s+burden\b"
)
_ASKS_ABOUT_TREATMENT = (
    r"\b(?:ketamine?|ketamina|treatment|treatments|infusion|infusions|therapy|therapies|session|sessions|clinic|"
    r"consult\w*|appointment|cost|price|help\s+with|work\s+for|works\s+for|could\s+it|can\s+it|does\s+it|would\s+it|"
    r"will\s+it|spravato|esketamine|side\s+effects?|efectos|secundarios)\b"
    r"|\bis\s+(?:this|it|ketamine)\s+(?:just\s+)?(?:another|one\s+of|like|different|the\s+same|something)\b"
    # "my husband is so depressed and nothing helps him, is this for that"
    r"|\bis\s+(?:this|that|it)\s+(?:meant\s+|used\s+|made\s+)?for\s+(?:that|this|him|her|them|people\s+like)\b"
    # "does this ever help people who...", "could this get me back to work": asked of the treatment
    r"|\b(?:does|do|can|could|will|would)\s+(?:this|that)\s+(?:\w+\s+)?(?:help|work|fix|get|make|do)\b"
    r"|\bhow\s+(?:much|many|long|fast|soon|often)\b|\b(?:on\s+my\s+end|going\s+to\s+be)\b"
    # "cuanto cuesta" asks a price; "todo me cuesta mucho" (everything is hard) does not
    r"|\b(?:cuanto|que\s+tanto)\s+cuesta\b|\bcuesta\s+(?:la|el|cada|una|un)\b"
    r"|\b(?:terapias?|tratamientos?|infusion|infusiones|sesion|sesiones|clinica|consulta|cita|costo|precio|"
    r"cuanto|cuanta|cuantas|cuantos|sirve|serviria|funciona|funcionaria|ayudarme|ayudaria|me\s+puede\s+ayudar|podria\s+ayudar|"
    r"(?:esto|eso|me|le|les)\s+ayuda|"
    r"resultados)\b"
)

# A message that laughs at itself ("lol", "lmao", "haha"): one of the marks of a figure of speech below
_LAUGHED_OFF = r"(?=.*\b(?:lol|lmao|lmfao|haha\w*|jk)\b)"
# Threats that are figures of speech: "i would literally murder someone for a full nights sleep", and a threat made
# only on a condition of "one more" annoyance and laughed off ("if i have to sit through one more 'have you tried
# yoga' talk im going to kill someone lol"), unless a weapon, a plan or "seriously" is in the message
_THREAT_IDIOM = re.compile(
    r"\b(?:would|id|could)\s+(?:literally\s+|honestly\s+)?(?:kill|murder)\s+(?:someone|somebody|for)\s+for\s+(?:a|an|some|one)\b"
    # "jokes that the pain is killing her"
    # "jokes that the pain is killing her", "my wife says my snoring is killing her lol": a thing, not a person, kills
    r"|\b(?:pain|back|migraines?|headaches?|job|commute|work|knee|neck|fibro\w*|arthritis|snoring|noise|music|"
    r"barking|cooking|singing|coughing|traffic|heat|bills|rent|schedule|shifts?|hours|cold)\s+(?:is|are)\s+"
    r"(?:literally\s+|slowly\s+)?killing\s+(?:me|her|him|them|us)\b"
    r"|^(?!.*\b(?:seriously|serious|not\s+(?:joking|kidding)|for\s+real|knife|gun|pistol|weapon|tonight|plan)\b)"
    rf"{_LAUGHED_OFF}.*(?:\bif\s+(?:\w+\s+){{0,6}}?one\s+more\b"
    # "my sister makes me so mad i could kill her haha"
    r"|\b(?:so\s+mad|so\s+angry|so\s+annoyed|drives\s+me\s+(?:nuts|crazy)|makes\s+me\s+(?:so\s+)?(?:mad|crazy))\b(?:\s+\S+){0,4}?\s+"
    r"i\s+could\s+(?:literally\s+)?(?:kill|strangle|murder|choke)\s+(?:her|him|them)\b)"
)
_JEST = re.compile(
    r"\b(?:ja(?:ja)+\w*|je(?:je)+\w*|jsjs\w*|xd+|lol|jk|es\s+broma|de\s+broma|bromeando)\b"
    r"|\bsi\s+no\s+(?!(?:le|lo|la|les|los|las|me|te|nos|regreso|vuelvo|hago\s+lo\s+que)\b)\w+"
    r"|\b(?:jefe|jefa|maestr[oa]|profe|supervisor[a]?)\s+me\s+va\s+a\s+matar\s+si\s+(?:llego\s+tarde|falto|no\s+llego)\b"
)
# Rules whose words are as often a figure of speech, and what the figure looks like: "mi mama me va a matar si no
# llego" is not a crisis when the message laughs, says it is a joke, or names an everyday "if I don't ..." ("si no
# agendo", not "si no le doy dinero"); a threat to others, when it is one of the idioms above
_WAITING_TO_HAPPEN = re.compile(
    r"\b(?:an?\s+)?(?:overdose|od|disaster|accident)\s+waiting\s+to\s+happen\b"
    # "what dose would someone 110 lbs get? don't want to overdose lol"
    r"|\b(?:dont|do\s+not|wouldnt|would\s+not|never)\s+want\s+to\s+(?:overdose|od)\b|\bso\s+(?:i|you|they|someone|nobody)\s+(?:dont|doesnt|do\s+not|does\s+not|wont)\s+(?:overdose|od)\b"
    # "overdosed on coffee this morning lol"
    r"|\b(?:overdos\w*|oded|od\s*d|od)\s+on\s+(?:coffee|caffeine|sugar|candy|chocolate|cake|cookies|pizza|carbs|espresso|energy\s+drinks?|"
    r"red\s+bull|netflix|tv|reality\s+tv|true\s+crime|podcasts?|sunshine|cuteness|work|reddit|threads|research|articles|info|information|"
    r"tiktok|youtube|videos|reading|google|googling|books|self\s+help(?:\s+books)?|podcasts)\b"
    # "people keep telling me ill OD on horse drugs lol": someone else's warning
    r"|\b(?:telling|told|tell|warn\w*)\s+me\s+(?:ill|i\s+will|id|i\s+would|i\s+could|im\s+gonna)\s+(?:od|overdose)\b"
)
# a burn from cooking or ironing, told as an accident ("burned my hand on the stove making breakfast lol")
_KITCHEN_ACCIDENT = re.compile(
    r"^(?!.*\bon\s+purpose\b)(?=.*\b(?:by\s+accident|accidentally|cooking|making\s+(?:breakfast|lunch|dinner|food|coffee|tea|pasta)|baking|"
    r"ironing|frying|grilling)\b)"
)
# "if i have to sit through one more intake call im gonna jump out a window lol", "traffic on the 405 makes me want to
# end it all lmao": an everyday annoyance laughed off (a meeting, a form, a call, traffic), unless the message says it
# is serious or names a means or a time ("one more day like this", "one more breakup" are not annoyances)
_SELF_IDIOM = re.compile(
    # a sign-off to the chat: "Very good. I will discuss it with my wife tonight. Goodbye."
    r"^(?!.*\b(?:forever|for\s+good|last\s+time|final|pills|gun|rope|knife|bridge|note|end\s+it|kill|die|suicid\w*)\b).*"
    r"\b(?:discuss|talk\s+(?:it|this)\s+over|talk\s+(?:about\s+)?(?:it|this)|go\s+over\s+(?:it|this)|run\s+(?:it|this)\s+by|think\s+(?:it|this)\s+over)"
    r"(?:\s+\w+){0,3}?\s+with\s+my\s+(?:wife|husband|partner|family|doctor|therapist|psychiatrist|kids|son|daughter|mom|dad|"
    r"boyfriend|girlfriend|fiance|fiancee|spouse)\b|"
    # "been shooting myself in the foot with therapy for years"; "am i gonna die on the table or what 😂": a fear of
    # the treatment, asked
    r"\b(?:shoot|shooting|shot)\s+(?:myself|yourself|himself|herself)\s+in\s+the\s+foot\b|"
    r"\b(?:am\s+i|will\s+i|would\s+i|could\s+i|do\s+(?:people|you)|does\s+anyone)\s+(?:\w+\s+){0,2}?die\s+(?:on\s+the\s+table|during\s+(?:it|the\s+\w+)|from\s+(?:it|this|ketamine|the\s+(?:infusion|treatment)))\b|"
    # a thing that "dies": "my credit card is gonna die after this", "my phone is about to die"
    r"\b(?:credit\s+card|card|wallet|bank\s+account|savings|phone|battery|laptop|car|budget)\s+(?:is\s+)?(?:gonna|going\s+to|about\s+to|will)\s+die\b|"
    # a pet that may die: "my dog ate a chocolate bar, is he going to die??"
    r"\b(?:dog|cat|puppy|kitten|pet|hamster|bird|rabbit|bunny|parrot|goldfish|turtle)\b(?:\s+\S+){0,10}?\s+(?:is|will)\s+(?:he|she|it)\s+(?:going\s+to\s+|gonna\s+)?die\b|"
    r"^(?!.*\b(?:seriously|serious|not\s+(?:joking|kidding)|for\s+real|tonight|plan|pills|gun|rope|knife|bridge|really\s+mean)\b)"
    + _LAUGHED_OFF +
    r".*(?:\bif\s+(?:\w+\s+){0,6}?one\s+more\s+(?:\S+\s+){0,4}?(?:meeting|zoom|call|calls|form|forms|email|class|lecture|talk|question|"
    r"questions|ad|ads|commercial|survey|intake|song|episode|group\s+project|spreadsheet|report|shift|customer|voicemail|"
    r"hold\s+music|traffic\s+jam|line|webinar|training|presentation|bill|robocall|time)\b"
    r"|\b(?:traffic|work|my\s+(?:boss|job|commute)|this\s+(?:job|class|meeting|traffic|weather|week)|mondays?|homework|finals|the\s+dmv|"
    r"the\s+\d+|taxes)\b(?:\s+\S+){0,4}?\s+makes?\s+me\s+want\s+to"
    # "got so drunk at my cousins wedding i wanted to die the next morning lmao": a hangover
    r"|\b(?:hungover|hangover|so\s+drunk)\b(?:\s+\S+){0,10}?\s+(?:wanted|want)\s+to\s+die\s+the\s+next\s+(?:morning|day))"
)
# "me da miedo que me haga daño": harm from the treatment feared, asked about ("tiene efectos secundarios?")
_ES_FEARED_HARM = re.compile(
    r"\b(?:miedo|preocupa\w*|temo|nervios\w*|asusta\w*)\s+(?:de\s+)?(?:que|q)\s+(?:\w+\s+){0,3}?me\s+(?:haga|hagan|vaya\s+a\s+hacer|cause)\s+dano\b"
)
# "they use ketamine on violent patients in the back of the ambulance": what paramedics do, asked about, not a call now
_USE_ASKED = re.compile(
    r"^(?!.*\b(?:now|right\s+now|tonight|today|just|help)\b)(?=.*\b(?:use|used|uses|using|give|gave|gives|giving)\s+(?:\w+\s+){0,3}?ketamine\b)"
)
# ... or what the clinic does: "if someone has a bad reaction at the clinic do your staff call 911 or handle it there?"
_USE_ASKED_OR_CLINIC = re.compile(
    _USE_ASKED.pattern + r"|\b(?:do|does|would|will|can)\s+(?:your|the|you|yall)\s+(?:\w+\s+)?(?:staff|clinic|team|doctors?|nurses?|office|guys)?\s*call\s+911\b"
    # "is there someone to call after hours if a patient is in crisis, or is it just 911?": the clinic's process
    r"|\bif\s+(?:a|one\s+of\s+(?:your|the))\s+patients?\s+(?:is|has|gets|says|feels|goes)\b"
)
# "i feel like a burden ... im safe, just really low tonight": distress, not danger, when the writer says so
_SAYS_SAFE = re.compile(r"\b(?:im|i\s+am)\s+(?:safe|not\s+in\s+danger)\b(?!\s+(?:to|from|with|for|enough|if)\b)")
_FAMILY_JOKE = re.compile(
    r"^(?!.*\b(?:seriously|not\s+(?:joking|kidding)|gun|knife|pistol|weapon|bruises?|black\s+eye|hit|hits|beats?|choked|drunk)\b)"
    + _LAUGHED_OFF
)
# "so angry at my brother I could strangle him, he dented my car": said of a small thing, with no weapon, plan or now
_COULD_STRANGLE = re.compile(
    r"^(?!.*\b(?:gun|knife|pistol|rifle|weapon|tonight|right\s+now|rn|plan|really\s+mean|not\s+(?:joking|kidding))\b)"
    r".*\b(?:i|id)\s+could\s+(?:literally\s+|honestly\s+)?(?:strangle|kill|murder|throttle)\s+(?:him|her|them)\b"
)
# "can i use this chat in an emergency": what the chat is for, asked about
_CHAT_IN_EMERGENCY = re.compile(
    r"^(?!.*\b(?:now|right\s+now|tonight|help\s+me|having)\b).*\b(?:can|could|should|do)\s+i\s+(?:use|text|message|contact)\s+"
    r"(?:this|the|you|u)\s*(?:chat|bot|assistant|line|number)?\s+(?:in|for|during)\s+(?:an?\s+)?emergenc\w*\b"
)
_FIGURES_OF_SPEECH: Dict[str, Pattern[str]] = {"emergency": _CHAT_IN_EMERGENCY, "abuse": _COULD_STRANGLE, "family_threat": _FAMILY_JOKE, "es_kill_me": _JEST, "harm_others": _THREAT_IDIOM, "kill_other": _THREAT_IDIOM,
                                                "overdose": _WAITING_TO_HAPPEN, "self_harm_plain": _KITCHEN_ACCIDENT,
                                                "suicide_signs": _SELF_IDIOM, "suicide_intent": _SELF_IDIOM, "suicide_hidden": _SELF_IDIOM, "end_it": _SELF_IDIOM,
                                                "want_die": _SELF_IDIOM, "kill_self": _SELF_IDIOM, "kill_me": _SELF_IDIOM,
                                                "means": _SELF_IDIOM, "call_911": _USE_ASKED_OR_CLINIC, "burden": _SAYS_SAFE,
                                                "es_self_harm_acts": _ES_FEARED_HARM}


def is_figure_of_speech(normalized: str, category: str) -> bool:
    """Whether a normalised message says a threat (`category` THREAT) or a wish to die (SUICIDE, SELF_HARM) as an
    everyday figure ("if i have to sit through one more 'have you tried yoga' talk im going to kill someone lol"): the
    safety net does not let the classifier read it as that kind of crisis either."""
    if category == THREAT:
        return bool(_THREAT_IDIOM.search(normalized))
    return category in (SUICIDE, SELF_HARM) and bool(_SELF_IDIOM.search(normalized))

# Rules that also match a crisis word used as a topic, and what such a topic looks like. A message whose only
# crisis matches are these rules, that names the topic and says nothing of anyone's own present danger, is a
# question about the topic. Anything else a rule catches ("I want to die, can ketamine help?") is a crisis.
# Rules for what someone has done or is doing now ("the rope is already in the closet", "ya pense como hacerlo"): a
# year or a span elsewhere in the message ("fibromyalgia since 2014", "depresion desde hace 10 anos") is not their time
_TOLD_NOW_RULES = frozenset({"suicide_told", "self_harm_told", "medical_told", "overdose_told", "sexual_assault_told",
                             "threat_told", "es_suicide_told", "es_self_harm_told", "es_medical_told", "suicide_told_now",
                             "threat_armed_near", "medical_told_now", "self_harm_told_now", "abuse_told_now",
                             "sexual_assault_told_now"})
_TOPIC_RULES = frozenset({"suicide", "es_suicide_word", "self_harm", "hurt_self", "sexual_assault", "es_sexual_assault", "overdose",
                          "es_overdose", "es_overdose_acts", "abuse", "es_abuse"})
# "do the side effects ever include chest pain or trouble breathing?": a medical sign asked about as a side effect,
# of no one in particular and not now
_SIGN_RULES_ASKED = frozenset({"stroke_signs", "medical_signs", "medical_plain", "not_breathing", "medical_acute", "sudden_headache"})
_SIGN_AS_SIDE_EFFECT = re.compile(
    r"\b(?:side\s+effects?\s+(?:ever\s+)?(?:include|includes|including|like)|(?:can|could|does|do|will|would)\s+(?:ketamine|it|the\s+(?:infusion|treatment|spray)|"
    r"this|esketamine|spravato)\s+(?:ever\s+)?(?:cause|give\s+(?:you|people)|lead\s+to|trigger))\b"
    # "is it normal to feel short of breath during an infusion or would that be a bad sign"
    r"|\bis\s+it\s+normal\s+to\s+(?:feel|get|have|be)\b(?:\s+\S+){0,6}?\s+(?:during|after)\s+(?:an?|the|my|your)\s+(?:infusion|treatment|session|dose)\b"
)
_TOPIC = re.compile(
    r"\bsuicid\w*\s+(?:thoughts?|thinking|ideation|ideas|feelings|urges|patients|people|risk|rates?|prevention|depression|"
    r"tendencies|behaviou?r|level)\b|\b(?:people|patients|a\s+patient|those|someone|anyone|personas|pacientes)\s+(?:\w+\s+){0,3}?suicid\w*|\bself\s*harm\w*(?:\s+\w+)?\s+in\s+general\b|\b(?:include|includes|including|treat|treats|cover|covers)\s+(?:stuff\s+|things\s+)?(?:like\s+)?self\s*harm(?:ing)?\s+(?:urges|thoughts|behaviou?rs?)\b|\b(?:people|patients|those|anyone)\s+who\s+self\s*harm\b"
    r"|\b(?:pensamientos|ideas?|ideacion)\s+suicidas?\b|\bsuicidality\b"
    # "do you have to be suicidal to qualify?"
    r"|\b(?:have|has|need|needs)\s+to\s+be\s+(?:actively\s+|really\s+)?suicid\w*\s+(?:to|for|before)\b"
    r"|\b(?:after|from|of|survivors?\s+of|related\s+to|due\s+to|caused\s+by|for|like|such\s+as|including|involving)\s+"
    r"(?:a\s+|past\s+|old\s+|childhood\s+)?(?:sexual\s+(?:assault|abuse|trauma)|rape|military\s+sexual\s+trauma)\b"
    r"|\bdate\s+rape\s+(?:drugs?|stories|cases|thing)\b|\b(?:sexual\s+assault|rape)\s+survivors?\b"
    # "can it help with trauma from growing up in an abusive home"
    r"|\b(?:trauma|ptsd|cptsd)\s+(?:from|of|after)\s+(?:growing\s+up\s+(?:in|with)\s+)?(?:an?\s+)?(?:abusive|violent)\s+(?:home|household|childhood|parents?|family)\b"
    # "can ketamine make someone want to hurt themselves": a side effect asked about
    r"|\b(?:can|could|does|do|will|would)\s+(?:ketamine|it|the\s+(?:infusions?|treatment|spray))\s+(?:ever\s+)?(?:make|cause|lead)\s+"
    r"(?:someone|people|anyone|patients|a\s+person)\s+(?:to\s+)?(?:want\s+to\s+)?(?:hurt|harm|kill)\s+themselves\b"
    # "I was abused as a kid, does ketamine help PTSD from that"
    r"|\b(?:was|were|got|been)\s+(?:sexually\s+|physically\s+|emotionally\s+)?(?:abused|molested|assaulted|raped)\s+"
    r"(?:as\s+a\s+(?:kid|child|teen|teenager|girl|boy)|growing\s+up|when\s+i\s+was\s+(?:a\s+kid|little|young|younger|a\s+child|a\s+teen|\d+))\b"
    r"|\boverdos\w*\s+(?:a\s+|an\s+)?(?:real\s+)?(?:risk|danger|concern|possibility|possible|common|likely)\b"
    # "burnt out from seeing overdoses every shift", "the risk of someone ... hurting themselves during it"
    r"|\b(?:seeing|see|treat|treating|saw|deal\s+with|dealing\s+with)\s+(?:so\s+many\s+)?overdoses\b"
    r"|\b(?:risk|chance|possible|possibility|likely)\b(?:\s+\S+){0,12}?\s+(?:hurting|harming)\s+themselves\b"
    r"|\b(?:after|from|of|survivors?\s+of|related\s+to|due\s+to|caused\s+by|been\s+through|gone\s+through|went\s+through|experienced|victims?\s+of)\s+(?:a\s+|past\s+|childhood\s+)?(?:domestic\s+(?:violence|abuse)|child\s+abuse|abuse)\b"
    # "what's the connection between ptsd and domestic violence", "could someone get addicted and end up overdosing?"
    r"|\b(?:connection|link|links|relationship|correlation)\s+between\b(?:\s+\S+){0,4}?\s+(?:domestic\s+(?:violence|abuse)|abuse|sexual\s+assault|rape|suicide|self\s*harm|overdoses?)\b"
    r"|\b(?:could|can|do|does|would)\s+(?:someone|people|anyone|patients|a\s+person)\s+(?:\w+\s+){0,6}?end\s+up\s+overdos\w*"
    r"|\b(?:possible|able)\s+to\s+(?:overdose|od)\b|\bod\s+(?:during|at|in)\s+(?:the\s+|a\s+|an\s+|my\s+)?(?:treatment|clinic|infusion|session)s?\b"
    r"|\boverdos\w*\s+on\s+(?:ketamine|it|k|this|that|spravato|esketamine)\b|\b(?:can|could)\s+(?:you|someone|people|anyone|one|u|i)\s+(?:overdose|od)\b(?!\s+(?:tonight|now|right\s+now))|\boverdos\w*\s+(?:during|at|in)\s+(?:the\s+|a\s+|an\s+|my\s+)?(?:treatment|clinic|infusion|session)s?\b|\b(?:a\s+)?(?:past|previous|prior|history\s+of\s+(?:an?\s+)?)\s*overdos\w*|\b(?:people|ppl|folks|kids)\s+(?:\w+\s+)?(?:od|overdose)\s+on\b"
    # "do you treat addiction, like people who have overdosed before"
    r"|\b(?:people|ppl|folks|patients|those|anyone|someone)\s+who\s+(?:have\s+|has\s+|had\s+)?(?:\w+\s+)?(?:overdosed|od)\s+(?:before|in\s+the\s+past|already)\b"
    r"|\b(?:how|is\s+it)\s+(?:\w+\s+)?(?:risky|likely|common|dangerous|possible)\s+(?:is\s+)?(?:an\s+|to\s+)?overdos\w*"
    r"|\b(?:risk|chance|danger|possibility)\s+of\s+(?:an\s+)?overdos\w*|\boverdose\s+risk\b|\bdied\s+(?:of|from)\s+an?\s+overdose\b"
    r"|\bsobredosis\s+(?:de|con)\s+(?:ketamina|esto|eso)\b|\b(?:se\s+puede|puede\s+uno)\s+(?:tener\s+)?(?:una\s+)?sobredosis\b"
    # Spanish: the trauma a treatment is asked about, and stories from the news or the screen
    r"|\b(?:por|de|tras|despues\s+de|a\s+raiz\s+de|sobrevivientes?\s+de|victimas?\s+de|causad[oa]\s+por)\s+(?:un\s+|una\s+|el\s+|la\s+)?"
    r"(?:abuso(?:\s+sexual)?|violacion|violencia\s+(?:domestica|familiar|sexual|intrafamiliar)|maltrato)\b"
    r"|\b(?:serie|series|pelicula|peli|novela|noticias?|articulo|libro|documental|personaje|actor|actriz|cantante)\b"
    r"(?:\s+\S+){0,8}?\s+(?:sobredosis|suicid\w*|violacion|abuso)\b"
    r"|\b(?:abuso|violacion|violencia|maltrato)\s+(?:sexual\s+)?(?:en\s+la\s+(?:infancia|ninez)|infantil)\b"
    r"|\bsobredosis\b(?:\s+\S+){0,6}?\s+(?:ketamina|tratamiento|infusion|infusiones|clinica)\b"
    r"|\b(?:significa|es\s+comun|riesgo\s+de|peligro\s+de|posible)\s+(?:una\s+|la\s+)?sobredosis\b"
)
# Someone's own present state: "I have suicidal thoughts", "my son is suicidal", "she's been having suicidal urges".
_PERSONAL_TOPIC = re.compile(
    r"\b(?:i|im|ive|id|me|he|she|hes|shes|they|theyre|son|daughter|husband|wife|partner|kid|friend|brother|sister|"
    r"mom|dad|boyfriend|girlfriend)\s+(?:(?!ketamine\b|it\b|this\b|heard\b|read\b|saw\b|think\b|thought\b|know\b)\w+\s+){0,2}?(?:am|is|are|been|feel|feels|feeling|have|has|having|had|get|gets|"
    r"getting|keep|started|start)\s+(?:\w+\s+){0,2}?suicid\w*"
    r"|\bim\s+(?:\w+\s+)?suicid\w*|\b(?:tengo|tiene|tuve)\s+(?:\w+\s+)?(?:pensamientos|ideas)\s+suicidas\b"
    r"|\b(?:i|im|ive|he|she|hes|shes|son|daughter|kid|friend|brother|sister)\s+(?:\w+\s+){0,2}?self\s*harm\w*"
    r"|(?<!not\sgoing\sto\s)(?<!not\sgonna\s)(?<!never\s)(?<!wont\s)(?<!wouldnt\s)(?<!dont\swant\sto\s)"
    r"\b(?:hurt|hurting|harm|harming|cut|cutting|kill|killing)\s+(?:myself|himself|herself)\b"
    r"|\b(?:i|he|she|they)\s+(?:\w+\s+)?(?:overdosed|just\s+overdosed|is\s+overdosing|am\s+overdosing)\b"
    r"|\b(?:again|last\s+ni(?:ght|te)|tonight|right\s+now|this\s+time|these\s+days|lately)\b"
    r"|\b(?:an?|one|two|a\s+few|a\s+couple\s+of)\s+(?:hour|hours|minutes?|mins?)\s+ago\b|\bi\s+did\s+it\b"
    r"|\b(?:hoy|anoche|ahorita|otra\s+vez|de\s+nuevo|esta\s+noche|estos\s+dias|ultimamente|ahora\s+mismo)\b"
    # "me violaron", "abusaron de mi", "me pega": a report of one's own, not a topic
    r"|\b(?:me|nos)\s+(?:violaron|violo|viola|abusaron|abuso|abusa|pega|pegan|golpea|golpean|golpeo|maltrata|maltratan)\b"
    r"|\babus(?:aron|o|a)\s+de\s+mi\b|\b(?:tiene|tuvo|tengo|esta\s+teniendo|le\s+dio|me\s+dio)\s+(?:una\s+)?sobredosis\b"
)
# ... and asked as a question: "can ketamine help with suicidal thoughts", "is it used for PTSD after assault".
_TOPIC_QUESTION = re.compile(
    r"\b(?:ketamine?|ketamina|esketamine|esketamina|spravato|treatment|tratamiento|infusions?|therapy|clinic|approved|"
    r"can|could|does|do|is|isnt|are|how|what|why|which|risk|sirve|ayuda|puede|es|son|que|como|cual|cuanto|cuantas|"
    r"tratan|atienden|verdad|funciona|pueden|podria|terapia|tratamiento|sirven|reciben|recibir|clinics|protocol|policy|whats)\b"
)

# "dejar el alcohol", "dejar de fumar": quitting a habit is a question about treatment, not a medication change
_ES_NOT_A_HABIT = (
    r"(?!\s+(?:de\s+)?(?:tomar\s+|beber\s+|fumar\s+|consumir\s+|usar\s+)?(?:el\s+|la\s+|las\s+|los\s+)?(?:alcohol|marihuana|mota|"
    r"weed|cannabis|drogas?|cigarros?|tabaco|fumar|beber|tomar|cerveza|chelas|vino|coca|cocaina|cristal|heroina|"
    r"opioides|opiaceos|fentanilo|vape|vapear)\b)"
)
# Conditions (Spanish) that make a question about the visitor's own body a physician's, and diagnoses asked about.
_ES_CONDITIONS = (
    r"(?:presion\s+alta|hipertension|presion\s+arterial\s+alta|alta\s+la\s+presion|problemas?\s+(?:del|de|en\s+el)\s+corazon|"
    r"problemas?\s+cardiac\w+|enfermedad\s+(?:del\s+corazon|cardiaca|renal|del\s+rinon|del\s+higado|hepatica)|cardiopatia|"
    r"arritmia|taquicardia|infarto|marcapasos|stent|esquizofrenia|esquizofrenic[oa]|psicosis|psicotic[oa]|bipolar|"
    r"bipolaridad|mania|epilepsia|epileptic[oa]|convulsiones|glaucoma|higado|hepatitis|cirrosis|rinones?|"
    r"insuficiencia\s+renal|derrame\s+cerebral|embolia|aneurisma|tiroides|hipertiroidismo|diabetes|diabetic[oa]|asma|"
    r"cistitis|vejiga)"
)
_ES_DIAGNOSES = (
    r"(?:ptsd|tept|estres\s+postraumatico|toc|depresion|depre|bipolar|trastorno\s+\w+|tdah|tda|deficit\s+de\s+atencion|"
    r"ansiedad|esquizofrenia|psicosis|borderline|limite|autismo|autista|trauma|bipolaridad|fibromialgia)"
)
# "¿tengo PTSD?", "¿Tendré trastorno bipolar?": on the raw text (lower case, accents dropped), where the opening
# question mark tells a question from a statement ("tengo PTSD" is information).
_ES_ASKED_DIAGNOSIS = re.compile(
    rf"¿\s*(?:yo\s+)?(?:tengo|tendre|tendria|sere|soy|padezco|sufro\s+de)\s+(?:\w+\s+){{0,2}}?{_ES_DIAGNOSES}\b"
)
_MEDICATION_CHANGE_RULES = frozenset({"stopped_already", "stop_medication", "pause_treatment", "change_medication", "planned_medication_change",
                                      "asked_medication_change", "change_before_treatment", "which_to_stop",
                                      "es_planned_medication_change"})
# Words for medication in general, beside the lexicon's named drugs and classes.
# A change to a medication, in the forms that ask or plan one (not "stopped", "came off": done already)
_CHANGE_VERB = (
    r"(?:stop|stopping|quit|quitting|drop|dropping|ditch|ditching|cut|cutting|lower|lowering|reduce|reducing|decrease|"
    r"decreasing|hold|holding|skip|skipping|pause|pausing|taper|tapering|wean|weaning|switch|switching|halve|halving|"
    r"double|doubling|(?:come|coming|go|going|get|getting|be)\s+off|(?:go|going|get|getting)\s+back\s+(?:to|on)|restart|"
    r"restarting|resume|resuming|increase|increasing|raise|raising|swap|swapping|replace|replacing)"
)
# A change asked with no medication named: "should i stop mine", "could i just switch off that"
_CHANGE_ASKED = re.compile(rf"\b{_CHANGE_VERB}\s+(?:off\s+|taking\s+)?(?:mine|it|them|that|those|this)\b"
                           r"|\b(?:taper|tapering|wean|weaning)\b")  # "do i need to taper off before the infusions"
# "is that gonna be a problem", "would that be ok", of what the message before told
_IS_THAT_A_PROBLEM = (r"\b(?:is|will|would)\s+(?:that|this)\s+(?:gonna\s+be\s+|going\s+to\s+be\s+|be\s+)?"
                      r"(?:a\s+problem|an\s+issue|a\s+dealbreaker|ok|okay|safe|fine)\b")
_IS_THAT_A_PROBLEM_ASKED = re.compile(_IS_THAT_A_PROBLEM)
# Whether the writer is ruled out, asked after a condition told: "so would i be excluded", "does that rule me out"
_MY_FIT = re.compile(
    r"\bwould\s+i\s+(?:still\s+)?(?:be|get)\s+(?:excluded|disqualified|ruled\s+out|turned\s+away|rejected|eligible|"
    r"(?:a\s+)?(?:good\s+)?candidate|ok|okay|fine|allowed)\b|\b(?:does|would|will)\s+(?:that|this|it)\s+"
    r"(?:rule\s+me\s+out|exclude\s+me|disqualify\s+me|mean\s+i\s+(?:cant|can\s+not|cannot))\b"
    r"|\bam\s+i\s+(?:excluded|disqualified|ruled\s+out|out)\b|\b(?:can|could)\s+i\s+still\s+(?:do|get|have|try)\s+(?:it|this|ketamine)\b"
    # "so am i one of those people" after who should not get it; "does that include me"
    r"|\b(?:am|would)\s+i\s+(?:be\s+)?(?:one\s+of\s+(?:those|them|these)|in\s+(?:that|this)\s+group)\b"
    r"|\b(?:does|would)\s+(?:that|this)\s+(?:include|apply\s+to|count\s+for)\s+me\b|\b(?:is|would)\s+that\s+(?:be\s+)?me\b"
)
# Staying on medications told before, asked: "is it ok to be on both of those", "can i keep taking them during it",
# "is that gonna be a problem"
_ON_THOSE = re.compile(
    r"\b(?:is\s+it|its|would\s+it\s+be|will\s+it\s+be|can\s+i|could\s+i|should\s+i|do\s+i)\b.*"
    r"\b(?:on|with|taking|mix\w*|combin\w*)\s+(?:both|those|these|them|either)\b|" + _IS_THAT_A_PROBLEM
)
_MEDICATION_WORDS = (
    r"(?:meds|medication|medications|medicine|pills|prescriptions?|pastillas?|medicinas?|medicamentos?|antidepresivos?)"
)
# Spanish names of medications and their classes, beside the lexicon's (which the spaCy pipeline also reads)
_ES_MEDICATIONS = (
    "antidepresivo", "antidepresivos", "ansiolitico", "ansioliticos", "antipsicotico", "antipsicoticos",
    "benzodiacepinas", "benzodiazepinas", "opioides", "opiaceos", "estimulantes", "anticonceptivos",
    "pastillas para dormir", "pastilla para dormir", "pastillas para la presion", "pastilla de la presion",
    "pastilla para la presion", "medicina para la presion", "anticoagulantes", "quetiapina", "escitalopram",
    "duloxetina", "mirtazapina", "trazodona", "lamotrigina", "aripiprazol", "risperidona", "olanzapina",
    "bupropion", "bupropiona", "rivotril", "tafil", "zolpidem", "oxicodona", "hidrocodona", "fentanilo", "metadona",
    "buprenorfina", "naltrexona", "insulina", "warfarina", "levotiroxina", "marihuana", "mota", "alcohol",
    "fluvoxamina", "fluvoxamine", "luvox", "hierba de san juan", "st johns wort", "buspirona", "buspirone", "buspar",
    "melatonina", "valeriana", "ashwagandha", "suplementos", "suplemento", "remedios naturales", "vitaminas",
)
# An addiction named: "my brother is hooked on oxy, can ketamine help him get off it" asks about substance use
_ADDICTION = re.compile(r"\b(?:addict\w*|hooked|dependen\w*|adict\w*|adiccion\w*|enganchad\w*|dependient\w*|vicio)\b")
# "what about drinking, like alcohol problems": a drinking problem as a condition treated, not a drink with ketamine
_SUBSTANCE_PROBLEM = re.compile(r"\b(?:alcohol|drinking|drug|substance)\s+(?:problems?|issues?|abuse|addiction|use\s+disorders?|disorders?)\b"
                                r"|\bproblem\s+drinking\b|\balcoholi(?:sm|c|cs)\b")
# Words that make a medication change a question ("... good idea?", "can I ...", "¿puedo ...?").
_QUESTION_CUE = re.compile(
    r"\b(?:can|could|should|would|will|is\s+it|is\s+that|thats|am\s+i\s+able|do\s+i|must\s+i|shall\s+i|good\s+idea|fine|smart|safe|ok|okay|"
    r"acceptable|tengo\s+que|puedo|puede|pueden|debo|debe|deben|mejor|se\s+puede|esta\s+bien|se\s+vale|conviene|recomiendan|recomendable|deberia|"
    r"podria|hay\s+(?:algun\s+)?(?:problema|riesgo)|es\s+(?:seguro|malo|peligroso)|buena\s+idea|pasa\s+algo|"
    # "how do I taper ...", "como le bajo a la dosis", "... reasonable?", "is he right?", "¿les parece bien?"
    r"how\s+(?:do|should|can|would)\s+i|como\s+(?:le|la|lo|las|los|me)\s+\w+|reasonable|advisable|thoughts|"
    r"is\s+(?:he|she|that|this)\s+right|(?:les|le|te)\s+parece\s+bien|"
    # Spanish choices asked without a question mark: "lo vuelvo a empezar o me espero", "dejo el spray ya o hay q esperar"
    r"o\s+(?:me\s+espero|nos\s+esperamos|hay\s+q(?:ue)?\s+esperar|no\s+pasa\s+nada|no)|"
    # an English choice of when: "wean off the oxy first or during the ketamine?"
    r"(?:first|now|before)\s+or\s+(?:during|after|before|later|while))\b"
)
# "can pregnant women get it? not asking for me, just wondering in general": asked in general, of no one in particular
_IN_GENERAL = re.compile(r"\b(?:in\s+general|generally\s+speaking|not\s+(?:asking\s+)?for\s+me|en\s+general|no\s+es\s+para\s+mi|for\s+people\s+with|"
                         r"para\s+(?:las\s+)?personas\s+con)\b")
# "My mother has heart disease ... I'm not asking about her specifically, but in general, who gets ruled out?": the
# person named is set aside in so many words, whoever they are
_SET_ASIDE = re.compile(r"\bnot\s+asking\s+(?:about|for)\s+(?:me|myself|her|him|them|my\s+\w+)\s+(?:specifically|in\s+particular|personally)\b"
                        r"(?:\s+\S+){0,4}?\s+(?:in\s+general|generally|people|anyone|someone)\b")
# (unlike _PERSONAL, below, without a bare "me": "not asking for me" names the writer only to leave them out)
_ABOUT_ME = re.compile(r"\b(?:im|i\s+am|my|i\s+take|i\s+have|ive|tomo|tengo|estoy)\b|(?<!para\s)\bmis?\s+\w+")
# "Mi hijo lleva años tomando fluoxetina, ¿en qué se distingue la ketamina?": a medication in use named only to ask
# how ketamine compares with it is information (issue 9), unless the two are to be taken together or changed
_COMPARES = re.compile(r"\b(?:different|differ\w*|dif+e?rent|difference|compare\w*|comparison|vs|versus|faster|quicker|slower|stacks?\s+up|"
                       r"(?:better|worse|stronger|weaker)\s+than|distingue\w*|diferencia\w*|diferente\w*|compara\w*)\b")
_TOGETHER = re.compile(r"\b(?:interact\w*|mix\w*|combin\w*|together|both|at\s+the\s+same\s+time|while\s+(?:on|taking)|mezcl\w*|junt[oa]s?|"
                       r"ambas|ambos|al\s+mismo\s+tiempo|dose|dosis|stop|dejar|suspender)\b")
# "like with my thyroid pills", "como mi pastilla de la presion": one's own medication as a comparison, not a question about it
_ANALOGY = re.compile(r"\b(?:like|same\s+as|just\s+like|como)\s+(?:with\s+|for\s+|con\s+)?(?:my|mi|mis)\s+(?:\w+\s+){0,3}?"
                      r"(?:pills?|meds?|medication|medicine|insulin|inhaler|pastillas?|medicinas?|medicamentos?)\b")
_ANALOGY_RULES = frozenset({"condition_personal", "my_named_medication", "change_medication", "es_medication_in_use"})
# "can I take it", "should I try it": asking permission for oneself, whatever is compared
_ASKED_IN_GENERAL = re.compile(
    r"\b(?:generally\s+speaking|speaking\s+generally|in\s+general)\s+(?:\w+\s+){0,2}?(?:does|do|is|are|can|could|will|would|how|what)\s+"
    r"(?:ketamine|it|the\s+(?:treatment|infusions?|spray)|esketamine|spravato|people|patients)\b"
)
# (and a population the writer's condition defines: "does it cause mania in people with bipolar", from someone who has it)
_FOR_ME = re.compile(r"\b(?:for|to|with)\s+(?:me|my\s+\w+|someone\s+like\s+me|people\s+like\s+me)\b|\bmy\s+(?:case|situation)\b"
                     r"|\b(?:people|ppl|someone|anyone|those|patients)\s+(?:with|who\s+have|who\s+has|like)\b")
_MAY_I = re.compile(r"\b(?:can|could|may|should)\s+i\s+(?:still\s+)?(?:take|do|get|use|try|start|have)\b")
_IN_USE_RULES = frozenset({"medication_in_use", "es_medication_in_use", "my_named_medication"})
# Asked about people in general, with no word about the writer: "do people still need antidepressants after ketamine"
_ABOUT_PEOPLE = re.compile(r"\b(?:do|does|did|would|will|can)\s+(?:people|ppl|patients|most\s+people|most\s+patients|anyone|folks|they)\b")
# "can ketamine help someone whos coming off fentanyl": whether it helps someone get off a drug, not a medication change
_HELP_GET_OFF = re.compile(
    r"\bhelp\w*\s+(?:\w+\s+){0,3}?(?:coming|come|get|getting|quit|quitting|stay|staying)\s+off\s+(?:of\s+)?(?:the\s+|their\s+|those\s+)?"
    r"(?:fentanyl|heroin|opioids?|opiates|oxys?|oxycodone|painkillers|pain\s+pills|meth|alcohol|booze|drugs|benzos)\b"
)

# Emergencies told plainly by their kind's everyday signs, which the rules above had left to the classifier alone
# (on the development sets the screen missed 140 of 1,018 single-message emergencies at the thirteenth session's
# start, 26 after it; the classifier caught them, but a new phrasing it reads at under 0.5 would have got no
# resources). Each is a kind of sign, not a message.
_PLAIN_SIGNS_RULES: Sequence[Tuple[str, str, str]] = (
    ("suicide_plain", SUICIDE,
     # "would a big enough dose just make me not wake up? thats kind of what im hoping for"
     r"\bnot\s+wake\s+up\b(?:\s+\S+){0,8}?\s+(?:what\s+(?:im|i\s+am|i\s+was)\s+hoping|hoping\s+for|i\s+hope\s+so|the\s+goal|the\s+plan)\b"
     r"|\bhoping\s+(?:i|to)\s+(?:dont|do\s+not|never|wont|will\s+not|not)\s+wake\s+up\b"
     # "how many of my amitriptyline would it take to not wake up"
     r"|\b(?:would\s+it\s+take|does\s+it\s+take|enough|how\s+many|how\s+much)\b(?:\s+\S+){0,8}?\s+(?:to\s+not|to\s+never|so\s+(?:i|that\s+i)\s+(?:dont|wont|never))\s+wake\s+up\b"
     r"|\btop\s+(?:myself|himself|herself)\b|\beat\w*\s+(?:my|his|her)\s+(?:gun|pistol|rifle)\b"
     r"|\b(?:want|wants|wanna|wanted|wish|wishing|going|gonna|ready)\s+(?:\w+\s+)?to\s+sleep\s+forever\b"
     r"|\b(?:no\s+one|nobody|noone)\s+(?:would|will|wud|wouldnt)\s+(?:even\s+)?(?:notice|care|miss\s+me)\s+(?:if|when)\s+(?:i|im)\s+"
     r"(?:(?:was|were)\s+(?:gone|dead)|wasnt\s+(?:here|around|alive)|died|disappeared|vanished)\b(?!\s+(?:from|for|at|to|on|during)\b)"
     # a plan with a date on it, or a deadline set for one's life
     r"|\b(?:i\s+)?(?:already\s+)?(?:have|got|made)\s+a\s+plan\b(?:\s+\S+){0,6}?\s+(?:this\s+weekend|tonight|if\s+nothing|"
     r"to\s+end\s+(?:it|things|my\s+life|everything))\b|\bif\s+nothing\s+changes\s+by\s+\w+\s+(?:im|i\s+am|ill\s+be)\s+(?:done|gone)\b"
     r"|(?:^|\b(?:im|i\s+am|standing|sitting)\s+(?:\w+\s+)?)(?:on|at)\s+(?:the\s+|a\s+)?(?:bridge|overpass|roof|rooftop|ledge|cliff|edge)\b"
     r"(?:\s+\S+){0,4}?\s+(?:rn|right\s+now|now|tonight)\b"
     r"|\bdriv\w*\s+off\s+(?:the\s+|a\s+)?(?:side\s+of\s+)?(?:\w+\s+)?(?:overpass|bridge|cliff|pier)\b"
     r"|\b(?:going\s+to|gonna|will|wants?\s+to|thinking\s+(?:about|of))\s+driv\w*\s+off\s+the\s+side\s+of\s+(?:\w+\s+){0,2}?(?:highway|freeway|road|pch|mountain)\b"
     # searching how high a fall must be, a goodbye without saying so, a deadline for one's life, things given away
     r"|\b(?:looked|looking|look|searched|searching|googled|googling)\s+up\s+how\s+(?:high|far|tall)\b(?:\s+\S+){0,10}?\s+"
     r"(?:bridge|building|fall|floor|roof|jump|overpass|cliff|fatal|die|drop|structure|garage|tower|balcony)\b"
     r"|\bsee\s+you\s+never\b|\btell\s+(?:my|the|our)\s+(?:kids|children|family|mom|dad|wife|husband|son|daughter)\s+i\s+(?:loved?|am\s+sorry)\b"
     r"|\b(?:dont|do\s+not)\s+think\s+(?:im|i\s+am|ill\s+be|i\s+will\s+be)\s+(?:making|gonna\s+make|going\s+to\s+make)\s+it\s+(?:thru|through|to|past)\s+"
     r"(?:the\s+|this\s+)?(?:weekend|night|tonight|tomorrow|week|friday|saturday|sunday|monday|holidays|christmas)\b"
     r"|\bim\s+done\b(?:\s+\S+){0,6}?\s+(?:already\s+)?(?:have|got)\s+a\s+plan\b"
     r"|\bgiv\w*\s+(?:away\s+)?(?:all|most)\s+(?:of\s+)?(?:his|her|my|their)\s+(?:\w+\s+){0,4}?(?:away|stuff|things|belongings|possessions)\b"
     r"|\b(?:gun|pistol|rifle|rope|pills)\b(?:\s+\S+){0,12}?\s+(?:using|use)\s+(?:it|them)\s+on\s+(?:myself|himself|herself)\b"
     # "i dont think i have more than a couple days left in me"
     r"|\b(?:days|weeks|nights)\s+left\s+in\s+me\b"),
    ("es_suicide_plain", SUICIDE,
     r"\bno\s+quiero\s+seguir\s+(?:viv[oa]|aqui|con\s+vida)\b|\b(?:en|arriba\s+del?)\s+(?:el\s+)?puente\s+(?:ahorita|ahora|ya)\b|\baventar\w*\s+(?:del|de\s+un|de\s+la)\s+(?:puente|edificio|techo|azotea)\b"),
    ("self_harm_plain", SELF_HARM,
     # (one's own body, not a person: "my moms boyfriend burned my little sister with a cigarette" is abuse)
     r"\b(?:burn\w*|burnt)\s+(?:myself|himself|herself|(?:my|his|her)\s+(?!(?:little|baby|big|younger|older|sister|brother|son|daughter|kids?|child|children|mom|dad|wife|husband|girlfriend|boyfriend)\b)\w+)\s+(?:\w+\s+){0,2}?(?:with|w|on)\s+(?:a\s+|the\s+|my\s+)?"
     r"(?:lighter|cigarette|cig|iron|stove|candle|match|matches)\b"
     r"|\b(?:punched|hit|smashed|slammed|banged|cut|burned|scratched)\s+(?:\w+\s+){0,6}?on\s+purpose\b"
     r"|\b(?:want|wanting|urge|need)\s+(?:\w+\s+)?to\s+cut\b(?:\s+\S+){0,8}?\s+(?:just\s+did|did\s+it|again|more)\b"
     r"|\b(?:marks|cuts)\s+on\s+my\s+(?:thighs|arms|wrists|legs|stomach)\b(?:\s+\S+){0,14}?\s+(?:tonight|did\s+more|keep\s+going)\b"
     r"|\bput\s+out\s+(?:a\s+|my\s+)?(?:cigarette|cig)s?\s+on\s+(?:my|his|her)\b|\beraser\s+burns?\b"
     # "I have the blade out again. I don't want to die I just need to feel something"
     r"|\b(?:have|got|holding|took|get|getting)\s+(?:the|a|my)\s+(?:blade|razor|razors|knife|blades)\s+out\b"),
    ("es_self_harm_plain", SELF_HARM,
     r"\b(?:rascando|rasgunando|aranando)\w*\s+(?:\w+\s+){0,3}?hasta\s+(?:sacarme|sacarse|que\s+(?:me|le)\s+sal\w+)\s+sangre\b"
     r"|\bme\s+doy\s+(?:de\s+)?(?:punetazos|golpes|cachetadas|trancazos)\b|\bse\s+esta\s+(?:pegando|golpeando)\s+(?:\w+\s+){0,4}?contra\b"
     r"|\b(?:me|se)\s+(?:his\w+|hic\w+)\s+dano\s+(?:otra\s+(?:vez|ves)|de\s+nuevo|en\s+(?:los|las|el|la|mis|sus)\s+\w+)\b"),
    ("medical_plain", MEDICAL,
     r"\b(?:my|his|her|their)\s+(?:\w+\s+)?lips?\s+(?:\w+\s+){0,3}?(?:blue|purple)\b"
     # a seizure going on now: "its been like 6 minutes and shes still jerking"
     r"|\bseiz\w*\b(?:\s+\S+){0,10}?\s+(?:(?:still|keeps|keep)\s+(?:jerking|shaking|seizing|convulsing)|(?:been|going\s+on\s+for|lasted)\s+"
     r"(?:like\s+|about\s+|over\s+)?(?:\d+|five|six|seven|eight|ten)\s+min\w*)\b"
     r"|\binhaler\w*\s+(?:is\s+)?(?:not|isnt|doesnt|wont)\s+(?:\w+\s+)?(?:doing|working|helping)\b|\bfoaming\s+at\s+the\s+mouth\b"
     # a fall that leaves someone unable to get up; heat stroke; a blood pressure in the crisis range
     r"|\b(?:fell|fallen)\b(?:\s+\S+){0,8}?\s+(?:cant|can\s+not|wont|unable\s+to)\s+(?:move|get\s+up|stand)\b"
     r"(?!\s+(?:the\s+)?(?:stairs|steps|easily|well|without|on\s+(?:her|his|my)\s+own))"
     r"|\bskin\s+is\s+(?:\w+\s+)?hot\s+and\s+dry\b|\b(?:stopped\s+sweating|not\s+sweating\s+anymore)\b(?:\s+\S+){0,8}?\s+(?:confused|nonsense|dizzy|passed|red)\b"
     r"|\b(?:heat|hot|degrees|sun)\b(?:\s+\S+){0,10}?\s+(?:stopped\s+sweating|not\s+sweating\s+anymore)\b"
     r"|\b(?:bp|blood\s+pressure)\b(?:\s+\S+){0,4}?\s+(?:2\d\d|1[89]\d)\s+over\b"
     r"|\b(?:talking|saying)\s+(?:nonsense|gibberish)\b(?:\s+\S+){0,8}?\s+(?:sweaty|shaky|hot|confused|diabetic|sugar)\b"
     r"|\b(?:sweaty|shaky|diabetic|sugar|heat)\b(?:\s+\S+){0,8}?\s+(?:talking|saying)\s+(?:nonsense|gibberish)\b"
     r"|\bchest\b(?:\s+\S+){0,8}?\s+(?:left|right)\s+arm\s+(?:\w+\s+){0,3}?(?:numb|tingling|tingly)\b"
     r"|\b(?:crushing|thunderclap)\s+headache\b|\bworst\s+headache\s+of\s+(?:my|his|her|their)\s+life\b"
     r"|\bcant\s+see\s+out\s+of\s+(?:my|his|her|one)\b|\b(?:grabbed|clutching|clutched)\s+(?:his|her|my)\s+chest\b"
     r"|\b(?:collapsed|colapsed|passed\s+out|went\s+down|fainted)\b(?:\s+\S+){0,8}?\s+(?:not\s+responsive|unresponsive|not\s+responding|"
     r"wont\s+wake|cant\s+wake|not\s+breathing|gray|grey)\b"
     r"|\b(?:hes|shes|he\s+is|she\s+is|theyre|they\s+are)\s+(?:still\s+)?(?:not\s+(?:really\s+)?(?:responding|responsive|breathing)|unresponsive)\b"
     rf"{_NOT_A_TREATMENT}"
     r"|\b(?:just\s+had|is\s+having|hes\s+having|shes\s+having|im\s+having)\s+a\s+seizure\b|\bhaving\s+a\s+seizure\s+(?:right\s+now|rn|now)\b"
     r"|\bthroat\s+(?:is\s+|feels\s+)?(?:\w+\s+)?(?:tight|closing|swelling|swollen)\b(?:\s+\S+){0,10}?\s+(?:hives|stung|sting|allergic|peanuts?|bee|wasp)\b"
     r"|\b(?:hives|stung|allergic|peanuts?|bee|wasp)\b(?:\s+\S+){0,10}?\s+throat\s+(?:is\s+|feels\s+)?(?:\w+\s+)?(?:tight|closing|swelling|swollen)\b"
     r"|\bblood\s+(?:is\s+)?(?:spurting|gushing|pouring)\b"
     r"|\bhit\s+(?:his|her|my)\s+head\b(?:\s+\S+){0,8}?\s+(?:puking|vomiting|throwing\s+up|confused|doesnt\s+know|passed\s+out|knocked\s+out|wont\s+wake)\b"
     r"|\bcant\s+catch\s+(?:my|his|her)\s+breath\b(?:\s+\S+){0,10}?\s+(?:blue|racing|pounding|chest|passing\s+out)\b"),
    ("es_medical_plain", MEDICAL,
     r"\bespuma\s+por\s+la\s+boca\b|\bya\s+no\s+suda\b(?:\s+\S+){0,6}?\s+(?:dice\s+cosas|confundid[oa]|roj[oa])"
     r"|\bcosas\s+sin\s+sentido\b(?:\s+\S+){0,6}?\s+(?:suda|calor|sol)\b"),
    ("overdose_plain", OVERDOSE,
     r"\b(?:drank|drink|swallowed|ate|bit|chewed|sipped)\s+(?:\w+\s+){0,4}?(?:from\s+)?under\s+the\s+sink\b"
     r"|\b(?:drank|swallowed|ate|bit\s+into|chewed|swig\s+of|sip\s+of|gulp\s+of)\s+(?:\w+\s+){0,4}?(?:bleach|detergent|laundry\s+pods?|"
     r"tide\s+pods?|antifreeze|weed\s+killer|roundup|rat\s+poison|drain\s+cleaner|degreaser|lye|pesticide|lighter\s+fluid|gasoline|"
     r"windshield\s+(?:fluid|washer))\b"
     r"|\bgot\s+into\s+(?:my|his|her|the|their|our|\w+s)\s+(?:\w+\s+)?(?:pills|meds|medicine|medication|gummies|edibles|tablets)\b"
     r"|\b(?:snorted|smoked|injected|shot\s+up)\s+(?:something|some\s+\w+)\b(?:\s+\S+){0,10}?\s+(?:blue|gurgling|snoring|not\s+waking|"
     r"wont\s+wake|not\s+breathing|seizing|unresponsive|foaming)\b"
     r"|\b(?:ate|eaten|eat)\s+(?:some\s+)?(?:wild\s+)?(?:mushrooms|berries)\s+(?:we|i|he|she|they)\s+(?:picked|found)\b"
     r"|\bmixed\s+bleach\s+(?:and|with)\s+(?:ammonia|vinegar)\b"
     # a bag of pills found open beside someone drowsy; someone who was using and does not answer a locked door;
     # "taken more of my lithium than I should have"
     r"|\b(?:found|saw|theres|there\s+is|there\s+was)\s+(?:a|an|the|her|his|my)\s+(?:\w+\s+)?(?:bag|bottle|box|pack|packet|container)\s+of\s+"
     r"(?:\w+\s+)?(?:pills|meds|tablets|medicine)\b(?:\s+\S+){0,14}?\s+(?:sleepy|drowsy|slurring|cant\s+keep|wont\s+wake|not\s+waking|"
     r"passed\s+out|unresponsive|confused|breathing\s+(?:weird|funny|slow))"
     r"|^(?=.*\b(?:was|been|is|were)\s+using\b).*\b(?:not\s+answering|wont\s+answer|isnt\s+answering|not\s+responding|wont\s+respond|not\s+opening)\b"
     r"|^(?=.*\b(?:not\s+answering|wont\s+answer|isnt\s+answering|not\s+responding|wont\s+respond|not\s+opening)\b).*\b(?:was|been|is|were)\s+using\b"
     r"|\b(?:taken|took|had|swallowed)\s+(?:way\s+)?more\s+of\s+(?:my|his|her)\s+\w+\s+than\s+(?:i|he|she|they)\s+(?:should|was\s+supposed|meant)"
     # "too many painkillers ... i took a lot this morning": an amount told as a time, with the drug named
     rf"|^(?=.*\b(?:{_DRUG}|{_OVER_THE_COUNTER}|painkillers|pain\s+pills|pain\s+meds)\b).*\b(?:i|he|she|they)\s+(?:took|swallowed|had|popped)\s+"
     r"(?:a\s+lot|so\s+many|a\s+bunch|too\s+many|way\s+too\s+many)\s+(?:this\s+morning|today|tonight|last\s+night|earlier|an\s+hour\s+ago|just\s+now)\b"
     r"|\b(?:taken|took)\s+(?:her|his|my)\s+(?:\w+\s+)?(?:pills|meds|medicine|medication)\s+(?:two|three|2|3)\s+(?:or\s+(?:three|four|3|4)\s+)?times\s+"
     r"(?:today|already|this\s+morning|tonight|by\s+mistake|in\s+a\s+row)\b"
     r"|\b(?:smells?\s+like\s+gas|gas\s+smell|carbon\s+monoxide|co\s+(?:alarm|detector))\b(?:\s+\S+){0,12}?\s+"
     r"(?:dizzy|headache|headaches|nauseous|throwing\s+up|vomiting|passed\s+out)\b"
     # "accidentally doubled my lithium for like 3 days and now im shaking a lot, puking"; "mixed xanax and a bottle
     # of vodka and i feel like im fading out"
     r"|(?:^|\b(?:i|he|she|they|accidentally|mistakenly)\s+)(?:accidentally\s+)?(?:doubled|tripled|double\s+dosed|took\s+(?:a\s+)?double|"
     rf"took\s+(?:an?\s+)?extra|took\s+(?:way\s+)?too\s+much|took\s+more\s+than)\b(?:\s+\S+){{0,12}}?\s+{_POISONED_NOW}"
     rf"|^(?=.*\b{_DRUG}\b)(?=.*\b{_ALCOHOL}\b).*\b(?:mixed|took|had|popped|drank)\b(?:\s+\S+){{0,14}}?\s+{_POISONED_NOW}"
     # "i relapsed tonight and used way more than i used to, my chest feels tight and i keep nodding off"
     rf"|\b(?:relapsed|used\s+(?:way\s+)?more|took\s+way\s+more|did\s+way\s+more|used\s+a\s+lot)\b(?:\s+\S+){{0,14}}?\s+{_POISONED_NOW}"),
    # an amount told before the taking: "would it cancel out the 30 benadryl i took?" (not "over the years")
    ("amount_taken", OVERDOSE,
     r"\b(?:[1-9]\d|twenty|thirty|forty|fifty|a\s+(?:whole\s+)?bottle\s+of|a\s+handful\s+of)\s+(?:of\s+(?:my|the|his|her)\s+)?(?:\w+\s+)?"
     rf"(?:pills|tablets|{_OVER_THE_COUNTER}|xanax|ambien|oxys?|percs?|benzos|klonopin|ativan|valium|lithium|seroquel|trazodone)\s+"
     r"(?:i|he|she|they)\s+(?:just\s+)?(?:took|swallowed|had|ate|popped)\b"),
    ("es_overdose_plain", OVERDOSE,
     r"\b(?:mordio|se\s+comio|se\s+trago|se\s+tomo|bebio|se\s+bebio)\s+(?:\w+\s+){0,3}?(?:capsula|pastilla|bolsita)\s+de\s+(?:detergente|jabon)\b"
     r"|\b(?:huele|olor)\s+(?:raro|a\s+gas)\b(?:\s+\S+){0,12}?\s+(?:mareados?|mareadas?|vomit\w*|dolor\s+de\s+cabeza)\b"
     # "la encontré tirada en el piso con pastillas regadas"
     r"|\b(?:tirad[oa]s?|desmayad[oa]s?|inconscientes?|no\s+(?:despierta|reacciona|responde))\b(?:\s+\S+){0,10}?\s+(?:pastillas|frascos?|medicinas|pildoras)\b"
     r"|\b(?:pastillas|frascos?|medicinas|pildoras)\b(?:\s+\S+){0,10}?\s+(?:tirad[oa]s?|desmayad[oa]s?|inconscientes?|no\s+(?:despierta|reacciona|responde))\b"
     # "después de tomarme como 20 pastillas para dormir"
     r"|\b(?:tomarme|tomarse|me\s+tome|tome|se\s+tomo|trague|me\s+trague|se\s+trago)\s+(?:como\s+|unas?\s+|mas\s+de\s+|casi\s+)?"
     r"(?:[1-9]\d|veinte|treinta|cuarenta|cincuenta)\s+(?:de\s+(?:mis|sus|las)\s+)?(?:pastillas|capsulas|tabletas|pildoras)\b"),
    ("threat_plain", THREAT,
     r"\bshoot\w*\s+up\s+(?:the|his|her|my|our|their|a)\s+(?:\w+\s+)?(?:school|workplace|work|office|church|mosque|synagogue|temple|store|mall|party|class)\b"
     # "i need help before i do something to my coworkers"
     r"|\b(?:before|or)\s+i\s+do\s+something\s+to\s+(?:my\s+\w+|them|him|her|someone|somebody|people|everyone)\b"
     # "been planning on taking out some people at the VA with my rifle"
     r"|\b(?:plan\w*|going|gonna|want|wanna|about|ready)\s+(?:on\s+|to\s+)?(?:taking|take)\s+out\s+(?:some|a\s+few|all\s+(?:of\s+)?(?:the|those)|those|these|the)?\s*"
     r"(?:people|ppl|guys|of\s+them|everyone|everybody|them\s+all)\b"
     # "i followed him home, i'm outside his house with a tire iron"
     r"|\b(?:outside|at|in\s+front\s+of|parked\s+(?:outside|by))\s+(?:his|her|their|my\s+\w+s)\s+(?:house|place|apartment|work|job|office|car|door)\s+"
     r"with\s+(?:a|my|the|his)\s+(?:\w+\s+)?(?:tire\s+iron|bat|gun|knife|crowbar|hammer|pistol|rifle|machete|shotgun)\b"
     r"|\bfollowed\s+(?:him|her|them)\s+(?:home|to\s+(?:his|her|their)\s+\w+)\b(?:\s+\S+){0,10}?\s+(?:tire\s+iron|bat|gun|knife|crowbar|hammer|pistol|machete)\b"
     r"|\b(?:hurt|kill|shoot|stab)\s+(?:kids|people|everyone|students|classmates|coworkers)\s+at\s+(?:his|her|my|the|their|our)\s+(?:\w+\s+)?"
     r"(?:school|work|job|office|church)\b"
     r"|\b(?:has|have|made|making|keeps?)\s+a\s+list\b(?:\s+\S+){0,10}?\s+(?:hurt|kill|shoot|stab|pay|regret|sorry)\b"
     r"|\b(?:make|makes|making)\s+(?:him|her|them|everyone|my\s+(?:whole\s+)?class|those\s+\w+)\s+(?:pay|sorry|regret\s+it)\b(?:\s+\S+){0,10}?\s+"
     r"(?:gun|piece|knife|bat|tonight|plan|friday|tomorrow|brought|ready)\b"
     r"|\b(?:got|brought|have|grabbed|loading|loaded)\s+(?:my|his|her|the)\s+(?:piece|gun|pistol|rifle|shotgun|knife|machete|bat)\b(?:\s+\S+){0,8}?\s+"
     r"(?:ready|with\s+me|tonight|handle|over\s+there|pay)\b"
     r"|\bgoing\s+over\s+there\s+with\s+(?:a|my|the)\s+(?:bat|knife|gun|pistol|machete|crowbar)\b"
     r"|\b(?:going\s+to|gonna|will|want\s+to|wanna)\s+(?:beat|hit|smash|bash)\s+(?:\w+\s+){0,3}?with\s+(?:a|my|the|his)\s+"
     r"(?:bat|hammer|crowbar|pipe|golf\s+club|machete|knife|gun)\b"
     r"|\bdriv\w*\s+(?:my|his|her|a|the)\s+(?:truck|car|van)\s+into\s+(?:the|a)\s+(?:crowd|people|parade|festival|protest)\b"
     r"|\b(?:rat\s+poison|antifreeze|poison)\s+(?:in|into)\s+(?:my|his|her|their|the)\s+(?:\w+\s+)?(?:coffee|food|drink|tea|lunch|water)\b"
     r"|\bsmoke\s+(?:him|her|this\s+dude|that\s+dude|this\s+guy|that\s+guy)\b"
     r"|\b(?:plant|planting|put|putting|set\s+off)\s+a\s+bomb\b"
     r"|\b(?:fantasi[sz]e|fantasi[sz]ing)\s+about\s+(?:hurting|killing|shooting|stabbing)\b"
     r"|\bvoices?\s+(?:say|said|tell|told|keep\s+telling)\b(?:\s+\S+){0,10}?\s+(?:get\s+rid\s+of|kill|hurt)\s+(?:her|him|them)\b"
     r"|\b(?:driv\w*|going|go|show\w*\s+up|coming)\s+(?:over\s+)?to\s+(?:his|her|their|my\s+exs?|the\s+exs?|my\s+\w+s)\s+(?:\w+\s+)?"
     r"(?:place|house|home|work|job|wedding|apartment|school)\s+with\s+(?:my|a|his|her)\s+(?:gun|pistol|rifle|knife)\b"
     r"|\bcoming\s+(?:to|in|into)\s+(?:the\s+|your\s+)?(?:\w+\s+)?(?:office|clinic|school|work)\s+with\s+something\s+(?:thatll|that\s+will|to)\s+"
     r"(?:make|teach|show)\b"
     r"|\bim\s+outside\s+(?:their|his|her|the\s+\w+s)\s+(?:place|house|apartment|door)\b(?:\s+\S+){0,12}?\s+(?:brought|gun|knife|hurt|pay)\b"),
    ("es_threat_plain", THREAT,
     r"\b(?:le\s+meto\s+un\s+balazo|voy\s+a\s+balacear|va\s+a\s+(?:ir\s+a\s+)?balacear|(?:la|lo|los)\s+voy\s+a\s+atropellar|voy\s+a\s+atropellar)\b"
     r"|\b(?:lo|la|los)\s+mato\b(?:\s+\S+){0,6}?\s+ya\s+tengo\s+con\s+(?:que|q)\b"
     r"|\b(?:poner|plantar|colocar|aventar)\s+una\s+bomba\b"
     r"|\b(?:cuerno\s+de\s+chivo|pistola|arma|machete|cuchillo)\b(?:\s+\S+){0,8}?\s+(?:voy\s+para\s+alla|voy\s+a\s+buscar|se\s+la\s+van\s+a\s+pagar|"
     r"me\s+las\s+va\s+a\s+pagar|me\s+la\s+van\s+a\s+pagar)\b"
     r"|\blista\s+(?:con|de)\s+(?:los\s+)?nombres\b(?:\s+\S+){0,10}?\s+(?:pagar|matar|escuela|companeros)\b"),
    ("abuse_plain", ABUSE,
     r"\b(?:he|she|and)\s+said\s+(?:if|next\s+time)\b(?:\s+\S+){0,10}?\s+(?:make\s+sure\s+i\s+(?:dont|never)|kill\s+me|never\s+see\s+(?:them|the\s+kids|my\s+kids)|"
     r"take\s+the\s+kids|hurt\s+(?:me|the\s+kids|the\s+baby))\b"
     r"|\bshut\s+(?:her|him|it|the\s+baby)\s+up\s+for\s+good\b|\bbruises\s+every\s+(?:week|day|time)\b"
     # a partner or relative who cut, stabbed or burned the writer; a carer who neither feeds nor spares someone
     r"|\b(?:wife|husband|boyfriend|girlfriend|partner|bf|gf|ex|dad|mom|father|mother|stepdad|stepmom|brother|sister|son|daughter|he|she)\s+"
     r"(?:\w+\s+)?(?:cut|stabbed|burned|burnt|slashed)\s+me\b(?!\s+(?:some\s+)?(?:slack|off|a\s+deal|a\s+break|short|out|in\s+line))"
     r"|\b(?:screams?|yells?|hits?|slaps?)\s+at\s+(?:her|him|them)\b(?:\s+\S+){0,8}?\s+(?:doesnt|does\s+not|dont|wont|never)\s+(?:even\s+)?feed\b"
     r"|\b(?:screaming|crying|yelling|shrieking)\s+(?:\w+\s+)?(?:stop|no)\s+(?:mommy|daddy|mom|dad)\b"
     r"|\b(?:dad|father|stepdad|stepfather|husband|boyfriend|he|mom|mother)\s+(?:\w+\s+)?(?:hits|beats|punches|slaps|chokes)\s+"
     rf"(?:my\s+)?(?:mom|mother|me|us|her|him|sister|brother|kids)\b{_NOT_A_GAME}"
     r"|\b(?:beat|beats|beating|hit|hits|whipped|whips)\s+(?:the|his|her|their)\s+(?:little\s+one|kid|kids|child|children|son|daughter|baby)\s+with\b"
     r"|\b(?:pushes|pushed|shoves|shoved|throws|threw)\s+me\s+(?:down|against|into\s+(?:a|the)\s+(?:wall|door|table|floor|car))\b"
     r"|\bheld\s+(?:a|the|his|her)\s+(?:\w+\s+)?(?:knife|gun|pistol)\s+(?:to|at)\s+(?:me|my|us)\b"
     r"|\bex\s+(?:\w+\s+){0,8}?keeps\s+showing\s+up\b"
     # "she threw boiling water at me during the fight", "threw a plate at me in the argument"
     r"|\b(?:threw|throws|poured|splashed|dumped)\s+(?:\w+\s+){0,2}?(?:boiling|scalding|hot)\s+(?:water|coffee|oil|tea|soup|grease)\s+"
     r"(?:at|on)\s+(?:me|her|him|us|my|the\s+kids?)\b"
     r"|\b(?:threw|throws|throwing)\s+(?:a|an|the|his|her|my)\s+(?:\w+\s+)?\w+\s+(?:at|on)\s+me\s+(?:during|in)\s+(?:the|a|our)\s+(?:fight|argument)\b"),
    ("sexual_assault_plain", SEXUAL_ASSAULT,
     r"\bforces?\s+(?:himself|herself)\s+on\s+me\b"
     r"|\bwoke\s+up\b(?:\s+\S+){0,8}?\s+(?:dont|cant|didnt)\s+remember\b(?:\s+\S+){0,8}?\s+(?:clothes|pants|underwear|naked)\b"
     r"|\bwoke\s+up\s+(?:and|to|with)\s+(?:\w+\s+){0,3}?(?:on\s+top\s+of\s+me|inside\s+me|touching\s+me)\b"
     r"|\bscreaming\s+no\b(?:\s+\S+){0,12}?\s+(?:crying|he\s+left|bathroom|wouldnt\s+stop)\b"
     # "her rideshare driver did something to her", "someone put something in her drink", "touching her
     # inappropriately", "he kept going even though i was crying", "he didnt take no for an answer" (that night)
     r"|\b(?:driver|uber|lyft|rideshare|taxi|cab|stranger|date|guy|man|boss|coach|teacher|landlord|doctor|aide|caregiver|"
     r"stepdad|stepfather|uncle|cousin|neighbou?r|coworker|he|they)\s+(?:\w+\s+)?did\s+(?:something|stuff|things)\s+to\s+(?:her|me|him|them)\b"
     r"(?!\s+(?:car|phone|house|account|credit|hair|nails|back|knee|teeth)\b)"
     r"|\b(?:someone|somebody|he|they|a\s+guy|some\s+guy|a\s+man|a\s+stranger)\s+(?:slipped|put|dropped)\s+something\s+in(?:to)?\s+(?:my|her|his|their)\s+drink\b"
     r"|\b(?:touch\w*|grop\w*|fondl\w*|kiss\w*)\s+(?:me|her|him|them|my\s+\w+)\s+(?:\w+\s+)?inappropriately\b|\binappropriately\s+touch\w*\b"
     r"|\b(?:kept\s+going|continued|didnt\s+stop|did\s+not\s+stop|wouldnt\s+stop|would\s+not\s+stop)\s+(?:even\s+)?(?:though|when|while|after|although)\s+"
     r"(?:i|she|he)\s+(?:was\s+crying|was\s+asleep|was\s+passed\s+out|said\s+no|told\s+him\s+(?:no|to\s+stop)|asked\s+him\s+to\s+stop|begged|didnt\s+want)\b"
     r"|\b(?:pushed|forced|shoved|barged)\s+(?:his|her|their)\s+way\s+(?:in|into)\b"
     r"|\b(?:date|he|guy|man|boyfriend|ex|someone|somebody|they|stranger)\s+(?:\w+\s+){0,4}?held\s+(?:her|me|him)\s+down\b"
     r"|\b(?:he|she|ex|guy|man|date|boyfriend|husband)\s+(?:didnt|did\s+not|wouldnt|would\s+not)\s+take\s+no\s+for\s+an\s+answer\b"
     r"(?=(?:\s+\S+){0,30}?\s+(?:hospital|police|rape\s+kit|exam|bruises|hurts|told\s+anyone|told\s+my|shower|clothes)\b)"
     # "he made me touch him", "the guy who did it ... cornered me in the motor pool yesterday", "wouldnt let me out
     # of the car until i..."
     r"|\b(?:made|makes|make|forced|forces|making|forcing)\s+(?:me|her|him)\s+(?:touch|kiss|suck|undress|strip|watch\s+him|sit\s+on)\s+"
     r"(?:him|her|his|them|it|while)\b"
     r"|\b(?:guy|man|person|one|he|she)\s+who\s+(?:did\s+it|did\s+that|raped\s+(?:me|her)|assaulted\s+(?:me|her)|abused\s+(?:me|her))\b(?:\s+\S+){0,16}?\s+"
     r"(?:cornered|followed|found|grabbed|showed\s+up|is\s+back|came\s+back|moved\s+(?:in|next)|texted|messag\w+|reassigned|transferred)\b"
     r"|\b(?:wouldnt|would\s+not|didnt|did\s+not)\s+let\s+(?:me|her)\s+(?:out|leave|go)\s+(?:of\s+(?:the|his|her)\s+\w+\s+)?until\b"
     # "my 14 year old niece is pregnant and says it was her stepdad"
     r"|\bpregnant\b(?:\s+\S+){0,8}?\s+(?:it\s+was|its|by|from)\s+(?:her|my|his|their)\s+(?:stepdad|stepfather|step\s+dad|uncle|grandpa|"
     r"grandfather|dad|father|brother|cousin|teacher|coach|moms\s+boyfriend)\b"),
    ("es_sexual_assault_plain", SEXUAL_ASSAULT,
     # "mi sobrina de 14 está embarazada y dice que fue su padrastro"
     r"\bembarazada\b(?:\s+\S+){0,8}?\s+(?:fue|es\s+de|por)\s+(?:su|mi|el)\s+(?:padrastro|tio|abuelo|primo|papa|padre|hermano|maestro|"
     r"entrenador|novio\s+de\s+(?:su|mi)\s+mama)\b|"
     # "él siguió aunque yo estaba llorando", "no se detuvo aunque le dije que no"
     r"\b(?:siguio|continuo|no\s+(?:se\s+)?(?:detuvo|paro))\s+aunque\s+(?:yo\s+)?(?:estaba\s+(?:llorando|dormida|dormido|inconsciente)|"
     r"le\s+(?:dije|decia|pedi)\s+que\s+(?:no|parara|se\s+detuviera)|no\s+queria)\b"
     r"|\b(?:la|lo|me)\s+(?:esta|estaba|ha\s+estado|han\s+estado)\s+tocando\s+(?:de\s+forma\s+|de\s+manera\s+)?(?:inapropiada|indebida)\w*\b"
     # "me hicieron cosas que no quería", "mi patrón se me echó encima"
     r"|\b(?:me|le|la|lo)\s+(?:hizo|hicieron|hace|hacen)\s+cosas\s+(?:q|que)\s+(?:yo\s+|ella\s+|el\s+)?no\s+(?:queria|quise|quiero|quiere)\b"
     r"|\bse\s+(?:me|le)\s+(?:echo|avento|tiro|subio|vino)\s+encima\b"
     # "mi esposo me obliga a estar con él aunque le diga que no"
     r"|\b(?:me|la|lo|le)\s+(?:obliga|obligo|obligaba|fuerza|forzo|forzaba)\s+a\s+estar\s+con\s+(?:el|ella)\b"
     r"|\bestar\s+con\s+(?:el|ella)\s+aunque\s+(?:yo\s+)?(?:le\s+)?(?:diga|digo|dije|decia)\s+que\s+no\b"),
    ("abuse_heard", ABUSE,
     # "i hear smacking and crying every night. today the little one had a black eye", "i just saw her shove mom on
     # the nanny cam"
     r"\b(?:hear|heard|hearing)\s+(?:\w+\s+){0,3}?(?:smacking|slapping|hitting|beating|thuds?|punching)\b(?:\s+\S+){0,14}?\s+"
     r"(?:crying|screaming|black\s+eye|bruis\w*|welts?)\b"
     r"|\b(?:little\s+one|kid|kids|child|baby|toddler|son|daughter|boy|girl)\s+(?:had|has|with|showed\s+up\s+with)\s+(?:a\s+|another\s+)?black\s+eye\b"
     r"|\b(?:saw|seen|watched|caught|see)\s+(?:her|him|them|the\s+\w+)\s+(?:shove|shoving|hit|hitting|slap|slapping|push|pushing|kick|kicking|"
     r"grab|grabbing|choke|choking|pinch|pinching)\s+(?:my\s+|our\s+)?(?:mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|kids?|son|"
     r"daughter|baby|her|him)\b|"
     # "I can hear him hitting them", "her husband is breaking stuff and she locked herself in the bathroom",
     # "he hurt me badly last weekend and I'm scared of tonight"
     r"\b(?:hear|heard|hearing|can\s+hear|see|saw|seeing|watching|watched)\s+(?:him|her|them|someone|somebody|(?:the|my|our|their|his|her)\s+(?:\w+\s+)?\w+)\s+"
     r"(?:hitting|beating|slapping|punching|kicking|choking|whipping|hurting|strangling)\s+(?:them|her|him|me|us|the\s+(?:kids?|children|baby)|(?:his|her|their)\s+\w+)\b"
     # "grab your neck when he's mad", "showed us marks from the last one", "taught him a lesson with the stove",
     # "he wouldnt let me leave his apartment"
     r"|\b(?:grab|grabs|grabbed|grabbing|squeez\w+)\s+(?:my|your|her|his|their)\s+(?:neck|throat)\b"
     r"|\b(?:showed\s+(?:us|me)|has|had|have|with|saw)\s+(?:\w+\s+)?(?:marks|welts|bruises|burns)\s+from\s+(?:the\s+last|last|his|her|their|the\s+visit|when)\b"
     r"|\btaught\s+(?:him|her|them|me)\s+a\s+lesson\b(?:\s+\S+){0,4}?\s+(?:with|using)\s+(?:the|a|his|her)\s+\w+"
     r"|\b(?:marks|bruises|burns|welts)\b(?:\s+\S+){0,14}?\s+taught\s+(?:him|her|them)\s+a\s+lesson\b"
     r"|\b(?:wouldnt|would\s+not|didnt|did\s+not|doesnt|wont)\s+let\s+(?:me|her|him)\s+leave\s+(?:his|her|their|the)\s+(?:apartment|place|room|house|car|dorm)\b"
     r"|\b(?:is|hes|shes|was|keeps|started|been)\s+(?:breaking|smashing|throwing)\s+(?:stuff|things|everything|dishes|furniture|the\s+\w+)\b(?:\s+\S+){0,10}?\s+"
     r"(?:locked\s+(?:herself|himself|themselves|myself|ourselves|me|us)|hiding|hid|whispering)\b"
     r"|\b(?:he|she|husband|boyfriend|partner|wife|girlfriend|ex|dad|father|mom|mother|stepdad)\s+(?:\w+\s+)?(?:hurt|beat|hit|choked)\s+me\s+"
     r"(?:really\s+|so\s+)?(?:badly|bad)\b(?:\s+\S+){0,12}?\s+(?:scared|afraid|terrified)\b"),
    ("es_abuse_heard", ABUSE,
     # "se escuchan golpes y gritos", "tiene al niño encerrado"
     r"\b(?:se\s+(?:escuchan?|oyen?)|escucho|oigo|escuchamos|oimos)\s+(?:\w+\s+){0,2}?golpes\b"
     r"|\btiene\s+(?:al|a\s+la|a\s+su|a\s+mi|a\s+los|a\s+las)\s+(?:\w+\s+)?(?:nino|nina|ninos|ninas|hijo|hija|hijos|hijas|bebe|esposa|mama|abuel[oa])\s+encerrad[oa]s?\b"),
)

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
    ("kill_self", rf"\b(?:ki+l+|ki+l+ing|ki+l+ed|hang|hanging|shoot|shooting|(?<!\bit\s)(?<!\bthem\s)(?<!\bthat\s)off|offing|drown|poison)\s+{_SELF}\b"),
    ("kill_self_gap", rf"\bki+l+(?:ing)?{_GAP}\s+(?:my|my own)\s+self\b"),
    ("kill_me", r"\b(?:want|wish|wanna|please|just|someone\s+to|somebody\s+to)\s+(?:someone\s+to\s+|somebody\s+to\s+)?kill\s+me\b"),
    ("unalive", r"\b(?:unalive|unaliving|kms|kys|ctb)\b"),
    ("end_life", r"\b(?:end|ending|take|taking|took)\s+(?:my|his|her|their)\s+(?:own\s+)?(?:life|lives)\b"),
    ("end_it", r"\b(?:end|ending)\s+(?:it|it all|things|everything|this)\b(?!\s+(?:with|of|at|on|for|by|treatment|therapy|session))"),
    # not "i dont want to die or anything, i just feel empty" (distress), nor "gonna die of embarrassment"
    ("want_die", r"(?<!dont\s)(?<!do\snot\s)(?<!didnt\s)(?<!never\s)"
     r"\b(?:want|wanna|wanted|wish|ready|going|gonna|deserve)\s+(?:to\s+)?(?:die|be dead|not exist|not be alive|not wake up|disappear forever)\b"
     r"(?!\s+(?:of|from)\s+(?:embarrassment|shame|boredom|laughter|laughing|cringe|curiosity|excitement|old\s+age|happiness|jealousy))"),
    ("wish_dead", r"\b(?:wish|wishing)\s+i\s+(?:was|were|could be|would)\s+(?:dead|die|gone|never born|not here|not alive)\b"),
    ("better_off", r"\bbetter\s+off\s+(?:dead|without\s+(?:me|him|her|them)|if\s+i\s+(?:was|were|wasnt|werent)|if\s+im\s+gone|with\s+me\s+gone|collecting\s+my|"
                   r"if\s+i\s+(?:just\s+)?(?:disappeared|died|vanished|wasnt\s+(?:here|around)|was\s+gone|were\s+gone))\b"),
    ("not_be_here", r"\b(?:dont|doesnt|do\s+not|does\s+not|didnt|no\s+longer)\s+(?:want|wanna|wants)\s+to\s+(?:be\s+(?:here|alive|around)|live|exist|wake\s+up|go\s+on|keep\s+going)\b"),
    ("not_be_here2", r"\b(?:dont|do not|no longer)\s+(?:want|wanna)\s+(?:be\s+)?(?:here|alive|around|live|exist)\s+(?:anymore|any more)\b"),
    ("cant_go_on", r"\bcant\s+(?:go\s+on|keep\s+going|do\s+this\s+anymore|take\s+(?:it|this)\s+anymore|live\s+like\s+this)\b"),
    ("point_of_living", r"\bpoint\s+(?:of|in)\s+(?:living|life|going\s+on|being\s+alive|being\s+around|being\s+here|carrying\s+on|waking\s+up|staying\s+alive)\b"),
    # (not "tired of living at 60%": half a life, said of the illness)
    ("tired_of_living", r"\b(?:tired|sick|exhausted)\s+of\s+(?:being\s+alive|living|life|existing|being\s+here)\b(?!\s+at\s+\d)(?!\s+on\s+edge)(?!\s+paycheck)(?!\s+in\s+(?:fear|pain|limbo))"),
    ("goodbye_note", r"\bgoodbye\s+(?:letter|letters|note|notes|message|messages|text|texts|video|thing|post)\b|\bposted\s+(?:a\s+)?goodbye\b|\bsuicide\s+note\b|\b(?:texted|messaged|wrote|sent|said)\s+(?:me\s+|us\s+)?(?:a\s+)?goodbye\b"),
    ("has_a_plan", r"\b(?:know|figured\s+out|decided|planned|planning)\s+how\s+(?:im|i\s+am|i\s+will|ill|to)\s+(?:going\s+to\s+|gonna\s+)?(?:do\s+it|end\s+it|go)\b"),
    ("no_point", r"\b(?:no|whats\s+the|what\s+is\s+the)\s+point\s+(?:in\s+|of\s+)?(?:living|life|going\s+on|being\s+alive|anymore|waking\s+up|in\s+living|of\s+living)\b"),
    ("no_reason", r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|go\s+on|be\s+alive|stay|continue|carry\s+on|keep\s+going)\b"
                  r"(?!\s+(?:with|the|my|taking|therapy|treatment|meds|medication|this\s+(?:treatment|therapy)))"),
    ("isnt_worth_living", r"\b(?:isnt|aint|is\s+not|not)\s+worth\s+(?:living|it\s+anymore|going\s+on)\b"),
    ("not_worth_living", r"\b(?:life|living|it)\s+(?:is|isnt|isn t|aint)?\s*not\s+worth\s+(?:living|it anymore)\b|\bnot\s+worth\s+living\b"),
    ("done_with_life", r"\b(?:done|finished|over)\s+with\s+(?:life|living|everything|it all|being alive)\b"),
    ("self_harm", r"\bself\s*(?:harm|harms|harming|harmd|harmed|injury|injure|injures|mutilat\w*)\b"),
    # (not the plain denial "I'm safe, I'm not going to hurt myself"; any other danger in the message still counts)
    ("hurt_self", rf"(?<!not\sgoing\sto\s)(?<!not\sgonna\s)(?<!never\s)(?<!wont\s)(?<!wouldnt\s)(?<!would\snever\s)(?<!didnt\s)(?<!doesnt\s)"
                  rf"(?<!not\stalking\sabout\s)(?<!never\stalked\sabout\s)(?<!no\sthoughts\sof\s)"
                  # (nor what hurts: "a tiny bump hurts me way more than it should", "would it harm me")
                  rf"(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bbump\s)(?<!\bbumps\s)(?<!\btouch\s)(?<!\bketamine\s)(?<!\binfusion\s)(?<!\binfusions\s)(?<!\btreatment\s)(?<!\bthings\s)(?<!\beverything\s)"
                  rf"\b(?:(?:hit|hitting|punch|punching)\s+{_SELF}\b"
                  rf"|(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving|scratch|scratching)\s+(?:{_SELF}\b|me\b(?!\s+(?:really\s+|so\s+|pretty\s+|extra\s+)?hard\b)(?!\s+(?:up|back)\b)"
                  rf"(?!\s+(?:way\s+|so\s+|much\s+)?(?:more|less|worse)\s+than\b)(?!\s+(?:from|off|out|loose|some|a\s+(?:deal|break|check))\b)))"),
    # (not an OCD compulsion: "washes her hands till they bleed")
    ("until_bleed", r"(?<!hands\s)\b(?:till|until|til)\s+(?:they|it|i|my\s+\w+)\s+(?:bleed|bleeds|bled|bruise|bruises)\b"),
    # (not "i burned myself out at work")
    ("cut_recent", r"\bi\s+(?:cut|burned|burnt)\s+(?:myself(?!\s+out\b)|again|last\s+night|today|yesterday|tonight|deep)\b"),
    # (not what the treatment does: "does it hurt? my dad hates pain and needles", "will ketamine harm my son")
    ("hurt_others", rf"(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bketamine\s)(?<!\bdoes\s)\b(?:hurt|hurting|harm|harming)\s+(?:my|his|her|their)\s+{_PEOPLE}\b"),
    ("cutting", r"\b(?:slit|cut|slice|slash)\w*\s+(?:my\s+)?(?:wrist|wrists|arms|legs|thighs)\b"),
    ("means", r"\b(?:noose|jump\s+off|jumping\s+off|gun\s+to\s+my\s+head|pills?\s+saved|saving\s+up\s+(?:my\s+)?pills|stockpil\w+|"
              r"(?:pills|tablets)\s+(?:lined\s+up|counted\s+out|laid\s+out))\b"),
    # "saving my sleeping tablets and I believe I have enough now"
    ("hoarding_enough", rf"\b(?:saving|saved|hoarding|hoarded|stashing|stashed|collecting|collected)\s+(?:up\s+)?(?:my\s+|his\s+|her\s+)?"
                        rf"(?:\w+\s+)?(?:{_DRUG}|{_OVER_THE_COUNTER})\b(?:\s+\S+){{0,10}}?\s+(?:have\s+|got\s+)?enough\b"),
    ("tonight_the_night", r"\btonight\s+(?:is|feels\s+like)\s+the\s+night\b"),
    ("note_written", r"\b(?:already|just|finally)\s+(?:wrote|written|finished|left)\s+(?:the|my)\s+(?:note|letter)\b"
                     r"|\b(?:letters|notes)\s+to\s+(?:my|everyone)\b(?:\s+\S+){0,10}?\s+before\s+i\s+go\b"
                     r"|\bgave\s+(?:away\s+)?(?:my|our)\s+(?:dog|cat|pets?)\b(?:\s+\S+){0,16}?\s+(?:letters|notes|goodbye|before\s+i\s+go)\b"),
    ("has_a_way", r"\b(?:has|have|got|found)\s+a\s+(?:way|plan)\s+to\s+do\s+it\b"
                  r"|\bthinking\s+about\s+how\s+(?:id|i\s+would|i\s+could|to)\s+(?:do\s+it|end\s+it)\b"),
    # "I've been saving up my oxycodone to take all at once": a supply kept back for one go
    ("hoarding", r"\b(?:saving|saved|hoarding|hoarded|stashing|stashed|collecting|collected)\s+(?:up\s+)?(?:\w+\s+){0,3}?"
                 r"to\s+(?:take|swallow|down)\s+(?:them\s+|it\s+)?all\s+(?:at\s+once|together|in\s+one\s+go)\b"),
    ("gave_away", r"\b(?:gave|give|giving|given)\s+away\s+(?:most\s+of\s+|all\s+of\s+|all\s+|some\s+of\s+)?my\s+(?:stuff|things|belongings|possessions|pets?|clothes)\b"),
    ("giving_away", r"\bgiv(?:e|ing|en)\s+(?:away\s+)?(?:all\s+)?my\s+(?:stuff|things|belongings|possessions)\s+away\b|\bgiving\s+away\s+(?:all\s+)?my\s+(?:stuff|things|belongings|possessions)\b"),
    ("goodbye_forever", r"\b(?:goodbye|bye)\s+(?:forever|for good|everyone)\b|\bthis\s+is\s+(?:my\s+)?goodbye\b"),
    ("overdose", r"\b(?:overdos\w*|over\s+dos\w*|od|oded|odding)\b"),
    ("too_many", rf"{_NOT_A_PET}\b(?:took|taken|swallowed|ate|take|taking)\s+(?:way\s+)?(?:too\s+many|too\s+much|a\s+(?:whole\s+)?bottle|the\s+(?:whole\s+)?bottle|a\s+handful|all\s+(?:my|the|of\s+my|of\s+the)(?!\s+(?:savings|money|cash|time|energy|courage|strength|patience|vacation|pto|sick\s+days|paycheck|stuff|things|notes|classes|credits|advice|info|information)\b)|the\s+rest\s+of\s+(?:my|his|her|the)|"
                 r"what\s+(?:was|is|i\s+had|he\s+had|she\s+had)\s+left\s+(?:of|in)\s+(?:my|his|her|the)|"
                 r"every\s+(?:single\s+)?(?:pill|tablet|bottle)\s+(?:in|from)\s+(?:the|my|his|her)\b|"
                 r"(?:my|his|her|a|the)\s+whole\s+(?:month|months|week|weeks)\s+(?:of|worth)|"
                 # "took 2 weeks worth of my lithium", "the whole rest of the pack" (not "the whole pack of gum")
                 r"(?:\d+|a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?)\s*s?\s+(?:worth|supply)\s+of|"
                 r"(?:a|the|my|his|her)\s+(?:whole|entire)\s+(?:rest\s+of\s+(?:the|my|his|her)\s+)?(?:pack|packet|box|strip|sheet|blister\s+pack)\b"
                 r"(?!\s+of\s+(?:gum|cigarettes|smokes|candy|chips|cookies|mints|beer|soda|gummies|vitamins)))\b"
                 # "swallowed a bunch of my lithium", "popped a ton of xanax", "took a fistful of her pills" (not "I've
                 # taken a bunch of SSRIs", a history: only swallowing, or taking someone's own supply, counts)
                 rf"|{_NOT_A_PET}\b(?:swallowed|popped|downed|ate)\s+(?:a\s+)?(?:whole\s+)?(?:bunch|ton|fistful|handful|load|lot|pile)s?\s+of\b"
                 r"|\b(?:took|taken)\s+a\s+(?:whole\s+)?(?:bunch|ton|fistful|handful|load|pile)\s+of\s+(?:my|his|her|their)\b"),
    ("harm_others", rf"\b{_WANT}\s+(?:to\s+)?(?:kill|hurt|harm|shoot|stab|strangle|murder|beat\s+up|attack)\s+(?:him|her|them|someone|somebody|people|everyone|my|our|his|her|a\s+\w+|the)\b"
                    rf"{_NOT_A_PERSON}"),
    ("kill_other", rf"\b(?:kill|killing|murder|murdering|shoot|shooting|stab|stabbing)\s+(?:him|her|them|someone|somebody|everyone|people|(?:my|his|her|their)\s+{_PEOPLE})\b"),
    # (not "not an emergency, just wondering ...": a sign or danger named beside it is caught by its own rule)
    ("emergency", r"(?<!not\san\s)(?<!isnt\san\s)(?<!\bno\s)\b(?:emergency|emergancy|emergengy|emergincy)\b(?!\s+(?:room|rooms|department|departments|medicine|physician|doctor|doctors|use|uses|setting|settings|anesthesia|surgery|surgeries|equipment|plans?|protocols?|procedures?|contacts?|kits?))"),
    # not the writer's own job: "I'm a paramedic", "I work on an ambulance"
    ("call_911", r"\b(?:(?:911|999|112)(?!\s+(?:dispatch\w*|operator|call\s+(?:taker|center)))|(?<!on\san\s)(?<!ketamine\sin\sthe\s)(?<!ketamine\sin\san\s)ambulance(?!\s+(?:crew|driver|work|job|shifts?))|(?<!im\sa\s)(?<!am\sa\s)(?<!as\sa\s)(?<!was\sa\s)(?<!is\sa\s)(?<!hes\sa\s)(?<!shes\sa\s)paramedics?(?!\s+(?:here|carry|use|used|give|gave|and\s+er))(?!\s+(?:for\s+)?(?:\d+|ten|twenty|\w+teen|many|several)\s+(?:years?|yrs?))(?!\s+(?:\w+\s+)?ketamine))\b"),
    ("not_breathing", r"\b(?:not|isnt|stopped|cant|can not|cannot|hard to|trouble)\s+(?:breathing|breathe|breath)\b|\bstopped\s+breathing\b"),
    ("medical_acute", rf"\b(?:(?:isnt|not|wont|stopped)\s+(?:responding|waking\s+up){_NOT_A_TREATMENT}|still\s+shaking|cant\s+stop\s+shaking(?!.*\bone\s+of\s+those\s+days\b)|throat\s+is\s+(?:closing|swelling)|allergic\s+reaction|chest\s+(?:pain|hurts|is\s+tight(?!\s+(?:most\s+days|all\s+the\s+time|a\s+lot|sometimes|every\s+day|lately|when\s+im\s+anxious))|tightness|pressure)|arm\s+(?:is\s+|went\s+)?numb|(?<!start\s)(?<!if\s)(?<!thought\si\swas\s)(?<!felt\slike\si\swas\s)having\s+(?:a\s+)?(?:stroke|seizure|heart\s+attack)|(?<!will\si\sbe\s)(?<!would\si\sbe\s)(?<!do\syou\sgo\s)unconscious|unresponsive|wont\s+wake\s+up|passed\s+out\s+and)\b"),
    ("not_be_around", r"\b(?:wont|will\s+not|not\s+going\s+to|dont\s+think\s+ill|probably\s+wont|might\s+not)\s+(?:even\s+|still\s+)?be\s+(?:here|around|alive)\b"),
    ("cutting_again", r"\b(?:been|started|start|keep|kept|still|i|im)\s+(?:\w+\s+)?cuttin[g]?\b(?!\s+(?:back|down|out|off|costs?|corners|carbs|sugar))"
                      r"(?!\s+(?:my\s+|the\s+|his\s+|her\s+)?(?:\w+\s+)?(?:pills?|tablets?|meds|doses?|patch\w*)\b)"),
    ("more_than_prescribed", r"\bmore\s+(?:\w+\s+){0,2}than\s+(?:i|im)\s+(?:was\s+)?(?:supposed|meant|prescribed|allowed)\b"
                             # "took way more xanax than i should have" (a drug named: "I sleep more than I should" is not)
                             rf"|\bmore\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|the\s+)?{_DRUG}\s+than\s+(?:i|he|she|they)\s+should\b"
                             # "mixed up his insulin pens and took way more than usual"
                             r"|\b(?:took|taken|used|injected|gave\s+(?:himself|herself|myself))\s+(?:way\s+|a\s+lot\s+|much\s+)?more\s+(?:\w+\s+){0,3}?"
                             r"than\s+(?:usual|normal|he\s+should|she\s+should|i\s+should|prescribed)\b"),
    ("took_many", r"\b(?:to+k+|taken|swallowed|ate|popped|after\s+taking|just\s+had)\s+(?:like\s+|about\s+|around\s+|maybe\s+|over\s+)?(?:[1-9]\d+|a\s+lot\s+of|dozens\s+of|twenty|thirty|forty|fifty)(?!\s*(?:mg|mgs|milligrams?|mcg|ml|units?|years?|yrs?|months?|weeks?|days?|minutes?|mins?|hours?|hrs?|percent)\b)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|the\s+)?"
                  r"(?!(?:notes|photos|pictures|time|classes|courses|breaks|shifts|calls|questions|tests|steps|walks|naps|showers|selfies)\b)\w+"),
    ("danger", r"\b(?:(?<!not\s)(?<!\bno\s)(?<!not\slike\s)(?<!not\sreally\s)(?<!dont\sthink\shes\s)(?<!dont\sthink\sshes\s)(?<!dont\sthink\sim\s)in\s+danger|not\s+safe\s+(?:right\s+now|here)|im\s+not\s+safe)\b"),
    ("disappear", r"\b(?:disappear\w*|vanish\w*)\s+(?:forever|for\s+good|permanently)\b|\bgo\s+to\s+sleep\s+and\s+(?:never|not)\s+wake\s+up\b"),
)

_PERSONAL = r"(?:\bi\b|\bim\b|\bive\b|\bid\b|\bill\b|\bmy\b|\bme\b|\bmine\b|\bmyself\b)"

_MEDICAL_RULES_FIXED: Sequence[Tuple[str, str]] = (
    # (not one who says she is not: "baby is 2 now, im not nursing")
    ("pregnancy", r"(?<!\bnot\s)(?<!\bno\slonger\s)\b(?:pregnan\w*|breast\s*feed\w*|breastfeed\w*|nursing(?!\s+(?:student|school|home|homes|degree|program|staff|job|jobs|career|shifts?|background|assistant|standpoint|perspective|point|view|experience|license|days|years|work))|pump\s+and\s+dump|lactating|trying\s+to\s+conceive|ttc|trying\s+for\s+a\s+baby|expecting\s+a\s+baby|ivf|have\s+a\s+baby|get\s+pregnant|"
                  r"(?:im|i\s+am)\s+on\s+(?:the\s+pill|birth\s+control))\b"
                  # "would any of that hurt the baby" (after telling a pregnancy)
                  r"|\b(?:would|could|will|can|does|do|might)\s+(?:any\s+of\s+)?(?:that|this|it|ketamine|those|these|the\s+\w+)\s+"
                  r"(?:\w+\s+)?(?:hurt|harm|affect|damage|reach)\s+(?:the|my|our)\s+(?:baby|fetus|unborn|pregnancy)\b"),
    (
        "dose",
        # (not what a doctor keeps doing to it: "my doc just keeps upping my dose ... how does this compare")
        # (not a dose already reached: "2 SSRIs at max dose + a year of ERP, still bad")
        r"(?<!upping\s)(?<!raising\s)(?<!upped\s)\b(?:what|which|how\s+much|how\s+many|right|correct|my|safe|(?<!at\s)(?<!on\s)max(?:imum)?)\s+(?:\w+\s+)?(?:dose|doses|dosage|dosages|dosing|mg|milligrams?)\b"
        # ("does a higher dose make the trip stronger" asks how dosing works; "can I get a higher dose" is one's own)
        rf"|^(?=.*{_PERSONAL}).*\b(?:higher|lower|bigger|smaller|increase|decrease|double|same)\s+(?:\w+\s+)?(?:dose|doses|dosage|dosages|dosing|mg|milligrams?)\b"
        r"(?!\s+(?:used|given)\s+(?:for|in|with)\b)"
        r"|\b(?:dose|dosage|dosing)\s+(?:should|for\s+me|do\s+i|would\s+i|will\s+i|would\s+i\s+need)\b"
        r"|\bmicro\s*dos(?!ed\b)\w*|\b\d+\s*(?:mg|milligrams?)\b|\bhow\s+much\s+(?:ketamine|k|spravato|esketamine)\s+(?:should|can|do|would)\b"
        # "how much spravato should i be taking" (not "how much time should i take off")
        r"|\bhow\s+much\s+(?!time\b|money\b|off\b|days?\b|work\b)(?:\w+\s+)?should\s+i\s+(?:be\s+)?(?:taking|take|using|use)\b(?!\s+off\b)"
        # taking more than prescribed, asked for oneself: "can i double up on the lozenges", "an extra troche"
        r"|\b(?:can|could|should|may)\s+i\s+(?:\w+\s+)?(?:double|triple)\s+up\b"
        r"|\b(?:can|could|should|may)\s+i\s+(?:take|use|have|do)\s+(?:an?\s+)?(?:extra|more|another|second|additional)\s+(?:\w+\s+)?"
        r"(?:dose|doses|lozenges?|troches?|sprays?|pills?|tablets?|spray)\b",
    ),
    ("diagnosis", r"\b(?:(?:does|would|could)\s+(?:that|this|it)\s+mean\s+i\s+(?:have|got|might\s+have)|do\s+i\s+(?:actually\s+|really\s+|even\s+|maybe\s+)?have|sounds?\s+like\s+i\s+(?:have|am|might)|have\s+i\s+got|am\s+i|could\s+i\s+have|might\s+i\s+have|is\s+it\s+possible\s+i\s+have|i\s+(?:think|thought|feel\s+like|wonder\s+if)\s+i\s+(?:might|may|could)?\s*(?:have|be)|how\s+do\s+i\s+know\s+if\s+i\s+(?:have|am)|(?:do|does|would)\s+(?:u|you|ya|anyone)\s+think\s+i\s+(?:have|am|might\s+have|could\s+have))\s+(?:a\s+|an\s+)?(?:treatment\s+resistant\s+|clinical\s+|severe\s+|major\s+)?(?:ptsd|ocd|depression|depressed|bipolar|adhd|anxiety|an\s+anxiety\s+disorder|schizo\w*|psychotic|borderline|bpd|autis\w*|add|trauma|clinically)\b|\b(?:diagnose|diagnosing|diagnosis\s+for)\s+me\b|\bis\s+(?:that|this|it)\s+(?:just\s+)?(?:my\s+)?(?:anxiety|depression|ptsd|ocd|a\s+panic\s+attack|panic)\s+or\s+(?:is\s+(?:it|that)\s+|is\s+there\s+|is\s+)?(?:something|anything)\s+(?:\w+\s+)?wrong\s+with\s+my\b|(?<!idk\s)(?<!know\s)(?<!understand\s)(?<!sure\s)\bwhats\s+wrong\s+with\s+me\b"
     # "what do u think i actually have", "is my chronic fatigue actually depression", "my depression is actually something else"
     r"|\bwhat\s+(?:do|would)\s+(?:u|you|ya)\s+think\s+i\s+(?:actually\s+|really\s+)?(?:have|got)\b"
     r"|\bis\s+my\s+(?:\w+\s+){1,2}(?:actually|really|just)\s+(?:depression|anxiety|ptsd|ocd|bipolar|adhd)\b"
     r"|\bmy\s+(?:depression|anxiety|diagnosis|ptsd|ocd)\s+(?:is|might\s+be|could\s+be)\s+(?:actually|really)\s+something\s+else\b"
                  # "can u tell me if this is depression or just burnout"
                  r"|\b(?:is\s+(?:this|it|that)|(?:this|it|that)\s+is)\s+(?:real\s+|actual\s+|clinical\s+)?(?:depression|anxiety|ptsd|ocd|bipolar|adhd)"
                  r"\s+or\s+(?:just\s+)?(?:burnout|stress|sadness|grief|a\s+phase|normal|laziness|tiredness|exhaustion|something\s+else)\b"
                  # one's own habit told, then "is that ocd?" (the message's last words)
                  r"|^(?=.*\bi\b).*\b(?:is|could)\s+(?:that|this)\s+(?:be\s+)?(?:ocd|ptsd|depression|bipolar|adhd|add|anxiety|an\s+anxiety\s+disorder)\s*$"),
    # "is that too high for me to do it" (of one's own blood pressure, weight, age)
    # (not a permission: "he said it's okay for me to set it up")
    ("safe_for_me", r"\b(?:safe|ok|okay|alright|all\s+right|dangerous|risky|bad)\s+for\s+me\b"
                    r"(?!\s+to\s+(?:set|book|call|reach|contact|make|schedule|fill|sign|ask|handle|arrange|speak|talk|reach\s+out)\b)"
                    r"|\btoo\s+(?:high|low|much|old|young|heavy|sick|severe)\s+for\s+me\s+to\b"
                    # a clinician's own patient: "pt is 68f on eliquis ... any contraindication to ketamine for her?"
                    r"|\bcontraindicat\w*\s+(?:\w+\s+){0,3}?for\s+(?:her|him|me|them|my\s+\w+|this\s+(?:patient|pt|person))\b"
                    # "history of seizures as a kid, am i ok to do this"
                    r"|\bam\s+i\s+(?:ok|okay|safe|fine|alright|good)\s+to\s+(?:do|get|try|have|take|start|use)\s+"
                    r"(?:this|it|ketamine|k|spravato|treatment|infusions|the\s+(?:treatment|infusions?))\b"
                    # "i get nauseous super easily and have bad gerd, will i be ok?": one's own condition told first
                    r"|\b(?:i\s+(?:have|get|got|am|suffer\s+from|deal\s+with)|im)\s+(?!(?:a|one|another|some|two)\s+(?:quick\s+)?questions?\b)"
                    r"(?:\S+\s+){0,12}?(?:will|would)\s+i\s+"
                    r"(?:still\s+)?be\s+(?:ok|okay|alright|all\s+right|fine)$"),
    # (not stopping an infusion under way: "can i stop it if i panic", "can i stop it halfway")
    ("pause_treatment", r"\b(?:do|should|would|will|must|can)\s+i\s+(?:just\s+|simply\s+)?(?:need\s+to\s+|have\s+to\s+)?(?:stop|quit|pause|hold|taper)\s+(?:it|them|taking|my)\b"
                        r"(?!\s+(?:if\s+i\s+(?:panic|freak|get|feel|hate|dont|start)|halfway|midway|partway|part\s+way|mid\s+\w+|during|in\s+the\s+middle|while)\b)"
                        r"|\bskip\s+(?:taking|my)\b"
                        # "i'm on 60mg methadone, do i need to come down before": a taper asked about
                        r"|\b(?:do|should|would|will|must|can)\s+i\s+(?:need\s+to\s+|have\s+to\s+)?(?:come|go|step|taper|wean)\s+down\b"
                        # "hold my suboxone the day before?": the change asked about in two words
                        r"|^(?:hold|stop|skip|pause|quit|taper)\s+(?:taking\s+)?my\s+(?!(?:infusions?|sessions?|appointments?|therapy|consult\w*|booking)\b)\w+"),
    ("my_medication_question", r"\b(?:prescribe|prescription|refill)\s+(?:me|my)\b"),
    # "take adderall every morning. ok to take it the day of the infusion?": one's own medicine on the day
    ("own_medicine_on_the_day",
     r"^(?=.*(?:^take\b|\bi\s+(?:take|use)\b|\bim\s+on\b|\bmy\s+\w+))"
     r".*\b(?:ok|okay|safe|fine|alright|allowed)\s+to\s+(?:take|keep\s+taking|use|have)\s+(?:it|them|my\s+\w+)\s+"
     r"(?:the\s+(?:day|morning|night)\s+(?:of|before)|before|after|on\s+(?:the\s+)?(?:day|infusion)|during)\b"
     # "can i keep taking it during treatment" (after "im on prozac"): one's own medicine kept through the treatment
     r"|\b(?:can|could|should|may|do|would)\s+i\s+(?:still\s+)?(?:keep|continue|stay\s+on)\s+(?:taking\s+)?(?:it|them|my\s+\w+)\s+"
     r"(?:during|while|through|throughout|with)\s+(?:the\s+)?(?:treatment|infusions?|ketamine|sessions?|it)\b"),
    # "i use a nasal spray for allergies, would that mess with the ketamine spray": one's own remedy against ketamine
    ("mine_with_ketamine",
     r"^(?=.*\b(?:i\s+(?:use|take|am\s+on|have)|im\s+(?:on|taking|using)|my)\b).*\b(?:would|will|could|can|does|do|might)\s+"
     r"(?:that|it|this|those|these|they|my\s+\w+)\s+(?:\w+\s+)?(?:mess\s+with|mess\s+up|interfere\s+with|interact\s+with|clash\s+with|"
     r"cancel\s+out|block|weaken)\s+(?:the\s+)?(?:ketamine|infusions?|treatment|spray|spravato|esketamine)\b"),
    # "whats the dose for someone 240 lbs", "peso 85 kg", "cuantos miligramos me pondrian"
    ("dose_for_body", r"\b(?:dose|dosage|dosis|miligramos|mg)\b(?:\s+\S+){0,8}?\s+\d+\s*(?:lbs?|pounds|kg|kilos)\b"
                      r"|\b(?:peso|weigh)\s+\d+|\b(?:cuantos|cuantas|que)\s+(?:miligramos|dosis)\s+(?:me|le|nos)\b"),
    # "would ketamine be safe w my heart", "would it make mine worse", "put my sobriety at risk"
    # "does a history like that mean I can't do ketamine?", "does having epilepsy mean i cant get it"
    ("ruled_out", r"\bmean\s+(?:that\s+)?(?:i|he|she|my\s+\w+)\s+(?:cant|cannot|can\s+not|shouldnt|should\s+not|wont\s+be\s+able\s+to|"
                  r"am\s+not\s+able\s+to|is\s+not\s+able\s+to)\s+(?:do|get|have|try|use|start|receive)\s+"
                  r"(?:ketamine|k|it|this|spravato|esketamine|treatment|infusions|the\s+(?:treatment|infusions?|therapy))\b"),
    ("effect_on_me",
     r"\b(?:would|will|could|can|does|is|might)\s+(?:doing\s+)?(?:ketamine|it|this|that|the\s+(?:infusions?|treatment|drug))\s+"
     r"(?:\w+\s+){0,2}?(?:(?:be\s+)?(?:safe|ok|okay|dangerous|risky)\s+(?:w|with|for|given|at)\s+(?:my|me|him|her|his|mine)\b|"
     r"(?:affect|interfere\s+with|hurt|harm|worsen)\s+(?:my|mine|his|her)\b(?!\s+(?:wallet|budget|bank|savings|schedule)\b)|make\s+(?:me|him|her)\s+(?:\w+\s+)?(?:sicker|worse|crash|relapse|manic|psychotic)\b|make\s+mine\b|"
     r"make\s+(?:\w+\s+){0,2}?worse\s+for\s+(?:me|him|her)\b|put\s+(?:my|his|her)\s+\w+\s+at\s+risk\b|"
     # "would ketamine make my head injury worse"
     r"make\s+(?:my|his|her)\s+(?!wallet|budget|bank|savings|schedule)(?:\w+\s+){1,3}?worse\b)"
     r"|\b(?:safe|ok|okay|dangerous|risky)\s+for\s+(?:him|her|them|my\s+\w+)\b"
     r"|\b(?:would|will|could|can|is)\s+(?:he|she|they|my\s+\w+)\s+(?:\w+\s+){0,2}?(?:be\s+able\s+to\s+)?tolerate\b"
     r"|\brule\s+(?:me|him|her)\s+out\b|\bdisqualif\w*\s+(?:me|him|her)\b|\baffect\s+whether\s+i\s+can\b"
     r"|(?<!gets\s)(?<!get\s)(?<!getting\s)(?<!got\s)\b(?:better|best)\s+(?:option\s+|choice\s+|fit\s+)?for\s+(?:me|him|her)\b"
     r"|\bshould\s+i\s+(?:do|try|get|go\s+with|choose)\s+(?:ketamine|it|this|spravato)\b(?:\s+\S+){0,3}?\s+or\b"
     r"|\b(?:any|an)\s+(?:issue|issues|problem|problems|interaction)\s+with\s+(?:that|this|it|my\s+\w+)\s+and\s+(?:ketamine|it)\b"),
    # "would ketamine work in my case", "a mi me serviria", "would it be worse for someone like me", "should i do it?"
    ("my_own_case",
     # (not "would this work for someone like me", which asks who the treatment is for)
     r"\b(?:in\s+my\s+case|(?:worse|safe|risky|dangerous|ok|okay)\s+for\s+someone\s+like\s+me|(?:work|help|happen|be\s+worse|worse)\s+(?:\w+\s+){0,2}?for\s+me\s+too|"
     r"make\s+mine\s+worse|(?:do|would)\s+(?:u|you)\s+think\s+i\s+(?:have|got)\s+(?:it|that|this)|(?:do|would)\s+(?:u|you|yall|you\s+guys)\s+think\s+(?:it|ketamine|this)\s+(?:would|will|could)\s+(?:help|work\s+for)\s+me|"
     r"a\s+mi\s+me\s+(?:serviria|funcionaria|ayudaria)|en\s+mi\s+caso|"
     # "do you think I should go for it?", "appropriate for a person in my condition?"
     r"(?:do|would)\s+(?:u|you|yall)\s+think\s+i\s+should\s+(?:go\s+for\s+it|do\s+it|try\s+it|get\s+it|do\s+this|try\s+this)|(?:a\s+person|someone|people)\s+in\s+my\s+(?:condition|situation|shape|position)|"
     # "does that mean i cant be a candidate", "safe with a brain injury like mine"
     r"(?:does|would)\s+(?:that|this|it)\s+mean\s+i\s+(?:cant|can\s+not|cannot|wont|shouldnt)\s+(?:be\s+a\s+candidate|do\s+(?:it|this|ketamine)|get\s+(?:it|ketamine)|qualify|have\s+it)|"
     r"(?:condition|injury|illness|situation|case|history|diagnosis|problem|disease)\s+like\s+mine|"
     r"(?<!why\s)should\s+i\s+(?:do\s+it|do\s+this|try\s+it|go\s+for\s+it)|"
     # "will it work for me? ive failed every treatment", "so will it work for mine?" (not "how quickly will it work for me")
     r"(?<!how\s)(?<!quickly\s)(?<!fast\s)(?<!soon\s)(?<!long\s)(?<!when\s)\b(?:will|would|does|is)\s+(?:it|this|ketamine|k|that|the\s+treatment)\s+"
     r"(?:really\s+|actually\s+|even\s+|definitely\s+)?(?:going\s+to\s+|gonna\s+)?work\s+(?:for|on)\s+(?:me|mine)\b(?!\s+(?:too|with|to|if|as|when)\b)|"
     # "8 rounds of spravato didnt help. should i try iv ketamine instead"
     r"(?<!why\s)should\s+i\s+(?:try|do|get|go\s+for|switch\s+to)\s+(?:the\s+)?(?:iv\s+|nasal\s+|infusion\s+)?(?:ketamine|infusions?|spravato|esketamine)\b|(?:creen|cree|crees)\s+que\s+deberia\s+(?:hacerlo|intentarlo|probarlo)|"
     r"am\s+i\s+(?:gonna|going\s+to)\s+(?:get\s+hooked\s+again|get\s+addicted\s+again|relapse)|"
     # "do i count as treatment resistant? i've only tried one med"
     r"(?:do|would|does)\s+(?:i|he|she|my\s+\w+)\s+(?:still\s+)?(?:count|qualify)\s+as\s+(?:treatment\s+resistant|trd|a\s+(?:good\s+)?candidate))\b"),
    # a relative's own case: "my son is 16, can he get ketamine for his depression", "could my mom do it with her heart"
    ("someone_elses_case",
     # (not whether someone may skip the therapy: "he refuses therapy, can he still do it" asks why it is paired)
     r"^(?!.*\b(?:therapy|therapist|counsel\w*|talk\s+therapy)\b).*?"
     r"(?:\bmy\s+(?:\w+\s+)?(?:son|daughter|kid|child|teen|teenager|mom|mother|dad|father|husband|wife|partner|brother|sister|grandma|grandpa)\b"
     r"(?:\s+\S+){0,8}?\s+(?:can|could|should|would)\s+(?:he|she|they)\s+(?:still\s+)?(?:get|do|have|try|start|receive)\s+"
     r"(?:ketamine|it|this|the\s+(?:treatment|infusions?))\b"
     # "should my son try ketamine? hes 22, opioid addiction"
     r"|\bshould\s+my\s+(?:\w+\s+)?(?:son|daughter|kid|child|teen|teenager|mom|mother|dad|father|husband|wife|partner|brother|sister|grandma|grandpa)\s+"
     r"(?:try|do|get|start|go\s+for)\s+(?:ketamine|it|this|the\s+(?:treatment|infusions?))\b)"),
    # "3-4 beers most nights, is that gonna be a problem", "2 glasses of wine at dinner ... am i ok", "unas cervezas ... puedo seguir tomando"
    ("my_drinking",
     r"\b(?:i\s+have|i\s+had|had|i\s+drink|me\s+tomo|tomo)\s+(?:\w+\s+){0,3}?(?:beers?|glasses\s+of\s+wine|wine|drinks|shots|cervezas?|copas|tragos|chelas)\b"
     r"(?:\s+\S+){0,14}?\s+(?:problem|am\s+i\s+ok|am\s+i\s+okay|ok\s+to|safe|puedo\s+seguir|hay\s+(?:algun\s+)?problema|afecta)"),
    # "my bp meds already make me dizzy, would ketamine make me pass out": an effect asked about with one's own
    # medication or condition named first ("will it make me dizzy" alone is the side-effects question)
    ("effect_with_my_condition",
     r"\bmy\s+(?:\w+\s+)?(?:meds|medications?|pills|bp|blood\s+pressure|heart|condition|diagnosis)\b(?:\s+\S+){0,12}?\s+"
     r"(?:would|will|could|can|might)\s+(?:ketamine|it|this|the\s+(?:infusions?|treatment))\s+make\s+(?:me|it)\b"),
    # "can i drink the night before my session", "how long after my last drink should i wait"
    ("drinking_timing", r"\b(?:drink|drinking|smoke|smoking|use|using)\s+(?:\w+\s+){0,3}?(?:night|day|morning|hours?)\s+before\b"
                        r"|\bafter\s+my\s+last\s+(?:drink|dose|beer|joint)\b"),
    # "what im describing sounds more like ptsd", "do i have treatment resistant depression"
    ("describing", r"\b(?:what\s+im\s+describing|my\s+symptoms|what\s+i\s+told\s+you)\b(?:\s+\S+){0,4}?\s+(?:sounds?|seems?|is)\s+(?:more\s+)?like\b"
                   r"|\bdo\s+i\s+have\s+(?:treatment\s+resistant|trd)\b"),
    # Spanish: pregnancy and nursing, my blood pressure, "¿me pueden poner la ketamina así?"
    ("es_personal", r"\b(?:embaraz(?!os)\w*|dando\s+pecho|dar\s+pecho|doy\s+pecho|lactancia|amamant\w*|encargando\s+(?:un\s+)?bebe|buscando\s+(?:un\s+)?bebe|embarazarme|quedar\s+embarazada)\b"
                    r"|\bmi\s+presion\b|\bme\s+(?:pueden|puedan)\s+poner\b(?:\s+\S+){0,3}?\s+asi\b"),
    # "tengo la presion alta", "soy diabetica", "hay esquizofrenia en mi familia": a condition of one's own
    ("es_condition",
     rf"\b(?:tengo|tuve|tenia|padezco|padeci|sufro|sufri|soy|estoy|mi|me\s+diagnosticaron|me\s+detectaron|me\s+dio|me\s+dieron|yo)"
     rf"(?:\s+\S+){{0,5}}?\s+{_ES_CONDITIONS}\b|\b{_ES_CONDITIONS}\s+en\s+(?:mi|la)\s+familia\b"),
    # "es seguro pa mi?", "¿me conviene la ketamina?", "me lo recomiendan a mi?", "la ketamina me puede hacer dano?"
    # one's own case or a relative's, in Spanish: "¿usted cree q deberia probar?", "¿a mi si me funcione?",
    # "¿a mi me empeoraria?", "¿podria el recibir las infusiones?", "¿ella califica?", "me la pueden hacer asi o no",
    # "¿me va a pasar lo mismo?", "¿es problema pa mi?", "o q tengo yo?"
    ("es_my_own_case",
     r"\bcree\w*\s+q(?:ue)?\s+(?:yo\s+)?deberia\s+(?:hacerlo|intentarlo|probarl\w*|probar|hacer|intentar)\b|\bdeberia\s+(?:hacerlo|probarla|intentarlo)\s+o\s+no\b"
     r"|\ba\s+mi\s+(?:si\s+)?me\s+(?:funcione|funcionaria|serviria|sirva|ayude|ayudaria|empeoraria|afectaria)\b|\ba\s+mi\s+me\s+(?:va\s+a\s+)?empeorar\b"
     r"|\b(?:podria|puede|podrian)\s+(?:el|ella|mi\s+\w+)\s+(?:recibir|hacerse)\s+(?:las?\s+|el\s+|los\s+)?(?:infusion\w*|tratamiento|ketamina)\b|\b(?:ella|el|mi\s+\w+)\s+(?:si\s+)?(?:califica|calificaria|seria\s+(?:una?\s+)?(?:buen[oa]?\s+)?candidat[oa])\b"
     r"|\bme\s+(?:la\s+|lo\s+)?(?:pueden|puedan)\s+(?:poner|hacer)\b(?:\s+\S+){0,3}?\s+asi\b|\bme\s+va\s+a\s+pasar\s+lo\s+mismo\b"
     r"|\b(?:problema|riesgo|peligro)\s+(?:pa|para)\s+mi\b|\bq(?:ue)?\s+tengo\s+yo\b|\bla\s+va\s+a\s+(?:confundir|empeorar)\b"
     # "¿me serviria o es cosa de hormonas lo mio?": what the writer has
     r"|\b(?:cosa\s+de\s+\w+|es)\s+lo\s+mio\b"),
    ("es_safe_for_me",
     r"\b(?:segur[oa]|peligros[oa]|riesgos[oa]|recomendable|conveniente|contraindicad[oa]|mal[oa]|danin[oa])\s+(?:\w+\s+)?"
     r"(?:para|pa)\s+(?:mi|mi\s+\w+|el|ella|alguien\s+como\s+yo)\b|\bme\s+(?:conviene|convendria)\b"
     r"|\b(?:me\s+lo|me\s+la|lo|la)\s+(?:recomiendan|recomendarian|recomienda|recomendaria)\s+(?:a\s+mi|para\s+mi|pa\s+mi)\b"
     r"|\b(?:ketamina|esto|eso|tratamiento|infusion|infusiones|terapia)\s+(?:\w+\s+)?me\s+(?:afecta\w*|puede\s+(?:hacer\s+dano|afectar|perjudicar|caer\s+mal)|"
     r"haria\s+dano|hace\s+dano|perjudica\w*)\b|(?<!todavia\s)(?<!aun\s)(?<!sigue\s)\bme\s+(?:afecta|afectaria|puede\s+afectar|perjudica)\s+(?:la|el)\s+(?:ketamina|tratamiento|infusion)\b"
     r"|\bme\s+puede\s+hacer\s+dano\b(?:\s+\S+){0,4}?\s+(?:la\s+)?(?:ketamina|tratamiento|infusion)\b"
     # "yo que tengo gastritis y me mareo facil, me va a ir mal?"
     r"|\btengo\s+(?:\S+\s+){0,12}?(?:me\s+va\s+a\s+(?:ir|caer)\s+mal|me\s+(?:ira|caera)\s+mal|voy\s+a\s+estar\s+bien)$"),
    # "que dosis de ketamina es buena para mi...", "cuanta ketamina me pondrian"
    ("es_dose",
     r"\b(?:que|q|cual|cuanta|cuanto|cuantos|mi|mas|menos|maxima|correcta|segura)\s+(?:\w+\s+){0,2}?(?:dosis|dosificacion|miligramos)\b"
     r"(?!\s+(?:que\s+)?(?:usan|manejan|se\s+usa|se\s+usan|suelen|normal)\b)"
     r"|\bdosis\s+(?:\w+\s+)?(?:(?:para|pa)\s+mi|me\s+(?:toca|darian|pondrian|dan|ponen))\b"
     r"|\bcuant[ao]s?\s+(?:\w+\s+)?(?:ketamina|miligramos|mg)\s+(?:me|le)\s+(?:pondrian|darian|ponen|dan|van\s+a\s+(?:poner|dar))\b"
     # by weight: "peso 90 kilos, cuanto me pondrian?", "pesa como 60 kilos, cuanto le darian a el?"
     r"|^(?=.*\b(?:peso|pesa|pesamos)\b(?:\s+\S+){0,3}?\s+(?:kilos|kg|libras|lbs)\b).*\bcuant[ao]s?\s+(?:\w+\s+){0,2}?(?:me|le)\s+"
     r"(?:pondrian|darian|tendrian\s+(?:que|q)\s+(?:poner|dar)|ponen|dan|van\s+a\s+(?:poner|dar)|toca)\b"),
    # "¿sera que tengo depresion?", "creo que soy bipolar" ("¿tengo PTSD?" is read off the raw text: see _ES_ASKED_DIAGNOSIS)
    ("es_diagnosis",
     rf"\b(?:tendre|tendria|sera\s+q(?:ue)?\s+(?:tengo|soy|sufro\s+de)|creo\s+q(?:ue)?\s+(?:tengo|soy|sufro\s+de)|puede\s+que\s+tenga|"
     rf"podria\s+tener|cre(?:e|en|es)\s+q(?:ue)?\s+(?:tengo|soy|sufro\s+de)|como\s+(?:se|saber|sabria)\s+si\s+(?:tengo|soy))\s+(?:\w+\s+){{0,2}}?{_ES_DIAGNOSES}\b"
     r"|\bme\s+(?:pueden|puede|podrian)\s+diagnosticar\b|\bque\s+me\s+diagnosticarian\b"),
    # one's own risk asked about: "would this put me at risk personally", "could ketamine trigger a relapse for me",
    # "should i be worried about doing ketamine", "is my fibro bad enough to qualify"
    # (and one's own weight, given for a dose: "so what would i get? im 5'2 and like 110 lbs")
    ("own_risk", r"\b(?:i\s+weigh|im|i\s+am)\s+(?:\S+\s+){0,4}?\d{2,3}\s*(?:lbs?|pounds|kg|kilos)\b"
                 r"|\b(?:im|i\s+am|i\s+m)\s+(?:very\s+|really\s+|severely\s+)?allergic\s+to\b|\btengo\s+(?:una\s+)?alergia\s+a\b|\bsoy\s+alergic[oa]\s+a\b"
                 r"|\b(?:put|putting|puts)\s+me\s+at\s+(?:\w+\s+)?risk\b|\b(?:risky|dangerous|a\s+risk)\s+for\s+me\b"
                 r"|\b(?:trigger|cause)\s+(?:a\s+|my\s+)?relapse\s+(?:for|in)\s+me\b|\bmake\s+me\s+relapse\b"
                 r"|\bshould\s+i\s+(?:be\s+)?(?:worried|concerned|scared|nervous)\s+about\s+(?:doing|trying|getting|taking|starting)\b"
                 r"|\b(?:is|are)\s+my\s+(?:\w+\s+){1,2}?(?:bad|severe|serious)\s+enough\s+(?:to|for)\b"),
)


@dataclass(frozen=True)
class Finding:
    """What the screen found: the kind (crisis, medical advice, distress), the rule's name, the category
    (a crisis category, `medication_change`, or "") and the language of the rule ("en", "es"); never the text.
    `also` names a second crisis category the message shows, whose resources follow the first's: an overdose
    taken to die gets 911 and Poison Control first, then 988."""

    kind: str
    rule: str
    category: str = ""
    language: str = "en"
    also: str = ""


# Words common in Spanish and rare in English (and the reverse), for the language of a crisis answer when an
# English rule matched a Spanish message ("mi esposo esta convulsionando").
_SPANISH_WORDS = frozenset(
    "de la que el en y los las mi mis se por con una un es esta estoy este pero muy para su sus lo le ya porque "
    "tengo tiene hago nada todo todos mas hijo hija esposo esposa mama papa ayuda puedo quiero del al pastillas "
    "ella ellos creo anda ando otra vez estan sera siento lloro bien estos dias noche noches todas cada hoy ahora "
    "siempre nunca tambien desde hace yo tomo pa q eso esto dejo".split()
)
_ENGLISH_WORDS = frozenset(
    "the and i my is to of in it you he she his her im on for with not what do can just that this was have "
    "has be are at so they we your".split()
)


# Words that show a Spanish part in a message written mostly in English ("my tio keeps saying 'ya me voy a ir con tu
# abuela'", "my sister keeps cutting herself y ahorita se encerro en el bano"): the function words above and a few
# everyday ones of the region. Among 22,600 training and development messages, three or more of them in a message
# that does not read as Spanish came only in Spanglish emergencies and in short Spanish questions.
_SPANISH_PART_WORDS = _SPANISH_WORDS | frozenset(
    "voy vas va tu abuela abuelo tio tia ir mija mijo hermana hermano ahorita porfa aqui donde como cuando dice dijo "
    "sobrino sobrina novio novia ayudame necesito".split()
)


def has_spanish_part(normalized: str) -> bool:
    """Whether a normalised message that reads as English also has a Spanish part (three or more Spanish words)."""
    return not looks_spanish(normalized) and sum(w in _SPANISH_PART_WORDS for w in normalized.split()) >= 3


def looks_spanish(normalized: str) -> bool:
    """Whether a normalised message reads as Spanish: more Spanish than English function words, and at least
    two of them unless the message is only a few words long ("estoy deprimida")."""
    words = normalized.split()
    spanish = sum(w in _SPANISH_WORDS for w in words)
    return spanish > sum(w in _ENGLISH_WORDS for w in words) and (spanish >= 2 or len(words) <= 4)


# A past event or a thought the writer is at a distance from ("I overdosed in 2018 and I'm in recovery now", "I
# got out of an abusive marriage years ago, I'm safe now", "my OCD gives me intrusive thoughts ... I would
# never"), with nothing happening now. Used for what the classifier finds, not for the screen's explicit rules.
_HISTORY = re.compile(
    r"\b(?:\d+\s+(?:years?|yrs?|months?)\s+ago|years\s+ago|(?:a\s+)?long\s+(?:time\s+)?ago|(?:in|since|back\s+in)\s+(?:19|20)\d\d|history\s+of|"
    r"in\s+recovery|(?:im|i\s+am|been)\s+(?:(?:\d+|a\s+few|many|several|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|yrs?|months?)\s+)?(?:sober|clean)|(?:havent|have\s+not|hasnt|has\s+not)\s+(?:\w+\s+){0,2}?in\s+(?:\d+|a\s+few|many|several|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|yrs?)|(?:ya\s+)?llevo\s+(?:\w+\s+){1,2}?(?:limpi[oa]|sobri[oa])|(?:long|far|way)\s+behind\s+me|long\s+over|on\s+the\s+other\s+side\s+of\s+it|(?:im|i\s+am|were|we\s+are)\s+(?:safe|stable|ok|okay|fine|doing\s+well)\s+now|"
    # "was in the hospital for an od last year, doing way better now", "a past suicide attempt", "domestic violence
    # survivors", "harm ocd" (feared, never wanted), thoughts "gone a while"
    r"(?:im|i\s+am|been|doing)\s+(?:doing\s+)?(?:way|much|a\s+lot|so)\s+better\s+now|past\s+(?:suicide\s+)?attempts?|"
    r"(?:domestic\s+violence|dv|abuse|assault|sexual\s+assault|rape|trauma)\s+survivors?|harm\s+ocd|"
    r"(?:theyve|they\s+have|its|it\s+has)\s+been\s+gone\s+(?:a\s+while|for\s+(?:a\s+while|years|months))|"
    r"intrusive\s+thoughts?|(?:thoughts?|attempts?|ideation|episodes?)\s+in\s+the\s+past|(?:back\s+in|when\s+i\s+was\s+in)\s+(?:high\s+school|college|middle\s+school)|"
    r"in\s+(?:high|middle)\s+school\s+but\s+(?:im|i\s+am|now)|i\s+would\s+never|(?:got|been|am|im)\s+out\s+of\s+(?:an?\s+|that\s+)?(?:abusive|violent)|"
    # years or a separation between then and now: "for most of 2021", "weve been divorced 6 years", "hes totally fine
    # now", "free of self harm for 2 years" (not when it has come back: "... and relapsed")
    r"(?:of|during|through|throughout)\s+(?:19|20)\d\d|(?:weve|we\s+have|have|been)\s+(?:been\s+)?divorced|divorced\s+(?:for\s+)?\d+|"
    r"(?:hes|shes|he\s+is|she\s+is|theyre|they\s+are)\s+(?:totally\s+|completely\s+|all\s+)?(?:fine|ok|okay|safe|good|stable|clean|sober)\s+now|"
    # "overdosed on heroin last year and survived, now she's clean"; "assaulted in high school, she's 35 now"
    r"now\s+(?:hes|shes|he\s+is|she\s+is|theyre|they\s+are)\s+(?:totally\s+|completely\s+)?(?:clean|sober|safe|stable)|"
    r"(?:high|middle)\s+school\b(?:\s+\S+){0,4}?\s+(?:hes|shes|he\s+is|she\s+is|im|i\s+am|theyre|they\s+are)\s+(?:\d\d|an?\s+adult|grown)\s+now|"
    # "my daughter was assaulted in college and now has ptsd": what it left, now, is the question
    r"\bin\s+(?:high\s+school|middle\s+school|college|the\s+military|the\s+army|the\s+service)\s+(?:and|but)\s+(?:now|still)\s+(?:has|have|gets|get|struggles|deals)\b|"
    r"decades\s+ago|ever\s+since\s+(?:then|i|he|she|that)|"
    # "assaulted in college, its been 10 years", "were divorced now" (not "were getting divorced")
    r"\bin\s+(?:college|high\s+school|middle\s+school|the\s+military|the\s+army)\b(?:\s+\S+){0,10}?\s+(?:its|it\s+has|thats)\s+been\s+(?:(?:\d+|a\s+few|many|several|ten|fifteen|twenty)\s+(?:years?|yrs?)|years|decades)|"
    # "restraining orders been in place 3 years and he moved out of state"
    r"(?:restraining|protective)\s+orders?\s+(?:has\s+|have\s+|s\s+)?(?:been\s+)?in\s+place\s+(?:for\s+)?(?:\d+|a|an|one|two|three|four|five|six|several|many|over\s+a)\s+(?:years?|yrs?)|"
    r"(?:were|we\s+are)\s+(?:now\s+|finally\s+|long\s+)?divorced\b(?!\s+(?:yet|soon))|"
    r"(?:free|clean)\s+(?:of|from)\s+(?:\w+\s+){1,2}?for\s+(?:\d+|a|an|one|two|three|four|five|six|several|many|over\s+a)\s+(?:years?|yrs?|months?)(?!.*\brelaps)|"
    r"hace\s+\d+\s+anos|hace\s+anos|ya\s+estoy\s+bien|(?:ahora|ahorita)\s+(?:ya\s+)?(?:estoy|me\s+siento|ando)\s+(?:mejor|bien|estable)|jk|just\s+kidding|not\s+literally|"
    # Spanish: "hace dos anos", "ya pasaron quince", "ya estoy a salvo" (not "cuando era nina" alone: a childhood
    # assault that still brings nightmares every night is answered as the emergency it may be)
    r"hace\s+(?:mucho\s+tiempo|muchos\s+anos|\w+\s+anos)|ya\s+pasaron\s+(?:\w+\s+){0,2}?(?:anos|\d+|cinco|diez|quince|veinte)|"
    r"(?:ya\s+)?(?:estoy|estamos)\s+a\s+salvo|ya\s+no\s+(?:vivo|estoy)\s+con\s+(?:el|ella)|"
    # "a few years back", thoughts that "used to" come and are gone, someone "home and doing really well", a death by
    # suicide mourned ("since my brother died by suicide last year")
    r"(?:a\s+few|some|several|many|\d+|two|three|four|five|six|ten)\s+(?:years?|yrs?)\s+back|"
    r"used\s+to\s+(?:\w+\s+){1,10}?(?:theyre|they\s+are|its|it\s+is|but\s+(?:theyre|they\s+are|its))\s+(?:all\s+|mostly\s+|completely\s+)?gone|"
    r"(?:hes|shes|theyre|he\s+is|she\s+is|they\s+are)\s+(?:\w+\s+){0,3}?doing\s+(?:really\s+|much\s+|so\s+|a\s+lot\s+)?(?:well|better|great)|"
    r"died\s+(?:by|from|of)\s+suicide|lost\s+(?:my|our|his|her|a|an|the|two|three)\s+(?:\w+\s+){1,2}?to\s+(?:suicide|an?\s+overdose|an?\s+od)|"
    # "we've lost 2 people in my family to opioid overdoses"
    r"lost\s+(?:\d+|two|three|four|several|many|so\s+many)\s+(?:\w+\s+){1,4}?to\s+(?:\w+\s+)?(?:overdoses|suicides?|ods)|"
    # "my friend took her own life last year", "survived a suicide attempt last spring", "back in my twenties", "was in an
    # abusive marriage for 30 years and finally left"
    r"(?:took|ended)\s+(?:his|her|their)\s+own\s+life\s+(?:last|in|back|\d|a\s+few|two|three|years)|"
    r"survived\s+(?:a|an|his|her|their|my)\s+(?:suicide\s+)?attempt\s+(?:last|in|back|\d|a\s+few|two|three|years)|"
    r"back\s+in\s+my\s+(?:teens|twenties|thirties|forties|20s|30s|40s|teenage\s+years|college\s+days)|"
    r"(?:was|were)\s+in\s+an?\s+abusive\s+(?:marriage|relationship)\b(?:\s+\S+){0,8}?\s+(?:finally\s+)?(?:left|got\s+out|escaped|divorced)|"
    # "my mom passed from an overdose last year", "it turned out to be a panic attack", "he made it and hes in rehab now",
    # "hes long dead"
    r"(?:passed|died)\s+(?:away\s+)?(?:from|of)\s+an?\s+(?:\w+\s+)?(?:overdose|od)\b|"
    # "tried to take my life at 19, I'm 41 now", "they passed after I got help"
    r"\bat\s+(?:1\d|2\d|3\d)\b(?:\s+\S+){0,3}?\s+(?:im|i\s+am)\s+(?:[2-9]\d)\s+now\b|\b(?:they|it|those\s+thoughts|the\s+thoughts)\s+passed\s+(?:after|once|when|with)\b|turned\s+out\s+to\s+be\s+(?:a\s+|an\s+|just\s+)?(?:panic|anxiety|nothing|gas|acid\s+reflux|heartburn)|"
    r"(?:he|she|they)\s+(?:made\s+it|survived|pulled\s+through)\s+(?:and|but)\s+(?:hes|shes|theyre|he\s+is|she\s+is|they\s+are|is|are)\b|"
    r"(?:hes|shes|he\s+is|she\s+is)\s+long\s+(?:dead|gone))\b"
)
# A past event the message dates outright ("long story, that was 2009", "that was 8 years ago"): history even for the
# rules that otherwise read a danger as told now
_DATED = re.compile(r"\bthat\s+was\s+(?:in\s+|back\s+in\s+)?(?:(?:19|20)\d\d|\d+\s+(?:years?|yrs?)\s+ago|years\s+ago|decades\s+ago)\b")
_NOW = re.compile(
    r"\b(?:right\s+now|rn|tonight|today|this\s+morning|last\s+night|just\s+(?:took|did|now|found|happened)|(?<!control\s)(?<!normal\s)(?<!myself\s)(?<!depressed\s)(?<!struggling\s)(?<!anxious\s)(?<!low\s)(?<!bad\s)(?<!worse\s)again|currently|"
    # a relapse told as it happened ("been clean for three years but i relapsed and cut deep"); someone who keeps coming
    # (not what the past left: "the trauma still shows up in my marriage")
    r"relapsed\s+(?:and|last|this|on)|(?<!trauma\s)(?<!memories\s)(?<!anxiety\s)(?<!ptsd\s)still\s+(?:shows?|showing|comes?|coming|turns?|turning)\s+up|"
    r"(?:an?|one|two|a\s+few|a\s+couple\s+of)\s+(?:hour|hours|minutes?|mins?)\s+ago|"
    # a message just received and no answer since: "she just texted me goodbye and now she's not picking up"
    r"just\s+(?:texted|sent|posted|messaged|called|told\s+me)|not\s+(?:picking\s+up|answering)|isnt\s+(?:picking\s+up|answering)|"
    r"ahorita(?!\s+(?:ya\s+)?(?:estoy|me\s+siento|ando)\s+(?:mejor|bien|estable|tranquil[oa]))|hoy|anoche|ahora\s+mismo|otra\s+vez|de\s+nuevo|esta\s+noche|ayer|hace\s+(?:un\s+)?rato|"
    r"hace\s+(?:unas?|un|pocas?|pocos)\s+(?:horas?|minutos?|dias)|acaba\s+de|acaban\s+de)\b"
)


# An amount swallowed now ("took all my pills", "swallowed a whole bottle", "me tome todas las pastillas"): with
# words of wanting to die, an overdose first (911, Poison Control), then the suicide resources
_INGESTED_NOW = re.compile(
    r"\b(?:took|taken|swallowed|ate|downed|popped|drank|tome|trague|tomo|trago|se\s+tomo|me\s+tome)\s+(?:\w+\s+){0,3}?"
    r"(?:all\s+(?:of\s+)?(?:my|his|her|the|them|those)|the\s+rest\s+of\s+(?:my|his|her|the)|(?:a|the|my|his|her)\s+whole|(?:a|the)\s+(?:entire\s+)?bottle|handful|bunch|"
    r"a\s+lot|too\s+many|way\s+too\s+much|everything(?!\s+from\b)|[1-9]\d|twenty|thirty|forty|fifty|"
    r"todas?\s+(?:las|mis|sus|los)|todo\s+el\s+frasco|un\s+frasco|muchas|un\s+monton)\b"
)
# A wound the writer (or the person written about) made on purpose
_SELF_INFLICTED = re.compile(
    # (not a kitchen accident: "i cut my hand badly slicing bagels and the blood is soaking through every towel")
    r"^(?!.*\b(?:slicing|chopping|dicing|peeling|carving|cooking|by\s+accident|accidentally)\b)(?:.*?)\b(?:i|im|ive|id)\s+(?:\w+\s+){0,3}?cut(?:ting)?\b|\bcut\s+i\s+(?:did|made|gave\s+myself)\b|\bcut\w*\s+(?:myself|himself|herself|themselves)\b|\b(?:hurt|harm\w*)\s+(?:myself|himself|herself)\b"
    r"|^(?!.*\b(?:slicing|chopping|dicing|peeling|carving|cooking|mandoline|by\s+accident|accidentally)\b).*\b(?:took|take|taking|with|using|use)\s+(?:the\s+|a\s+|my\s+)?(?:razor\s+)?(?:blade|razor)\b"
    r"|\bon\s+purpose\b|\b(?:doing|did)\s+it\s+again\b|\bself\s+harm\w*|\bdeeper\s+than\s+(?:usual|before|i\s+meant)\b"
)
_WANTS_TO_DIE = re.compile(
    r"\b(?:want(?:ed)?\s+to\s+die|wanna\s+die|kill\s+myself|end\s+(?:it|my\s+life|things)|suicid\w*|not\s+wake\s+up|on\s+purpose|"
    r"(?<!not\strying\s)to\s+die|quiero\s+morir(?:me)?|matarme|quitarme\s+la\s+vida|no\s+despertar|a\s+proposito|para\s+morir(?:me)?)\b"
)


# A medical emergency after something swallowed, snorted or injected is an overdose or a poisoning ("passed out
# next to an empty bottle of his oxy", "snorted something and now shes foaming at the mouth")
_SWALLOWED_FIRST = re.compile(
    r"\b(?:overdos\w*|od|oded|(?:taking|took|taken)\s+extra|empty\s+(?:pill\s+)?bottle|(?:swallowed|snorted|injected|popped)\s+(?:a|an|some|something)\b|"
    r"(?:took|taken)\s+(?:something|some\s+(?:\w+\s+)?pills?|a\s+(?:pressed\s+)?pill|pills|\w+\s+pills?)\b|"
    r"pressed\s+pill|narcan|naloxone|just\s+used|drank\s+(?:a|an|the)\s+(?:whole\s+|entire\s+)?bottle|"
    r"ate\s+(?:like\s+|about\s+)?(?:\d+|a\s+bunch\s+of|a\s+lot\s+of|too\s+many)\s+(?:edibles|gummies|pills)|(?:cajas?|frascos?|botes?|blisters?)\s+(?:de\s+(?:pastillas|medicinas?)\s+)?vaci[oa]s?|mix(?:ed|ing)\s+(?:up\s+)?(?:\w+\s+){0,3}?(?:with|and)|(?:took|taken)\s+(?:\w+\s+){0,6}?(?:twice|double)|(?:tomo|tomaron|se\s+tomo|se\s+trago)\s+(?:\w+\s+){0,4}?(?:pastillas|alcohol\s+con))"
)

# "I've taken a lot of meds over the years and none worked": medications tried before, not an overdose now
_AMOUNT_RULES = frozenset({"overdose_acts", "took_many", "too_many", "amount_taken"})
# "what happens if you take too much ketamine": an amount asked about of no one in particular
_IF_SOMEONE_TOOK = re.compile(
    r"\bif\s+(?:you|someone|somebody|people|a\s+person|one|u)\s+(?:takes?|took|gets?|got|had|has|were\s+to\s+take|was\s+to\s+take|is\s+given|were\s+given)\s+"
    r"(?:way\s+)?too\s+(?:much|many)\b"
)
_TRIED_BEFORE = re.compile(
    r"\b(?:over\s+the\s+years|in\s+the\s+past|for\s+years|in\s+college|in\s+high\s+school|back\s+in\s+the\s+day|when\s+i\s+was\s+younger|none\s+of\s+(?:them|it|those)|none\s+(?:worked|helped)|"
    r"nothing\s+(?:worked|helped|has\s+worked|has\s+helped)|didnt\s+(?:help|work|do\s+anything)|never\s+(?:helped|worked))\b"
)


# A medical event with its date in the past ("a mi esposo le dio un derrame el año pasado, puede hacerse el
# tratamiento?"): a condition to ask a physician about, not an emergency. (Not for assault or abuse, where "last
# year" may still need its hotline.)
_PAST_ILLNESS = re.compile(
    r"\b(?:last\s+(?:year|month|spring|summer|fall|autumn|winter|christmas)|(?:a|one|two|three|four|five|\d+)\s+(?:years?|yrs?|months?)\s+ago|"
    r"(?:decades|years)\s+ago|"
    r"el\s+(?:ano|mes)\s+pasado|hace\s+(?:un|una|dos|tres|cuatro|cinco|\d+|unos|varios|muchos)\s+(?:anos?|meses?)|"
    r"(?:in|back\s+in|en)\s+(?:19|20)\d\d)\b"
)


# Signs told as what the writer's panic attacks are like, not as happening now: "my panic attacks feel like i'm
# dying, heart pounding, can't breathe, but my doctor says my heart is fine. does ketamine help panic?"
_PANIC_AS_USUAL = re.compile(r"\bpanic\s+attacks\s+(?:\w+\s+)?(?:feel|feels|are|make\s+me|always|start|hit|come)\b"
                             r"|\bmy\s+(?:anxiety|panic)\s+(?:makes|gives)\s+me\b"
                             r"|\bwhen\s+(?:i\s+(?:have|get)\s+(?:a\s+|my\s+)?|my\s+)panic\s+attacks?\b")
# ... unless this time is unlike them: "ive had panic attacks, this is different"
_UNLIKE_USUAL = re.compile(r"\b(?:this|it|that)\s+(?:is|feels|seems)\s+(?:\w+\s+)?different\b|\bnever\s+like\s+this\b|\bworse\s+than\s+(?:ever|usual|normal)\b|\bnot\s+like\s+(?:my|a)\s+(?:usual|normal|regular)\b")


# A drink spiked and its effects now: "someone put something in my drink, i can barely stand"
_SPIKED_NOW = re.compile(
    r"^(?=.*\b(?:something\s+in(?:to)?\s+(?:my|her|his|their)\s+drink|spiked|roofied|drugged)\b)"
    r".*\b(?:barely\s+(?:stand|walk|see|talk|move)|spinning|cant\s+(?:stand|walk|see|move|stay\s+awake|keep\s+(?:my|her|his)\s+eyes)|"
    r"passing\s+out|blacking\s+out|so\s+dizzy|throwing\s+up|cant\s+feel|tilting|(?:legs|arms)\s+(?:dont|wont|arent)\s+work\w*)\b"
)


# "do you treat that", "can it help with": asked about as a treatment (a dependence on a medication in use)
_TREATS = re.compile(r"\b(?:do\s+(?:you|u|yall)\s+(?:guys\s+)?treat|can\s+(?:it|ketamine|this|you)\s+help|help\s+(?:with|me\s+get\s+off)|"
                     r"work\s+for|is\s+that\s+something\s+(?:you|u)|tratan|sirve\s+(?:para|pa))\b")
# "every time I try to come off them I crash ... is ketamine the same deal?": coming off a medication told as what
# happened before, with no question about changing it now
_PAST_CHANGE = re.compile(
    r"\b(?:every\s+time|each\s+time|whenever|the\s+last\s+time|last\s+time|when)\s+i\s+(?:try|tried|have\s+tried|went|came|go|come|got)\s+"
    r"(?:to\s+)?(?:come|coming|get|getting|go|going|came|went|got|taper\w*|stop\w*|wean\w*)\b"
    r"|\bi\s+(?:tried|have\s+tried|ve\s+tried)\s+(?:to\s+)?(?:come|coming|get|getting|go|going|taper\w*|stop\w*|wean\w*)\s+off\b"
)
_ASKS_CHANGE = re.compile(
    r"\b(?:should|can|could|do|must|would|will)\s+i\s+(?:\w+\s+){0,3}?(?:stop|quit|taper|wean|come\s+off|get\s+off|go\s+off|reduce|lower|switch|skip|pause)\b"
)


# A sentence that asks: it ends with a question mark, or opens with a question word ("does this work the same way")
_ASKS = re.compile(
    r"\?\s*$|^\W*(?:how|what|whats|why|when|where|which|who|does|do|did|is|are|was|can|could|will|would|should|has|have|"
    r"any|anyone|c[oó]mo|qu[eé]|cu[aá]nto\w*|cu[aá]ndo|cu[aá]l\w*|por\s+qu[eé]|es|funciona|sirve)\b",
    re.IGNORECASE,
)
# What makes a question about oneself with a medication in use, whatever else it asks: safety, risk, a reaction,
# taking it, or the medication again by a pronoun ("is it safe with that", "¿puedo tomarla?")
_ASKS_WITH_IT = re.compile(
    r"\b(?:safe|safely|ok|okay|fine|alright|risk\w*|danger\w*|interact\w*|react\w*|affect\w*|mess\w*|harm\w*|problem\w*|"
    # (not the therapy "paired with it": "Is the therapy paired with it CBT, or something else?")
    r"(?<!paired\s)(?<!pair\s)(?:with|on|off|and|plus)\s+(?:it|that|them|those|this\s+one|these)|segur[oa]|riesgo\w*|"
    r"peligro\w*|problema\w*|puedo|debo|afect\w*|con\s+(?:eso|esa|ese|esas|esos|ella|ellas)|"
    # ... or whether it suits the writer ("am i a candidate?", "would it help my back, given everything?")
    r"am\s+i|for\s+(?:me|my)|help\s+my|in\s+my\s+case|given\s+(?:everything|all|my)|candidate|eligible|qualify|"
    r"para\s+m[ií]|candidat[oa]|califico)\b"
)


def _medication_only_in_story(pattern: Pattern[str], text: str) -> bool:
    """A medication in use named only in the story, and a question about ketamine that does not come back to it:
    "My Prozac took 8 weeks before I noticed anything. How quickly does this tend to kick in?" is information
    (issue 9). Not when the question asks about safety, risk, taking it or changing something, or points back at
    the medication ("is it ok with that?"), nor when the medication is named in the question itself."""
    sentences = [part for part in re.split(r"(?<=[.!?])\s+|\n+", text or "") if part.strip()]
    questions = [part for part in sentences if _ASKS.search(part.strip())]
    if len(sentences) < 2 or not questions or len(questions) == len(sentences):
        return False
    if not any(pattern.search(normalize(part)) for part in sentences if part not in questions):
        return False  # named across sentences, or only where it is asked about
    for question in questions:
        asked = normalize(question)
        if pattern.search(asked) or _ASKS_WITH_IT.search(asked) or _TOGETHER.search(asked) or _MAY_I.search(asked) \
                or _ASKS_CHANGE.search(asked):
            return False
    return True


# Someone close to the writer ("my son had a seizure when he was little"), and a question about whether that person
# may have the treatment ("can she do it", "is it safe for him")
_SOMEONE_CLOSE = re.compile(
    r"\bmy\s+(?:\w+\s+)?(?:son|daughter|wife|husband|partner|friend|mom|mother|dad|father|brother|sister|kid|child|boyfriend|"
    r"girlfriend|grandma|grandpa|grandmother|grandfather|aunt|uncle|cousin|roommate|coworker|patient|client)s?\b"
)
# the writer's worry about someone else's condition is no condition of theirs: "my dad had a stroke so blood pressure
# scares me", "my uncle had a stroke once so that stuff freaks me out", "so im nervous"
_MY_WORRY = re.compile(
    r"\b(?:scares?|scared|frightens?|freaks?|freaked|worries|worrying|makes|made|gets|got)\s+me"
    r"(?:\s+(?:out|nervous|anxious|worried|scared|paranoid|wary))?\b"
    r"|\b(?:im|i\s+am|i\s+get|i\s+got|i\s+feel|ive\s+been)\s+(?:so\s+|really\s+|a\s+bit\s+|a\s+little\s+|kinda\s+|kind\s+of\s+|"
    r"super\s+|very\s+|pretty\s+)?(?:nervous|scared|worried|freaked\s+out|paranoid|wary)\b"
)
_PREGNANCY_OVER = re.compile(
    r"\b(?:my\s+pregnancy\s+was|when\s+i\s+was\s+pregnant|since\s+(?:the|my)\s+baby\s+was\s+born|since\s+(?:i\s+)?(?:gave|giving)\s+birth|"
    r"after\s+(?:i\s+)?(?:gave|giving)\s+birth|after\s+(?:the|my)\s+baby\s+(?:was\s+born|came))\b"
)
_PREGNANCY_NOW = re.compile(
    r"\b(?:breast\s*feed\w*|nursing|pumping|lactating|im\s+pregnant|i\s+am\s+pregnant|pregnant\s+(?:again|now)|trying\s+(?:to\s+conceive|for)|"
    r"get\s+pregnant|expecting)\b"
)
_PAST_EVENT = re.compile(r"\b(?:had|suffered|survived)\s+(?:a|an|one|two|his|her|their|seizures|strokes|heart\s+attacks)\b")
_MAY_THEY = re.compile(
    r"\b(?:can|could|should|would|will|may|is|does)\s+(?:he|she|they|my\s+\w+)\b|\b(?:for|to|let|help|treat|take)\s+(?:him|her|them)\b"
    # (not "her" as a possessive: "her doctor suggested this for her depression")
    r"(?!\s+(?:depression|anxiety|pain|ptsd|ocd|migraines?|back|mood|symptoms)\b)"
    r"|\bwith\s+(?:his|her|their)\b"
    r"|\b(?:is|would|will)\s+(?:it|ketamine|this|that)\s+(?:be\s+)?(?:ok|okay|safe|dangerous|risky|a\s+problem)\b|qualif\w*|candidate"
)


# "i have epilepsy but separate question - what is an integration session?", "breastfeeding rn so not now obviously, but
# for later - how many sessions", "estoy embarazada, solo por curiosidad: la ketamina es un anestesico?": a question
# set apart from the writer's own condition, medication or pregnancy. What follows the last such marker is asked in
# general unless it speaks of the writer or of safety, risk, dose, mixing or a baby ("im pregnant, just curious, is it
# safe?" stays declined).
_DOSE_IN_USE = re.compile(r"\b(?:on|taking|take|takes|prescribed)\s+(?:\w+\s+)?\d+\s*(?:mg|milligrams?)\b")
_DOSE_WORD = re.compile(r"\b(?:dose|doses|dosage|dosages|dosing|dosis)\b")
_SET_APART = re.compile(
    r"\b(?:separate|different|unrelated|other|side)\s+(?:question|q|qs|topic|note)\b|\bunrelated\b|\b(?:just|purely)\s+curious\b"
    r"|\bpor\s+curiosidad\b|\bnot\s+(?:doing\s+(?:this|it)\s+)?(?:now|yet)\b|\bfor\s+later\b|\bdown\s+the\s+(?:road|line)\b")
_ASKED_FOR_ONESELF = re.compile(
    r"\b(?:i|im|ive|id|me|my|mine|myself|baby|pregnan\w*|breast\s*feed\w*|nursing|safe|safely|safety|risk\w*|danger\w*|harm\w*|"
    r"hurt|affect\w*|interact\w*|dose\w*|dosage|mix\w*|combin\w*|together|yo|mi|mis|bebe|embarazo|embarazada|segur[oa]|"
    r"riesgos?|dano|lactancia|amamantar|afecta\w*|puedo)\b")
_FIGURATIVE_ATTACK = re.compile(
    r"\b(?:nearly|almost|about\s+to)\s+(?:had|have|having)\s+(?:a\s+)?(?:heart\s+attack|stroke|aneurysm)\s+"
    r"(?:when|after|seeing|looking|reading|at\s+the)\b")


def _not_advice_here(rule: str, normalized: str, spanish_question: bool) -> bool:
    """Why a medical-advice rule that matched does not make this message a personal question."""
    # "my pregnancy was rough and ever since the baby was born i've had crazy anxiety": a pregnancy that is over, with
    # no nursing, no new pregnancy and no plan for one
    if rule == "pregnancy" and _PREGNANCY_OVER.search(normalized) and not _PREGNANCY_NOW.search(normalized):
        return True
    # "my wife had a heart attack last year and she's fully recovered. just curious, does it raise blood pressure?":
    # someone else's condition told in passing, with nothing asked about the writer or about that person having it
    # (the writer's worry about it aside: "so blood pressure scares me")
    if rule == "condition_personal" and _PAST_EVENT.search(normalized) \
            and not re.search(_PERSONAL, _MY_WORRY.sub(" ", _SOMEONE_CLOSE.sub(" ", normalized))) \
            and not _MAY_THEY.search(normalized):
        return True
    # a question set apart from what the writer told of themselves (see _SET_APART)
    apart = list(_SET_APART.finditer(normalized))
    if apart:
        rest = normalized[apart[-1].end():]
        if len(rest.split()) >= 2 and not _ASKED_FOR_ONESELF.search(rest):
            return True
    # "i nearly had a heart attack when i saw the price": a figure of speech, no condition
    if rule == "condition_personal" and _FIGURATIVE_ATTACK.search(normalized):
        return True
    # "do people still need antidepressants after ketamine": people in general, no word about the writer
    if rule == "substance_timing" and _ABOUT_PEOPLE.search(normalized) and not re.search(_PERSONAL, normalized):
        return True
    # "not asking for me, just wondering in general"
    if _IN_GENERAL.search(normalized) and not _ABOUT_ME.search(normalized) or _SET_ASIDE.search(normalized):
        return True
    # "I have high blood pressure that's controlled with meds. Generally speaking, does ketamine raise blood pressure?":
    # the question itself asked in general, whatever condition the writer told before it (not a pregnancy, a
    # medication or a dose: those stay personal however they are asked)
    if rule == "condition_personal" and _ASKED_IN_GENERAL.search(normalized) and not _MAY_I.search(normalized) \
            and not _FOR_ME.search(normalized):
        return True
    # how ketamine compares with a medication in use, or whether it treats a drinking problem, unless the two are to
    # be combined
    if rule in _IN_USE_RULES and (_COMPARES.search(normalized) or _SUBSTANCE_PROBLEM.search(normalized)) \
            and not _TOGETHER.search(normalized) and not _MAY_I.search(normalized):
        return True
    # "i'm on opioids for my pain and kinda dependent now, do you treat that": a dependence, asked about as a topic
    if rule in _IN_USE_RULES and _ADDICTION.search(normalized) and _TREATS.search(normalized) \
            and not _TOGETHER.search(normalized) and not _MAY_I.search(normalized):
        return True
    # "My doctor has me on 20mg of Lexapro ... how it differs from Lexapro": the dose of a medication in use, told, in a
    # comparison, with no dose asked about and nothing to combine
    if rule == "dose" and _DOSE_IN_USE.search(normalized) and _COMPARES.search(normalized) \
            and not _DOSE_WORD.search(normalized) and not _TOGETHER.search(normalized) and not _MAY_I.search(normalized):
        return True
    # "every month for life, like with my thyroid pills?": one's own medication as a comparison
    if rule in _ANALOGY_RULES and _ANALOGY.search(normalized) and not _MAY_I.search(normalized):
        return True
    if rule in ("change_medication", "stop_medication") and _PAST_CHANGE.search(normalized) \
            and not _ASKS_CHANGE.search(normalized):
        return True
    # a change counts only when asked about, and not when someone is getting off a drug they are hooked on, or asks
    # whether ketamine helps with that (substance use)
    return rule == "change_medication" and bool(
        _ADDICTION.search(normalized) or _HELP_GET_OFF.search(normalized)
        or not (_QUESTION_CUE.search(normalized) or spanish_question))


def _asked_as_topic(rule: str, normalized: str) -> bool:
    """Whether what a crisis rule matched is asked about as a topic, of no one's own present danger: a crisis word
    in a question about treatment ("can ketamine help with suicidal thoughts"), or a medical sign asked about as a
    side effect, not now ("do the side effects ever include chest pain?")."""
    if _PERSONAL_TOPIC.search(normalized):
        return False
    if rule in _TOPIC_RULES:
        return bool(_TOPIC.search(normalized) and _TOPIC_QUESTION.search(normalized))
    return rule in _SIGN_RULES_ASKED and bool(_SIGN_AS_SIDE_EFFECT.search(normalized)) and not _NOW.search(normalized)


# Self-harm or an attempt told as a thing of someone's teens ("my mom self harmed as a teen"), and danger in a story
# ("reading a novel where the main character's husband beats her", "a show where a character od'd"): with nothing
# happening now, a topic, answered with the kind's resources after the answer
_TEENS = re.compile(
    r"\b(?:self\s*harm(?:ed)?|cut\s+(?:herself|himself|myself|themselves)|attempted|used\s+to\s+(?:self\s*harm|cut))\s+(?:\w+\s+){0,2}?"
    r"(?:as\s+an?\s+(?:teen|teenager|adolescent)|in\s+(?:her|his|my|their)\s+teens)\b"
)
_FICTION = re.compile(
    r"\b(?:novel|book|movie|film|show|series|episode|documentary|podcast|game)\s+(?:where|in\s+which|about\s+a)\b"
    # asked for a paper or a class: "asking generally, im writing a paper for my psych class"
    r"|\b(?:writing|write|working\s+on)\s+(?:a|an|my)\s+(?:paper|essay|report|thesis|screenplay|script|novel|story)\b|\basking\s+(?:generally|in\s+general|hypothetically)\b"
    r"|\b(?:main|a|the)\s+characters?\b(?:\s+\S+){0,6}?\s+(?:od(?:\s*d)?|overdos\w*|dies|died|kills|killed|beats|beaten|raped|attacked|cuts)\b"
)


# A childhood the writer has grown out of: "my father took his own life when i was 12", "grew up with a dad who beat
# us", "my mom used to slap us around growing up". Not for sexual assault: "my uncle touched me when i was a kid and
# ive never told anyone" is a disclosure that gets the hotline first.
_CHILDHOOD = re.compile(
    r"\b(?:when\s+i\s+was\s+(?:\d+|a\s+kid|little|a\s+child|young|younger|a\s+teen|a\s+teenager)|grew\s+up\s+with|"
    # "grew up in a house where my dad beat us", "growing up in an abusive home"
    r"(?:grew|growing)\s+up\s+in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:house|home|family|household)\b|"
    r"used\s+to\s+\w+(?:\s+\w+){0,3}?\s+growing\s+up|(?:beat|hit|hurt|abused|slapped|whipped)\s+(?:us|me)\s+(?:\w+\s+)?(?:growing\s+up|as\s+(?:kids|a\s+kid|children|a\s+child)))\b"
)
# "not suicidal or anything": a distance from suicide and self-harm only ("im not suicidal but ive been doubling my
# lithium and now im shaking" is still an overdose)
# (not for self-harm: "bleeding from my wrist, not trying to die, i just needed the inside hurt to stop" is self-harm now)
_NOT_SUICIDAL_ONLY = re.compile(r"\bnot\s+(?:suicidal|trying\s+to\s+(?:die|kill\s+myself|end\s+it))\b")
_NOT_SUICIDAL = re.compile(
    # "me siento muy triste ... pero no pienso hacerme dano" (an intention denied, not a wish: "no quiero hacerme dano
    # pero no puedo parar" is still self-harm)
    r"\bno\s+(?:pienso|voy\s+a|planeo)\s+(?:hacerme\s+(?:\w+\s+)?dano|lastimarme|matarme|quitarme\s+la\s+vida|suicidarme)\b(?!.*\bno\s+puedo\s+parar\b)"
    # "no me quiero hacer dano, solo necesito hablar con alguien"; "no self harm or anything, just flat"
    r"|\bno\s+me\s+quiero\s+(?:hacer\s+dano|lastimar)\s+(?:solo|nomas|nada\s+mas)\b|\bno\s+self\s*harm\w*\s+or\s+anything\b"
)


def looks_like_history(normalized: str, category: str = "") -> bool:
    """Whether a normalised message speaks of a past event, a kept-at-bay thought or a story, and of nothing now
    (for a crisis of `category`, when known)."""
    not_suicidal = category in ("", SUICIDE, SELF_HARM) and _NOT_SUICIDAL.search(normalized) \
        or category in ("", SUICIDE) and _NOT_SUICIDAL_ONLY.search(normalized)
    childhood = category != SEXUAL_ASSAULT and _CHILDHOOD.search(normalized)
    return bool(_HISTORY.search(normalized) or _TEENS.search(normalized) or _FICTION.search(normalized) or not_suicidal
                or childhood) \
        and not _NOW.search(normalized)


def fold_accents(text: str) -> str:
    """The text without accents ("tomé" -> "tome", "daño" -> "dano", "adiós" -> "adios"): visitors type Spanish with
    and without them. The screen reads text folded so; so do the intent classifier and the unknown-words gate."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(ch))


def _fold(text: str) -> str:
    """Lower case with accents dropped, punctuation kept (for the opening question mark of a Spanish question)."""
    return fold_accents(text).lower()


def normalize(text: str) -> str:
    """Lower case, unify quotes and dashes, drop apostrophes, turn other punctuation into spaces."""
    text = _fold(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"\bod'd\b", "od", text)  # "OD'd" must not become "odd"
    text = re.sub(r"\bsa'd\b", "sexually assaulted", text)  # "got SA'd" must not become "sad"
    text = re.sub("[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F639]", " lol ", text)  # laughing faces
    text = re.sub(r"\bmys(?:lef|efl|ef)\b", "myself", text)  # "kill myslef"
    text = re.sub(r"\b(?:smthing|somthing|sumthing|smth)\b", "something", text)
    text = text.replace("'", "")
    text = re.sub(r"[^\w\s]|_", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _alternation(terms: Iterable[str]) -> str:
    words = sorted({normalize(t) for t in terms if normalize(t)}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


# Words one letter away from a drug's name that mean something else ("ability" is one from abilify).
_NOT_MISSPELT_MEDICATIONS = frozenset({"ability", "ambient", "concert", "concerts", "concreta", "lyrics", "lirica",
                                       "tambien"})


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words are one letter added, dropped, changed, or two neighbours swapped, apart."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return len(longer) - len(shorter) == 1 and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


class _MedicationSpeller:
    """Reads a misspelt drug name as the drug ("setraline", "lexipro", "gabapenton", "subaxone"), so that a question
    about one's own medication is declined whatever its spelling: a word of six letters or more one edit from a named
    drug of six letters or more in the lexicon. Candidates come from an index of the names with one letter dropped
    (a misspelling and its drug share one such form), then are checked."""

    _WORD = re.compile(r"[^\W\d_]{6,}")

    def __init__(self, names: Iterable[str]) -> None:
        self._names = {normalize(n) for n in names}
        self._by_form: Dict[str, List[str]] = {}
        for name in sorted(n for n in self._names if " " not in n and len(n) >= 6):
            for form in {name, *(name[:i] + name[i + 1:] for i in range(len(name)))}:
                self._by_form.setdefault(form, []).append(name)

    def _drug(self, word: str) -> Optional[str]:
        if word in self._names or word in _NOT_MISSPELT_MEDICATIONS:
            return None
        for form in (word, *(word[:i] + word[i + 1:] for i in range(len(word)))):
            for name in self._by_form.get(form, ()):
                if _one_edit_apart(word, name):
                    return name
        return None

    def __call__(self, text: str) -> str:
        """The text with each misspelt drug name replaced by the drug's (everything else as it was)."""
        return self._WORD.sub(lambda m: self._drug(_fold(m.group(0).lower())) or m.group(0), text)


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
        medications = _alternation(list(named) + list(classes) + list(_ES_MEDICATIONS))
        named_medications = _alternation(named)
        self._spell = _MedicationSpeller(named)
        contraindications = _alternation(lexicon.get("contraindications", []))
        medical_rules: List[Tuple[str, str]] = list(_MEDICAL_RULES_FIXED)
        # "I'm on lexapro, can I do ketamine?", "is it ok with my adderall", "can I drink alcohol after".
        # Only the visitor's *current* use counts: "I tried lexapro and it failed" is a depression question.
        medical_rules.append(
            (
                "medication_in_use",
                rf"\b(?:im\s+on|i\s+am\s+on|im\s+taking|i\s+am\s+taking|i\s+take|currently\s+(?:on|taking)|"
                rf"still\s+(?:on|taking)|while\s+(?:on|taking|using)|with\s+my|and\s+my|mix\w*\s+(?:it\s+)?with|"
                rf"combin\w*\s+(?:it\s+)?with|on\s+top\s+of\s+my|drink\w*|smok(?!ed)\w*|(?:can|should)\s+i\s+(?:take|use))"
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
                rf"|\b(?:stop|stopping|quit|quitting|taper|tapering|wean|weaning|come\s+off|coming\s+off|get\s+off|"
                rf"go\s+off|skip|skipping|reduce|lower|cut\s+down|cut\s+back(?:\s+on)?|cutting\s+back(?:\s+on)?)\s+(?:taking\s+|on\s+)?(?:all\s+|of\s+)?my\s+"
                rf"(?:\w+\s+)?(?:meds|medication|medications|medicine|pills|prescriptions?|{medications})\b",
            )
        )
        # "I ran out of my cymbalta and was thinking of just not refilling it": a plan to stop a medication the
        # message names, told rather than asked; still the prescriber's decision.
        medical_rules.append((
            "planned_medication_change",
            rf"^(?=.*\b(?:{_MEDICATION_WORDS}|{medications})\b).*?"
            rf"\b(?:thinking|planning|plan|going|gonna|want|wanna|decided|considering)\s+(?:of\s+|about\s+|on\s+|to\s+)?"
            rf"(?:just\s+|maybe\s+|finally\s+)?(?:not\s+refill\w*|not\s+tak\w*|stop\w*|quit\w*|go\w*\s+off|com\w*\s+off|"
            rf"taper\w*|ditch\w*|skip\w*)\b",
        ))
        # "im on 1800mg gabapentin a day ... do i need to cut back before ketamine", "a new SSRI ... can I simply stop the
        # old one?": a change asked about a medication the message names earlier
        medical_rules.append((
            "asked_medication_change",
            rf"^(?=.*\b(?:{_MEDICATION_WORDS}|{medications})\b).*?"
            rf"\b(?:do|should|can|could|must|will|would)\s+i\s+(?:\w+\s+){{0,3}}?(?:cut\s+back|cut\s+down|taper|wean|stop|quit|come\s+off|go\s+off|drop|ditch)"
            rf"(?:\s+(?:on\s+)?(?:it|them|the\s+old\s+one|that\s+one|the\s+other\s+one))?\s*(?:before|prior|while|during|first|for\s+(?:it|this|ketamine|the)|$)",
        ))
        # "im on 3 of them rn. which one should i drop first"
        medical_rules.append((
            "which_to_stop",
            r"\bwhich\s+(?:one|ones|of\s+(?:them|these|those|my\s+\w+)|med|meds|medication|pill)\s+(?:should|do|can|could|would)\s+i\s+"
            r"(?:\w+\s+)?(?:drop|stop|quit|cut|taper|ditch|come\s+off|get\s+off|go\s+off|wean\s+off)\b",
        ))
        # "do patients generally have to discontinue their antidepressants prior to beginning ketamine treatment?"
        medical_rules.append((
            "change_before_treatment",
            rf"\b(?:have|has|need|needs)\s+to\s+(?:stop|discontinue|quit|come\s+off|go\s+off|get\s+off|taper\s+off|wean\s+off)\s+(?:taking\s+)?(?:all\s+)?"
            rf"(?:their|your|my|his|her|the)?\s*(?:\w+\s+)?(?:{_MEDICATION_WORDS}|{medications})\b(?:\s+\S+){{0,3}}?\s+(?:before|prior\s+to)\b",
        ))
        # "I stopped my antidepressant three days ago to prepare. Was that alright?": a change already made, asked about
        medical_rules.append((
            "stopped_already",
            r"\b(?:stopped|quit|came\s+off|went\s+off|tapered\s+off|weaned\s+off|skipped|halved|cut\s+back\s+on)\s+(?:taking\s+)?"
            r"(?:all\s+(?:of\s+)?)?(?:my|his|her)\s+(?:\w+\s+)?\w+\b(?:\s+\S+){0,16}?\s+(?:was|is)\s+(?:that|it|this)\s+"
            r"(?:ok|okay|alright|all\s+right|fine|bad|safe|a\s+mistake|smart|dumb|a\s+problem|right|wrong)\b",
        ))
        # "lowering my seroquel ... good idea?", "¿tengo que suspender la sertralina?": a change to a medication,
        # asked about (the question cue is checked in medical_advice, below).
        named_medication = rf"(?:{_MEDICATION_WORDS}|{medications})"
        # Words that mean a change only once a medication is named somewhere in the message, since they point back
        # at it: "mi psiquiatra me tiene con venlafaxina, puedo dejarla?", "my effexor ... should i restart it",
        # "would she have to stop them", "lo vuelvo a empezar o me espero", "dejo el spray ya", "bajarle la dosis"
        change_once_named = (
            r"\b(?:dejarl[ao]s?|suspenderl[ao]s?|quitarl[ao]s?|quitarmel[ao]s?|bajarle|cambiarl[ao]s?|reducirl[ao]s?|pararl[ao]s?)\b"
            r"|\b(?:stop|stopping|quit|quitting|discontinu\w*|taper\w*|wean\w*|ditch\w*|drop|dropping|paus\w*|com\w*\s+off|go\w*\s+off|"
            r"get\w*\s+off|skip\w*|reduc\w*|lower\w*)\s+(?:of\s+)?(?:it|them|those|these)\b"
            r"|\btaper\w*\s+down\b|\b(?:go|going|went|goes)\s+back\s+(?:up|down)\s+(?:to|on)\b|\bevery\s+other\s+day\s+instead\b"
            # "I take clonazepam each evening. Must I reduce the dose before treatment begins?"
            r"|\b(?:reduce|reducing|lower|lowering|decrease|decreasing|cut|cutting|drop|dropping|halve|halving)\s+(?:the|my|his|her)\s+"
            r"(?:daily\s+|nightly\s+|evening\s+|morning\s+)?dos(?:e|age)\b"
            # "my doc wants me off klonopin before i start, how fast should i taper"
            r"|\b(?:should|do|can|would|must)\s+i\s+(?:\w+\s+){0,2}?taper\b|\b(?:wants?|told|needs?|asked)\s+me\s+off\b"
            r"|\b(?:have|has|need|needs)\s+to\s+(?:stop|quit|come\s+off|go\s+off|taper|pause)\s+(?:them|it|those|these|taking)\b"
            r"|\b(?:restart\w*|start\s+(?:it|them)\s+(?:back\s+up|again)|go\s+back\s+on|get\s+back\s+on)\b"
            r"|\b(?:la|lo|las|los)\s+dejo\s+(?:pa|para|antes|completamente|ya|a\s+medias|de\s+tomar)\b|\bmejor\s+(?:la|lo)\s+dejo\b"
            r"|\b(?:la|lo|las|los)\s+(?:puedo|debo|podria|deberia|tengo\s+que|tengo\s+q|va\s+a|voy\s+a|vas\s+a|van\s+a|vaya|vayan)\s+(?:ir\s+)?"
            r"(?:dejando|bajando|reduciendo|quitando|suspendiendo|dejar|suspender|bajar|reducir|quitar)\b"
            r"|\b(?:la|lo)\s+vuelvo\s+a\s+tomar\b|\bretomarl[ao]s?\b"
            r"|\b(?:se\s+)?(?:la|lo|las|los)\s+(?:vuelvo|volvemos|vuelve|vuelva|volvamos)\s+a\s+(?:empezar|tomar|dar|iniciar)\b"
            r"|\bvolver\s+a\s+(?:tomarl[ao]s?|darsel[ao]s?|empezarl[ao]s?)\b|\b(?:tengo|debo)\s+q(?:ue)?\s+volver\s+a\s+tomar\b"
            r"|\b(?:se\s+)?(?:la|lo|las|los)\s+(?:quito|suspendo|paro)\b|\bdejo\s+(?:el|la|los|las)\s+\w+\s+(?:ya|antes|o)\b"
            r"|\b(?:bajar\w*|subir\w*|reducir\w*|cambiar\w*)\s+(?:le\s+)?(?:la\s+)?dosis\b|\bsaltar(?:me|se|le)?\s+(?:el|la|los|las|mi|mis|su|sus)\b"
            r"|\bno\s+(?:me\s+)?(?:voy\s+a|pienso|quiero)\s+tomar(?:me)?\s+(?:el|la|los|las|mi|mis)\b"
        )
        medical_rules.append((
            "change_medication",
            rf"\b(?:stop|stopping|quit|quitting|taper\w*|wean\w*|come\s+off|coming\s+off|get\s+off|go\s+off|stay\s+off|"
            rf"skip|skipping|reduce|reducing|lower|lowering|halv\w*|cut\s+down|cutting\s+down|discontinu\w*|drop|"
            rf"pause|a\s+break\s+from|come\s+down\s+on|(?<!meant\sto\s)(?<!supposed\sto\s)(?<!\bit\s)(?<!ketamine\s)replace|switch\w*|not\s+take)\s+(?:\w+\s+){{0,4}}?{named_medication}\b"
            rf"|\b(?:suspender|dejar|dejo|bajarle|bajar|salirme|cambiar|no\s+tomo|no\s+tomar|suspendo|quitarme|quitar|quito|"
            rf"reducir|reduzco|bajo|parar|paro|cambiarme|sustituir|reemplazar|remplazar|dejar\s+de\s+tomar|ir\s+bajandole|bajandole)\b{_ES_NOT_A_HABIT}"
            rf"\s+(?:\w+\s+){{0,4}}?{named_medication}\b"
            rf"|(?<!had\sto\s)\b(?:stay|go|come|get|taper|wean)\s+off\s+(?:of\s+)?(?:it|them)\b"
            rf"|^(?!.*\b(?:cervezas?|chelas|vino|tragos|alcohol|pisto|fumar|cigarros)\b).*\b(?:tengo|debo|hay)\s+que\s+(?:dejarl[oa]s?|suspenderl[oa]s?|quitarmel[oa]s?)\b|\b(?:la|lo|las|los)\s+(?:puedo|debo|tengo\s+que)\s+(?:dejar|suspender|bajar|quitar)\b"
            rf"|\bno\s+tomo\s+ninguna\b|\bcold\s+turkey\b|\bran\s+out\s+of\s+(?:my\s+)?{named_medication}\b"
            rf"|\b(?:ditch\w*|pausing|pausar)\s+(?:\w+\s+){{0,3}}?{named_medication}\b"
            # "cutting my gabapentin in half"
            rf"|\b(?:cut|cutting|split|splitting)\s+(?:my\s+|his\s+|her\s+)?(?:\w+\s+)?{named_medication}\s+in\s+half\b"
            rf"|^(?=.*\b{named_medication}\b).*?(?:{change_once_named})",
        ))
        # "my spravato", "my xanax": a named drug the visitor owns. (Not "my antidepressants", which is how
        # visitors describe treatment-resistant depression.)
        # Not "my lexapro stopped working": a history of what failed is a question about ketamine, not advice.
        medical_rules.append((
            "my_named_medication",
            rf"(?<!like\s)\bmy\s+{named_medications}\b(?!\s+(?:\w+\s+){{0,5}}?(?:stopped|never|didnt|did\s+not|doesnt|does\s+not|wasnt|sort\s+of\s+works|kind\s+of\s+works|kinda\s+works|"
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
            # (not a simile: "my panic attacks feel like a heart attack", "i was sure it was a heart attack", "the cost
            # is gonna give me a heart attack")
            # (nor what was read: "I read online that it wrecks your bladder"); a relative's candidacy with a condition
            # named: "Is my mom a good candidate? She's 75 and has heart problems."
            ("condition_personal", rf"{_PERSONAL}(?!\s+(?:read|heard|saw|seen)\b)(?:\s+\S+){{0,6}}?\s+(?<!like\sa\s)(?<!was\sa\s)"
                                   rf"(?<!give\sme\sa\s)(?<!gives\sme\sa\s)(?<!gave\sme\sa\s)(?<!having\sa\s){contraindications}\b"
                                   rf"|\b(?:is|would)\s+(?:my\s+\w+|he|she)\s+(?:be\s+)?(?:a\s+)?(?:good\s+|right\s+|suitable\s+)?candidate\b"
                                   rf"(?:\s+\S+){{0,12}}?\s+{contraindications}\b")
        )
        # Spanish: "tomo xanax pa dormir", "mi doctor me dio tramadol", "¿se puede mezclar con mi litio?"
        medical_rules.append((
            "es_medication_in_use",
            rf"\b(?:tomo|tomando|me\s+tomo|uso|usando|consumo|me\s+recet\w+|me\s+(?:dio|dieron|mando|mandaron)|"
            rf"me\s+(?:tiene|tienen)\s+con|estoy\s+con|ando\s+con|mezcl\w*|combin\w*|con\s+mi|y\s+mi)"
            rf"(?:\s+\S+){{0,2}}?\s+{medications}\b",
        ))
        # "kiero dejar el litio", "estoy pensando en quitarme la quetiapina": a plan to stop a named medication
        medical_rules.append((
            "es_planned_medication_change",
            rf"\b(?:pienso|pensando\s+en|planeo|voy\s+a|quiero|kiero|quisiera|quiere|quieren|decidi|me\s+gustaria|tengo\s+ganas\s+de)\s+"
            rf"(?:\w+\s+)?(?:dejar|suspender|quitarme|quitar|dejar\s+de\s+tomar|no\s+tomar|bajarle|bajar|reducir|"
            rf"cambiarme\s+de)\b{_ES_NOT_A_HABIT}\s+(?:\w+\s+){{0,3}}?(?:{_MEDICATION_WORDS}|{medications})\b",
        ))
        # (name, category, language, pattern): the specific rules first, then the general ones
        # a child who got into someone's medication: "my 3 year old got into my purse and ate some of my gabapentin"
        child_ingested = (
            rf"\b(?:\d+\s*(?:year|yr|month)\s*old|\d+\s*(?:yo|mo)|toddler|baby|little\s+one|kid|child|grandson|granddaughter|niece|nephew)\b"
            rf"(?:\s+\S+){{0,8}}?\s+(?:ate|swallowed|chewed|chewed\s+up|drank|got\s+into|got\s+ahold\s+of)\s+"
            rf"(?:some\s+of|one\s+of|a\s+few\s+of|several\s+of|a\s+bunch\s+of|a\s+handful\s+of|(?:the\s+)?whole|all\s+(?:of\s+)?|into)?\s*"
            rf"(?:my|his|her|the|grandmas|grandpas|moms|dads|their|a\s+bottle\s+of)\s+(?:\S+\s+){{0,2}}?"
            rf"(?:pills?|tablets?|capsules?|meds|medicine|medication|gummies|edibles?|vitamins|detergent|pods?|bleach|{medications})\b"
        )
        self._crisis: List[Tuple[str, str, str, Pattern[str]]] = [("child_ingested", OVERDOSE, "en", re.compile(child_ingested))] + [
            (n, c, "es" if n.startswith("es_") else "en", re.compile(p)) for n, c, p in (*_SPECIFIC_RULES, *_SIGNS_RULES, *_PLAIN_SIGNS_RULES)
        ] + [(n, _GENERAL_CATEGORY.get(n, SUICIDE), "en", re.compile(p)) for n, p in _CRISIS_RULES]
        self._medical: List[Tuple[str, str, str, Pattern[str]]] = [
            (n, MEDICATION_CHANGE if n in _MEDICATION_CHANGE_RULES else "", "es" if n.startswith("es_") else "en",
             re.compile(p))
            for n, p in medical_rules
        ]
        self._distress = re.compile(_DISTRESS)
        # Once a message is personal advice, a medication and a change to it anywhere near each other make it a
        # medication change, told or asked in any shape: "should she stop any of them", "planning to drop my
        # trazodone", "when can I go back to my normal vyvanse dose". Not a dose of ketamine, nor a change to
        # the treatment ("will that stop the ketamine from working").
        medication_or_dose = (
            rf"(?:{_MEDICATION_WORDS}|{medications}|antidepressants?|benzos?|\d*mg|pill|"
            r"(?<!ketamine\s)dos(?:e|es|age)(?!\s+of\s+(?:ketamine|it|esketamine|spravato)))"
        )
        self._names_medication = re.compile(rf"\b{medication_or_dose}\b")
        between = r"(?:\s+(?!ketamine\b|infusions?\b|treatment\b|working\b)\S+)"
        self._change_named = re.compile(
            rf"(?<!\ba\s)\b{_CHANGE_VERB}\b{between}{{0,6}}?\s+{medication_or_dose}\b"
            rf"|\b{medication_or_dose}\b{between}{{0,8}}?\s+(?<!\ba\s){_CHANGE_VERB}\b(?!\s+(?:the\s+)?(?:ketamine|infusions?|treatment)\b)"
            # once a medication is named anywhere: "come off it", "drop down to 150", "cut my sertaline in half",
            # "take an extra ativan", "not take my blood pressure pill"
            rf"|^(?=.*\b{medication_or_dose}\b).*(?:\b(?:{_CHANGE_VERB}|discontinu\w*)\s+(?:off\s+)?(?:it|them|mine|that)\b(?!\s+from\b)"
            rf"|\b(?:{_CHANGE_VERB}|go|going|\d+\s*(?:mg)?(?:\s+(?:of\s+)?[a-z]+)?)\s+(?:down|up)\s+to\s+\d+|\bin\s+half\b"
            rf"|\b(?:take|taking)\s+(?:an?\s+)?extra\b|\bnot\s+(?:to\s+)?take\s+(?:my|his|her|the)\b"
            rf"|\b(?:taper|tapering|wean|weaning)\b|\binstead\s+of\s+(?:refill\w*|taking)\b"
            rf"|\b(?:keep|continue)\s+taking\s+(?:it|them|mine)\b)"
        )
        self._told_condition = next(pattern for name, _, _, pattern in self._medical if name == "condition_personal")
        self._asks_about_treatment = re.compile(_ASKS_ABOUT_TREATMENT)
        self._last: Optional[Tuple[str, Optional[Finding]]] = None

    def _advice_in(self, normalized: str, text: str = "") -> Optional[Finding]:
        """The first medical-advice rule that matches; a change to a medication counts only when asked about
        (in a Spanish message a question mark is enough: "le bajo a mi pastilla de la presion?")."""
        found: Optional[Finding] = None
        spanish_question = ("?" in text or "\u00bf" in text) and looks_spanish(normalized)
        for name, category, language, pattern in self._medical:
            if found is not None and category != MEDICATION_CHANGE:
                continue  # only a medication change can still outrank the first finding
            if not pattern.search(normalized) or _not_advice_here(name, normalized, spanish_question):
                continue
            if name in _IN_USE_RULES and _medication_only_in_story(pattern, text):
                continue
            finding = Finding(kind=MEDICAL_ADVICE, rule=name, category=category, language=language)
            if category == MEDICATION_CHANGE:
                return finding  # "can I reduce my dose of methadone": the prescriber answer, not the general one
            found = found or finding
        if found is None and "\u00bf" in text and _ES_ASKED_DIAGNOSIS.search(_fold(text)):
            found = Finding(kind=MEDICAL_ADVICE, rule="es_asked_diagnosis", language="es")
        if found is not None and self._change_named.search(normalized):
            found = Finding(kind=MEDICAL_ADVICE, rule=found.rule, category=MEDICATION_CHANGE, language=found.language)
        return found

    def names_medication_change(self, text: str, before: str = "") -> bool:
        """Whether a message already taken for personal advice names a change to a medication, so the answer is
        the prescriber's (the classifier's advice, which the rules above did not find); with `before`, the
        visitor's message before it, a change asked of a medication told there ("im on lexapro 20mg right now",
        then "should i stop mine before starting")."""
        normalized = normalize(self._spell(text))
        if self._change_named.search(normalized):
            return True
        return bool(before) and bool(_CHANGE_ASKED.search(normalized)) \
            and bool(self._change_named.search(normalize(self._spell(before)) + " " + normalized))

    def asked_of_told_medication(self, text: str, told: str) -> Optional[str]:
        """What a message that names no medication itself asks of one `told` named (the visitor's message or two
        before it): a change ("my husband is on 300mg of neurontin", then "does he stop it or keep going", "do i need to
        taper off first"), `MEDICATION_CHANGE`; staying on it ("I take vyvanse 40 and welbutrin 300", then "is it ok to
        be on both of those during the treatment", "is that gonna be a problem"), ""; else None. A message that names
        its own ("what about ppl on opioids trying to get off them" is about people in general) is the rules' to read.
        Each text is spelt and normalised once: this runs on most messages outside the intake."""
        asked = normalize(self._spell(text))
        if self._names_medication.search(asked):
            return None
        earlier = normalize(self._spell(told))
        if not self._names_medication.search(earlier):
            return None
        if _CHANGE_ASKED.search(asked) and self._change_named.search(earlier + " " + asked):
            return MEDICATION_CHANGE
        return "" if _ON_THOSE.search(asked) else None

    def asks_fit_after_told_condition(self, text: str, before: str, earlier: str = "") -> bool:
        """Whether a message asks whether the visitor is ruled out ("So would I be excluded?") after telling a
        condition of their own that weighs on it ("I was diagnosed with bipolar II last year."): personal advice.
        Asked outright ("so am i one of those people"), the condition may be told one or two messages before
        (`before`, `earlier`); "is that a problem" leans on the message just before only."""
        asked = normalize(text)
        if self._told_condition.search(normalize(before)) is not None:
            return bool(_MY_FIT.search(asked) or _IS_THAT_A_PROBLEM_ASKED.search(asked))
        return bool(earlier) and self._told_condition.search(normalize(earlier)) is not None \
            and bool(_MY_FIT.search(asked))

    def check(self, text: str) -> Optional[Finding]:
        """Crisis first (someone in danger who also asks about a dose gets crisis resources), then advice,
        then distress. The safety net asks again about the same message after its answer (for a topic's
        note), so the latest result is kept."""
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        finding = self._screen(text)
        self._last = (text, finding)
        return finding

    def _screen(self, text: str) -> Optional[Finding]:
        normalized = normalize(text)
        crisis = self._crisis_in(normalized)
        if crisis is not None and crisis.kind == CRISIS:
            return crisis
        spelt = self._spell(text)  # the advice rules read "setraline" as sertraline
        advice = self._advice_in(normalized if spelt == text else normalize(spelt), spelt)
        return advice or crisis or self._distress_in(normalized)

    def _crisis_in(self, normalized: str) -> Optional[Finding]:
        """The first crisis rule that matches; a crisis word used only as a topic gives a `CRISIS_TOPIC`."""
        topic: Optional[Finding] = None
        for name, category, language, pattern in self._crisis:
            if not pattern.search(normalized):
                continue
            if language == "en" and looks_spanish(normalized):
                language = "es"
            figure = _FIGURES_OF_SPEECH.get(name)
            if figure is not None and figure.search(normalized):
                continue  # "mi esposa me va a matar si no agendo jaja", "id murder someone for a nap": a figure of speech
            # an amount taken in the past ("over the years") or asked about of no one ("if you take too much")
            amount_not_now = name in _AMOUNT_RULES and (_TRIED_BEFORE.search(normalized) or _IF_SOMEONE_TOOK.search(normalized)) \
                and not _NOW.search(normalized)
            past_illness = category == MEDICAL and not _NOW.search(normalized) and (
                _PAST_ILLNESS.search(normalized) or (_PANIC_AS_USUAL.search(normalized) and not _UNLIKE_USUAL.search(normalized)))
            history = looks_like_history(normalized, category) and name not in _TOLD_NOW_RULES \
                or bool(_DATED.search(normalized)) and not _NOW.search(normalized)
            if history or amount_not_now or past_illness or _asked_as_topic(name, normalized):
                topic = topic or Finding(kind=CRISIS_TOPIC, rule=name, category=category, language=language)
                continue
            if category == MEDICAL and _SWALLOWED_FIRST.search(normalized):
                category = OVERDOSE  # collapsed beside an empty bottle: 911 first, and Poison Control
            if category == MEDICAL and _SELF_INFLICTED.search(normalized):
                category = SELF_HARM  # "cut myself again and it wont stop bleeding": 988, and 911 if badly hurt
            also = ""
            if category in (SUICIDE, OVERDOSE) and _INGESTED_NOW.search(normalized) and _WANTS_TO_DIE.search(normalized) \
                    and not (_TRIED_BEFORE.search(normalized) and not _NOW.search(normalized)):
                category, also = OVERDOSE, SUICIDE  # "took all my pills because i want to die"
            if category == THREAT and _SPIKED_NOW.search(normalized):
                category, also = OVERDOSE, SEXUAL_ASSAULT  # "a guy at the bar put something in her drink and she can barely stand"
            elif category == ABUSE and self._sexual_assault_in(normalized):
                also = SEXUAL_ASSAULT  # "someone put something in her drink ... she has bruises": RAINN too
            elif category == SEXUAL_ASSAULT and _SPIKED_NOW.search(normalized):
                category, also = OVERDOSE, SEXUAL_ASSAULT  # "something in my drink, i can barely stand": 911 first
            elif category == MEDICAL and self._sexual_assault_in(normalized):
                category, also = SEXUAL_ASSAULT, MEDICAL  # "is it still rape if i was passed out? it was tonight"
            return Finding(kind=CRISIS, rule=name, category=category, language=language, also=also)
        return topic

    def _sexual_assault_in(self, normalized: str) -> bool:
        """Whether a sexual-assault rule also matches, not as a topic."""
        return any(category == SEXUAL_ASSAULT and pattern.search(normalized) and not _asked_as_topic(name, normalized)
                   for name, category, _, pattern in self._crisis)

    def _distress_in(self, normalized: str) -> Optional[Finding]:
        match = self._distress.search(normalized)
        if match is None or self._asks_about_treatment.search(normalized):
            return None
        return Finding(kind=DISTRESS, rule="distress", language="es" if looks_spanish(normalized) else "en")


@lru_cache(maxsize=None)
def shared_screen() -> SafetyScreen:
    """The process's one screen: its rules are compiled once, and a message the NLU pipeline has screened (to keep a
    story that may hold danger) is not screened again when the safety net asks about the same text."""
    return SafetyScreen()
