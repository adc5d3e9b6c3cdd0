"""Integrity checks for the demo programme's fictional stories (msc/demo_stories.json).

Standard library only: the app is not needed to run these tests.
"""
import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "msc" / "demo_stories.json"

STORY_KEYS = {
    "ref", "unit", "period", "domain", "language", "storyteller", "interview_date",
    "title", "text", "significance", "people_concerned", "translation", "consent", "status",
}
STORYTELLER_KEYS = {"code", "age_band", "gender", "is_migrant"}
CONSENT_KEYS = {"status", "mode", "date", "uses", "withdrawn"}
WITHDRAWN_KEYS = {"date", "reason"}

UNITS = {"MRK", "AGA", "TNG"}
PERIODS = {
    "2024-S1": (date(2024, 1, 1), date(2024, 6, 30)),
    "2024-S2": (date(2024, 7, 1), date(2024, 12, 31)),
}
DOMAINS = {"quality_of_life", "self_esteem", "autonomy", "rights_justice", "health", "other"}
LANGUAGES = {"fr", "en"}
AGE_BANDS = {"18-24", "25-34", "35-44", "45-54", "55+", None}
GENDERS = {"woman", "trans_woman", "man", "trans_man", "non_binary", "undisclosed"}
CONSENT_STATUSES = {"given", "refused"}
CONSENT_MODES = {"oral", "written"}
USES = {"evaluation", "panel", "advocacy", "publication"}
STATUSES = {"submitted", "draft"}

