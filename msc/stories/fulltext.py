"""Full-text search over the stories: SQLite FTS5 or PostgreSQL text search, ranked, with highlighted snippets.

Two indexes, one per way of reading a story (``analysis.release``: the one release rule):

- ``story_fts``, the fields as entered (title, text, significance, translation) and the storyteller's code: what
  the story's OWN unit's facilitators and coordinators, and admins, search (``Story.own_unit_ids``);
- ``story_released_fts``, the approved pseudonymised fields (``pseudonym_approvals``), never the code: what every
  other reader of the list (coordinators of the units above: national office, funder) searches. A story has a
  row there only while its pseudonymisation is approved, it is not erased and its consent was not withdrawn;
  the list keeps a story matched there only if its approval still matches its fields and masks
  (``Features.released_checks``: the analysis' own check, ``approved_sets.approved_ids``).

So a reader above a unit cannot learn, by typing a name, whether a story of that unit holds it: they match
and read (snippets) the released words only. Erased stories are in neither index.

Both are kept in sync by database triggers (insert, edit, erasure of a story; approval, re-approval, approval
voided; consent withdrawn; a bulk or Core write included), created with the tables (``install``, from
``create_all`` and the migrations); ``msc search rebuild`` fills both again.

- SQLite: FTS5 tables (``unicode61``, diacritics removed: "societe" finds "société"); rowid = story id.
- PostgreSQL: tables with a ``tsvector`` (GIN index): French stemmed with accents folded (``msc_fr``: french +
  unaccent), English (``msc_en``) or simple tokens for Arabic and other languages (``msc_simple``) by the story's
  language, plus simple tokens for every story (codes, names, words of another language).

At scale a search costs what it shows (issue 15): the matches are taken newest first, at most ``CAP`` of them
(an index walk that stops there), ranked among themselves, counted up to ``CAP`` ("more than 1,000").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from markupsafe import Markup, escape

from ..extensions import db
from .models import Consent, Story
from .search import fold

TABLE = "story_fts"  # spelled out in rebuild_with's constant statements too
RELEASED = "story_released_fts"  # the approved pseudonymised fields (likewise spelled out)
CAP = 1000  # matches taken, ranked and counted at most (newest first)
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

# The released index: one row per story whose pseudonymisation is approved, not erased, consent not withdrawn.
# NOT_WITHDRAWN(x): ``Consent.is_withdrawn`` compiled (the rule's one home), for the story id x.
_SQLITE_RELEASED_FILL = """INSERT INTO story_released_fts(rowid, title, body)
        SELECT a.story_id, a.title, a.text || ' ' || a.significance || ' ' || a.translation
        FROM pseudonym_approvals a JOIN stories s ON s.id = a.story_id
        WHERE a.story_id = STORY_ID AND s.erased_at IS NULL AND NOT_WITHDRAWN(a.story_id);"""
SQLITE_RELEASED_INSTALL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS story_released_fts USING fts5(title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    """CREATE TRIGGER IF NOT EXISTS story_released_fts_approve AFTER INSERT ON pseudonym_approvals BEGIN
        DELETE FROM story_released_fts WHERE rowid = new.story_id;
        FILL_NEW_STORY
    END""",
    """CREATE TRIGGER IF NOT EXISTS story_released_fts_reapprove AFTER UPDATE ON pseudonym_approvals BEGIN
        DELETE FROM story_released_fts WHERE rowid IN (old.story_id, new.story_id);
        FILL_NEW_STORY
    END""",
    """CREATE TRIGGER IF NOT EXISTS story_released_fts_void AFTER DELETE ON pseudonym_approvals BEGIN
        DELETE FROM story_released_fts WHERE rowid = old.story_id;
    END""",
    """CREATE TRIGGER IF NOT EXISTS story_released_fts_consent AFTER UPDATE ON consents BEGIN
        DELETE FROM story_released_fts WHERE rowid = new.story_id;
        FILL_NEW_STORY
    END""",
    """CREATE TRIGGER IF NOT EXISTS story_released_fts_consent_new AFTER INSERT ON consents BEGIN
        DELETE FROM story_released_fts WHERE rowid = new.story_id;
        FILL_NEW_STORY
    END""",
    # An erasure: merged at once, as story_fts, so that no segment keeps the erased words.
    """CREATE TRIGGER IF NOT EXISTS story_released_fts_erase AFTER UPDATE OF erased_at ON stories
        WHEN new.erased_at IS NOT NULL AND old.erased_at IS NULL BEGIN
        DELETE FROM story_released_fts WHERE rowid = old.id;
        INSERT INTO story_released_fts(story_released_fts) VALUES ('optimize');
    END""",
    """CREATE TRIGGER IF NOT EXISTS story_released_fts_delete AFTER DELETE ON stories BEGIN
        DELETE FROM story_released_fts WHERE rowid = old.id;
    END""",
]
SQLITE_RELEASED_UNINSTALL = [
    *(f"DROP TRIGGER IF EXISTS story_released_fts_{event}"
      for event in ("approve", "reapprove", "void", "consent", "consent_new", "erase", "delete")),
    "DROP TABLE IF EXISTS story_released_fts"]

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

PG_RELEASED_DOC = """setweight(to_tsvector(cfg, coalesce(a.title, '')), 'A')
            || to_tsvector(cfg, body)
            || to_tsvector('msc_simple', coalesce(a.title, '') || ' ' || body)"""
_PG_RELEASED_ROW = """CREATE OR REPLACE FUNCTION story_released_fts_row(sid integer) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
        a pseudonym_approvals;
        s stories;
        cfg regconfig;
        body text;
    BEGIN
        DELETE FROM story_released_fts WHERE story_id = sid;
        SELECT * INTO a FROM pseudonym_approvals WHERE story_id = sid;
        SELECT * INTO s FROM stories WHERE id = sid;
        IF a.story_id IS NULL OR s.id IS NULL OR s.erased_at IS NOT NULL OR NOT NOT_WITHDRAWN(sid) THEN
            RETURN;
        END IF;
        cfg := CASE s.language WHEN 'fr' THEN 'msc_fr'::regconfig WHEN 'en' THEN 'msc_en'::regconfig
               ELSE 'msc_simple'::regconfig END;
        body := concat_ws(' ', a.text, a.significance, a.translation);
        INSERT INTO story_released_fts (story_id, title, body, language, doc)
        VALUES (sid, coalesce(a.title, ''), body, coalesce(s.language, ''), PG_DOC_EXPRESSION);
    END $$"""
PG_RELEASED_INSTALL = [
    """CREATE TABLE IF NOT EXISTS story_released_fts (
        story_id integer PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        title text NOT NULL, body text NOT NULL, language text NOT NULL, doc tsvector NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_story_released_fts_doc ON story_released_fts USING gin (doc)",
    _PG_RELEASED_ROW.replace("PG_DOC_EXPRESSION", PG_RELEASED_DOC),  # this module's constant expression
    """CREATE OR REPLACE FUNCTION story_released_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_TABLE_NAME = 'stories' THEN
            PERFORM story_released_fts_row(NEW.id);
        ELSIF TG_OP = 'DELETE' THEN
            PERFORM story_released_fts_row(OLD.story_id);
        ELSE
            PERFORM story_released_fts_row(NEW.story_id);
        END IF;
        RETURN NULL;
    END $$""",
    "DROP TRIGGER IF EXISTS story_released_fts_sync ON pseudonym_approvals",
    """CREATE TRIGGER story_released_fts_sync AFTER INSERT OR UPDATE OR DELETE ON pseudonym_approvals
        FOR EACH ROW EXECUTE FUNCTION story_released_fts_sync()""",
    "DROP TRIGGER IF EXISTS story_released_fts_sync ON consents",
    """CREATE TRIGGER story_released_fts_sync AFTER INSERT OR UPDATE ON consents
        FOR EACH ROW EXECUTE FUNCTION story_released_fts_sync()""",
    "DROP TRIGGER IF EXISTS story_released_fts_sync ON stories",
    """CREATE TRIGGER story_released_fts_sync AFTER UPDATE OF erased_at, language ON stories
        FOR EACH ROW EXECUTE FUNCTION story_released_fts_sync()""",
]
PG_RELEASED_UNINSTALL = ["DROP TABLE IF EXISTS story_released_fts",
                         "DROP FUNCTION IF EXISTS story_released_fts_sync() CASCADE",
                         "DROP FUNCTION IF EXISTS story_released_fts_row(integer)"]


