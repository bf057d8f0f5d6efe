"""A pytest plugin (`-p tests.without_postgres`) that makes this machine look as if it had
no PostgreSQL server programs, to test what a run without them says."""

from __future__ import annotations

import tests.postgres

tests.postgres.binaries = lambda: None
