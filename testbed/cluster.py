"""The several-replica set-up (`make cluster`, scripts/cluster.sh) in a folder and on ports of its own, for
tests/persistence/test_cluster.py and `make scale-check` (bench/scale_check.py): start it, kill one of its
servers as a crash would, start that server again, look into its PostgreSQL databases, stop it all.

Starting a server again runs what was running: the command line, environment and working folder of the
killed process, read from /proc before the signal is sent (Redis rewrites its process title, so it is
started from its configuration file). Its output goes on in logs/NAME.log and pids/NAME.pid names it.
Servers started again this way are this object's children, not the script's: `stop()` stops them too.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import psycopg2

from testbed.ports import free_port

ROOT = Path(__file__).resolve().parents[1]
PORTS = ("PROXY_PORT", "RASA_PORT_1", "RASA_PORT_2", "ACTIONS_PORT_1", "ACTIONS_PORT_2", "ACTIONS_PROXY_PORT",
         "STAFF_PORT", "PG_PORT", "REDIS_PORT")
SERVERS = ("redis", "nginx", "rasa-1", "rasa-2", "actions-1", "actions-2", "staff")
START_SECONDS = 300
CONNECTED, LISTENING = "01", "0A"  # TCP states as /proc/net/tcp writes them


class ClusterError(RuntimeError):
    """The script did not get ready (the message ends with its output)."""


class Cluster:
    """scripts/cluster.sh in its own process group, with its working folder and ports."""

    def __init__(self, twilio_url: str, env: Optional[Dict[str, str]] = None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="clinic-cluster-"))
        self.dir.chmod(0o755)  # PostgreSQL's own account works in here when this runs as root
        self.ports: Dict[str, int] = {name: free_port() for name in PORTS}
        self.proxy = f"http://localhost:{self.ports['PROXY_PORT']}"
        self.db_password = "cluster-db-" + uuid.uuid4().hex
        self.redis_password = "cluster-redis-" + uuid.uuid4().hex
        self.env = dict(
            os.environ, CLUSTER_DIR=str(self.dir), MODEL=str(ROOT / "models" / "clinic.tar.gz"),
            CLINIC_ENV="development", CLUSTER_DB_PASSWORD=self.db_password,
            CLUSTER_REDIS_PASSWORD=self.redis_password, TWILIO_API_BASE=twilio_url,
            **{name: str(port) for name, port in self.ports.items()}, **(env or {}),
        )
        self.log = self.dir / "cluster.log"
        self.started_in = 0.0
        self.commands: Dict[str, Tuple[List[str], Dict[str, str], str]] = {}  # name -> argv, env, cwd
        self.restarted: Dict[str, subprocess.Popen] = {}

    def start(self) -> "Cluster":
        began = time.monotonic()
        with open(self.log, "w") as out:
            self.process = subprocess.Popen(["bash", str(ROOT / "scripts" / "cluster.sh")], cwd=ROOT, env=self.env,
                                            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        while not (self.dir / "ready").exists():
            if self.process.poll() is not None or time.monotonic() - began > START_SECONDS:
                self.stop()
                raise ClusterError(f"scripts/cluster.sh did not get ready:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.5)
        self.started_in = time.monotonic() - began
        return self

    def pid(self, name: str) -> int:
        return int((self.dir / "pids" / f"{name}.pid").read_text())

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        """A signal to one server (SIGKILL: as in a crash), and wait until it is gone and its port closed: the
        last of a process's threads can hold its socket, accepting connections only to reset them, a moment
        after the process shows as a zombie."""
        pid = self.pid(name)
        self.commands[name] = _command(pid)
        if name == "redis":  # its process title is not its command line
            self.commands[name] = (["redis-server", str(self.dir / "redis" / "redis.conf")], *self.commands[name][1:])
        os.kill(pid, sig)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (_socket(self.port(name), LISTENING)
                                               or Path(f"/proc/{pid}").exists() and "zombie" not in _state(pid)):
            time.sleep(0.05)

    def restart(self, name: str) -> None:
        """Start a server `kill()` stopped again, as it was started (without waiting for it to answer)."""
        argv, env, cwd = self.commands[name]
        with open(self.dir / "logs" / f"{name}.log", "a") as out:
            process = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        self.restarted[name] = process
        (self.dir / "pids" / f"{name}.pid").write_text(f"{process.pid}\n")

    def port(self, name: str) -> int:
        """The port a server listens on: rasa-1 on RASA_PORT_1, redis on REDIS_PORT, nginx on PROXY_PORT."""
        kind, _, number = name.partition("-")
        return self.ports["PROXY_PORT" if kind == "nginx" else "_".join(filter(None, (kind.upper(), "PORT", number)))]

    def connected(self, name: str) -> bool:
        """Whether a TCP connection to this server is open (also one it has not accepted yet)."""
        return _socket(self.port(name), CONNECTED)

    def url(self, database: str) -> str:
        return f"postgresql://clinic:{self.db_password}@127.0.0.1:{self.ports['PG_PORT']}/{database}"

    def query(self, database: str, sql: str, *args) -> List[tuple]:
        with psycopg2.connect(self.url(database)) as connection, connection.cursor() as cursor:
            cursor.execute(sql, args)
            return cursor.fetchall()

    def access_log(self) -> List[str]:
        """The proxy's access log: time, method and path, status, and the upstream that served it."""
        return (self.dir / "nginx" / "access.log").read_text().splitlines()

    def webhook_log(self) -> List[str]:
        return [line for line in self.access_log() if "/webhooks/" in line]

    def stop(self) -> None:
        for process in self.restarted.values():  # before the script stops PostgreSQL under them
            if process.poll() is None:
                process.terminate()
        for process in self.restarted.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the script stops every server it started
            try:
                self.process.wait(timeout=90)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def leftovers(self) -> List[str]:
        """Servers still recorded as running (there should be none once stopped)."""
        return [name for name in SERVERS if (self.dir / "pids" / f"{name}.pid").exists()]

    def remove(self) -> None:
        subprocess.run(["rm", "-rf", str(self.dir)], check=False)


def _command(pid: int) -> Tuple[List[str], Dict[str, str], str]:
    """How a running process was started: its command line, environment and working folder."""
    proc = Path(f"/proc/{pid}")
    argv = [part.decode() for part in (proc / "cmdline").read_bytes().split(b"\0") if part]
    env = dict(item.decode().split("=", 1) for item in (proc / "environ").read_bytes().split(b"\0") if b"=" in item)
    return argv, env, os.readlink(proc / "cwd")


def _socket(port: int, state: str) -> bool:
    """Whether a TCP socket on this local port is in `state` (/proc/net/tcp's code)."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == state and int(fields[1].rsplit(":", 1)[1], 16) == port:
                return True
    return False


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:", 1)[1].split("\n", 1)[0]
    except (OSError, IndexError):
        return "zombie"
