"""Another process's hold on a SQLite database, as a backup or a second bot would take it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def write_lock(database: Path) -> Iterator[None]:
    """Hold the database's write lock (`BEGIN IMMEDIATE`) from another connection for the
    `with` block; nobody else can write until it ends."""
    holder = sqlite3.connect(database, isolation_level=None, timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
        holder.execute("ROLLBACK")
    finally:
        holder.close()
