#!/usr/bin/env bash
# Writes an AppCDS archive, the window's by default (a static archive, JDK 17 -Xshare:dump) from the class list
# installer/carnet-window.classlist: no display is needed, the classes are only loaded, not run. The window then
# starts with -XX:SharedArchiveFile=ARCHIVE -Xshare:auto. The archive only serves a JVM whose class path starts
# with CLASSPATH (the same jars, in the same order, at the same places) and that is the same java; the JVM ignores a
# missing or mismatched archive and starts as without one (checked: docs/benchmarks.md).
# The archive records its class path as given, and a relative entry (target/carnet.jar) makes an archive that a JVM
# started from another folder ignores ("Required classpath entry does not exist" with -Xlog:cds): each relative entry
# is made absolute here, against the folder the script is run from. An archive made with absolute entries also serves
# a JVM given the same jars by a relative path (checked, JDK 17).
# Usage: bench/window-archive.sh ARCHIVE CLASSPATH [JAVA] [CLASSLIST]
set -euo pipefail
archive="$1"
classpath=""
IFS=':' read -r -a entries <<< "$2"
for entry in "${entries[@]}"; do
  [ -n "$entry" ] || continue
  case "$entry" in
    /*) ;;
    *) entry="$PWD/$entry" ;;
  esac
  classpath="${classpath:+$classpath:}$entry"
done
[ -n "$classpath" ] || { echo "window-archive: no class path given" >&2; exit 2; }
java="${3:-java}"
list="${4:-$(dirname "$0")/../installer/carnet-window.classlist}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# Warnings for listed classes that are not there (a class list older than the code) are expected: not errors.
"$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" -cp "$classpath" \
  >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
ls -l "$archive" | awk '{printf "AppCDS archive %s: %.1f MB\n", $NF, $5 / 1048576}'
