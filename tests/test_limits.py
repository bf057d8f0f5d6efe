"""Flood control keeps its promises and its memory bounded."""

from __future__ import annotations

from bot.limits import Conversations, RateLimiter, RecentAnswers, Verdict
from bot.settings import Settings


def test_rate_limit_allows_then_notices_once_then_is_silent() -> None:
    limiter: RateLimiter[int] = RateLimiter(rate=2, window=10.0)
    verdicts = [limiter.check(1, now=0.0) for _ in range(5)]
    assert verdicts == [
        Verdict.ALLOW,
        Verdict.ALLOW,
        Verdict.NOTICE,
        Verdict.SILENT,
        Verdict.SILENT,
    ]
    assert limiter.check(2, now=0.0) is Verdict.ALLOW  # per person
    assert limiter.retry_after(1, now=0.0) == 5.0  # one question's worth refills in 5 s
    assert limiter.check(1, now=5.0) is Verdict.ALLOW  # refilled
    assert limiter.check(1, now=5.0) is Verdict.NOTICE  # empty again: one more notice


def test_a_conversation_flows_and_a_flood_is_cut_off_with_defaults() -> None:
    settings = Settings()
    limiter: RateLimiter[int] = RateLimiter(settings.user_rate, settings.user_window)
    follow_ups = [limiter.check(1, now=3.0 * turn) for turn in range(10)]
    assert follow_ups == [Verdict.ALLOW] * 10  # ten follow-ups, three seconds apart
    flood = [limiter.check(2, now=0.01 * n) for n in range(150)]
    assert flood.count(Verdict.NOTICE) == 1
    assert flood.count(Verdict.ALLOW) <= settings.user_rate + 1


def test_rate_limiter_memory_is_bounded() -> None:
    limiter: RateLimiter[int] = RateLimiter(rate=1, window=60.0, capacity=100)
    for user in range(10_000):
        limiter.check(user, now=0.0)
    assert len(limiter) == 100


def test_recent_answers_point_back_within_the_window_only() -> None:
    recent = RecentAnswers(within=60.0, capacity=10)
    recent.remember(1, "answer", now=0.0, link="https://discord.com/channels/1/1/9")
    assert recent.find(1, "answer", now=30.0) == "https://discord.com/channels/1/1/9"
    assert recent.find(1, "answer", now=61.0) is None
    assert recent.find(2, "answer", now=30.0) is None
    for channel in range(100):
        recent.remember(channel, "x", now=0.0, link="l")
    assert recent.find(1, "answer", now=1.0) is None  # evicted, memory stays bounded


def test_conversations_expire_and_stay_bounded() -> None:
    conversations: Conversations[tuple[int, int, int], str] = Conversations(ttl=300, capacity=100)
    conversations.put((1, 10, 100), "irene", now=0.0)
    assert conversations.get((1, 10, 100), now=299.0) == "irene"
    assert conversations.get((1, 10, 100), now=301.0) is None  # a few minutes, then gone
    assert conversations.get((2, 10, 100), now=1.0) is None  # another server
    assert conversations.get((1, 10, 101), now=1.0) is None  # another person
    for person in range(10_000):
        conversations.put((1, 10, person), "x", now=0.0)
    assert len(conversations) == 100
