"""The WSGI entry point for production servers: `gunicorn msc.wsgi:app` (what `msc serve` runs).

Behind a reverse proxy, MSC_PROXY_FIX=N trusts the X-Forwarded-For/-Proto/-Host/-Prefix headers
set by N proxies, so that sign-in rate limits count per visitor and links use https.
"""
from werkzeug.middleware.proxy_fix import ProxyFix

from . import create_app

app = create_app()
_proxies = app.config.get("PROXY_FIX", 0)
if _proxies:
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=_proxies, x_proto=_proxies, x_host=_proxies, x_prefix=_proxies)
