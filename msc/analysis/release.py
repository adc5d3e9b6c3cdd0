"""The one release rule: what a reader receives of a story's free-text fields.

The facilitators, coordinators and admins who may open the story itself (``Story.can_view``: its unit's
facilitators and coordinators, coordinators of the units above that run it, admins) read the story as
entered. Everyone else (panels, higher-level panels, funders, advocacy, feedback documents, notes, charts,
dashboards, non-admin exports, and any file that leaves: ``reader=None``) only ever receives the approved
pseudonymised version of every field, and never the storyteller's code: there the story is "Story 12" or
its pseudonymised title. Before an approval (or after it was voided) an outside reader gets the label and
empty fields. Every page, file and export that shows a story's words asks ``released``;
``tests/test_privacy_rule_once.py`` fails when a template or module prints them another way.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _

from ..extensions import db
from ..programmes.models import Programme
from .engine_calls import readable_note
from .models import PII_FIELDS, story_fields
from .queries import approved_fields


@dataclass(frozen=True)
class ReleasedStory:
    """A story's fields as one reader may receive them."""

    id: int
    label: str  # "Story 12": what names the story where its title may not be shown
    title: str
    text: str
    significance: str
    translation: str
    storyteller: str  # the storyteller's code inside the unit, "" elsewhere
    as_entered: bool  # True for the story's own people, False for everyone else
    approved: bool  # the pseudonymised fields are approved (an outside reader gets them)

    def __str__(self) -> str:
        return self.title


def story_label(story) -> str:
    """How a story is named where neither its title nor its storyteller's code may go."""
    return _("Story %(n)d", n=story.id)


def reads_as_entered(story, reader) -> bool:
    """The rule's one question: may this reader receive the story as entered? (None: a file that leaves.)

    Only admins and the facilitators and coordinators of the story's OWN unit: the coordinators of the
    units above (national office, funder) see the story, pseudonymised, like every other outside reader.
    """
    return reader is not None and story.can_view(reader) and story.is_own_unit_reader(reader)


def released(story, reader, active_spans=None, *, approved_ids: set[int] | None = None) -> ReleasedStory:
    """The story as ``reader`` may receive it (see the module's docstring).

    For many stories at once, the caller may pass what a batch already loaded: ``active_spans`` (the story's
    active personal-data spans, ``queries.active_spans_of``) or ``approved_ids`` (the stories whose approval
    still matches, ``approved_sets.approved_ids``, the same rule as ``queries.is_approved``).
    """
    label = story_label(story)
    if reads_as_entered(story, reader):
        fields = story_fields(story)
        return ReleasedStory(story.id, label, fields["title"], fields["text"], fields["significance"],
                             fields["translation"], story.storyteller.code if story.storyteller else "", True,
                             _approved(story, approved_ids, active_spans) is not None)
    approved = _approved(story, approved_ids, active_spans)
    fields = approved or {name: "" for name in PII_FIELDS}
    return ReleasedStory(story.id, label, fields["title"].strip() or label, fields["text"], fields["significance"],
                         fields["translation"], "", False, approved is not None)


def _approved(story, approved_ids: set[int] | None, active_spans=None) -> dict[str, str] | None:
    if approved_ids is None:
        return approved_fields(story, active_spans)
    return story.pseudonym_approval.fields() if story.id in approved_ids else None


def released_title(story, reader) -> str:
    return released(story, reader).title


def pseudonym_note(programme_id: int, lang: str) -> str:
    """The sentence a document prints once when the programme's pseudonyms are readable names ("" otherwise).

    The style is applied when a story is approved (the approval stores its fields as released), so a
    document of a programme in readable style carries the explanation of the asterisk.
    """
    programme = db.session.get(Programme, programme_id)
    return readable_note(lang) if getattr(programme, "pseudonym_style", None) == "readable" else ""
