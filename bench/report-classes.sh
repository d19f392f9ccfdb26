#!/usr/bin/env bash
# Writes src/main/resources/org/carnet/report/report-classes.txt: the classes (from the jars and the JDK's modules,
# not those of the JDK's CDS archive, not lambdas) that the command line's first thread loads for an 8-week `report`
# on the 10-year journal of the FX-thread benchmark from its first H2 class on (H2's open, then the report's data and
# PDF), in the order it first loads them. The command line links them on a second core, ahead of its first thread
# (report/ReportClasses).
# Recorded with the list itself hidden (an empty one first on the class path), so the first thread loads them all.
# Run it again when the report's classes change much: a listed class that no longer exists is skipped, a class
# missing from the list is loaded when first used, as before.
# Usage: bench/report-classes.sh [JOURNAL_DIR]   (no display needed; builds the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q -DskipTests package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
journal="${1:-}"
if [ -z "$journal" ]; then
  java -Dcarnet.fxgap.journal="$work" -cp "target/carnet.jar:target/lib/*:target/test-classes" \
    org.carnet.bench.FxGapBenchmark 0 >/dev/null
  journal="$work/journal"
else
  cp -r "$journal" "$work/journal"
  journal="$work/journal"
fi
mkdir -p "$work/empty/org/carnet/report"
: > "$work/empty/org/carnet/report/report-classes.txt"
today="$(date +%F)"
from="$(date -d '-55 days' +%F 2>/dev/null || date -v-55d +%F)"
java -Xlog:class+load:file="$work/load.log":tid -cp "$work/empty:target/carnet.jar:target/lib/*" \
  org.carnet.app.Launcher --data-dir "$journal" report --from "$from" --to "$today" --out "$work/r.pdf" \
  --lang en >/dev/null
out=src/main/resources/org/carnet/report/report-classes.txt
# The first thread is the one that loaded the launcher; its classes from the first of H2's on.
{
  echo "# The report's classes from H2's open on, linked on a second core: written by bench/report-classes.sh."
  awk '
    / org\.carnet\.app\.Launcher source:/ { main = $1 }
    main != "" && $1 == main && / org\.h2\./ { on = 1 }
    on && $1 == main && / source: (file:|jrt:)/ && $2 !~ /\$\$Lambda/ { print $2 }
  ' "$work/load.log" | awk '!seen[$0]++'
} > "$out"
echo "$out: $(grep -vc '^#' "$out") classes"
