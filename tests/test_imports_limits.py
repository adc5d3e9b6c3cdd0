"""Size limits: the import's own limit and Flask's MAX_CONTENT_LENGTH (small in this module)."""
import io

import pytest
import sqlalchemy as sa
from conftest_imports import story_csv, story_row

from msc.stories.models import Story


@pytest.fixture
def app_config(tmp_path):
    return {"IMPORT_MAX_BYTES": 2000, "MAX_CONTENT_LENGTH": 6000,
            "IMPORT_UPLOAD_DIR": str(tmp_path / "imports")}


def big_csv(n: int) -> bytes:
    return story_csv([story_row(i, histoire="x" * 200) for i in range(n)])


def post(client, data):
    return client.post("/imports/", data={"file": (io.BytesIO(data), "big.csv")},
                       content_type="multipart/form-data")


def test_file_over_the_import_limit_refused_with_a_message(client, login_as, db, app):
    login_as("coord_mrk")
    data = big_csv(12)
    assert 2000 < len(data) < 5000
    response = post(client, data)
    assert response.status_code == 200
    assert "The file is too large" in response.get_data(as_text=True)
    assert db.session.scalar(sa.select(sa.func.count(Story.id))) == 0


def test_request_over_max_content_length_renders_a_clear_page(client, login_as):
    login_as("coord_mrk")
    response = post(client, big_csv(40))
    assert response.status_code == 413
    page = response.get_data(as_text=True)
    assert "larger than the limit of 0.0 MB" in page or "larger than the limit" in page
    assert 'type="file"' in page  # the upload form again, to try another file
