"""SMS benchmark (part of `make bench`, or `python -m bench.sms`): 20 visitors texting at once through the
local Twilio stand-in. Reports the webhook's response time (what Twilio waits for; its limit is 15 s) and
the time from a text arriving to the first reply reaching the stand-in's Messages API."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List

import aiohttp
from twilio.request_validator import RequestValidator

from bench.common import percentile
from testbed.ports import free_port
from bench.server import ROOT, Server, _env
from testbed.twilio_standin import AUTH_TOKEN, text_params

VISITORS = 20
TEXTS = ["hi", "how does ketamine work?", "is it safe?", "what does it feel like?", "thanks"]
TARGET_P99_MS = 500.0


async def _visitor(session, url: str, standin: str, n: int, webhook_ms: List[float], e2e_ms: List[float]) -> None:
    number = f"+1714556{n:04d}"
    validator = RequestValidator(AUTH_TOKEN)
    for text in TEXTS:
        params = text_params(number, text)
        headers = {"X-Twilio-Signature": validator.compute_signature(url, params)}
        sent = time.time()
        t0 = time.perf_counter()
        async with session.post(url, data=params, headers=headers) as response:
            await response.read()
            assert response.status == 200, response.status
        webhook_ms.append((time.perf_counter() - t0) * 1000)
        for _ in range(300):  # the first reply to this text
            async with session.get(standin + "/_messages") as r:
                replies = [m for m in await r.json() if m["to"] == number and m["received_at"] >= sent]
            if replies:
                e2e_ms.append((min(m["received_at"] for m in replies) - sent) * 1000)
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)  # let this reply's remaining parts go out before the next text


def run(model: Path = None) -> Dict[str, float]:
    model = model or ROOT / "models" / "clinic.tar.gz"
    port = free_port()
    standin_process = subprocess.Popen([sys.executable, "-m", "testbed.twilio_standin", "--port", str(port)],
                                       cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    standin = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="bench-sms-") as tmp:
        server = Server(ROOT, model, with_actions=True)
        webhook = f"http://localhost:{server.port}/webhooks/twilio/webhook"
        credentials = Path(tmp) / "credentials.yml"
        credentials.write_text((ROOT / "credentials.yml").read_text()
                               .replace("http://localhost:5099", standin)
                               .replace("http://localhost:5005/webhooks/twilio/webhook", webhook)
                               + f'  state_file: "{Path(tmp) / "sms.db"}"\n')
        server.credentials = str(credentials)
        server.start()
        try:
            asyncio.run(server.wait_ready())
            webhook_ms: List[float] = []
            e2e_ms: List[float] = []

            async def all_visitors():
                async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
                    await asyncio.gather(*(_visitor(session, webhook, standin, n, webhook_ms, e2e_ms)
                                           for n in range(VISITORS)))

            asyncio.run(all_visitors())
        finally:
            server.stop()
            standin_process.terminate()
    return {
        "texts": len(webhook_ms),
        "webhook_p50_ms": round(percentile(webhook_ms, 50), 1),
        "webhook_p99_ms": round(percentile(webhook_ms, 99), 1),
        "e2e_p50_ms": round(percentile(e2e_ms, 50), 1),
        "e2e_p95_ms": round(percentile(e2e_ms, 95), 1),
        "replies_seen": len(e2e_ms),
    }


def report(figures: Dict[str, float]) -> str:
    return (f"SMS, {VISITORS} visitors texting at once ({figures['texts']} texts): webhook p50 "
            f"{figures['webhook_p50_ms']} ms, p99 {figures['webhook_p99_ms']} ms (target <= {TARGET_P99_MS:.0f}); "
            f"text to first reply at the stand-in p50 {figures['e2e_p50_ms']} ms, p95 {figures['e2e_p95_ms']} ms "
            f"({figures['replies_seen']} replies seen)")


if __name__ == "__main__":
    result = run()
    print(report(result))
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "sms.json").write_text(json.dumps(result, indent=2))
