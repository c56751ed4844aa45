#!/usr/bin/env bash
# Runs every test of CostSystem: restores, builds (warnings are errors) and runs the xunit suites,
# then prints one summary line "Tests: N passed, N failed, N skipped". Installs the Debian
# packages the tests need when they are missing (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests need: the CJK font of PDF bulletins, pdftotext to read them back, zbarimg to
# read the QR code of a filing receipt,
# chromium for the browser journeys (Playwright drives it; no browser is downloaded), and
# PostgreSQL and redis-server for cluster mode (started as local processes by scripts/cluster.sh).
need=()
for pkg in fonts-wqy-microhei poppler-utils zbar-tools chromium postgresql redis-server; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages the tests need: ${need[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q && $sudo apt-get install -y -q "${need[@]}"
fi

# Redocly CLI lints the API document (OpenApiLintTests); pinned, installed once into .tools/ from the npm registry.
redocly_version=2.77.0
if ! command -v npm >/dev/null 2>&1; then
  echo "Installing Node.js and npm for the API document's linter"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q && $sudo apt-get install -y -q nodejs npm
fi
if [ "$(cat .tools/redocly/version 2>/dev/null)" != "$redocly_version" ]; then
  rm -rf .tools/redocly && mkdir -p .tools/redocly
  npm install --prefix .tools/redocly --no-audit --no-fund --loglevel=error "@redocly/cli@$redocly_version" >/dev/null
  echo "$redocly_version" > .tools/redocly/version
fi
export COST_REDOCLY="$PWD/.tools/redocly/node_modules/.bin/redocly"

# Release: the tests exercise the server as it is deployed (optimised JIT), and the cluster script's own Release build
# of the web front and silo is then already done.
configuration="${CONFIGURATION:-Release}"
log=$(mktemp)
servers=$(mktemp -d)
trap 'scripts/cluster.sh stop "$servers" >/dev/null 2>&1 || rm -rf "$servers"; rm -f "$log" "$servers.log"' EXIT
set +e
# PostgreSQL and redis for the cluster-mode pass start now, in the background, and wait idle until it comes.
COST_PG_OPTIONS="-c fsync=off -c synchronous_commit=off" scripts/cluster.sh infra "$servers" > "$servers.log" 2>&1 &
infra=$!
# Everything, the cluster fault tests included (they start their own cluster with scripts/cluster.sh).
dotnet test CostSystem.sln --nologo -c "$configuration" --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The web API suite once more in cluster mode: PostgreSQL store, Redis membership (same migrations, same tests).
echo "Web API tests in cluster mode (PostgreSQL + Redis)…"
if wait "$infra"; then
  cat "$servers.log"
  source "$servers/cluster.env"
  COST_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=cost" COST_TEST_REDIS="127.0.0.1:$REDIS_PORT" \
    dotnet test Cost.Tests --no-build --nologo -c "$configuration" --filter "FullyQualifiedName~Cost.Tests.Web&Store!=sqlite" \
    --logger "console;verbosity=minimal" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
else
  cat "$servers.log"
  echo "Could not start PostgreSQL and redis for the cluster-mode pass." | tee -a "$log"
  status=1
fi
set -e

# VSTest prints one "Passed!/Failed! - Failed: a, Passed: b, Skipped: c, Total: d" line per test assembly.
awk '
  /(Passed|Failed)!  *- *Failed:/ {
    for (i = 1; i <= NF; i++) {
      gsub(",", "", $(i+1))
      if ($i == "Failed:") f += $(i+1)
      if ($i == "Passed:") p += $(i+1)
      if ($i == "Skipped:") s += $(i+1)
    }
  }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
