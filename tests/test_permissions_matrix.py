"""The permission matrix, generated from the application's URL map.

Every route of ``app.url_map`` (``static`` aside) must have an entry in ``ROUTES``:
how to build its URL for an object of the users' own unit (MRK) and of a foreign
one (AGA), the data to post, and who may reach it. Each route is then requested
with every method it accepts, by every role, on both objects, and the status is
checked: a role that may not reach it gets 403 or 404 (anonymous visitors are
sent to the sign-in page) and nothing in the database changes; a role that may
gets 200 or a redirect (a POST may also answer 400 to the empty or partial
form). A route added without an entry fails ``test_route`` with its name.
"""
import io
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from conftest import PASSWORD, _make_app
from flask import g
from flask_babel import refresh
from selection_helpers import REASONS, make_round, story_ids, vote

from msc.extensions import db as _db

ROLES = ["admin", "coord_mrk", "coord_nat", "facil_mrk", "facil_aga", "panel_mrk", "panel_nat", "advocacy",
         "anonymous"]
SIGNED_IN = frozenset(ROLES) - {"anonymous"}
EVERYONE = frozenset(ROLES)
ADMIN = frozenset({"admin"})
COORDINATORS = frozenset({"admin", "coord_mrk", "coord_nat"})
STORY_ROLES = COORDINATORS | {"facil_mrk", "facil_aga"}
DASHBOARD_ROLES = STORY_ROLES | {"advocacy"}
NOTE_ROLES = frozenset({"admin", "advocacy"})
QDA_ROLES = COORDINATORS | {"advocacy"}

# Per object: MRK is the own unit of coord_mrk, facil_mrk and panel_mrk; AGA is foreign to them.
# coord_nat (NAT, above both) reaches both; panel_nat chairs the AGA rounds, panel_mrk the MRK ones.
STORY = {"MRK": {"admin", "coord_mrk", "coord_nat", "facil_mrk"}, "AGA": {"admin", "coord_nat", "facil_aga"}}
# who reads and edits a story as entered: admins and its OWN unit's people (units above read it pseudonymised)
OWN_STORY = {"MRK": {"admin", "coord_mrk", "facil_mrk"}, "AGA": {"admin", "facil_aga"}}
MANAGERS = {"MRK": {"admin", "coord_mrk", "coord_nat"}, "AGA": {"admin", "coord_nat"}}
CHAIR = {"MRK": {"panel_mrk"}, "AGA": {"panel_nat"}}
ROUND_VIEW = {u: MANAGERS[u] | CHAIR[u] for u in MANAGERS}
FEEDBACK = {"MRK": ROUND_VIEW["MRK"] | {"facil_mrk"}, "AGA": ROUND_VIEW["AGA"] | {"facil_aga"}}
UPLOAD_OWNER = {"MRK": {"coord_mrk"}, "AGA": {"coord_nat"}}  # an upload is its uploader's alone
NOTE = {"MRK": {"admin", "advocacy"}, "AGA": {"admin"}}  # advocacy reaches NAT; the AGA-side note spans FUN
CODER = {"MRK": {"facil_mrk"}, "AGA": {"facil_aga"}}  # a second coding is its coder's alone
EXPORTER = {"MRK": {"coord_mrk"}, "AGA": {"facil_aga"}}  # a background export is its requester's alone
UNITS = ("MRK", "AGA")


@dataclass
class Route:
    """How to request one route and who may reach it.

    url(o, unit) builds the path (unit is "MRK", "AGA", or None for a route without an object);
    allowed is a set of roles, or per unit when the route takes an object; data(o, unit) is posted.
    """

    url: Callable
    allowed: object
    data: Callable = field(default=lambda o, u: {})

    @property
    def units(self):
        return UNITS if isinstance(self.allowed, dict) else (None,)

    def may(self, role, unit):
        roles = self.allowed[unit] if unit else self.allowed
        return role in roles


def _fixed(path):
    return lambda o, u: path


def _story_form(o, u):
    w = o.world
    return {"unit": w.unit(u or "MRK").id, "period": w.period("2024-S1").id, "domain": w.domain("health").id,
            "interview_date": "2024-02-01", "language": "fr", "title": "Changed by the matrix",
            "text": "Texte changé.", "consent_status": "", "consent_mode": "oral", "action": "draft"}


def _round_data(o, u):
    # The round the route was built on (one live round per unit and period), else an open one.
    r = next((v for k, v in o._made.items() if k[:2] == ("round", u)), None) or o.round(u, "open")
    cand = r.active_candidates()[0]
    return {"text": REASONS, "user": o.world.users["coord_mrk"].id, "is_chair": "y",
            "stories": [cand.story_id], "reason": REASONS, f"rank-{cand.story_id}": "1"}


