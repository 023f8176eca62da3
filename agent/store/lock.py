"""The store's lock file: one process at a time may open a store.

``fcntl.flock`` on ``STORE.lock`` is held for the store's lifetime. The kernel drops it
when the holder exits, however it exits, so a crash never leaves a stale lock behind and
nobody has to delete the file by hand. The holder writes its pid into the file so the
refused process can say who is in the way. The file itself is never removed: unlinking
a lock file lets two processes lock two different inodes under the same name.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from agent.errors import StoreLocked


def lock_path_for(store_path: Path) -> Path:
    """Return the lock file that guards ``store_path`` (``STORE.lock`` beside it)."""
    return store_path.with_name(store_path.name + ".lock")


class StoreLock:
    """An exclusive, non-blocking ``flock`` on a store's lock file."""

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self.path = lock_path_for(store_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object currently holds the lock."""
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise ``StoreLocked`` naming the file and the holder's pid."""
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f"process {holder}" if holder is not None else "another process"
            raise StoreLocked(
                f"{self.store_path}: the store is in use by {who} (lock file {self.path}). "
                "Only one agent may run on a store at a time: stop the other one first."
            ) from None
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd

    def release(self) -> None:
        """Drop the lock; harmless when it is not held."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            # Emptied first so nobody later reads the pid of a process that has let go.
            os.ftruncate(fd, 0)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> StoreLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii").strip()
        return int(text) if text else None
    except (OSError, UnicodeDecodeError, ValueError):
        return None
