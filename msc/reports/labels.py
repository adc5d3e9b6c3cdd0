"""The words of the Word documents, in French (default), English and Arabic (``labels_ar``).

Kept apart from the builders so a translator reads one small file. Method
and role codes the app stores are translated here; other values print as given.
"""

from __future__ import annotations

import datetime as dt

from .labels_ar import AR, METHODS_AR, MONTHS_AR, QUOTES_AR, ROLES_AR
from .labels_brief import BRIEF

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "advocacy_kind": "Note de plaidoyer — Changement le plus significatif",
        "feedback_kind": "Retour de la séance de sélection",
        "period": "Période",
        "generated": "Document établi le {date}",
        "notice": "Texte pseudonymisé : les noms et les lieux ont été modifiés.",
        "page": "Page",
        "context": "Contexte",
        "key_figures": "Chiffres clés",
        "summary": "{selected} récit(s) retenu(s) sur {collected} recueilli(s) pendant la période.",
        "people": "Personnes concernées par les changements racontés : {n}.",
        "by_unit_domain": "Récits recueillis par unité et par domaine",
        "unit": "Unité",
        "total": "Total",
        "themes": "Thèmes abordés",
        "theme": "Thème",
        "themes_all": "Tous les récits",
        "themes_selected": "Récits sélectionnés",
        "funnel": "La sélection, niveau par niveau",
        "level": "Niveau",
        "collected": "Récits disponibles",
        "candidates": "Candidats",
        "selected": "Sélectionnés",
        "charts": "Graphiques",
        "figure": "Figure {n} : {caption}",
        "stories": "Les récits sélectionnés",
        "no_stories": "Aucun récit sélectionné dont le consentement permet un usage de plaidoyer pour cette période.",
        "domain": "Domaine",
        "story": "Le récit",
        "significance": "Pourquoi ce changement compte pour la personne",
        "reasons": "Pourquoi ce récit a été choisi",
        "no_reasons": "Raisons non consignées.",
        "verification": "Vérification",
        "not_recorded": "non renseignée",
        "annex": "Annexe : la méthode suivie",
        "annex_intro": (
            "La technique du changement le plus significatif (Most Significant Change, R. Davies et J. Dart, 2005) "
            "recueille des récits de changement auprès des personnes accompagnées, puis fait choisir, niveau par "
            "niveau, les plus significatifs par des comités qui consignent leurs raisons. Étapes suivies :"
        ),
        "step_domains": "Domaines de changement et question posée",
        "question": "Question posée",
        "step_collection": "Recueil des récits",
        "collection_dates": "Récits recueillis du {start} au {end} ({period}).",
        "step_selection": "Sélection",
        "levels": "Niveaux de sélection : {levels}.",
        "rounds_table": "Séances de sélection",
        "method": "Méthode",
        "opened": "Ouverte le",
        "closed": "Clôturée le",
        "finalised": "Finalisée le",
        "panel": "Comité",
        "step_feedback": "Retour, vérification et consentement",
        "feedback_text": (
            "Seuls les récits dont la personne a consenti à un usage anonyme en plaidoyer figurent dans cette note ; "
            "les noms et les lieux y ont été modifiés. La vérification d'un récit et le retour fait à la personne "
            "sont indiqués avec le récit quand ils ont été consignés."
        ),
        "figure_label": "Indicateur",
        "value": "Valeur",
        "round": "Séance",
        "panel_composition": "Composition du comité",
        "role": "Rôle",
        "count": "Nombre",
        "winners": "Récit(s) retenu(s)",
        "others": "Autres récits lus par le comité",
        "dissent": "Désaccords exprimés par des membres du comité",
        "withdrawn_story": "(récit retiré à la demande de la personne)",
        "no_others": "Aucun autre récit.",
        "no_winner": "Aucun récit retenu dans ce domaine.",
                # What the note's assembly writes (charts, verification, methodology numbers).
        "chart_by_domain": "Récits soumis par domaine",
        "chart_by_unit": "Récits soumis par unité",
        "chart_per_period": "Récits soumis par période",
        "chart_series": "Récits",
        "chart_selection": "Sélection par niveau",
        "chart_collected": "Recueillis",
        "verified": "vérifié",
        "not_verified": "non vérifié",
        "n_collected": "Récits recueillis (consentement en vigueur)",
        "n_storytellers": "Personnes ayant raconté",
        "n_facilitators": "Animateur·rices",
        "none": "—",
    },
    "en": {
        "advocacy_kind": "Advocacy note — Most Significant Change",
        "feedback_kind": "Feedback from the selection round",
        "period": "Period",
        "generated": "Prepared on {date}",
        "notice": "Pseudonymised text: names and places have been changed.",
        "page": "Page",
        "context": "Context",
        "key_figures": "Key figures",
        "summary": "{selected} story(ies) selected out of {collected} collected during the period.",
        "people": "People concerned by the changes told: {n}.",
        "by_unit_domain": "Stories collected by unit and domain",
        "unit": "Unit",
        "total": "Total",
        "themes": "Themes raised",
        "theme": "Theme",
        "themes_all": "All stories",
        "themes_selected": "Selected stories",
        "funnel": "Selection, level by level",
        "level": "Level",
        "collected": "Stories available",
        "candidates": "Candidates",
        "selected": "Selected",
        "charts": "Charts",
        "figure": "Figure {n}: {caption}",
        "stories": "The selected stories",
        "no_stories": "No selected story with consent for advocacy use in this period.",
        "domain": "Domain",
        "story": "The story",
        "significance": "Why this change matters to the storyteller",
        "reasons": "Why this story was selected",
        "no_reasons": "Reasons not recorded.",
        "verification": "Verification",
        "not_recorded": "not recorded",
        "annex": "Annex: the method as run",
        "annex_intro": (
            "The Most Significant Change technique (R. Davies and J. Dart, 2005) collects stories of change from "
            "the people a programme supports; panels at each level then choose the most significant ones and "
            "record why. Steps as run:"
        ),
        "step_domains": "Domains of change and the question asked",
        "question": "Question asked",
        "step_collection": "Collecting stories",
        "collection_dates": "Stories collected from {start} to {end} ({period}).",
        "step_selection": "Selection",
        "levels": "Selection levels: {levels}.",
        "rounds_table": "Selection rounds",
        "method": "Method",
        "opened": "Opened",
        "closed": "Closed",
        "finalised": "Finalised",
        "panel": "Panel",
        "step_feedback": "Feedback, verification and consent",
        "feedback_text": (
            "Only stories whose tellers consented to anonymous use in advocacy appear in this note; names and "
            "places have been changed. A story's verification and the feedback given to its teller are shown with "
            "the story where they were recorded."
        ),
        "figure_label": "Figure",
        "value": "Value",
        "round": "Round",
        "panel_composition": "Panel composition",
        "role": "Role",
        "count": "Number",
        "winners": "Selected story(ies)",
        "others": "Other stories the panel read",
        "dissent": "Dissent recorded by panel members",
        "withdrawn_story": "(story withdrawn at the storyteller's request)",
        "no_others": "No other story.",
        "no_winner": "No story selected in this domain.",
                # What the note's assembly writes (charts, verification, methodology numbers).
        "chart_by_domain": "Stories submitted by domain",
        "chart_by_unit": "Stories submitted by unit",
        "chart_per_period": "Stories submitted per period",
        "chart_series": "Stories",
        "chart_selection": "Selection by level",
        "chart_collected": "Collected",
        "verified": "verified",
        "not_verified": "not verified",
        "n_collected": "Stories collected (consent in force)",
        "n_storytellers": "Storytellers",
        "n_facilitators": "Facilitators",
        "none": "—",
    },
}

