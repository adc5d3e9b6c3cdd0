"""Full-text search over the stories: SQLite FTS5 or PostgreSQL text search, ranked, with highlighted snippets.

What is searched: the fields as entered (title, text, significance, translation) and the storyteller's code,
the fields the story list's readers may read (the list only shows stories the reader may open:
``queries.visible_stories``). Erased stories are not indexed.

The index ``story_fts`` is kept in sync by database triggers on ``stories`` (insert, edit, erasure; a bulk or
Core write included), created with the table (``install``, from ``create_all`` and the migration); ``msc search
rebuild`` fills it again from the stories.

- SQLite: an FTS5 table (``unicode61``, diacritics removed: "societe" finds "société"); rowid = story id.
- PostgreSQL: a table with a ``tsvector`` (GIN index): French stemmed with accents folded (``msc_fr``: french +
  unaccent), English (``msc_en``) or simple tokens for Arabic and other languages (``msc_simple``) by the story's
  language, plus simple tokens for every story (codes, names, words of another language).
"""
from __future__ import annotations

import re

import sqlalchemy as sa
from markupsafe import Markup, escape

from ..extensions import db
from .models import Story

TABLE = "story_fts"  # spelled out in rebuild_with's constant statements too
START, STOP = "\x02", "\x03"  # around a matched word in a snippet; escaped text never holds them
_WORD = re.compile(r"\w+")
CONFIGS = {"fr": "msc_fr", "en": "msc_en"}  # any other language: msc_simple

SQLITE_INSTALL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS story_fts USING fts5(title, body, code, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    # The fields an index row holds, from a story row (n) and its storyteller.
    """CREATE TRIGGER IF NOT EXISTS story_fts_insert AFTER INSERT ON stories WHEN new.erased_at IS NULL BEGIN
        INSERT INTO story_fts(rowid, title, body, code) VALUES (new.id, new.title,
            new.text || ' ' || new.significance || ' ' || new.translation,
            coalesce((SELECT code FROM storytellers WHERE id = new.storyteller_id), ''));
    END""",
    """CREATE TRIGGER IF NOT EXISTS story_fts_update AFTER UPDATE OF title, text, significance, translation,
        storyteller_id, erased_at ON stories BEGIN
        DELETE FROM story_fts WHERE rowid = old.id;
        INSERT INTO story_fts(rowid, title, body, code) SELECT new.id, new.title,
            new.text || ' ' || new.significance || ' ' || new.translation,
            coalesce((SELECT code FROM storytellers WHERE id = new.storyteller_id), '') WHERE new.erased_at IS NULL;
    END""",
    # An erasure: the index is merged at once, so that no segment keeps the erased words.
    """CREATE TRIGGER IF NOT EXISTS story_fts_erase AFTER UPDATE OF erased_at ON stories
        WHEN new.erased_at IS NOT NULL AND old.erased_at IS NULL BEGIN
        DELETE FROM story_fts WHERE rowid = old.id;
        INSERT INTO story_fts(story_fts) VALUES ('optimize');
    END""",
    """CREATE TRIGGER IF NOT EXISTS story_fts_delete AFTER DELETE ON stories BEGIN
        DELETE FROM story_fts WHERE rowid = old.id;
    END""",
]
SQLITE_UNINSTALL = [*(f"DROP TRIGGER IF EXISTS story_fts_{event}" for event in ("insert", "update", "erase", "delete")),
                    "DROP TABLE IF EXISTS story_fts"]

_PG_CONFIG = """
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}' AND cfgnamespace = current_schema()::regnamespace)
  THEN
    CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base});
    ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word WITH {unaccent}, {dictionary};
  END IF;
END $$"""
PG_DOC = """setweight(to_tsvector(cfg, coalesce(n.title, '')), 'A')
            || to_tsvector(cfg, body)
            || to_tsvector('msc_simple', coalesce(n.title, '') || ' ' || body || ' ' || code)"""
_PG_ROW_FUNCTION = """CREATE OR REPLACE FUNCTION story_fts_row(n stories) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
        cfg regconfig := CASE n.language WHEN 'fr' THEN 'msc_fr'::regconfig WHEN 'en' THEN 'msc_en'::regconfig
                         ELSE 'msc_simple'::regconfig END;
        body text := concat_ws(' ', n.text, n.significance, n.translation);
        code text := coalesce((SELECT s.code FROM storytellers s WHERE s.id = n.storyteller_id), '');
    BEGIN
        DELETE FROM story_fts WHERE story_id = n.id;
        IF n.erased_at IS NULL THEN
            INSERT INTO story_fts (story_id, title, body, code, language, doc)
            VALUES (n.id, coalesce(n.title, ''), body, code, coalesce(n.language, ''), PG_DOC_EXPRESSION);
        END IF;
    END $$"""

