#!/usr/bin/env bash
# Builds Carnet's Linux installers into target/installer/:
#   runtime/          a jlinked Java runtime (JDK modules only)
#   image/Carnet/     the app image: bin/Carnet launcher, lib/app/carnet.jar, lib/app/lib/ (the libraries' jars
#                     and JavaFX's .so files), lib/runtime/
#   carnet_<version>-1_amd64.deb   installs the app image to /opt/carnet, with a menu entry
# Usage: installer/build-linux.sh [--image-only]   (--image-only stops after the app image)
# Needs: a JDK 17 with jlink, jdeps and jpackage; Maven; for the .deb dpkg-deb and fakeroot
# (apt-get install -y fakeroot). Install libgtk-3-0 and libgl1 before building: jpackage names the system
# packages that provide the libraries JavaFX links to as the .deb's dependencies, and it can only find
# the ones installed here.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
image_only=false
[ "${1:-}" = "--image-only" ] && image_only=true

for tool in mvn jlink jdeps jpackage jar; do
  command -v "$tool" >/dev/null || { echo "Missing $tool (a JDK 17 with jpackage, and Maven)" >&2; exit 2; }
done
if ! $image_only; then
  for tool in dpkg-deb fakeroot; do
    command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install -y dpkg-dev fakeroot" >&2; exit 2; }
  done
fi

out="$root/target/installer"
step() { printf '== %s (%ds)\n' "$1" "$SECONDS"; }

step "Building the jar and its libraries (mvn package, tests skipped)"
mvn -B -q -DskipTests package

# The version comes from the pom (Maven writes it into version.properties); installers want plain numbers.
version="$(sed -n 's/^version=//p' target/classes/org/carnet/app/version.properties)"
version="${version%-SNAPSHOT}"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "Unexpected version '$version' in the pom" >&2; exit 1; }
echo "Carnet $version"

rm -rf "$out"
mkdir -p "$out"