def _round(state, path, data=None):
    """A route on a round put in `state`: r round, d domain, c candidate, s its story, u a panel member."""
    def url(o, u):
        r = o.round(u, state)
        cand = r.active_candidates()[0]
        return path.format(r=r.id, d=cand.domain_id, c=cand.id, s=cand.story_id, u=r.members[0].user_id)
    return url


def _story(path):
    return lambda o, u: path.format(s=o.story(u).id)


ROUTES = {
    # -- home, sign in, preferences
    "/": Route(_fixed("/"), SIGNED_IN),
    "/healthz": Route(_fixed("/healthz"), EVERYONE),
    "/login": Route(_fixed("/login"), EVERYONE),
    "/logout": Route(_fixed("/logout"), SIGNED_IN),
    "/language": Route(_fixed("/language"), EVERYONE, data=lambda o, u: {"locale": "en"}),
    "/set-password/<token>": Route(lambda o, u: f"/set-password/{o.password_token}", EVERYONE),
    "/preferences": Route(_fixed("/preferences"), SIGNED_IN, data=lambda o, u: {"locale": "en"}),
    # Without a right password a moment before, the second-factor pages send visitors to the sign-in page and
    # signed-in users home.
    "/login/code": Route(_fixed("/login/code"), SIGNED_IN, data=lambda o, u: {"code": "123456"}),
    "/login/enrol": Route(_fixed("/login/enrol"), SIGNED_IN, data=lambda o, u: {"code": "123456"}),
    "/preferences/password": Route(_fixed("/preferences/password"), SIGNED_IN),
    "/preferences/sign-out-everywhere": Route(_fixed("/preferences/sign-out-everywhere"), SIGNED_IN),
    # -- user administration
    "/admin/users": Route(_fixed("/admin/users"), ADMIN),
    "/admin/users/new": Route(_fixed("/admin/users/new"), ADMIN, data=lambda o, u: {
        "email": "matrix@test.msc", "name": "Matrix", "locale": "en", "role": "facilitator",
        "unit": o.world.unit("MRK").id}),
    "/admin/users/<int:user_id>": Route(lambda o, u: f"/admin/users/{o.world.users['facil_aga'].id}", ADMIN,
                                        data=lambda o, u: {"role": "admin", "unit": o.world.unit("FUN").id}),
    "/admin/users/<int:user_id>/link": Route(lambda o, u: f"/admin/users/{o.world.users['facil_aga'].id}/link",
                                             ADMIN),
    "/admin/users/<int:user_id>/roles/<int:assignment_id>/remove": Route(
        lambda o, u: "/admin/users/{}/roles/{}/remove".format(o.world.users["facil_aga"].id,
                                                              o.world.users["facil_aga"].roles[0].id), ADMIN),
    "/admin/users/<int:user_id>/active": Route(
        lambda o, u: f"/admin/users/{o.world.users['facil_aga'].id}/active", ADMIN),
    "/admin/users/<int:user_id>/sessions/end": Route(
        lambda o, u: f"/admin/users/{o.world.users['facil_aga'].id}/sessions/end", ADMIN),
    "/admin/users/<int:user_id>/mfa/reset": Route(
        lambda o, u: f"/admin/users/{o.world.users['facil_aga'].id}/mfa/reset", ADMIN),
    "/admin/audit": Route(_fixed("/admin/audit?action=login&page=abc"), ADMIN),
    # -- programme set-up
    "/admin/programme/": Route(_fixed("/admin/programme/"), ADMIN, data=lambda o, u: {"name": "Renamed"}),
    "/admin/programme/domains/new": Route(_fixed("/admin/programme/domains/new"), ADMIN,
                                          data=lambda o, u: {"key": "matrix", "label_en": "Matrix"}),
    "/admin/programme/domains/<int:domain_id>": Route(
        lambda o, u: f"/admin/programme/domains/{o.world.domain('health').id}", ADMIN,
        data=lambda o, u: {"key": "health", "label_en": "Changed"}),
    "/admin/programme/periods/new": Route(_fixed("/admin/programme/periods/new"), ADMIN, data=lambda o, u: {
        "code": "2030-S1", "starts_on": "2030-01-01", "ends_on": "2030-06-30"}),
    "/admin/programme/periods/<int:period_id>": Route(
        lambda o, u: f"/admin/programme/periods/{o.world.period('2024-S1').id}", ADMIN,
        data=lambda o, u: {"code": "2024-S1", "starts_on": "2024-01-01", "ends_on": "2024-07-31"}),
    "/admin/programme/levels/new": Route(_fixed("/admin/programme/levels/new"), ADMIN,
                                         data=lambda o, u: {"rank": "9", "name_en": "Matrix"}),
    "/admin/programme/levels/<int:level_id>": Route(
        lambda o, u: f"/admin/programme/levels/{o.world.unit('MRK').level_id}", ADMIN,
        data=lambda o, u: {"rank": o.world.unit("MRK").level.rank, "name_en": "Changed"}),
    "/admin/programme/units/new": Route(_fixed("/admin/programme/units/new"), ADMIN, data=lambda o, u: {
        "code": "MTX", "name": "Matrix", "level": o.world.unit("MRK").level_id, "parent": o.world.unit("NAT").id}),
    "/admin/programme/units/<int:unit_id>": Route(
        lambda o, u: f"/admin/programme/units/{o.world.unit('AGA').id}", ADMIN, data=lambda o, u: {
            "code": "AGA", "name": "Renamed", "level": o.world.unit("AGA").level_id,
            "parent": o.world.unit("NAT").id}),
    # -- stories
    "/stories/": Route(_fixed("/stories/?q="), STORY_ROLES),
    "/stories/new": Route(_fixed("/stories/new"), STORY_ROLES, data=_story_form),
    "/stories/<int:story_id>": Route(_story("/stories/{s}"), STORY),
    "/stories/<int:story_id>/edit": Route(_story("/stories/{s}/edit"), OWN_STORY, data=_story_form),
    "/stories/<int:story_id>/submit": Route(_story("/stories/{s}/submit"), OWN_STORY),
    "/stories/<int:story_id>/withdraw": Route(_story("/stories/{s}/withdraw"), STORY,
                                              data=lambda o, u: {"withdrawn_on": "2024-03-01", "note": "x"}),
    # -- analysis of a story
    "/analysis/stories/<int:story_id>/privacy": Route(_story("/analysis/stories/{s}/privacy"), OWN_STORY),
    "/analysis/stories/<int:story_id>/privacy/add": Route(
        _story("/analysis/stories/{s}/privacy/add"), OWN_STORY, data=lambda o, u: {"fragment": "formation",
                                                                               "label": "LOC"}),
    "/analysis/stories/<int:story_id>/privacy/<int:span_id>/remove": Route(
        lambda o, u: f"/analysis/stories/{o.story(u).id}/privacy/{o.span(u).id}/remove", OWN_STORY),
    "/analysis/stories/<int:story_id>/privacy/<int:span_id>/restore": Route(
        lambda o, u: f"/analysis/stories/{o.story(u).id}/privacy/{o.span(u).id}/restore", OWN_STORY),
    "/analysis/stories/<int:story_id>/privacy/approve": Route(_story("/analysis/stories/{s}/privacy/approve"),
                                                              OWN_STORY),
    "/analysis/stories/<int:story_id>/analyse": Route(_story("/analysis/stories/{s}/analyse"), OWN_STORY),
    "/analysis/stories/<int:story_id>/themes": Route(
        _story("/analysis/stories/{s}/themes"), OWN_STORY, data=lambda o, u: {"theme": o.theme.id}),
    "/analysis/stories/<int:story_id>/themes/<int:theme_id>": Route(
        lambda o, u: f"/analysis/stories/{o.story(u).id}/themes/{o.theme.id}", OWN_STORY,
        data=lambda o, u: {"status": "confirmed"}),
    # -- codebook (administrators)
    "/analysis/codebook": Route(_fixed("/analysis/codebook"), ADMIN),
    "/analysis/codebook/import": Route(_fixed("/analysis/codebook/import"), ADMIN),
    "/analysis/codebook/reanalyse": Route(_fixed("/analysis/codebook/reanalyse"), ADMIN),
    "/analysis/codebook/themes/new": Route(_fixed("/analysis/codebook/themes/new"), ADMIN),
    "/analysis/codebook/themes/<int:theme_id>": Route(lambda o, u: f"/analysis/codebook/themes/{o.theme.id}",
                                                      ADMIN),
    "/analysis/codebook/themes/<int:theme_id>/retire": Route(
        lambda o, u: f"/analysis/codebook/themes/{o.theme.id}/retire", ADMIN, data=lambda o, u: {"retired": "1"}),
    "/analysis/jobs/<int:job_id>": Route(lambda o, u: f"/analysis/jobs/{o.job.id}", ADMIN),
    "/analysis/jobs/<int:job_id>/retry": Route(lambda o, u: f"/analysis/jobs/{o.job.id}/retry", ADMIN),
    "/analysis/known-terms": Route(_fixed("/analysis/known-terms"), ADMIN,
                                   data=lambda o, u: {"terms": "Fatiha"}),
    # -- imports: an upload belongs to whoever uploaded it
    "/imports/": Route(_fixed("/imports/"), COORDINATORS),
    "/imports/<token>/map": Route(lambda o, u: f"/imports/{o.upload(u)}/map", UPLOAD_OWNER),
    "/imports/<token>/preview": Route(lambda o, u: f"/imports/{o.upload(u)}/preview", UPLOAD_OWNER),
    "/imports/<token>/import": Route(lambda o, u: f"/imports/{o.upload(u)}/import", UPLOAD_OWNER),
    "/imports/<token>/cancel": Route(lambda o, u: f"/imports/{o.upload(u)}/cancel", UPLOAD_OWNER),
    # -- selection rounds
    "/rounds/": Route(_fixed("/rounds/"), SIGNED_IN),
    "/rounds/new": Route(_fixed("/rounds/new"), COORDINATORS, data=lambda o, u: {
        "unit": o.world.unit("MRK").id, "period": o.world.period("2024-S1").id, "method": "ranking",
        "domains": [o.world.domain("health").id], "winners_per_domain": 1}),
    "/rounds/<int:round_id>": Route(_round("open", "/rounds/{r}"), ROUND_VIEW),
    "/rounds/<int:round_id>/panel": Route(_round("draft", "/rounds/{r}/panel"), MANAGERS, data=_round_data),
    "/rounds/<int:round_id>/panel/<int:user_id>/remove": Route(_round("draft", "/rounds/{r}/panel/{u}/remove"),
                                                               MANAGERS),
    "/rounds/<int:round_id>/candidates/<int:candidate_id>/exclude": Route(
        _round("draft", "/rounds/{r}/candidates/{c}/exclude"), MANAGERS, data=_round_data),
    "/rounds/<int:round_id>/open": Route(_round("draft", "/rounds/{r}/open"), MANAGERS),
    "/rounds/<int:round_id>/edit": Route(_round("draft", "/rounds/{r}/edit"), MANAGERS, data=lambda o, u: {
        "method": "schulze", "domains": [o.world.domain("autonomy").id], "winners_per_domain": 1}),
    # Cancel and delete on an open round: managers are answered (refused with a message), nothing else reaches it.
    "/rounds/<int:round_id>/cancel": Route(_round("open", "/rounds/{r}/cancel"), MANAGERS),
    "/rounds/<int:round_id>/delete": Route(_round("open", "/rounds/{r}/delete"), MANAGERS),
    "/rounds/<int:round_id>/domains/<int:domain_id>": Route(_round("open", "/rounds/{r}/domains/{d}"), CHAIR),
    "/rounds/<int:round_id>/candidates/<int:candidate_id>": Route(_round("open", "/rounds/{r}/candidates/{c}"),
                                                                  CHAIR),
    "/rounds/<int:round_id>/candidates/<int:candidate_id>/comment": Route(
        _round("open", "/rounds/{r}/candidates/{c}/comment"), CHAIR, data=_round_data),
    "/rounds/<int:round_id>/domains/<int:domain_id>/ballot": Route(
        _round("open", "/rounds/{r}/domains/{d}/ballot"), CHAIR, data=_round_data),
    "/rounds/<int:round_id>/close": Route(_round("open", "/rounds/{r}/close"), CHAIR),
    "/rounds/<int:round_id>/results": Route(_round("closed", "/rounds/{r}/results"), ROUND_VIEW),
    "/rounds/<int:round_id>/domains/<int:domain_id>/chart.svg": Route(
        _round("closed", "/rounds/{r}/domains/{d}/chart.svg"), ROUND_VIEW),
    "/rounds/<int:round_id>/domains/<int:domain_id>/tie-break": Route(
        _round("closed", "/rounds/{r}/domains/{d}/tie-break"), CHAIR, data=_round_data),
    "/rounds/<int:round_id>/domains/<int:domain_id>/runoff": Route(
        _round("closed", "/rounds/{r}/domains/{d}/runoff"), CHAIR),
    "/rounds/<int:round_id>/domains/<int:domain_id>/consensus": Route(
        _round("closed", "/rounds/{r}/domains/{d}/consensus"), CHAIR, data=_round_data),
    "/rounds/<int:round_id>/stories/<int:story_id>/reasons": Route(
        _round("closed", "/rounds/{r}/stories/{s}/reasons"), CHAIR, data=_round_data),
    "/rounds/<int:round_id>/finalise": Route(_round("closed", "/rounds/{r}/finalise"), CHAIR),
    "/rounds/<int:round_id>/feedback": Route(_round("finalised", "/rounds/{r}/feedback"), FEEDBACK),
    "/rounds/<int:round_id>/feedback.docx": Route(_round("finalised", "/rounds/{r}/feedback.docx"), FEEDBACK),
    # -- in-person rounds: created by coordinators; the pack for the chair and managers; the meeting by the chair
    "/rounds/in-person/new": Route(_fixed("/rounds/in-person/new"), COORDINATORS, data=lambda o, u: {
        "unit": o.world.unit("MRK").id, "period": o.world.period("2024-S1").id,
        "domains": [o.world.domain("health").id], "winners_per_domain": 1}),
    "/rounds/<int:round_id>/story-pack.docx": Route(lambda o, u: f"/rounds/{o.in_person(u).id}/story-pack.docx",
                                                    ROUND_VIEW),
    "/rounds/<int:round_id>/meeting": Route(lambda o, u: f"/rounds/{o.in_person(u).id}/meeting", CHAIR,
                                            data=lambda o, u: {"met_on": "2024-06-01", "method_used": "other"}),
    # -- follow-up of selected stories: feedback by the story's facilitators, verification by its coordinators
    "/followup/": Route(_fixed("/followup/"), STORY_ROLES),
    "/followup/stories/<int:story_id>/feedback": Route(lambda o, u: f"/followup/stories/{o.selected(u)}/feedback",
                                                       STORY, data=lambda o, u: {"channel": "declined"}),
    "/followup/stories/<int:story_id>/verification": Route(
        _story("/followup/stories/{s}/verification"), MANAGERS, data=lambda o, u: {
            "method": "call", "verified_on": "2024-05-01", "outcome": "confirmed", "pii_confirmed": "1"}),
    "/admin/programme/domains/<int:domain_id>/periods": Route(
        lambda o, u: f"/admin/programme/domains/{o.world.domain('health').id}/periods", ADMIN,
        data=lambda o, u: {"first_period": 0, "last_period": 0}),
    # -- erasure (administrators)
    "/admin/erasure/stories/<int:story_id>": Route(_story("/admin/erasure/stories/{s}"), {u: ADMIN for u in UNITS},
                                                   data=lambda o, u: {"reason": "matrix", "confirm": "y"}),
    "/admin/erasure/storyteller": Route(_fixed("/admin/erasure/storyteller"), ADMIN, data=lambda o, u: {
        "code": o.story("MRK").storyteller.code, "unit": o.world.unit("MRK").id, "reason": "matrix",
        "confirm": "y"}),
    # -- advocacy notes and the dashboard
    "/advocacy/": Route(_fixed("/advocacy/"), NOTE_ROLES),
    "/advocacy/new": Route(_fixed("/advocacy/new"), NOTE_ROLES),
    "/advocacy/<int:note_id>/download": Route(lambda o, u: f"/advocacy/{o.note(u).id}/download", NOTE),
    "/advocacy/<int:note_id>/regenerate": Route(lambda o, u: f"/advocacy/{o.note(u).id}/regenerate", NOTE),
    "/advocacy/<int:note_id>/approve": Route(lambda o, u: f"/advocacy/{o.note(u).id}/approve", NOTE),
    "/advocacy/jobs/<int:job_id>/retry": Route(lambda o, u: f"/advocacy/jobs/{o.note_job(u).id}/retry", NOTE),
    "/advocacy/settings": Route(_fixed("/advocacy/settings"), ADMIN),
    "/advocacy/settings/logo": Route(lambda o, u: o.logo, ADMIN),
    "/dashboard/": Route(_fixed("/dashboard/"), DASHBOARD_ROLES),
    "/dashboard/export.<fmt>": Route(_fixed("/dashboard/export.csv"), DASHBOARD_ROLES),
    "/dashboard/figure/<key>.csv": Route(_fixed("/dashboard/figure/themes.csv"), DASHBOARD_ROLES),
    # Under the threshold (and without Redis) the request goes back to the direct download.
    "/dashboard/exports": Route(_fixed("/dashboard/exports"), DASHBOARD_ROLES, data=lambda o, u: {"fmt": "csv"}),
    "/dashboard/exports/<int:job_id>": Route(lambda o, u: f"/dashboard/exports/{o.export_job(u).id}", EXPORTER),
    "/dashboard/exports/<int:job_id>/status": Route(lambda o, u: f"/dashboard/exports/{o.export_job(u).id}/status",
                                                    EXPORTER),
    "/dashboard/exports/<int:job_id>/download": Route(
        lambda o, u: f"/dashboard/exports/{o.export_job(u).id}/download", EXPORTER),
    # -- inter-coder agreement: an assignment is its coder's alone
    "/agreement/": Route(_fixed("/agreement/"), STORY_ROLES),
    "/agreement/request": Route(_fixed("/agreement/request"), COORDINATORS, data=lambda o, u: {
        "unit": o.world.unit("MRK").id, "coder": o.world.users["facil_mrk"].id, "size": 1, "period": 0}),
    "/agreement/assignments/<int:assignment_id>": Route(
        lambda o, u: f"/agreement/assignments/{o.assignment(u).id}", CODER, data=lambda o, u: {"themes": [o.theme.id]}),
    # -- REFI-QDA exchange: the project for coordinators and advocacy (within their units), the codebook for admins
    "/qda/": Route(_fixed("/qda/"), QDA_ROLES),
    "/qda/export.qdpx": Route(_fixed("/qda/export.qdpx"), QDA_ROLES),
    "/qda/codebook.qdc": Route(_fixed("/qda/codebook.qdc"), ADMIN),
    "/qda/codebook/import": Route(_fixed("/qda/codebook/import"), ADMIN),
    "/qda/codebook/import/apply": Route(_fixed("/qda/codebook/import/apply"), ADMIN),
}


