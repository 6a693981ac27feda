"""How visitors phrase things, shared by the NLU pipeline (assistant/) and the intake form (actions/): filler
openers ("wait, quick question, ..."), figures of speech that sound like danger ("my boss is going to kill me
if I miss work"), and whether a message reads as a question."""

from __future__ import annotations

import re
from typing import FrozenSet, Iterable, Iterator, List, Set, Text, Tuple

from clinic.safety import fold_accents

# Openers that carry no topic: "wait, quick question, is it painful?" is "is it painful?".
FILLER_PHRASES = (
    "wait", "hold on", "hang on", "actually", "quick question", "real quick", "one more thing", "one question",
    "sorry", "oh", "oh and", "um", "umm", "uh", "uhh", "hmm", "btw", "by the way", "also", "before that",
    "before i answer", "just wondering", "i was wondering", "question", "another question", "and",
    # changing the subject: "ok good to know. on another note, do i need to stay on it forever"
    "on another note", "on a different note", "on a separate note", "on a separate matter", "on another topic",
    "different question", "totally different question", "separate question", "side question", "unrelated",
    "unrelated but", "unrelated question", "changing the subject", "switching gears", "another thing",
    "otra pregunta", "otra cosa", "cambiando de tema", "aparte",
)
_FILLERS = sorted((tuple(p.split()) for p in FILLER_PHRASES), key=len, reverse=True)


def _phrase_at(lowered: List[Text], start: int, phrases: List[Tuple[Text, ...]]) -> int:
    """The length of the first of `phrases` (longest first) that the words at `start` spell, else 0."""
    return next((len(phrase) for phrase in phrases if tuple(lowered[start:start + len(phrase)]) == phrase), 0)


def leading_filler_count(words: List[Text]) -> int:
    """How many of the first words are filler openers (never all of them)."""
    lowered = [w.lower().strip(".,!?:;-") for w in words]
    start = 0
    while start < len(lowered):
        if lowered[start] == "":
            start += 1
            continue
        length = _phrase_at(lowered, start, _FILLERS)
        if not length:
            break
        start += length
    return start if start < len(words) else 0


# The question a story-first message marks as its own: "... but what i actually want to know is when will i feel
# it", "im fine with needles, my question is is this even legal". The words before the marker set the scene; the
# classifier reads what follows it. (A marker at the very start, or with nothing after it, changes nothing.)
_QUESTION_MARKERS = sorted((tuple(p.split()) for p in (
    "my question is", "my real question is", "my main question is", "my actual question is", "my only question is",
    "the real question is", "the question is", "my q is", "what i want to know is", "what i really want to know is",
    "what i actually want to know is", "what i need to know is", "what i wanna know is", "mi pregunta es",
    "lo que quiero saber es",
)), key=len, reverse=True)
_MARKER_OPENERS = frozenset(phrase[0] for phrase in _QUESTION_MARKERS)


