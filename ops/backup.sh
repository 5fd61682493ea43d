#!/usr/bin/env bash
# Backs up a Minzheng installation: the whole database and the attachment store, into one new folder.
#
# Usage: ops/backup.sh <backups-folder>
#
# The database is named by the usual libpq variables: PGHOST, PGPORT, PGUSER, PGDATABASE (and PGPASSWORD or
# ~/.pgpass). MINZHENG_ATTACHMENTS_FOLDER is the application's minzheng.attachments.folder. PG_BIN may name the
# folder of pg_dump (e.g. /usr/lib/postgresql/15/bin); it must be the server's own major version or newer.
#
# Writes <backups-folder>/minzheng-<UTC time>/ with
#   database.dump        pg_dump custom format of the whole database (every schema, Flyway's history included)
#   attachments.tar.gz   the attachment folder as it is on disk
#   attachments.sha256   SHA-256 of every attachment file, relative to the attachment folder
#   MANIFEST             what was backed up, when, from where, and the SHA-256 of the files above
# and prints the folder's path. The application may keep running: pg_dump reads one consistent snapshot. The
# database is dumped before the files are copied, so every file a dumped row names is in the archive; files
# uploaded in between are extra and the leftover sweep removes them after a restore.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 <backups-folder>" >&2
    exit 2
fi
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER) to the database to back up}"
: "${MINZHENG_ATTACHMENTS_FOLDER:?set MINZHENG_ATTACHMENTS_FOLDER to the attachment folder}"
if [[ ! -d "$MINZHENG_ATTACHMENTS_FOLDER" ]]; then
    echo "attachment folder $MINZHENG_ATTACHMENTS_FOLDER does not exist" >&2
    exit 2
fi
pg_dump="${PG_BIN:+$PG_BIN/}pg_dump"

started=$(date -u +%Y%m%dT%H%M%SZ)
target="$1/minzheng-$started"
mkdir -p "$target"
# a half-written backup must not look like a good one
trap 'echo "backup failed; removing $target" >&2; rm -rf "$target"' ERR

"$pg_dump" --format=custom --compress=6 --no-password --file="$target/database.dump" "$PGDATABASE"

(cd "$MINZHENG_ATTACHMENTS_FOLDER" && find . -type f ! -name '*.tmp' -print0 | sort -z | xargs -0 -r sha256sum) \
    >"$target/attachments.sha256"
tar --create --gzip --file="$target/attachments.tar.gz" --directory="$MINZHENG_ATTACHMENTS_FOLDER" \
    --exclude='*.tmp' .

{
    echo "backup-of: minzheng"
    echo "taken-at: $started"
    echo "database: ${PGHOST:-local}:${PGPORT:-5432}/$PGDATABASE"
    echo "pg_dump: $("$pg_dump" --version)"
    echo "attachment-files: $(wc -l <"$target/attachments.sha256")"
    (cd "$target" && sha256sum database.dump attachments.tar.gz attachments.sha256)
} >"$target/MANIFEST"

echo "$target"