def _url_map_rules():
    """(rule, endpoint, methods) of every route but ``static``, read from a freshly built application."""
    app = _make_app("sqlite://")
    return sorted((r.rule, r.endpoint, tuple(sorted(r.methods - {"HEAD", "OPTIONS"})))
                  for r in app.url_map.iter_rules() if r.endpoint != "static")


RULES = _url_map_rules()


@pytest.fixture
def app_config(tmp_path):
    return {"IMPORT_UPLOAD_DIR": str(tmp_path / "imports")}


class Objects:
    """The objects the routes act on, made when a route first asks for them, one per unit."""

    def __init__(self, world, make_story, clients):
        self.world, self.make_story, self.clients = world, make_story, clients
        self._made = {}

    def _once(self, key, make):
        if key not in self._made:
            self._made[key] = make()
            _db.session.commit()
        return self._made[key]

    def story(self, unit):
        """A draft with consent given, entered by the unit's facilitator."""
        return self._once(("story", unit), lambda: self.make_story(
            unit=unit, submit=False, user="facil_mrk" if unit == "MRK" else "facil_aga",
            text="Grâce au groupe de parole, j'ai trouvé une formation. Mon numéro : 06 12 34 56 78."))

    def span(self, unit):
        """The phone number the analysis detected in the story (removing it keeps it, marked removed)."""
        from msc.analysis import queries as analysis_queries

        return self._once(("span", unit), lambda: next(
            s for s in analysis_queries.spans(self.story(unit)) if s.source == "detected" and s.label == "PHONE"))

    @property
    def theme(self):
        from msc.analysis import codebook_ops

        return self._once("theme", lambda: codebook_ops.ensure_codebook(self.world.programme).themes[0])

    @property
    def job(self):
        from msc.analysis.models import AnalysisJob

        def make():
            job = AnalysisJob(programme_id=self.world.programme.id, kind="all", status="running", total=10, done=4)
            _db.session.add(job)
            return job
        return self._once("job", make)

    @property
    def password_token(self):
        from msc.auth import operations as auth_ops

        return self._once("token", lambda: auth_ops.issue_set_password_link_token(
            auth_ops.create_user("invitee@test.msc", "Invitee")))

    @property
    def logo(self):
        from msc.advocacy import operations as advocacy_ops
        from msc.reports import charts

        self._once("logo", lambda: advocacy_ops.set_logo(self.world.programme, charts.bar_chart({"a": 1}, "", fmt="png"),
                                                         "logo.png"))
        return "/advocacy/settings/logo"

    def note(self, unit):
        """MRK: a note over NAT, within the advocacy member's reach; AGA: one over FUN, beyond it."""
        from msc.advocacy import operations as advocacy_ops
        from msc.auth.reach import all_unit_ids
        from msc.stories.scope import resolve_scope

        def make():
            scope = resolve_scope(self.world.programme, all_unit_ids(self.world.programme),
                                         period="2024-S1", units=["NAT" if unit == "MRK" else "FUN"])
            return advocacy_ops.generate_note(scope)
        return self._once(("note", unit), make)

    def note_job(self, unit):
        """A failed note job, over NAT (MRK) or FUN (AGA) as ``note``."""
        from msc.advocacy import jobs as note_jobs
        from msc.auth.reach import all_unit_ids
        from msc.stories.scope import resolve_scope

        def make():
            scope = resolve_scope(self.world.programme, all_unit_ids(self.world.programme),
                                  period="2024-S1", units=["NAT" if unit == "MRK" else "FUN"])
            job = note_jobs.request_note(scope)
            job.status, job.error = "failed", "interrupted"
            return job
        return self._once(("note_job", unit), make)

    def export_job(self, unit):
        """A finished background export of the unit's stories, asked for by coord_mrk (MRK) or facil_aga (AGA)."""
        from msc.auth.reach import reporting_unit_ids
        from msc.dashboard import export_jobs
        from msc.stories.scope import resolve_scope

        def make():
            self.story(unit)
            user = self.world.users["coord_mrk" if unit == "MRK" else "facil_aga"]
            scope = resolve_scope(self.world.programme, reporting_unit_ids(user, self.world.programme),
                                  units=[unit])
            job = export_jobs.request_export(scope, "csv", user=user)
            _db.session.commit()
            return export_jobs.execute(job.id)
        return self._once(("export_job", unit), make)

    def assignment(self, unit):
        """The unit's story given to its facilitator to code independently."""
        from msc.agreement.models import CodingAssignment

        def make():
            assignment = CodingAssignment(story_id=self.story(unit).id,
                                          coder_id=self.world.users["facil_mrk" if unit == "MRK" else "facil_aga"].id)
            _db.session.add(assignment)
            return assignment
        return self._once(("assignment", unit), make)

    def upload(self, unit):
        """A CSV uploaded through the page by coord_mrk (MRK) or coord_nat (AGA); its token."""
        from conftest_imports import story_csv, story_row

        def make():
            response = _request(self.clients["coord_mrk" if unit == "MRK" else "coord_nat"], "POST", "/imports/",
                                {"file": (io.BytesIO(story_csv([story_row(1)])), "e.csv")})
            assert response.status_code == 302, response.get_data(as_text=True)[:500]
            return response.headers["Location"].split("/imports/")[1].split("/")[0]
        return self._once(("upload", unit), make)

    def in_person(self, unit):
        """An open in-person round of the unit, chaired by panel_mrk (MRK) or panel_nat (AGA)."""
        def make():
            from msc.selection import in_person
            from msc.selection import operations as ops

            for _ in range(2):
                self.make_story(unit=unit, domain="rights_justice", user="facil_mrk" if unit == "MRK" else "facil_aga")
            coordinator = self.world.users["admin"]
            round_ = in_person.create_in_person_round(self.world.programme, ops.RoundInput(
                self.world.unit(unit), self.world.period("2024-S1"), "consensus", [self.world.domain("rights_justice")]),
                user=coordinator)
            ops.add_panelist(round_, self.world.users["panel_mrk" if unit == "MRK" else "panel_nat"], is_chair=True,
                             user=coordinator)
            return ops.open_round(round_, user=coordinator)
        return self._once(("in_person", unit), make)

    def selected(self, unit):
        """The id of a story of the unit selected by the finalised round's panel."""
        from msc.selection import queries

        return queries.results(self.round(unit, "finalised"))[0].winners[0]

    def round(self, unit, state):
        """A round of the unit put in `state`, chaired by panel_mrk (MRK) or panel_nat (AGA)."""
        def make():
            chair = self.world.users["panel_mrk" if unit == "MRK" else "panel_nat"]
            round_ = make_round(self.world, self.make_story, unit=unit, panel=[chair], open_it=state != "draft")
            if state in ("closed", "finalised"):
                from msc.selection import operations as ops

                vote(round_, chair, story_ids(round_))
                ops.close_round(round_, user=chair)
            if state == "finalised":
                from msc.selection import decisions, queries

                decisions.record_reasons(round_, queries.results(round_)[0].winners[0], REASONS, user=chair)
                decisions.finalise_round(round_, user=chair)
            return round_
        return self._once(("round", unit, state), make)


