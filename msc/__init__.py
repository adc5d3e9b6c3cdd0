"""msc: Most Significant Change evaluation for community-health programmes.

The package root imports nothing heavy, so that the pure modules (selection.tally,
analysis, reports, imports readers) can be used without Flask.
"""


def create_app(config: dict | None = None):
    """Build the application: configuration, the core, then every feature package's ``init_app``."""
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

    from . import (
        advocacy,
        agreement,
        analysis,
        auth,
        dashboard,
        demo,
        erasure,
        followup,
        imports,
        main,
        programmes,
        qda,
        selection,
        server,
        setup_data,
        stories,
        web,
    )

    web.init_app(app)  # the core: registry, extensions, locale, template helpers, errors, security headers
    app.cli.add_command(setup_data.init_command)
    app.cli.add_command(demo.demo_command)
    # Each feature registers itself. The order is the order of the story-page panels and of the hooks
    # of a kind; the menu and the demo steps carry their own explicit order.
    packages = (main, auth, programmes, stories, selection, analysis, imports, dashboard, advocacy, agreement, qda,
                erasure, followup, server)
    for feature in packages:
        feature.init_app(app)
    return app
