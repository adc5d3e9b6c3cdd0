"""Generated files (notes, exports) are written readable by their owner only."""
import os
from contextlib import contextmanager
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def write_private(target: Path, content: bytes) -> None:
    """Write ``content`` to ``target`` atomically, mode 0600 whatever the umask (new folders 0700)."""
    target = Path(target)
    target.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as out:
        out.write(content)
    os.chmod(tmp, FILE_MODE)  # the file may have existed with another mode
    os.replace(tmp, target)


@contextmanager
def private_writer(target: Path):
    """A binary file to write ``target`` piece by piece, as ``write_private`` does at once (0600, atomic)."""
    target = Path(target)
    target.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, target)
