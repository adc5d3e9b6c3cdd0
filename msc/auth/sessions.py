"""Server-side sign-in sessions.

The signed cookie carries an opaque random token; the store keeps only its SHA-256 with the user, when the
session began, when it was last seen and a short summary of the client (browser family, system, the
address's network). A session is valid while its record exists, has not been idle longer than
``SESSION_IDLE_MINUTES`` and is younger than ``SESSION_MAX_HOURS``. Ending a session deletes its record, so a
copied cookie opens nothing afterwards. The store is Redis when ``REDIS_URL`` is set, else the database;
both answer the same small interface.
"""
import hashlib
import ipaddress
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import current_app, request, session

from ..extensions import db
from ..models_base import utcnow
from .models import UserSession

SESSION_KEY = "msc_sid"  # the name of the token in the signed cookie
TOUCH_EVERY = timedelta(seconds=60)  # last_seen_at is written at most this often


@dataclass
class Record:
    key: str  # the token's hash, also the id an admin uses to end the session
    user_id: int
    created_at: datetime
    last_seen_at: datetime
    client: str = ""


def token_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class DatabaseStore:
    """Sessions as rows of ``user_sessions``; writes are flushed with the caller's transaction."""

    def add(self, record: Record) -> None:
        db.session.add(UserSession(id=record.key, user_id=record.user_id, created_at=record.created_at,
                                   last_seen_at=record.last_seen_at, client=record.client))
        db.session.flush()

    def get(self, key: str) -> Record | None:
        row = db.session.get(UserSession, key)
        return Record(row.id, row.user_id, row.created_at, row.last_seen_at, row.client) if row else None

    def touch(self, key: str, when: datetime) -> None:
        db.session.execute(sa.update(UserSession).where(UserSession.id == key).values(last_seen_at=when))

    def delete(self, key: str) -> None:
        db.session.execute(sa.delete(UserSession).where(UserSession.id == key))

    def delete_user(self, user_id: int) -> int:
        return db.session.execute(sa.delete(UserSession).where(UserSession.user_id == user_id)).rowcount

    def purge(self, idle_before: datetime, created_before: datetime) -> None:
        """Remove sessions that expired without a sign-out (Redis keys expire by themselves)."""
        db.session.execute(sa.delete(UserSession).where(
            sa.or_(UserSession.last_seen_at < idle_before, UserSession.created_at < created_before)))

    def of_user(self, user_id: int) -> list[Record]:
        rows = db.session.scalars(sa.select(UserSession).where(UserSession.user_id == user_id))
        return [Record(r.id, r.user_id, r.created_at, r.last_seen_at, r.client) for r in rows]


class RedisStore:
    """Sessions as Redis keys that expire on their own; a set per user lists them."""

    def __init__(self, url: str, prefix: str = "msc:session:"):
        import redis

        self.redis = redis.Redis.from_url(url)
        self.prefix = prefix

    def _k(self, key):
        return f"{self.prefix}s:{key}"

    def _u(self, user_id):
        return f"{self.prefix}u:{user_id}"

    def _ttl(self) -> int:
        cfg = current_app.config
        return int(max(cfg["SESSION_IDLE_MINUTES"] * 60, 60) + 60)

    def add(self, record: Record) -> None:
        data = json.dumps({"user_id": record.user_id, "created_at": record.created_at.isoformat(),
                           "last_seen_at": record.last_seen_at.isoformat(), "client": record.client})
        pipe = self.redis.pipeline()
        pipe.set(self._k(record.key), data, ex=self._ttl())
        pipe.sadd(self._u(record.user_id), record.key)
        pipe.expire(self._u(record.user_id), int(current_app.config["SESSION_MAX_HOURS"] * 3600) + 60)
        pipe.execute()

    def get(self, key: str) -> Record | None:
        raw = self.redis.get(self._k(key))
        if raw is None:
            return None
        data = json.loads(raw)
        return Record(key, int(data["user_id"]), datetime.fromisoformat(data["created_at"]),
                      datetime.fromisoformat(data["last_seen_at"]), data.get("client", ""))

    def touch(self, key: str, when: datetime) -> None:
        record = self.get(key)
        if record is not None:
            record.last_seen_at = when
            self.add(record)

    def delete(self, key: str) -> None:
        record = self.get(key)
        self.redis.delete(self._k(key))
        if record is not None:
            self.redis.srem(self._u(record.user_id), key)

    def delete_user(self, user_id: int) -> int:
        keys = [k.decode() for k in self.redis.smembers(self._u(user_id))]
        ended = self.redis.delete(*[self._k(k) for k in keys]) if keys else 0
        self.redis.delete(self._u(user_id))
        return ended

    def purge(self, idle_before: datetime, created_before: datetime) -> None:
        """Nothing to do: the keys expire by themselves."""

    def of_user(self, user_id: int) -> list[Record]:
        records = []
        for raw in self.redis.smembers(self._u(user_id)):
            record = self.get(raw.decode())
            if record is None:
                self.redis.srem(self._u(user_id), raw)
            else:
                records.append(record)
        return records


