#!/usr/bin/env bash
# Writes installer/carnet-window.classlist: the classes the window loads (JDK, JavaFX, the libraries, the app) from
# its start to today's check-in accepting typing, then through the FX-thread benchmark's scripted session (every
# page, the dialogs, the report, the food search, the dark theme), recorded with -XX:DumpLoadedClassList. The
# window's AppCDS archive is made from this list at build or install time (bench/window-archive.sh), without a
# display. Run it again when the window's classes change much: a class missing from the list is simply loaded from
# its jar as before, a class listed that no longer exists is skipped.
# Usage: bench/window-classlist.sh   (needs a display: uses $DISPLAY; builds the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${DISPLAY:-}" ] || { echo "window-classlist: needs a display (DISPLAY)" >&2; exit 2; }
mvn -B -q -DskipTests package
classpath="target/carnet.jar:target/lib/*:target/test-classes"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -Dcarnet.fxgap.journal="$work" -cp "$classpath" org.carnet.bench.FxGapBenchmark 0 >/dev/null
options=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m -Dprism.order=sw)
java "${options[@]}" -XX:DumpLoadedClassList="$work/typing.list" -cp "$classpath" org.carnet.bench.TypingProbe \
  --data-dir "$work/journal" >/dev/null 2>&1
java "${options[@]}" -XX:DumpLoadedClassList="$work/session.list" -cp "$classpath" org.carnet.bench.FxGapBenchmark \
  --session "$work/journal" >/dev/null 2>&1
# The benchmark's own classes are not the app's (and not in its jars); each class once, in the order first loaded.
{
  echo "# The window's classes for its AppCDS archive: written by bench/window-classlist.sh, do not edit."
  cat "$work/typing.list" "$work/session.list" | grep -v '^#' | grep -v '^org/carnet/bench/' \
    | grep -v '^org/testfx/\|^com/sun/glass/ui/monocle/' | awk '!seen[$0]++'
} > installer/carnet-window.classlist
echo "installer/carnet-window.classlist: $(grep -vc '^#' installer/carnet-window.classlist) lines"