# The app's jar and its libraries in the same layout as target/: carnet.jar finds lib/*.jar through its manifest.
# The app runs on the class path, not as modules; the JavaFX jars stay jars.
input="$out/input"
mkdir -p "$input/lib"
cp target/carnet.jar "$input/"
cp target/lib/*.jar "$input/lib/"
# The classes the window and the command line load, for their AppCDS archives (made below for the image, by the
# .deb's postinst when installed).
cp installer/carnet-window.classlist installer/carnet-cli.classlist "$input/"

step "Finding the JDK modules the jars use (jdeps)"
# jdeps misses what is reached by reflection or service loading, so a fixed list is added: java.net.http
# (ControlsFX fails at start without it), jdk.localedata limited to en and fr (French month and day names;
# java.base only has English), jdk.unsupported (sun.misc.Unsafe), and, as cheap insurance for libraries that
# look them up at run time, jdk.charsets, jdk.zipfs and jdk.crypto.ec. The app never opens a connection.
detected="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --recursive \
  --class-path "target/lib/*" target/carnet.jar)"
extra="java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.unsupported,jdk.zipfs"
modules="$(printf '%s,%s' "$detected" "$extra" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
echo "Modules: $modules"

step "Linking the runtime (jlink)"
runtime="$out/runtime"
jlink --add-modules "$modules" \
  --include-locales=en,fr \
  --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive \
  --output "$runtime"
# --generate-cds-archive writes two class-data archives: classes.jsa (compressed object pointers, what every heap
# under 32 GB uses) and classes_nocoops.jsa (11 MB, only for heaps over 32 GB, which then simply start without
# one). Keep the first: without it the JVM starts slower than the JDK's own java, which has one.
rm -f "$runtime/lib/server/classes_nocoops.jsa"

# JavaFX's native libraries next to its jars: JavaFX looks first in the folder of the jar that holds its classes,
# so it loads them from there. Without them it would unpack them from the jars into ~/.openjfx/cache on the first
# start and check their MD5 sums at every start. (In the runtime's lib/ they would not help: JavaFX 21 tries the
# jar's resources before System.loadLibrary.)
step "Copying JavaFX's native libraries next to the jars"
natives="$(mktemp -d)"
trap 'rm -rf "$natives"' EXIT
for jar_file in target/lib/javafx-*-linux.jar; do
  (cd "$natives" && jar xf "$root/$jar_file")
done
find "$natives" -name '*.so' -exec cp {} "$input/lib/" \;
ls "$input/lib" | grep '\.so$' | tr '\n' ' '
echo

common=(
  --name Carnet
  --app-version "$version"
  --vendor "Carnet"
  --description "A private desktop journal: cramps, sleep and palpitations against magnesium, vitamin D, K2 and calcium."
  --copyright "Carnet contributors"
  --icon "$root/assets/icons/carnet-512.png"
)

# The window's launcher: the serial collector and C1 only (peak memory about 30 % lower after a session on 10 years,
# shorter longest pauses; docs/benchmarks.md "Peak memory"), a first heap of 64 MB rather than 1/64 of the RAM (it
# grows as needed up to the usual ceiling: about 50 MB less memory), as `mvn javafx:run` starts it (pom.xml), and the
# window's AppCDS archive (its classes already parsed and verified: docs/benchmarks.md "Ready in a blink"). The JVM
# ignores a missing archive, or one made for other paths, and starts as without it.
window_options='-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m -XX:SharedArchiveFile=$APPDIR/carnet-window.jsa -Xshare:auto'

# bin/carnet-cli: the same app for the command line, started with the AppCDS archive of the command line's classes
# and the C1 compiler only (measured: status and export start faster than a plain program opening H2, report about
# twice; docs/benchmarks.md). The JVM ignores a missing archive, or one made for other paths.
cat > "$out/carnet-cli.properties" <<'PROPERTIES'
main-class=org.carnet.app.Launcher
java-options=-XX:SharedArchiveFile=$APPDIR/carnet-cli.jsa -XX:TieredStopAtLevel=1 -Xshare:auto
PROPERTIES

step "Making the app image (jpackage --type app-image)"
jpackage --type app-image "${common[@]}" \
  --dest "$out/image" \
  --input "$input" \
  --main-jar carnet.jar \
  --main-class org.carnet.app.Launcher \
  --java-options "$window_options" \
  --add-launcher carnet-cli="$out/carnet-cli.properties" \
  --runtime-image "$runtime"

# The archive for the app image where it is (the .deb's postinst makes its own at the installed paths).
step "Making the command line's AppCDS archive (bin/carnet-cli)"
image="$out/image/Carnet"
bench/cds-archive.sh "$image/lib/app/carnet-cli.jsa" "$image/lib/app/carnet.jar" "$image/lib/runtime/bin/java" \
  "$image/lib/app/carnet-cli.classlist"
step "Making the window's AppCDS archive (bin/Carnet)"
bench/window-archive.sh "$image/lib/app/carnet-window.jsa" "$image/lib/app/carnet.jar" "$image/lib/runtime/bin/java" \
  "$image/lib/app/carnet-window.classlist"

if ! $image_only; then
  # installer/linux/ holds jpackage's postinst and prerm, changed so that a system without a desktop menu
  # installs and removes the package without the menu entry instead of failing, and its menu entry
  # (Carnet.desktop) with the window's class, so that the desktop shows the window under that entry.
  step "Making the .deb (jpackage --type deb)"
  # Its postinst makes the archives at the installed paths; the image's ones would not match them.
  rm -f "$image/lib/app/carnet-cli.jsa" "$image/lib/app/carnet-window.jsa"
  jpackage --type deb "${common[@]}" \
    --app-image "$out/image/Carnet" \
    --dest "$out" \
    --linux-package-name carnet \
    --linux-deb-maintainer carnet@example.org \
    --linux-menu-group Office \
    --linux-app-category misc \
    --linux-shortcut \
    --install-dir /opt \
    --resource-dir "$root/installer/linux"
fi

step "Done"
du -sh "$runtime" "$out/image/Carnet" "$out"/*.deb 2>/dev/null || true
