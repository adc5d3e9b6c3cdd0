"""Server operations: `msc serve`, `msc backup`, `msc restore`."""
import os
import sys
from pathlib import Path

import click
from flask.cli import with_appcontext

from . import serve as _serve


@click.command("serve")
@click.option("--bind", default=lambda: _serve.setting("BIND"), show_default="MSC_BIND or 127.0.0.1:8000")
@click.option("--workers", type=click.IntRange(1, 64), default=lambda: int(_serve.setting("WORKERS")),
              show_default="MSC_WORKERS or 2")
@click.option("--threads", type=click.IntRange(1, 64), default=lambda: int(_serve.setting("THREADS")),
              show_default="MSC_THREADS or 4")
@click.option("--timeout", type=click.IntRange(5, 3600), default=lambda: int(_serve.setting("TIMEOUT")),
              show_default="MSC_TIMEOUT or 120 (seconds)")
def serve_command(bind, workers, threads, timeout):
    """Serve the application with gunicorn (production). Run `msc db upgrade` first."""
    if not _serve.has_gunicorn():
        raise click.ClickException("gunicorn is not installed in this environment: pip install gunicorn")
    argv = _serve.gunicorn_argv(bind, workers, threads, timeout)
    sys.stdout.flush()
    os.execv(argv[0], argv)  # gunicorn takes this process's place: systemd signals reach it directly


@click.command("backup")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="A new (or empty) folder for the copy.")
@with_appcontext
def backup_command(out):
    """Copy the database and exports/ into a folder, with a manifest (sizes, sha256, schema revision)."""
    from . import backup

    try:
        manifest = backup.backup(out)
    except backup.BackupError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Backup written to {out}: {len(manifest['files'])} files, "
               f"schema revision {manifest['database']['revision']}.")


@click.command("restore")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Confirm: write the backup into the (empty) configured database.")
@with_appcontext
def restore_command(folder, yes):
    """Restore a backup made by `msc backup` into an empty database and exports folder."""
    from . import backup

    if not yes:
        raise click.ClickException("Restoring writes into the configured database: add --yes to confirm.")
    try:
        manifest = backup.restore(folder)
    except backup.BackupError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Restored {folder} (schema revision {manifest['database']['revision']}). "
               "Run `msc db upgrade` if this version of msc is newer.")


def register(app) -> None:
    for command in (serve_command, backup_command, restore_command):
        app.cli.add_command(command)