METHODS = {
    "fr": {"vote": "vote", "approval": "vote par approbation", "majority": "vote à la majorité",
           "ranking": "classement", "scoring": "notation", "consensus": "consensus",
           "schulze": "classement avec ex æquo (méthode de Schulze)"},
    "en": {"vote": "vote", "approval": "approval vote", "majority": "majority vote",
           "ranking": "ranking", "scoring": "scoring", "consensus": "consensus",
           "schulze": "ranking with ties (Schulze method)"},
}

ROLES = {
    "fr": {"chair": "président·e", "panelist": "membres", "observer": "observateurs", "facilitator": "animateurs"},
    "en": {"chair": "chair", "panelist": "panelists", "observer": "observers", "facilitator": "facilitators"},
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}

QUOTES = {"fr": ("«\u00a0", "\u00a0»"), "en": ("“", "”"), "ar": QUOTES_AR}
LABELS["ar"] = dict(AR)
for _lang, _words in BRIEF.items():
    LABELS[_lang].update(_words)
METHODS["ar"], ROLES["ar"], MONTHS["ar"] = METHODS_AR, ROLES_AR, MONTHS_AR


def fmt_date(value: dt.date | None, language: str) -> str:
    """``12 mars 2025`` / ``12 March 2025``; None gives a dash."""
    if value is None:
        return LABELS[language]["none"]
    return f"{value.day} {MONTHS[language][value.month - 1]} {value.year}"


def fmt_number(value: int | float | str | None, language: str) -> str:
    """Thousands grouped the local way (narrow no-break space in French)."""
    if value is None:
        return LABELS[language]["none"]
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
    return text.replace(",", "\u202f").replace(".", ",") if language == "fr" else text


def method_label(code: str, language: str) -> str:
    return METHODS[language].get(code, code)


def panel_label(panel: dict[str, int], language: str) -> str:
    """``2 présidence, 5 membres`` — counts by role, never names."""
    if not panel:
        return LABELS[language]["none"]
    return ", ".join(f"{n} {role_label(role, language)}" for role, n in panel.items())


def role_label(code: str, language: str) -> str:
    return ROLES[language].get(code, code)


def label_in(labels: dict | None, language: str, fallback: str = "") -> str:
    """A stored label (``{"fr": …, "en": …}``) in the language, else French, English, any, or the fallback."""
    labels = labels or {}
    for code in (language, "fr", "en"):
        if labels.get(code):
            return labels[code]
    return next((v for v in labels.values() if v), fallback)
