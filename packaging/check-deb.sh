#!/usr/bin/env bash
# Builds the .deb with CPack, installs it, checks that murnau and murnau-cli from /usr/bin
# print the package's version, then removes it so the machine is left as it was.
# Usage: packaging/check-deb.sh [BUILD_DIR]   (default: build/ at the repository root)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="$(cd "${1:-$ROOT/build}" && pwd)"

fail() { printf 'check-deb: FAILED: %s\n' "$*" >&2; exit 1; }

# Installing a package needs root: as root directly, otherwise through passwordless sudo.
if [[ $(id -u) -eq 0 ]]; then
    AS_ROOT=()
elif sudo -n true 2>/dev/null; then
    AS_ROOT=(sudo -n)
    echo "check-deb: not root, using sudo to install and remove the murnau package"
elif [[ ${CI:-} == true ]]; then
    fail "CI needs root or passwordless sudo to install the package"
else
    echo "check-deb: skipped (installing the .deb needs root or passwordless sudo)"
    exit 0
fi

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
[[ -n $version ]] || fail "no project version in $BUILD_DIR/CMakeCache.txt"

rm -f "$BUILD_DIR"/murnau_*.deb
(cd "$BUILD_DIR" && cpack -G DEB)
debs=("$BUILD_DIR"/murnau_*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "cpack made no single murnau_*.deb in $BUILD_DIR"
deb="${debs[0]}"
dpkg-deb --info "$deb"

# The files a user needs must be in the package.
contents=$(dpkg-deb --contents "$deb" | awk '{ print $NF }')
for path in ./usr/bin/murnau ./usr/bin/murnau-cli \
    ./usr/share/applications/io.murnau.Murnau.desktop \
    ./usr/share/metainfo/io.murnau.Murnau.metainfo.xml \
    ./usr/share/mime/packages/io.murnau.Murnau.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.murnau.Murnau.svg \
    ./usr/share/murnau/demo/warehouse.murnau \
    ./usr/share/doc/murnau/copyright; do
    grep -qxF "$path" <<<"$contents" || fail "$path is missing from $(basename "$deb")"
done
grep -qF "<release version=\"$version\"" "$ROOT/packaging/io.murnau.Murnau.metainfo.xml" ||
    fail "packaging/io.murnau.Murnau.metainfo.xml has no <release> for version $version"

# Whatever happens next, take the package off the machine again.
remove_package() {
    "${AS_ROOT[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y murnau >/dev/null ||
        echo "check-deb: could not remove the murnau package" >&2
}
trap remove_package EXIT
"${AS_ROOT[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall "$deb"

# --version must not need a display: the offscreen platform keeps it headless.
gui_version=$(QT_QPA_PLATFORM=offscreen /usr/bin/murnau --version 2>&1) ||
    fail "/usr/bin/murnau --version failed: $gui_version"
cli_version=$(/usr/bin/murnau-cli --version 2>&1) || fail "/usr/bin/murnau-cli --version failed: $cli_version"
echo "murnau --version:     $gui_version"
echo "murnau-cli --version: $cli_version"
for printed in "$gui_version" "$cli_version"; do
    [[ $(grep -oE '[0-9]+\.[0-9]+\.[0-9]+' <<<"$printed" | head -n 1) == "$version" ]] ||
        fail "expected version $version, got: $printed"
done
echo "check-deb: OK, $(basename "$deb") installs and both programs report version $version"
