"""msc: Most Significant Change evaluation for community-health programmes.

The package root imports nothing heavy, so that the pure modules (selection.tally,
analysis, reports, imports readers) can be used without Flask.
"""


def create_app(config: dict | None = None):
    """Build the application: configuration, extensions, blueprints, CLI."""
    import os
    from pathlib import Path

    from flask import Flask

    from .config import ROOT, build_config

    instance_path = os.environ.get("MSC_INSTANCE_PATH") or str(ROOT / "instance")
    app = Flask(
        __name__,
        instance_path=instance_path,
        template_folder=str(ROOT / "templates"),
        static_folder="static",
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.update(build_config(Path(app.instance_path)))
    if config:
        app.config.update(config)

    from . import web

    web.init_app(app)
    return app
