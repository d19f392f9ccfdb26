#!/usr/bin/env bash
# Writes an AppCDS archive (JDK 17 dynamic archive) of the classes the command line loads: a status, an export and a
# report on a small throw-away journal, run with -XX:ArchiveClassesAtExit. The archive is only used by a JVM started
# with the same class path; a missing or mismatched archive is ignored by the JVM (it then starts as without one).
# Usage: bench/cds-archive.sh ARCHIVE CLASSPATH [JAVA]
set -euo pipefail
archive="$1"
classpath="$2"
java="${3:-java}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
today="$(date +%F)"
from="$(date -d '-55 days' +%F 2>/dev/null || date -v-55d +%F)"
# A journal with one day, imported from a backup (this also runs the migrations, so they are not archived).
cat > "$work/day.json" <<JSON
{"format": "carnet-backup", "version": 2, "products": [], "medications": [], "customFoods": [],
 "checkIns": [{"day": "$today", "crampCount": 1, "crampWorstSeverity": 4, "crampsAtNight": true, "sleepQuality": 3,
   "sleepHours": 7.0, "palpitationCount": 0, "fatigue": 3, "twitching": 0, "irritability": 2, "redFlags": []}],
 "episodes": [], "foodIntakes": [], "supplementIntakes": [], "medicationIntakes": [], "routine": [],
 "favouriteFoods": [], "protocols": []}
JSON
"$java" -cp "$classpath" org.carnet.app.Launcher --data-dir "$work/j" import --in "$work/day.json" >/dev/null
# One JVM writes one archive: the report loads the most (H2, the services, PDFBox, the chart), an export before it
# in the same JVM is not possible, so Gson's few classes are loaded from the jar as usual.
"$java" -XX:ArchiveClassesAtExit="$archive" -cp "$classpath" org.carnet.app.Launcher \
  --data-dir "$work/j" report --from "$from" --to "$today" --out "$work/r.pdf" --lang en >/dev/null 2>"$work/cds.log" \
  || { cat "$work/cds.log" >&2; exit 1; }
ls -l "$archive" | awk '{printf "AppCDS archive %s: %.1f MB\n", $NF, $5 / 1048576}'
