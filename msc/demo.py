"""The demo programme: units, domains, periods, users for every role and fictional stories.

It uses every package and no package uses it. Loading twice changes nothing.
"""
import json
from datetime import date
from pathlib import Path

import click
import sqlalchemy as sa
from flask.cli import with_appcontext

from .auth import operations as auth_ops
from .auth.models import User
from .extensions import db
from .features import features
from .programmes import operations as pops
from .programmes import queries as pq
from .programmes.models import Programme
from .setup_data import ensure_domains
from .stories import operations as sops
from .stories.models import Story

DEMO_PASSWORD = "msc-demo-2024"
PROGRAMME_NAME = "CHAMS — évaluation MSC (démo)"
STORIES_FILE = Path(__file__).with_name("demo_stories.json")

LEVELS = [(1, {"fr": "Clinique", "en": "Clinic", "ar": "العيادة"}),
          (2, {"fr": "Bureau national", "en": "National office", "ar": "المكتب الوطني"}),
          (3, {"fr": "Bailleur", "en": "Funder", "ar": "الممول"})]
UNITS = [("FUN", "Bailleur (démo)", 3, None), ("NAT", "Bureau national", 2, "FUN"),
         ("MRK", "Clinique de Marrakech", 1, "NAT"), ("AGA", "Clinique d'Agadir", 1, "NAT"),
         ("TNG", "Clinique de Tanger", 1, "NAT")]
PERIODS = [("2024-S1", "1er semestre 2024", date(2024, 1, 1), date(2024, 6, 30)),
           ("2024-S2", "2e semestre 2024", date(2024, 7, 1), date(2024, 12, 31))]
# (email, name, locale, [(role, unit)])
USERS = [
    ("admin@demo.msc", "Admin Démo", "fr", [("admin", "FUN")]),
    ("coordination.mrk@demo.msc", "Coordination Marrakech", "fr", [("coordinator", "MRK")]),
    ("coordination.aga@demo.msc", "Coordination Agadir", "fr", [("coordinator", "AGA")]),
    ("coordination.tng@demo.msc", "Coordination Tanger", "fr", [("coordinator", "TNG")]),
    ("coordination.nat@demo.msc", "Coordination nationale", "fr", [("coordinator", "NAT")]),
    ("coordination.fun@demo.msc", "Chargée de programme (bailleur)", "en", [("coordinator", "FUN")]),
    ("facilitatrice.mrk@demo.msc", "Paire éducatrice Marrakech", "fr", [("facilitator", "MRK")]),
    ("facilitatrice.aga@demo.msc", "Assistante sociale Agadir", "fr", [("facilitator", "AGA")]),
    ("facilitatrice.tng@demo.msc", "Paire éducatrice Tanger", "ar", [("facilitator", "TNG")]),
    *[(f"panel.{code.lower()}{n}@demo.msc", f"Panéliste {code} {n}", "fr", [("panelist", code)])
      for code in ("MRK", "AGA", "TNG", "NAT", "FUN") for n in (1, 2, 3)],
    ("plaidoyer@demo.msc", "Équipe plaidoyer", "fr", [("advocacy", "NAT")]),
]
DEMO_LOGINS = [("admin", "admin@demo.msc"), ("coordinator", "coordination.mrk@demo.msc"),
               ("coordinator", "coordination.nat@demo.msc"), ("facilitator", "facilitatrice.mrk@demo.msc"),
               ("panelist", "panel.mrk1@demo.msc"), ("panelist", "panel.nat1@demo.msc"),
               ("advocacy", "plaidoyer@demo.msc")]

