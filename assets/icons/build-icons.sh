#!/usr/bin/env bash
# Regenerates Carnet's icon files from the hand-written SVG sources in this folder:
#   carnet-16.svg    drawn for 16 px (16-unit grid, no veins)
#   carnet-small.svg drawn for 32 px (32-unit grid, no shadow)
#   carnet.svg       the full icon, used for 48 px and up
# Writes carnet-<size>.png (16, 32, 48, 64, 128, 256, 512), carnet.ico (Windows, 16-256),
# carnet.icns (macOS, 16-512), and copies the 16-256 PNGs to the app's resources (the window icon).
# Needs: rsvg-convert (Debian: librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
#   apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2; exit 2; }
done

source_for() {
  case "$1" in
    16) echo carnet-16.svg ;;
    32) echo carnet-small.svg ;;
    *) echo carnet.svg ;;
  esac
}

for size in 16 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" "$(source_for "$size")" --output "carnet-$size.png"
done

# Windows: one .ico holding every size up to 256.
convert carnet-16.png carnet-32.png carnet-48.png carnet-64.png carnet-128.png carnet-256.png carnet.ico

# macOS: png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512).
png2icns carnet.icns carnet-16.png carnet-32.png carnet-48.png carnet-128.png carnet-256.png carnet-512.png >/dev/null

resources=../../src/main/resources/org/carnet/app/icons
mkdir -p "$resources"
for size in 16 32 48 64 128 256; do
  cp "carnet-$size.png" "$resources/carnet-$size.png"
done
echo "Icons written to $(pwd) and $resources"
