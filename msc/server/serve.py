"""`msc serve`: gunicorn with the msc.wsgi:app entry point and settings from MSC_* variables."""
import os
import shutil
import sys

DEFAULTS = {"BIND": "127.0.0.1:8000", "WORKERS": "2", "THREADS": "4", "TIMEOUT": "120"}


def setting(name: str) -> str:
    return os.environ.get(f"MSC_{name}", DEFAULTS[name])


def gunicorn_argv(bind: str, workers: int, threads: int, timeout: int) -> list[str]:
    """The gunicorn command line: gthread workers, access and error logs on standard error (journald)."""
    return [sys.executable, "-m", "gunicorn", "msc.wsgi:app",
            "--bind", bind, "--workers", str(workers), "--threads", str(threads),
            "--worker-class", "gthread", "--timeout", str(timeout), "--graceful-timeout", str(min(timeout, 30)),
            "--access-logfile", "-", "--error-logfile", "-",
            # No personal data in the access log: no client address, no query string (set-password tokens).
            "--access-logformat", '"%(m)s %(U)s" %(s)s %(B)s %(M)sms pid=%(p)s']


def has_gunicorn() -> bool:
    import importlib.util

    return importlib.util.find_spec("gunicorn") is not None or shutil.which("gunicorn") is not None