def _fingerprint():
    """Every row of every table (the audit of refusals and sign-ins aside), to show a refusal changed nothing."""
    rows = {}
    for table in _db.metadata.sorted_tables:
        query = sa.select(table)
        if table.name == "audit_events":
            query = query.where(table.c.action.not_in(["ballot_refused", "login", "login_failed"]))
        rows[table.name] = sorted(repr(tuple(row)) for row in _db.session.execute(query))
    return rows


def _request(client, method, url, data):
    g.pop("_login_user", None)  # the requests share the test's app context, and so Flask-Login's cache
    refresh()  # and Flask-Babel's
    return client.open(url, method=method, data=data if method == "POST" else None)


def _check_refused(role, method, url, response):
    where = (role, method, url, response.status_code)
    if role == "anonymous":
        assert response.status_code == 302 and "/login" in response.headers["Location"], where
    else:
        assert response.status_code in (403, 404), where


def _check_allowed(role, method, url, response):
    where = (role, method, url, response.status_code)
    if method == "GET":
        assert response.status_code in (200, 302), where
        if response.status_code == 302:
            assert "/login" not in response.headers["Location"], where
    else:
        assert response.status_code in (200, 302, 400), where


@pytest.fixture
def clients(app, world):
    """One test client per role, signed in through the form (anonymous stays signed out)."""
    out = {}
    for role in ROLES:
        g.pop("_login_user", None)
        out[role] = app.test_client()
        if role != "anonymous":
            response = out[role].post("/login", data={"email": f"{role}@test.msc", "password": PASSWORD})
            assert response.status_code == 302, role
    return out


