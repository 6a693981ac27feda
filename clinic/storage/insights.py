"""What the staff insights page counts, from the transcript (what the assistant made of each message and which
response it gave, written by the Rasa server's event broker) and the handoffs:

* conversations per day by channel (the channel is the conversation id's prefix: web, sms, rest);
* the funnel from a first message to an FAQ answered, an intake started, a handoff, contacted and scheduled;
* the most asked topics, and emergencies by kind;
* the messages the assistant could not answer (the fallback, a "Did you mean" choice, or an answer given with
  low confidence), grouped by similarity, with counts and their conversations.

Everything is counted for conversations whose first message falls in the period (`days` back from `now`),
from the summary row the event broker keeps per conversation (clinic/storage/transcript.py), and the reply it
records on each visitor message: no page load scans a period's messages to pair them.
Message text leaves here with digits and email addresses masked: a maintainer turning the unanswered
messages into training data needs the words, not anyone's phone number.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from clinic import names as n
from clinic.storage.models import ConversationMessage, ConversationSummary, Handoff, HandoffEvent, HandoffStatus
from clinic.storage.transcript import BUTTON_PREFIX

M = ConversationMessage.__table__.c  # the transcript's columns (a Core table mapped in models.py)
S = ConversationSummary.__table__.c  # one row per conversation
# a conversation's channel (its id's prefix, clinic/storage/transcript.py) in words
CHANNELS = {"web": "Website chat", "sms": "Text message (SMS)", "rest": "Website (integration)", "other": "Other"}
LOW_CONFIDENCE = 0.6
UNANSWERED_RESPONSES = (n.UTTER_FALLBACK, n.UTTER_CLARIFY_ONE, n.UTTER_CLARIFY_TWO)
MAX_UNANSWERED = 2000  # the most recent ones, grouped
SIMILAR = 0.5  # Jaccard similarity of two messages' content words that puts them in one group

_EMERGENCY_KINDS = {
    n.UTTER_CRISIS: "Suicide", n.UTTER_CRISIS_SELF_HARM: "Self-harm", n.UTTER_CRISIS_MEDICAL: "Medical emergency",
    n.UTTER_CRISIS_OVERDOSE: "Overdose or poisoning", n.UTTER_CRISIS_SEXUAL_ASSAULT: "Sexual assault",
    n.UTTER_CRISIS_ABUSE: "Abuse or violence at home", n.UTTER_CRISIS_THREAT: "Threat to others",
    n.UTTER_CRISIS_ES: "Suicide or self-harm (Spanish)", n.UTTER_CRISIS_ES_MEDICAL: "Medical emergency (Spanish)",
    n.UTTER_CRISIS_ES_OVERDOSE: "Overdose or poisoning (Spanish)",
    n.UTTER_CRISIS_ES_SEXUAL_ASSAULT: "Sexual assault (Spanish)",
    n.UTTER_CRISIS_ES_ABUSE: "Abuse or violence at home (Spanish)", n.UTTER_CRISIS_ES_THREAT: "Threat to others (Spanish)",
    n.UTTER_DISTRESS: "Distress without danger", n.UTTER_DISTRESS_ES: "Distress without danger (Spanish)",
}
_STOPWORDS = frozenset("""a an and are as at be but by can could do does for from had has have how i i'm im if in is it
its me my of on or our so that the their them then there they this to u ur was we what when where which who why
will with would you your yo el la los las de que y en es un una por para""".split())
_DIGITS = re.compile(r"\+?\(?\d[\d\s().-]{2,}\d|\d")
_EMAIL = re.compile(r"\S+@\S+")
_WORD = re.compile(r"[a-záéíóúñü']+")


def masked(text: str) -> str:
    """The message with email addresses and digits masked ("call me at [number]")."""
    return _DIGITS.sub("[number]", _EMAIL.sub("[email]", text or ""))


def _words(masked_text: str) -> FrozenSet[str]:
    return frozenset(w for w in _WORD.findall(masked_text.lower()) if w not in _STOPWORDS and len(w) > 1)


def content_words(text: str) -> FrozenSet[str]:
    """The words a message's group is found by: no stop words, no digits or email addresses."""
    return _words(masked(text))


@dataclass
class UnansweredMessage:
    conversation_id: str
    text: str  # masked
    intent: Optional[str]
    confidence: Optional[float]
    reply: Optional[str]
    sent_at: datetime


@dataclass
class Group:
    example: str
    messages: List[UnansweredMessage] = field(default_factory=list)
    words: Set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.messages)

    @property
    def conversations(self) -> List[str]:
        return list(dict.fromkeys(m.conversation_id for m in self.messages))


@dataclass
class Insights:
    computed_at: datetime
    since: datetime
    days: List[date]
    per_day: Dict[date, Counter]  # day -> channel -> conversations
    funnel: List[Tuple[str, int]]
    topics: List[Tuple[str, int]]
    emergencies: List[Tuple[str, int]]
    groups: List[Group]
    unanswered_total: int