# A turn to the question after a story ("I read your blog about diet. Anyway, do you take Blue Shield?", "... im
# also depressed but im mostly asking where your offices are") or after a concession the message opens with ("i
# know the fda approved spravato, but is the IV kind addictive"): the classifier reads what follows the turn, when
# that reads as a question of at least three words.
_TURN_MARKERS = sorted((tuple(p.split()) for p in (
    "anyway", "anyways", "anyhow", "mostly asking", "mainly asking", "really asking", "actually asking",
    "en fin", "de todos modos",
)), key=len, reverse=True)
_TURN_OPENERS = frozenset(phrase[0] for phrase in _TURN_MARKERS)
_CONCESSIONS = sorted((tuple(p.split()) for p in (
    "i know", "i know that", "i already know", "i get that", "i get it", "i understand", "i understand that",
    "i realize", "i realise", "im aware", "i m aware", "i am aware", "ya se", "ya sé", "se que", "sé que",
)), key=len, reverse=True)
_CONCESSION_LEAD = {"ok", "okay", "so", "and", "yes", "yeah", "well", "look"}
_BUT = {"but", "pero"}
MIN_TURNED_QUESTION_WORDS = 3
# A story longer than this, or with a word of danger in it, stays for the classifier whatever follows it: danger the
# safety screen misses may sit in the story ("... this is my last try, i've picked the spot. Anyway, what are the
# prices?"), and then only the classifier's reading of the whole message can catch it
MAX_STORY_WORDS = 20
_DANGER_IN_STORY = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|overdos\w*|od|pills?|bleed\w*|blood|cut|cuts|cutting|hurt\w*\s+(?:me|them|my\w*|him\w*|her\w*|some\w*)|hit|hits|"
    r"hitting|beat\w*|chok\w*|rap\w*|assault\w*|touch\w*|gun|guns|knife|weapon\w*|stab\w*|shoot\w*|breath\w*|chest|"
    r"seizure\w*|unconscious|poison\w*|bleach|abus\w*|threat\w*|unaliv\w*|kms|goodbye|burden|rope|bridge|jump\w*|"
    r"bruis\w*|emergency|911|end\s+it|spot|decided|last\s+(?:try|chance|night)|tonight|scared|afraid|forced|drugged|"
    r"morir\w*|matar\w*|muert\w*|pastillas|golpe\w*|sangr\w*)\b",
    re.IGNORECASE,
)


def _story_may_hold_danger(lowered: List[Text], end: int) -> bool:
    """Whether the words before `end` are too many to set aside, or name something dangerous."""
    story = [w for w in lowered[:end] if w]
    return len(story) > MAX_STORY_WORDS or bool(_DANGER_IN_STORY.search(" ".join(story)))


def _turned_question(lowered: List[Text], start: int) -> bool:
    """Whether the words from `start` read as a question of their own, long enough to be classified alone."""
    rest = [w for w in lowered[start:] if w]
    return len(rest) >= MIN_TURNED_QUESTION_WORDS and looks_like_question(" ".join(rest))


def _past_punctuation(lowered: List[Text], start: int) -> int:
    """The first position from `start` that is a word ("anyway, do you ..." reads from "do")."""
    while start < len(lowered) - 1 and not lowered[start]:
        start += 1
    return start


def _markers(lowered: List[Text], first: int, openers: FrozenSet[Text],
             phrases: List[Tuple[Text, ...]]) -> Iterator[Tuple[int, int]]:
    """Where each of `phrases` stands from position `first` on: (start, end) of each, in order."""
    for start in range(first, len(lowered)):
        if lowered[start] in openers:
            end = start + _phrase_at(lowered, start, phrases)
            if end > start:
                yield start, end


def words_before_marked_question(words: List[Text]) -> int:
    """How many of the first words come before a marker of the message's own question, or before the question a
    story or an opening concession turns to (0 when there is none, or when the story is long or names danger)."""
    lowered = [w.lower().strip(".,!?:;-\"'") for w in words]
    for start, end in _markers(lowered, 1, _MARKER_OPENERS, _QUESTION_MARKERS):
        if end < len(words) - 1 and not _story_may_hold_danger(lowered, start):
            return end
    for start, end in _markers(lowered, 2, _TURN_OPENERS, _TURN_MARKERS):
        if _turned_question(lowered, end) and not _story_may_hold_danger(lowered, start):
            return _past_punctuation(lowered, end)
    lead = 0
    while lead < 2 and lead < len(lowered) and (lowered[lead] in _CONCESSION_LEAD or not lowered[lead]):
        lead += 1
    if _phrase_at(lowered, lead, _CONCESSIONS):
        turn = next((i for i in range(lead + 3, len(lowered)) if lowered[i] in _BUT), None)
        if turn is not None and _turned_question(lowered, turn + 1) and not _story_may_hold_danger(lowered, turn):
            return _past_punctuation(lowered, turn + 1)
    return 0


