"""Write the project's own Kobo/ODK-style export fixtures (fictional stories).

Run from anywhere:  python tests/data/kobo/make_fixtures.py
Every story, code and name below was written for these tests; none comes
from a real person. The files mimic the layout of real KoboToolbox (KPI) and
ODK Central exports described in shared/fixtures/kobo/README.md.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
NS = uuid.UUID("6f1c2a9e-3b7d-4c55-9a0e-5d2f8b1c7e40")
USES = ("evaluation", "panel", "advocacy", "publication")

# One dict per submission, in XML values (choice names), like Kobo's default.
STORIES = [
    dict(code="CH-014", titre="Je connais mes droits",
         histoire="Avant, je ne savais pas que je pouvais porter plainte.\n"
                  "Après les ateliers, je suis allée au commissariat avec l'assistante sociale.\n"
                  "On m'a écoutée, pour la première fois.",
         pourquoi="Parce que maintenant je sais que la loi me protège aussi.",
         domaine="acces_droits", langue="fr", traduction="", nb="1", consent="oui",
         uses="evaluation panel advocacy", date=dt.date(2024, 3, 12), enqueteur="educatrice_01"),
    dict(code="CH-022", titre="Back on my feet",
         histoire="After the attack I stayed at home for months. The peer group came to see me "
                  "every week, and now I run the Tuesday meeting myself.",
         pourquoi="I feel useful again; other women call me when they need help.",
         domaine="estime_soi", langue="en", traduction="", nb="6", consent="oui",
         uses="evaluation", date=dt.date(2024, 3, 14), enqueteur="facilitator_02"),
    dict(code="CH-031", titre="بيت صغير",
         histoire="كنت أخاف من صاحب البيت. الجمعية ساعدتني في الكراء، ودابا عندي مفتاح ديالي.",
         pourquoi="حيث ولّيت نحس براسي مستقلة.",
         domaine="autonomie", langue="ar",
         traduction="J'avais peur du propriétaire. L'association m'a aidée pour le loyer ; "
                    "maintenant j'ai ma propre clé.",
         nb="2", consent="oui", uses="evaluation panel", date=dt.date(2024, 4, 2),
         enqueteur="educatrice_01"),
    dict(code="CH-040", titre="Soins",
         histoire="Le médecin du centre m'a reçue sans me juger ; j'ai pu faire mon dépistage.",
         pourquoi="Je n'ose plus avoir honte d'aller me soigner.",
         domaine="qualite_vie", langue="fr", traduction="", nb="1", consent="non",
         uses="", date=dt.date(2024, 4, 9), enqueteur="educatrice_03"),
    dict(code="CH-047", titre="Ma fille à l'école",
         histoire="Avec l'aide pour les papiers, ma fille a été inscrite à l'école ; "
                  "« enfin », m'a-t-elle dit.",
         pourquoi="C'est pour elle que je me bats.",
         domaine="autre", langue="fr", traduction="", nb="3", consent="oui",
         uses="evaluation publication", date=dt.date(2024, 4, 23), enqueteur="educatrice_03"),
    dict(code="CH-052", titre="Night shelter",
         histoire="When the shelter opened at night, we had somewhere to go after the police "
                  "raids.",
         pourquoi="Safety.", domaine="qualite_vie", langue="en", traduction="", nb="12",
         consent="", uses="", date=dt.date(2024, 5, 6), enqueteur="facilitator_02"),
]

LABELS = {  # French labels for the label-header export, grouped like Kobo
    "code": "Code de la conteuse",
    "titre": "Le récit/Titre",
    "histoire": "Le récit/Racontez l'histoire du changement",
    "pourquoi": "Le récit/Pourquoi ce changement est-il important pour vous ?",
    "domaine": "Le récit/Domaine de changement",
    "langue": "Le récit/Langue du récit",
    "traduction": "Le récit/Traduction en français",
    "nb": "Nombre de personnes concernées",
    "consent": "Consentement/La conteuse donne-t-elle son consentement ?",
    "uses": "Consentement/Usages autorisés",
    "date": "Date de l'entretien",
    "enqueteur": "Enquêteur·rice",
}
CHOICE_LABELS = {
    "acces_droits": "Accès aux droits", "estime_soi": "Estime de soi", "autonomie": "Autonomie",
    "qualite_vie": "Qualité de vie", "autre": "Autre changement", "oui": "Oui", "non": "Non",
    "fr": "Français", "en": "Anglais", "ar": "Arabe (darija)", "evaluation": "Évaluation interne",
    "panel": "Comité de sélection", "advocacy": "Plaidoyer (citations anonymes)",
    "publication": "Publication",
}


def _meta(i: int, story: dict) -> dict:
    start = dt.datetime.combine(story["date"], dt.time(10, 0)) + dt.timedelta(minutes=7 * i)
    return dict(
        uuid=str(uuid.uuid5(NS, story["code"])),
        start=start, end=start + dt.timedelta(minutes=41, seconds=13, milliseconds=250),
        submitted=start + dt.timedelta(hours=5, minutes=2),  # UTC, later sync
        id=str(48213570 + i),
    )


def _iso_local(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="milliseconds") + "+01:00"


def kpi_headers(prefix_sep: str = "/") -> list[str]:
    g, c = "grp_recit" + prefix_sep, "grp_consent" + prefix_sep
    return (["start", "end", "date_entretien", "enqueteur", f"{g}code_conteuse", f"{g}titre",
             f"{g}histoire", f"{g}pourquoi", f"{g}domaine", f"{g}langue", f"{g}traduction",
             f"{g}nb_personnes", "clinique_gps", "_clinique_gps_latitude",
             "_clinique_gps_longitude", "_clinique_gps_altitude", "_clinique_gps_precision",
             f"{c}consentement", f"{c}usages_consentement"]
            + [f"{c}usages_consentement/{u}" for u in USES]
            + ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
               "_submitted_by", "__version__", "_tags", "_index"])


def kpi_rows(typed: bool = False) -> list[list]:
    """Rows in KPI column order; `typed` keeps dates and numbers for XLSX."""
    rows = []
    for i, s in enumerate(STORIES):
        m = _meta(i, s)
        chosen = s["uses"].split()
        row = [
            m["start"] if typed else _iso_local(m["start"]),
            m["end"] if typed else _iso_local(m["end"]),
            s["date"] if typed else s["date"].isoformat(),
            s["enqueteur"], s["code"], s["titre"], s["histoire"], s["pourquoi"], s["domaine"],
            s["langue"], s["traduction"], int(s["nb"]) if typed else s["nb"],
            "33.5731 -7.5898 0 0", 33.5731 if typed else "33.5731",
            -7.5898 if typed else "-7.5898", 0 if typed else "0", 0 if typed else "0",
            s["consent"], s["uses"],
        ]
        if s["consent"] == "oui" or chosen:
            row += [(1 if typed else "1") if u in chosen else (0 if typed else "0") for u in USES]
        else:
            row += [""] * len(USES)
        row += [int(m["id"]) if typed else m["id"], m["uuid"],
                m["submitted"] if typed else m["submitted"].isoformat(timespec="seconds"),
                "", "", "submitted_via_web", "msc_demo_fr", "vQ8pXk2Lr9sTz4mN6bJc3A", "",
                i + 1 if typed else str(i + 1)]
        rows.append(row)
    return rows


def write_kpi_csv(path: Path) -> None:
    """(a) KPI CSV: ';', every field quoted, CRLF, UTF-8 without BOM."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(kpi_headers())
        w.writerows(kpi_rows())


