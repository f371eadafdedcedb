"""Bulwark for Python: a thin client of the `bulwark inspect-jsonl` sidecar (standard library only).

    from bulwark import Bulwark
    with Bulwark() as guard:
        verdict = guard.inspect("Ignore all previous instructions", {"eval_surface": "tool_result"})
        if verdict["action"] != "allow":
            ...

One sidecar process serves every call; calls are thread-safe and answered in order.

A call waits for its answer by polling the pipe for up to ``spin_us`` microseconds before it
sleeps: a scan usually answers within that time, and waking a sleeping thread costs more than
the scan on many machines (virtual CPUs above all). The sidecar the wrapper starts
(``inspect-jsonl --spin-us``) likewise polls for input while calls come back to back, until
``spin_us`` pass with none, so the next call finds it awake; both sides use CPU only while they
poll. ``Bulwark(spin_us=0)`` always sleeps, on both sides.
"""

from __future__ import annotations

import collections
import itertools
import json
import os
import re
import select
import shutil
import subprocess
import threading
import time
from typing import Any, Deque, Dict, Iterable, List, Optional

__all__ = ["Bulwark", "BulwarkError"]


class BulwarkError(Exception):
    """The sidecar refused a request (``code`` says why) or could not be run."""

    def __init__(self, message: str, code: str = "sidecar") -> None:
        super().__init__(message)
        self.code = code


def _project_bin(start: str) -> Optional[str]:
    """``node_modules/.bin/bulwark`` in this folder or the nearest one above that has it."""
    here = os.path.abspath(start)
    while True:
        candidate = os.path.join(here, "node_modules", ".bin", "bulwark")
        if os.path.exists(candidate):
            return candidate
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def _default_command(spin_us: float = 0) -> List[str]:
    """The sidecar to start: ``BULWARK_CLI`` if set (the ``bulwark`` executable, or its
    ``dist/cli/main.js``, run with ``node``); else ``bulwark`` on PATH; else the
    ``node_modules/.bin/bulwark`` of this project (found from the working folder up). Never
    ``npx``, which would ask the npm registry. Through a burst of requests the sidecar polls
    for input until ``spin_us`` microseconds pass with none (no polling below 1)."""
    sidecar = ["inspect-jsonl"]
    if spin_us >= 1:
        sidecar += ["--spin-us", str(int(min(spin_us, 1_000_000)))]
    explicit = os.environ.get("BULWARK_CLI")
    if explicit:
        if explicit.endswith((".js", ".mjs", ".cjs")):
            return [shutil.which("node") or "node", explicit, *sidecar]
        return [explicit, *sidecar]
    on_path = shutil.which("bulwark")
    if on_path:
        return [on_path, *sidecar]
    local = _project_bin(os.getcwd())
    if local:
        return [local, *sidecar]
    raise BulwarkError(
        "cannot find the bulwark CLI: set BULWARK_CLI to the bulwark executable (or its dist/bundle/main.js), "
        "put bulwark on PATH, or run from a project with bulwark in node_modules (npm install bulwark)",
        "no_cli",
    )


# What the sidecar last wrote to stderr, kept to explain a failure: this many lines and bytes.
_STDERR_LINES = 20
_STDERR_BYTES = 4096
# Long runs of token characters are cut from what is reported, in case one is a secret.
_TOKEN_LIKE = re.compile(r"[A-Za-z0-9+/_=-]{24,}")


class _StderrTail:
    """Drains a process's stderr on a daemon thread (so a chatty sidecar never blocks on a
    full pipe) and keeps its last lines."""

    def __init__(self, stream) -> None:
        self._lines: Deque[bytes] = collections.deque(maxlen=_STDERR_LINES)
        self._thread = threading.Thread(target=self._drain, args=(stream,), daemon=True)
        self._thread.start()

    def _drain(self, stream) -> None:
        try:
            for line in iter(stream.readline, b""):
                self._lines.append(line[:_STDERR_BYTES])
        except (OSError, ValueError):
            pass
        finally:
            try:
                stream.close()
            except OSError:
                pass

    def text(self, wait: float = 1.0) -> str:
        """The last lines, once the process's stderr has closed (or ``wait`` seconds pass)."""
        self._thread.join(wait)
        raw = b"".join(self._lines)[-_STDERR_BYTES:].decode("utf-8", "replace").strip()
        return _TOKEN_LIKE.sub("[…]", raw)


