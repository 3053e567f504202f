"""Who may ask the bot, who administers it, and how often each user may ask."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

from retrieval.settings import TelegramSettings

REFUSAL = "抱歉，您没有使用本机器人的权限。如需开通，请把您的用户 ID {user_id} 发给管理员。"
ADMIN_ONLY = "抱歉，只有管理员可以{action}。"
RATE_LIMITED = "您提问太频繁了，请约 {seconds} 秒后再试。"

_MAX_REMEMBERED = 100_000


class AccessPolicy:
    """Allow-lists from settings; admins are always allowed; refusals are sent once per user."""

    def __init__(self, settings: TelegramSettings) -> None:
        self.open = settings.open
        self.users = frozenset(settings.allowed_users)
        self.chats = frozenset(settings.allowed_chats)
        self.admins = frozenset(settings.admins)
        self._refused: OrderedDict[int, None] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def closed_to_all(self) -> bool:
        """True when nobody at all can use the bot (no list set and not open)."""
        return not (self.open or self.users or self.chats or self.admins)

    def allowed(self, user_id: int | None, chat_id: int | None) -> bool:
        if self.open:
            return True
        if user_id is not None and (user_id in self.users or user_id in self.admins):
            return True
        return chat_id is not None and chat_id in self.chats

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admins

    def first_refusal(self, user_id: int) -> bool:
        """True the first time a user is refused, so refusals are not repeated per message."""
        with self._lock:
            if user_id in self._refused:
                return False
            self._refused[user_id] = None
            if len(self._refused) > _MAX_REMEMBERED:
                self._refused.popitem(last=False)
            return True

    def describe(self) -> str:
        """One log line saying who is allowed, and how to allow users when nobody is."""
        if self.open:
            return "TOWNQA_TELEGRAM_OPEN is set: answering everyone who messages the bot."
        if self.closed_to_all:
            return (
                "No allow-list is set, so the bot refuses everyone. To allow users, set "
                "TOWNQA_TELEGRAM_ALLOWED_USERS=<id,id> (users see their id in the refusal), "
                "TOWNQA_TELEGRAM_ALLOWED_CHATS=<chat id,...> for groups, or "
                "TOWNQA_TELEGRAM_OPEN=1 to answer everyone."
            )
        return (
            f"Allowed: {len(self.users)} user(s), {len(self.chats)} chat(s), "
            f"{len(self.admins)} admin(s)."
        )


class UserRateLimiter:
    """A sliding one-minute window of questions per user."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._hits: OrderedDict[int, deque[float]] = OrderedDict()
        self._notified: dict[int, float] = {}
        self._lock = threading.Lock()

    def check(self, user_id: int) -> tuple[float, bool]:
        """(0, False) and count the question if the user may ask now; else (seconds to wait,
        whether to tell them) -- told once per window, so a flood gets one notice."""
        if self.per_minute <= 0:
            return 0.0, False
        now = self._clock()
        with self._lock:
            hits = self._hits.setdefault(user_id, deque())
            self._hits.move_to_end(user_id)
            while hits and now - hits[0] >= 60.0:
                hits.popleft()
            if len(hits) >= self.per_minute:
                wait = max(1.0, 60.0 - (now - hits[0]))
                notify = now - self._notified.get(user_id, -120.0) >= 60.0
                if notify:
                    self._notified[user_id] = now
                return wait, notify
            hits.append(now)
            if len(self._hits) > _MAX_REMEMBERED:
                old, _ = self._hits.popitem(last=False)
                self._notified.pop(old, None)
            return 0.0, False
