#!/usr/bin/env bash
# Fetches CPython 3.11's pure-Python Lib (and Lib/test) from Debian's packages into
# frozen-stdlib/target/cpython/Lib. Versions and sha256 sums are pinned below; the .debs are cached
# in ~/.cache/matcha/debs. Usage: fetch-cpython-lib.sh [LIB_DIR_OVERRIDE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/target/cpython"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/matcha/debs"
version="3.11.2-6+deb12u9"
declare -A sha=(
  [libpython3.11-minimal]=69f41cfa3f4ba17284e538f843069d7529c53c207d2ae17a5b02785944870e33
  [libpython3.11-stdlib]=10f13e000ee757f5f2d2d3569f9e30546214a0c850acd78695feae373bfa3e53
  [libpython3.11-testsuite]=5dd0f85e950b344a51374e0ef68089e808f73c6c594c80e5232936b5c7ea4a28
)
arch_of() { [ "$1" = libpython3.11-testsuite ] && echo all || dpkg --print-architecture; }

if [ -n "${1:-}" ]; then
  # -Dstdlib.dir: use a local CPython 3.11 Lib instead of downloading
  mkdir -p "$out"; rm -rf "$out/Lib" "$out"/.complete-*; ln -s "$(cd "$1" && pwd)" "$out/Lib"
  echo "cpython-lib: using $1"; exit 0
fi
if [ -f "$out/.complete-$version" ]; then exit 0; fi

mkdir -p "$cache" "$out"
for pkg in "${!sha[@]}"; do
  deb="$cache/${pkg}_${version}_$(arch_of "$pkg").deb"
  if [ ! -f "$deb" ]; then
    ( cd "$cache" && apt-get download -q "$pkg=$version" >/dev/null 2>&1 ) || true
  fi
  if [ ! -f "$deb" ] && [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    ( cd "$cache" && apt-get download -q "$pkg=$version" >/dev/null 2>&1 ) || true
  fi
  if [ -f "$deb" ]; then
    actual=$(sha256sum "$deb" | cut -d' ' -f1)
    if [ "$actual" != "${sha[$pkg]}" ]; then
      echo "cpython-lib: sha256 mismatch for $deb ($actual)" >&2; exit 1
    fi
  else
    # Debian security updates replace versions on the mirror: take the current one, loudly.
    ( cd "$cache" && apt-get download -q "$pkg" >/dev/null ) || { echo "cpython-lib: cannot download $pkg" >&2; exit 1; }
    deb=$(ls -t "$cache"/${pkg}_*.deb | head -1)
    echo "cpython-lib: WARNING: pinned $pkg $version is gone; using $(basename "$deb") sha256 $(sha256sum "$deb" | cut -d' ' -f1)" >&2
  fi
  dpkg-deb -x "$deb" "$out/root"
done
rm -rf "$out/Lib"; ln -s root/usr/lib/python3.11 "$out/Lib"
cp "$out/root/usr/lib/python3.11/LICENSE.txt" "$here/target/PSF-LICENSE.txt"
touch "$out/.complete-$version"
echo "cpython-lib: $(find -L "$out/Lib" -name '*.py' | wc -l) .py files in $out/Lib"
