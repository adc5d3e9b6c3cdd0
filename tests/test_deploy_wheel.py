"""The built package, installed outside the checkout, is a complete application: `pip wheel .`,
install into a new virtualenv, `msc db upgrade`, `msc demo`, then every page reachable from the
navigation is served with its CSS, JS and translations — read from the installed package."""
import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest
from deploy_support import unavailable

REPO = Path(__file__).resolve().parents[1]
SKIP_COPY = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "instance", "__pycache__",
                                   "*.pyc", "test-artifacts", ".pytest_cache", ".hypothesis")

CRAWL = r'''
import json, re, sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import msc
from msc import create_app, demo
from flask_migrate import Migrate

class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.pages, self.assets = [], []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.pages.append(a["href"])
        if tag == "link" and a.get("rel") == "stylesheet":
            self.assets.append(a["href"])
        if tag == "script" and a.get("src"):
            self.assets.append(a["src"])

app = create_app({"SERVER_NAME": None})
out = {"package": str(Path(msc.__file__).parent), "template_folder": app.template_folder,
       "static_folder": app.static_folder, "migrations": app.extensions["migrate"].directory,
       "translations": app.config["BABEL_TRANSLATION_DIRECTORIES"], "errors": [], "pages": 0, "assets": {}}
client = app.test_client()
login_page = client.get("/login").get_data(as_text=True)
out["french_login"] = "Se connecter" in login_page
client.set_cookie("msc_lang", "ar")
arabic = client.get("/login").get_data(as_text=True)
out["arabic_rtl"] = 'dir="rtl"' in arabic and "تسجيل" in arabic
client.delete_cookie("msc_lang")
seen_assets = set()
for role, email in demo.DEMO_LOGINS:
    client = app.test_client()
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get("/login").get_data(as_text=True))
    r = client.post("/login", data={"email": email, "password": demo.DEMO_PASSWORD, "csrf_token": token.group(1)})
    if r.status_code != 302:
        out["errors"].append(["login", email, r.status_code]); continue
    queue, seen = ["/"], set()
    while queue and len(seen) < 120:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        r = client.get(url)
        out["pages"] += 1
        if r.status_code >= 500 or r.status_code == 404:
            out["errors"].append([email, url, r.status_code])
        if r.status_code != 200 or not r.mimetype == "text/html":
            continue
        parser = Links(); parser.feed(r.get_data(as_text=True))
        for href in parser.pages:
            parts = urlsplit(urljoin(url, href))
            if parts.netloc or not parts.path.startswith("/") or parts.path in ("/logout",):
                continue
            queue.append(parts.path + ("?" + parts.query if parts.query else ""))
        seen_assets.update(urlsplit(a).path for a in parser.assets)
    for asset in sorted(seen_assets):
        r = client.get(asset)
        out["assets"][asset] = [r.status_code, len(r.get_data())]
print(json.dumps(out))
'''


def _run(argv, **kw):
    result = subprocess.run(argv, capture_output=True, text=True, timeout=900, **kw)
    assert result.returncode == 0, f"{argv}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def _can_build_offline() -> bool:
    """setuptools with bdist_wheel (>= 70.1, or the wheel package) and Babel in this interpreter."""
    try:
        import babel  # noqa: F401 (only whether it imports)
        import setuptools
    except ImportError:
        return False
    try:
        import wheel  # noqa: F401 (only whether it imports)
        return True
    except ImportError:
        return tuple(int(p) for p in setuptools.__version__.split(".")[:2]) >= (70, 1)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """`pip wheel .` on a copy of the checkout (so no build/ folder is left in it)."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    shutil.copytree(REPO, source, ignore=SKIP_COPY)
    argv = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp / "dist"), str(source)]
    if _can_build_offline():
        argv.insert(4, "--no-build-isolation")
    result = subprocess.run(argv, capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        if "--no-build-isolation" not in argv and ("Could not find" in result.stderr or "connection" in result.stderr.lower()):
            unavailable("the build requirements (setuptools, wheel, Babel) could not be downloaded")
        pytest.fail(result.stdout[-3000:] + result.stderr[-3000:])
    return next((tmp / "dist").glob("msc-*.whl"))


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory):
    """A new virtualenv outside the checkout; its dependencies are this environment's (a .pth file,
    which does not run this environment's editable `msc` finder), msc itself is the wheel."""
    root = tmp_path_factory.mktemp("venv")
    _run([getattr(sys, "_base_executable", sys.executable), "-m", "venv", "--without-pip", str(root / "venv")])
    python = root / "venv" / "bin" / "python"
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
                   .stdout.strip())
    (purelib / "_msc_test_dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    _run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--ignore-installed",
          str(wheel)], env=_clean_env(root))
    return root, python, purelib


def _clean_env(root: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MSC_") and k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(MSC_INSTANCE_PATH=str(root / "instance"), MSC_SECRET_KEY="wheel-test", MSC_ARGON2_PROFILE="test")
    return env


def test_the_wheel_carries_templates_migrations_static_and_compiled_translations(wheel):
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("msc/templates/base.html", "msc/migrations/env.py", "msc/migrations/alembic.ini",
                 "msc/static/msc.css", "msc/static/vendor/bootstrap/bootstrap.rtl.min.css",
                 "msc/translations/fr/LC_MESSAGES/messages.mo", "msc/translations/ar/LC_MESSAGES/messages.mo",
                 "msc/wsgi.py", "msc/demo_stories.json"):
        assert name in names, name
    versions = {p.name for p in (REPO / "migrations" / "versions").glob("*.py")}
    assert versions and all(f"msc/migrations/versions/{v}" in names for v in versions)


def test_installed_wheel_upgrades_loads_the_demo_and_serves_every_page(venv):
    root, python, purelib = venv
    env, cwd = _clean_env(root), root  # a folder with no checkout in it
    msc = str(python.parent / "msc")
    _run([msc, "db", "upgrade"], env=env, cwd=cwd)
    assert "Demo programme ready" in _run([msc, "demo"], env=env, cwd=cwd).stdout
    (root / "crawl.py").write_text(CRAWL)
    result = json.loads(_run([str(python), str(root / "crawl.py")], env=env, cwd=cwd).stdout.splitlines()[-1])
    package = str(purelib / "msc")
    assert result["package"] == package
    for key in ("template_folder", "static_folder", "migrations", "translations"):
        assert str(result[key]).startswith(package), (key, result[key])
    assert (root / "instance" / "msc.sqlite").is_file()
    assert result["errors"] == [] and result["pages"] > 50
    assert result["french_login"] and result["arabic_rtl"]
    assets = result["assets"]
    assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets)
    assert all(status == 200 and size > 100 for status, size in assets.values()), assets
