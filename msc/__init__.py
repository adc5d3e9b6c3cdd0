"""msc: Most Significant Change evaluation for community-health programmes.

The package root imports nothing heavy, so that the pure modules (selection.tally,
analysis, reports, imports readers) can be used without Flask.
"""


def create_app(config: dict | None = None):
    """Build the application: configuration, extensions, blueprints, CLI."""
    from pathlib import Path

    from flask import Flask

    from .config import build_config, data_dir, default_instance_path

    app = Flask(
        __name__,
        instance_path=str(default_instance_path().resolve()),
        template_folder=str(data_dir("templates")),
        static_folder="static",
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.update(build_config(Path(app.instance_path)))
    if config:
        app.config.update(config)

    from . import web

    web.init_app(app)
    return app
