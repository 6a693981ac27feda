"""The ports the test servers listen on are picked where no outgoing connection can take them first."""

import socket

from testbed import ports
from testbed.ports import PORT_RANGE, free_port


def test_free_ports_are_outside_the_ephemeral_range_distinct_and_bindable():
    with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
        ephemeral_low = int(f.read().split()[0])
    handed = [free_port() for _ in range(50)]
    assert len(set(handed)) == 50
    assert all(PORT_RANGE[0] <= port <= PORT_RANGE[1] < ephemeral_low for port in handed)
    with socket.socket() as s:
        s.bind(("127.0.0.1", handed[0]))  # free when handed out


def test_a_port_something_listens_on_is_skipped(monkeypatch):
    listening, spare = free_port(), free_port()
    ports._handed_out.discard(listening)
    ports._handed_out.discard(spare)
    candidates = iter([listening, spare])
    monkeypatch.setattr(ports.random, "randint", lambda low, high: next(candidates))
    with socket.socket() as held:
        held.bind(("127.0.0.1", listening))
        held.listen()
        assert free_port() == spare
