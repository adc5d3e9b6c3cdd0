"""Kobo/ODK conventions (recognise) and the mapping guessed from them: header mapping, submission ids, select-multiple columns."""
from __future__ import annotations

import pytest
from conftest_imports import OWN, shared_file

from msc.imports import recognise as kobo
from msc.imports.mapping import guess_mapping as guess_from_export
from msc.imports.readers import Table, read_table

XML_NAMES = {
    "storyteller": "grp_recit/code_conteuse", "title": "grp_recit/titre",
    "text": "grp_recit/histoire", "significance": "grp_recit/pourquoi",
    "domain": "grp_recit/domaine", "language": "grp_recit/langue",
    "interview_date": "date_entretien", "people_concerned": "grp_recit/nb_personnes",
    "translation": "grp_recit/traduction", "consent": "grp_consent/consentement",
    "consent_uses": "grp_consent/usages_consentement", "collector": "enqueteur",
}


def guess_mapping(headers):
    """The mapping guessed from these headers alone."""
    return guess_from_export(kobo.recognise(Table(headers=list(headers), rows=[], fmt="csv")))


def table(name: str):
    path = OWN / name
    return read_table(path.read_bytes(), path.name, max_bytes=10**7)


def shared_table(prefix: str, **kw):
    path = shared_file(prefix)
    return read_table(path.read_bytes(), path.name, max_bytes=10**8, **kw)


# ------------------------------------------------------------- mapping


@pytest.mark.parametrize("name", ["kpi_msc_fr_-_latest_version_-_False.csv",
                                  "kpi_msc_fr_-_latest_version_-_False.xlsx"])
def test_kpi_xml_name_headers_fully_mapped(name):
    assert guess_mapping(table(name).headers) == XML_NAMES


def test_odk_dash_groups_fully_mapped():
    expected = {f: c.replace("/", "-") for f, c in XML_NAMES.items()}
    assert guess_mapping(table("odk_central_msc_fr.csv").headers) == expected


def test_french_label_headers_fully_mapped():
    assert guess_mapping(table("kpi_msc_fr_-_latest_version_-_labels.csv").headers) == {
        "storyteller": "Code de la conteuse", "title": "Le récit/Titre",
        "text": "Le récit/Racontez l'histoire du changement",
        "significance": "Le récit/Pourquoi ce changement est-il important pour vous ?",
        "domain": "Le récit/Domaine de changement", "language": "Le récit/Langue du récit",
        "interview_date": "Date de l'entretien",
        "people_concerned": "Nombre de personnes concernées",
        "translation": "Le récit/Traduction en français",
        "consent": "Consentement/La conteuse donne-t-elle son consentement ?",
        "consent_uses": "Consentement/Usages autorisés", "collector": "Enquêteur·rice",
    }


def test_english_names_mapped():
    headers = ["start", "end", "story/storyteller_code", "story/story_title", "story/story_text",
               "story/why_significant", "story/domain", "story/language", "interview_date",
               "people_concerned", "story/translation", "consent/consent",
               "consent/consent_uses", "collector", "unit", "period", "_uuid", "_submitted_by"]
    mapping = guess_mapping(headers)
    assert mapping["text"] == "story/story_text"
    assert mapping["title"] == "story/story_title"
    assert mapping["significance"] == "story/why_significant"
    assert mapping["consent"] == "consent/consent"
    assert mapping["consent_uses"] == "consent/consent_uses"
    assert mapping["collector"] == "collector"
    assert (mapping["unit"], mapping["period"]) == ("unit", "period")


def test_english_labels_mapped():
    headers = ["Storyteller code", "Tell the story of the change", "Why is this change significant to you?",
               "Domain of change", "Date of the interview", "How many people were concerned?",
               "Does the storyteller give consent?", "Uses allowed by the consent", "Interviewer"]
    mapping = guess_mapping(headers)
    assert mapping == {
        "storyteller": "Storyteller code", "text": "Tell the story of the change",
        "significance": "Why is this change significant to you?", "domain": "Domain of change",
        "interview_date": "Date of the interview",
        "people_concerned": "How many people were concerned?",
        "consent": "Does the storyteller give consent?",
        "consent_uses": "Uses allowed by the consent", "collector": "Interviewer",
    }


def test_accents_and_case_ignored():
    mapping = guess_mapping(["RÉCIT", "Domaine", "CONSENTEMENT", "Date_Entretien"])
    assert mapping == {"text": "RÉCIT", "domain": "Domaine", "consent": "CONSENTEMENT",
                       "interview_date": "Date_Entretien"}


def test_metadata_used_only_as_fallback():
    assert guess_mapping(["histoire", "_submitted_by", "_submission_time"]) == {
        "text": "histoire", "interview_date": "_submission_time", "collector": "_submitted_by"}
    assert guess_mapping(["histoire", "enqueteur", "_submitted_by", "date_entretien",
                               "start", "_submission_time"])["interview_date"] == "date_entretien"


def test_separate_choice_columns_only_map_to_their_stem():
    headers = ["histoire", "grp/usages_consentement/evaluation", "grp/usages_consentement/panel"]
    assert guess_mapping(headers)["consent_uses"] == "grp/usages_consentement"


