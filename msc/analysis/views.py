"""Analysis pages: theme decisions and the personal-data review of a story; the codebook for admins."""
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup

from ..auth.permissions import admin_required, get_or_404, roles_required, visible_or_404
from ..extensions import db
from ..features import features
from ..stories.models import Story
from ..view_helpers import programme_or_404, run
from . import codebook_ops, jobs, queries, release
from . import operations as ops
from .engine_calls import words_to_check
from .forms import (
    AddThemeForm,
    ApproveForm,
    ConfirmForm,
    DecideForm,
    ImportCodebookForm,
    KnownTermsForm,
    PiiAddForm,
    ThemeForm,
    field_labels,
)
from .highlight import evidence_marks, highlight, pii_marks
from .models import AnalysisJob, PiiSpan, Theme, story_fields

bp = Blueprint("analysis", __name__, url_prefix="/analysis")
story_roles = roles_required("coordinator", "facilitator")


def _editable_story(story_id) -> Story:
    story = visible_or_404(get_or_404(Story, story_id))
    if not story.can_edit(current_user):
        abort(403)
    return story


def _back(story, anchor="themes"):
    return redirect(url_for("stories.show", story_id=story.id, _anchor=anchor))


# -- story page panel -------------------------------------------------------------------------
def story_panel(story, user):
    """STORY_PANELS hook: themes with highlighted evidence and the pseudonymisation status (none of it for a
    second coder still coding the story blind)."""
    if any(blind(story, user) for blind in features().blind_coding):
        # Reviewed (B704): a Jinja template, autoescaped, with no story content
        return [Markup(render_template("analysis/_story_panel_blind.html"))]  # nosec B704
    rows = queries.story_themes(story)
    current = queries.is_analysis_current(story)
    add_form = AddThemeForm()
    add_form.theme.choices = [(t.id, t.label) for t in queries.addable_themes(story)]
    in_translation = current and any(r.translation_evidence for r in rows)
    # Reviewed (B704): a Jinja template, autoescaped
    return [Markup(render_template("analysis/_story_panel.html", story=story, rows=rows,  # nosec B704
                                   evidence=highlight(story.text, evidence_marks(rows) if current else []),
                                   translation_evidence=highlight(story.translation or "",
                                                                  evidence_marks(rows, "translation"))
                                   if in_translation else None,
                                   add_form=add_form, can_edit=story.can_edit(user), current=current,
                                   approved=queries.is_approved(story),
                                   as_entered=release.reads_as_entered(story, user)))]


def released_for_current_user(story):
    """Template filter ``story|released``: the story's fields as the signed-in reader may receive them."""
    return release.released(story, current_user)


def story_links(story, user):
    """STORY_LINKS hook: the personal-data review (for the story's own unit: it shows the text as entered)."""
    if not release.reads_as_entered(story, user):
        return []
    return [{"url": url_for("analysis.privacy", story_id=story.id), "label": _("Personal data review")}]


@bp.route("/stories/<int:story_id>/themes/<int:theme_id>", methods=["POST"])
@story_roles
def decide(story_id, theme_id):
    story = _editable_story(story_id)
    theme = get_or_404(Theme, theme_id)
    form = DecideForm()
    if not form.validate_on_submit():
        abort(400)
    if form.status.data == "clear":
        run(ops.clear_decision, story, theme, user=current_user)
    else:
        run(ops.decide_theme, story, theme, form.status.data, user=current_user)
    return _back(story)


@bp.route("/stories/<int:story_id>/themes", methods=["POST"])
@story_roles
def add_theme(story_id):
    story = _editable_story(story_id)
    form = AddThemeForm()
    form.theme.choices = [(t.id, t.label) for t in queries.addable_themes(story)]
    if not form.validate_on_submit():
        flash(_("Choose a theme to add."), "danger")
        return _back(story)
    run(ops.decide_theme, story, get_or_404(Theme, form.theme.data), "added", user=current_user,
        success=_("Theme added."))
    return _back(story)


@bp.route("/stories/<int:story_id>/analyse", methods=["POST"])
@story_roles
def analyse(story_id):
    story = _editable_story(story_id)
    if ConfirmForm().validate_on_submit():
        run(ops.analyse_story, story, success=_("The story was analysed again."))
    return _back(story)


