"""Parse releases in worker processes, each release under a time and memory bound.

A regular expression gone quadratic on hostile text cannot be interrupted inside the process
running it, so every parse runs in a worker the parent can kill: past ``timeout_s`` the worker
is killed and replaced and that release is staged as ``failed`` with the reason. Workers cap
their own address space, so a release that would exhaust memory fails alone. With two or more
workers the parses also run in parallel.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing as mp
import resource
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

Task = tuple[int, str]
"""(release_id, text)"""


def _worker(conn: Connection, parser_path: str, memory_bytes: int) -> None:
    """A worker's life: take (release_id, text), answer (release_id, outcome, value), until None."""
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    module_name, _, function_name = parser_path.partition(":")
    parse = getattr(importlib.import_module(module_name), function_name)
    registry = conn.recv()
    while True:
        task = conn.recv()
        if task is None:
            return
        release_id, body = task
        try:
            conn.send((release_id, "ok", parse(body, registry=registry)))
        except MemoryError:
            conn.send((release_id, "error", "the parse needed more memory than the per-release limit"))
        except Exception as exc:  # reported per release; the worker goes on
            conn.send((release_id, "error", f"{type(exc).__name__}: {str(exc)[:300]}"))


@dataclass
class _Slot:
    process: subprocess.Popen
    conn: Connection
    task: Task | None = None
    started: float = 0.0


class ParsePool:
    """``processes`` workers running ``parser_path`` ('module:function') on (release_id, text) tasks."""

    def __init__(self, parser_path: str, *, processes: int, timeout_s: float, memory_mb: int,
                 registry: Mapping[str, str]) -> None:
        self._parser_path, self._memory_bytes = parser_path, memory_mb * 1024 * 1024
        self._registry = dict(registry)
        self._timeout_s = timeout_s
        self._slots = [self._spawn() for _ in range(max(1, processes))]

    def _spawn(self) -> _Slot:
        # A fresh interpreter per worker (not fork, not multiprocessing's spawn): nothing of the
        # parent (threads, sockets, its __main__) is inherited or re-imported.
        parent, child = mp.Pipe()
        process = subprocess.Popen(
            [sys.executable, "-m", "etl.stage.workers", str(child.fileno()), self._parser_path,
             str(self._memory_bytes)],
            pass_fds=[child.fileno()],
        )
        child.close()
        parent.send(self._registry)
        return _Slot(process, parent)

    def _replace(self, slot: _Slot) -> _Slot:
        slot.process.kill()
        slot.process.wait()
        slot.conn.close()
        return self._spawn()

    def map(self, tasks: Iterable[Task], on_result: Callable[[int, str, Any], None]) -> None:
        """Run every task; ``on_result(release_id, outcome, value)`` gets 'ok' with the parse result,
        or 'error' / 'timeout' with a reason."""
        pending = deque(tasks)
        while pending or any(s.task for s in self._slots):
            for slot in self._slots:
                if slot.task is None and pending:
                    slot.task, slot.started = pending.popleft(), time.monotonic()
                    slot.conn.send(slot.task)
            busy = [s for s in self._slots if s.task]
            deadline = min(s.started for s in busy) + self._timeout_s
            ready = wait([s.conn for s in busy], timeout=max(0.0, deadline - time.monotonic()))
            for index, slot in enumerate(self._slots):
                if slot.task is None:
                    continue
                if slot.conn in ready:
                    try:
                        release_id, outcome, value = slot.conn.recv()
                    except EOFError:  # the worker died: out of memory, or killed from outside
                        release_id, outcome, value = slot.task[0], "error", "the parser process died"
                        self._slots[index] = slot = self._replace(slot)
                    slot.task = None
                    on_result(release_id, outcome, value)
                elif time.monotonic() - slot.started >= self._timeout_s:
                    release_id = slot.task[0]
                    self._slots[index] = self._replace(slot)
                    on_result(release_id, "timeout", f"the parse took longer than {self._timeout_s:g} s")

    def close(self) -> None:
        for slot in self._slots:
            with contextlib.suppress(BrokenPipeError, OSError):
                slot.conn.send(None)
        for slot in self._slots:
            try:
                slot.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                slot.process.kill()
                slot.process.wait()
            slot.conn.close()

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


if __name__ == "__main__":
    _worker(Connection(int(sys.argv[1])), sys.argv[2], int(sys.argv[3]))
