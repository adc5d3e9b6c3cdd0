"""Helpers for the advocacy, dashboard and export tests."""
import io

import docx
import pytest
from selection_helpers import REASONS


@pytest.fixture
def select_stories(world, db):
    """Select stories for real: per unit, period and domain, a consensus round finalised with reasons.

    The stories must be ready for a panel (submitted, panel consent, approved
    pseudonymised text); every other ready story of that unit and period becomes a
    candidate the panel did not choose.
    """
    from msc.selection import decisions
    from msc.selection import operations as sel_ops

    admin, chair = world.users["admin"], world.users["panel_nat"]  # a panelist above every clinic

    def select(*stories):
        groups: dict = {}
        for story in stories:
            groups.setdefault((story.unit, story.period, story.domain), []).append(story)
        rounds = []
        for (unit, period, domain), group in groups.items():
            round_ = sel_ops.create_round(world.programme, sel_ops.RoundInput(unit, period, "consensus", [domain],
                                                                              len(group)), user=admin)
            sel_ops.add_panelist(round_, chair, is_chair=True, user=admin)
            sel_ops.open_round(round_, user=admin)
            decisions.record_consensus(round_, domain.id, [s.id for s in group], user=chair)
            sel_ops.close_round(round_, user=chair)
            for story in group:
                decisions.record_reasons(round_, story.id, REASONS, user=chair)
            rounds.append(decisions.finalise_round(round_, user=chair))
        db.session.commit()
        return rounds

    return select


def open_docx(content: bytes):
    return docx.Document(io.BytesIO(content))


def all_text(d) -> str:
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def headings(d, level: int) -> list[str]:
    return [p.text for p in d.paragraphs if p.style.name == f"Heading {level}"]


def image_count(d) -> int:
    return len(d.inline_shapes)
