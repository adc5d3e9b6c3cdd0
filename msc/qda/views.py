"""QDA exchange pages: the .qdpx download (admins, coordinators, advocacy, within their units) and the
codebook's .qdc export and import (admins)."""
import io
import tempfile

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, send_file, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from ..auth.permissions import admin_required, roles_required
from ..extensions import db
from ..programmes import queries as pq
from ..stories.scope import ScopeError, resolve_scope
from ..view_helpers import programme_or_404, run
from . import codebook_exchange, operations
from .forms import QdcApplyForm, QdcUploadForm
from .reach import qda_unit_ids

bp = Blueprint("qda", __name__, url_prefix="/qda")
qda_roles = roles_required("coordinator", "advocacy")
QDPX_MIME = "application/zip"
MAX_PREVIEW = 400_000  # the codes sent back with the confirmation stay under the server's form-field limit
SPOOL = 1024 * 1024  # a small archive stays in memory; a larger one is written to a temporary file


def _language() -> str:
    return str(get_locale() or "fr")


@bp.route("/")
@qda_roles
def index():
    programme = programme_or_404()
    reach = qda_unit_ids(current_user, programme)
    return render_template("qda/index.html", periods=pq.periods(programme), units=pq.units(programme, reach))


@bp.route("/export.qdpx")
@qda_roles
def export():
    programme = programme_or_404()
    try:
        scope = resolve_scope(programme, qda_unit_ids(current_user, programme), period=request.args.get("period") or None,
                              units=[u for u in request.args.getlist("unit") if u])
    except ScopeError:
        abort(404)
    original = request.args.get("original") == "1"
    if original and not current_user.is_admin:
        abort(403)
    out = tempfile.SpooledTemporaryFile(SPOOL)  # closed by the response once sent
    done = run(operations.export_qdpx, scope, out, original=original, user=current_user, language=_language())
    if not done.ok:
        out.close()
        return redirect(url_for("qda.index"))
    name = f"msc-{scope.period.code if scope.period else 'all'}{'-original' if original else ''}.qdpx"
    return Response(_Download(out), mimetype=QDPX_MIME, direct_passthrough=True,
                    headers={"Content-Disposition": f"attachment; filename={name}"})


def _apply(book, content: str, language: str, **kw):
    """The codes the preview page sent back (checked again), applied."""
    return codebook_exchange.apply_codes(book, codebook_exchange.codes_from_json(content), language, **kw)


class _Download:
    """The archive sent in chunks; the temporary file is closed when the server is done with it (or forgets it)."""

    def __init__(self, file):
        self.file = file

    def __iter__(self):
        self.file.seek(0)
        while chunk := self.file.read(64 * 1024):
            yield chunk

    def close(self):
        self.file.close()

    __del__ = close


@bp.route("/codebook.qdc")
@admin_required
def codebook_export():
    book = codebook_exchange.codebook_of(programme_or_404())
    content = codebook_exchange.export_qdc(book, _language(), user=current_user)
    db.session.commit()
    return send_file(io.BytesIO(content), mimetype="application/xml", as_attachment=True,
                     download_name=f"codebook-v{book.version}.qdc")


@bp.route("/codebook/import", methods=["GET", "POST"])
@admin_required
def codebook_import():
    book = codebook_exchange.codebook_of(programme_or_404())
    db.session.commit()
    form = QdcUploadForm()
    if form.validate_on_submit():
        raw = form.file.data.read(codebook_exchange.MAX_QDC_BYTES + 1)
        planned = run(codebook_exchange.plan_import, book, raw, _language())
        content = codebook_exchange.codes_json(planned.value.codes) if planned.ok else ""
        if len(content) > MAX_PREVIEW:
            flash(_("This codebook is too large to import from the page; use the command `msc codebook import-qdc`."),
                  "danger")
        elif planned.ok:
            confirm = QdcApplyForm(formdata=None, content=content, version=book.version)
            return render_template("qda/codebook_preview.html", plan=planned.value, form=confirm, book=book)
    return render_template("qda/codebook_import.html", form=form), 200


@bp.route("/codebook/import/apply", methods=["POST"])
@admin_required
def codebook_apply():
    book = codebook_exchange.codebook_of(programme_or_404())
    form = QdcApplyForm()
    if not form.validate_on_submit():
        flash(_("The preview expired or was incomplete; upload the file again."), "danger")
        return redirect(url_for("qda.codebook_import"))
    applied = run(_apply, book, form.content.data, _language(), retire_missing=form.retire_missing.data,
                  version=int(form.version.data), user=current_user)
    if applied.ok:
        flash(_("Codebook imported: %(n)d change(s); codebook version %(v)d.",
                n=len(applied.value.changes), v=book.version), "success")
        return redirect(url_for("analysis.codebook"))
    return redirect(url_for("qda.codebook_import"))
