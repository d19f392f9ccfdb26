#!/usr/bin/env bash
# Carnet's benchmarks: startup vs a bare JavaFX window, the journal view over 10 years of days, food search per
# keystroke vs a naive scan, a day's intake totals and findings over 10 years vs a plain SELECT, and the tracking
# analysis with its chart (8 weeks, and the whole 10 years) vs a plain SELECT of the same rows, and how long the FX
# thread is ever busy during a scripted keyboard session of the real app on 10 years of data.
# Usage: bench/run.sh [runs]   (default 7 startup runs each; prints medians, p99 and ratios)
#        bench/run.sh startup [runs] [BEFORE_DIR]   only the start figures (docs/benchmarks.md "Startup"): the time
#        until today's check-in accepts typing (plain and encrypted journal) vs a bare window (and the key stretching),
#        status/export/report vs a plain SELECT (also with the AppCDS archive and C1, as the installed launcher runs
#        them; the window with the launcher's options and its own AppCDS archive, as installed, and without it), peak
#        RSS and the longest FX stall of a scripted session; default 5 runs. BEFORE_DIR: another checkout,
#        already built (mvn -DskipTests package), timed by the same probes for a before/after table (its window
#        with its own window archive, made by its own bench/window-archive.sh, as the after build's).
#        bench/run.sh commands [runs] [BEFORE_DIR]   only status/export/report vs the plain SELECT, with the JVM's
#        defaults and with the installed launcher's options (AppCDS archive, C1), interleaved with BEFORE_DIR's (with
#        its own archive, made by its own bench/cds-archive.sh); no display needed; default 5 runs
#        bench/run.sh memory [runs]   peak RSS of the scripted session with the JVM's defaults and with the
#        candidate launcher options, against a bare window's, with the longest FX stall (default 3 runs);
#        bench/run.sh memory [runs] viewport: the launcher's options with and without JavaFX's viewport cache
#        (ui/ViewportSkin), interleaved, with the live heap and its int arrays after each session
#        bench/run.sh startup-trace [encrypted]   one start of the window, as installed, with the time of each step
#        until the check-in accepts typing (JVM uptime, process and FX-thread CPU), each thread's CPU, classes loaded;
#        "encrypted": the journal given a password first, typed by the probe as soon as it is asked
#        bench/run.sh calibration [journals]   only the calibration of the tracking estimates (default 2000
#        simulated journals per line; no display needed; docs/benchmarks.md "Calibration")
# Needs a display: uses $DISPLAY, or starts Xvfb (apt-get install xvfb libgtk-3-0) on :97.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "calibration" ]; then
  mvn -B -q -DskipTests package
  exec java -cp "target/carnet.jar:target/lib/*:target/test-classes" org.carnet.bench.CalibrationBenchmark "${2:-2000}"
fi
mvn -B -q -DskipTests package
classpath="target/carnet.jar:target/lib/*:target/test-classes"

if [ "${1:-}" = "commands" ]; then
  archive="target/carnet-cli-bench.jsa"
  bench/cds-archive.sh "$archive" "$classpath"
  before=()
  if [ -n "${3:-}" ]; then
    # The before build's archive, made by its own script, for the class path its rows run with.
    # Absolute paths: the before build's script may not resolve a relative one (its archive would then be ignored).
    old_dir="$(cd "$3" && pwd)"
    # The before build's own jars only: with this build's jars after them too, each command took twice the CPU
    # (measured on identical code), which read as a slower before build.
    old="$old_dir/target/carnet.jar:$old_dir/target/lib/*"
    "$old_dir/bench/cds-archive.sh" "$PWD/target/carnet-cli-before.jsa" "$old" java \
      "$old_dir/installer/carnet-cli.classlist"
    before=("-Dcarnet.bench.before=$old_dir/target/carnet.jar:$old_dir/target/lib/*"
      "-Dcarnet.bench.beforeCds=$PWD/target/carnet-cli-before.jsa")
  fi
  exec java -cp "$classpath" -Dcarnet.bench.commandsOnly=true -Dcarnet.bench.cds="$archive" "${before[@]}" \
    org.carnet.bench.StartupBenchmark "${2:-5}"
fi

xvfb_pid=""
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "No DISPLAY and no Xvfb: apt-get install -y xvfb libgtk-3-0" >&2; exit 2; }
  Xvfb :97 -screen 0 1280x900x24 >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=:97
  sleep 1
fi
trap 'if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid"; fi' EXIT

