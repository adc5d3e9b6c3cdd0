"""Many fictional stories at once, for load tests and benchmarks (never for real data).

Rows have the shape the importer writes (storyteller, submitted story, consent, folded search text)
plus an approved pseudonymised text whose fingerprint matches, so that they are ready for rounds
and notes. Inserted with Core ``INSERT … VALUES`` batches: 100,000 stories take seconds, not hours.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import sqlalchemy as sa

from ..analysis.models import PII_FIELDS, PseudonymApproval
from ..analysis.queries import review_hash_of
from ..extensions import db
from ..programmes.models import Programme
from ..stories.fulltext import refresh_statistics
from ..stories.models import CONSENT_USES, Consent, Story, Storyteller
from ..stories.search import fold

DEMO = Path(__file__).resolve().parent.parent / "demo_stories.json"
BATCH = 2000
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _sentences() -> list[str]:
    stories = json.loads(DEMO.read_text(encoding="utf-8"))
    found = []
    for story in stories:
        found.extend(s for s in _SENTENCE.split(story.get("text", "")) if 20 < len(s) < 300)
    return found


def bulk_stories(programme: Programme, n: int, *, seed: int = 15, units=None, periods=None, domains=None,
                 facilitator_id: int | None = None, consent_share: float = 0.9) -> int:
    """Insert ``n`` submitted stories spread over ``units`` (default: the collection units), ``periods`` and
    ``domains``; most with consent for every use and an approved text. Commits; returns the last story id."""
    rng = random.Random(seed)
    sentences = _sentences()
    units = units or [u for u in programme.units if not u.children]
    periods = periods or list(programme.periods)
    domains = domains or [d for d in programme.domains if not d.is_retired]
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    base = f"B{seed}-{rng.randrange(10**6):06d}"
    done = batch = 0
    while done < n:
        size = min(BATCH, n - done)
        prefix, batch = f"{base}.{batch}", batch + 1  # each batch its own code prefix: the look-ups stay one batch wide
        tellers = [{"programme_id": programme.id, "unit_id": units[(done + i) % len(units)].id,
                    "code": f"{prefix}-{done + i:07d}", "age_band": rng.choice(("18-24", "25-34", "35-44")),
                    "gender": "woman", "is_migrant": rng.random() < 0.3, "created_at": now} for i in range(size)]
        db.session.execute(sa.insert(Storyteller), tellers)
        teller_ids = dict(db.session.execute(sa.select(Storyteller.code, Storyteller.id).where(
            Storyteller.programme_id == programme.id, Storyteller.code.like(f"{prefix}-%"))).all())
        rows = []
        for teller in tellers:
            period = periods[rng.randrange(len(periods))]
            days = max((period.ends_on - period.starts_on).days, 1)
            fields = {"title": rng.choice(sentences)[:120], "text": " ".join(rng.sample(sentences, 6)),
                      "significance": rng.choice(sentences), "translation": ""}
            rows.append({
                "programme_id": programme.id, "unit_id": teller["unit_id"], "period_id": period.id,
                "domain_id": domains[rng.randrange(len(domains))].id, "storyteller_id": teller_ids[teller["code"]],
                "facilitator_id": facilitator_id, "collector_name": "", "language": "fr",
                "interview_date": period.starts_on + dt.timedelta(days=rng.randrange(days)),
                "interview_place": "", "status": "submitted", "source": "import",
                "external_id": f"{teller['code']}", "people_concerned": None, "is_verified": False,
                "verification_notes": "", "created_at": now, "updated_at": now, "submitted_at": now, "version": 1,
                "search_text": fold(" ".join([fields["title"], fields["text"], fields["significance"],
                                              teller["code"]])),
                **fields})
        db.session.execute(sa.insert(Story), rows)
        ids = dict(db.session.execute(sa.select(Story.external_id, Story.id).where(
            Story.programme_id == programme.id, Story.external_id.like(f"{prefix}-%"))).all())
        consents, approvals = [], []
        for row in rows:
            story_id = ids[row["external_id"]]
            if rng.random() >= consent_share:
                continue
            consents.append({"story_id": story_id, "status": "given", "mode": "oral",
                             "given_on": row["interview_date"], "recorded_at": now, "withdrawal_note": "",
                             **{f"use_{use}": use != "publication" for use in CONSENT_USES}})
            fields = {name: row[name] for name in PII_FIELDS}
            approvals.append({"story_id": story_id, **fields, "source_hash": review_hash_of(fields, []),
                              "approved_at": now})
        if consents:
            db.session.execute(sa.insert(Consent), consents)
            db.session.execute(sa.insert(PseudonymApproval), approvals)
        done += size
        db.session.commit()
    refresh_statistics(db.session.connection())
    db.session.commit()
    return db.session.scalar(sa.select(sa.func.max(Story.id)))
