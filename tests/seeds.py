"""Where the tests find the two source texts: ../shared/seeds/ beside the repository
where a checkout has it, else the copy kept in tests/sources/ (same file names)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = next(
    (d for d in (ROOT.parent / "shared" / "seeds", ROOT / "tests" / "sources") if d.is_dir()),
    ROOT / "tests" / "sources",
)