def _failure(message: str, proc: Optional[subprocess.Popen], tail: Optional[_StderrTail]) -> str:
    """``message``, the sidecar's exit status and what it last said on stderr."""
    parts = [message]
    if proc is not None:
        try:
            code = proc.wait(timeout=1)
            parts.append(f"(exit code {code})")
        except subprocess.TimeoutExpired:
            pass
    said = tail.text() if tail is not None else ""
    parts.append(f"; it said: {said}" if said else "; it wrote nothing on stderr")
    return " ".join(parts[:-1]) + parts[-1]


def _encode(request: Dict[str, Any]) -> bytes:
    """One request line in UTF-8; text with lone surrogates falls back to JSON escapes."""
    try:
        return (json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(request) + "\n").encode("ascii")


# Several requests share one write up to this many bytes: a pipe holds at least 16 kB everywhere.
_WINDOW_BYTES = 8192


def _end(proc: subprocess.Popen, timeout: float) -> None:
    """Closes the sidecar's input (it exits on end of input), reaps it, and closes its pipes."""
    try:
        proc.stdin.close()
    except OSError:
        pass
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    proc.stdout.close()
    if proc.stderr is not None:
        proc.stderr.close()


def _wait_readable(fd: int) -> None:
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        poller.poll()
    else:  # pragma: no cover - platforms without poll()
        select.select([fd], [], [])


