"""The migrations build exactly the schema the models describe, and go back down."""
import os
import uuid

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from msc import create_app
from msc.extensions import db
from msc.stories.fulltext import is_index_table

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("MSC_TEST_DATABASE_URL") else [])


@pytest.fixture(params=BACKENDS)
def fresh_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrations.sqlite'}"
        return
    base = os.environ["MSC_TEST_DATABASE_URL"]
    schema = f"mig_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(base)
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    url = sa.engine.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with engine.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


def test_models_and_migrations_agree(fresh_url):
    app = create_app({"SQLALCHEMY_DATABASE_URI": fresh_url, "TESTING": True})
    with app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={  # the full-text index is raw DDL, not a model
                "compare_type": True, "include_name": lambda name, kind, parent: not is_index_table(name or "")})
            diff = compare_metadata(context, db.metadata)
        db.engine.dispose()
    assert diff == []


def test_downgrade_to_base_and_up_again(fresh_url):
    app = create_app({"SQLALCHEMY_DATABASE_URI": fresh_url, "TESTING": True})
    with app.app_context():
        upgrade()
        downgrade(revision="base")
        tables = set(sa.inspect(db.engine).get_table_names()) - {"alembic_version"}
        upgrade()
        again = set(sa.inspect(db.engine).get_table_names())
        db.engine.dispose()
    assert tables == set()
    assert {"stories", "consents", "users"} <= again