# Phone numbers in any of the forms the stories use: 06 00 12 34 56, +212 6 00 12 34 56, ...
PHONE_RE = re.compile(r"(?:\+\d{2,3}[\s.-]?|\b0)[1-9](?:[\s.-]?\d){8}\b")
CASE_RE = re.compile(r"dossier\s+n°\s*\d{4}/\d+", re.IGNORECASE)
CIN_RE = re.compile(r"\b[A-Z]{1,2}\d{6}\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Real people named in the source documents: never to appear in fictional stories.
REAL_NAMES = ("Rhoufrani", "Ezzouhra", "Rguig", "Ouarsas", "Karkouri", "Ben Moussa")


def words(text):
    return len(text.split())


def sentences(text):
    return len(re.findall(r"[.!?…]+(?=\s|$)", text.strip()))


@pytest.fixture(scope="module")
def stories():
    with DATA.open(encoding="utf-8") as f:
        data = json.load(f)
    assert isinstance(data, list)
    return data


def free_texts(story):
    yield story["title"]
    yield story["text"]
    yield story["significance"]
    if story["translation"]:
        yield story["translation"]


def test_size(stories):
    assert 70 <= len(stories) <= 85


def test_fields_and_allowed_values(stories):
    for s in stories:
        ref = s.get("ref")
        assert set(s) == STORY_KEYS, ref
        assert s["unit"] in UNITS, ref
        assert s["period"] in PERIODS, ref
        assert s["domain"] in DOMAINS, ref
        assert s["language"] in LANGUAGES, ref
        assert s["status"] in STATUSES, ref
        for key in ("title", "text", "significance"):
            assert isinstance(s[key], str) and s[key].strip() == s[key] and s[key], (ref, key)
        pc = s["people_concerned"]
        assert isinstance(pc, int) and not isinstance(pc, bool) and pc >= 1, ref
        tr = s["translation"]
        assert tr is None or (isinstance(tr, str) and words(tr) >= 50), ref

        st = s["storyteller"]
        assert isinstance(st, dict) and set(st) == STORYTELLER_KEYS, ref
        assert st["age_band"] in AGE_BANDS, ref
        assert st["gender"] in GENDERS, ref
        assert st["is_migrant"] in (True, False, None), ref


def test_consent_shape(stories):
    for s in stories:
        ref, c = s["ref"], s["consent"]
        if c is None:
            assert s["status"] == "draft", f"{ref}: only drafts may lack consent"
            continue
        assert set(c) == CONSENT_KEYS, ref
        assert c["status"] in CONSENT_STATUSES, ref
        assert c["mode"] in CONSENT_MODES, ref
        assert isinstance(c["uses"], list) and set(c["uses"]) <= USES, ref
        assert len(set(c["uses"])) == len(c["uses"]), ref
        if c["status"] == "refused":
            assert c["uses"] == [], ref
            assert c["withdrawn"] is None, ref
        else:
            assert "evaluation" in c["uses"], ref
        w = c["withdrawn"]
        if w is not None:
            assert c["status"] == "given", ref
            assert set(w) == WITHDRAWN_KEYS, ref
            assert isinstance(w["reason"], str) and w["reason"].strip(), ref


def test_refs_unique(stories):
    refs = [s["ref"] for s in stories]
    assert len(refs) == len(set(refs))
    assert all(re.fullmatch(r"D\d{3}", r) for r in refs)


def test_storytellers_consistent(stories):
    by_code = defaultdict(list)
    for s in stories:
        code = s["storyteller"]["code"]
        assert re.fullmatch(r"(MRK|AGA|TNG)-\d{4}", code), s["ref"]
        assert code[:3] == s["unit"], s["ref"]
        by_code[code].append(s)
    for code, group in by_code.items():
        profiles = {json.dumps(s["storyteller"], sort_keys=True) for s in group}
        assert len(profiles) == 1, f"{code}: inconsistent age band / gender / migrant status"
        periods = [s["period"] for s in group]
        assert len(periods) == len(set(periods)), f"{code}: two stories in the same period"
    repeated = [c for c, g in by_code.items() if len(g) > 1]
    assert 2 <= len(repeated) <= 10


def test_dates(stories):
    for s in stories:
        ref = s["ref"]
        interview = date.fromisoformat(s["interview_date"])
        start, end = PERIODS[s["period"]]
        assert start <= interview <= end, ref
        c = s["consent"]
        if c is None:
            continue
        given = date.fromisoformat(c["date"])
        assert given >= interview, f"{ref}: consent dated before the interview"
        if c["withdrawn"] is not None:
            assert date.fromisoformat(c["withdrawn"]["date"]) >= given, ref


def test_spread(stories):
    units = Counter(s["unit"] for s in stories)
    periods = Counter(s["period"] for s in stories)
    domains = Counter(s["domain"] for s in stories)
    assert set(units) == UNITS and all(units[u] > 0 for u in UNITS)
    assert set(periods) == set(PERIODS) and all(periods[p] > 0 for p in PERIODS)
    assert set(domains) == DOMAINS and all(domains[d] > 0 for d in DOMAINS)
    cells = Counter((s["unit"], s["period"]) for s in stories)
    for u in UNITS:
        for p in PERIODS:
            assert cells[(u, p)] > 0, (u, p)
        unit_domains = {s["domain"] for s in stories if s["unit"] == u}
        assert DOMAINS - {"other"} <= unit_domains, u
    # no unit holds more than 40 % of the stories
    assert max(units.values()) <= 0.4 * len(stories)


def test_languages(stories):
    langs = Counter(s["language"] for s in stories)
    assert 12 <= langs["en"] <= 18
    assert langs["fr"] >= 40
    assert langs["fr"] + langs["en"] == len(stories)


def test_consent_mix(stories):
    consents = [s["consent"] for s in stories if s["consent"] is not None]
    refused = [c for c in consents if c["status"] == "refused"]
    withdrawn = [c for c in consents if c["withdrawn"] is not None]
    assert len(refused) + len(withdrawn) >= 5
    assert len(refused) >= 3
    assert len(withdrawn) >= 2
    given = [c for c in consents if c["status"] == "given"]
    without_advocacy = [c for c in given if "advocacy" not in c["uses"]]
    assert len(without_advocacy) >= 3
    assert len(given) > len(consents) / 2


def test_statuses(stories):
    drafts = [s for s in stories if s["status"] == "draft"]
    assert 3 <= len(drafts) <= 10
    assert all(s["consent"] is not None for s in stories if s["status"] == "submitted")


def test_word_counts(stories):
    for s in stories:
        ref = s["ref"]
        assert 80 <= words(s["text"]) <= 300, (ref, words(s["text"]))
        assert 1 <= words(s["title"]) <= 12, ref
        assert 1 <= sentences(s["significance"]) <= 3, ref
        assert words(s["significance"]) <= 80, ref


def test_personal_data_is_fictional(stories):
    phones = 0
    for s in stories:
        for text in free_texts(s):
            for m in PHONE_RE.finditer(text):
                digits = re.sub(r"\D", "", m.group())
                assert digits[-9:].startswith(("600", "700")), (s["ref"], m.group())
                phones += 1
            for name in REAL_NAMES:
                assert name.lower() not in text.lower(), (s["ref"], name)
            for m in EMAIL_RE.finditer(text):
                assert m.group().lower().endswith(("example.org", "example.com", "example.net")), s["ref"]
    assert phones >= 3


def test_personal_data_present_for_pseudonymisation(stories):
    texts = [" ".join(free_texts(s)) for s in stories]
    assert sum(bool(CASE_RE.search(t)) for t in texts) >= 2
    assert sum(bool(CIN_RE.search(t)) for t in texts) >= 1
    assert sum(bool(EMAIL_RE.search(t)) for t in texts) >= 1
