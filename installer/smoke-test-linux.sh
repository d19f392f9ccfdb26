#!/usr/bin/env bash
# Installs Carnet's .deb, checks the installed app answers, and removes it again.
# Usage (as root): installer/smoke-test-linux.sh [path/to/carnet_*.deb]   (default: the one in target/installer/)
# Run installer/build-linux.sh first. It refuses to run when a carnet package is already installed, so it never
# removes an install it did not make. With a display ($DISPLAY, or Xvfb if installed) it also opens the window
# once and waits until the journal is open.
set -euo pipefail
cd "$(dirname "$0")/.."

deb="${1:-}"
if [ -z "$deb" ]; then
  shopt -s nullglob
  debs=(target/installer/carnet_*.deb)
  [ "${#debs[@]}" -eq 1 ] || { echo "Expected one target/installer/carnet_*.deb, found ${#debs[@]}: run installer/build-linux.sh" >&2; exit 2; }
  deb="${debs[0]}"
fi
[ "$(id -u)" -eq 0 ] || { echo "Run as root (dpkg -i)" >&2; exit 2; }
if dpkg-query -W -f='${Status}' carnet 2>/dev/null | grep -q installed; then
  echo "A carnet package is already installed; remove it first (dpkg -r carnet)" >&2
  exit 2
fi

version="$(dpkg-deb -f "$deb" Version)"
version="${version%-*}"
app=/opt/carnet/bin/Carnet
work="$(mktemp -d)"
installed=false
xvfb_pid=""
passed=0
failed=0
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  if $installed; then dpkg --purge carnet >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

check() {
  local name="$1"
  shift
  if "$@" > "$work/out" 2>&1; then
    passed=$((passed + 1))
    echo "ok    $name"
  else
    failed=$((failed + 1))
    echo "FAIL  $name"
    sed 's/^/      /' "$work/out" | tail -20
  fi
}

echo "Installing $deb (Carnet $version)"
dpkg -i "$deb" > "$work/dpkg.log" 2>&1 || {
  cat "$work/dpkg.log"
  echo "dpkg -i failed: missing dependencies can be installed with apt-get install -f" >&2
  dpkg --purge carnet >/dev/null 2>&1 || true
  exit 1
}
installed=true

check "the launcher is installed at $app" test -x "$app"
if [ -d /etc/xdg/menus ]; then
  check "a menu entry is installed, matched to the window's class" \
    bash -c 'grep -q "^StartupWMClass=org.carnet.app.CarnetApp$" /usr/share/applications/*arnet*.desktop'
else
  echo "skip  a menu entry is installed (no desktop menu here: /etc/xdg/menus is missing; the package installs without)"
fi
check "--version prints Carnet $version" bash -c "'$app' --version | grep -qx 'Carnet $version'"
check "--help prints the usage" bash -c "'$app' --help | grep -q 'Usage:'"
check "the runtime holds java.net.http and jdk.localedata" \
  bash -c '/opt/carnet/lib/runtime/bin/java --list-modules | grep -q "^java.net.http@" && /opt/carnet/lib/runtime/bin/java --list-modules | grep -q "^jdk.localedata@"'

# A journal made from a small backup: the database (H2, Flyway), the JSON import and the PDF report.
cat > "$work/backup.json" <<'EOF'
{"format": "carnet-backup", "version": 1,
 "checkIns": [
  {"day": "2026-02-02", "crampCount": 2, "crampWorstSeverity": 5, "sleepQuality": 3, "sleepHours": 6.5, "fatigue": 4},
  {"day": "2026-02-03", "crampCount": 1, "crampWorstSeverity": 3, "sleepQuality": 4, "sleepHours": 7, "fatigue": 3},
  {"day": "2026-02-04", "crampCount": 0, "sleepQuality": 4, "sleepHours": 7.5, "fatigue": 2}
 ]}
EOF
journal="$work/journal"
check "import a backup" "$app" --data-dir "$journal" import --in "$work/backup.json"
check "status counts 3 days" bash -c "'$app' --data-dir '$journal' status | grep -q 'Days in the journal: 3'"
check "report writes a PDF" bash -c "'$app' --data-dir '$journal' report --from 2026-02-01 --to 2026-02-28 \
  --out '$work/summary.pdf' --lang fr && head -c 5 '$work/summary.pdf' | grep -q '%PDF-'"

if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  Xvfb :94 -screen 0 1280x900x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:94
  sleep 1
fi
if [ -n "${DISPLAY:-}" ]; then
  # The benchmark hook prints "shown" when the window is on screen and "ready" when the journal is open, then exits
  # (with 0: a crash at exit fails the check). The journal is marked as past its first start, so no first-run
  # wizard is open when the hook closes the app. javafx.verbose says where JavaFX loads its libraries from:
  # /opt/carnet, not unpacked into a cache folder.
  printf 'welcomeShown=true\nlanguage=en\n' > "$journal/settings.properties"
  check "the window opens on the journal" bash -c "cd '$work' && JAVA_TOOL_OPTIONS='-Dcarnet.benchmark.exitWhenShown=true \
    -Djavafx.verbose=true -Djavafx.cachedir=$work/fxcache' timeout 60 '$app' --data-dir '$journal' > '$work/window.log' 2>&1 \
    && grep -q '^ready ' '$work/window.log'"
  check "JavaFX loads its libraries from /opt/carnet/lib/app/lib" bash -c "grep -q 'Loaded /opt/carnet/lib/app/lib/.*libglass.so' \
    '$work/window.log' && ! grep -q 'from resource' '$work/window.log' && ! test -e '$work/fxcache'"
else
  echo "skip  the window opens (no DISPLAY and no Xvfb)"
fi

dpkg -r carnet > "$work/dpkg.log" 2>&1
installed=false
check "dpkg -r removes /opt/carnet" bash -c '! test -e /opt/carnet/bin/Carnet'
check "dpkg -r removes the menu entry" bash -c '! ls /usr/share/applications/*arnet*.desktop 2>/dev/null | grep -q .'
check "dpkg --purge forgets the package" bash -c 'dpkg --purge carnet && ! dpkg-query -W carnet 2>/dev/null'

echo "smoke test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
