"""qda: exchange with qualitative-analysis software through the REFI-QDA standard.

A project export (.qdpx: ``operations``, ``project``) for NVivo, ATLAS.ti, MAXQDA and QualCoder, and the
codebook's exchange (.qdc: ``codebook_exchange``, ``codebook_qdc``). Files are checked against the
REFI-QDA schemas kept in ``schemas/`` (``xmlcheck``); uploaded XML is read without entities, DTDs or
network access.
"""

def init_app(app) -> None:
    """Register the pages, the `export qdpx` and `codebook` commands, the menu entry and the audit labels."""
    from flask_babel import lazy_gettext as _l

    from .. import exports_cli
    from ..features import NavItem, cli_group, features
    from . import cli, views
    from .reach import may_export

    app.register_blueprint(views.bp)
    cli_group(app, "export", exports_cli.EXPORT_HELP).add_command(cli.export_qdpx)
    codebook = cli_group(app, "codebook", cli.CODEBOOK_HELP)
    codebook.add_command(cli.export_qdc)
    codebook.add_command(cli.import_qdc)
    registry = features(app)
    registry.add_nav(NavItem("qda.index", _l("QDA export"), may_export, "qda.", order=85))
    registry.add_action_labels({"qdpx_export": _l("QDA project exported"),
                                "codebook_qdc_export": _l("codebook exported (REFI-QDA)"),
                                "codebook_qdc_import": _l("codebook imported (REFI-QDA)")})
