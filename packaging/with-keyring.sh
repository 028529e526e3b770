#!/usr/bin/env bash
# Runs "$@" with an unlocked gnome-keyring Secret Service on the current (private) D-Bus session,
# so that the keychain tests talk to a real Secret Service. Used by `dev.sh test` inside
# `dbus-run-session`. The keyring lives in a throw-away home directory.
set -euo pipefail
export XDG_DATA_HOME
XDG_DATA_HOME=$(mktemp -d)
export XDG_RUNTIME_DIR
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
# Piping a password unlocks (and creates) the login keyring without any prompt; an empty one
# makes gnome-keyring ask a prompter, which needs a display.
eval "$(printf 'kx-test-keyring' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
status=0
"$@" || status=$?
kill "${GNOME_KEYRING_PID:-}" 2>/dev/null || true
rm -rf "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
exit $status