def test_geopoint_and_media_columns_never_mapped():
    headers = ["clinique", "unite_gps", "_unite_gps_latitude", "_unite_gps_longitude",
               "photo_recit", "photo_recit_URL"]
    assert guess_mapping(headers) == {"unit": "clinique"}
    assert kobo.is_metadata("company_details/_Company_location_latitude")
    assert kobo.is_metadata("location-corner1-Accuracy")


def test_nothing_to_map_in_unrelated_form():
    assert guess_mapping(shared_table("ropensci_ruODK_build_Flora-Quadrat-0-4_1564384341-taxon").headers) == {}


def test_utility_r_guesses_are_its_interview_date_consent_and_enumerator():
    mapping = guess_mapping(shared_table("Nestor-Ch_utilityR").headers)
    assert mapping == {"interview_date": "a1_date_interview", "consent": "a4_informed_consent",
                       "collector": "a2_1_enum_id"}


# ----------------------------------------------------------- submissions


@pytest.mark.parametrize("headers,row,expected", [
    (["_uuid"], {"_uuid": "73A23093-2215-4812-9071-14E2D2B65E5A"}, "73a23093-2215-4812-9071-14e2d2b65e5a"),
    (["meta/instanceID"], {"meta/instanceID": "uuid:5f2c"}, "5f2c"),
    (["meta-instanceID"], {"meta-instanceID": "uuid:5f2c"}, "5f2c"),
    (["KEY"], {"KEY": " uuid:5f2c "}, "5f2c"),
    (["histoire"], {"histoire": "x"}, None),
    (["_uuid"], {"_uuid": ""}, None),
])
def test_submission_id(headers, row, expected):
    assert kobo.submission_id(row, headers) == expected


def test_uuid_preferred_over_instance_id():
    headers = ["meta/instanceID", "_uuid"]
    assert kobo.id_column(tuple(headers)) == "_uuid"


def test_own_fixtures_share_ids_across_kpi_and_odk():
    kpi, odk = table("kpi_msc_fr_-_latest_version_-_False.csv"), table("odk_central_msc_fr.csv")
    assert [kobo.submission_id(r, kpi.headers) for r in kpi.rows] == \
           [kobo.submission_id(r, odk.headers) for r in odk.rows]


def test_odk_key_recognised_in_real_repeat_export():
    repeat = shared_table("ropensci_ruODK_build_Flora-Quadrat-0-4_1564384341-taxon")
    assert kobo.id_column(tuple(repeat.headers)) == "KEY"
    assert kobo.submission_id(repeat.rows[0], repeat.headers) == \
        "d5e78a78-34db-483d-978f-d9c9a3bc7b69/taxon_encounter[1]"


def test_odk_instance_id_in_real_main_export():
    main = shared_table("ropensci_ruODK_build_Flora-Quadrat-0-4_1564384341.csv")
    ids = [kobo.submission_id(r, main.headers) for r in main.rows]
    assert ids[0] == "d5e78a78-34db-483d-978f-d9c9a3bc7b69" and len(set(ids)) == 2


@pytest.mark.parametrize("prefix,rows", [("cocoemily_survey-analysis_paleocore", 3203),
                                         ("Nestor-Ch_utilityR", 771),
                                         ("kobotoolbox_kobo-transfer_Meeting_Form", 5)])
def test_every_real_kpi_submission_has_a_distinct_id(prefix, rows):
    t = shared_table(prefix)
    ids = {kobo.submission_id(r, t.headers) for r in t.rows}
    assert len(ids) == rows and None not in ids


# ------------------------------------------------------- select multiple


def test_select_multiple_single_column():
    t = table("kpi_msc_fr_-_latest_version_-_False.csv")
    assert kobo.select_multiple(t.rows[0], t.headers, "grp_consent/usages_consentement") == \
        ["evaluation", "panel", "advocacy"]


def test_select_multiple_bare_name_found_under_group():
    t = table("odk_central_msc_fr.csv")
    assert kobo.select_multiple(t.rows[4], t.headers, "usages_consentement") == \
        ["evaluation", "publication"]


def test_select_multiple_separate_columns_only():
    headers = ["q/a", "q/b", "q/c"]
    assert kobo.select_multiple({"q/a": "1", "q/b": "0", "q/c": "1"}, headers, "q") == ["a", "c"]


def test_select_multiple_legacy_true_false_and_na():
    headers = ["web_browsers/firefox", "web_browsers/chrome", "web_browsers/safari"]
    row = {"web_browsers/firefox": "True", "web_browsers/chrome": "False",
           "web_browsers/safari": "n/a"}
    assert kobo.select_multiple(row, headers, "web_browsers") == ["firefox"]


def test_select_multiple_label_columns():
    t = table("kpi_msc_fr_-_latest_version_-_labels.csv")
    row = dict(t.rows[0], **{"Consentement/Usages autorisés": ""})
    assert kobo.select_multiple(row, t.headers, "Consentement/Usages autorisés") == [
        "Évaluation interne", "Comité de sélection", "Plaidoyer (citations anonymes)"]


def test_both_real_select_many_forms_agree_in_utility_r():
    t = shared_table("Nestor-Ch_utilityR")
    stems = sorted({h.rsplit("/", 1)[0] for h in t.headers if "/" in h})
    assert len(stems) == 9
    for stem in stems:
        only_columns = [h for h in t.headers if h != stem]
        for row in t.rows:
            assert set(kobo.select_multiple(row, only_columns, stem)) == set(row[stem].split())
