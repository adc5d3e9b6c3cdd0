"""Running msc on a server: `msc serve` (gunicorn), `msc backup` / `msc restore`, SQLite settings."""
