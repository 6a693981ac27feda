"""A Redis lock store whose every ticket operation is one atomic step on the Redis server.

Rasa serialises the messages of one conversation with a ticket lock: each message takes a ticket, waits
until its ticket is the lowest live one, is handled, and gives the ticket back. Rasa 3.6's open-source
`RedisLockStore` keeps a conversation's tickets as one JSON value and changes it in Python (read, change,
write back), so two replicas can read the same value and hand out the same ticket, or overwrite each other's
(RasaHQ/rasa#9213). Here each step is a Lua script that Redis runs alone:

- issue: take the next number from one counter shared by all conversations (INCR), add it to the
  conversation's sorted set with its expiry time (the member is "<number>:<expires, ms>", the score the
  number), and make the whole key expire with its last ticket;
- turn: "how many live tickets are ahead of mine?" (0: go; -1: mine has expired);
- release: remove my ticket; the set, and so the key, disappears with its last ticket.

Each step first drops the tickets whose time is up, by the Redis server's clock, so a ticket left by a
crashed replica blocks its conversation for its lifetime at most (Rasa's default: 60 s, TICKET_LOCK_LIFETIME).
The counter is never reset; if Redis loses it (a restart without persistence) it starts again from the
server's clock in microseconds, above every number handed out before.

Keys hold a SHA-256 digest of the conversation id, never the id (which can be a phone number), and nothing
here logs it. In endpoints.yml, `type: redis` becomes `type: assistant.lock_store.AtomicRedisLockStore` with
the same settings (url or host, port, db, username, password, use_ssl, ssl_certfile, ssl_keyfile,
ssl_ca_certs, key_prefix, socket_timeout), plus an optional `poll_interval` (seconds between two looks at
the queue while waiting; Rasa's own store waits a whole second).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import deque
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Optional, Text

import redis

from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import DEFAULT_SOCKET_TIMEOUT_IN_SECONDS, LOCK_LIFETIME, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

DEFAULT_POLL_INTERVAL = 0.05

# Shared by every script: the server's clock (ms) and purge(key), which drops expired tickets and returns
# the latest expiry among those left (0 when none is).
_COMMON = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local function purge(key)
  local latest = 0
  for _, member in ipairs(redis.call('ZRANGE', key, 0, -1)) do
    local expires = tonumber(string.match(member, ':(%d+)$'))
    if expires <= now then
      redis.call('ZREM', key, member)
    elseif expires > latest then
      latest = expires
    end
  end
  return latest
end
"""

# KEYS: queue, counter; ARGV: lifetime in ms. Returns the new ticket's number.
_ISSUE = _COMMON + """
if redis.call('EXISTS', KEYS[2]) == 0 then
  redis.call('SET', KEYS[2], string.format('%d', tonumber(clock[1]) * 1000000 + tonumber(clock[2])))
end
local number = redis.call('INCR', KEYS[2])
local expires = now + tonumber(ARGV[1])
local latest = purge(KEYS[1])
redis.call('ZADD', KEYS[1], number, string.format('%d:%d', number, expires))
redis.call('PEXPIREAT', KEYS[1], math.max(latest, expires))
return number
"""

# KEYS: queue; ARGV: ticket. Returns how many live tickets are ahead of it, or -1 if it is gone.
_TURN = _COMMON + """
purge(KEYS[1])
if redis.call('ZCOUNT', KEYS[1], ARGV[1], ARGV[1]) == 0 then
  return -1
end
return redis.call('ZCOUNT', KEYS[1], '-inf', '(' .. ARGV[1])
"""

# KEYS: queue; ARGV: ticket (or none). Removes the ticket; returns how many live tickets are left.
_RELEASE = _COMMON + """
if ARGV[1] then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[1])
end
purge(KEYS[1])
return redis.call('ZCARD', KEYS[1])
"""


def _flag(value: Any) -> bool:
    """A yes/no setting, also when it comes from an environment variable in endpoints.yml ("true")."""
    return value.strip().lower() in ("1", "true", "yes") if isinstance(value, str) else bool(value)


