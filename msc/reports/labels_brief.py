"""The words of the policy brief (the advocacy note), in French, English and Arabic.

Merged into ``labels.LABELS``; kept apart so a translator reads the brief's words in one place. Figures are
filled in by ``str.format``; every count a sentence quotes comes from ``schema.NoteFigures``.
"""

from __future__ import annotations

BRIEF: dict[str, dict[str, str]] = {
    "fr": {
        "brief_kind": "Note de plaidoyer",
        "key_messages": "Messages clés",
        "recommendations": "Recommandations",
        "rec_stories": "(récits {refs} de l'annexe 1)",
        "what_changed": "Ce qui a changé, selon les récits",
        "theme_line": "« {theme} » : {selected} des {n_selected} récits retenus, {all} des {n_all} récits soumis.",
        "voices": "Ce que disent les personnes",
        "box_why": "Pourquoi c'est important pour la personne : ",
        "box_panel": "Pourquoi le comité l'a retenu : ",
        "methods": "Méthode",
        "methods_text": (
            "Cette note suit la technique du changement le plus significatif (Most Significant Change) : des "
            "personnes accompagnées racontent le changement le plus important pour elles, puis des comités le "
            "choisissent, niveau par niveau ({levels}), en consignant leurs raisons. Seuls les récits dont la "
            "personne a consenti à un usage anonyme en plaidoyer sont cités ; les noms et les lieux ont été "
            "changés. Le détail figure en annexe 3."
        ),
        "annex_stories": "Annexe 1 : les récits sélectionnés",
        "annex_figures": "Annexe 2 : les tableaux des chiffres",
        "annex_method": "Annexe 3 : la méthodologie détaillée",
        "draft_mark": "PROJET — non approuvé",
        "translated_from": "Traduit de : {lang}",
        "lang_fr": "français", "lang_en": "anglais", "lang_ar": "arabe / darija", "lang_other": "une autre langue",
        "figures_text": (
            "Pendant la période, {collected} récit(s) ont été recueillis et {submitted} soumis ; le consentement "
            "de {advocacy} d'entre eux couvre le plaidoyer.{selection} Cette note cite {in_note} récit(s)."
        ),
        "selection_clause": " Au niveau « {level} », {selected} récit(s) retenu(s) sur {candidates} candidat(s).",
        "table": "Tableau {n} : {caption}",
        "cap_unit_domain": "récits soumis, par unité et par domaine (total : {n})",
        "cap_themes": "nombre de récits où chaque thème apparaît, parmi les récits soumis et les récits retenus",
        "cap_funnel": "récits candidats et retenus à chaque niveau de sélection",
        "cap_numbers": "les chiffres de la période, tels que définis une seule fois pour toute la note",
        "cap_rounds": "séances de sélection finalisées de la période (comités décrits par rôle)",
        "cap_domains": "domaines de changement de la période et question posée",
        "cap_people": "récits soumis de la période, personnes qui les ont racontés et animateur·rices qui les ont recueillis",
        "stage_collected": "Recueillis",
        "stage_submitted": "Soumis",
        "stage_candidates": "Candidats ({level})",
        "stage_selected": "Retenus ({level})",
        "n_submitted": "Récits soumis",
        "n_advocacy": "Récits soumis dont le consentement couvre le plaidoyer",
        "n_in_note": "Récits cités dans cette note",
        "n_selected_any": "Récits soumis retenus à un niveau au moins",
        "n_excluded_translation": "Récits écartés faute de traduction approuvée dans la langue de la note",
        "previous": "Période précédente ({period}) : {submitted} récit(s) soumis, {selected} retenu(s) au "
                    "niveau le plus haut.",
        "no_previous": "Aucune période précédente à comparer.",
        "feedback": "Retour à la personne",
        "story_ref": "Récit {n}",
        "sugg_domain": "{k} des {n} récits retenus au niveau « {level} » concernent « {domain} ».",
        "sugg_theme": "« {theme} » revient dans {k} des {n} récits retenus.",
        "sugg_funnel": "{selected} récit(s) retenu(s) au niveau « {level} » sur {submitted} soumis par {units} "
                       "unité(s).",
        "title_proposal": "{domain} : ce qui a changé pour les personnes accompagnées",
        "title_default": "Ce qui a changé pour les personnes accompagnées",
    },
    "en": {
        "brief_kind": "Policy brief",
        "key_messages": "Key messages",
        "recommendations": "Recommendations",
        "rec_stories": "(stories {refs} in Annex 1)",
        "what_changed": "What changed, according to the stories",
        "theme_line": "“{theme}”: {selected} of the {n_selected} selected stories, {all} of the {n_all} "
                      "submitted stories.",
        "voices": "In their own words",
        "box_why": "Why it matters to the storyteller: ",
        "box_panel": "Why the panel chose it: ",
        "methods": "Methods",
        "methods_text": (
            "This brief follows the Most Significant Change technique: people the programme supports tell the "
            "change that mattered most to them, then panels choose the most significant stories level by level "
            "({levels}) and record why. Only stories whose tellers consented to anonymous use in advocacy are "
            "quoted; names and places have been changed. Details are in Annex 3."
        ),
        "annex_stories": "Annex 1: the selected stories",
        "annex_figures": "Annex 2: figure tables",
        "annex_method": "Annex 3: detailed methodology",
        "draft_mark": "DRAFT — not approved",
        "translated_from": "Translated from {lang}",
        "lang_fr": "French", "lang_en": "English", "lang_ar": "Arabic / Darija", "lang_other": "another language",
        "figures_text": (
            "During the period, {collected} story(ies) were collected and {submitted} submitted; the consent of "
            "{advocacy} of them covers advocacy.{selection} This brief quotes {in_note} story(ies)."
        ),
        "selection_clause": " At the {level} level, {selected} story(ies) were selected out of {candidates} "
                            "candidate(s).",
        "table": "Table {n}: {caption}",
        "cap_unit_domain": "submitted stories, by unit and domain (total: {n})",
        "cap_themes": "number of stories in which each theme appears, among submitted and selected stories",
        "cap_funnel": "candidate and selected stories at each selection level",
        "cap_numbers": "the period's figures, defined once for the whole brief",
        "cap_rounds": "finalised selection rounds of the period (panels described by role)",
        "cap_domains": "domains of change of the period and the question asked",
        "cap_people": "the period's submitted stories, the people who told them and the facilitators who collected them",
        "stage_collected": "Collected",
        "stage_submitted": "Submitted",
        "stage_candidates": "Candidates ({level})",
        "stage_selected": "Selected ({level})",
        "n_submitted": "Stories submitted",
        "n_advocacy": "Submitted stories whose consent covers advocacy",
        "n_in_note": "Stories quoted in this brief",
        "n_selected_any": "Submitted stories selected at one level at least",
        "n_excluded_translation": "Stories left out for lack of an approved translation into the brief's language",
        "previous": "Previous period ({period}): {submitted} story(ies) submitted, {selected} selected at the "
                    "highest level.",
        "no_previous": "No previous period to compare with.",
        "feedback": "Feedback to the storyteller",
        "story_ref": "Story {n}",
        "sugg_domain": "{k} of the {n} stories selected at the {level} level concern {domain}.",
        "sugg_theme": "“{theme}” comes up in {k} of the {n} selected stories.",
        "sugg_funnel": "{selected} story(ies) selected at the {level} level out of {submitted} submitted by "
                       "{units} unit(s).",
        "title_proposal": "{domain}: what changed for the people supported",
        "title_default": "What changed for the people supported",
    },
    "ar": {
        "brief_kind": "موجز سياساتي",
        "key_messages": "الرسائل الرئيسية",
        "recommendations": "التوصيات",
        "rec_stories": "(القصص {refs} في الملحق 1)",
        "what_changed": "ما الذي تغيّر بحسب القصص",
        "theme_line": "«{theme}»: {selected} من أصل {n_selected} قصة مختارة، و{all} من أصل {n_all} قصة مقدمة.",
        "voices": "بكلماتهن",
        "box_why": "لماذا يهم ذلك صاحبة القصة: ",
        "box_panel": "لماذا اختارتها اللجنة: ",
        "methods": "المنهجية",
        "methods_text": (
            "يتبع هذا الموجز تقنية التغيير الأكثر أهمية: يروي الأشخاص الذين يرافقهم البرنامج التغيير الأهم "
            "بالنسبة إليهم، ثم تختار لجان على كل مستوى ({levels}) أكثر القصص أهمية وتسجل أسبابها. لا يُقتبس إلا "
            "من القصص التي وافق أصحابها على استعمالها دون كشف الهوية في المناصرة، وقد غُيّرت الأسماء والأماكن. "
            "التفاصيل في الملحق 3."
        ),
        "annex_stories": "ملحق 1: القصص المختارة",
        "annex_figures": "ملحق 2: جداول الأرقام",
        "annex_method": "ملحق 3: المنهجية المفصلة",
        "draft_mark": "مسودة — غير معتمدة",
        "translated_from": "مترجمة من {lang}",
        "lang_fr": "الفرنسية", "lang_en": "الإنجليزية", "lang_ar": "العربية / الدارجة", "lang_other": "لغة أخرى",
        "figures_text": (
            "خلال الفترة جُمعت {collected} قصة وقُدّمت {submitted} منها؛ وتشمل موافقة {advocacy} منها الاستعمال "
            "في المناصرة.{selection} ويقتبس هذا الموجز من {in_note} قصة."
        ),
        "selection_clause": " على مستوى «{level}» اختيرت {selected} قصة من أصل {candidates} قصة مرشحة.",
        "table": "الجدول {n}: {caption}",
        "cap_unit_domain": "القصص المقدمة حسب الوحدة والمجال (المجموع: {n})",
        "cap_themes": "عدد القصص التي يظهر فيها كل موضوع، بين القصص المقدمة والقصص المختارة",
        "cap_funnel": "القصص المرشحة والمختارة على كل مستوى اختيار",
        "cap_numbers": "أرقام الفترة كما عُرّفت مرة واحدة للموجز كله",
        "cap_rounds": "جلسات الاختيار المعتمدة خلال الفترة (اللجان موصوفة حسب الأدوار)",
        "cap_domains": "مجالات التغيير في الفترة والسؤال المطروح",
        "cap_people": "القصص المقدمة في الفترة والأشخاص الذين رووها والميسّرون الذين جمعوها",
        "stage_collected": "المجموعة",
        "stage_submitted": "المقدمة",
        "stage_candidates": "المرشحة ({level})",
        "stage_selected": "المختارة ({level})",
        "n_submitted": "القصص المقدمة",
        "n_advocacy": "القصص المقدمة التي تشمل موافقتها المناصرة",
        "n_in_note": "القصص المقتبسة في هذا الموجز",
        "n_selected_any": "القصص المقدمة المختارة على مستوى واحد على الأقل",
        "n_excluded_translation": "قصص استُبعدت لعدم وجود ترجمة معتمدة إلى لغة الموجز",
        "previous": "الفترة السابقة ({period}): {submitted} قصة مقدمة، و{selected} مختارة على أعلى مستوى.",
        "no_previous": "لا توجد فترة سابقة للمقارنة.",
        "feedback": "الإرجاع إلى صاحبة القصة",
        "story_ref": "القصة {n}",
        "sugg_domain": "{k} من أصل {n} قصة مختارة على مستوى «{level}» تتعلق بـ«{domain}».",
        "sugg_theme": "يتكرر موضوع «{theme}» في {k} من أصل {n} قصة مختارة.",
        "sugg_funnel": "اختيرت {selected} قصة على مستوى «{level}» من أصل {submitted} قصة قدمتها {units} وحدة.",
        "title_proposal": "{domain}: ما الذي تغيّر للأشخاص المرافَقين",
        "title_default": "ما الذي تغيّر للأشخاص المرافَقين",
    },
}

