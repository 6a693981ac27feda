"""A throw-away local Redis server (Debian's `redis-server`) for tests and benchmarks.

Listens on 127.0.0.1 and a free port, keeps nothing on disk (no snapshots, no append-only file) and works in
a temporary folder that `stop()` removes. `scripts/ensure_redis.sh` installs the binary when missing.
Needs no Redis client library, so both environments can use it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Optional

from testbed.ports import free_port


def _binary() -> str:
    found = shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else "")
    if not found:
        raise FileNotFoundError("Redis's server is not installed (scripts/ensure_redis.sh installs it)")
    return found


class RedisServer:
    def __init__(self) -> None:
        self.binary = _binary()
        self.base = Path(tempfile.mkdtemp(prefix="clinic-redis-"))
        self.host = "127.0.0.1"
        self.port = free_port()
        self.process: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    def start(self, timeout: float = 10) -> "RedisServer":
        command = [
            self.binary, "--bind", self.host, "--port", str(self.port), "--dir", str(self.base),
            "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", "",
        ]
        with open(self.base / "redis.log", "ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while not self.ping():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self._end()
                raise RuntimeError(f"redis-server did not start:\n{self.log()[-2000:]}")
            time.sleep(0.02)
        return self

    def ping(self) -> bool:
        """Whether the server answers PING right now."""
        try:
            with socket.create_connection((self.host, self.port), timeout=1) as conn:
                conn.sendall(b"*1\r\n$4\r\nPING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def log(self) -> str:
        path = self.base / "redis.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def restart(self) -> None:
        """Stop the server and start it again on the same port; everything it held is gone."""
        self._end()
        self.start()

    def stop(self) -> None:
        try:
            self._end()
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def _end(self) -> None:
        if self.process is None:
            return
        self.process.terminate()  # SIGTERM: a clean shutdown, and with nothing to save it is immediate
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def __enter__(self) -> "RedisServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
