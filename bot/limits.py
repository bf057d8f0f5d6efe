"""Per-key memory with a fixed size: rate limits, recent answers, conversations.

Each keeps at most `capacity` keys and forgets the least recently used one
first, so a raid of a million accounts costs a fixed amount of memory.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from enum import Enum
from typing import Generic, TypeVar

from discord.ext.commands import CheckFailure

Key = TypeVar("Key")
Value = TypeVar("Value")


class OverLimit(CheckFailure):
    """A command refused by flood control; the notice has been given already.

    Defined here, not in an extension, so that every cog sees the same class.
    """


class Verdict(Enum):
    ALLOW = "allow"
    NOTICE = "notice"  # over the limit: tell the person once
    SILENT = "silent"  # still over the limit: say nothing


class BoundedMap(Generic[Key, Value]):
    """A mapping that drops its least recently used key beyond `capacity`."""

    def __init__(self, capacity: int) -> None:
        self._items: OrderedDict[Key, Value] = OrderedDict()
        self._capacity = capacity

    def get(self, key: Key) -> Value | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: Key, value: Value) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self._capacity:
            self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


@dataclass
class _Bucket:
    tokens: float
    updated: float
    noticed: bool = False


class RateLimiter(Generic[Key]):
    """A token bucket per key: up to `rate` events at once, refilled at `rate` per
    `window` seconds. A conversation (a question every few seconds) keeps flowing,
    since each pause refills what a question spends; a flood empties the bucket and
    is cut off with one notice until it refills.
    """

    def __init__(self, rate: int, window: float, capacity: int = 10_000) -> None:
        self.rate = rate
        self.window = window
        self._per_second = rate / window
        self._buckets: BoundedMap[Key, _Bucket] = BoundedMap(capacity)

    def _bucket(self, key: Key, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = _Bucket(tokens=float(self.rate), updated=now)
            self._buckets.put(key, bucket)
        else:
            refill = (now - bucket.updated) * self._per_second
            bucket.tokens = min(float(self.rate), bucket.tokens + max(refill, 0.0))
            bucket.updated = max(now, bucket.updated)
        return bucket

    def check(self, key: Key, now: float) -> Verdict:
        bucket = self._bucket(key, now)
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.noticed = False
            return Verdict.ALLOW
        if bucket.noticed:
            return Verdict.SILENT
        bucket.noticed = True
        return Verdict.NOTICE

    def retry_after(self, key: Key, now: float) -> float:
        bucket = self._bucket(key, now)
        return max(0.0, (1.0 - bucket.tokens) / self._per_second)

    def __len__(self) -> int:
        return len(self._buckets)


class Conversations(Generic[Key, Value]):
    """What each conversation said last, for follow-ups; forgotten after `ttl` seconds."""

    def __init__(self, ttl: float = 300.0, capacity: int = 10_000) -> None:
        self.ttl = ttl
        self._items: BoundedMap[Key, tuple[float, Value]] = BoundedMap(capacity)

    def get(self, key: Key, now: float) -> Value | None:
        found = self._items.get(key)
        if found is None or now - found[0] > self.ttl:
            return None
        return found[1]

    def put(self, key: Key, value: Value, now: float) -> None:
        self._items.put(key, (now, value))

    def __len__(self) -> int:
        return len(self._items)


class RecentAnswers:
    """The last answers posted in each channel, to point at instead of repeating them."""

    def __init__(self, within: float = 60.0, per_channel: int = 5, capacity: int = 5_000) -> None:
        self.within = within
        self._per_channel = per_channel
        self._channels: BoundedMap[int, list[tuple[str, float, str]]] = BoundedMap(capacity)

    def find(self, channel_id: int, text: str, now: float) -> str | None:
        """The link to the same answer posted in the channel moments ago, if any."""
        for posted_text, posted_at, link in self._channels.get(channel_id) or ():
            if posted_text == text and now - posted_at < self.within:
                return link
        return None

    def remember(self, channel_id: int, text: str, now: float, link: str) -> None:
        recent = [item for item in self._channels.get(channel_id) or () if item[0] != text]
        recent.append((text, now, link))
        self._channels.put(channel_id, recent[-self._per_channel :])
