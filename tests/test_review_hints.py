"""The review page lists, per field, the unmasked words that may be personal data (names the analysis missed,
long numbers), and one click masks such a word in that field."""
from msc.analysis import queries
from msc.nlp.review_hints import MAX_HINTS, words_to_check


def test_words_to_check_are_unmasked_names_and_long_numbers_not_words_or_places():
    text = ("Hier, Tislit est venue avec Fatima au local de la Préfecture à Marseille. "
            "Appelle le 0612345678. وجات زهور مع السيدة.")
    assert words_to_check(text, []) == ["Tislit", "Fatima", "0612345678", "زهور"]
    start = text.index("Fatima")
    assert "Fatima" not in words_to_check(text, [(start, start + len("Fatima"))])
    assert words_to_check("", []) == [] and words_to_check("Le Tribunal et la CAF de Bordeaux, en France.", []) == []


def test_names_the_statistical_recogniser_suspects_but_may_not_mask_are_listed():
    from msc.nlp.pii import detect_pii

    # A first name in lower case outside a message: the model sees a name, the engine does not mask it alone.
    text = "Nous avons reçu fouzia ce matin. Elle a demandé un rendez-vous. La permanence était calme."
    assert not [s for s in detect_pii(text) if text[s.start:s.end] == "fouzia"]
    assert "fouzia" in words_to_check(text, [])


def test_at_most_a_page_of_words_is_listed_once_each():
    text = " ".join(f"Zorvak{chr(97 + i // 26)}{chr(97 + i % 26)} et Zorvakaa" for i in range(60))
    found = words_to_check(text, [])
    assert len(found) == MAX_HINTS and len(set(found)) == MAX_HINTS


def test_the_review_page_lists_an_unmasked_name_and_one_click_masks_it(client, login_as, make_story, db):
    story = make_story(approved=False, title="Mon travail",
                       text="Kenza Alaoui m'a aidée à trouver un travail. Grâce au groupe, j'ai repris confiance.")
    span = next(s for s in queries.active_spans(story, "text") if "Kenza" in s.fragment)
    login_as("facil_mrk")
    page = client.get(f"/analysis/stories/{story.id}/privacy").get_data(as_text=True)
    assert 'data-testid="to-check-text"' not in page  # every name is masked: nothing to check
    client.post(f"/analysis/stories/{story.id}/privacy/{span.id}/remove", data={})
    page = client.get(f"/analysis/stories/{story.id}/privacy").get_data(as_text=True)
    section = page.split('data-testid="to-check-text"', 1)[1].split("</ul>", 1)[0]
    assert 'value="Kenza"' in section and 'value="PER"' in section and "confiance" not in section
    client.post(f"/analysis/stories/{story.id}/privacy/add", data={"fragment": "Kenza", "field": "text",
                                                                    "label": "PER"})
    db.session.expire_all()
    assert any(s.fragment == "Kenza" for s in queries.active_spans(story, "text"))
    page = client.get(f"/analysis/stories/{story.id}/privacy").get_data(as_text=True)
    assert 'value="Kenza"' not in page.split('data-testid="to-check-text"', 1)[-1].split("</ul>", 1)[0]


def test_a_panelist_never_sees_the_words_to_check(client, login_as, make_story):
    story = make_story(approved=False, text="Kenza Alaoui m'a aidée. Grâce au groupe, j'ai repris confiance.")
    login_as("panel_mrk")
    response = client.get(f"/analysis/stories/{story.id}/privacy")
    assert response.status_code in (403, 404) and "to-check" not in response.get_data(as_text=True)