class AtomicRedisLockStore(LockStore):
    """Ticket locks in Redis, each ticket operation one atomic server-side script."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, **settings: Any) -> None:
        # Rasa's LockStore.create passes only `endpoint_config`; its `url` is the host, as for `type: redis`.
        if endpoint_config is not None:
            settings = {"host": endpoint_config.url, **endpoint_config.kwargs, **settings}
        self._configure(**settings)

    def _configure(
        self,
        host: Optional[Text] = None,
        port: int = 6379,
        db: int = 1,
        username: Optional[Text] = None,
        password: Optional[Text] = None,
        use_ssl: bool = False,
        ssl_certfile: Optional[Text] = None,
        ssl_keyfile: Optional[Text] = None,
        ssl_ca_certs: Optional[Text] = None,
        key_prefix: Optional[Text] = None,
        socket_timeout: float = DEFAULT_SOCKET_TIMEOUT_IN_SECONDS,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> None:
        if key_prefix and not str(key_prefix).isalnum():
            # Rasa's store warns and falls back to the default; two deployments sharing a Redis would then
            # share locks without knowing it, so this refuses instead.
            raise ValueError("lock_store key_prefix must be letters and digits only")
        self.red = redis.StrictRedis(
            host=host or "localhost",
            port=int(port),
            db=int(db),
            username=username,
            password=password,
            ssl=_flag(use_ssl),
            ssl_certfile=ssl_certfile,
            ssl_keyfile=ssl_keyfile,
            ssl_ca_certs=ssl_ca_certs,
            socket_timeout=float(socket_timeout),
        )
        self.poll_interval = float(poll_interval)
        self.key_prefix = (f"{key_prefix}:" if key_prefix else "") + "lock:atomic:"
        self._counter = self.key_prefix + "counter"
        # register_script runs EVALSHA and loads the script again when the server lost it (a restart)
        self._issue = self.red.register_script(_ISSUE)
        self._turn = self.red.register_script(_TURN)
        self._release = self.red.register_script(_RELEASE)

    def _key(self, conversation_id: Text) -> Text:
        return self.key_prefix + hashlib.sha256(conversation_id.encode("utf-8")).hexdigest()

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        lifetime_ms = max(1, int(float(lock_lifetime) * 1000))
        try:
            ticket = int(self._issue(keys=[self._key(conversation_id), self._counter], args=[lifetime_ms]))
        except redis.RedisError as error:
            raise LockError(f"Could not issue a lock ticket: {error}") from error
        logger.debug("Issued lock ticket %d.", ticket)
        return ticket

    def tickets_ahead(self, conversation_id: Text, ticket: int) -> int:
        """How many live tickets come before `ticket`: 0 means its turn, -1 that it has expired."""
        return int(self._turn(keys=[self._key(conversation_id)], args=[ticket]))

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: Text,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: Optional[float] = None,
    ) -> AsyncGenerator[TicketLock, None]:
        """Hold the conversation's lock for the block (Rasa's agent calls this with the defaults)."""
        ticket = self.issue_ticket(conversation_id, lock_lifetime)
        try:
            yield await self._acquire_lock(conversation_id, ticket, wait_time_in_seconds or self.poll_interval)
        finally:
            self.cleanup(conversation_id, ticket)

    async def _acquire_lock(self, conversation_id: Text, ticket: int, wait_time_in_seconds: float) -> TicketLock:
        while True:
            try:
                ahead = self.tickets_ahead(conversation_id, ticket)
            except redis.RedisError as error:
                raise LockError(f"Could not check a lock ticket: {error}") from error
            if ahead == 0:
                return self.get_lock(conversation_id) or TicketLock(conversation_id)
            if ahead < 0:
                raise LockError(f"Lock ticket {ticket} expired before its turn came.")
            await asyncio.sleep(wait_time_in_seconds)

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        self._release(keys=[self._key(conversation_id)], args=[ticket_number])

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        """Give the ticket back (the key goes with the last ticket). A Redis failure here is only logged:
        the reply is made, and the ticket expires by itself."""
        try:
            self.finish_serving(conversation_id, ticket_number)
        except redis.RedisError as error:
            logger.warning("Could not release lock ticket %d (it will expire): %s", ticket_number, error)

    def update_lock(self, conversation_id: Text) -> None:
        """Drop the conversation's expired tickets."""
        self._release(keys=[self._key(conversation_id)], args=[])

    def is_someone_waiting(self, conversation_id: Text) -> bool:
        return int(self._release(keys=[self._key(conversation_id)], args=[])) > 0

    def get_lock(self, conversation_id: Text) -> Optional[TicketLock]:
        """A snapshot of the conversation's tickets (expired ones included until the next operation)."""
        tickets = []
        for member in self.red.zrange(self._key(conversation_id), 0, -1):
            number, expires_ms = member.decode().split(":")
            tickets.append(Ticket(int(number), int(expires_ms) / 1000))
        return TicketLock(conversation_id, deque(tickets)) if tickets else None

    def save_lock(self, lock: TicketLock) -> None:
        """Replace the conversation's tickets with `lock`'s, in one transaction (the store itself never
        needs this: tickets change through the scripts above)."""
        key = self._key(lock.conversation_id)
        members = {f"{t.number}:{int(t.expires * 1000)}": t.number for t in lock.tickets}
        with self.red.pipeline(transaction=True) as pipe:
            pipe.delete(key)
            if members:
                pipe.zadd(key, members)
                pipe.pexpireat(key, max(int(t.expires * 1000) for t in lock.tickets))
            pipe.execute()

    def delete_lock(self, conversation_id: Text) -> None:
        self.red.delete(self._key(conversation_id))