def _programme() -> Programme:
    programme = db.session.scalar(sa.select(Programme).where(Programme.name == PROGRAMME_NAME))
    if programme is None:
        programme = pops.create_programme(
            PROGRAMME_NAME, "Association de lutte contre les violences (démo)",
            "Évaluer les changements vécus par les travailleuses du sexe survivantes de violences basées sur le genre.",
            "fr,en")
    ensure_domains(programme)
    levels = {lv.rank: lv for lv in pq.levels(programme)}
    for rank, labels in LEVELS:
        if rank not in levels:
            levels[rank] = pops.save_level(programme, rank, labels)
    for code, name, rank, parent in UNITS:
        if pq.unit_by_code(programme, code) is None:
            pops.save_unit(programme, code, name, levels[rank], pq.unit_by_code(programme, parent) if parent else None)
    for code, label, start, end in PERIODS:
        if pq.period_by_code(programme, code) is None:
            pops.save_period(programme, code, start, end, label)
    return programme


def _users(programme: Programme) -> dict[str, User]:
    users = {}
    for email, name, locale, roles in USERS:
        user = db.session.scalar(sa.select(User).where(User.email == email))
        if user is None:
            user = auth_ops.create_user(email, name, locale=locale, password=DEMO_PASSWORD)
        user.mfa_exempt = True  # the demo's published logins stay one step (no second factor asked)
        for role, code in roles:
            auth_ops.assign_role(user, role, pq.unit_by_code(programme, code))
        users[email] = user
    return users


def _stories(programme: Programme, users: dict[str, User]) -> int:
    records = json.loads(STORIES_FILE.read_text(encoding="utf-8")) if STORIES_FILE.exists() else []
    created = 0
    for rec in records:
        external_id = f"demo:{rec['ref']}"
        if db.session.scalar(sa.select(Story.id).where(Story.programme_id == programme.id,
                                                       Story.external_id == external_id)):
            continue
        teller, consent = rec["storyteller"], rec.get("consent")
        data = sops.StoryInput(
            unit=pq.unit_by_code(programme, rec["unit"]), period=pq.period_by_code(programme, rec["period"]),
            domain=pq.domain_by_key(programme, rec["domain"]),
            interview_date=date.fromisoformat(rec["interview_date"]), title=rec["title"], text=rec["text"],
            significance=rec.get("significance") or "", people_concerned=rec.get("people_concerned"),
            translation=rec.get("translation") or "", language=rec["language"], interview_place="CSSR",
            storyteller=sops.StorytellerInput(teller["code"], teller.get("age_band"), teller.get("gender"),
                                              teller.get("is_migrant")),
            consent=sops.ConsentInput(consent["status"], consent["mode"], date.fromisoformat(consent["date"]),
                                      list(consent.get("uses") or [])) if consent else None,
        )
        facilitator = users[f"facilitatrice.{rec['unit'].lower()}@demo.msc"]
        story = sops.create_story(programme, data, user=facilitator, source="demo", external_id=external_id)
        if rec.get("status") == "submitted" and story.consent is not None:
            sops.submit_story(story, user=facilitator)
        if consent and consent.get("withdrawn"):
            sops.withdraw_consent(story, date.fromisoformat(consent["withdrawn"]["date"]),
                                  consent["withdrawn"].get("reason", ""), user=facilitator)
        created += 1
    return created


def load_demo() -> str:
    """Create or complete the demo programme; returns a one-line summary."""
    programme = _programme()
    registry = features()
    for hook in registry.default_hooks:
        hook(programme)
    users = _users(programme)
    created = _stories(programme, users)
    for hook in registry.demo_hooks:  # the packages' demo steps (analysis, then rounds), in their order
        hook(programme, users)
    db.session.flush()
    return f"{len(users)} users, {created} new stories"


@click.command("demo")
@click.option("--if-empty", is_flag=True, help="Only load when the database has no programme yet.")
@click.option("--print-logins/--no-print-logins", default=True)
@with_appcontext
def demo_command(if_empty, print_logins):
    """Load the demo programme (idempotent) and print one login per role."""
    if if_empty and db.session.scalar(sa.select(sa.func.count(Programme.id))):
        click.echo("A programme exists already; demo data not loaded.")
    else:
        summary = load_demo()
        db.session.commit()
        from .analysis.jobs import wait_for_threads

        wait_for_threads()
        click.echo(f"Demo programme ready: {summary}.")
    if print_logins:
        click.echo(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for role, email in DEMO_LOGINS:
            click.echo(f"  {role:<12} {email}")
