#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a NEW database and an EMPTY attachment folder.
#
# Usage: ops/restore.sh <backup-folder>
#
# PGHOST, PGPORT, PGUSER name the server (the user needs CREATEDB); PGDATABASE is the database to create, which
# must not exist yet. MINZHENG_ATTACHMENTS_FOLDER is the folder to fill, absent or empty. PG_BIN may name the
# folder of pg_restore and createdb (the server's major version or newer).
#
# Steps: check every checksum of the MANIFEST, create the database, pg_restore into it (objects owned by the
# restoring user: --no-owner), unpack the attachments and check each file against attachments.sha256. Nothing
# is overwritten: point the application at the new database and folder afterwards, and verify the audit chain
# with `java -jar minzheng.jar --verify-audit-chain` (exit status 0 when intact), see docs/scale.md.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 <backup-folder>" >&2
    exit 2
fi
backup="$(cd "$1" && pwd)"
: "${PGDATABASE:?set PGDATABASE to the NEW database to restore into (and PGHOST, PGPORT, PGUSER)}"
: "${MINZHENG_ATTACHMENTS_FOLDER:?set MINZHENG_ATTACHMENTS_FOLDER to an empty folder for the attachments}"
bin="${PG_BIN:+$PG_BIN/}"

for file in MANIFEST database.dump attachments.tar.gz attachments.sha256; do
    if [[ ! -f "$backup/$file" ]]; then
        echo "$backup/$file is missing: not a complete backup" >&2
        exit 1
    fi
done
# the MANIFEST's last lines are sha256sum lines; a damaged or truncated copy stops here
(cd "$backup" && grep -E '^[0-9a-f]{64}  ' MANIFEST | sha256sum --check --quiet)

if [[ -d "$MINZHENG_ATTACHMENTS_FOLDER" ]] && [[ -n "$(ls -A "$MINZHENG_ATTACHMENTS_FOLDER")" ]]; then
    echo "$MINZHENG_ATTACHMENTS_FOLDER is not empty; restore into an empty folder" >&2
    exit 1
fi

"${bin}createdb" --no-password --encoding=UTF8 --template=template0 "$PGDATABASE"
"${bin}pg_restore" --no-password --no-owner --exit-on-error --dbname="$PGDATABASE" "$backup/database.dump"

mkdir -p "$MINZHENG_ATTACHMENTS_FOLDER"
tar --extract --gzip --file="$backup/attachments.tar.gz" --directory="$MINZHENG_ATTACHMENTS_FOLDER"
(cd "$MINZHENG_ATTACHMENTS_FOLDER" && sha256sum --check --quiet --strict "$backup/attachments.sha256")

echo "restored $(grep '^taken-at:' "$backup/MANIFEST") into database $PGDATABASE and $MINZHENG_ATTACHMENTS_FOLDER"