def write_kpi_xlsx(path: Path) -> None:
    """(b) KPI XLSX: dates as Excel dates styled yyyy-mm-dd, plus a repeat sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 6, 1)
    ws = wb.active
    ws.title = "MSC - récits 2024"
    ws.append(kpi_headers())
    for row in kpi_rows(typed=True):
        ws.append(row)
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, (dt.date, dt.datetime)):
                cell.number_format = "yyyy-mm-dd"
    rep = wb.create_sheet("suivi")
    rep.append(["suivi/date_suivi", "suivi/note_suivi", "_index", "_parent_table_name",
                "_parent_index", "_submission__uuid"])
    rep.append([dt.date(2024, 6, 1), "Visite de suivi", 1, "MSC - récits 2024", 1,
                str(uuid.uuid5(NS, STORIES[0]["code"]))])
    rep["A2"].number_format = "yyyy-mm-dd"
    wb.save(path)


def write_odk_csv(path: Path) -> None:
    """(c) ODK Central CSV: ',', minimal quoting, LF, '-' groups, KEY, SubmissionDate."""
    headers = (["SubmissionDate", "start", "end", "date_entretien", "enqueteur"]
               + [f"grp_recit-{h}" for h in ("code_conteuse", "titre", "histoire", "pourquoi",
                                              "domaine", "langue", "traduction", "nb_personnes")]
               + ["grp_consent-consentement", "grp_consent-usages_consentement",
                  "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
                  "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits",
                  "FormVersion"])
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(headers)
        for i, s in enumerate(STORIES):
            m = _meta(i, s)
            key = "uuid:" + m["uuid"]
            w.writerow([
                m["submitted"].isoformat(timespec="milliseconds") + "Z", _iso_local(m["start"]),
                _iso_local(m["end"]), s["date"].isoformat(), s["enqueteur"], s["code"],
                s["titre"], s["histoire"], s["pourquoi"], s["domaine"], s["langue"],
                s["traduction"], s["nb"], s["consent"], s["uses"], key, key, "17",
                "tablette-clinique", "0", "0", "", "", "collect:Xq2Lm7", "0", "2024031201"])


def write_label_csv(path: Path) -> None:
    """(d) KPI CSV with French labels as headers ("Labels" export), separate choice columns."""
    uses_labels = [f"{LABELS['uses']}/{CHOICE_LABELS[u]}" for u in USES]
    headers = (["start", "end", LABELS["date"], LABELS["enqueteur"], LABELS["code"]]
               + [LABELS[k] for k in ("titre", "histoire", "pourquoi", "domaine", "langue",
                                      "traduction", "nb", "consent")]
               + [LABELS["uses"]] + uses_labels
               + ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
                  "_submitted_by", "__version__", "_tags", "_index"])
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(headers)
        for i, s in enumerate(STORIES):
            m = _meta(i, s)
            chosen = s["uses"].split()
            w.writerow(
                [_iso_local(m["start"]), _iso_local(m["end"]), s["date"].isoformat(),
                 s["enqueteur"], s["code"], s["titre"], s["histoire"], s["pourquoi"],
                 CHOICE_LABELS[s["domaine"]], CHOICE_LABELS[s["langue"]], s["traduction"], s["nb"],
                 CHOICE_LABELS.get(s["consent"], "")]
                + [" ".join(CHOICE_LABELS[u] for u in chosen)]
                + [("1" if u in chosen else "0") if s["consent"] else "" for u in USES]
                + [m["id"], m["uuid"], m["submitted"].isoformat(timespec="seconds"), "", "",
                   "submitted_via_web", "msc_demo_fr", "vQ8pXk2Lr9sTz4mN6bJc3A", "", str(i + 1)])


def _simple_csv(encoding: str) -> bytes:
    """A hand-made sheet saved by Excel (French locale): ';' and CRLF."""
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(["code_conteuse", "histoire", "pourquoi", "domaine", "date_entretien",
                "consentement", "usages_consentement", "enquêteur"])
    w.writerow(["CH-101", "J'ai retrouvé confiance grâce au groupe de parole ; "
                "ça a été long.", "Être écoutée, enfin.", "Estime de soi", "15/02/2024", "oui",
                "évaluation plaidoyer", "Hélène"])
    w.writerow(["CH-102", "Mon dossier médical est à jour, je n'ai plus peur d'être "
                "refusée à l'hôpital.", "La santé d'abord.", "Qualité de vie", "22/02/2024",
                "Oui", "évaluation", "Noémie"])
    return out.getvalue().encode(encoding)


def write_encodings(latin1: Path, bom: Path) -> None:
    """(e) the same small sheet in Latin-1 and in UTF-8 with a BOM."""
    latin1.write_bytes(_simple_csv("latin-1"))
    bom.write_bytes(_simple_csv("utf-8-sig"))


def main(out: Path = HERE) -> None:
    write_kpi_csv(out / "kpi_msc_fr_-_latest_version_-_False.csv")
    write_kpi_xlsx(out / "kpi_msc_fr_-_latest_version_-_False.xlsx")
    write_odk_csv(out / "odk_central_msc_fr.csv")
    write_label_csv(out / "kpi_msc_fr_-_latest_version_-_labels.csv")
    write_encodings(out / "excel_fr_latin1.csv", out / "excel_utf8_bom.csv")


if __name__ == "__main__":
    main()
