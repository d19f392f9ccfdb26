#!/usr/bin/env bash
# Writes the command line's AppCDS archive (a static archive, JDK 17 -Xshare:dump) from the class list
# installer/carnet-cli.classlist (bench/cli-classlist.sh: status, export, export-csv and a report on a 10-year
# journal), as bench/window-archive.sh does for the window: nothing is run, so every class the report needs on a real
# journal (the protocol's analysis, the food table, the chart) is in it, which a run on a throw-away journal missed.
# bin/carnet-cli starts with -XX:SharedArchiveFile=ARCHIVE -Xshare:auto. The archive only serves a JVM whose class
# path starts with CLASSPATH (same jars, same order, same places) and the same java; the JVM ignores a missing or
# mismatched archive and starts as without one.
# Usage: bench/cds-archive.sh ARCHIVE CLASSPATH [JAVA] [CLASSLIST]
set -euo pipefail
exec "$(dirname "$0")/window-archive.sh" "$1" "$2" "${3:-java}" \
  "${4:-$(dirname "$0")/../installer/carnet-cli.classlist}"