# -- personal data review ---------------------------------------------------------------------
@bp.route("/stories/<int:story_id>/privacy")
@story_roles
def privacy(story_id):
    story = visible_or_404(get_or_404(Story, story_id))
    if not release.reads_as_entered(story, current_user):  # the review shows the text as entered
        abort(403)
    return render_template("analysis/privacy.html", story=story, spans=queries.spans(story),
                           fields=_review_fields(story), field_labels=field_labels(),
                           current=queries.is_analysis_current(story), approved=queries.is_approved(story),
                           add_form=PiiAddForm(), approve_form=ApproveForm(seen=queries.preview_hash(story)),
                           confirm=ConfirmForm(), can_edit=story.can_edit(current_user))


def _review_fields(story) -> list[dict]:
    """Per free-text field: its text with the masked words marked, its pseudonymised preview, its count."""
    preview, labels = queries.preview_fields(story), field_labels()
    out = []
    for name, value in story_fields(story).items():
        active = queries.active_spans(story, name)
        if value or name in ("title", "text"):
            out.append({"name": name, "label": labels[name], "count": len(active),
                        "marked": highlight(value, pii_marks(active)), "preview": preview[name],
                        "to_check": words_to_check(value or "", [(a.start_offset, a.end_offset) for a in active])})
    return out


def _back_privacy(story):
    return redirect(url_for("analysis.privacy", story_id=story.id))


@bp.route("/stories/<int:story_id>/privacy/add", methods=["POST"])
@story_roles
def add_span(story_id):
    story = _editable_story(story_id)
    form = PiiAddForm()
    if not form.validate_on_submit():
        flash(_("Write the words to mask and choose their kind."), "danger")
    else:
        run(ops.add_pii_text, story, form.fragment.data, form.label.data, field=form.field.data or None,
            user=current_user, success=_("Masked."))
    return _back_privacy(story)


def _story_span(story, span_id) -> PiiSpan:
    span = get_or_404(PiiSpan, span_id)
    if span.story_id != story.id:
        abort(404)
    return span


@bp.route("/stories/<int:story_id>/privacy/<int:span_id>/remove", methods=["POST"])
@story_roles
def remove_span(story_id, span_id):
    story = _editable_story(story_id)
    span = _story_span(story, span_id)
    if ConfirmForm().validate_on_submit():
        run(ops.remove_pii_span, span, user=current_user, success=_("No longer masked."))
    return _back_privacy(story)


@bp.route("/stories/<int:story_id>/privacy/<int:span_id>/restore", methods=["POST"])
@story_roles
def restore_span(story_id, span_id):
    story = _editable_story(story_id)
    span = _story_span(story, span_id)
    if ConfirmForm().validate_on_submit():
        run(ops.restore_pii_span, span, user=current_user, success=_("Masked again."))
    return _back_privacy(story)


@bp.route("/stories/<int:story_id>/privacy/approve", methods=["POST"])
@story_roles
def approve(story_id):
    story = _editable_story(story_id)
    form = ApproveForm()
    if not form.validate_on_submit():
        abort(400)
    run(ops.approve_pseudonymisation, story, seen_hash=form.seen.data, user=current_user,
        success=_("The pseudonymised text is approved."))
    return _back_privacy(story)


# -- codebook (admins) ------------------------------------------------------------------------
def _codebook():
    """The programme and its codebook (the default one is loaded and committed the first time)."""
    programme = programme_or_404()
    book = codebook_ops.ensure_codebook(programme)
    db.session.commit()
    return programme, book


@bp.route("/codebook")
@admin_required
def codebook():
    programme, book = _codebook()
    return render_template("analysis/codebook.html", book=book, jobs=queries.latest_jobs(programme.id),
                           confirm=ConfirmForm(), format_patterns=codebook_ops.format_patterns)


def _theme_data(form) -> dict:
    return {"key": form.key.data,
            "labels": {lang: getattr(form, f"label_{lang}").data or "" for lang in ("fr", "en", "ar")},
            "definition": {lang: getattr(form, f"definition_{lang}").data or "" for lang in ("fr", "en", "ar")},
            "patterns": {lang: codebook_ops.parse_patterns(getattr(form, f"patterns_{lang}").data)
                         for lang in codebook_ops.PATTERN_LANGS},
            "negation": form.negation.data}


def _save_theme(book, form, theme):
    """Read the patterns inside ``run``: a line that is not valid JSON is a rule error like the others."""
    return codebook_ops.save_theme(book, _theme_data(form), theme=theme, user=current_user)