def _not_withdrawn(story_id: str, dialect) -> str:
    """``NOT Consent.is_withdrawn`` for the story ``story_id`` (an SQL name), compiled for a trigger or function."""
    clause = ~sa.exists().where(Consent.story_id == sa.literal_column(story_id), Consent.is_withdrawn)
    return str(clause.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def _released_statements(connection) -> list[str]:
    """The released index's statements for this database, its consent condition compiled in."""
    dialect = connection.dialect
    if dialect.name == "postgresql":
        return [st.replace("NOT_WITHDRAWN(sid)", "(" + _not_withdrawn("sid", dialect) + ")")
                for st in PG_RELEASED_INSTALL]
    fill = _SQLITE_RELEASED_FILL.replace("NOT_WITHDRAWN(a.story_id)", _not_withdrawn("a.story_id", dialect))
    return [st.replace("FILL_NEW_STORY", fill.replace("STORY_ID", "new.story_id")) for st in SQLITE_RELEASED_INSTALL]


def _unaccent(connection) -> str:
    """The unaccent dictionary, qualified by the schema the extension lives in."""
    schema = connection.execute(sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'")).scalar()
    return f"{schema}.unaccent"


def install(connection) -> None:
    """Create both indexes, their triggers (and on PostgreSQL its text search configurations) if missing."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text(PG_INSTALL[0]))
        unaccent = _unaccent(connection)
        for statement in PG_INSTALL[1:]:
            connection.execute(sa.text(statement.replace("{unaccent}", unaccent)))
    else:
        for statement in SQLITE_INSTALL:
            connection.exec_driver_sql(statement)
    install_released(connection)


def install_released(connection) -> None:
    """The released index (the approved pseudonymised fields) and its triggers, once its tables exist."""
    inspector = sa.inspect(connection)
    if not all(inspector.has_table(name) for name in ("stories", "consents", "pseudonym_approvals")):
        return  # a partial create_all: installed with the last of them (``register_schema_events``)
    for statement in _released_statements(connection):
        connection.exec_driver_sql(statement)


def uninstall(connection) -> None:
    uninstall_released(connection)
    for statement in PG_UNINSTALL if connection.dialect.name == "postgresql" else SQLITE_UNINSTALL:
        connection.exec_driver_sql(statement)


def uninstall_released(connection) -> None:
    pg = connection.dialect.name == "postgresql"
    for statement in PG_RELEASED_UNINSTALL if pg else SQLITE_RELEASED_UNINSTALL:
        connection.exec_driver_sql(statement)


def is_index_table(name: str) -> bool:
    """The indexes' own tables (FTS5 keeps shadow tables ``story_fts_*``), which the models do not describe."""
    return any(name == table or name.startswith(f"{table}_") for table in (TABLE, RELEASED))


def register_schema_events() -> None:
    """Install the indexes whenever ``create_all`` creates the stories table (the released one once the approvals
    and consents exist too: after the whole ``create_all``); drop them before the stories go."""
    table = Story.__table__
    if not sa.event.contains(table, "after_create", _after_create):
        sa.event.listen(table, "after_create", _after_create)
        sa.event.listen(table, "before_drop", _before_drop)
    if not sa.event.contains(db.metadata, "after_create", _after_create_all):
        sa.event.listen(db.metadata, "after_create", _after_create_all)


def _after_create(target, connection, **kw) -> None:
    install(connection)


def _after_create_all(target, connection, **kw) -> None:
    if sa.inspect(connection).has_table("stories"):
        install_released(connection)


def _before_drop(target, connection, **kw) -> None:
    uninstall(connection)


def rebuild() -> int:
    """Empty the indexes and fill them again from every story not erased; returns how many were indexed."""
    return rebuild_with(db.session.connection())


def released_count() -> int:
    """How many stories the released index holds (approved, not erased, consent not withdrawn)."""
    return db.session.execute(sa.text("SELECT count(*) FROM story_released_fts")).scalar()


def rebuild_with(connection) -> int:
    # the tables are named in full here (story_fts, story_released_fts): constant statements, nothing interpolated
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
    rebuild_released(connection)
    refresh_statistics(connection)
    return connection.execute(sa.text("SELECT count(*) FROM story_fts")).scalar()


def rebuild_released(connection) -> int:
    """Fill the released index again from the approvals (stories not erased, consent not withdrawn)."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("DELETE FROM story_released_fts"))
        connection.execute(sa.text("SELECT count(story_released_fts_row(a.story_id)) FROM pseudonym_approvals a"))
    else:
        connection.exec_driver_sql("DELETE FROM story_released_fts")
        fill = _SQLITE_RELEASED_FILL.replace("NOT_WITHDRAWN(a.story_id)",
                                             _not_withdrawn("a.story_id", connection.dialect))
        connection.exec_driver_sql(fill.replace("a.story_id = STORY_ID AND ", "").rstrip(";"))
        connection.exec_driver_sql("INSERT INTO story_released_fts(story_released_fts) VALUES ('optimize')")
    return connection.execute(sa.text("SELECT count(*) FROM story_released_fts")).scalar()


def refresh_statistics(connection) -> None:
    """Gather the query planner's statistics (``ANALYZE``, about a second at 100,000 stories).

    Without them SQLite guesses that any indexed equality is selective and, at scale, walks a whole period
    instead of one clinic; PostgreSQL, until autovacuum comes by, plans for a nearly empty table."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("ANALYZE")
    else:
        connection.exec_driver_sql(
            "ANALYZE stories, storytellers, consents, pseudonym_approvals, story_fts, story_released_fts")


def after_import(story_ids) -> None:
    """AFTER_IMPORT: a big import changes the tables' shape; refresh the planner's statistics."""
    if len(story_ids) >= 500:
        refresh_statistics(db.session.connection())
        db.session.commit()


# -- searching ---------------------------------------------------------------

def _words(terms: list[str]) -> list[str]:
    """The query's words as the index cuts them (letters and digits), at most 10."""
    return [w for t in terms for w in _WORD.findall(t)][:10]


@dataclass
class Found:
    """The matches a reader may see, best first (at most ``CAP``), and which index each was matched in."""

    ranked: list[tuple[int, str]]  # (story id, TABLE or RELEASED)
    more: bool  # more than CAP matches: only the newest CAP were ranked


def _index(name: str):
    """(table, id column, match clause maker, rank expression maker) of one index on this database."""
    if _is_pg():
        from sqlalchemy.dialects.postgresql import TSVECTOR

        table = sa.table(name, sa.column("story_id"), sa.column("body"), sa.column("title"), sa.column("language"),
                         sa.column("doc", TSVECTOR))
        return table, table.c.story_id
    table = sa.table(name, sa.column("rowid"), sa.column(name))
    return table, table.c.rowid


def _sqlite_query(words: list[str]) -> str:
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _is_pg() -> bool:
    return db.session.get_bind().dialect.name == "postgresql"


def search(stories: sa.Select, terms: list[str], as_entered: set[int] | None,
           released: set[int] | None = frozenset()) -> Found | None:
    """The stories of ``stories`` (a SELECT of Story: the reader's visible stories, filtered) holding every word
    (as a prefix): matched in the fields as entered for the units ``as_entered``, in the approved pseudonymised
    fields for the units ``released`` (None: every unit; an empty set: none). None when the query has no word.

    Each index gives its newest ``CAP`` + 1 matches (an index walk in id order that stops there, the filters
    joined on the stories' primary key); these are ranked (bm25 / ts_rank) and the best ``CAP`` kept.
    """
    words = _words(terms)
    if not words:
        return None
    found, more, pg = [], False, _is_pg()
    if pg:  # see _PG_PLAN; an error rolls the transaction back, and the setting with it
        db.session.execute(sa.text("SET LOCAL enable_seqscan = off"))
    for name, units in ((TABLE, as_entered), (RELEASED, released)):
        if units is not None and not units:
            continue
        rows = db.session.execute(_candidates(stories, name, words, units)).all()
        more = more or len(rows) > CAP
        found += [(rank, -story_id, story_id, name) for story_id, rank in rows[:CAP]]
    if pg:
        db.session.execute(sa.text("SET LOCAL enable_seqscan TO DEFAULT"))
    found.sort()
    return Found([(story_id, name) for _rank, _key, story_id, name in found[:CAP]], more or len(found) > CAP)


# _PG_PLAN: PostgreSQL prices ``@@`` like ``=``, so for a rare prefix it would rather read every tsvector (a
# sequential scan, ~10 µs a row: 0.2 s at 20,000 stories) than its GIN index (2 ms). For the search's own
# statements only (SET LOCAL, then back to the default), it must take an index: the GIN index for a rare word,
# the primary key walked newest first (stopping at CAP + 1 matches) for a common one.


def _candidates(stories: sa.Select, name: str, words: list[str], units: set[int] | None) -> sa.Select:
    table, key = _index(name)
    query = stories.order_by(None).join(table, key == Story.id)
    if units is not None:
        query = query.where(Story.unit_id.in_(sorted(units)))
    if _is_pg():
        tsquery = _pg_query(words)
        newest = query.with_only_columns(key.label("story_id")).where(table.c.doc.op("@@")(tsquery)) \
            .order_by(key.desc()).limit(CAP + 1).subquery()
        inner, _key = _index(name)  # ranked only among the newest matches
        return sa.select(newest.c.story_id, -sa.func.ts_rank(inner.c.doc, tsquery)) \
            .join(inner, inner.c.story_id == newest.c.story_id).order_by(newest.c.story_id.desc())
    fts = sa.literal_column(name)
    return query.with_only_columns(key, sa.func.bm25(fts)).where(fts.op("MATCH")(_sqlite_query(words))) \
        .order_by(key.desc()).limit(CAP + 1)


def snippets(terms: list[str], story_ids: list[int], name: str = TABLE) -> dict[int, Markup]:
    """The highlighted passages of the page's stories in one index (one short query, never for every match).

    PostgreSQL: ``ts_headline`` on the page's rows (stemmed). SQLite: the page's rows read by rowid and the
    passage cut here (``passage``): FTS5's ``snippet()`` would set the prefix query up again over every match.
    """
    words = _words(terms)
    if not words or not story_ids:
        return {}
    table, key = _index(name)
    if not _is_pg():
        fts = sa.table(name, sa.column("rowid"), sa.column("title"), sa.column("body"))
        rows = db.session.execute(sa.select(fts.c.rowid, fts.c.title, fts.c.body).where(fts.c.rowid.in_(story_ids)))
        found = {story_id: passage(f"{title} — {body}", words) for story_id, title, body in rows}
        return {story_id: highlighted(text) for story_id, text in found.items() if text}
    from sqlalchemy.dialects.postgresql import REGCONFIG

    tsquery = _pg_query(words)
    cfg = sa.case(*((table.c.language == lang, sa.cast(config, REGCONFIG)) for lang, config in CONFIGS.items()),
                  else_=sa.cast("msc_simple", REGCONFIG))
    text = table.c.title.op("||")(" — ").op("||")(table.c.body)
    query = sa.select(key, sa.func.ts_headline(
        cfg, text, tsquery, f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2, "
        'FragmentDelimiter=" … "')).where(key.in_(story_ids))
    return {story_id: highlighted(text) for story_id, text in db.session.execute(query)}


def _folded(word: str) -> str:
    return word.lower() if word.isascii() else fold(word)


def passage(text: str, words: list[str], size: int = 16) -> str | None:
    """About ``size`` words of ``text`` around the most query words, each matched word between START and STOP,
    "…" where the text was cut; None when no word matches. A word matches when, case and Latin accents
    folded as the index folds them, it begins with a query word (as the index's prefix query)."""
    tokens = list(_WORD.finditer(text))
    wanted = [_folded(w) for w in words]
    matched = [next((k for k, w in enumerate(wanted) if _folded(t.group()).startswith(w)), None) for t in tokens]
    hits = [i for i, k in enumerate(matched) if k is not None]
    if not hits:
        return None
    first = max(hits, key=lambda i: (len({matched[j] for j in hits if i <= j < i + size - 2}), -i))
    start = max(0, first - 2)
    end = min(len(tokens), start + size)
    out, cursor = [], tokens[start].start() if start else 0
    for i in range(start, end):
        token = tokens[i]
        out.append(text[cursor:token.start()])
        out.append(f"{START}{token.group()}{STOP}" if matched[i] is not None else token.group())
        cursor = token.end()
    out.append(text[cursor:] if end == len(tokens) else "")
    return ("…" if start else "") + "".join(out).strip() + ("…" if end < len(tokens) else "")


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
