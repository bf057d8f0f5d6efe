"""Fault-injection seam for the fake's REST API.

A :class:`FaultRule` matches requests by method and path and, while it has
hits left, answers them with an error instead of the normal handler.
429 answers look like Discord's: ``Via`` header (without it discord.py assumes
a Cloudflare ban and does not retry), JSON body with ``retry_after``/``global``
and exhausted ``X-RateLimit-*`` headers.

A rule with ``after=True`` lets the request through first (a message is
created) and answers with the error anyway, as Discord sometimes does when it
fails after doing the work: a client that retries must not double it.

Note: discord.py retries 500/502/504/524 after ``1 + 2 * try`` seconds, so a
5xx fault costs the test at least one second per hit; it does not retry 503.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from .records import path_matches


@dataclass
class FaultRule:
    method: str | None  # None matches any method
    path: str  # regex (fullmatch on the path after /api/v10) or a route template with "{...}"
    status: int = 429
    count: int | None = 1  # None = unlimited
    retry_after: float = 0.05
    is_global: bool = False
    body: Any = None  # override the JSON body
    delay: float = 0.0  # seconds to wait before answering (latency seam)
    after: bool = False  # handle the request first, then answer with the fault anyway
    disconnect: bool = False  # close the connection instead of answering (status unused)
    hits: int = 0

    def matches(self, method: str, path: str, route_template: str | None) -> bool:
        if self.count is not None and self.hits >= self.count:
            return False
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return path_matches(self.path, path, route_template)

    @property
    def exhausted(self) -> bool:
        return self.count is not None and self.hits >= self.count

    def describe(self) -> str:
        when = " after handling" if self.after else ""
        what = "disconnect" if self.disconnect else str(self.status)
        return f"{what}{when} for {self.method or '*'} {self.path}"


class FaultInjector:
    """Holds fault rules; the server consults it before every REST handler."""

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []

    def add(self, rule: FaultRule) -> FaultRule:
        self.rules.append(rule)
        return rule

    def fail_next(
        self,
        method: str | None,
        path: str,
        *,
        status: int = 429,
        count: int | None = 1,
        retry_after: float = 0.05,
        is_global: bool = False,
        body: Any = None,
        delay: float = 0.0,
        after: bool = False,
        disconnect: bool = False,
    ) -> FaultRule:
        """Make the next ``count`` matching requests fail with ``status``; with ``after``,
        each of them is handled (its message created) before it fails; with ``disconnect``,
        the connection is closed instead of answered."""
        return self.add(
            FaultRule(
                method=method,
                path=path,
                status=status,
                count=count,
                retry_after=retry_after,
                is_global=is_global,
                body=body,
                delay=delay,
                after=after,
                disconnect=disconnect,
            )
        )

    def clear(self) -> None:
        self.rules.clear()

    def match(self, method: str, path: str, route_template: str | None) -> FaultRule | None:
        for rule in self.rules:
            if rule.matches(method, path, route_template):
                rule.hits += 1
                return rule
        return None

    @staticmethod
    async def respond(rule: FaultRule, request: web.Request) -> web.Response:
        if rule.delay:
            await asyncio.sleep(rule.delay)
        if rule.disconnect and request.transport is not None:
            request.transport.close()  # the client sees the server disconnect, no answer
        headers = {"Content-Type": "application/json"}
        if rule.status == 429:
            body = rule.body or {
                "message": "You are being rate limited.",
                "retry_after": rule.retry_after,
                "global": rule.is_global,
                "code": 0,
            }
            headers.update(
                {
                    "Via": "1.1 google",
                    "Retry-After": str(max(1, int(rule.retry_after + 0.999))),
                    "X-RateLimit-Limit": "5",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": f"{time.time() + rule.retry_after:.3f}",
                    "X-RateLimit-Reset-After": f"{rule.retry_after:.3f}",
                    "X-RateLimit-Scope": "global" if rule.is_global else "user",
                }
            )
            if rule.is_global:
                headers["X-RateLimit-Global"] = "true"
        else:
            body = rule.body or {"message": f"{rule.status}: Injected fault", "code": 0}
        return web.Response(status=rule.status, body=json.dumps(body).encode(), headers=headers)