# A reply to the last answer before the real question: "makes sense, thanks. does it work for anxiety too?",
# "hmm ok, kinda scary but ok. what's the success rate". The classifier reads only the question.
_ACK_OPENERS = sorted((tuple(p.split()) for p in (
    "ok", "okay", "k", "kk", "cool", "neat", "nice", "great", "awesome", "perfect", "thanks", "thank you", "ty",
    "thx", "tysm", "gotcha", "got it", "alright", "allright", "hmm", "hm", "interesting", "wow", "sure", "yeah",
    "yes", "right", "understood", "i see", "makes sense", "that makes sense", "that actually makes sense",
    "fair", "fair enough", "oh", "ah", "good to know", "that helps", "that's helpful", "thats helpful",
    "huh", "noted", "lol", "haha", "sounds good", "gracias", "vale", "bueno", "ya veo",
)), key=len, reverse=True)
_ACK_OPENER_SET = frozenset(_ACK_OPENERS) | {("ok", "cool"), ("ok", "thanks"), ("okay", "thanks"), ("ok", "great"),
                                              ("great", "thanks"), ("perfect", "thanks"), ("cool", "thanks")}
_CLAUSE_END = {".", "!", ";", "...", "..", "!!"}
MAX_ACK_WORDS = 10


_ACK_ANYWHERE = (("makes", "sense"), ("thank", "you"), ("thanks",), ("good", "to", "know"), ("that", "helps"))


def _is_ack(words: List[Text]) -> bool:
    """A sentence that opens with an acknowledgement, or thanks or agrees anywhere in it."""
    lowered = [w.lower() for w in words]
    if _phrase_at(lowered, 0, _ACK_OPENERS):
        return True
    return any(tuple(lowered[i:i + len(phrase)]) == phrase for phrase in _ACK_ANYWHERE for i in range(len(lowered)))


# Acknowledgements heard alone beside the openers above: "nice one", "cool cool", "very interesting"
_ACK_ALONE = frozenset(tuple(p.split()) for p in (
    "nice one", "cool cool", "sweet", "very interesting", "thats interesting", "that is interesting", "good stuff",
    "i see now", "got it now", "ok got it", "that makes sense now", "makes sense now", "fair point", "good point",
    "wow ok", "oh wow", "ahh ok", "ohh ok", "ahh", "ohh", "ooh", "oooh", "good", "very good", "thats good", "thats great",
    "thats cool", "thats awesome", "thats nice", "amazing", "love that", "good info", "helpful", "very helpful",
    "bet", "ok bet", "say less", "cool beans", "word", "yikes",
    # Spanish: "qué bien" and "muy bien" had read as feeling low (0.64, 0.93) and got the distress answer
    "perfecto", "ok perfecto", "entendido", "okey", "que bien", "muy bien", "que interesante", "interesante", "excelente",
    "genial", "claro", "de acuerdo", "listo", "esta bien", "ah ya", "ya", "orale", "sale", "va",
    # ... and "estoy bien", "todo bien", "bien" (0.84-0.97; "bien triste", very sad, is no acknowledgement)
    "bien", "todo bien", "estoy bien", "muy bien gracias", "bien gracias", "todo bien gracias", "estoy bien gracias",
))
# A thumbs-up, an OK hand, folded hands, a tick or a smile sent alone
_ACK_EMOJI = re.compile(r"^[\s\U0001F44D\U0001F44C\U0001F64F\u2705\u2714\U0001F642\U0001F60A\U0001F600\ufe0f\U0001F3FB-\U0001F3FF]+$")
_THANKS = re.compile(r"\b(?:thanks|thank\s+you|thx|ty|tysm|thank\s+u)\b|\U0001F64F", re.IGNORECASE)


def thanks_in(text: Text) -> bool:
    """Whether a message thanks ("good to know, thx", folded hands)."""
    return bool(_THANKS.search(text or ""))
_ACK_LEAD = frozenset({"oh", "ah", "ok", "okay", "hmm", "hm", "well", "alright"})
_ACK_TAIL = frozenset({"lol", "haha", "then", "thanks", "ty", "thx"})


