"""Round trips through the Python wrapper, for `npm run bench`: prints one JSON object.

    python3 bench_sidecar.py N SPIN_US...   (alternating rounds, one sidecar per setting;
                                             inspect_many, and calls after 10 ms idle,
                                             through the first)
"""

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The bench measures this checkout's CLI unless told otherwise.
_REPO_CLI = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dist", "cli", "main.js")
if os.path.isfile(_REPO_CLI):
    os.environ.setdefault("BULWARK_CLI", _REPO_CLI)

from bulwark import Bulwark  # noqa: E402


def _percentiles(samples: list) -> dict:
    samples.sort()
    return {"p50_us": samples[len(samples) // 2], "p99_us": samples[min(len(samples) - 1, int(len(samples) * 0.99))]}


def main() -> None:
    n, spins = int(sys.argv[1]), [float(s) for s in sys.argv[2:]]
    message = sys.stdin.read()
    guards = [Bulwark(spin_us=spin) for spin in spins]
    times = [[] for _ in spins]
    for guard in guards:
        for _ in range(2000):  # a long-lived sidecar is measured warm, as it runs
            guard.inspect(message)
    rounds = 6
    for _ in range(rounds):
        for guard, out in zip(guards, times):
            for _ in range(-(-n // rounds)):
                t0 = time.perf_counter()
                guard.inspect(message)
                out.append((time.perf_counter() - t0) * 1e6)
    # inspect_many: the same message 100 at a time through the default (polling) wrapper; the
    # figure is each batch's time over its size, median of the batches.
    batch = [message] * 100
    per_item = []
    for _ in range(max(10, n // 100)):
        t0 = time.perf_counter()
        guards[0].inspect_many(batch)
        per_item.append((time.perf_counter() - t0) * 1e6 / len(batch))
    per_item.sort()
    # A call after the process pair has been idle 10 ms, as calls spaced by an agent's own work
    # are: the default (polling) wrapper.
    idle = []
    for _ in range(200):
        time.sleep(0.01)
        t0 = time.perf_counter()
        guards[0].inspect(message)
        idle.append((time.perf_counter() - t0) * 1e6)
    for guard in guards:
        guard.close()
    result = {}
    for spin, out in zip(spins, times):
        result[str(int(spin))] = _percentiles(out)
    result["batch_us_per_item"] = per_item[len(per_item) // 2]
    result["after_idle"] = _percentiles(idle)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
