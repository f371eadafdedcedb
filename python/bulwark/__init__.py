"""Bulwark for Python: a thin client of the `bulwark inspect-jsonl` sidecar (standard library only).

    from bulwark import Bulwark
    with Bulwark() as guard:
        verdict = guard.inspect("Ignore all previous instructions", {"eval_surface": "tool_result"})
        if verdict["action"] != "allow":
            ...

One sidecar process serves every call; calls are thread-safe and answered in order.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any, Dict, List, Optional

__all__ = ["Bulwark", "BulwarkError"]


class BulwarkError(Exception):
    """The sidecar refused a request (``code`` says why) or could not be run."""

    def __init__(self, message: str, code: str = "sidecar") -> None:
        super().__init__(message)
        self.code = code


def _default_command() -> List[str]:
    """BULWARK_CLI if set; else the built CLI of the repository this package sits in; else npx."""
    explicit = os.environ.get("BULWARK_CLI")
    node = shutil.which("node") or "node"
    if explicit:
        return [node, explicit, "inspect-jsonl"] if explicit.endswith(".js") else [explicit, "inspect-jsonl"]
    for parent in Path(__file__).resolve().parents:
        cli = parent / "dist" / "cli" / "main.js"
        if cli.is_file():
            return [node, str(cli), "inspect-jsonl"]
    return [shutil.which("npx") or "npx", "--no-install", "bulwark", "inspect-jsonl"]


class Bulwark:
    """A long-lived connection to the scanner."""

    def __init__(self, command: Optional[List[str]] = None, env: Optional[Dict[str, str]] = None) -> None:
        self._command = command or _default_command()
        self._env = env
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._proc: Optional[subprocess.Popen] = None

    # -- lifecycle ---------------------------------------------------------------------------

    def _process(self) -> subprocess.Popen:
        if self._proc is None or self._proc.poll() is not None:
            try:
                self._proc = subprocess.Popen(
                    self._command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    env={**os.environ, **(self._env or {})},
                    text=True,
                    encoding="utf-8",
                    bufsize=1,
                )
            except OSError as err:
                raise BulwarkError(f"cannot start the bulwark sidecar ({' '.join(self._command)}): {err}") from err
        return self._proc

    def close(self) -> None:
        """Ends the sidecar (it exits cleanly on end of input)."""
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            try:
                proc.stdin.close()
                proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()

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

    def _request(self, payload: Dict[str, Any]) -> Dict[str, Any]:
        with self._lock:
            request_id = next(self._ids)
            proc = self._process()
            try:
                proc.stdin.write(json.dumps({**payload, "id": request_id}, ensure_ascii=False) + "\n")
                proc.stdin.flush()
                line = proc.stdout.readline()
            except (BrokenPipeError, OSError) as err:
                self._proc = None
                raise BulwarkError(f"the bulwark sidecar stopped: {err}") from err
            if not line:
                self._proc = None
                raise BulwarkError("the bulwark sidecar exited without answering")
        answer = json.loads(line)
        if answer.get("id") != request_id:
            raise BulwarkError(f"sidecar answered id {answer.get('id')!r}, expected {request_id}")
        if "error" in answer:
            raise BulwarkError(answer["error"], answer.get("code", "error"))
        answer.pop("id", None)
        return answer

    def inspect(self, text: str, context: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        """Scans text; ``context`` as in the contract (eval_surface, tool_name, profile, …)."""
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        return self._request({"text": text, "context": context or {}})

    def inspect_tool_call(self, name: str, args: Dict[str, Any], context: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        """Scans a tool call before it runs (shell, SQL, file writes, outbound sends)."""
        return self._request({"tool_name": name, "tool_input": args, "context": context or {}})

    def sanitize(self, text: str) -> str:
        """Returns ``text`` with every credential replaced by ``[REDACTED:<type>]``."""
        return self.inspect(text)["sanitized_text"]