def init_store(app) -> None:
    url = app.config.get("REDIS_URL")
    store = RedisStore(url, app.config.get("SESSION_REDIS_PREFIX", "msc:session:")) if url else DatabaseStore()
    app.extensions["msc_sessions"] = store


def store():
    return current_app.extensions["msc_sessions"]


def _expired(record: Record, now: datetime) -> bool:
    cfg = current_app.config
    return (now - record.last_seen_at > timedelta(minutes=cfg["SESSION_IDLE_MINUTES"])
            or now - record.created_at > timedelta(hours=cfg["SESSION_MAX_HOURS"]))


def _client_summary() -> str:
    """Browser family and system from the user agent, and the address's network (IPv4 /24, IPv6 /48)."""
    agent = request.user_agent.string or ""
    browser = next((b for b in ("Edg", "Firefox", "Chrome", "Safari") if b in agent), "")
    browser = {"Edg": "Edge"}.get(browser, browser)
    system = next((s for s in ("Android", "iPhone", "iPad", "Windows", "Mac OS", "Linux") if s in agent), "")
    try:
        address = ipaddress.ip_address(request.remote_addr or "")
        network = ipaddress.ip_network(f"{address}/{24 if address.version == 4 else 48}", strict=False)
    except ValueError:
        network = ""
    return " · ".join(str(p) for p in (browser, system, network) if p)[:80]


def start(user) -> str:
    """Begin a session for the user: a fresh token in the cookie (the old session's data is dropped, CSRF too)."""
    session.clear()
    token = secrets.token_urlsafe(32)
    now = utcnow()
    cfg = current_app.config
    store().purge(now - timedelta(minutes=cfg["SESSION_IDLE_MINUTES"]), now - timedelta(hours=cfg["SESSION_MAX_HOURS"]))
    store().add(Record(token_key(token), user.id, now, now, _client_summary()))
    session[SESSION_KEY] = token
    return token_key(token)


def current_key() -> str | None:
    token = session.get(SESSION_KEY)
    return token_key(token) if isinstance(token, str) and token else None


def check(user_id) -> bool:
    """True if the cookie's session is alive and belongs to ``user_id`` (its last-seen time is then refreshed at
    most once a minute); an expired session is removed. The caller commits (database store)."""
    key = current_key()
    record = store().get(key) if key else None
    if record is None or str(record.user_id) != str(user_id):
        return False
    now = utcnow()
    if _expired(record, now):
        store().delete(key)
        return False
    if now - record.last_seen_at >= TOUCH_EVERY:
        store().touch(key, now)
    return True


def end_current() -> None:
    key = current_key()
    if key:
        store().delete(key)
    session.pop(SESSION_KEY, None)


def end_all(user_id: int) -> int:
    """End every session of the user; returns how many."""
    return store().delete_user(user_id)


def end_one(user_id: int, key: str) -> bool:
    record = store().get(key)
    if record is None or record.user_id != user_id:
        return False
    store().delete(key)
    return True


def of_user(user_id: int) -> list[Record]:
    """The user's live sessions, most recently seen first (expired ones are not listed)."""
    now = utcnow()
    return sorted((r for r in store().of_user(user_id) if not _expired(r, now)),
                  key=lambda r: r.last_seen_at, reverse=True)
