"""The request for a big stories export (a POST with CSRF: it queues work in the requester's name)."""
from flask_wtf import FlaskForm
from wtforms import HiddenField
from wtforms.validators import Length


class ExportRequestForm(FlaskForm):
    """The format and the dashboard's filters, as in the export link (codes; checked again by ``resolve_scope``)."""

    fmt = HiddenField(validators=[Length(max=10)])
    period = HiddenField(validators=[Length(max=40)])
    unit = HiddenField(validators=[Length(max=40)])
    domain = HiddenField(validators=[Length(max=40)])