def only_acknowledges(text: Text) -> bool:
    """Whether a message does nothing but acknowledge ("got it", "oh nice!", "i see", "good to know lol"): no
    question, no request, no wish, nothing told. "huh?", "ok?" or "really?" ask for more; "huh" alone is puzzled."""
    if "?" in (text or "") or "\u00bf" in (text or ""):
        return False
    if _ACK_EMOJI.match(text or ""):
        return True
    words = re.findall(r"[a-z]+", fold_accents(text).lower().replace("\u2019", "").replace("'", ""))
    if not words or len(words) > 6 or "huh" in words:
        return False
    while len(words) > 1 and words[-1] in _ACK_TAIL:
        words = words[:-1]
    for lead in range(3):
        rest = tuple(words[lead:])
        if rest and (rest in _ACK_OPENER_SET or rest in _ACK_ALONE):
            return True
        if lead >= len(words) or words[lead] not in _ACK_LEAD:
            return False
    return False


def _is_bare_ack(words: List[Text]) -> bool:
    """Words that are an acknowledgement and nothing else ("thanks", "ok cool"): a comma after them ends the
    sentence ("thanks, when will you text me?"), where after "thanks for that, ..." or "ok so," it does not."""
    lowered = tuple(w.lower() for w in words)
    return bool(lowered) and lowered in _ACK_OPENER_SET


def _ack_openers_before_wish(words: List[Text], start: int) -> int:
    """How many tokens from `start` are one or two acknowledgements (and commas) right before a wish to go ahead
    ("cool sounds good lets do it", "ok, im in"); 0 when no wish follows them."""
    lowered = [w.lower() for w in words]
    at = start
    for _ in range(2):
        length = _phrase_at(lowered, at, _ACK_OPENERS)
        if not length:
            break
        at += length
        while at < len(words) and words[at] == ",":
            at += 1
        if _BOOKING_WISH.match(" ".join(words[at:])):
            return at - start
    return 0


def leading_acknowledgement_count(words: List[Text]) -> int:
    """How many of the first tokens are acknowledgement sentences before a question ("ok cool. and the side
    effects?"): sentences that open with an acknowledgement or thank or agree, each of at most MAX_ACK_WORDS
    tokens, followed by something that reads as a question. 0 when there is none (or nothing would be left)."""
    start = 0
    while True:
        opener = _ack_openers_before_wish(words, start)  # "alright" in "alright im in", "cool sounds good" before "lets do it"
        if opener:
            start += opener  # "alright im in . what do u need from me": the wish is the message, not an acknowledgement
            break
        end = next((i for i in range(start, len(words)) if words[i] in _CLAUSE_END or
                    (words[i] == "," and _is_bare_ack(words[start:i]))), None)
        if end is None or end - start > MAX_ACK_WORDS or not _is_ack(words[start:end]):
            break
        start = end + 1
        while start < len(words) and words[start] in _CLAUSE_END:
            start += 1
    rest = " ".join(words[start:])
    if start == 0 or start >= len(words) or not (looks_like_question(rest) or _BOOKING_WISH.match(rest)):
        return 0
    return start