def test_url_map_is_what_the_matrix_covers():
    """Both ways: every route has an entry (see test_route) and no entry names a route that is gone."""
    assert len(RULES) >= 78
    assert sorted(set(ROUTES) - {rule for rule, _e, _m in RULES}) == []


@pytest.mark.parametrize("rule, endpoint, methods", RULES, ids=[f"{e}:{r}" for r, e, _m in RULES])
def test_route(app, world, make_story, clients, rule, endpoint, methods):
    entry = ROUTES.get(rule)
    if entry is None:
        pytest.fail(f"{endpoint} ({rule}) has no entry in the permission matrix (tests/test_permissions_matrix.py)")
    objects = Objects(world, make_story, clients)
    for unit in entry.units:
        url = entry.url(objects, unit)
        data = entry.data(objects, unit) if "POST" in methods else {}
        refused = [r for r in ROLES if not entry.may(r, unit)]
        allowed = [r for r in ROLES if entry.may(r, unit)]
        for method in sorted(methods):  # GET before POST: what is posted may change what is shown
            before = _fingerprint() if method == "POST" else None
            for role in refused:
                _check_refused(role, method, url, _request(clients[role], method, url, data))
            if before is not None:
                assert _fingerprint() == before, f"refused {method} {url} ({', '.join(refused)}) changed something"
            for role in allowed:
                _check_allowed(role, method, url, _request(clients[role], method, url, data))


