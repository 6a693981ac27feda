"""What the staff insights page counts, from the transcript (what the assistant made of each message and which
response it gave, written by the Rasa server's event broker) and the handoffs:

* conversations per day by channel (the channel is the conversation id's prefix: web, sms, rest);
* the funnel from a first message to an FAQ answered, an intake started, a handoff, contacted and scheduled;
* the most asked topics, and emergencies by kind;
* the messages the assistant could not answer (the fallback, a "Did you mean" choice, or an answer given with
  low confidence), grouped by similarity, with counts and their conversations.

Everything is counted for conversations whose first message falls in the period (`days` back from `now`).
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

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from clinic import names as n
from clinic.storage.models import ConversationMessage, Handoff, HandoffEvent, HandoffStatus

M = ConversationMessage.__table__.c  # the transcript's columns (a Core table mapped in models.py)
CHANNELS = {"web": "Website chat", "sms": "Text message (SMS)", "rest": "Website (integration)"}
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


def content_words(text: str) -> FrozenSet[str]:
    return frozenset(w for w in _WORD.findall(masked(text).lower()) if w not in _STOPWORDS and len(w) > 1)


def channel_of(conversation_id: str) -> str:
    prefix = conversation_id.split(":", 1)[0]
    return prefix if prefix in CHANNELS else "other"


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
    since: datetime
    days: List[date]
    per_day: Dict[date, Counter]  # day -> channel -> conversations
    funnel: List[Tuple[str, int]]
    topics: List[Tuple[str, int]]
    emergencies: List[Tuple[str, int]]
    groups: List[Group]
    unanswered_total: int


def _first_messages(session: Session, since: datetime) -> List[Tuple[str, datetime]]:
    """(conversation, its first message's time) for conversations that started in the period."""
    first = (select(M.conversation_id, func.min(M.sent_at).label("started"))
             .where(M.sent_at >= since)
             .group_by(M.conversation_id).subquery())
    # a conversation that had messages before the period did not start in it
    earlier = select(M.conversation_id).where(M.sent_at < since,
                                                                 M.conversation_id == first.c.conversation_id)
    return [(row[0], row[1]) for row in session.execute(select(first.c.conversation_id, first.c.started)
                                                         .where(~earlier.exists()))]


def _conversations_with(session: Session, since: datetime, *conditions) -> Set[str]:
    return set(session.scalars(select(M.conversation_id).distinct()
                               .where(M.sent_at >= since, *conditions)))


def _funnel(session: Session, since: datetime, started: Set[str]) -> List[Tuple[str, int]]:
    answered = _conversations_with(session, since, M.response.like(n.FAQ_RESPONSE_PREFIX + "%"))
    intake = _conversations_with(session, since, M.response == "utter_ask_intake_consent")
    handoffs: Dict[str, int] = {row[0]: row[1] for row in session.execute(
        select(Handoff.conversation_id, Handoff.id).where(Handoff.created_at >= since))}
    handed = set(handoffs) & started
    ids = [handoffs[c] for c in handed]
    reached = {HandoffStatus.CONTACTED.value, HandoffStatus.SCHEDULED.value}

    def ever(statuses: Set[str], contact_counts: bool) -> int:
        if not ids:
            return 0
        now_in = set(session.scalars(select(Handoff.id).where(Handoff.id.in_(ids), Handoff.status.in_(statuses))))
        conditions: List[ColumnElement[bool]] = [HandoffEvent.new_status.in_(statuses)]
        if contact_counts:
            conditions.append(HandoffEvent.kind == "contact")
        went = set(session.scalars(select(HandoffEvent.handoff_id).distinct()
                                   .where(HandoffEvent.handoff_id.in_(ids), or_(*conditions))))
        return len(now_in | went)

    return [
        ("Started a conversation", len(started)),
        ("Got an answer from the articles", len(answered & started)),
        ("Started the intake", len(intake & started)),
        ("Handed to staff", len(handed)),
        ("Contacted by staff", ever(reached, contact_counts=True)),
        ("Consultation scheduled", ever({HandoffStatus.SCHEDULED.value}, contact_counts=False)),
    ]


def _counted_responses(session: Session, since: datetime, condition) -> Counter:
    rows = session.execute(select(M.response, func.count())
                           .where(M.sent_at >= since, condition)
                           .group_by(M.response))
    return Counter({response: int(count) for response, count in rows})


def unanswered(session: Session, since: datetime, limit: int = MAX_UNANSWERED) -> List[UnansweredMessage]:
    """The most recent `limit` visitor messages the assistant could not place: answered with the fallback or
    a "Did you mean", or with an article answer it gave with low confidence. Only messages the classifier was
    unsure of are looked at (the fallback and "Did you mean" follow those), each with the reply after it."""
    later = ConversationMessage.__table__.alias("later")
    reply = (select(later.c.response)
             .where(later.c.conversation_id == M.conversation_id, later.c.id > M.id, later.c.sender == "assistant")
             .order_by(later.c.id).limit(1).correlate(ConversationMessage.__table__).scalar_subquery())
    rows = session.execute(
        select(ConversationMessage, reply.label("reply"))
        .where(M.sent_at >= since, M.sender == "visitor",
               M.confidence < LOW_CONFIDENCE, ~M.text.startswith("[button:"))
        .order_by(M.id.desc()).limit(limit * 4)
    )
    found: List[UnansweredMessage] = []
    for message, response in rows:
        if response in UNANSWERED_RESPONSES or (response or "").startswith(n.FAQ_RESPONSE_PREFIX):
            found.append(UnansweredMessage(message.conversation_id, masked(message.text), message.intent,
                                           message.confidence, response, message.sent_at))
            if len(found) >= limit:
                break
    return found


def group_similar(messages: Iterable[UnansweredMessage], threshold: float = SIMILAR) -> List[Group]:
    """Messages whose content words overlap by `threshold` (Jaccard) or more share a group; biggest first."""
    groups: List[Group] = []
    for message in messages:
        words = set(content_words(message.text))
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
    started = _first_messages(session, since)
    per_day: Dict[date, Counter] = defaultdict(Counter)
    for conversation, moment in started:
        moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
        per_day[moment.astimezone(here).date()][channel_of(conversation)] += 1
    started_ids = {c for c, _ in started}
    topics = _counted_responses(session, since, M.response.like(n.FAQ_RESPONSE_PREFIX + "%"))
    kinds = _counted_responses(session, since, M.response.in_(list(_EMERGENCY_KINDS)))
    messages = unanswered(session, since)
    return Insights(
        since=since,
        days=[first_day + timedelta(days=i) for i in range(days)],
        per_day=dict(per_day),
        funnel=_funnel(session, since, started_ids),
        topics=[(n.TOPIC_TITLES.get(r[len("utter_"):], r), c) for r, c in topics.most_common(12)],
        emergencies=sorted(((_EMERGENCY_KINDS[r], c) for r, c in kinds.items()), key=lambda kc: (-kc[1], kc[0])),
        groups=group_similar(messages),
        unanswered_total=len(messages),
    )


def conversation(session: Session, conversation_id: str) -> Sequence[ConversationMessage]:
    return list(session.scalars(select(ConversationMessage).where(M.conversation_id == conversation_id)
                                .order_by(M.id)))