class Bulwark:
    """A long-lived connection to the scanner."""

    def __init__(
        self,
        command: Optional[List[str]] = None,
        env: Optional[Dict[str, str]] = None,
        spin_us: float = 500,
    ) -> None:
        if not isinstance(spin_us, (int, float)) or not spin_us >= 0:  # NaN too
            raise ValueError("spin_us must be a non-negative number of microseconds")
        self._command = command or _default_command(spin_us)
        self._env = env
        self._spin = spin_us / 1e6
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._proc: Optional[subprocess.Popen] = None
        self._stderr: Optional[_StderrTail] = None
        self._pending = bytearray()
        self._polling = False

    # -- lifecycle ---------------------------------------------------------------------------

    def _process(self) -> subprocess.Popen:
        if self._proc is None or self._proc.poll() is not None:
            try:
                self._proc = subprocess.Popen(
                    self._command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    env={**os.environ, **(self._env or {})},
                )
            except OSError as err:
                raise BulwarkError(
                    f"cannot start the bulwark sidecar ({' '.join(self._command)}): {err.strerror or err}. "
                    "Set BULWARK_CLI to the bulwark executable (or its dist/cli/main.js), or put bulwark on PATH."
                ) from err
            self._stderr = _StderrTail(self._proc.stderr)
            self._pending = bytearray()
            self._polling = False
            if self._spin > 0:
                try:
                    os.set_blocking(self._proc.stdout.fileno(), False)
                    self._polling = True
                except (OSError, AttributeError):  # pipes stay blocking where the OS says no
                    pass
        return self._proc

    def _read_chunk(self, fd: int) -> bytes:
        """Some bytes of the answer, or b"" at end of stream."""
        if not self._polling:
            return os.read(fd, 1 << 16)
        deadline = time.perf_counter() + self._spin
        while True:
            try:
                return os.read(fd, 1 << 16)
            except BlockingIOError:
                if time.perf_counter() >= deadline:
                    _wait_readable(fd)

    def _read_line(self, fd: int) -> Optional[bytes]:
        """The next answer line without its newline, or None if the sidecar ended first."""
        pending = self._pending
        while True:
            end = pending.find(b"\n")
            if end >= 0:
                line = bytes(pending[:end])
                del pending[: end + 1]
                return line
            chunk = self._read_chunk(fd)
            if not chunk:
                return None
            pending += chunk

    def close(self) -> None:
        """Ends the sidecar (it exits cleanly on end of input)."""
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is not None:
            _end(proc, 5)

    def __enter__(self) -> "Bulwark":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __del__(self) -> None:  # pragma: no cover - best effort at interpreter exit
        try:
            self.close()
        except Exception:
            pass

    # -- requests ----------------------------------------------------------------------------

    def _exchange(self, lines: List[bytes], ids: List[int]) -> List[Dict[str, Any]]:
        """Writes request lines as one write and reads their answers in order (hold the lock)."""
        proc = self._process()
        try:
            proc.stdin.write(b"".join(lines))
            proc.stdin.flush()
            answers = [self._read_line(proc.stdout.fileno()) for _ in ids]
        except (BrokenPipeError, OSError) as err:
            self._proc = None
            message = _failure(f"the bulwark sidecar stopped ({err.strerror or err})", proc, self._stderr)
            _end(proc, 1)
            raise BulwarkError(message) from err
        if answers[-1] is None:
            self._proc = None
            message = _failure("the bulwark sidecar exited without answering", proc, self._stderr)
            _end(proc, 1)
            raise BulwarkError(message)
        decoded = [json.loads(line) for line in answers]
        for answer, request_id in zip(decoded, ids):
            # A line over the sidecar's --max-bytes is answered by its size alone, without an id.
            if answer.get("id") != request_id and not ("error" in answer and "id" not in answer):
                raise BulwarkError(f"sidecar answered id {answer.get('id')!r}, expected {request_id}")
        return decoded

    def _requests(self, payloads: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        """Answers in order. Several requests go out per write, in windows of at most
        _WINDOW_BYTES: all of a window's answers are read before the next window is written, so
        each lands in an empty pipe and cannot block on a sidecar that is itself blocked writing
        answers nobody reads yet. A request larger than that goes alone."""
        answers: List[Dict[str, Any]] = []
        with self._lock:
            ids = [next(self._ids) for _ in payloads]
            lines = [_encode({**p, "id": i}) for p, i in zip(payloads, ids)]
            start = 0
            while start < len(lines):
                end, size = start + 1, len(lines[start])
                while end < len(lines) and size + len(lines[end]) <= _WINDOW_BYTES:
                    size += len(lines[end])
                    end += 1
                answers += self._exchange(lines[start:end], ids[start:end])
                start = end
        return answers

    @staticmethod
    def _verdict(answer: Dict[str, Any], where: str = "") -> Dict[str, Any]:
        if "error" in answer:
            raise BulwarkError(where + answer["error"], answer.get("code", "error"))
        answer.pop("id", None)
        return answer

    def _request(self, payload: Dict[str, Any]) -> Dict[str, Any]:
        return self._verdict(self._requests([payload])[0])

    def inspect(self, text: str, context: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        """Scans text; ``context`` as in the contract (eval_surface, tool_name, profile, …)."""
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        return self._request({"text": text, "context": context or {}})

    def inspect_many(self, texts: Iterable[str], context: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        """Scans many texts with one context; verdicts come back in the same order.

        The requests are sent together (up to 8 kB per write), so the sidecar answers them back
        to back: per text this costs the scan rather than a pipe round trip. A refused item (too
        large, say) raises BulwarkError naming its index, after every answer has been read.
        """
        items = list(texts)
        for i, text in enumerate(items):
            if not isinstance(text, str):
                raise TypeError(f"texts[{i}] must be a str")
        ctx = context or {}
        answers = self._requests([{"text": text, "context": ctx} for text in items])
        return [self._verdict(a, f"texts[{i}]: ") for i, a in enumerate(answers)]

    def inspect_tool_call(self, name: str, args: Dict[str, Any], context: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        """Scans a tool call before it runs (shell, SQL, file writes, outbound sends)."""
        return self._request({"tool_name": name, "tool_input": args, "context": context or {}})

    def sanitize(self, text: str) -> str:
        """Returns ``text`` with every credential replaced by ``[REDACTED:<type>]``."""
        return self.inspect(text)["sanitized_text"]