# A wish to go ahead after an acknowledgement ("makes sense. im in", "ok cool. sign me up"): what the classifier reads
# (on the tokenizer's words too, where "im" and "I'm" come apart: "i m in", "I 'm ready", "let 's do it")
_BOOKING_WISH = re.compile(
    r"^(?:ok\s+|okay\s+|so\s+|then\s+|alright\s+|well\s+)?(?:i\s+(?:think|guess|believe|feel\s+like)\s+)?"
    r"(?:(?:i\s*'?\s*m|i\s+am)\s+(?:in|ready|down|sold)(?:\s+for\s+it)?(?=\s*(?:$|[.!?,;]))|"
    r"(?:i\s*'?\s*m|i\s+am)\s+ready\s+to\s+(?:try|start|do|book|go\s+ahead|get\s+started)(?:\s+(?:this|it))?(?=\s*(?:$|[.!?,;]))|"
    r"count\s+me\s+in\b|sign\s+me\s+up\b|let\s*'?\s*s\s+(?:do\s+(?:it|this)|go|book)\b|"
    r"i(?:\s*'?\s*d|\s+would)\s+like\s+to\s+(?:book|sign\s+up|start|go\s+ahead)\b|"
    r"i\s+want\s+to\s+(?:book|sign\s+up|start|go\s+ahead|do\s+(?:it|this))\b)",
    re.IGNORECASE,
)
# What comes next, asked right after a wish to go ahead ("ok im in. what do you need from me"): part of the wish
_NEXT_STEP_ASKED = re.compile(
    r"^(?:so\s+|ok\s+|and\s+)?(?:what\s+do\s+(?:you|u|ya|yall)\s+need(?:\s+from\s+me)?|what\s*'?\s*s\s+next|what\s+is\s+next|"
    r"what\s+(?:now|next)|what\s+are\s+the\s+next\s+steps?|what\s*'?\s*s\s+the\s+next\s+step|what\s+is\s+the\s+next\s+step|"
    r"how\s+do\s+(?:we|i)\s+(?:start|begin|get\s+started)|where\s+do\s+i\s+sign(?:\s+up)?|what\s+do\s+i\s+do\s+(?:now|next))"
    r"[\s?.!]*$",
    re.IGNORECASE,
)


def wish_length(words: List[Text]) -> int:
    """How many of the words are a wish to go ahead when all that follows it asks what comes next ("im in . what
    do you need from me", "I 'm ready to try this . What 's the next step ?"): the classifier reads the wish alone,
    not "what do you need from me" (what the patient must put in). 0 otherwise."""
    joined = " ".join(words)
    if not _BOOKING_WISH.match(joined):
        return 0
    end = next((i for i, word in enumerate(words) if word in _CLAUSE_END or word in {"?", ","}), None)
    if end is None or not _NEXT_STEP_ASKED.match(" ".join(words[end + 1:])):
        return 0
    return end


# Figures of speech with danger words in them. The classifier must not take "killer headache lol, how many
# sessions?" for a crisis; the safety screen still reads the raw text, so real danger in the same message is
# caught by its rules. Matched on the lower-cased words with apostrophes dropped ("boss's" -> "bosss"); where a
# pattern has a group, only its words are the figure ("this depression [is killing me]": the topic stays).
_FIGURATIVE = tuple(re.compile(pattern) for pattern in (
    r"\b(?:(?:my|the|this|our)\s+)?(?:boss|manager|supervisor|teacher|professor|therapist|doctor|coach)\s+"
    r"(?:is\s+|s\s+|will\s+|would\s+|d\s+|ll\s+)?(?:gonna\s+|going\s+to\s+)?kill\s+me\b",
    r"\b(?:would|d)\s+kill\s+for\b",
    r"\b(killer)\s+(?:headache|migraine|commute|day|week|shift|traffic|cramps)\b",
    r"\bdead\s+tired\b",
    r"\b(?:be|been|being)\s+the\s+death\s+of\s+(?:me|us|him|her)\b",
    r"\b(?:die|died|dying)\s+of\s+(?:embarrassment|shame|boredom|laughter|curiosity|cringe)\b",
    r"\b(?:lose|losing|lost)\s+my\s+mind\b",
    r"\bdying\s+to\s+(?:know|try|ask|hear|get|see|find\s+out|start)\b",
    r"\b(?:bored|scared|laughed|worried|embarrassed)\s+(?:half\s+)?to\s+death\b",
    r"\b(?:pain|back|head|headache|migraines?|knees?|feet|neck|work|job|commute|traffic|heat|waiting|kids|depression|"
    r"anxiety)\s+((?:is\s+|are\s+|s\s+|has\s+been\s+|been\s+)?killing\s+me)\b",
    r"\bme\s+muero\s+de\s+(?:hambre|risa|sueno|sueño|ganas|curiosidad|calor|frio|frío|verguenza|vergüenza)\b",
    r"\b(me\s+(?:mata|matan))\s+(?:el|la|los|las|mis|mi)\s+(?:trafico|tráfico|calor|espalda|cabeza|trabajo|rodillas|pies|"
    r"migrañas|migranas)\b",
))