def _funnel(session: Session, since: datetime) -> List[Tuple[str, int]]:
    period = S.started_at >= since
    started, answered, intake = session.execute(
        select(func.count(), func.count(case((S.answered.is_(True), 1))), func.count(case((S.intake_started.is_(True), 1))))
        .where(period)
    ).one()
    handed = select(Handoff.id).join(ConversationSummary.__table__, S.conversation_id == Handoff.conversation_id).where(period)
    reached = [HandoffStatus.CONTACTED.value, HandoffStatus.SCHEDULED.value]

    def ever(statuses: List[str], contact_counts: bool) -> int:
        """Handoffs of the period that are in `statuses` now or were set to one of them once."""
        went: List[ColumnElement[bool]] = [HandoffEvent.new_status.in_(statuses)]
        if contact_counts:
            went.append(HandoffEvent.kind == "contact")
        history = select(HandoffEvent.handoff_id).where(or_(*went))
        return int(session.scalar(select(func.count()).select_from(Handoff).where(
            Handoff.id.in_(handed), or_(Handoff.status.in_(statuses), Handoff.id.in_(history)))) or 0)

    return [
        ("Started a conversation", int(started)),
        ("Got an answer from the articles", int(answered)),
        ("Started the intake", int(intake)),
        ("Handed to staff", int(session.scalar(select(func.count()).select_from(handed.subquery())) or 0)),
        ("Contacted by staff", ever(reached, contact_counts=True)),
        ("Consultation scheduled", ever([HandoffStatus.SCHEDULED.value], contact_counts=False)),
    ]


def _utc_hour(session: Session) -> ColumnElement[str]:
    """The hour a conversation started, as "YYYY-MM-DD HH" in UTC (the page turns hours into the clinic's days;
    counting by hour in the database keeps 30,000 rows from coming back one by one)."""
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.timezone("UTC", S.started_at), "YYYY-MM-DD HH24")
    return func.substr(S.started_at, 1, 13)  # SQLite keeps UTC times as ISO text


def _counted_responses(session: Session, since: datetime) -> Counter:
    """How often each response was given in the period (one pass over the response index)."""
    rows = session.execute(select(M.response, func.count())
                           .where(M.response.is_not(None), M.sent_at >= since)
                           .group_by(M.response))
    return Counter({response: int(count) for response, count in rows})


def unanswered(session: Session, since: datetime, limit: int = MAX_UNANSWERED) -> List[UnansweredMessage]:
    """The most recent `limit` visitor messages the assistant could not place: answered with the fallback or
    a "Did you mean", or with an article answer it gave with low confidence (the `reply` the event broker
    recorded on each visitor message)."""
    rows = session.execute(
        select(M.conversation_id, M.text, M.intent, M.confidence, M.reply, M.sent_at)
        .where(M.sent_at >= since, M.sender == "visitor", M.confidence < LOW_CONFIDENCE,
               or_(M.reply.in_(UNANSWERED_RESPONSES), M.reply.like(n.FAQ_RESPONSE_PREFIX + "%")),
               ~M.text.startswith(BUTTON_PREFIX))
        .order_by(M.id.desc()).limit(limit)
    )
    return [UnansweredMessage(c, masked(text), intent, confidence, reply, at)
            for c, text, intent, confidence, reply, at in rows]


def group_similar(messages: Iterable[UnansweredMessage], threshold: float = SIMILAR) -> List[Group]:
    """Messages whose content words overlap by `threshold` (Jaccard) or more share a group; biggest first."""
    groups: List[Group] = []
    for message in messages:
        words = set(_words(message.text))  # masked when it was read
        best: Optional[Group] = None
        best_score = 0.0
        for group in groups:
            union = len(words | group.words)
            score = len(words & group.words) / union if union else 1.0
            if score >= threshold and score > best_score:
                best, best_score = group, score
        if best is None:
            best = Group(example=message.text, words=words)
            groups.append(best)
        best.messages.append(message)
    groups.sort(key=lambda g: (-g.count, g.example))
    return groups


def gather(session: Session, days: int, zone: str, now: Optional[datetime] = None) -> Insights:
    now = now or datetime.now(timezone.utc)
    here = ZoneInfo(zone)
    first_day = now.astimezone(here).date() - timedelta(days=days - 1)
    since = datetime.combine(first_day, datetime.min.time(), tzinfo=here).astimezone(timezone.utc)
    per_day: Dict[date, Counter] = defaultdict(Counter)
    hour = _utc_hour(session)
    day_of: Dict[str, date] = {}
    for bucket, channel, count in session.execute(select(hour, S.channel, func.count())
                                                  .where(S.started_at >= since).group_by(hour, S.channel)):
        if bucket not in day_of:
            started = datetime(int(bucket[:4]), int(bucket[5:7]), int(bucket[8:10]), int(bucket[11:13]),
                               tzinfo=timezone.utc)
            day_of[bucket] = started.astimezone(here).date()
        per_day[day_of[bucket]][channel] += int(count)
    responses = _counted_responses(session, since)
    topics = Counter({r: c for r, c in responses.items() if r.startswith(n.FAQ_RESPONSE_PREFIX)})
    kinds = Counter({r: c for r, c in responses.items() if r in _EMERGENCY_KINDS})
    messages = unanswered(session, since)
    return Insights(
        computed_at=now,
        since=since,
        days=[first_day + timedelta(days=i) for i in range(days)],
        per_day=dict(per_day),
        funnel=_funnel(session, since),
        topics=[(n.TOPIC_TITLES.get(r[len("utter_"):], r), c) for r, c in topics.most_common(12)],
        emergencies=sorted(((_EMERGENCY_KINDS[r], c) for r, c in kinds.items()), key=lambda kc: (-kc[1], kc[0])),
        groups=group_similar(messages),
        unanswered_total=len(messages),
    )


def conversation(session: Session, conversation_id: str) -> Sequence[ConversationMessage]:
    return list(session.scalars(select(ConversationMessage).where(M.conversation_id == conversation_id)
                                .order_by(M.id)))