if [ "${1:-}" = "memory" ]; then
  java -cp "$classpath" org.carnet.bench.MemoryBenchmark "${2:-3}" ${3:+"$3"}
  exit 0
fi
if [ "${1:-}" = "startup-trace" ]; then
  # One start, as installed (the launcher's options and the window's archive), then one without the archive.
  window_archive="target/carnet-window-bench.jsa"
  bench/window-archive.sh "$window_archive" target/carnet.jar
  work="$(mktemp -d)"
  java -Dcarnet.fxgap.journal="$work" -cp "$classpath" org.carnet.bench.FxGapBenchmark 0 >/dev/null
  password=()
  if [ "${2:-}" = "encrypted" ]; then
    # The same journal with a password, typed by the probe as soon as it is asked (StartupBenchmark's encrypted row).
    java -cp "$classpath" org.carnet.bench.SetPassword "$work/journal" bench-password-1
    password=("-Dcarnet.probe.password=bench-password-1")
  fi
  java "${password[@]}" -cp "$classpath" org.carnet.bench.TypingProbe --data-dir "$work/journal" >/dev/null 2>&1 || true  # file cache
  for archive in "-XX:SharedArchiveFile=$window_archive" ""; do
    echo "== ${archive:-no window archive} (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m $archive -Xshare:auto -Xlog:class+load:file="$work/classes.log" \
      -Dprism.order=sw -Dcarnet.probe.trace=true "${password[@]}" -cp "$classpath" org.carnet.bench.TypingProbe \
      --data-dir "$work/journal" 2>/dev/null | awk -F'\t' '
        $1 == "trace" { printf "  %-48s %6d ms uptime %6d ms CPU %6s ms FX-thread CPU\n", $2, $3, $4, ($5 < 0 ? "-" : $5) }
        $1 == "thread" { printf "    CPU, %-40s %6d ms\n", $2, $3 }
        $1 == "typing" || $1 == "rss" || $1 == "cpu" { print "  " $0 }'
    echo "  classes loaded: $(grep -c . "$work/classes.log"), of which from the CDS archive:" \
      "$(grep -c 'shared objects file' "$work/classes.log")"
  done
  rm -rf "$work"
  exit 0
fi
if [ "${1:-}" = "startup" ]; then
  # The AppCDS archive of the command-line classes, made as installer/build-linux.sh makes it (same class path).
  archive="target/carnet-cli-bench.jsa"
  bench/cds-archive.sh "$archive" "$classpath"
  # The window's AppCDS archive, made from installer/carnet-window.classlist as the installers make it (no display).
  window_archive="target/carnet-window-bench.jsa"
  bench/window-archive.sh "$window_archive" target/carnet.jar
  before=()
  if [ -n "${3:-}" ]; then
    # The before build's window archive, made by its own script from its own class list, given absolute paths (a
    # relative jar path makes an archive that a JVM started elsewhere ignores): its typing row runs as installed too.
    old_dir="$(cd "$3" && pwd)"
    "$old_dir/bench/window-archive.sh" "$PWD/target/carnet-window-before.jsa" "$old_dir/target/carnet.jar" java \
      "$old_dir/installer/carnet-window.classlist"
    before=("-Dcarnet.bench.before=$old_dir/target/carnet.jar:$old_dir/target/lib/*"
      "-Dcarnet.bench.beforeWindowCds=$PWD/target/carnet-window-before.jsa")
  fi
  java -cp "$classpath" -Dcarnet.bench.cds="$archive" -Dcarnet.bench.windowCds="$window_archive" "${before[@]}" org.carnet.bench.StartupBenchmark "${2:-5}"
  exit 0
fi
runs="${1:-7}"

java -Dprism.order=sw -cp "$classpath" org.carnet.bench.Benchmarks "$runs"
echo
java -cp "$classpath" org.carnet.bench.FoodSearchBenchmark
echo
java -cp "$classpath" org.carnet.bench.IntakeBenchmark 300
echo
java -Djava.awt.headless=true -cp "$classpath" org.carnet.bench.TrackingBenchmark 30
echo
java -Djava.awt.headless=true -cp "$classpath" org.carnet.bench.ReportBenchmark 5
echo
java -cp "$classpath" org.carnet.bench.ExchangeBenchmark 5
echo
java -cp "$classpath" org.carnet.bench.EncryptionBenchmark 7
echo
java -cp "$classpath" org.carnet.bench.FxGapBenchmark 5
echo
java -cp "$classpath" org.carnet.bench.CalibrationBenchmark 2000
