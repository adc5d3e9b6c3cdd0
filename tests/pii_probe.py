"""Probes of the analysis engine's personal-data spans, shared by the rule tests written on fresh sentences
(``test_nlp_pii_dev*.py``): what a rule must find, and what it must leave alone."""


def spans(an, text, lang=None):
    return an.analyze(text, lang=lang)["pii"]


def covered(an, text, word, label, lang=None, nth=0):
    """Some span with *label* covers *word* (its nth occurrence)."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return any(p["label"] == label and p["start"] <= i and i + len(word) <= p["end"] for p in spans(an, text, lang))


def touched(an, text, word, lang=None, label=None):
    """Some span (of *label*, or any) overlaps *word* (its first occurrence)."""
    i = text.index(word)
    return any(p["start"] < i + len(word) and i < p["end"] and label in (None, p["label"])
               for p in spans(an, text, lang))


def labels(an, text, lang=None):
    return {p["label"] for p in spans(an, text, lang)}
