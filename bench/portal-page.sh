#!/usr/bin/env bash
# Portal page time for /v/{villageCode} at 50 concurrent requests, against nginx serving the same page.
# Usage: bench/portal-page.sh [village-code] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/page-vs-nginx.sh "/v/${1:-371602012201}" "${2:-5000}"