# -- what a page lists, beyond who may open it -------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
def test_story_list_only_shows_visible_units(client, login_as, make_story, role):
    mrk = make_story(unit="MRK", title="Secret de Marrakech")
    aga = make_story(unit="AGA", title="Récit d'Agadir")
    if role != "anonymous":
        login_as(role)
    response = client.get("/stories/?q=")
    if role not in STORY_ROLES:
        assert response.status_code == (302 if role == "anonymous" else 403)
        return
    page = response.get_data(as_text=True)
    # listed for whoever may see it; its title only for its own unit's people (above it: "Story N")
    assert (f'href="/stories/{mrk.id}"' in page) == (role in STORY["MRK"])
    assert (f'href="/stories/{aga.id}"' in page) == (role in STORY["AGA"])
    assert ("Secret de Marrakech" in page) == (role in OWN_STORY["MRK"])
    assert ("Récit d&#39;Agadir" in page) == (role in OWN_STORY["AGA"])


def test_search_does_not_reveal_foreign_stories(client, login_as, make_story):
    story = make_story(unit="MRK", text="Un mot rarissime: quetzalcoatl.")
    login_as("facil_aga")
    page = client.get("/stories/?q=quetzalcoatl").get_data(as_text=True)
    assert f"/stories/{story.id}" not in page and story.title not in page


def test_facilitator_cannot_create_a_story_in_a_foreign_unit(client, login_as, world, db):
    from msc.stories.models import Story

    login_as("facil_aga")
    response = client.post("/stories/new", data={
        "unit": world.unit("MRK").id, "period": world.period("2024-S1").id,
        "domain": world.domain("health").id, "interview_date": "2024-02-01", "language": "fr",
        "title": "Intrusion", "text": "Texte", "consent_status": "", "consent_mode": "oral", "action": "draft"})
    assert response.status_code == 200
    assert db.session.query(Story).count() == 0


def test_unknown_ids_are_404(client, login_as):
    login_as("admin")
    for url in ("/stories/999999", "/stories/999999/edit", "/admin/users/999999", "/rounds/999999",
                "/admin/programme/domains/999999", "/admin/programme/units/999999", "/stories/99999999999"):
        assert client.get(url).status_code == 404, url