def figurative_words(words: List[Text]) -> List[int]:
    """The positions of the words that make up a figure of speech with a danger word in it ("my back [is
    killing me]", "me muero de risa"); never all the words of a message."""
    lowered = [w.lower().replace("'", "").replace("\u2019", "").strip(".,!?:;-") for w in words]
    text, starts = "", []
    for word in lowered:
        starts.append(len(text))
        text += word + " "
    found: Set[int] = set()  # indexes of the words to drop
    for pattern in _FIGURATIVE:
        for match in pattern.finditer(text):
            begin, end = match.span(1) if pattern.groups else match.span()
            found.update(i for i, start in enumerate(starts) if lowered[i] and begin <= start < end)
    return sorted(found) if len(found) < sum(1 for w in lowered if w) else []


_QUESTION_START = re.compile(
    r"^(?:what|whats|how|hows|is|isnt|does|doesnt|do|dont|can|cant|could|will|would|why|who|whos|where|when|are|"
    r"should|which|any|que|qué|cómo|como|cuánto|cuanto|cuántas|cuantas|dónde|donde|por\s+qué|es|hay|puedo|sirve)\b",
    re.IGNORECASE,
)


def looks_like_question(text: Text) -> bool:
    """Whether a message reads as a question once its filler openers are set aside ("wait, is it painful",
    "before I confirm, how many sessions?"): a question mark anywhere ("does it help ocd? that's my main
    issue"), or a question word first."""
    stripped = (text or "").strip()
    if "?" in stripped or "¿" in stripped:
        return True
    words = stripped.split()
    rest = " ".join(words[leading_filler_count(words):])
    rest = re.sub(r"^(?:before\s+(?:i\s+|we\s+)?\w+|ok(?:ay)?|so|but|and|also)\W*\s*", "", rest, flags=re.IGNORECASE)
    return bool(_QUESTION_START.match(rest.lstrip(" ,.-")))


