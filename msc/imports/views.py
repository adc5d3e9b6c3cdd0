"""Import pages: upload an export, map its columns, preview the stories, import them."""
from dataclasses import asdict

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.permissions import roles_required
from ..view_helpers import programme_or_404
from ..view_helpers import run as run_operation
from . import operations as ops
from . import pipeline
from .choices import apply_form, build_mapping_form, initial_settings
from .errors import ImportFileError
from .forms import ConfirmForm, ImportForm, UploadForm
from .mapping import ImportSettings
from .readers import read_table
from .uploads import UploadStore

bp = Blueprint("imports", __name__, url_prefix="/imports")
import_roles = roles_required("coordinator")
PREVIEW_ROWS, PREVIEW_PROBLEMS = 10, 300


def _store() -> UploadStore:
    return UploadStore(current_app.config["IMPORT_UPLOAD_DIR"], current_app.config["IMPORT_UPLOAD_TTL"])


def _limit() -> int:
    return current_app.config["IMPORT_MAX_BYTES"]


def _load(token):
    """(upload, table, settings) of the user's own upload, or 404."""
    upload = _store().get(token, current_user.id)
    if upload is None:
        abort(404)
    settings = ImportSettings(**upload.settings)
    try:
        table = read_table(_store().data(upload), upload.filename, max_bytes=_limit(), sheet=settings.sheet)
    except ImportFileError:
        abort(404)
    return upload, table, settings


@bp.errorhandler(413)
def too_large(error):
    form = UploadForm(formdata=None)
    form.file.errors = [_("The file is larger than the limit of %(mb).1f MB; export fewer rows or "
                          "columns and try again.", mb=_limit() / (1024 * 1024))]
    return render_template("imports/upload.html", form=form), 413


@bp.route("/", methods=["GET", "POST"])
@import_roles
def upload():
    programme = programme_or_404()
    form = UploadForm()
    if form.validate_on_submit():
        data, filename = form.file.data.read(), form.file.data.filename or ""
        try:
            table = read_table(data, filename, max_bytes=_limit())
        except ImportFileError as exc:
            form.file.errors.append(exc.message)
        else:
            saved = _store().save(current_user.id, filename, data)
            saved.settings = asdict(initial_settings(programme, table, current_user))
            _store().update(saved)
            return redirect(url_for("imports.mapping", token=saved.token))
    return render_template("imports/upload.html", form=form)


@bp.route("/<token>/map", methods=["GET", "POST"])
@import_roles
def mapping(token):
    programme = programme_or_404()
    upload, table, settings = _load(token)
    form = build_mapping_form(programme, table, settings, current_user)
    if form.validate_on_submit():
        new = apply_form(form, settings)
        if new.sheet != settings.sheet:
            other = read_table(_store().data(upload), upload.filename, max_bytes=_limit(), sheet=new.sheet)
            upload.settings = asdict(initial_settings(programme, other, current_user))
            _store().update(upload)
            flash(_("The sheet was changed: check the columns."), "info")
            return redirect(url_for("imports.mapping", token=token))
        upload.settings = asdict(new)
        _store().update(upload)
        return redirect(url_for("imports.preview", token=token))
    return render_template("imports/mapping.html", form=form, upload=upload, table=table,
                           cancel=ConfirmForm())


@bp.route("/<token>/preview")
@import_roles
def preview(token):
    programme = programme_or_404()
    upload, table, settings = _load(token)
    plan = pipeline.preview_import(programme, table, settings, user=current_user)
    problems = plan.problems
    return render_template("imports/preview.html", upload=upload, table=table, plan=plan,
                           rows=plan.rows[:PREVIEW_ROWS], problems=problems[:PREVIEW_PROBLEMS],
                           more_problems=max(0, len(problems) - PREVIEW_PROBLEMS),
                           form=ImportForm(), cancel=ConfirmForm())


@bp.route("/<token>/import", methods=["POST"])
@import_roles
def run(token):
    programme = programme_or_404()
    upload, table, settings = _load(token)
    form = ImportForm()
    if not form.validate_on_submit():
        abort(400)
    settings.skip_blocked = bool(form.skip_blocked.data)
    outcome = run_operation(pipeline.import_stories, programme, table, settings, user=current_user)
    if not outcome.ok:  # ImportRefused: its message was flashed
        return redirect(url_for("imports.preview", token=token))
    result = outcome.value
    ops.after_import(result)
    _store().delete(token)
    flash(_("%(imported)d stories imported; %(dup)d already imported and skipped; %(blocked)d left out.",
            imported=result.imported, dup=result.skipped_duplicates, blocked=result.skipped_blocked),
          "success")
    return redirect(url_for("stories.index"))


@bp.route("/<token>/cancel", methods=["POST"])
@import_roles
def cancel(token):
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if _store().get(token, current_user.id) is None:
        abort(404)
    _store().delete(token)
    flash(_("The uploaded file was deleted."), "info")
    return redirect(url_for("imports.upload"))