# How a story was checked (MSC step 7) and how the storyteller heard back (step 6), as recorded.
FOLLOWUP: dict[str, dict[str, str]] = {
    "fr": {
        "verified_line": "{outcome} — {method}, {date}",
        "domains_added": "Domaines de changement ajoutés pour cette période : {domains}.",
        "domains_retired": "Domaines retirés depuis la période précédente : {domains}.",
        "vm_visit": "visite", "vm_call": "appel", "vm_document": "document", "vm_staff": "recoupement avec l'équipe",
        "vo_confirmed": "confirmé", "vo_partly": "confirmé en partie", "vo_not_confirmed": "non confirmé",
        "vo_not_possible": "vérification impossible",
        "fb_in_person": "retour fait en personne, {date}", "fb_phone": "retour fait par téléphone, {date}",
        "fb_not_reachable": "personne injoignable pour le retour", "fb_declined": "la personne n'a pas souhaité de retour",
    },
    "en": {
        "verified_line": "{outcome} — {method}, {date}",
        "domains_added": "Domains of change added for this period: {domains}.",
        "domains_retired": "Domains retired since the previous period: {domains}.",
        "vm_visit": "visit", "vm_call": "call", "vm_document": "document", "vm_staff": "cross-check with staff",
        "vo_confirmed": "confirmed", "vo_partly": "partly confirmed", "vo_not_confirmed": "not confirmed",
        "vo_not_possible": "verification not possible",
        "fb_in_person": "told in person, {date}", "fb_phone": "told by phone, {date}",
        "fb_not_reachable": "storyteller not reachable for feedback", "fb_declined": "storyteller declined feedback",
    },
    "ar": {
        "verified_line": "{outcome} — {method}، {date}",
        "domains_added": "مجالات التغيير المضافة في هذه الفترة: {domains}.",
        "domains_retired": "المجالات التي سُحبت منذ الفترة السابقة: {domains}.",
        "vm_visit": "زيارة", "vm_call": "مكالمة", "vm_document": "وثيقة", "vm_staff": "مقارنة مع الفريق",
        "vo_confirmed": "مؤكَّد", "vo_partly": "مؤكَّد جزئياً", "vo_not_confirmed": "غير مؤكَّد",
        "vo_not_possible": "تعذّر التحقق",
        "fb_in_person": "أُبلغت شخصياً، {date}", "fb_phone": "أُبلغت بالهاتف، {date}",
        "fb_not_reachable": "تعذّر الوصول إلى صاحبة القصة لإبلاغها", "fb_declined": "لم ترغب صاحبة القصة في الإبلاغ",
    },
}
for _lang, _words in FOLLOWUP.items():
    BRIEF[_lang].update(_words)