def _fill(form, theme):
    form.key.data = theme.key
    for lang in ("fr", "en", "ar"):
        getattr(form, f"label_{lang}").data = theme.labels.get(lang, "")
        getattr(form, f"definition_{lang}").data = theme.definitions.get(lang, "")
    for lang in codebook_ops.PATTERN_LANGS:
        getattr(form, f"patterns_{lang}").data = codebook_ops.format_patterns(theme.patterns.get(lang))
    form.negation.data = theme.is_negation_aware


@bp.route("/codebook/themes/new", methods=["GET", "POST"], defaults={"theme_id": None})
@bp.route("/codebook/themes/<int:theme_id>", methods=["GET", "POST"])
@admin_required
def theme_edit(theme_id):
    programme, book = _codebook()
    theme = get_or_404(Theme, theme_id) if theme_id is not None else None
    if theme is not None and theme.codebook_id != book.id:
        abort(404)
    form = ThemeForm()
    if theme is not None:
        form.key.data = theme.key  # the key never changes
        if not form.is_submitted():
            _fill(form, theme)
    if form.validate_on_submit():
        saved = run(_save_theme, book, form, theme)
        if saved.ok:
            flash(_("Theme %(key)s saved; codebook version %(v)d.", key=saved.value.key, v=book.version), "success")
            return redirect(url_for("analysis.codebook"))
    return render_template("analysis/theme_edit.html", form=form, theme=theme)


@bp.route("/codebook/themes/<int:theme_id>/retire", methods=["POST"])
@admin_required
def theme_retire(theme_id):
    programme, book = _codebook()
    theme = get_or_404(Theme, theme_id)
    if theme.codebook_id != book.id:
        abort(404)
    if ConfirmForm().validate_on_submit():
        run(codebook_ops.retire_theme, theme, request.form.get("retired") != "0", user=current_user)
    return redirect(url_for("analysis.codebook"))


@bp.route("/codebook/import", methods=["GET", "POST"])
@admin_required
def codebook_import():
    programme, book = _codebook()
    form = ImportCodebookForm()
    if form.validate_on_submit():
        raw = form.file.data.read(codebook_ops.MAX_IMPORT_BYTES + 1)  # one byte more tells a file too large
        imported = run(codebook_ops.import_codebook, book, raw, user=current_user)
        if imported.ok:
            flash(_("%(n)d themes imported; codebook version %(v)d.", n=imported.value, v=book.version), "success")
            return redirect(url_for("analysis.codebook"))
    return render_template("analysis/import.html", form=form)


@bp.route("/codebook/reanalyse", methods=["POST"])
@admin_required
def reanalyse():
    programme, book = _codebook()
    if not ConfirmForm().validate_on_submit():
        abort(400)
    started = run(jobs.reanalyse_all, programme, user=current_user)
    if not started.ok:
        return redirect(url_for("analysis.codebook"))
    return redirect(url_for("analysis.job", job_id=started.value.id))


@bp.route("/jobs/<int:job_id>")
@admin_required
def job(job_id):
    job = get_or_404(AnalysisJob, job_id)
    if jobs.recover(job):  # interrupted by a crash or restart: queued again, or failed
        db.session.commit()
    return render_template("analysis/job.html", job=job, confirm=ConfirmForm())


@bp.route("/jobs/<int:job_id>/retry", methods=["POST"])
@admin_required
def retry_job(job_id):
    job = get_or_404(AnalysisJob, job_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    run(jobs.retry, job, user=current_user, success=_("The job was started again."))
    return redirect(url_for("analysis.job", job_id=job.id))


@bp.route("/known-terms", methods=["GET", "POST"])
@admin_required
def known_terms():
    programme, book = _codebook()
    form = KnownTermsForm()
    if not form.is_submitted():
        form.terms.data = "\n".join(t if label == "PER" else f"LOC: {t}"
                                    for t, label in queries.known_terms(programme.id))
    if form.validate_on_submit():
        saved = run(codebook_ops.save_known_terms, programme, form.terms.data, user=current_user)
        if saved.ok:
            flash(_("%(n)d names and venues saved. Re-analyse the stories to apply them.", n=saved.value),
                  "success")
            return redirect(url_for("analysis.codebook"))
    return render_template("analysis/known_terms.html", form=form)