PG_INSTALL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public",
    *(_PG_CONFIG.format(name=name, base=base, dictionary=dictionary, unaccent="{unaccent}")
      for name, base, dictionary in (("msc_fr", "french", "french_stem"), ("msc_en", "english", "english_stem"),
                                     ("msc_simple", "simple", "simple"))),
    """CREATE TABLE IF NOT EXISTS story_fts (
        story_id integer PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        title text NOT NULL, body text NOT NULL, code text NOT NULL, language text NOT NULL, doc tsvector NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_story_fts_doc ON story_fts USING gin (doc)",
    _PG_ROW_FUNCTION.replace("PG_DOC_EXPRESSION", PG_DOC),  # PG_DOC: this module's constant expression
    """CREATE OR REPLACE FUNCTION story_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM story_fts_row(NEW);
        RETURN NULL;
    END $$""",
    "DROP TRIGGER IF EXISTS story_fts_sync ON stories",
    """CREATE TRIGGER story_fts_sync AFTER INSERT OR UPDATE OF title, text, significance, translation,
        storyteller_id, erased_at, language ON stories FOR EACH ROW EXECUTE FUNCTION story_fts_sync()""",
]
PG_UNINSTALL = ["DROP TABLE IF EXISTS story_fts", "DROP TRIGGER IF EXISTS story_fts_sync ON stories",
                "DROP FUNCTION IF EXISTS story_fts_sync()", "DROP FUNCTION IF EXISTS story_fts_row(stories)"]


def _unaccent(connection) -> str:
    """The unaccent dictionary, qualified by the schema the extension lives in."""
    schema = connection.execute(sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'")).scalar()
    return f"{schema}.unaccent"


def install(connection) -> None:
    """Create the index, its triggers (and on PostgreSQL its text search configurations) if missing."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text(PG_INSTALL[0]))
        unaccent = _unaccent(connection)
        for statement in PG_INSTALL[1:]:
            connection.execute(sa.text(statement.replace("{unaccent}", unaccent)))
    else:
        for statement in SQLITE_INSTALL:
            connection.exec_driver_sql(statement)


def uninstall(connection) -> None:
    for statement in PG_UNINSTALL if connection.dialect.name == "postgresql" else SQLITE_UNINSTALL:
        connection.exec_driver_sql(statement)


def is_index_table(name: str) -> bool:
    """The index's own tables (FTS5 keeps shadow tables ``story_fts_*``), which the models do not describe."""
    return name == TABLE or name.startswith("story_fts_")


def register_schema_events() -> None:
    """Install the index whenever ``create_all`` creates the stories table; drop it before the stories go."""
    table = Story.__table__
    if not sa.event.contains(table, "after_create", _after_create):
        sa.event.listen(table, "after_create", _after_create)
        sa.event.listen(table, "before_drop", _before_drop)


def _after_create(target, connection, **kw) -> None:
    install(connection)


def _before_drop(target, connection, **kw) -> None:
    uninstall(connection)


def rebuild() -> int:
    """Empty the index and fill it again from every story not erased; returns how many were indexed."""
    return rebuild_with(db.session.connection())


def rebuild_with(connection) -> int:
    # the table is named in full here (story_fts, as TABLE): constant statements, nothing interpolated
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("DELETE FROM story_fts"))
        connection.execute(sa.text("SELECT count(story_fts_row(s)) FROM stories s WHERE s.erased_at IS NULL"))
    else:
        connection.exec_driver_sql("DELETE FROM story_fts")
        connection.exec_driver_sql(
            "INSERT INTO story_fts(rowid, title, body, code) SELECT s.id, s.title, "
            "s.text || ' ' || s.significance || ' ' || s.translation, coalesce(t.code, '') "
            "FROM stories s LEFT JOIN storytellers t ON t.id = s.storyteller_id WHERE s.erased_at IS NULL")
        connection.exec_driver_sql("INSERT INTO story_fts(story_fts) VALUES ('optimize')")
    refresh_statistics(connection)
    return connection.execute(sa.text("SELECT count(*) FROM story_fts")).scalar()


