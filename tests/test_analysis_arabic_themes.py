"""Issue 14 point 3 through the app: an Arabic or Darija story gets themes from its own text (Arabic
patterns) and from its stored translation; each suggestion records which text it came from, the story
page highlights the evidence in the translation and says where the suggestion came from."""
import re

import pytest
import sqlalchemy as sa

from msc.analysis import queries
from msc.analysis.models import ThemeSuggestion

AR_TEXT = "كان راجلي كيضربني كل ليلة. دابا كنمشي للجمعية كل خميس."
FR_TRANSLATION = ("Mon mari me frappait chaque nuit. Avec l'avocate de l'association, "
                  "j'ai porté plainte au tribunal.")


@pytest.fixture
def ar_story(make_story):
    return make_story(text=AR_TEXT, language="ar", translation=FR_TRANSLATION, approved=False)


def _sources(story, db):
    rows = db.session.scalars(sa.select(ThemeSuggestion).where(ThemeSuggestion.story_id == story.id)).all()
    return {r.theme.key: r.source_field for r in rows}


def test_suggestions_record_the_text_they_come_from(ar_story, db):
    sources = _sources(ar_story, db)
    assert sources["violence_physical"] == "both"  # "كيضربني" in the Arabic, "frappait" in the translation
    assert sources["legal_support"] == "translation"  # only the translation speaks of the complaint
    row = next(r for r in queries.story_themes(ar_story) if r.theme.key == "legal_support")
    assert row.evidence == [] and row.translation_lang == "fr"
    assert any("plainte" in FR_TRANSLATION[e["start"]:e["end"]] for e in row.translation_evidence)


@pytest.mark.parametrize("role", ["facil_mrk", "coord_mrk"])
def test_story_page_says_which_text_and_highlights_the_translation(client, login_as, ar_story, role):
    login_as(role)
    page = client.get(f"/stories/{ar_story.id}").get_data(as_text=True)
    legal = re.search(r'data-testid="theme-legal_support".*?</li>', page, re.S).group(0)
    assert 'data-testid="theme-source" data-source="translation"' in legal
    physical = re.search(r'data-testid="theme-violence_physical".*?</li>', page, re.S).group(0)
    assert 'data-source="both"' in physical
    translation = re.search(r'data-testid="translation-evidence-text">(.*?)</div>', page, re.S).group(1)
    assert re.search(r'<mark class="evidence" data-themes="legal_support">[^<]*plainte', translation)
    text = re.search(r'data-testid="evidence-text">(.*?)</div>', page, re.S).group(1)
    assert '<mark class="evidence" data-themes="violence_physical">' in text
    assert "legal_support" not in text  # translation evidence is never marked at offsets of the Arabic text


def test_an_arabic_story_without_translation_gets_themes_from_its_own_text(make_story, db, client, login_as):
    story = make_story(text=AR_TEXT, language="ar", approved=False)
    sources = _sources(story, db)
    assert "violence_physical" in sources and set(sources.values()) == {"text"}
    login_as("facil_mrk")
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert 'data-testid="theme-source" data-source="text"' in page
    assert 'translation-evidence-text' not in page


def test_a_french_story_translation_is_not_used_for_themes(make_story, db, client, login_as):
    story = make_story(text="Grâce au groupe de parole, j'ai repris confiance.", language="fr",
                       translation="Thanks to the support group, I got my confidence back and filed a complaint.")
    assert set(_sources(story, db).values()) == {"text"}
    login_as("facil_mrk")
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert 'data-testid="theme-source"' not in page and 'translation-evidence-text' not in page


def test_the_codebook_page_keeps_and_edits_arabic_and_darija_patterns(client, login_as, world, db, make_story):
    from msc.analysis import codebook_ops

    theme = next(t for t in codebook_ops.ensure_codebook(world.programme).themes if t.key == "housing")
    assert theme.patterns.get("ar") and theme.patterns.get("ary")  # the default codebook brings them
    login_as("admin")
    form = client.get(f"/analysis/codebook/themes/{theme.id}").get_data(as_text=True)
    assert 'name="patterns_ar"' in form and "سكن" in form and 'name="patterns_ary"' in form
    response = client.post(f"/analysis/codebook/themes/{theme.id}", data={
        "label_fr": "Logement", "label_en": "Housing", "patterns_fr": "logement", "patterns_en": "shelter",
        "patterns_ar": "سكن\nمأوى*", "patterns_ary": "lkra", "negation": "y"})
    assert response.status_code == 302
    db.session.refresh(theme)
    assert theme.patterns["ar"] == ["سكن", "مأوى*"] and theme.patterns["ary"] == ["lkra"]
    story = make_story(text="ما لقيت فين نسكن، ودابا عايشة فمأوى ديال الجمعية.", language="ar", approved=False)
    assert "housing" in _sources(story, db)
