#!/usr/bin/env bash
# Writes installer/carnet-cli.classlist: the classes the command line loads (JDK, the libraries, the app) for
# `status`, `export`, `export-csv` and an 8-week `report` on the 10-year journal of the FX-thread benchmark (a
# protocol, foods, supplements: every part of the summary is drawn), recorded with -XX:DumpLoadedClassList. The
# command line's AppCDS archive (bin/carnet-cli) is made from this list at build or install time
# (bench/cds-archive.sh). Run it again when the commands' classes change much: a class missing from the list is
# simply loaded from its jar as before, a class listed that no longer exists is skipped.
# Usage: bench/cli-classlist.sh   (no display needed; builds the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
classpath="target/carnet.jar:target/lib/*:target/test-classes"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -Dcarnet.fxgap.journal="$work" -cp "$classpath" org.carnet.bench.FxGapBenchmark 0 >/dev/null
today="$(date +%F)"
from="$(date -d '-55 days' +%F 2>/dev/null || date -v-55d +%F)"
options=(-XX:TieredStopAtLevel=1 -cp target/carnet.jar:target/lib/\* org.carnet.app.Launcher --data-dir "$work/journal")
java -XX:DumpLoadedClassList="$work/status.list" "${options[@]}" status >/dev/null
java -XX:DumpLoadedClassList="$work/export.list" "${options[@]}" export --out "$work/e.json" >/dev/null
java -XX:DumpLoadedClassList="$work/csv.list" "${options[@]}" export-csv --out-dir "$work/csv" >/dev/null
java -XX:DumpLoadedClassList="$work/report.list" "${options[@]}" report --from "$from" --to "$today" \
  --out "$work/r.pdf" --lang en >/dev/null
# Each class once, in the order first loaded; the report first (it loads the most).
{
  echo "# The command line's classes for its AppCDS archive: written by bench/cli-classlist.sh, do not edit."
  cat "$work/report.list" "$work/status.list" "$work/export.list" "$work/csv.list" | grep -v '^#' \
    | awk '!seen[$0]++'
} > installer/carnet-cli.classlist
echo "installer/carnet-cli.classlist: $(grep -vc '^#' installer/carnet-cli.classlist) lines"