def refresh_statistics(connection) -> None:
    """Gather the query planner's statistics (``ANALYZE``, about a second at 100,000 stories).

    Without them SQLite guesses that any indexed equality is selective and, at scale, walks a whole period
    instead of one clinic; PostgreSQL, until autovacuum comes by, plans for a nearly empty table."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("ANALYZE")
    else:
        connection.exec_driver_sql("ANALYZE stories, storytellers, consents, pseudonym_approvals, story_fts")


def after_import(story_ids) -> None:
    """AFTER_IMPORT: a big import changes the tables' shape; refresh the planner's statistics."""
    if len(story_ids) >= 500:
        refresh_statistics(db.session.connection())
        db.session.commit()


# -- searching ---------------------------------------------------------------

def _words(terms: list[str]) -> list[str]:
    """The query's words as the index cuts them (letters and digits), at most 10."""
    return [w for t in terms for w in _WORD.findall(t)][:10]


def _fts():
    return sa.table(TABLE, sa.column("rowid"), sa.column(TABLE))


def _sqlite_query(words: list[str]) -> str:
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _is_pg() -> bool:
    return db.session.get_bind().dialect.name == "postgresql"


def matches(terms: list[str]):
    """(a subquery of story_id, rank) of the stories holding every word (as a prefix), lower rank first;
    None when the query has no word."""
    words = _words(terms)
    if not words:
        return None
    if _is_pg():
        fts, tsquery = _pg_table(), _pg_query(words)
        return sa.select(fts.c.story_id.label("story_id"), (-sa.func.ts_rank(fts.c.doc, tsquery)).label("rank")) \
            .where(fts.c.doc.op("@@")(tsquery)).subquery()
    fts = _fts()
    return sa.select(fts.c.rowid.label("story_id"), sa.func.bm25(sa.literal_column(TABLE)).label("rank")) \
        .select_from(fts).where(sa.literal_column(TABLE).op("MATCH")(_sqlite_query(words))).subquery()


def snippets(terms: list[str], story_ids: list[int]) -> dict[int, Markup]:
    """The highlighted passages of the page's stories (one short query for the page, never for every match)."""
    words = _words(terms)
    if not words or not story_ids:
        return {}
    if _is_pg():
        from sqlalchemy.dialects.postgresql import REGCONFIG

        fts, tsquery = _pg_table(), _pg_query(words)
        cfg = sa.case(*((fts.c.language == lang, sa.cast(name, REGCONFIG)) for lang, name in CONFIGS.items()),
                      else_=sa.cast("msc_simple", REGCONFIG))
        text = fts.c.title.op("||")(" — ").op("||")(fts.c.body)
        query = sa.select(fts.c.story_id, sa.func.ts_headline(
            cfg, text, tsquery, f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2, "
            'FragmentDelimiter=" … "')).where(fts.c.story_id.in_(story_ids))
    else:
        fts = _fts()
        query = sa.select(fts.c.rowid, sa.func.snippet(sa.literal_column(TABLE), -1, START, STOP, "…", 16)) \
            .select_from(fts).where(sa.literal_column(TABLE).op("MATCH")(_sqlite_query(words)),
                                    fts.c.rowid.in_(story_ids))
    return {story_id: highlighted(text) for story_id, text in db.session.execute(query)}


def _pg_table():
    from sqlalchemy.dialects.postgresql import TSVECTOR

    return sa.table(TABLE, sa.column("story_id"), sa.column("body"), sa.column("title"), sa.column("language"),
                    sa.column("doc", TSVECTOR))


def _pg_query(words: list[str]):
    """Every word (a prefix) in French, English or simple tokens: (fr || en || simple) && ... for each word."""
    from sqlalchemy.dialects.postgresql import REGCONFIG

    def word_query(word: str):
        parts = [sa.func.to_tsquery(sa.cast(cfg, REGCONFIG), f"{word}:*") for cfg in ("msc_fr", "msc_en", "msc_simple")]
        return parts[0].op("||")(parts[1]).op("||")(parts[2])

    tsquery = word_query(words[0])
    for word in words[1:]:
        tsquery = tsquery.op("&&")(word_query(word))
    return tsquery


def highlighted(snippet: str | None) -> Markup:
    """A snippet as HTML: the text escaped, the matched words in <mark>."""
    text = str(escape(snippet or ""))
    # Reviewed (B704): the snippet was escaped just above; only our own <mark> tags are added
    return Markup(text.replace(START, "<mark>").replace(STOP, "</mark>"))  # nosec B704
