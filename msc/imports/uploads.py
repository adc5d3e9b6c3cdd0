"""Uploaded files kept between the import steps, in a private folder on the server.

Pure (no Flask): a folder, a time limit and a user id in; bytes out. Each
upload is `<token>.bin` plus `<token>.json` (owner, file name, size, time,
choices made so far). The token is random and the owner is checked on every
read, so one user can never reach another user's file; nothing of the file
goes into the session cookie. Files are deleted after the import, on cancel,
and once older than the time limit.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePath

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")


@dataclass
class Upload:
    """One stored file and what the user chose for it so far."""

    token: str
    user_id: int
    filename: str
    size: int
    created: float
    settings: dict = field(default_factory=dict)


class UploadStore:
    """The private upload folder (created with owner-only permissions)."""

    def __init__(self, root: str | os.PathLike, ttl_seconds: int):
        self.root = Path(root)
        self.ttl = ttl_seconds

    def _paths(self, token: str) -> tuple[Path, Path]:
        if not _TOKEN.match(token or ""):
            raise KeyError(token)
        return self.root / f"{token}.bin", self.root / f"{token}.json"

    def save(self, user_id: int, filename: str, data: bytes) -> Upload:
        """Store `data` and return its upload record (old uploads are purged first)."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.purge()
        token = secrets.token_urlsafe(24)
        upload = Upload(token, user_id, PurePath(filename or "upload").name[:200], len(data), time.time())
        bin_path, _ = self._paths(token)
        fd = os.open(bin_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        self.update(upload)
        return upload

    def update(self, upload: Upload) -> None:
        """Write the upload's record (its settings change between steps)."""
        _, meta_path = self._paths(upload.token)
        tmp = meta_path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(upload.__dict__, f)
        os.replace(tmp, meta_path)

    def get(self, token: str, user_id: int) -> Upload | None:
        """The upload if it exists, is fresh and belongs to `user_id`."""
        try:
            bin_path, meta_path = self._paths(token)
            upload = Upload(**json.loads(meta_path.read_text(encoding="utf-8")))
        except (KeyError, OSError, ValueError, TypeError):
            return None
        if upload.user_id != user_id or not bin_path.exists():
            return None
        if time.time() - upload.created > self.ttl:
            self.delete(token)
            return None
        return upload

    def data(self, upload: Upload) -> bytes:
        return self._paths(upload.token)[0].read_bytes()

    def delete(self, token: str) -> None:
        try:
            paths = self._paths(token)
        except KeyError:
            return
        for path in paths:
            path.unlink(missing_ok=True)

    def purge(self) -> int:
        """Delete every upload older than the time limit; returns how many files went."""
        if not self.root.is_dir():
            return 0
        limit, removed = time.time() - self.ttl, 0
        for path in self.root.iterdir():
            if path.suffix in (".bin", ".json", ".tmp") and path.stat().st_mtime < limit:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