# A request to say the last answer again, more simply or with an example, or a bare "why?": about the previous
# answer, whatever else its words suggest ("in plain english pls" is not a question about what ketamine is, and
# "why not?" after the FDA answer is not a question about why therapy is paired with it).
_REPHRASE = re.compile(
    r"^[¿¡\s]*(?:(?:ok|okay|sorry|um+|hmm+|wait|so|but|and|y|pero)[\s,]+){0,2}(?:"
    r"why(?:\s+(?:not|is\s+that|so|though|tho))?|y\s+(?:not|tho|though)|how\s+come|por\s*qu[eé](?:\s+no)?|y\s+eso\s+por\s*qu[eé]|"
    r"(?:say|explain|put)\s+(?:that|it|this)(?:\s+(?:again|differently|more\s+simply|simpler|in\s+(?:plain|simple)\s+\w+)){1,2}"
    r"|(?:in|into)\s+(?:plain|simple|simpler|normal|regular)\s+(?:english|terms|words|language|spanish)"
    r"|(?:eli5|tldr|tl;?dr|dumb\s+it\s+down|simpler\s+please|can\s+you\s+simplify(?:\s+that)?)"
    # "give me the short version, that was a lot of words", "too long didnt read", "shorter pls"
    r"|(?:(?:give\s+me|just\s+give\s+me|whats|what\s+is)\s+)?(?:the\s+)?(?:short|shorter|quick|simple)\s+version(?:\s+of\s+(?:that|it))?"
    r"(?:[\s,.]+(?:that\s+was|thats|that\s+is)\s+(?:a\s+lot\s+of\s+words|a\s+lot|too\s+long|too\s+much|long))?"
    r"|(?:that\s+was|thats|that\s+is)\s+(?:a\s+lot\s+of\s+words|too\s+long|too\s+much\s+text|a\s+wall\s+of\s+text)"
    r"|too\s+long\s+didnt\s+read|shorter"
    r"|like\s+what(?:\s+exactly)?|such\s+as|for\s+example|for\s+instance|what\s+do\s+you\s+mean(?:\s+by\s+that)?"
    r"|meaning\s+what|i\s+(?:dont|do\s+not)\s+(?:understand|get\s+it)|no\s+entiendo|(?:mas|más)\s+(?:sencillo|simple)"
    r"|(?:como|cómo)\s+(?:que|qué)"
    r"|ballpark(?:\s+(?:figure|number|it))?"  # "ballpark?" after the success rates
    r"|make\s+it\s+make\s+sense"
    # "explain like im 5 pls", "can u say it simpler", "ok that was a lot of big words lol can u say it simpler"
    r"|explain\s+(?:it\s+|that\s+)?like\s+(?:im|i\s+am|i'm)\s+(?:5|five|a\s+kid|a\s+child)"
    r"|(?:(?:ok|okay|so)?[\s,]*(?:that\s+was|thats|that\s+is)\s+(?:a\s+lot\s+of\s+)?(?:big|fancy|long|medical)\s+words(?:\s+lol)?[\s,.]+)?"
    r"(?:can|could)\s+(?:you|u)\s+(?:say|explain|put)\s+(?:that|it|this)\s+(?:simpler|more\s+simply|in\s+(?:plain|simple|normal)\s+\w+|again)"
    # "in plain english pls im not a scientist"
    r")(?:\s+(?:pls|please|plz|por\s+favor|lol|exactly))*(?:[\s,.!]+(?:im|i\s+am)\s+(?:not\s+(?:a\s+|an\s+)?\w+(?:\s+(?:person|guy|girl|type|expert))?|(?:so\s+)?confused|lost)"
    r"(?:\s+(?:lol|lmao|haha))?)?"
    r"[\W_]*$",  # (and whatever marks follow: "im not a scientist 😂")
    re.IGNORECASE,
)


def asks_to_rephrase(text: Text) -> bool:
    """"In plain english pls", "like what exactly", "what do you mean?", "no entiendo": about the last answer."""
    plain = (text or "").strip().replace("\u2019", "'").replace("'", "")
    return len(plain.split()) <= 14 and bool(_REPHRASE.match(plain))


# A reaction a phone relays as a text message, quoting the message reacted to: an iPhone's 'Liked “…”' or
# 'Laughed at “…”', Android's 'Reacted 👍 to “…”' or '👍 to “…”'
_REACTION = re.compile(
    r'^\s*(?:(?:Liked|Loved|Disliked|Laughed\s+at|Emphasi[sz]ed|Questioned)|Reacted\s+\S{1,8}\s+to|[^\w\s]{1,8}\s+to)\s+'
    r'[\u201c"](?P<quoted>.+)[\u201d"]\s*$',
    re.DOTALL,
)
_OPTION_LINE = re.compile(r"^\s*\d{1,2}\.\s.*$", re.MULTILINE)  # ("1. Yes, talk to a person": the SMS channel's options)
MIN_QUOTED = 12


def _squashed(text: Text) -> Text:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split()).lower()


def looks_like_reaction(text: Text) -> bool:
    """Whether a message has the shape of a phone's reaction ('Liked “…”'), whatever it quotes."""
    return _REACTION.match(text or "") is not None


def reaction_to_sent(text: Text, sent: Iterable[Text]) -> bool:
    """Whether a message is a phone's reaction to one of the assistant's own messages (`sent`): the reaction's
    quote, less the SMS options and a trailing ellipsis, is part of one of them. Only the assistant's words are
    quoted, so nothing in it is the visitor's; a quote of anything else is read as the visitor's message."""
    match = _REACTION.match(text or "")
    if match is None:
        return False
    quoted = _squashed(_OPTION_LINE.sub(" ", match.group("quoted"))).rstrip("\u2026").rstrip(".").strip()
    if len(quoted) < MIN_QUOTED:
        return False
    return any(quoted in _squashed(message) for message in sent if message)
