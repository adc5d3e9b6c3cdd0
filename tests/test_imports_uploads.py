"""UploadStore: private files keyed by a random token, tied to their owner, expiring."""
import os
import stat
import time

from msc.imports.uploads import UploadStore


def test_saved_file_read_back_by_its_owner_only(tmp_path):
    store = UploadStore(tmp_path / "up", 60)
    saved = store.save(7, "../../etc/export.csv", b"a,b\n1,2\n")
    assert saved.filename == "export.csv" and len(saved.token) == 32
    assert store.data(store.get(saved.token, 7)) == b"a,b\n1,2\n"
    assert store.get(saved.token, 8) is None


def test_files_are_private(tmp_path):
    store = UploadStore(tmp_path / "up", 60)
    saved = store.save(7, "e.csv", b"x")
    assert stat.S_IMODE(os.stat(tmp_path / "up" / f"{saved.token}.bin").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "up").st_mode) == 0o700


def test_expired_upload_is_gone(tmp_path):
    store = UploadStore(tmp_path / "up", 60)
    saved = store.save(7, "e.csv", b"x")
    saved.created = time.time() - 120
    store.update(saved)
    assert store.get(saved.token, 7) is None
    assert not list((tmp_path / "up").iterdir())


def test_purge_removes_old_files_on_the_next_upload(tmp_path):
    store = UploadStore(tmp_path / "up", 60)
    old = store.save(7, "e.csv", b"x")
    for path in (tmp_path / "up").iterdir():
        os.utime(path, (time.time() - 120, time.time() - 120))
    store.save(7, "f.csv", b"y")
    assert not list((tmp_path / "up").glob(f"{old.token}.*"))


def test_forged_tokens_never_reach_the_filesystem(tmp_path):
    store = UploadStore(tmp_path / "up", 60)
    assert store.get("../secret_key", 7) is None
    store.delete("../../x")  # no error, nothing removed


def test_delete(tmp_path):
    store = UploadStore(tmp_path / "up", 60)
    saved = store.save(7, "e.csv", b"x")
    store.delete(saved.token)
    assert store.get(saved.token, 7) is None and not list((tmp_path / "up").iterdir())
