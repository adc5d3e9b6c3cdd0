"""Packaging beyond pyproject.toml: the top-level templates/ and migrations/ travel inside the
wheel as msc/templates and msc/migrations, and the translations are compiled (.po -> .mo) at build.

Metadata and dependencies are in pyproject.toml; `pip wheel .` builds the installable package.
"""
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithCatalogs(build_py):
    """build_py that also writes msc/translations/*/LC_MESSAGES/messages.mo from the .po files."""

    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout: `make translations` compiles there
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in sorted((HERE / "msc" / "translations").glob("*/LC_MESSAGES/*.po")):
            target = Path(self.build_lib) / po.relative_to(HERE).with_suffix(".mo")
            target.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as source:
                catalog = read_po(source, locale=po.parts[-3])
            with target.open("wb") as out:
                write_mo(out, catalog, use_fuzzy=False)


MAPPED = {"msc.templates": "templates", "msc.migrations": "migrations"}  # top-level folder -> package


def packages() -> list[str]:
    """msc and its folders (static/, translations/ included), then the mapped folders and theirs."""
    found = find_namespace_packages(include=["msc", "msc.*"], exclude=["*__pycache__*"])
    for name, folder in MAPPED.items():
        found += [name] + [f"{name}.{sub}" for sub in find_namespace_packages(where=folder, exclude=["*__pycache__*"])]
    return found


setup(
    packages=packages(),
    package_dir=MAPPED,
    package_data={"": ["*.json", "*.yaml", "*.csv", "*.txt", "*.xsd", "*.html", "*.css", "*.js", "*.po", "*.pot",
                       "LICENSE", "VERSION", "alembic.ini", "*.mako", "README", "*.model"]},
    cmdclass={"build_py": BuildWithCatalogs},
)
