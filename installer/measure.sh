#!/usr/bin/env bash
# Measures Carnet's installers: the sizes of the runtime, the app image and the .deb, and the start time to the
# first shown window of a jpackage launcher against `java -jar target/carnet.jar`, in the same run.
# Usage: installer/measure.sh [runs] [launcher]
#   runs      startup runs of each (default 7); one warm-up of each first, then the two alternate
#   launcher  default: /opt/carnet/bin/Carnet when the .deb is installed, else the app image's bin/Carnet
# Run installer/build-linux.sh first. Needs a display: uses $DISPLAY, or starts Xvfb on :96
# (apt-get install -y xvfb libgtk-3-0). Both starts get the same flags through JAVA_TOOL_OPTIONS:
# -Dcarnet.benchmark.exitWhenShown=true makes the app print "shown <JVM uptime ms>" when its window is on screen and
# "ready <ms>" when the journal is open, then exit; -Dprism.order=sw as in bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
launcher="${2:-}"
out=target/installer
if [ -z "$launcher" ]; then
  if [ -x /opt/carnet/bin/Carnet ]; then launcher=/opt/carnet/bin/Carnet; else launcher="$out/image/Carnet/bin/Carnet"; fi
fi
[ -x "$launcher" ] || { echo "No launcher at $launcher: run installer/build-linux.sh first" >&2; exit 2; }
[ -f target/carnet.jar ] || { echo "No target/carnet.jar: run installer/build-linux.sh first" >&2; exit 2; }

echo "Sizes (du -sh; the .deb as a file):"
for path in "$out/runtime" "$out/image/Carnet"; do
  [ -e "$path" ] && printf '  %-40s %s\n' "$path" "$(du -sh "$path" | cut -f1)"
done
for deb in "$out"/*.deb; do
  [ -e "$deb" ] && printf '  %-40s %s (%s bytes)\n' "$deb" "$(du -h --apparent-size "$deb" | cut -f1)" "$(stat -c %s "$deb")"
done
if [ -d /opt/carnet ]; then
  printf '  %-40s %s\n' "installed: /opt/carnet" "$(du -sh /opt/carnet | cut -f1)"
fi

xvfb_pid=""
work="$(mktemp -d)"
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid"; fi
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "No DISPLAY and no Xvfb: apt-get install -y xvfb libgtk-3-0" >&2; exit 2; }
  Xvfb :96 -screen 0 1280x900x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:96
  sleep 1
fi

# One journal for both, past its first start (no welcome dialog, English).
data="$work/journal"
mkdir -p "$data"
printf 'welcomeShown=true\nlanguage=en\n' > "$data/settings.properties"

# Starts one app; prints "<wall ms to shown> <uptime at shown> <uptime at ready>".
start_once() {
  local shown_wall=-1 shown_up=-1 ready_up=-1 line start
  start=$(date +%s%N)
  while IFS= read -r line; do
    case "$line" in
      shown\ *) shown_wall=$(( ($(date +%s%N) - start) / 1000000 )); shown_up="${line#shown }" ;;
      ready\ *) ready_up="${line#ready }" ;;
    esac
  done < <(JAVA_TOOL_OPTIONS="-Dcarnet.benchmark.exitWhenShown=true -Dprism.order=sw" \
           timeout 60 "$@" --data-dir "$data" 2>/dev/null)
  [ "$shown_wall" -ge 0 ] || { echo "No window from: $*" >&2; exit 1; }
  echo "$shown_wall $shown_up $ready_up"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

jar_cmd=(java -jar target/carnet.jar)
inst_cmd=("$launcher")

# The command line alone (no window): JVM start, --version, exit.
version_once() {
  local start
  start=$(date +%s%N)
  "$@" --version >/dev/null 2>&1
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
: > "$work/jar-cli"
: > "$work/inst-cli"
version_once "${jar_cmd[@]}" >/dev/null
version_once "${inst_cmd[@]}" >/dev/null
for _ in $(seq "$runs"); do
  version_once "${jar_cmd[@]}" >> "$work/jar-cli"
  version_once "${inst_cmd[@]}" >> "$work/inst-cli"
done
echo
echo "--version, JVM start to exit, median of $runs runs each (wall ms):"
printf '  %-36s %8s\n' "java -jar target/carnet.jar" "$(median < "$work/jar-cli")"
printf '  %-36s %8s\n' "$launcher" "$(median < "$work/inst-cli")"
# jpackage 17's launcher asks the package manager which package owns it before it starts the JVM.
if [ "$launcher" = /opt/carnet/bin/Carnet ]; then
  : > "$work/dpkg"
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    { rpm -qf "$launcher"; dpkg -S "$launcher"; dpkg -L carnet; } >/dev/null 2>&1 || true
    echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$work/dpkg"
  done
  printf '  of which the launcher'"'"'s package queries (rpm -qf, dpkg -S, dpkg -L), median: %s ms\n' "$(median < "$work/dpkg")"
fi
start_once "${jar_cmd[@]}" >/dev/null
start_once "${inst_cmd[@]}" >/dev/null
: > "$work/jar"
: > "$work/inst"
for _ in $(seq "$runs"); do
  start_once "${jar_cmd[@]}" >> "$work/jar"
  start_once "${inst_cmd[@]}" >> "$work/inst"
done

echo
echo "Startup to the first shown window, median of $runs runs each ($(java -version 2>&1 | head -1)):"
printf '  %-36s %8s %10s %10s\n' "" "wall ms" "uptime ms" "ready ms"
for kind in jar inst; do
  label="java -jar target/carnet.jar"
  [ "$kind" = inst ] && label="$launcher"
  printf '  %-36s %8s %10s %10s\n' "$label" \
    "$(cut -d' ' -f1 "$work/$kind" | median)" "$(cut -d' ' -f2 "$work/$kind" | median)" \
    "$(cut -d' ' -f3 "$work/$kind" | median)"
done
jar_wall="$(cut -d' ' -f1 "$work/jar" | median)"
inst_wall="$(cut -d' ' -f1 "$work/inst" | median)"
awk -v a="$inst_wall" -v b="$jar_wall" 'BEGIN { printf "  ratio launcher / java -jar (wall): %.2f\n", a / b }'
echo "  every run, wall ms: java -jar: $(cut -d' ' -f1 "$work/jar" | paste -sd' ' -)  launcher: $(cut -d' ' -f1 "$work/inst" | paste -sd' ' -)"
