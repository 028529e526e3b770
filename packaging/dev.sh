#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Developer entry point for Klaviyo Metrics Explorer on Debian bookworm.
#
#   ./packaging/dev.sh run     install missing packages, build, start the app on the demo account
#   ./packaging/dev.sh test    install missing packages, build (ASan+UBSan), run every test
#   ./packaging/dev.sh bench   install missing packages, build (release), print the benchmark figures
#   ./packaging/dev.sh deps    only install the missing packages
#
# Everything a fresh machine needs is installed here with apt-get (as root, or through sudo).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config dpkg-dev file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev qt6-qpa-plugins libqt6svg6
    libqt6opengl6-dev libgl-dev libvulkan-dev libxkbcommon-dev
    libsimdjson-dev
    dbus dbus-x11 gnome-keyring libsecret-tools
    fonts-dejavu-core xvfb xauth
    desktop-file-utils appstream
)

jobs=$(nproc 2>/dev/null || echo 2)

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "dev.sh: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "dev.sh: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
}

case "${1:-}" in
    deps)
        install_deps
        ;;
    run)
        shift
        install_deps
        configure_and_build dev
        exec ./build/bin/klaviyo-explorer --demo "$@"
        ;;
    test)
        shift
        install_deps
        configure_and_build asan
        # The keychain test needs a Secret Service: run the suite inside a private D-Bus session
        # with an unlocked gnome-keyring, so nothing touches the developer's own keyring.
        exec dbus-run-session -- "$here/packaging/with-keyring.sh" \
            ctest --preset asan -j "$jobs" "$@"
        ;;
    bench)
        shift
        install_deps
        configure_and_build release
        ./build-release/bin/klaviyo-explorer-bench "$@"
        # End to end against the official Node SDK and plain Python (needs node, npm, python3 and
        # /usr/bin/time; skipped with a note when they are missing, or with KX_BENCH_E2E=0).
        if [[ "${KX_BENCH_E2E:-1}" != 0 && $# -eq 0 ]]; then
            if command -v node >/dev/null && command -v npm >/dev/null && [[ -x /usr/bin/time ]]; then
                exec "$here/tests/bench/e2e/run_e2e.sh" ./build-release/bin/klaviyo-explorer
            fi
            echo "dev.sh: end-to-end comparison skipped: install nodejs, npm and time to run it" >&2
        fi
        ;;
    *)
        echo "usage: $0 run|test|bench|deps" >&2
        exit 2
        ;;
esac
