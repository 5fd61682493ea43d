#!/usr/bin/env bash
# 码上查 page time for /gs/{region} (the public monthly list of a township by default: ledger figures, a page
# of masked names, the subdivisions' figures, the reading counted in memory) at 50 concurrent requests,
# against nginx serving the same page as a static file.
# Usage: bench/disclosure-page.sh [region-code] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/page-vs-nginx.sh "/gs/${1:-371602012}" "${2:-5000}"
