"""Default data loaded by `msc init`: a programme with the usual domains of change."""
import click
import sqlalchemy as sa
from flask.cli import with_appcontext

from .extensions import db
from .features import features
from .programmes import operations as pops
from .programmes.models import Programme

DEFAULT_DOMAINS = [
    ("quality_of_life", {"fr": "Qualité de vie", "en": "Quality of life", "ar": "جودة الحياة"},
     {"fr": "Depuis que vous participez au projet, quel est le changement le plus important dans votre vie quotidienne ?",
      "en": "Since you joined the project, what is the most significant change in your daily life?",
      "ar": "منذ مشاركتك في المشروع، ما هو أهم تغيير في حياتك اليومية؟"}),
    ("self_esteem", {"fr": "Estime de soi", "en": "Self-esteem", "ar": "تقدير الذات"},
     {"fr": "Quel est le changement le plus important dans la façon dont vous vous voyez ?",
      "en": "What is the most significant change in how you see yourself?",
      "ar": "ما هو أهم تغيير في نظرتك إلى نفسك؟"}),
    ("autonomy", {"fr": "Autonomie", "en": "Autonomy", "ar": "الاستقلالية"},
     {"fr": "Quel est le changement le plus important dans votre capacité à décider et à agir pour vous-même ?",
      "en": "What is the most significant change in your ability to decide and act for yourself?",
      "ar": "ما هو أهم تغيير في قدرتك على اتخاذ القرار والتصرف بنفسك؟"}),
    ("rights_justice", {"fr": "Accès aux droits et à la justice", "en": "Access to rights and justice",
                        "ar": "الوصول إلى الحقوق والعدالة"},
     {"fr": "Quel est le changement le plus important dans l'accès à vos droits ou à la justice ?",
      "en": "What is the most significant change in your access to your rights or to justice?",
      "ar": "ما هو أهم تغيير في وصولك إلى حقوقك أو إلى العدالة؟"}),
    ("health", {"fr": "Santé", "en": "Health", "ar": "الصحة"},
     {"fr": "Quel est le changement le plus important pour votre santé ?",
      "en": "What is the most significant change for your health?",
      "ar": "ما هو أهم تغيير بالنسبة لصحتك؟"}),
    ("other", {"fr": "Autre changement", "en": "Any other change", "ar": "تغيير آخر"},
     {"fr": "Y a-t-il un autre changement important dont vous voudriez parler ?",
      "en": "Is there any other significant change you would like to talk about?",
      "ar": "هل هناك تغيير مهم آخر تودين الحديث عنه؟"}),
]


def ensure_domains(programme: Programme) -> None:
    """Add the default domains that the programme lacks (never changes existing ones)."""
    existing = {d.key for d in programme.domains}
    for position, (key, labels, questions) in enumerate(DEFAULT_DOMAINS):
        if key not in existing:
            pops.save_domain(programme, key, labels, questions, is_open=(key == "other"), position=position)


def load_defaults() -> Programme:
    """Create a first programme with one level and one unit when the database has none."""
    programme = db.session.scalar(sa.select(Programme).order_by(Programme.id).limit(1))
    if programme is None:
        programme = pops.create_programme("Programme MSC", languages="fr,en")
        level = pops.save_level(programme, 1, {"fr": "Collecte", "en": "Collection", "ar": "الجمع"})
        pops.save_unit(programme, "ORG", "Organisation", level, None)
        ensure_domains(programme)
    for hook in features().default_hooks:  # other packages' defaults (the codebook, …)
        hook(programme)
    return programme


@click.command("init")
@with_appcontext
def init_command():
    """Bring the database up to date (migrations) and load the default data."""
    from flask_migrate import upgrade

    upgrade()
    load_defaults()
    db.session.commit()
    click.echo("Database ready.")
