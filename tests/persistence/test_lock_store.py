"""The atomic Redis lock store (assistant/lock_store.py) against a real redis-server (the `redis_server`
fixture): tickets and critical sections from two OS processes at once, expiry, cleanup, loading by Rasa.

Each test keeps to keys of its own (a key prefix of its own), so they share one server.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import multiprocessing
import time
import uuid
from collections import Counter
from typing import List

import pytest
import redis

from assistant.lock_store import AtomicRedisLockStore
from rasa.core.lock_store import LockError, LockStore, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

PHONE = "sms:+15555550123"  # a conversation id that must stay out of keys and logs


@pytest.fixture
def prefix() -> str:
    return "t" + uuid.uuid4().hex[:12]


@pytest.fixture
def store(redis_server, prefix) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(host=redis_server.host, port=redis_server.port, key_prefix=prefix)


def _new_store(kind: str, port: int, prefix: str, **settings):
    if kind == "stock":
        return RedisLockStore(host="127.0.0.1", port=port, key_prefix=prefix)
    return AtomicRedisLockStore(host="127.0.0.1", port=port, key_prefix=prefix, **settings)


# Workers: each runs in a process of its own (spawned, so its own interpreter, store and connections), waits
# at the barrier for the other, then works as fast as it can, and puts what it saw on the queue.

def _issue_tickets(kind, port, prefix, conversation, count, barrier, results) -> None:
    store = _new_store(kind, port, prefix)
    barrier.wait()
    results.put([store.issue_ticket(conversation, 600) for _ in range(count)])


def _critical_sections(kind, port, prefix, conversation, count, barrier, results) -> None:
    """`count` read-modify-writes of a shared counter, each inside lock(conversation) ("none": no lock)."""
    store = _new_store("atomic", port, prefix, poll_interval=0.002)
    red = redis.Redis(port=port)
    counter, inside = f"{prefix}:counter", f"{prefix}:inside"

    async def run() -> int:
        most_inside = 0
        for _ in range(count):
            held = store.lock(conversation, lock_lifetime=30) if kind == "atomic" else contextlib.nullcontext()
            async with held:
                most_inside = max(most_inside, red.incr(inside))
                value = int(red.get(counter) or 0)
                await asyncio.sleep(0.002)
                red.set(counter, value + 1)
                red.decr(inside)
        return most_inside

    barrier.wait()
    results.put(asyncio.run(run()))


def _in_two_processes(target, *args) -> List:
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=target, args=(*args, barrier, results)) for _ in range(2)]
    for worker in workers:
        worker.start()
    try:
        found = [results.get(timeout=120) for _ in workers]
    finally:
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.kill()
    assert [worker.exitcode for worker in workers] == [0, 0]
    return found


def test_tickets_issued_at_once_from_two_processes_are_distinct_and_increasing(redis_server, store, prefix):
    first, second = _in_two_processes(_issue_tickets, "atomic", redis_server.port, prefix, PHONE, 300)
    assert len(set(first + second)) == 600
    assert first == sorted(first) and second == sorted(second)
    # none was lost either: the conversation's queue holds all 600, in the order they were issued
    assert [ticket.number for ticket in store.get_lock(PHONE).tickets] == sorted(first + second)


def test_rasas_own_redis_lock_store_hands_out_the_same_ticket_twice_under_that_load(redis_server, prefix):
    # What the atomic store is for (RasaHQ/rasa#9213): Rasa 3.6's RedisLockStore reads the lock, adds a ticket
    # in Python and writes it back, so two processes hand out the same numbers. On this 2-core machine every
    # run gave 220-255 duplicates out of 600 tickets, on both cores or pinned to one.
    first, second = _in_two_processes(_issue_tickets, "stock", redis_server.port, prefix, PHONE, 300)
    duplicates = sum(n - 1 for n in Counter(first + second).values())
    assert duplicates > 0


def test_two_processes_never_hold_one_conversations_lock_at_once(redis_server, prefix):
    counts = _in_two_processes(_critical_sections, "atomic", redis_server.port, prefix, PHONE, 40)
    red = redis.Redis(port=redis_server.port)
    assert int(red.get(f"{prefix}:counter")) == 80  # no update lost
    assert max(counts) == 1  # never two inside


def test_the_shared_counter_does_lose_updates_without_the_lock(redis_server, prefix):
    # The check above can fail: the same work without the lock loses updates.
    counts = _in_two_processes(_critical_sections, "none", redis_server.port, prefix, PHONE, 40)
    assert int(redis.Redis(port=redis_server.port).get(f"{prefix}:counter")) < 80
    assert max(counts) == 2


def test_the_ticket_of_a_holder_that_is_gone_stops_blocking_when_it_expires(store):
    store.issue_ticket(PHONE, lock_lifetime=0.3)  # a replica took the lock and crashed: nobody releases it
    started = time.monotonic()

    async def next_message() -> None:
        async with store.lock(PHONE, lock_lifetime=5):
            pass

    asyncio.run(next_message())
    assert 0.2 < time.monotonic() - started < 2


def test_a_crashed_holder_leaves_no_key_behind(store):
    store.issue_ticket(PHONE, lock_lifetime=0.2)
    key = store._key(PHONE)
    assert 0 < store.red.pttl(key) <= 200
    time.sleep(0.3)
    assert not store.red.exists(key)  # gone by Redis's own expiry, without any further call


def test_a_waiter_whose_ticket_expires_in_the_queue_gets_a_lock_error(store):
    store.issue_ticket(PHONE, lock_lifetime=30)  # held for long

    async def impatient() -> None:
        async with store.lock(PHONE, lock_lifetime=0.3):
            pass

    started = time.monotonic()
    with pytest.raises(LockError):
        asyncio.run(impatient())
    assert time.monotonic() - started < 2


def test_different_conversations_do_not_block_each_other(store):
    async def both() -> float:
        async with store.lock("web:first"):
            assert store.tickets_ahead("web:first", store.issue_ticket("web:first")) == 1  # same one waits
            started = time.monotonic()
            async with store.lock("web:second"):
                return time.monotonic() - started

    assert asyncio.run(both()) < 0.2


def test_tickets_are_served_in_order_and_released_tickets_leave_nothing_behind(store):
    tickets = [store.issue_ticket(PHONE) for _ in range(3)]
    assert [store.tickets_ahead(PHONE, t) for t in tickets] == [0, 1, 2]
    store.cleanup(PHONE, tickets[0])
    assert [store.tickets_ahead(PHONE, t) for t in tickets] == [-1, 0, 1]
    assert store.is_someone_waiting(PHONE)
    store.finish_serving(PHONE, tickets[1])
    store.cleanup(PHONE, tickets[2])
    assert not store.is_someone_waiting(PHONE) and store.get_lock(PHONE) is None
    assert store.red.keys(store.key_prefix + "*") == [store._counter.encode()]  # only the counter stays

    store.issue_ticket(PHONE)
    store.delete_lock(PHONE)
    assert store.get_lock(PHONE) is None

    async def hold() -> None:
        async with store.lock(PHONE) as lock:
            assert lock.conversation_id == PHONE and len(lock.tickets) == 1

    asyncio.run(hold())
    assert store.get_lock(PHONE) is None


def test_save_lock_replaces_the_tickets(store):
    store.issue_ticket(PHONE)
    lock = store.get_lock(PHONE)
    number = lock.issue_ticket(60)
    store.save_lock(lock)
    assert [t.number for t in store.get_lock(PHONE).tickets] == [t.number for t in lock.tickets]
    assert store.tickets_ahead(PHONE, number) == 1


def test_the_conversation_id_stays_out_of_redis_keys_and_logs(store, caplog):
    caplog.set_level(logging.DEBUG)

    async def hold() -> None:
        async with store.lock(PHONE):
            keys = store.red.keys(store.key_prefix + "*")
            digest = hashlib.sha256(PHONE.encode()).hexdigest()
            assert sorted(keys) == sorted([store._counter.encode(), (store.key_prefix + digest).encode()])

    asyncio.run(hold())
    with pytest.raises(LockError):
        asyncio.run(_expire_while_waiting(store))
    assert "Issued lock ticket" in caplog.text and "5555550123" not in caplog.text


async def _expire_while_waiting(store) -> None:
    store.issue_ticket(PHONE, lock_lifetime=5)
    async with store.lock(PHONE, lock_lifetime=0.1):
        pass


def test_rasa_loads_it_from_an_endpoint_config(redis_server, prefix):
    store = LockStore.create(EndpointConfig(
        type="assistant.lock_store.AtomicRedisLockStore", host=redis_server.host, port=redis_server.port,
        key_prefix=prefix,
    ))
    assert isinstance(store, AtomicRedisLockStore) and store.key_prefix.startswith(prefix + ":")
    first = store.issue_ticket(PHONE)
    assert store.tickets_ahead(PHONE, first) == 0


def test_rasa_loads_it_from_endpoints_yml_with_the_settings_of_its_redis_store(redis_server, prefix, tmp_path,
                                                                               monkeypatch):
    from rasa.core.utils import AvailableEndpoints, number_of_sanic_workers

    # the settings a clinic's endpoints.yml gives `type: redis`, with values from the environment (strings)
    monkeypatch.setenv("REDIS_PORT", str(redis_server.port))
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        "lock_store:\n"
        "  type: assistant.lock_store.AtomicRedisLockStore\n"
        f"  url: {redis_server.host}\n"
        "  port: ${REDIS_PORT}\n"
        "  db: 2\n"
        "  password: null\n"
        "  use_ssl: false\n"
        f"  key_prefix: {prefix}\n"
        "  socket_timeout: 5\n"
    )
    config = AvailableEndpoints.read_endpoints(str(endpoints)).lock_store
    store = LockStore.create(config)
    assert isinstance(store, AtomicRedisLockStore)
    assert store.red.connection_pool.connection_kwargs["db"] == 2
    store.issue_ticket(PHONE)
    assert redis.Redis(port=redis_server.port, db=2).exists(store._key(PHONE))
    monkeypatch.setenv("SANIC_WORKERS", "2")
    assert number_of_sanic_workers(config) == 2  # Rasa counts it as a lock store several workers can share


def test_a_key_prefix_rasa_would_ignore_is_refused(redis_server):
    with pytest.raises(ValueError):
        AtomicRedisLockStore(host=redis_server.host, port=redis_server.port, key_prefix="clinic-a")


def test_it_carries_on_after_redis_restarts():
    from testbed.redisserver import RedisServer

    with RedisServer() as server:
        store = AtomicRedisLockStore(host=server.host, port=server.port)
        before = store.issue_ticket(PHONE)
        server.restart()  # nothing kept: the tickets, the counter and the loaded scripts are gone

        async def hold() -> int:
            async with store.lock(PHONE) as lock:
                return lock.tickets[0].number

        after = asyncio.run(hold())
        assert after > before  # the counter starts again above every number given out before
