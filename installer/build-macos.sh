#!/usr/bin/env bash
# Builds Carnet's macOS installer into target/installer/:
#   runtime/             a jlinked Java runtime (JDK modules only)
#   image/Carnet.app     the app bundle: Contents/MacOS/Carnet, Contents/app/carnet.jar, Contents/app/lib/*.jar
#                        (with JavaFX's .dylib files), Contents/runtime/
#   Carnet-<version>.dmg a disk image to drag Carnet into Applications
# Usage: installer/build-macos.sh [--image-only]
# Needs: macOS, a JDK 17 (jlink, jdeps, jpackage, jar) for the Mac's architecture, Maven. The bundle is not signed:
# the first start needs right-click > Open (or `xattr -dr com.apple.quarantine /Applications/Carnet.app`).
# macOS wants a version whose first number is at least 1; while the pom's version starts with 0, set
# CARNET_MAC_APP_VERSION (for example 1.0.0) to say which version the bundle shows.
# Written to mirror installer/build-linux.sh; not yet run on a Mac.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
image_only=false
[ "${1:-}" = "--image-only" ] && image_only=true

[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh runs on macOS (jpackage builds a .dmg only there)" >&2; exit 2; }
for tool in mvn jlink jdeps jpackage jar; do
  command -v "$tool" >/dev/null || { echo "Missing $tool (a JDK 17 with jpackage, and Maven)" >&2; exit 2; }
done

out="$root/target/installer"
step() { printf '== %s (%ds)\n' "$1" "$SECONDS"; }

step "Building the jar and its libraries (mvn package, tests skipped)"
mvn -B -q -DskipTests package

version="$(sed -n 's/^version=//p' target/classes/org/carnet/app/version.properties)"
version="${version%-SNAPSHOT}"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "Unexpected version '$version' in the pom" >&2; exit 1; }
app_version="${CARNET_MAC_APP_VERSION:-$version}"
if [[ "$app_version" == 0* ]]; then
  echo "macOS refuses the version $app_version (its first number must be at least 1)." >&2
  echo "Set CARNET_MAC_APP_VERSION, for example: CARNET_MAC_APP_VERSION=1.0.0 installer/build-macos.sh" >&2
  exit 2
fi
echo "Carnet $version (bundle version $app_version)"

rm -rf "$out"
mkdir -p "$out"

# The app's jar and its libraries in the same layout as target/ (carnet.jar finds lib/*.jar through its manifest).
input="$out/input"
mkdir -p "$input/lib"
cp target/carnet.jar "$input/"
cp target/lib/*.jar "$input/lib/"

step "Finding the JDK modules the jars use (jdeps)"
detected="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --recursive \
  --class-path "target/lib/*" target/carnet.jar)"
# Added to what jdeps finds (see build-linux.sh): java.net.http for ControlsFX, jdk.localedata for French dates.
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
# Only heaps over 32 GB use this second class-data archive (see build-linux.sh).
rm -f "$runtime/lib/server/classes_nocoops.jsa"

# JavaFX looks for its .dylib files in the folder of its jars before unpacking them into ~/.openjfx/cache.
step "Copying JavaFX's native libraries next to the jars"
natives="$(mktemp -d)"
trap 'rm -rf "$natives"' EXIT
for jar_file in target/lib/javafx-*-mac*.jar; do
  (cd "$natives" && jar xf "$root/$jar_file")
done
find "$natives" -name '*.dylib' -exec cp {} "$input/lib/" \;
ls "$input/lib" | grep '\.dylib$' | tr '\n' ' '
echo

common=(
  --name Carnet
  --app-version "$app_version"
  --vendor "Carnet"
  --description "A private desktop journal: cramps, sleep and palpitations against magnesium, vitamin D, K2 and calcium."
  --copyright "Carnet contributors"
  --icon "$root/assets/icons/carnet.icns"
)

step "Making the app bundle (jpackage --type app-image)"
jpackage --type app-image "${common[@]}" \
  --dest "$out/image" \
  --input "$input" \
  --main-jar carnet.jar \
  --main-class org.carnet.app.Launcher \
  --java-options "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m" \
  --runtime-image "$runtime" \
  --mac-package-identifier org.carnet.app \
  --mac-package-name Carnet

if ! $image_only; then
  step "Making the .dmg (jpackage --type dmg)"
  jpackage --type dmg "${common[@]}" \
    --app-image "$out/image/Carnet.app" \
    --dest "$out" \
    --mac-package-identifier org.carnet.app \
    --mac-package-name Carnet
fi

step "Done"
du -sh "$runtime" "$out/image/Carnet.app" "$out"/*.dmg 2>/dev/null || true
