"""Running msc on a server: `msc serve` (gunicorn), `msc backup` / `msc restore`, SQLite settings."""


def init_app(app) -> None:
    """Register `msc serve`, `msc backup` and `msc restore`."""
    from . import cli

    cli.register(app)
