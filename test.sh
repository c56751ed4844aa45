#!/usr/bin/env bash
# Runs every test of CostSystem: restores, builds (warnings are errors) and runs the xunit suites,
# then prints one summary line "Tests: N passed, N failed, N skipped". Installs the Debian
# packages the tests need when they are missing (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests need: the CJK font of PDF bulletins, pdftotext to read them back, and
# chromium for the browser journeys (Playwright drives it; no browser is downloaded).
need=()
for pkg in fonts-wqy-microhei poppler-utils chromium; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages the tests need: ${need[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -q && $sudo apt-get install -y -q "${need[@]}"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test CostSystem.sln --nologo -c "${CONFIGURATION:-Debug}" --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
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
