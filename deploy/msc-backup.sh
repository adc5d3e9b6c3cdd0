#!/bin/sh
# /etc/cron.daily-style nightly backup: a dated folder, encrypted with age to the off-site key,
# copied off the server, local copies kept 14 days. Run as the msc user (see README "Deploy").
set -eu
. /etc/msc/backup.conf   # BACKUP_DIR=/var/backups/msc  AGE_RECIPIENT=age1…  REMOTE=backup@host:msc/
set -a; . /etc/msc/msc.env; set +a
stamp=$(date -u +%Y%m%dT%H%M%SZ)
/opt/msc/venv/bin/msc backup --out "$BACKUP_DIR/$stamp"
tar -C "$BACKUP_DIR" -cf - "$stamp" | age -r "$AGE_RECIPIENT" > "$BACKUP_DIR/msc-$stamp.tar.age"
rm -rf "${BACKUP_DIR:?}/$stamp"
rsync -a "$BACKUP_DIR/msc-$stamp.tar.age" "$REMOTE"
find "$BACKUP_DIR" -name 'msc-*.tar.age' -mtime +14 -delete
